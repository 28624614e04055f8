//! Iterators whose steps run Python code: `map`, `filter`, `enumerate`,
//! `zip` and `reversed` over instances, `zip(strict=True)`, `iter(f,
//! sentinel)`, and the iterator CPython makes for a class that has
//! `__getitem__` but no `__iter__`.
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
use crate::vm::objects::exceptions::{value_error, PyErr, PyResult};
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
        /// `zip(strict=True)`: iterables of unequal lengths are an error.
        strict: bool,
    },
    /// `iter(func, sentinel)`: `func()` until it returns the sentinel.
    Callable {
        func: Value,
        sentinel: Value,
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

/// `filter(None, filter(None, ...))` 300,000 deep must not drop
/// recursively: what a layer holds goes to the thread's drop queue.
impl Drop for LazyIter {
    fn drop(&mut self) {
        let held = match std::mem::replace(self.state.get_mut(), State::Done) {
            State::Map { func, mut inners } => {
                inners.push(func);
                inners
            }
            State::Zip { inners, .. } => inners,
            State::Filter { func, inner } => vec![func, inner],
            State::Enumerate { inner, .. } => vec![inner],
            State::Callable { func, sentinel } => vec![func, sentinel],
            State::Sequence { obj, .. } | State::Reversed { obj, .. } => vec![obj],
            State::Done => return,
        };
        crate::vm::drop::drop_later(held);
    }
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
static CALLABLE_ITERATOR: LazyLock<Arc<TypeObject>> =
    LazyLock::new(|| TypeObject::new("callable_iterator", Some(&TYPES.object), TypeKind::Iterator));

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

    pub fn zip(inners: Vec<Value>, strict: bool) -> Value {
        LazyIter::value(State::Zip { inners, strict }, ITERATOR_TYPES.zip.clone())
    }

    pub fn callable(func: Value, sentinel: Value) -> Value {
        let state = State::Callable { func, sentinel };
        LazyIter::value(state, CALLABLE_ITERATOR.clone())
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
            self.type_object.name,
            crate::vm::address::shown_at(self)
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
    Zip(Vec<Value>, bool),
    Call(Value, Value),
    Index(Value, i64),
    Done,
}

impl Vm {
    /// The next item of a `LazyIter`, or `None` when it is exhausted.
    pub(crate) fn lazy_next(&mut self, it: &LazyIter) -> PyResult<Option<Value>> {
        // Each layer of `map(f, map(f, ...))` is one Rust call deeper.
        self.check_native_stack()?;
        let step = match &mut *it.state.lock() {
            State::Map { func, inners } => Step::Map(func.clone(), inners.clone()),
            State::Filter { func, inner } => Step::Filter(func.clone(), inner.clone()),
            State::Enumerate { inner, .. } => Step::Enumerate(inner.clone()),
            State::Zip { inners, strict } => Step::Zip(inners.clone(), *strict),
            State::Callable { func, sentinel } => Step::Call(func.clone(), sentinel.clone()),
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
            Step::Zip(inners, _) if inners.is_empty() => Ok(None),
            Step::Zip(inners, false) => Ok(self.next_of_each(&inners)?.map(Value::tuple)),
            Step::Zip(inners, true) => self.zip_strict_next(&inners),
            Step::Call(func, sentinel) => {
                let r = match self.call_value(&func, Vec::new()) {
                    Err(e) if e.is_instance(&TYPES.stop_iteration) => None,
                    r => Some(r?),
                };
                match r {
                    Some(v) if !self.values_eq(&v, &sentinel)? => Ok(Some(v)),
                    _ => {
                        *it.state.lock() = State::Done;
                        Ok(None)
                    }
                }
            }
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

    /// `zip(strict=True)`'s step: as `zip`'s, but when one iterator ends,
    /// the others must end there too (CPython's ValueError names the
    /// first argument found shorter or longer than the ones before it).
    fn zip_strict_next(&mut self, inners: &[Value]) -> PyResult<Option<Value>> {
        let mut items = Vec::with_capacity(inners.len());
        for (i, inner) in inners.iter().enumerate() {
            if let Some(x) = self.next_special(inner)? {
                items.push(x);
                continue;
            }
            if i > 0 {
                return Err(zip_length_error(i, "shorter"));
            }
            for (j, other) in inners.iter().enumerate().skip(1) {
                if self.next_special(other)?.is_some() {
                    return Err(zip_length_error(j, "longer"));
                }
            }
            return Ok(None);
        }
        Ok(Some(Value::tuple(items)))
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

/// "zip() argument 3 is shorter than arguments 1-2": argument `i` (from
/// 0) compared with the ones before it.
fn zip_length_error(i: usize, how: &str) -> PyErr {
    let before = if i == 1 {
        " 1".to_string()
    } else {
        format!("s 1-{i}")
    };
    value_error(format!(
        "zip() argument {} is {how} than argument{before}",
        i + 1
    ))
}
