//! `staticmethod`, `classmethod` and `property`: objects that change what
//! a class attribute means when it is looked up through an instance or
//! the class (`vm::classes` asks them).

use std::any::Any;
use std::sync::{Arc, LazyLock};

use crate::builtin;
use crate::vm::native::{Args, BuiltinFunction, NativeObject};
use crate::vm::objects::exceptions::{attribute_error, type_error, PyResult};
use crate::vm::objects::types::{TypeKind, TypeObject, TYPES};
use crate::vm::value::Value;
use crate::vm::Vm;

struct DescriptorTypes {
    staticmethod: Arc<TypeObject>,
    classmethod: Arc<TypeObject>,
    property: Arc<TypeObject>,
}

static DESCRIPTOR_TYPES: LazyLock<DescriptorTypes> = LazyLock::new(|| DescriptorTypes {
    staticmethod: TypeObject::new("staticmethod", Some(&TYPES.object), TypeKind::Descriptor),
    classmethod: TypeObject::new("classmethod", Some(&TYPES.object), TypeKind::Descriptor),
    property: TypeObject::new("property", Some(&TYPES.object), TypeKind::Descriptor),
});

/// The types, for the builtins table (calling one makes one).
pub fn staticmethod_type() -> Arc<TypeObject> {
    DESCRIPTOR_TYPES.staticmethod.clone()
}

pub fn classmethod_type() -> Arc<TypeObject> {
    DESCRIPTOR_TYPES.classmethod.clone()
}

pub fn property_type() -> Arc<TypeObject> {
    DESCRIPTOR_TYPES.property.clone()
}

fn native(obj: impl NativeObject + 'static) -> Value {
    Value::Native(Arc::new(Box::new(obj)))
}

fn downcast<T: 'static>(v: &Value) -> Option<&T> {
    match v {
        Value::Native(n) => n.as_any().downcast_ref::<T>(),
        _ => None,
    }
}

/// `@staticmethod`: the function, unbound, through instance and class.
pub struct StaticMethod(pub Value);

impl StaticMethod {
    pub fn value(f: Value) -> Value {
        native(StaticMethod(f))
    }

    /// The function, when `v` is a staticmethod.
    pub fn of(v: &Value) -> Option<Value> {
        downcast::<StaticMethod>(v).map(|s| s.0.clone())
    }
}

impl NativeObject for StaticMethod {
    fn type_object(&self) -> Arc<TypeObject> {
        staticmethod_type()
    }
    fn method(&self, _name: &str) -> Option<&'static BuiltinFunction> {
        None
    }
    fn attribute(&self, name: &str) -> Option<Value> {
        (name == "__func__").then(|| self.0.clone())
    }
    fn repr(&self) -> String {
        "<staticmethod object>".into()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// `@classmethod`: the function, bound to the class.
pub struct ClassMethod(pub Value);

impl ClassMethod {
    pub fn value(f: Value) -> Value {
        native(ClassMethod(f))
    }

    pub fn of(v: &Value) -> Option<Value> {
        downcast::<ClassMethod>(v).map(|s| s.0.clone())
    }
}

impl NativeObject for ClassMethod {
    fn type_object(&self) -> Arc<TypeObject> {
        classmethod_type()
    }
    fn method(&self, _name: &str) -> Option<&'static BuiltinFunction> {
        None
    }
    fn attribute(&self, name: &str) -> Option<Value> {
        (name == "__func__").then(|| self.0.clone())
    }
    fn repr(&self) -> String {
        "<classmethod object>".into()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// `property(fget, fset, fdel)`: an attribute computed by functions.
pub struct Property {
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
}

impl Property {
    pub fn of(v: &Value) -> Option<&Property> {
        downcast::<Property>(v)
    }

    /// Reading the property on `obj`.
    pub fn get(&self, vm: &mut Vm, obj: &Value, name: &str, class: &TypeObject) -> PyResult<Value> {
        if self.fget.is_none() {
            return Err(attribute_error(format!(
                "property '{name}' of '{}' object has no getter",
                class.name
            )));
        }
        vm.call_value(&self.fget, vec![obj.clone()])
    }

    /// Assigning (`Some`) or deleting (`None`) the property on `obj`.
    pub fn set(
        &self,
        vm: &mut Vm,
        obj: &Value,
        name: &str,
        class: &TypeObject,
        value: Option<Value>,
    ) -> PyResult<()> {
        let (f, args, what) = match value {
            Some(v) => (&self.fset, vec![obj.clone(), v], "setter"),
            None => (&self.fdel, vec![obj.clone()], "deleter"),
        };
        if f.is_none() {
            return Err(attribute_error(format!(
                "property '{name}' of '{}' object has no {what}",
                class.name
            )));
        }
        vm.call_value(f, args)?;
        Ok(())
    }
}

impl NativeObject for Property {
    fn type_object(&self) -> Arc<TypeObject> {
        property_type()
    }
    fn method(&self, name: &str) -> Option<&'static BuiltinFunction> {
        match name {
            "getter" => Some(&PROPERTY_GETTER),
            "setter" => Some(&PROPERTY_SETTER),
            "deleter" => Some(&PROPERTY_DELETER),
            _ => None,
        }
    }
    fn attribute(&self, name: &str) -> Option<Value> {
        match name {
            "fget" => Some(self.fget.clone()),
            "fset" => Some(self.fset.clone()),
            "fdel" => Some(self.fdel.clone()),
            _ => None,
        }
    }
    fn repr(&self) -> String {
        "<property object>".into()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// `property(fget=None, fset=None, fdel=None, doc=None)`.
pub fn new_property(a: &Args) -> PyResult<Value> {
    let [fget, fset, fdel, _doc] = a.bind("property", ["fget", "fset", "fdel", "doc"], 0)?;
    Ok(native(Property {
        fget: fget.unwrap_or(Value::None),
        fset: fset.unwrap_or(Value::None),
        fdel: fdel.unwrap_or(Value::None),
    }))
}

/// A copy of the property on `a.values[0]` with one function replaced.
fn replaced(a: &Args, which: usize) -> PyResult<Value> {
    let [this, f] = a.values else {
        return Err(type_error("expected one function"));
    };
    let p = Property::of(this).ok_or_else(|| type_error("expected a property"))?;
    let mut parts = [p.fget.clone(), p.fset.clone(), p.fdel.clone()];
    parts[which] = f.clone();
    let [fget, fset, fdel] = parts;
    Ok(native(Property { fget, fset, fdel }))
}

builtin!(PROPERTY_GETTER, "getter", |_, a| replaced(a, 0));
builtin!(PROPERTY_SETTER, "setter", |_, a| replaced(a, 1));
builtin!(PROPERTY_DELETER, "deleter", |_, a| replaced(a, 2));
