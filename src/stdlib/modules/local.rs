//! `threading.local()`: an object whose attributes are per thread.
//!
//! The object keeps one attribute table per thread number: a thread sees,
//! sets and deletes only its own. The tables go away with the object, and
//! those of threads that have exited are dropped the next time a new
//! thread stores its first attribute, so a long run that starts many
//! threads does not keep their values (CPython drops a thread's table when
//! the thread ends).
//!
//! An instance of a subclass (`class Session(threading.local)`) carries a
//! `LocalObject` as its native part, and the VM keeps its attributes there
//! instead of in the instance's own table (`vm::classes`, `local_of`). It
//! remembers the arguments it was made with: a thread touching it for the
//! first time gets a fresh table and runs the class's `__init__` with them
//! again, as CPython does.

use std::any::Any;
use std::collections::HashMap;
use std::sync::{Arc, LazyLock};

use parking_lot::Mutex;

use crate::builtin;
use crate::gil::ThreadNum;
use crate::vm::native::{BuiltinFunction, NativeObject};
use crate::vm::objects::exceptions::{attribute_error, type_error, PyErr, PyResult};
use crate::vm::objects::instance::PyInstance;
use crate::vm::objects::types::{TypeObject, TYPES};
use crate::vm::value::Value;
use crate::vm::Vm;

/// `threading.local`, CPython's `_thread._local`.
pub static LOCAL_TYPE: LazyLock<Arc<TypeObject>> =
    LazyLock::new(|| TypeObject::native("_thread", "_local", &TYPES.object, no_methods, &LOCAL));

fn no_methods(_name: &str) -> Option<&'static BuiltinFunction> {
    None
}

/// One thread's attributes, in the order they were first set (as an
/// instance's `__dict__`).
type Attrs = indexmap::IndexMap<String, Value>;

pub struct LocalObject {
    per_thread: Mutex<HashMap<ThreadNum, Attrs>>,
    /// For an instance of a subclass with its own `__init__`: the
    /// positional values and keyword names it was made with.
    init: Option<(Vec<Value>, Vec<Value>)>,
}

/// The per-thread attributes of an instance of a `threading.local`
/// subclass, if `inst` is one.
pub fn local_of(inst: &PyInstance) -> Option<&LocalObject> {
    match inst.native.get() {
        Some(Value::Native(n)) => n.as_any().downcast_ref::<LocalObject>(),
        _ => None,
    }
}

/// Whether instances of `class` keep their attributes per thread.
pub fn is_local_class(class: &Arc<TypeObject>) -> bool {
    class.is_subtype(&LOCAL_TYPE)
}

/// CPython's message names the type with its module (`tp_name`).
fn no_attribute(name: &str) -> PyErr {
    attribute_error(format!("'_thread._local' object has no attribute '{name}'"))
}

impl LocalObject {
    /// The native part of a new instance of a subclass, made by thread
    /// `maker`, whose table exists at once: the constructor's own
    /// `__init__` call fills it.
    pub fn for_instance(maker: ThreadNum, init: Option<(Vec<Value>, Vec<Value>)>) -> Value {
        let mut per_thread = HashMap::new();
        per_thread.insert(maker, Attrs::default());
        Value::Native(Arc::new(Box::new(LocalObject {
            per_thread: Mutex::new(per_thread),
            init,
        })))
    }

    /// Gives the thread running `vm` its table, if it has none yet;
    /// returns the arguments its `__init__` must then run with.
    pub fn enter(&self, vm: &Vm) -> Option<Option<(Vec<Value>, Vec<Value>)>> {
        if self.per_thread.lock().contains_key(&vm.thread) {
            return None;
        }
        self.forget_exited(vm);
        self.per_thread.lock().insert(vm.thread, Attrs::default());
        Some(self.init.clone())
    }

    /// Attribute `name` as the thread running `vm` sees it.
    pub fn get(&self, vm: &Vm, name: &str) -> Option<Value> {
        let per_thread = self.per_thread.lock();
        per_thread.get(&vm.thread)?.get(name).cloned()
    }

    /// The thread's attributes, in order (its `__dict__`, `dir()`).
    pub fn items(&self, vm: &Vm) -> Vec<(String, Value)> {
        let per_thread = self.per_thread.lock();
        per_thread.get(&vm.thread).map_or_else(Vec::new, |attrs| {
            attrs.iter().map(|(k, v)| (k.clone(), v.clone())).collect()
        })
    }

    /// Removes the thread's attribute `name`; false if it had none.
    pub fn remove(&self, vm: &Vm, name: &str) -> bool {
        let old = self
            .per_thread
            .lock()
            .get_mut(&vm.thread)
            .and_then(|attrs| attrs.shift_remove(name));
        match old {
            Some(old) => {
                crate::vm::drop::drop_later(vec![old]);
                true
            }
            None => false,
        }
    }

