//! `list[int]`, `dict[str, int]`, `queue.Queue[int]`: a built-in class
//! subscripted for a type annotation (PEP 585). It remembers its origin
//! and arguments, prints as written, and calling it calls the origin.

use std::any::Any;
use std::sync::{Arc, LazyLock};

use crate::vm::native::{Args, BuiltinFunction, NativeObject};
use crate::vm::objects::exceptions::{type_error, PyResult};
use crate::vm::objects::types::{TypeKind, TypeObject, TYPES};
use crate::vm::repr::py_repr;
use crate::vm::value::Value;
use crate::vm::Vm;

/// A type of the `types` module (`<class 'types.GenericAlias'>`).
fn types_type(name: &str) -> Arc<TypeObject> {
    let mut t = TypeObject::new(name, Some(&TYPES.object), TypeKind::Native);
    if let Some(made) = Arc::get_mut(&mut t) {
        made.module = Some("types");
    }
    t
}

static GENERIC_ALIAS_TYPE: LazyLock<Arc<TypeObject>> = LazyLock::new(|| types_type("GenericAlias"));

pub struct GenericAlias {
    origin: Arc<TypeObject>,
    args: Vec<Value>,
}

/// Whether `t[...]` makes an alias: the built-in generic classes.
fn is_generic(t: &TypeObject) -> bool {
    match t.kind {
        TypeKind::List
        | TypeKind::Dict
        | TypeKind::Tuple
        | TypeKind::Set
        | TypeKind::FrozenSet
        | TypeKind::Type => true,
        TypeKind::Native => matches!(
            (t.module, t.name.as_str()),
            (
                Some("queue"),
                "Queue" | "LifoQueue" | "PriorityQueue" | "SimpleQueue"
            ) | (Some("collections"), "deque")
        ),
        _ => false,
    }
}

/// `t[key]` for a built-in class: an alias, or CPython's error.
pub fn subscript_type(t: &Arc<TypeObject>, key: &Value) -> PyResult<Value> {
    if !is_generic(t) {
        return Err(type_error(format!(
            "type '{}' is not subscriptable",
            t.name
        )));
    }
    let args = match key {
        Value::Tuple(items) => items.items.to_vec(),
        v => vec![v.clone()],
    };
    Ok(Value::Native(Arc::new(Box::new(GenericAlias {
        origin: t.clone(),
        args,
    }))))
}

impl GenericAlias {
    pub fn of(v: &Value) -> Option<&GenericAlias> {
        match v {
            Value::Native(n) => n.as_any().downcast_ref::<GenericAlias>(),
            _ => None,
        }
    }

    /// Calling the alias: its origin, called with the same arguments.
    fn call_origin(&self, vm: &mut Vm, a: &Args) -> PyResult<Value> {
        vm.call_value_kw(
            &Value::Type(self.origin.clone()),
            a.values.to_vec(),
            a.kwnames,
        )
    }
}

/// How an annotation shows a type inside an alias: `int`, `queue.Queue`,
/// `...`, or the repr of anything else.
pub fn type_repr(v: &Value) -> String {
    match v {
        Value::Type(t) => match t.module_name() {
            Some(m) if m != "builtins" => format!("{m}.{}", t.qualname),
            _ => t.qualname.clone(),
        },
        v if v.is(&crate::vm::protocols::ELLIPSIS) => "...".to_string(),
        v => py_repr(v),
    }
}

impl NativeObject for GenericAlias {
    fn type_object(&self) -> Arc<TypeObject> {
        GENERIC_ALIAS_TYPE.clone()
    }
    fn method(&self, _name: &str) -> Option<&'static BuiltinFunction> {
        None
    }
    fn attribute(&self, name: &str) -> Option<Value> {
        Some(match name {
            "__origin__" => Value::Type(self.origin.clone()),
            "__args__" => Value::tuple(self.args.clone()),
            "__parameters__" => Value::tuple(Vec::new()),
            _ => return None,
        })
    }
    fn call(&self, vm: &mut Vm, a: &Args) -> Option<PyResult<Value>> {
        Some(self.call_origin(vm, a))
    }
    fn equals(&self, other: &Value) -> Option<PyResult<bool>> {
        let Some(other) = GenericAlias::of(other) else {
            return Some(Ok(false));
        };
        if !Arc::ptr_eq(&self.origin, &other.origin) {
            return Some(Ok(false));
        }
        Some(crate::vm::ops::eq(
            &Value::tuple(self.args.clone()),
            &Value::tuple(other.args.clone()),
        ))
    }
    fn repr(&self) -> String {
        let args: Vec<String> = self.args.iter().map(type_repr).collect();
        format!(
            "{}[{}]",
            type_repr(&Value::Type(self.origin.clone())),
            args.join(", ")
        )
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

static UNION_TYPE: LazyLock<Arc<TypeObject>> = LazyLock::new(|| types_type("UnionType"));

/// `int | None`, `int | str` (PEP 604): a union of classes, for
/// annotations and for `isinstance`.
pub struct UnionType {
    /// The members, in order, repeats dropped; `None` stands as itself.
    args: Vec<Value>,
}

impl UnionType {
    pub fn of(v: &Value) -> Option<&UnionType> {
        match v {
            Value::Native(n) => n.as_any().downcast_ref::<UnionType>(),
            _ => None,
        }
    }

    /// The classes an `isinstance` against the union tries.
    pub fn members(&self) -> Vec<Value> {
        self.args
            .iter()
            .map(|a| match a {
                Value::None => Value::Type(TYPES.none.clone()),
                other => other.clone(),
            })
            .collect()
    }
}

/// `a | b` where either side is a class (or a union) and the other a
/// class, a union or None; `None` when the operands are not that.
pub fn union_of(a: &Value, b: &Value) -> Option<Value> {
    let is_class_side = |v: &Value| {
        matches!(v, Value::Type(_)) || UnionType::of(v).is_some() || GenericAlias::of(v).is_some()
    };
    let member = |v: &Value| matches!(v, Value::None) || is_class_side(v);
    if !(member(a) && member(b) && (is_class_side(a) || is_class_side(b))) {
        return None;
    }
    let mut args: Vec<Value> = Vec::new();
    for side in [a, b] {
        let items = match UnionType::of(side) {
            Some(u) => u.args.clone(),
            None => vec![side.clone()],
        };
        for item in items {
            if !args.iter().any(|x| x.is(&item)) {
                args.push(item);
            }
        }
    }
    if args.len() == 1 {
        return args.pop();
    }
    Some(Value::Native(Arc::new(Box::new(UnionType { args }))))
}

impl NativeObject for UnionType {
    fn type_object(&self) -> Arc<TypeObject> {
        UNION_TYPE.clone()
    }
    fn method(&self, _name: &str) -> Option<&'static BuiltinFunction> {
        None
    }
    fn attribute(&self, name: &str) -> Option<Value> {
        (name == "__args__").then(|| Value::tuple(self.members()))
    }
    fn equals(&self, other: &Value) -> Option<PyResult<bool>> {
        let Some(other) = UnionType::of(other) else {
            return Some(Ok(false));
        };
        Some(Ok(self.args.len() == other.args.len()
            && self
                .args
                .iter()
                .all(|a| other.args.iter().any(|b| a.is(b)))))
    }
    fn repr(&self) -> String {
        let parts: Vec<String> = self.args.iter().map(type_repr).collect();
        parts.join(" | ")
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}
