//! Iterators whose steps run Python code: `map`, `filter`, `enumerate`,
//! `zip` and `reversed` over instances, and the iterator CPython makes for
//! a class that has `__getitem__` but no `__iter__`.
//!
//! `PyIterator` steps without a VM, which keeps `for` over built-in values
//! fast; these need one, so they are `Value::Native`s that
//! `Vm::next_special` steps. They are built only when something in them
//! needs the VM: `enumerate` over a list stays a `PyIterator`.
//!
//! No lock is held while Python code runs (another thread may step the
//! same iterator meanwhile): a step copies what it needs out of the state,
//! runs the code, and puts back only the counter it advanced.

use std::any::Any;
use std::sync::{Arc, LazyLock};

use parking_lot::Mutex;

use crate::vm::native::{BuiltinFunction, NativeObject};
use crate::vm::objects::exceptions::PyResult;
use crate::vm::objects::int::i128_value;
use crate::vm::objects::types::{TypeKind, TypeObject, ITERATOR_TYPES, TYPES};
use crate::vm::value::Value;
use crate::vm::Vm;

pub struct LazyIter {
    state: Mutex<State>,
    type_object: Arc<TypeObject>,
}

enum State {
    /// `map(func, *iterables)`: stops at the shortest.
    Map {
        func: Value,
        inners: Vec<Value>,
    },
    /// `filter(func, iterable)`; `func` None keeps the true items.
    Filter {
        func: Value,
        inner: Value,
    },
    Enumerate {
        inner: Value,
        /// Wider than an int, as `PyIterator`'s.
        count: i128,
    },
    Zip {
        inners: Vec<Value>,
    },
    /// `obj[0]`, `obj[1]`, ... until IndexError or StopIteration.
    Sequence {
        obj: Value,
        index: i64,
    },
    /// `obj[len - 1]` down to `obj[0]`.
    Reversed {
        obj: Value,
        index: i64,
    },
    Done,
}

/// The type of the iterator CPython makes from `__getitem__`.
static SEQUENCE_ITERATOR: LazyLock<Arc<TypeObject>> =
    LazyLock::new(|| TypeObject::new("iterator", Some(&TYPES.object), TypeKind::Iterator));
static REVERSED: LazyLock<Arc<TypeObject>> =
    LazyLock::new(|| TypeObject::new("reversed", Some(&TYPES.object), TypeKind::Iterator));
pub static MAP: LazyLock<Arc<TypeObject>> =
    LazyLock::new(|| TypeObject::new("map", Some(&TYPES.object), TypeKind::Iterator));
pub static FILTER: LazyLock<Arc<TypeObject>> =
    LazyLock::new(|| TypeObject::new("filter", Some(&TYPES.object), TypeKind::Iterator));

impl LazyIter {
    fn value(state: State, type_object: Arc<TypeObject>) -> Value {
        let it = LazyIter {
            state: Mutex::new(state),
            type_object,
        };
        Value::Native(Arc::new(Box::new(it)))
    }

    /// The items of `inners` are iterators (`Vm::get_iter`).
    pub fn map(func: Value, inners: Vec<Value>) -> Value {
        LazyIter::value(State::Map { func, inners }, MAP.clone())
    }

    pub fn filter(func: Value, inner: Value) -> Value {
        LazyIter::value(State::Filter { func, inner }, FILTER.clone())
    }

    pub fn enumerate(inner: Value, start: i64) -> Value {
        let state = State::Enumerate {
            inner,
            count: start as i128,
        };
        LazyIter::value(state, ITERATOR_TYPES.enumerate.clone())
    }

    pub fn zip(inners: Vec<Value>) -> Value {
        LazyIter::value(State::Zip { inners }, ITERATOR_TYPES.zip.clone())
    }

    pub fn sequence(obj: Value) -> Value {
        LazyIter::value(State::Sequence { obj, index: 0 }, SEQUENCE_ITERATOR.clone())
    }

