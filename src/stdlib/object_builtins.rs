//! The builtins of the object model: `super`, `issubclass`, `getattr`,
//! `setattr`, `hasattr`, `delattr`, and the descriptor types
//! `staticmethod`, `classmethod`, `property`.

use std::any::Any;
use std::sync::Arc;

use crate::builtin;
use crate::vm::native::{Args, BuiltinFunction, NativeObject};
use crate::vm::objects::descriptors::{self, ClassMethod, StaticMethod};
use crate::vm::objects::exceptions::{runtime_error, type_error, PyResult};
use crate::vm::objects::types::{type_name, type_of, TypeKind, TypeObject, TYPES};
use crate::vm::value::{PyMethod, Value};
use crate::vm::Vm;

/// The builtin `name`, if this file defines it.
pub fn lookup(name: &str) -> Option<Value> {
    let f = match name {
        "super" => &SUPER,
        "issubclass" => &ISSUBCLASS,
        "getattr" => &GETATTR,
        "setattr" => &SETATTR,
        "hasattr" => &HASATTR,
        "delattr" => &DELATTR,
        "staticmethod" => &STATICMETHOD,
        "classmethod" => &CLASSMETHOD,
        "property" => &PROPERTY,
        "NotImplemented" => return Some(crate::vm::protocols::NOT_IMPLEMENTED.clone()),
        "Ellipsis" => return Some(crate::vm::protocols::ELLIPSIS.clone()),
        _ => return None,
    };
    Some(Value::Builtin(f))
}

/// The built-in descriptor types, when called: make one.
pub fn construct_descriptor(t: &Arc<TypeObject>, a: &Args) -> Option<PyResult<Value>> {
    if t.kind != TypeKind::Descriptor {
        return None;
    }
    Some(match t.name.as_str() {
        "staticmethod" => a
            .exact("staticmethod", 1, 1)
            .map(|v| StaticMethod::value(v[0].clone())),
        "classmethod" => a
            .exact("classmethod", 1, 1)
            .map(|v| ClassMethod::value(v[0].clone())),
        _ => descriptors::new_property(a),
    })
}

builtin!(STATICMETHOD, "staticmethod", |_, a| {
    let v = a.exact("staticmethod", 1, 1)?;
    Ok(StaticMethod::value(v[0].clone()))
});
builtin!(CLASSMETHOD, "classmethod", |_, a| {
    let v = a.exact("classmethod", 1, 1)?;
    Ok(ClassMethod::value(v[0].clone()))
});
builtin!(PROPERTY, "property", |_, a| descriptors::new_property(a));

