//! Instances of user classes.
//!
//! An instance is its class and its attributes. The attributes are behind
//! the object's own lock, so one read or one write is atomic even with
//! the GIL switched off (`--gil none`), as PEP 703 makes them; what is not
//! atomic is a read followed by a write (`self.count += 1`), exactly as in
//! CPython, where a switch between the two loses an update.

use std::sync::atomic::Ordering;
use std::sync::{Arc, OnceLock};

use indexmap::IndexMap;

use crate::builtin;
use crate::vm::native::BuiltinFunction;
use crate::vm::objects::exceptions::{type_error, PyResult};
use crate::vm::objects::list::ObjectLock;
use crate::vm::objects::types::TypeObject;
use crate::vm::value::Value;

/// An instance's attributes, in assignment order.
pub type Attrs = IndexMap<Arc<str>, Value, rustc_hash::FxBuildHasher>;

pub struct PyInstance {
    pub class: Arc<TypeObject>,
    pub attrs: ObjectLock<Attrs>,
    /// The built-in object an instance of a class derived from a native
    /// type carries (the thread of a `threading.Thread` subclass), set by
    /// the native type's `__init__`.
    pub native: OnceLock<Value>,
    /// A number for the stand-in address that deterministic runs print in
    /// the default repr instead of a real one.
    pub serial: u64,
    /// For a class with its own `__hash__`: the value it last gave, kept
    /// so that dicts and sets, which hash without running Python code,
    /// use it (`HASH_UNSET` until `__init__` has run).
    pub hash: std::sync::atomic::AtomicI64,
}

pub const HASH_UNSET: i64 = i64::MIN;

impl PyInstance {
    pub fn new(class: Arc<TypeObject>, serial: u64) -> PyInstance {
        let room = class.attr_hint.load(Ordering::Relaxed);
        PyInstance {
            class,
            attrs: ObjectLock::new(Attrs::with_capacity_and_hasher(room, Default::default())),
            native: OnceLock::new(),
            serial,
            hash: std::sync::atomic::AtomicI64::new(HASH_UNSET),
        }
    }

    /// Attribute `name` of the instance itself (not of its class).
    #[inline]
    pub fn get(&self, name: &str) -> Option<Value> {
        self.attrs.lock().get(name).cloned()
    }

    /// Sets attribute `name`, returning the old value (dropped by the
    /// caller, outside the lock).
    pub fn set(&self, name: &Arc<str>, value: Value) -> Option<Value> {
        let mut attrs = self.attrs.lock();
        match attrs.get_mut(&**name) {
            Some(slot) => Some(std::mem::replace(slot, value)),
            None => {
                attrs.insert(name.clone(), value);
                self.note_size(attrs.len());
                None
            }
        }
    }

    /// Tells the class how many attributes its instances may get (see
    /// `TypeObject::attr_hint`), after a new one was added.
    #[inline]
    pub fn note_size(&self, len: usize) {
        let hint = &self.class.attr_hint;
        if len > hint.load(Ordering::Relaxed) && len <= MAX_RESERVED {
            hint.store(len, Ordering::Relaxed);
        }
    }

    /// Removes attribute `name`; whether it was there.
    pub fn delete(&self, name: &str) -> Option<Value> {
        self.attrs.lock().shift_remove(name)
    }
}

/// The most attribute slots a new instance reserves.
const MAX_RESERVED: usize = 32;

impl Drop for PyInstance {
    fn drop(&mut self) {
        let attrs = self.attrs.get_mut();
        // Numbers and the like hold nothing that could nest deeply.
        if attrs.values().all(Value::is_leaf) {
            return;
        }
        let attrs = std::mem::take(attrs);
        crate::vm::drop::drop_later(attrs.into_values().collect());
    }
}

/// The methods every object has (`object`'s).
pub fn object_method(name: &str) -> Option<&'static BuiltinFunction> {
    match name {
        "__init__" => Some(&OBJECT_INIT),
        "__setattr__" => Some(&OBJECT_SETATTR),
        "__delattr__" => Some(&OBJECT_DELATTR),
        "__new__" => Some(&OBJECT_NEW),
        "__init_subclass__" => Some(&OBJECT_INIT_SUBCLASS),
        "__str__" => Some(&OBJECT_STR),
        "__repr__" => Some(&OBJECT_REPR),
        _ => None,
    }
}

// `object.__str__(self)`: `repr(self)`, through the class's `__repr__`
// (what `super().__str__()` reaches in a class that defines only
// `__str__`).
builtin!(OBJECT_STR, "__str__", |vm, a| {
    let v = a.exact("__str__", 1, 1)?;
    Ok(Value::str(crate::vm::repr::repr_with(vm, &v[0])?))
});

