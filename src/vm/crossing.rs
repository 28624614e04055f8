//! Values that cross from one interpreter to another: copied, never shared.
//!
//! Each interpreter of a run has its own modules, globals and lock, so an
//! object that crosses is rebuilt on the other side, as `pickle` rebuilds
//! what one process sends another:
//!
//! - `None`, bools, numbers, strings, ranges and the built-in types and
//!   functions are immutable and belong to no interpreter: they cross as
//!   they are;
//! - tuples, lists, dicts and sets are copied, item by item;
//! - a function or class crosses by name (its module and qualified name):
//!   the receiver finds its own copy, importing the module, or running the
//!   script as `__mp_main__` (what `multiprocessing`'s spawn does, which is
//!   why such scripts guard their main code with `if __name__ ==
//!   "__main__":`). A lambda or a nested function has no name to be found
//!   by, and cannot cross;
//! - an instance crosses as its class (by name) and a copy of its
//!   attributes, `__init__` not run again; an exception as its class and
//!   a copy of its arguments;
//! - objects made to be shared (an interpreters queue) cross as
//!   themselves;
//! - anything else (a lock, a thread, a generator, a module) cannot
//!   cross: `TypeError: cannot pickle '_thread.lock' object`, CPython's
//!   words.
//!
//! Sending happens on the sender's thread (`Vm::send`), receiving on the
//! receiver's (`Vm::receive`); in between a `Sent` belongs to no one.

use std::sync::{Arc, LazyLock};

use crate::vm::objects::dict::{hash_value, new_dict_value, PyDict};
use crate::vm::objects::exceptions::{attribute_error, type_error, PyErr, PyResult};
use crate::vm::objects::instance::PyInstance;
use crate::vm::objects::set::{PySet, SetTable};
use crate::vm::objects::types::{type_name, TypeKind, TypeObject, TYPES};
use crate::vm::value::{Module, Value};
use crate::vm::Vm;

/// How deep a structure may be to cross (pickle would overflow its stack
/// long before a cycle is found; gilvm says so).
const MAX_DEPTH: usize = 500;

/// A value on its way to another interpreter.
#[derive(Clone)]
pub enum Sent {
    /// Immutable and interpreter-neutral.
    Plain(Value),
    Tuple(Vec<Sent>),
    List(Vec<Sent>),
    Dict(Vec<(Sent, Sent)>),
    Set {
        items: Vec<Sent>,
        frozen: bool,
    },
    /// A function or class, by module and qualified name.
    Named {
        module: String,
        qualname: String,
    },
    Instance {
        class: Box<Sent>,
        attrs: Vec<(Arc<str>, Sent)>,
    },
    Exception {
        class: Box<Sent>,
        args: Vec<Sent>,
        attrs: Vec<(Arc<str>, Sent)>,
    },
    /// An object made to be shared between interpreters.
    Shared(Value),
}

/// `pickle.PicklingError`: a function or class that cannot be found by
/// its name.
pub static PICKLING_ERROR: LazyLock<Arc<TypeObject>> =
    LazyLock::new(|| TypeObject::new("PicklingError", Some(&TYPES.exception), TypeKind::Exception));

/// The module a function's code belongs to: a library module's name, or
/// `__main__` for the script.
fn module_of_source(source_name: &str) -> String {
    match source_name.strip_prefix("<stdlib>/") {
        Some(rest) => rest.strip_suffix(".py").unwrap_or(rest).to_string(),
        None => "__main__".to_string(),
    }
}

fn is_script_module(name: &str) -> bool {
    name == "__main__" || name == "__mp_main__"
}

impl Vm {
    /// Copies `v` out of this interpreter.
    pub fn send(&mut self, v: &Value) -> PyResult<Sent> {
        self.send_at(v, 0)
    }

