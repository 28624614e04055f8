//! The special methods of user classes: what `==`, `<`, `+`, `len()`,
//! truth, `in`, `x[k]` and iteration do when an operand is an instance.
//!
//! The operators of built-in values stay in `ops` and `subscript`, pure
//! functions that need no VM. The dispatch loop sends an operation here
//! only when an operand is an instance, so the built-in paths pay one
//! tag test; here a class's method may run Python code.

use std::sync::{Arc, LazyLock};

use crate::bytecode::{BinaryOperator, Comparison};
use crate::vm::lazy_iter::LazyIter;
use crate::vm::native::{BuiltinFunction, NativeObject};
use crate::vm::objects::exceptions::{type_error, value_error, PyResult};
use crate::vm::objects::types::{type_name, TypeKind, TypeObject, TYPES};
use crate::vm::ops;
use crate::vm::value::Value;
use crate::vm::Vm;

/// A built-in singleton with a type of its own and a fixed repr:
/// `NotImplemented` (which a binary special method returns to let the other
/// operand try) and `Ellipsis` (`...`).
pub struct Singleton {
    class: Arc<TypeObject>,
    repr: &'static str,
}

impl Singleton {
    fn value(type_name: &str, repr: &'static str) -> Value {
        let class = TypeObject::new(type_name, Some(&TYPES.object), TypeKind::Native);
        Value::Native(Arc::new(Box::new(Singleton { class, repr })))
    }
}