    pub fn reversed(obj: Value, len: usize) -> Value {
        let index = len as i64 - 1;
        LazyIter::value(State::Reversed { obj, index }, REVERSED.clone())
    }

    /// The iterator `v` is, if it is one of these.
    pub fn of(v: &Value) -> Option<&LazyIter> {
        match v {
            Value::Native(n) => n.as_any().downcast_ref::<LazyIter>(),
            _ => None,
        }
    }
}

impl NativeObject for LazyIter {
    fn type_object(&self) -> Arc<TypeObject> {
        self.type_object.clone()
    }
    fn method(&self, _name: &str) -> Option<&'static BuiltinFunction> {
        None
    }
    fn repr(&self) -> String {
        format!(
            "<{} object at {:#x}>",
            self.type_object.name, self as *const LazyIter as usize
        )
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// What one step works on, copied out of the state.
enum Step {
    Map(Value, Vec<Value>),
    Filter(Value, Value),
    Enumerate(Value),
    Zip(Vec<Value>),
    Index(Value, i64),
    Done,
}

impl Vm {
    /// The next item of a `LazyIter`, or `None` when it is exhausted.
    pub(crate) fn lazy_next(&mut self, it: &LazyIter) -> PyResult<Option<Value>> {
        let step = match &mut *it.state.lock() {
            State::Map { func, inners } => Step::Map(func.clone(), inners.clone()),
            State::Filter { func, inner } => Step::Filter(func.clone(), inner.clone()),
            State::Enumerate { inner, .. } => Step::Enumerate(inner.clone()),
            State::Zip { inners } => Step::Zip(inners.clone()),
            State::Sequence { obj, index } => {
                *index += 1;
                Step::Index(obj.clone(), *index - 1)
            }
            State::Reversed { obj, index } if *index >= 0 => {
                *index -= 1;
                Step::Index(obj.clone(), *index + 1)
            }
            State::Reversed { .. } | State::Done => Step::Done,
        };
        match step {
            Step::Map(func, inners) => match self.next_of_each(&inners)? {
                Some(args) => self.call_value(&func, args).map(Some),
                None => Ok(None),
            },
            Step::Filter(func, inner) => loop {
                let Some(x) = self.next_special(&inner)? else {
                    return Ok(None);
                };
                let keep = match &func {
                    Value::None => self.truth(&x)?,
                    f => {
                        let r = self.call_value(f, vec![x.clone()])?;
                        self.truth(&r)?
                    }
                };
                if keep {
                    return Ok(Some(x));
                }
            },
            Step::Enumerate(inner) => {
                let Some(x) = self.next_special(&inner)? else {
                    return Ok(None);
                };
                let i = match &mut *it.state.lock() {
                    State::Enumerate { count, .. } => {
                        *count += 1;
                        *count - 1
                    }
                    _ => 0,
                };
                Ok(Some(Value::tuple(vec![i128_value(i), x])))
            }
            Step::Zip(inners) if inners.is_empty() => Ok(None),
            Step::Zip(inners) => Ok(self.next_of_each(&inners)?.map(Value::tuple)),
            Step::Index(obj, i) => match self.get_item(&obj, &Value::Int(i)) {
                Ok(v) => Ok(Some(v)),
                Err(e)
                    if e.is_instance(&TYPES.index_error)
                        || e.is_instance(&TYPES.stop_iteration) =>
                {
                    *it.state.lock() = State::Done;
                    Ok(None)
                }
                Err(e) => Err(e),
            },
            Step::Done => Ok(None),
        }
    }

    /// One item from each iterator, or `None` as soon as one is exhausted.
    fn next_of_each(&mut self, inners: &[Value]) -> PyResult<Option<Vec<Value>>> {
        let mut items = Vec::with_capacity(inners.len());
        for inner in inners {
            match self.next_special(inner)? {
                Some(x) => items.push(x),
                None => return Ok(None),
            }
        }
        Ok(Some(items))
    }
}