    /// Rebuilds in this interpreter a value another one sent.
    pub fn receive(&mut self, s: Sent) -> PyResult<Value> {
        Ok(match s {
            Sent::Plain(v) | Sent::Shared(v) => v,
            Sent::Tuple(items) => Value::tuple(self.receive_all(items)?),
            Sent::List(items) => Value::list(self.receive_all(items)?),
            Sent::Dict(pairs) => {
                let mut out = Vec::with_capacity(pairs.len());
                for (k, v) in pairs {
                    out.push((self.receive(k)?, self.receive(v)?));
                }
                new_dict_value(PyDict::from_pairs(out)?)
            }
            Sent::Set { items, frozen } => {
                let mut table = SetTable::new();
                for item in self.receive_all(items)? {
                    table.add(hash_value(&item)?, item)?;
                }
                let set = if frozen {
                    PySet::frozen(table)
                } else {
                    PySet::mutable(table)
                };
                Value::Set(Arc::new(set))
            }
            Sent::Named { module, qualname } => self.find_by_name(&module, &qualname)?,
            Sent::Instance { class, attrs } => {
                let Value::Type(class) = self.receive(*class)? else {
                    return Err(type_error("an instance's class did not cross as a class"));
                };
                let inst = PyInstance::new(class, self.interp.runtime.next_serial());
                for (name, v) in attrs {
                    let v = self.receive(v)?;
                    drop(inst.set(&name, v));
                }
                Value::Instance(Arc::new(inst))
            }
            Sent::Exception { class, args, attrs } => {
                let class = self.receive(*class)?;
                let args = self.receive_all(args)?;
                let exc = self.call_value(&class, args)?;
                for (name, v) in attrs {
                    let v = self.receive(v)?;
                    self.set_attr(&exc, &name, v)?;
                }
                exc
            }
        })
    }

    fn receive_all(&mut self, items: Vec<Sent>) -> PyResult<Vec<Value>> {
        items.into_iter().map(|s| self.receive(s)).collect()
    }

