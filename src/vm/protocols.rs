//! The special methods of user classes: what `==`, `<`, `+`, `len()`,
//! truth, `in`, `x[k]` and iteration do when an operand is an instance.
//!
//! The operators of built-in values stay in `ops` and `subscript`, pure
//! functions that need no VM. The dispatch loop sends an operation here
//! only when an operand is an instance, so the built-in paths pay one
//! tag test; here a class's method may run Python code.

use std::sync::{Arc, LazyLock};

use crate::bytecode::{BinaryOperator, Comparison};
use crate::vm::native::{BuiltinFunction, NativeObject};
use crate::vm::objects::exceptions::{type_error, value_error, PyResult};
use crate::vm::objects::types::{type_name, TypeKind, TypeObject, TYPES};
use crate::vm::ops;
use crate::vm::value::Value;
use crate::vm::Vm;

/// `NotImplemented`, which a binary special method returns to let the
/// other operand try.
pub struct NotImplementedObject;

impl NativeObject for NotImplementedObject {
    fn type_object(&self) -> Arc<TypeObject> {
        static T: LazyLock<Arc<TypeObject>> = LazyLock::new(|| {
            TypeObject::new("NotImplementedType", Some(&TYPES.object), TypeKind::Native)
        });
        T.clone()
    }
    fn method(&self, _name: &str) -> Option<&'static BuiltinFunction> {
        None
    }
    fn repr(&self) -> String {
        "NotImplemented".into()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

pub static NOT_IMPLEMENTED: LazyLock<Value> =
    LazyLock::new(|| Value::Native(Arc::new(Box::new(NotImplementedObject))));

fn is_not_implemented(v: &Value) -> bool {
    v.is(&NOT_IMPLEMENTED)
}

/// Whether `v` is an instance of a user class (or an exception of one).
#[inline(always)]
pub fn has_class(v: &Value) -> bool {
    matches!(v, Value::Instance(_))
}

fn dunder_names(op: BinaryOperator) -> (&'static str, &'static str, &'static str) {
    use BinaryOperator::*;
    match op {
        Add => ("__add__", "__radd__", "__iadd__"),
        Sub => ("__sub__", "__rsub__", "__isub__"),
        Mul => ("__mul__", "__rmul__", "__imul__"),
        TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
        FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        Mod => ("__mod__", "__rmod__", "__imod__"),
        Pow => ("__pow__", "__rpow__", "__ipow__"),
        MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
        LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        And => ("__and__", "__rand__", "__iand__"),
        Or => ("__or__", "__ror__", "__ior__"),
        Xor => ("__xor__", "__rxor__", "__ixor__"),
    }
}

fn compare_names(cmp: Comparison) -> (&'static str, &'static str) {
    match cmp {
        Comparison::Lt => ("__lt__", "__gt__"),
        Comparison::Le => ("__le__", "__ge__"),
        Comparison::Eq => ("__eq__", "__eq__"),
        Comparison::Ne => ("__ne__", "__ne__"),
        Comparison::Gt => ("__gt__", "__lt__"),
        Comparison::Ge => ("__ge__", "__le__"),
    }
}

impl Vm {
    /// The user-defined special method `name` of `obj`'s class.
    fn special(&self, obj: &Value, name: &str) -> Option<Value> {
        let Value::Instance(inst) = obj else {
            return None;
        };
        let (f, owner) = inst.class.lookup_with_owner(name)?;
        owner.is_class.then_some(f)
    }

    /// Calls `obj.name(args...)` if the class defines it.
    fn call_special(
        &mut self,
        obj: &Value,
        name: &str,
        args: Vec<Value>,
    ) -> Option<PyResult<Value>> {
        let f = self.special(obj, name)?;
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(obj.clone());
        all.extend(args);
        Some(self.call_value(&f, all))
    }

    /// Truth of any value: `__bool__`, then `__len__`, for instances.
    pub fn truth(&mut self, v: &Value) -> PyResult<bool> {
        if !has_class(v) {
            return Ok(ops::truthy(v));
        }
        if let Some(r) = self.call_special(v, "__bool__", Vec::new()) {
            return match r? {
                Value::Bool(b) => Ok(b.get()),
                other => Err(type_error(format!(
                    "__bool__ should return bool, returned {}",
                    type_name(&other)
                ))),
            };
        }
        if self.special(v, "__len__").is_some() {
            return Ok(self.length(v)? > 0);
        }
        Ok(true)
    }

    /// `-v`, `+v`, `~v` for an instance: its `name`, else the built-in
    /// operator's error.
    pub fn unary_special(
        &mut self,
        v: &Value,
        name: &str,
        builtin: fn(&Value) -> PyResult<Value>,
    ) -> PyResult<Value> {
        match self.call_special(v, name, Vec::new()) {
            Some(r) => r,
            None => builtin(v),
        }
    }

    /// `len(v)`.
    pub fn length(&mut self, v: &Value) -> PyResult<usize> {
        match self.call_special(v, "__len__", Vec::new()) {
            None => ops::len(v),
            Some(r) => match r? {
                Value::Int(n) if n >= 0 => Ok(n as usize),
                Value::Int(_) => Err(value_error("__len__() should return >= 0")),
                Value::Bool(b) => Ok(b.get() as usize),
                other => Err(type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    type_name(&other)
                ))),
            },
        }
    }

    /// `a cmp b` for any values: the special methods when an operand is
    /// an instance (the reflected one of the right operand if the left
    /// declines), identity for `==`/`!=` when both decline.
    pub fn rich_compare(&mut self, cmp: Comparison, a: &Value, b: &Value) -> PyResult<bool> {
        if !has_class(a) && !has_class(b) {
            return ops::compare(cmp, a, b);
        }
        let (name, reflected) = compare_names(cmp);
        if let Some(r) = self.call_special(a, name, vec![b.clone()]) {
            let r = r?;
            if !is_not_implemented(&r) {
                return self.truth(&r);
            }
        } else if cmp == Comparison::Ne && self.special(a, "__eq__").is_some() {
            // The default `__ne__` inverts `__eq__`.
            let r = self.rich_compare(Comparison::Eq, a, b)?;
            return Ok(!r);
        }
        if let Some(r) = self.call_special(b, reflected, vec![a.clone()]) {
            let r = r?;
            if !is_not_implemented(&r) {
                return self.truth(&r);
            }
        }
        match cmp {
            Comparison::Eq => Ok(a.is(b)),
            Comparison::Ne => Ok(!a.is(b)),
            _ => Err(type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                cmp.symbol(),
                type_name(a),
                type_name(b)
            ))),
        }
    }

    /// `a op b` (or `a op= b`) when an operand is an instance.
    pub fn binary_special(
        &mut self,
        op: BinaryOperator,
        inplace: bool,
        a: &Value,
        b: &Value,
    ) -> PyResult<Value> {
        let (name, reflected, in_place) = dunder_names(op);
        if inplace {
            if let Some(r) = self.call_special(a, in_place, vec![b.clone()]) {
                let r = r?;
                if !is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        if let Some(r) = self.call_special(a, name, vec![b.clone()]) {
            let r = r?;
            if !is_not_implemented(&r) {
                return Ok(r);
            }
        }
        let same_type = match (a, b) {
            (Value::Instance(x), Value::Instance(y)) => Arc::ptr_eq(&x.class, &y.class),
            _ => false,
        };
        if !same_type {
            if let Some(r) = self.call_special(b, reflected, vec![a.clone()]) {
                let r = r?;
                if !is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        let err = ops::unsupported(op, a, b);
        Err(if inplace {
            ops::inplace_error(err, op, a, b)
        } else {
            err
        })
    }

    /// `container[key]`.
    pub fn get_item(&mut self, container: &Value, key: &Value) -> PyResult<Value> {
        match self.call_special(container, "__getitem__", vec![key.clone()]) {
            Some(r) => r,
            None => crate::vm::subscript::get_item(container, key),
        }
    }

    /// `container[key] = value`.
    pub fn set_item(&mut self, container: &Value, key: &Value, value: Value) -> PyResult<()> {
        match self.call_special(container, "__setitem__", vec![key.clone(), value.clone()]) {
            Some(r) => r.map(drop),
            None => crate::vm::subscript::set_item(container, key, value),
        }
    }

    /// `del container[key]`.
    pub fn del_item(&mut self, container: &Value, key: &Value) -> PyResult<()> {
        match self.call_special(container, "__delitem__", vec![key.clone()]) {
            Some(r) => r.map(drop),
            None => crate::vm::subscript::del_item(container, key),
        }
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        if !has_class(container) && !has_class(item) {
            return ops::contains(container, item);
        }
        if let Some(r) = self.call_special(container, "__contains__", vec![item.clone()]) {
            let r = r?;
            return self.truth(&r);
        }
        if has_class(container) {
            if self.special(container, "__iter__").is_some() {
                let it = self.iter_special(container)?;
                while let Some(x) = self.next_special(&it)? {
                    if self.rich_compare(Comparison::Eq, &x, item)? {
                        return Ok(true);
                    }
                }
                return Ok(false);
            }
            return Err(type_error(format!(
                "argument of type '{}' is not iterable",
                type_name(container)
            )));
        }
        // A built-in container holding instances: `==` may run `__eq__`.
        let items = crate::vm::objects::iter::collect(container)?;
        for x in items {
            if x.is(item) || self.rich_compare(Comparison::Eq, &x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// `iter(obj)` for an instance: its `__iter__`.
    pub fn iter_special(&mut self, obj: &Value) -> PyResult<Value> {
        match self.call_special(obj, "__iter__", Vec::new()) {
            Some(r) => {
                let it = r?;
                if has_class(&it) && self.special(&it, "__next__").is_some() {
                    Ok(it)
                } else if has_class(&it) {
                    Err(type_error(format!(
                        "iter() returned non-iterator of type '{}'",
                        type_name(&it)
                    )))
                } else {
                    Ok(Value::Iterator(crate::vm::objects::iter::iterate(&it)?))
                }
            }
            None => Err(type_error(format!(
                "'{}' object is not iterable",
                type_name(obj)
            ))),
        }
    }

    /// The next item of an iterator made by `iter_special`: `__next__`,
    /// with StopIteration meaning the end.
    pub fn next_special(&mut self, it: &Value) -> PyResult<Option<Value>> {
        if let Value::Iterator(i) = it {
            return i.next();
        }
        match self.call_special(it, "__next__", Vec::new()) {
            Some(Ok(v)) => Ok(Some(v)),
            Some(Err(e)) if e.is_instance(&TYPES.stop_iteration) => Ok(None),
            Some(Err(e)) => Err(e),
            None => Err(type_error(format!(
                "'{}' object is not an iterator",
                type_name(it)
            ))),
        }
    }

    /// Every item of an iterable, instances' `__iter__` included.
    pub fn collect_items(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        if !has_class(v) {
            return crate::vm::objects::iter::collect(v);
        }
        let it = self.iter_special(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.next_special(&it)? {
            out.push(x);
        }
        Ok(out)
    }
}