impl NativeObject for Singleton {
    fn type_object(&self) -> Arc<TypeObject> {
        self.class.clone()
    }
    fn method(&self, _name: &str) -> Option<&'static BuiltinFunction> {
        None
    }
    fn repr(&self) -> String {
        self.repr.into()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

pub static NOT_IMPLEMENTED: LazyLock<Value> =
    LazyLock::new(|| Singleton::value("NotImplementedType", "NotImplemented"));

pub static ELLIPSIS: LazyLock<Value> = LazyLock::new(|| Singleton::value("ellipsis", "Ellipsis"));

fn is_not_implemented(v: &Value) -> bool {
    v.is(&NOT_IMPLEMENTED)
}

/// Whether stepping the iterator `v` runs Python code, so that only the VM
/// can do it: a generator, or one of the lazy iterators (`map`, `filter`,
/// `zip` over instances...).
pub fn is_vm_iterator(v: &Value) -> bool {
    matches!(v, Value::Generator(g) if !g.is_coroutine()) || LazyIter::of(v).is_some()
}

/// Whether `v` is a class with a metaclass of its own, whose special
/// methods (`__iter__`, `__len__`...) then apply to the class.
#[inline]
pub fn has_meta(v: &Value) -> bool {
    matches!(v, Value::Type(t) if t.metaclass.get().is_some())
}

/// Whether `v` is an instance of a user class (or an exception of one).
#[inline(always)]
pub fn has_class(v: &Value) -> bool {
    matches!(v, Value::Instance(_))
}

/// Whether `a op b` must go to `Vm::binary_special`: an operand is an
/// instance, or the operation is printf-style formatting (`str % x`),
/// whose `%s` runs user classes' `__str__`.
#[inline(always)]
pub fn needs_vm(op: BinaryOperator, a: &Value, b: &Value) -> bool {
    has_class(a) || has_class(b) || (op == BinaryOperator::Mod && a.is_str())
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
    pub(crate) fn special(&self, obj: &Value, name: &str) -> Option<Value> {
        if let Value::Type(t) = obj {
            // A class's special methods are its metaclass's.
            return t.meta_hook(name);
        }
        let Value::Instance(inst) = obj else {
            return None;
        };
        let (f, owner) = inst.class.lookup_with_owner(name)?;
        owner.is_class.then_some(f)
    }

    /// Calls `obj.name(args...)` if the class defines it.
    pub(crate) fn call_special(
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
        // Only an instance (or a class, through its metaclass) can have a
        // `__len__` of its own: a built-in value's length is direct.
        if !matches!(v, Value::Instance(_) | Value::Type(_)) {
            return ops::len(v);
        }
        match self.call_special(v, "__len__", Vec::new()) {
            None => ops::len(v),
            Some(r) => match r? {
                Value::Int(n) if n >= 0 => Ok(n as usize),
                Value::Int(_) => Err(value_error("__len__() should return >= 0")),
                Value::BigInt(b) if b.sign() == num_bigint::Sign::Minus => {
                    Err(value_error("__len__() should return >= 0"))
                }
                Value::BigInt(_) => Err(crate::vm::objects::exceptions::overflow_error(
                    crate::vm::objects::int::INDEX_SIZED,
                )),
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
            return ops::compare_with(self, cmp, a, b);
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
        if op == BinaryOperator::Mod && a.is_str() {
            // str's own `%` takes any right operand first, as CPython's does.
            return crate::stdlib::str_printf::format(
                Some(self),
                a.as_str().unwrap_or_default(),
                b,
            );
        }
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
        // A dict view takes any iterable, an instance's too.
        if let Some(r) = crate::vm::view_ops::view_binary(&mut Some(self), op, a, b) {
            return r;
        }
        // The built-in operand's own wording (`can only concatenate str
        // (not "Vec") to str`, `can't multiply sequence by non-int`).
        let err = match ops::binary_op(op, a, b) {
            Err(e) => e,
            Ok(_) => ops::unsupported(op, a, b),
        };
        Err(if inplace {
            ops::inplace_error(err, op, a, b)
        } else {
            err
        })
    }

    /// `container[key]`.
    pub fn get_item(&mut self, container: &Value, key: &Value) -> PyResult<Value> {
        if let Value::Type(t) = container {
            return self.class_getitem(t, key);
        }
        if matches!(container, Value::Dict(_)) {
            let key = self.canonical_key(container, key)?;
            return crate::vm::subscript::get_item(container, &key);
        }
        match self.call_special(container, "__getitem__", vec![key.clone()]) {
            Some(r) => r,
            None => crate::vm::subscript::get_item(container, key),
        }
    }

    /// `Class[key]`: a user class's `__class_getitem__` (a class method
    /// without saying so), or a built-in generic alias (`list[int]`).
    fn class_getitem(&mut self, t: &Arc<TypeObject>, key: &Value) -> PyResult<Value> {
        if let Some(r) =
            self.call_special(&Value::Type(t.clone()), "__getitem__", vec![key.clone()])
        {
            return r;
        }
        if !t.is_class {
            return crate::vm::objects::generic_alias::subscript_type(t, key);
        }
        match t.lookup("__class_getitem__") {
            Some(f) => {
                let f = crate::vm::objects::descriptors::ClassMethod::of(&f).unwrap_or(f);
                self.call_value(&f, vec![Value::Type(t.clone()), key.clone()])
            }
            None => Err(type_error("'type' object is not subscriptable")),
        }
    }

    /// `container[key] = value`.
    pub fn set_item(&mut self, container: &Value, key: &Value, value: Value) -> PyResult<()> {
        if matches!(container, Value::Dict(_)) {
            let key = self.canonical_key(container, key)?;
            return crate::vm::subscript::set_item(container, &key, value);
        }
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
        if has_class(container) || has_meta(container) {
            if let Some(r) = self.call_special(container, "__contains__", vec![item.clone()]) {
                let r = r?;
                return self.truth(&r);
            }
            if !self.iterable(container) {
                return Err(type_error(format!(
                    "argument of type '{}' is not iterable",
                    type_name(container)
                )));
            }
        } else if !is_vm_iterator(container) {
            if matches!(container, Value::Dict(_) | Value::Set(_)) {
                let item = self.canonical_key(container, item)?;
                return ops::contains_with(self, container, &item);
            }
            // A built-in container, maybe holding instances whose `==`
            // runs `__eq__`.
            return ops::contains_with(self, container, item);
        }
        let it = self.get_iter(container)?;
        while let Some(x) = self.next_special(&it)? {
            if x.is(item) || self.rich_compare(Comparison::Eq, &x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// `a == b` as a built-in container's methods (`list.index`) compare
    /// items: identity first, then `==` with special methods.
    pub fn values_eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        Ok(a.is(b) || ops::eq_with(self, a, b)?)
    }

    /// Whether `iter(v)` can work: for an instance, whether its class has
    /// `__iter__` or `__getitem__` (what calling them raises is theirs).
    pub fn iterable(&self, v: &Value) -> bool {
        match v {
            Value::Instance(_) | Value::Type(_) => {
                self.special(v, "__iter__").is_some() || self.special(v, "__getitem__").is_some()
            }
            _ => true,
        }
    }

    /// `iter(v)` for any value.
    pub fn get_iter(&mut self, v: &Value) -> PyResult<Value> {
        if has_class(v) || has_meta(v) {
            return self.iter_special(v);
        }
        if is_vm_iterator(v) {
            return Ok(v.clone());
        }
        Ok(Value::Iterator(crate::vm::objects::iter::iterate(v)?))
    }

    /// `iter(obj)` for an instance: its `__iter__`, else the iterator
    /// that calls `__getitem__` with 0, 1, 2...
    pub fn iter_special(&mut self, obj: &Value) -> PyResult<Value> {
        match self.call_special(obj, "__iter__", Vec::new()) {
            Some(r) => {
                let it = r?;
                let is_iterator = match &it {
                    Value::Instance(_) => self.special(&it, "__next__").is_some(),
                    Value::Iterator(_) => true,
                    other => is_vm_iterator(other),
                };
                if is_iterator {
                    Ok(it)
                } else {
                    Err(type_error(format!(
                        "iter() returned non-iterator of type '{}'",
                        type_name(&it)
                    )))
                }
            }
            None if self.special(obj, "__getitem__").is_some() => {
                Ok(LazyIter::sequence(obj.clone()))
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
        if let Some(lazy) = LazyIter::of(it) {
            return self.lazy_next(lazy);
        }
        if let Value::Generator(g) = it {
            return self.generator_next(g);
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
        if !has_class(v) && !is_vm_iterator(v) && !has_meta(v) {
            return crate::vm::objects::iter::collect(v);
        }
        let it = self.get_iter(v)?;
        let mut out = Vec::new();
        if let Value::Generator(g) = &it {
            // Everything is collected before anything is used: the
            // generator runs on past its yields (`Batch`).
            while let Some(x) = self.generator_next_batch(g, &mut out, usize::MAX, false)? {
                crate::vm::memory::push(&mut out, x)?;
            }
            return Ok(out);
        }
        while let Some(x) = self.next_special(&it)? {
            out.push(x);
        }
        Ok(out)
    }
}

/// Instances met inside built-in containers compare with their special
/// methods (`[a] == [b]` runs `a.__eq__(b)`).
impl ops::InstanceCompare for Vm {
    fn compare_instances(&mut self, op: Comparison, a: &Value, b: &Value) -> PyResult<bool> {
        self.rich_compare(op, a, b)
    }
}