    fn send_all<'a>(
        &mut self,
        items: impl IntoIterator<Item = &'a Value>,
        depth: usize,
    ) -> PyResult<Vec<Sent>> {
        items
            .into_iter()
            .map(|v| self.send_at(v, depth + 1))
            .collect()
    }

    fn send_at(&mut self, v: &Value, depth: usize) -> PyResult<Sent> {
        if depth > MAX_DEPTH {
            return Err(crate::vm::objects::exceptions::recursion_error(
                "maximum recursion depth exceeded while pickling an object",
            ));
        }
        Ok(match v {
            Value::None
            | Value::Bool(_)
            | Value::Int(_)
            | Value::BigInt(_)
            | Value::Float(_)
            | Value::Str(_)
            | Value::ShortStr(_)
            | Value::Range(_)
            | Value::Slice(_)
            | Value::Builtin(_) => Sent::Plain(v.clone()),
            Value::Tuple(t) => Sent::Tuple(self.send_all(t.items.iter(), depth)?),
            Value::List(l) => Sent::List(self.send_all(l.snapshot().iter(), depth)?),
            Value::Dict(d) => {
                let mut pairs = Vec::with_capacity(d.len());
                for (k, v) in d.items() {
                    pairs.push((self.send_at(&k, depth + 1)?, self.send_at(&v, depth + 1)?));
                }
                Sent::Dict(pairs)
            }
            Value::Set(s) => Sent::Set {
                items: self.send_all(s.keys().iter(), depth)?,
                frozen: s.is_frozen(),
            },
            Value::Function(f) => {
                let module = module_of_source(&f.code.source.name);
                self.send_by_name(v, module, f.code.qualname.clone())?
            }
            Value::Type(t) if t.kind == TypeKind::Instance || t.is_class => {
                match self.get_attr(v, "__module__")? {
                    Value::Str(_) | Value::ShortStr(_) => {
                        let module = crate::vm::repr::py_str(&self.get_attr(v, "__module__")?);
                        self.send_by_name(v, module, t.qualname.clone())?
                    }
                    _ => return Err(cannot_pickle(v)),
                }
            }
            Value::Type(_) => Sent::Plain(v.clone()),
            Value::Instance(i) if i.native.get().is_none() => {
                let class = self.send_at(&Value::Type(i.class.clone()), depth + 1)?;
                let attrs: Vec<(Arc<str>, Value)> = i
                    .attrs
                    .lock()
                    .iter()
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect();
                let mut sent = Vec::with_capacity(attrs.len());
                for (k, v) in attrs {
                    sent.push((k, self.send_at(&v, depth + 1)?));
                }
                Sent::Instance {
                    class: Box::new(class),
                    attrs: sent,
                }
            }
            Value::Exception(e) => {
                let class = self.send_at(&Value::Type(e.typ.clone()), depth + 1)?;
                let args = e.args.lock().clone();
                let args = self.send_all(args.iter(), depth)?;
                let attrs: Vec<(Arc<str>, Value)> = e
                    .attrs
                    .lock()
                    .iter()
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect();
                let mut sent = Vec::with_capacity(attrs.len());
                for (k, v) in attrs {
                    sent.push((k, self.send_at(&v, depth + 1)?));
                }
                Sent::Exception {
                    class: Box::new(class),
                    args,
                    attrs: sent,
                }
            }
            Value::Native(n) if crate::stdlib::modules::interpreters::is_shareable(&***n) => {
                Sent::Shared(v.clone())
            }
            _ => return Err(cannot_pickle(v)),
        })
    }

    /// A function or class by name, after pickle's check that the name
    /// finds this very object.
    fn send_by_name(&mut self, v: &Value, module: String, qualname: String) -> PyResult<Sent> {
        if qualname.contains("<locals>") {
            return Err(attribute_error(format!(
                "Can't pickle local object '{qualname}'"
            )));
        }
        let found = self.find_by_name(&module, &qualname).ok();
        if !found.is_some_and(|f| f.is(v)) {
            let shown = if is_script_module(&module) {
                "__main__".to_string()
            } else {
                module.clone()
            };
            return Err(PyErr::with_message(
                &PICKLING_ERROR,
                format!(
                    "Can't pickle {}: attribute lookup {qualname} on {shown} failed",
                    crate::vm::repr::py_repr(v)
                ),
            ));
        }
        Ok(Sent::Named { module, qualname })
    }

    /// `module.qualname` in this interpreter. The script is `__main__` in
    /// the interpreter that runs it; another interpreter runs it once as
    /// `__mp_main__` to have its own functions and classes.
    fn find_by_name(&mut self, module: &str, qualname: &str) -> PyResult<Value> {
        let mut v = if is_script_module(module) {
            self.script_module()?
        } else {
            self.import_module(module)?
        };
        for part in qualname.split('.') {
            v = self.get_attr(&v, part)?;
        }
        Ok(v)
    }

    /// The script's module in this interpreter (see `find_by_name`).
    pub(crate) fn script_module(&mut self) -> PyResult<Value> {
        // The main interpreter runs the script as `__main__`; another one's
        // `__main__` is the namespace of its `exec()`s.
        let name = if self.interp.id == 0 {
            "__main__"
        } else {
            "__mp_main__"
        };
        if let Some(m) = self.interp.loaded_module(name) {
            return Ok(m);
        }
        let Some(code) = self.interp.runtime.main_code.get().cloned() else {
            return Err(type_error("no script to find functions in"));
        };
        use std::sync::atomic::Ordering;
        self.interp.bootstrapping.store(true, Ordering::Release);
        let m = self.run_module_named("__mp_main__", code);
        self.interp.bootstrapping.store(false, Ordering::Release);
        m
    }
}

/// CPython's error for an object pickle cannot copy.
fn cannot_pickle(v: &Value) -> PyErr {
    let name = match v {
        Value::Native(n) => {
            let t = n.type_object();
            match t.module {
                Some(m) if m != "builtins" => format!("{m}.{}", t.name),
                _ => t.name.clone(),
            }
        }
        _ => type_name(v).to_string(),
    };
    type_error(format!("cannot pickle '{name}' object"))
}

/// A module value for `globals` named `name`.
pub(crate) fn module_value(name: &str, globals: Arc<crate::vm::value::Globals>) -> Value {
    Value::Module(Arc::new(Module::with_globals(name, globals)))
}