    /// Drops the tables of threads that have exited.
    fn forget_exited(&self, vm: &Vm) {
        let nums: Vec<ThreadNum> = self.per_thread.lock().keys().copied().collect();
        let exited: Vec<ThreadNum> = {
            let table = vm.interp.runtime.threads.lock();
            nums.into_iter().filter(|n| table.is_exited(*n)).collect()
        };
        if exited.is_empty() {
            return;
        }
        let gone: Vec<Value> = {
            let mut per_thread = self.per_thread.lock();
            exited
                .iter()
                .filter_map(|n| per_thread.remove(n))
                .flat_map(|attrs| attrs.into_values())
                .collect()
        };
        crate::vm::drop::drop_later(gone);
    }
}

impl Drop for LocalObject {
    fn drop(&mut self) {
        let values: Vec<Value> = std::mem::take(self.per_thread.get_mut())
            .into_values()
            .flat_map(|attrs| attrs.into_values())
            .collect();
        crate::vm::drop::drop_later(values);
    }
}

impl NativeObject for LocalObject {
    fn type_object(&self) -> Arc<TypeObject> {
        LOCAL_TYPE.clone()
    }

    fn method(&self, _name: &str) -> Option<&'static BuiltinFunction> {
        None
    }

    fn attribute_for(&self, vm: &Vm, name: &str) -> PyResult<Option<Value>> {
        let per_thread = self.per_thread.lock();
        match per_thread.get(&vm.thread).and_then(|attrs| attrs.get(name)) {
            Some(v) => Ok(Some(v.clone())),
            None => Err(no_attribute(name)),
        }
    }

    fn set_attribute(&self, vm: &mut Vm, name: &str, value: Value) -> PyResult<()> {
        let first = !self.per_thread.lock().contains_key(&vm.thread);
        if first {
            self.forget_exited(vm);
        }
        let old = self
            .per_thread
            .lock()
            .entry(vm.thread)
            .or_default()
            .insert(name.to_string(), value);
        if let Some(old) = old {
            crate::vm::drop::drop_later(vec![old]);
        }
        Ok(())
    }

    fn delete_attribute(&self, vm: &mut Vm, name: &str) -> PyResult<()> {
        match self.remove(vm, name) {
            true => Ok(()),
            false => Err(no_attribute(name)),
        }
    }

    fn repr(&self) -> String {
        format!(
            "<_thread._local object at {:#x}>",
            crate::vm::address::shown_at(self)
        )
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

builtin!(LOCAL, "local", |_, a| {
    if !a.values.is_empty() {
        return Err(type_error("Initialization arguments are not supported"));
    }
    Ok(Value::Native(Arc::new(Box::new(LocalObject {
        per_thread: Mutex::new(HashMap::new()),
        init: None,
    }))))
});

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vm::{Config, Interpreter, Output};

    fn list_of(v: &Value) -> std::sync::Weak<crate::vm::value::PyList> {
        match v {
            Value::List(l) => Arc::downgrade(l),
            _ => unreachable!(),
        }
    }

    #[test]
    fn stored_values_go_with_the_object_and_with_exited_threads() {
        let interp = Interpreter::new(
            Config::new(vec!["t.py".into()]),
            Output::Capture(Vec::new()),
        );
        let a = interp.register_thread("A".into(), false);
        let b = interp.register_thread("B".into(), false);
        let c = interp.register_thread("C".into(), false);
        let (mut vm_a, mut vm_b, mut vm_c) = (
            Vm::new(interp.clone(), a),
            Vm::new(interp.clone(), b),
            Vm::new(interp.clone(), c),
        );
        let local = LocalObject {
            per_thread: Mutex::new(HashMap::new()),
            init: None,
        };
        let (xa, xb) = (Value::list(Vec::new()), Value::list(Vec::new()));
        let (wa, wb) = (list_of(&xa), list_of(&xb));
        local.set_attribute(&mut vm_a, "x", xa).unwrap();
        local.set_attribute(&mut vm_b, "x", xb).unwrap();
        assert!(local.attribute_for(&vm_c, "x").is_err());
        assert!(local.attribute_for(&vm_a, "x").unwrap().is_some());
        // B exits: its value goes when a new thread stores its first one.
        interp.thread_exited(b);
        assert!(wb.upgrade().is_some());
        local.set_attribute(&mut vm_c, "y", Value::Int(1)).unwrap();
        assert!(wb.upgrade().is_none());
        assert!(wa.upgrade().is_some());
        drop(local);
        assert!(wa.upgrade().is_none());
    }
}
