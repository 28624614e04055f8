//! Modules and their global variables.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use parking_lot::Mutex;

use crate::vm::value::Value;

/// A module's global variables, one slot per name the compiler found.
/// Each slot has its own lock so that threads updating different globals do
/// not contend; a slot holding `Undef` falls back to the builtin of the same
/// name, resolved once when the module is created.
pub struct Globals {
    pub names: Arc<[Arc<str>]>,
    pub slots: Box<[Mutex<Value>]>,
    pub builtins: Box<[Option<Value>]>,
    /// Bumped after every store or delete, so each thread can cache what
    /// it loaded and skip the slot's lock while nothing changed (see
    /// `Vm::load_global`).
    version: AtomicU64,
}

impl Globals {
    pub fn new(names: Arc<[Arc<str>]>) -> Globals {
        let slots = names.iter().map(|_| Mutex::new(Value::Undef)).collect();
        let builtins = names
            .iter()
            .map(|n| crate::stdlib::builtins::lookup(n))
            .collect();
        Globals {
            names,
            slots,
            builtins,
            version: AtomicU64::new(0),
        }
    }

    /// Replaces slot `i`, returning the old value.
    pub fn store(&self, i: usize, v: Value) -> Value {
        let old = std::mem::replace(&mut *self.slots[i].lock(), v);
        self.version.fetch_add(1, Ordering::Release);
        old
    }

    /// The store count. Read it *before* a slot: a value read after seeing
    /// version n is at least as new as every store counted in n.
    #[inline(always)]
    pub fn version(&self) -> u64 {
        self.version.load(Ordering::Acquire)
    }

    /// The slot of a global name, if the compiler gave it one.
    pub fn slot_of(&self, name: &str) -> Option<usize> {
        self.names.iter().position(|n| &**n == name)
    }
}

/// A module: a name and its attributes. Built-in modules (`sys`, `time`)
/// are made by Rust code; the script itself runs as `__main__`.
pub struct Module {
    pub name: String,
    pub attrs: Mutex<indexmap::IndexMap<String, Value>>,
}

impl Module {
    pub fn new(name: &str, attrs: Vec<(&str, Value)>) -> Module {
        Module {
            name: name.to_string(),
            attrs: Mutex::new(attrs.into_iter().map(|(k, v)| (k.to_string(), v)).collect()),
        }
    }

    pub fn get(&self, name: &str) -> Option<Value> {
        self.attrs.lock().get(name).cloned()
    }
}