builtin!(ISSUBCLASS, "issubclass", |vm, a| {
    let v = a.exact("issubclass", 2, 2)?;
    // A class (or object) whose type decides: `__subclasscheck__`.
    if !matches!(v[1], Value::Tuple(_)) {
        if let Some(r) = vm.call_special(&v[1], "__subclasscheck__", vec![v[0].clone()]) {
            let r = r?;
            return Ok(Value::bool(vm.truth(&r)?));
        }
    }
    let Value::Type(t) = &v[0] else {
        return Err(type_error("issubclass() arg 1 must be a class"));
    };
    fn check(t: &Arc<TypeObject>, info: &Value) -> PyResult<bool> {
        match info {
            Value::Type(b) => Ok(t.is_subtype(b)),
            Value::Tuple(ts) => {
                for b in ts.items.iter() {
                    if check(t, b)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(type_error(
                "issubclass() arg 2 must be a class, a tuple of classes, or a union",
            )),
        }
    }
    Ok(Value::bool(check(t, &v[1])?))
});

// CPython 3.11 does not name the builtin in this message.
fn attr_name(v: &Value) -> PyResult<&str> {
    v.as_str().ok_or_else(|| {
        type_error(format!(
            "attribute name must be string, not '{}'",
            type_name(v)
        ))
    })
}

builtin!(GETATTR, "getattr", |vm, a| {
    let v = a.exact("getattr", 2, 3)?;
    let name = attr_name(&v[1])?;
    match (vm.get_attr(&v[0], name), v.get(2)) {
        (Err(e), Some(default)) if e.is_instance(&TYPES.attribute_error) => Ok(default.clone()),
        (r, _) => r,
    }
});
builtin!(HASATTR, "hasattr", |vm, a| {
    let v = a.exact("hasattr", 2, 2)?;
    let name = attr_name(&v[1])?;
    match vm.get_attr(&v[0], name) {
        Ok(_) => Ok(Value::bool(true)),
        Err(e) if e.is_instance(&TYPES.attribute_error) => Ok(Value::bool(false)),
        Err(e) => Err(e),
    }
});
builtin!(SETATTR, "setattr", |vm, a| {
    let v = a.exact("setattr", 3, 3)?;
    let name = attr_name(&v[1])?;
    vm.set_attr(&v[0], name, v[2].clone())?;
    Ok(Value::None)
});
builtin!(DELATTR, "delattr", |vm, a| {
    let v = a.exact("delattr", 2, 2)?;
    let name = attr_name(&v[1])?;
    vm.del_attr(&v[0], name)?;
    Ok(Value::None)
});

// `super(C, obj)`: attributes looked up in the MRO of `obj`'s class,
// after `C`. (`super()` in a method is compiled to
// `super(__class__, <first argument>)`.)
builtin!(SUPER, "super", |vm, a| {
    let v = a.exact("super", 0, 2)?;
    match v {
        // Not compiled to the two-argument form: CPython's message depends
        // on whether the calling function has a first argument.
        [] => {
            let takes_args = match vm.frames.len() {
                0 => false,
                n => crate::vm::eval::frame_func(&vm.frames, n - 1).code.argcount > 0,
            };
            Err(runtime_error(if takes_args {
                "super(): __class__ cell not found"
            } else {
                "super(): no arguments"
            }))
        }
        [_] => Err(type_error(
            "super() with one argument is not supported by gilvm yet",
        )),
        [Value::Type(start), receiver] => {
            let class = match receiver {
                Value::Type(t) if t.is_subtype(start) => t.clone(),
                other => type_of(other),
            };
            if !class.is_subtype(start) {
                return Err(type_error(
                    "super(type, obj): obj must be an instance or subtype of type",
                ));
            }
            Ok(Value::Native(Arc::new(Box::new(Super {
                start: start.clone(),
                class,
                receiver: receiver.clone(),
            }))))
        }
        [other, _] => Err(type_error(format!(
            "super() argument 1 must be a type, not {}",
            type_name(other)
        ))),
        _ => unreachable!("checked by exact"),
    }
});

/// A `super()` object.
pub struct Super {
    /// The class whose bases are searched.
    start: Arc<TypeObject>,
    /// The class of the receiver (or the receiver, when it is a class).
    class: Arc<TypeObject>,
    receiver: Value,
}

impl Super {
    /// Whether the receiver is a class searched in its own MRO
    /// (`super()` in a class method); a class whose metaclass's MRO is
    /// searched (`super()` in a metaclass method) is the instance there.
    fn receiver_is_class(&self) -> bool {
        matches!(&self.receiver, Value::Type(t) if t.is_subtype(&self.class))
    }

    /// The class attribute `name` found after `start` in the MRO.
    fn find(&self, name: &str) -> Option<Value> {
        self.class
            .mro()
            .skip_while(|t| !Arc::ptr_eq(t, &self.start))
            .skip(1)
            .find_map(|t| t.own_attr(name))
    }

    /// `super().name` when the base's `name` is a property and the
    /// receiver an instance: its getter's result (on a class, the
    /// property itself, as `attribute` gives it).
    pub(crate) fn get_property(&self, vm: &mut Vm, name: &str) -> Option<PyResult<Value>> {
        if self.receiver_is_class() {
            return None;
        }
        let found = self.find(name)?;
        let p = descriptors::Property::of(&found)?;
        Some(p.get(vm, &self.receiver, name, &self.class))
    }

    /// LOAD_METHOD's answer for `super().name` when it is a plain function
    /// called on an instance: `(function, receiver)`.
    pub(crate) fn method_with_receiver(&self, name: &str) -> Option<(Value, Value)> {
        if self.receiver_is_class() {
            return None;
        }
        match self.find(name)? {
            f @ Value::Function(_) => Some((f, self.receiver.clone())),
            _ => None,
        }
    }
}

impl NativeObject for Super {
    fn type_object(&self) -> Arc<TypeObject> {
        static SUPER_TYPE: std::sync::LazyLock<Arc<TypeObject>> = std::sync::LazyLock::new(|| {
            TypeObject::new("super", Some(&TYPES.object), TypeKind::Native)
        });
        SUPER_TYPE.clone()
    }

    fn method(&self, _name: &str) -> Option<&'static BuiltinFunction> {
        None
    }

    fn attribute(&self, name: &str) -> Option<Value> {
        let found = self.find(name)?;
        let receiver_is_class = self.receiver_is_class();
        Some(match found {
            Value::Function(_) if !receiver_is_class => Value::Method(Arc::new(PyMethod {
                func: found,
                receiver: self.receiver.clone(),
            })),
            Value::Builtin(b) if !receiver_is_class => {
                Value::BoundMethod(Arc::new(crate::vm::native::BoundMethod {
                    receiver: self.receiver.clone(),
                    func: b,
                }))
            }
            other => {
                if let Some(f) = StaticMethod::of(&other) {
                    f
                } else if let Some(f) = ClassMethod::of(&other) {
                    Value::Method(Arc::new(PyMethod {
                        func: f,
                        receiver: Value::Type(self.class.clone()),
                    }))
                } else {
                    other
                }
            }
        })
    }

    fn repr(&self) -> String {
        format!(
            "<super: <class '{}'>, <{} object>>",
            self.start.name, self.class.name
        )
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}
