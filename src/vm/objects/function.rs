//! Python functions, the cells of their closures, and methods bound to
//! an instance.

use std::sync::Arc;

use crate::vm::code::Code;
use crate::vm::objects::list::ObjectLock;
use crate::vm::objects::module::Globals;
use crate::vm::value::Value;

/// A user-defined function: code plus its defaults, the cells it closes
/// over, and its module's globals.
pub struct Function {
    pub code: Arc<Code>,
    /// Defaults of the last positional parameters.
    pub defaults: Box<[Value]>,
    /// Defaults of keyword-only parameters, by name.
    pub kwdefaults: Box<[(Arc<str>, Value)]>,
    /// One cell per free variable (`code.freevars`), in order.
    pub closure: Box<[Arc<PyCell>]>,
    pub globals: Arc<Globals>,
    /// `f.__name__`, which a decorator may rename (`functools.wraps`).
    pub name: ObjectLock<Arc<str>>,
    /// Attributes set on the function (`f.calls = 0`).
    pub attrs: ObjectLock<crate::vm::objects::instance::Attrs>,
}

impl Function {
    /// The function a module's frame runs: its code, nothing else.
    pub fn module(code: Arc<Code>, globals: Arc<Globals>) -> Function {
        Function {
            name: ObjectLock::new(Arc::from(code.name.as_str())),
            code,
            defaults: Box::default(),
            kwdefaults: Box::default(),
            closure: Box::default(),
            globals,
            attrs: ObjectLock::new(Default::default()),
        }
    }

    pub fn name(&self) -> Arc<str> {
        self.name.lock().clone()
    }

    /// A copy of this function running `code` instead (`types.coroutine`).
    pub fn with_code(&self, code: Arc<Code>) -> Function {
        Function {
            code,
            defaults: self.defaults.clone(),
            kwdefaults: self.kwdefaults.clone(),
            closure: self.closure.clone(),
            globals: self.globals.clone(),
            name: ObjectLock::new(self.name()),
            attrs: ObjectLock::new(self.attrs.lock().clone()),
        }
    }

    /// `__qualname__`, `__module__` or `__doc__`: what was assigned to it
    /// (`functools.wraps` copies them), else what the code says.
    pub fn dunder(&self, name: &str) -> Value {
        if let Some(v) = self.attrs.lock().get(name) {
            return v.clone();
        }
        match name {
            "__qualname__" => Value::str(self.code.qualname.clone()),
            "__module__" => Value::str("__main__"),
            "__doc__" => self.code.doc.clone().map_or(Value::None, Value::str),
            _ => Value::None,
        }
    }

    /// The assignable dunder attributes kept in `attrs`, which
    /// `f.__dict__` does not show.
    pub fn is_dunder_attr(name: &str) -> bool {
        matches!(
            name,
            "__qualname__" | "__module__" | "__doc__" | "__annotations__"
        )
    }
}

/// A variable shared between a function and the functions nested in it:
/// the frame's slot holds the cell, and each closure holds it too. Behind
/// its own lock, like every mutable object.
pub struct PyCell {
    pub value: ObjectLock<Value>,
}

impl PyCell {
    pub fn new(v: Value) -> Arc<PyCell> {
        Arc::new(PyCell {
            value: ObjectLock::new(v),
        })
    }

    /// The content, or `None` while the variable is unbound.
    #[inline]
    pub fn get(&self) -> Option<Value> {
        match &*self.value.lock() {
            Value::Undef => None,
            v => Some(v.clone()),
        }
    }

    pub fn set(&self, v: Value) -> Value {
        std::mem::replace(&mut *self.value.lock(), v)
    }
}

/// A function bound to the object it was looked up on (`obj.method`
/// without a call, or a classmethod bound to its class). Calling it calls
/// the function with `receiver` first.
pub struct PyMethod {
    pub func: Value,
    pub receiver: Value,
}
