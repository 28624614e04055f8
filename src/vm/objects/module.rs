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
    /// Each name's slot, for lookups by name (`module.attr`, imports).
    index: rustc_hash::FxHashMap<Arc<str>, usize>,
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
        let index = names
            .iter()
            .enumerate()
            .rev()
            .map(|(i, n)| (n.clone(), i))
            .collect();
        Globals {
            names,
            slots,
            builtins,
            index,
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
        self.index.get(name).copied()
    }
}

/// A module: a name and its attributes. Built-in modules (`sys`, `time`)
/// are made by Rust code; a library module written in Python
/// (`src/stdlib/py/`) keeps the globals its code ran with, so its
/// attributes are its global variables, as its own functions see them.
pub struct Module {
    pub name: String,
    pub attrs: Mutex<indexmap::IndexMap<String, Value>>,
    pub globals: Option<Arc<Globals>>,
}

impl Module {
    pub fn new(name: &str, attrs: Vec<(&str, Value)>) -> Module {
        Module {
            name: name.to_string(),
            attrs: Mutex::new(attrs.into_iter().map(|(k, v)| (k.to_string(), v)).collect()),
            globals: None,
        }
    }

    /// A module whose attributes are the global variables of its code.
    pub fn with_globals(name: &str, globals: Arc<Globals>) -> Module {
        Module {
            name: name.to_string(),
            attrs: Mutex::new(Default::default()),
            globals: Some(globals),
        }
    }

    /// The global slot of `name`, when the module has one bound.
    fn global(&self, name: &str) -> Option<(usize, &Arc<Globals>)> {
        let g = self.globals.as_ref()?;
        let i = g.slot_of(name)?;
        (!matches!(*g.slots[i].lock(), Value::Undef)).then_some((i, g))
    }

    pub fn get(&self, name: &str) -> Option<Value> {
        if let Some((i, g)) = self.global(name) {
            return Some(g.slots[i].lock().clone());
        }
        self.attrs.lock().get(name).cloned()
    }

    /// The names of the module's attributes: its bound globals, then the
    /// others.
    pub fn names(&self) -> Vec<String> {
        let mut names = Vec::new();
        if let Some(g) = &self.globals {
            for (i, n) in g.names.iter().enumerate() {
                if !matches!(*g.slots[i].lock(), Value::Undef) {
                    names.push(n.to_string());
                }
            }
        }
        names.extend(self.attrs.lock().keys().cloned());
        names
    }

    /// `module.name = value`.
    pub fn set(&self, name: &str, value: Value) {
        if let Some(g) = &self.globals {
            if let Some(i) = g.slot_of(name) {
                drop(g.store(i, value));
                return;
            }
        }
        self.attrs.lock().insert(name.to_string(), value);
    }
}
