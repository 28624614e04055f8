//! `import`: a module already loaded, a built-in one made by Rust code, or
//! a library module written in Python (`src/stdlib/py/`), compiled once
//! per process and run on the importing thread like any module, with
//! globals of its own.

use std::sync::Arc;

use crate::bytecode::CodeObject;
use crate::stdlib::modules::{self, Found};
use crate::vm::objects::exceptions::{attribute_error, import_error, type_error, PyErr, PyResult};
use crate::vm::objects::function::Function;
use crate::vm::objects::module::{Globals, Module};
use crate::vm::objects::types::type_name;
use crate::vm::objects::types::TYPES;
use crate::vm::value::Value;
use crate::vm::Vm;

impl Vm {
    /// `import name` (`a.b` loads `a` first and becomes its attribute).
    pub fn import_module(&mut self, name: &str) -> PyResult<Value> {
        if let Some(m) = self.interp.loaded_module(name) {
            return Ok(m);
        }
        let parent = match name.rsplit_once('.') {
            Some((p, leaf)) => Some((self.import_module(p)?, leaf)),
            None => None,
        };
        let m = match modules::find(&self.interp, name) {
            Some(Found::Native(m)) => m,
            Some(Found::Python(compiled)) => {
                let code = compiled
                    .map_err(|message| PyErr::with_message(&TYPES.import_error, message))?;
                self.run_library_module(name, code)?
            }
            None => return Err(import_error(modules::not_found_message(name))),
        };
        let m = self.interp.add_module(name, m);
        if let Some((Value::Module(p), leaf)) = parent {
            p.set(leaf, m.clone());
        }
        // `os.path` is there as soon as `os` is, as in CPython.
        if name == "os" {
            self.import_module("os.path")?;
        }
        Ok(m)
    }

    /// `from package import name` where the package has no attribute
    /// `name`: the submodule `package.name`, imported now, as CPython
    /// does; CPython's ImportError when there is none.
    #[cold]
    pub(crate) fn import_submodule(&mut self, package: &Module, name: &str) -> PyResult<Value> {
        let full = format!("{}.{name}", package.name);
        if modules::has_module(&full) {
            return self.import_module(&full);
        }
        Err(PyErr::with_message(
            &TYPES.import_error,
            format!(
                "cannot import name '{name}' from '{}' (unknown location)",
                package.name
            ),
        ))
    }

    /// Runs a library module's compiled code; the module's attributes
    /// are the globals it leaves.
    fn run_library_module(&mut self, name: &str, code: Arc<CodeObject>) -> PyResult<Value> {
        let code = if self.counts_ticks() {
            code
        } else {
            crate::bytecode::superinstructions::fuse(&code)
        };
        // Classes take their `__module__` from the global `__name__`.
        let mut names: Vec<Arc<str>> = code.globals.to_vec();
        if !names.iter().any(|n| &**n == "__name__") {
            names.push(Arc::from("__name__"));
        }
        let globals = Arc::new(Globals::new(names.into()));
        if let Some(slot) = globals.slot_of("__name__") {
            drop(globals.store(slot, Value::str(name)));
        }
        let loaded = crate::vm::code::Code::load(&code);
        let body = Function::module(loaded, globals.clone());
        self.call_value(&Value::Function(Arc::new(body)), vec![])?;
        Ok(Value::Module(Arc::new(Module::with_globals(name, globals))))
    }

    /// `from m import *` (IMPORT_STAR) into the module running with
    /// `globals`: each name `m` exports goes to the global slot of that
    /// name. Globals are numbered when the importing module is compiled, so
    /// a name it never mentions has no slot, and nothing could read it.
    pub(crate) fn import_star(&mut self, m: &Value, globals: &Globals) -> PyResult<()> {
        let Value::Module(m) = m else {
            return Err(type_error("IMPORT_STAR without a module"));
        };
        let names: Vec<String> = match m.get("__all__") {
            Some(all) => {
                let mut names = Vec::new();
                for v in self.collect_items(&all)? {
                    match v.as_str() {
                        Some(s) => names.push(s.to_string()),
                        None => {
                            return Err(type_error(format!(
                                "Item in {}.__all__ must be str, not {}",
                                m.name,
                                type_name(&v)
                            )))
                        }
                    }
                }
                names
            }
            None => m
                .names()
                .into_iter()
                .filter(|n| !n.starts_with('_'))
                .collect(),
        };
        for name in names {
            let Some(v) = m.get(&name) else {
                return Err(attribute_error(format!(
                    "module '{}' has no attribute '{name}'",
                    m.name
                )));
            };
            if let Some(i) = globals.slot_of(&name) {
                self.forget_cached_global(globals, i);
                drop(globals.store(i, v));
            }
        }
        Ok(())
    }
}