// `object.__repr__(self)`: `<module.C object at 0x...>`, past the class's
// own `__repr__`.
builtin!(OBJECT_REPR, "__repr__", |_, a| {
    let v = a.exact("__repr__", 1, 1)?;
    Ok(Value::str(crate::vm::repr::default_repr(&v[0])?))
});

// `object.__setattr__(obj, name, value)`: the plain store, past any
// `__setattr__` of obj's class (what such a hook calls to store).
builtin!(OBJECT_SETATTR, "__setattr__", |vm, a| {
    let v = a.exact("__setattr__", 3, 3)?;
    let name = attr_name(&v[1])?;
    match &v[0] {
        Value::Instance(inst) => vm.instance_setattr_plain(&v[0], inst, name, v[2].clone())?,
        obj => vm.set_attr(obj, name, v[2].clone())?,
    }
    Ok(Value::None)
});

// `object.__delattr__(obj, name)`.
builtin!(OBJECT_DELATTR, "__delattr__", |vm, a| {
    let v = a.exact("__delattr__", 2, 2)?;
    let name = attr_name(&v[1])?;
    match &v[0] {
        Value::Instance(inst) => vm.instance_delattr_plain(&v[0], inst, name)?,
        obj => vm.del_attr(obj, name)?,
    }
    Ok(Value::None)
});

// `object.__new__(cls)`: an instance of `cls` whose `__init__` has not
// run (what `copy` makes before filling it).
builtin!(OBJECT_NEW, "__new__", |vm, a| {
    let cls = match a.positional().first() {
        Some(Value::Type(t)) => t.clone(),
        Some(other) => {
            return Err(type_error(format!(
                "object.__new__(X): X is not a type object ({})",
                crate::vm::objects::types::type_name(other)
            )))
        }
        None => return Err(type_error("object.__new__(): not enough arguments")),
    };
    if cls.kind == crate::vm::objects::types::TypeKind::Exception {
        return Ok(Value::Exception(Arc::new(
            crate::vm::objects::exceptions::PyException::new(&cls, Vec::new()),
        )));
    }
    if cls.kind != crate::vm::objects::types::TypeKind::Instance
        && cls.kind != crate::vm::objects::types::TypeKind::Object
    {
        return Err(type_error(format!(
            "object.__new__({}) is not safe, use {}.__new__()",
            cls.name, cls.name
        )));
    }
    Ok(Value::Instance(Arc::new(PyInstance::new(
        cls,
        vm.interp.runtime.next_serial(),
    ))))
});

/// The methods of `type` a metaclass reaches through `super()`.
pub fn type_method(name: &str) -> Option<&'static BuiltinFunction> {
    match name {
        "__call__" => Some(&TYPE_CALL),
        "__init__" => Some(&TYPE_INIT),
        _ => None,
    }
}

// `type.__call__(cls, *args)`: makes an instance as calling a class does
// without a metaclass (what a metaclass's own `__call__` calls).
builtin!(TYPE_CALL, "__call__", |vm, a| {
    let Some(Value::Type(t)) = a.values.first() else {
        return Err(type_error("descriptor '__call__' requires a 'type' object"));
    };
    let rest = crate::vm::native::Args {
        values: &a.values[1..],
        kwnames: a.kwnames,
    };
    if t.is_class {
        return crate::vm::classes::construct(vm, t, rest);
    }
    crate::stdlib::builtins::call_type(vm, t, rest)
});

// `type.__init__(cls, name, bases, namespace)`: nothing left to do.
builtin!(TYPE_INIT, "__init__", |_, _| Ok(Value::None));

// `object.__init_subclass__(cls)`: nothing, for `super().__init_subclass__()`.
builtin!(OBJECT_INIT_SUBCLASS, "__init_subclass__", |_, _| Ok(
    Value::None
));

fn attr_name(v: &Value) -> crate::vm::objects::exceptions::PyResult<&str> {
    v.as_str().ok_or_else(|| {
        type_error(format!(
            "attribute name must be string, not '{}'",
            crate::vm::objects::types::type_name(v)
        ))
    })
}

builtin!(OBJECT_INIT, "__init__", |_, a| {
    // `object.__init__(self)` takes nothing more; a class that defines no
    // `__init__` of its own is checked where it is called (`call_type`).
    if a.values.len() > 1 {
        return Err(type_error(
            "object.__init__() takes exactly one argument (the instance to initialize)",
        ));
    }
    Ok(Value::None)
});

/// The `__init__` result check CPython makes.
pub fn check_init_result(v: &Value) -> PyResult<()> {
    match v {
        Value::None => Ok(()),
        other => Err(type_error(format!(
            "__init__() should return None, not '{}'",
            crate::vm::objects::types::type_name(other)
        ))),
    }
}
