//! The `functools` module: `wraps` and `update_wrapper` (what decorators
//! use to look like the function they wrap), `reduce` and `partial`.

use std::any::Any;
use std::sync::{Arc, LazyLock};

use crate::builtin;
use crate::vm::native::{Args, BoundMethod, BuiltinFunction, NativeObject};
use crate::vm::objects::dict::PyDict;
use crate::vm::objects::exceptions::{type_error, PyResult};
use crate::vm::objects::types::{TypeKind, TypeObject, TYPES};
use crate::vm::value::{Module, Value};
use crate::vm::Vm;

pub fn module() -> Value {
    Value::Module(Arc::new(Module::new(
        "_functools",
        vec![
            ("wraps", Value::Builtin(&WRAPS)),
            ("update_wrapper", Value::Builtin(&UPDATE_WRAPPER)),
            ("reduce", Value::Builtin(&REDUCE)),
            ("partial", Value::Type(PARTIAL_TYPE.clone())),
            (
                "WRAPPER_ASSIGNMENTS",
                Value::tuple(WRAPPER_ASSIGNMENTS.iter().map(|n| Value::str(*n)).collect()),
            ),
        ],
    )))
}

/// What `wraps` copies, as in CPython (`__dict__` is updated, not
/// replaced, and `__wrapped__` set last).
const WRAPPER_ASSIGNMENTS: [&str; 5] = [
    "__module__",
    "__name__",
    "__qualname__",
    "__doc__",
    "__annotations__",
];

/// Makes `wrapper` look like `wrapped`; an attribute `wrapped` lacks is
/// skipped, as CPython skips it.
fn update_wrapper(vm: &mut Vm, wrapper: &Value, wrapped: &Value) -> PyResult<Value> {
    for name in WRAPPER_ASSIGNMENTS {
        match vm.get_attr(wrapped, name) {
            Ok(v) => vm.set_attr(wrapper, name, v)?,
            Err(e) if e.is_instance(&TYPES.attribute_error) => {}
            Err(e) => return Err(e),
        }
    }
    if let Ok(Value::Dict(d)) = vm.get_attr(wrapped, "__dict__") {
        for (k, v) in d.items() {
            if let Some(k) = k.as_str() {
                vm.set_attr(wrapper, k, v)?;
            }
        }
    }
    vm.set_attr(wrapper, "__wrapped__", wrapped.clone())?;
    Ok(wrapper.clone())
}

builtin!(UPDATE_WRAPPER, "update_wrapper", |vm, a| {
    let v = a.exact("update_wrapper", 2, 2)?;
    update_wrapper(vm, &v[0], &v[1])
});

// `wraps(f)` is `update_wrapper` waiting for its wrapper: a bound method
// whose receiver is `f`.
builtin!(WRAPS, "wraps", |_, a| {
    let v = a.exact("wraps", 1, 1)?;
    Ok(Value::BoundMethod(Arc::new(BoundMethod {
        receiver: v[0].clone(),
        func: &APPLY_WRAPS,
    })))
});
builtin!(APPLY_WRAPS, "update_wrapper", |vm, a| {
    let v = a.exact("update_wrapper", 2, 2)?;
    update_wrapper(vm, &v[1], &v[0])
});

builtin!(REDUCE, "reduce", |vm, a| {
    let v = a.exact("reduce", 2, 3)?;
    let it = vm.get_iter(&v[1])?;
    let mut acc = match v.get(2) {
        Some(initial) => initial.clone(),
        None => vm
            .next_special(&it)?
            .ok_or_else(|| type_error("reduce() of empty iterable with no initial value"))?,
    };
    while let Some(x) = vm.next_special(&it)? {
        acc = vm.call_value(&v[0], vec![acc, x])?;
    }
    Ok(acc)
});

pub static PARTIAL_TYPE: LazyLock<Arc<TypeObject>> = LazyLock::new(|| {
    let mut t = TypeObject::new("partial", Some(&TYPES.object), TypeKind::Native);
    let made = Arc::get_mut(&mut t).expect("just made");
    made.constructor = Some(&PARTIAL);
    made.module = Some("functools");
    t
});

/// `partial(func, *args, **keywords)`: calling it calls `func` with `args`
/// then the call's own, and `keywords` updated by the call's.
pub struct Partial {
    func: Value,
    args: Vec<Value>,
    keywords: Vec<(Arc<str>, Value)>,
}

builtin!(PARTIAL, "partial", |_, a| {
    let Some((func, args)) = a.positional().split_first() else {
        return Err(type_error("type 'partial' takes at least one argument"));
    };
    if !crate::stdlib::builtins::is_callable(func) {
        return Err(type_error("the first argument must be callable"));
    }
    // A partial of a partial is flattened, as CPython does.
    let (func, mut all_args, mut keywords) = match Partial::of(func) {
        Some(inner) => (
            inner.func.clone(),
            inner.args.clone(),
            inner.keywords.clone(),
        ),
        None => (func.clone(), Vec::new(), Vec::new()),
    };
    all_args.extend_from_slice(args);
    for (k, v) in a.keywords() {
        set_keyword(&mut keywords, k, v.clone());
    }
    Ok(Value::Native(Arc::new(Box::new(Partial {
        func,
        args: all_args,
        keywords,
    }))))
});

fn set_keyword(keywords: &mut Vec<(Arc<str>, Value)>, name: &str, value: Value) {
    match keywords.iter_mut().find(|(k, _)| &**k == name) {
        Some(slot) => slot.1 = value,
        None => keywords.push((Arc::from(name), value)),
    }
}

impl Partial {
    fn of(v: &Value) -> Option<&Partial> {
        match v {
            Value::Native(n) => n.as_any().downcast_ref::<Partial>(),
            _ => None,
        }
    }
}

impl NativeObject for Partial {
    fn type_object(&self) -> Arc<TypeObject> {
        PARTIAL_TYPE.clone()
    }
    fn method(&self, _name: &str) -> Option<&'static BuiltinFunction> {
        None
    }
    fn attribute(&self, name: &str) -> Option<Value> {
        match name {
            "func" => Some(self.func.clone()),
            "args" => Some(Value::tuple(self.args.clone())),
            "keywords" => {
                let d = PyDict::new();
                for (k, v) in &self.keywords {
                    d.set(Value::str(&**k), v.clone()).ok()?;
                }
                Some(Value::Dict(Arc::new(d)))
            }
            _ => None,
        }
    }
    fn call(&self, vm: &mut Vm, a: &Args) -> Option<PyResult<Value>> {
        let mut values = self.args.clone();
        values.extend_from_slice(a.positional());
        let mut keywords = self.keywords.clone();
        for (k, v) in a.keywords() {
            set_keyword(&mut keywords, k, v.clone());
        }
        let names: Vec<Value> = keywords.iter().map(|(k, _)| Value::str(&**k)).collect();
        values.extend(keywords.into_iter().map(|(_, v)| v));
        Some(vm.call_value_kw(&self.func, values, &names))
    }
    fn repr(&self) -> String {
        let repr = |v: &Value| crate::vm::repr::try_repr(v).unwrap_or_else(|_| "...".into());
        let mut parts = vec![repr(&self.func)];
        parts.extend(self.args.iter().map(repr));
        parts.extend(
            self.keywords
                .iter()
                .map(|(k, v)| format!("{k}={}", repr(v))),
        );
        format!("functools.partial({})", parts.join(", "))
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}
