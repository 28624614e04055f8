//! Iterators over built-in values (`iter()`, `for`, `enumerate`, `zip`).
//!
//! An iterator is shared (`Arc`) and steps under its own small lock, so two
//! threads pulling from one iterator each get distinct items.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use parking_lot::Mutex;

use crate::vm::objects::dict::PyDict;
use crate::vm::objects::exceptions::{runtime_error, try_vec, type_error, PyResult};
use crate::vm::objects::int::i128_value;
use crate::vm::objects::set::PySet;
use crate::vm::objects::types::{type_name, TypeObject, ITERATOR_TYPES};
use crate::vm::objects::views::{DictView, ViewKind};
use crate::vm::value::{PyList, PyStr, PyTuple, Value};

pub struct PyIterator {
    /// Set for iterators over a `range`, the commonest `for` loop: one
    /// atomic add per step instead of locking and unlocking `state`.
    range: Option<RangeCursor>,
    state: Mutex<IterState>,
}

/// Item `i` of a range iterator is `start + i * step` for `i < len`; each
/// `next` claims the next `i`, so threads sharing the iterator still get
/// distinct items.
struct RangeCursor {
    start: i64,
    step: i64,
    len: u64,
    index: AtomicU64,
}

impl RangeCursor {
    #[inline]
    fn next(&self) -> Option<Value> {
        let i = self.index.fetch_add(1, Ordering::Relaxed);
        if i >= self.len {
            // Keep the index from wrapping if `next` is called forever.
            self.index.store(self.len, Ordering::Relaxed);
            return None;
        }
        // In range by construction: the item lies between start and stop.
        let v = self.start as i128 + i as i128 * self.step as i128;
        Some(Value::Int(v as i64))
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum DictPart {
    Keys,
    Values,
    Items,
}

enum IterState {
    List {
        list: Arc<PyList>,
        index: usize,
    },
    ListReversed {
        list: Arc<PyList>,
        /// Index of the next item plus one; 0 when done.
        next: usize,
    },
    Tuple {
        tuple: Arc<PyTuple>,
        index: usize,
    },
    Str {
        s: Arc<PyStr>,
        byte: usize,
    },
    Range {
        next: i64,
        remaining: i128,
        step: i64,
    },
    Dict {
        dict: Arc<PyDict>,
        index: usize,
        len: usize,
        part: DictPart,
    },
    /// A set in slot order, from `slot` (`usize::MAX` once exhausted);
    /// `len` is its size when the iterator was made, `usize::MAX` once a
    /// change of size was reported (which sticks, as in CPython).
    Set {
        set: Arc<PySet>,
        slot: usize,
        len: usize,
    },
    Enumerate {
        inner: Arc<PyIterator>,
        /// Wider than an int so that `enumerate(xs, 2**63 - 1)` yields its
        /// first item before overflowing.
        count: i128,
    },
    Zip {
        inners: Vec<Arc<PyIterator>>,
    },
    Done,
}

/// `zip(zip(zip(...)))` 300,000 deep must not drop recursively: the inner
/// iterators go to the thread's drop queue (`drop::drop_later`).
impl Drop for PyIterator {
    fn drop(&mut self) {
        let inners = match std::mem::replace(self.state.get_mut(), IterState::Done) {
            IterState::Enumerate { inner, .. } => vec![Value::Iterator(inner)],
            IterState::Zip { inners } => inners.into_iter().map(Value::Iterator).collect(),
            _ => return,
        };
        crate::vm::drop::drop_later(inners);
    }
}

impl PyIterator {
    fn new(state: IterState) -> Arc<PyIterator> {
        Arc::new(PyIterator {
            range: None,
            state: Mutex::new(state),
        })
    }

    pub fn enumerate(inner: Arc<PyIterator>, start: i64) -> Arc<PyIterator> {
        PyIterator::new(IterState::Enumerate {
            inner,
            count: start as i128,
        })
    }

    pub fn zip(inners: Vec<Arc<PyIterator>>) -> Arc<PyIterator> {
        PyIterator::new(IterState::Zip { inners })
    }

    pub fn reversed_list(list: Arc<PyList>) -> Arc<PyIterator> {
        let next = list.items.lock().len();
        PyIterator::new(IterState::ListReversed { list, next })
    }

    pub fn over_values(items: Vec<Value>) -> Arc<PyIterator> {
        PyIterator::new(IterState::Tuple {
            tuple: Arc::new(PyTuple::new(items)),
            index: 0,
        })
    }

    pub fn dict(dict: Arc<PyDict>, part: DictPart) -> Arc<PyIterator> {
        let len = dict.len();
        PyIterator::new(IterState::Dict {
            dict,
            index: 0,
            len,
            part,
        })
    }

    pub fn type_object(&self) -> Arc<TypeObject> {
        let t = &*ITERATOR_TYPES;
        match &*self.state.lock() {
            IterState::List { .. } | IterState::Done => t.list.clone(),
            IterState::ListReversed { .. } => t.reversed.clone(),
            IterState::Tuple { .. } => t.tuple.clone(),
            IterState::Str { .. } => t.str.clone(),
            IterState::Range { .. } => t.range.clone(),
            IterState::Dict { part, .. } => match part {
                DictPart::Keys => t.dict_keys.clone(),
                DictPart::Values => t.dict_values.clone(),
                DictPart::Items => t.dict_items.clone(),
            },
            IterState::Set { .. } => t.set.clone(),
            IterState::Enumerate { .. } => t.enumerate.clone(),
            IterState::Zip { .. } => t.zip.clone(),
        }
    }

    /// The next item, or `None` when exhausted.
    pub fn next(&self) -> PyResult<Option<Value>> {
        if let Some(r) = &self.range {
            return Ok(r.next());
        }
        let mut state = self.state.lock();
        match &mut *state {
            IterState::List { list, index } => {
                let item = list.items.lock().get(*index).cloned();
                match item {
                    Some(v) => {
                        *index += 1;
                        Ok(Some(v))
                    }
                    None => {
                        *state = IterState::Done;
                        Ok(None)
                    }
                }
            }
            IterState::ListReversed { list, next } => {
                let items = list.items.lock();
                if *next == 0 || *next > items.len() {
                    drop(items);
                    *state = IterState::Done;
                    return Ok(None);
                }
                *next -= 1;
                Ok(Some(items[*next].clone()))
            }
            IterState::Tuple { tuple, index } => match tuple.items.get(*index) {
                Some(v) => {
                    *index += 1;
                    Ok(Some(v.clone()))
                }
                None => {
                    *state = IterState::Done;
                    Ok(None)
                }
            },
            IterState::Str { s, byte } => match s.as_str()[*byte..].chars().next() {
                Some(c) => {
                    *byte += c.len_utf8();
                    Ok(Some(Value::str(c.encode_utf8(&mut [0; 4]))))
                }
                None => {
                    *state = IterState::Done;
                    Ok(None)
                }
            },
            IterState::Range {
                next,
                remaining,
                step,
            } => {
                if *remaining <= 0 {
                    return Ok(None);
                }
                let v = *next;
                *remaining -= 1;
                *next = next.wrapping_add(*step);
                Ok(Some(Value::Int(v)))
            }
            IterState::Dict {
                dict,
                index,
                len,
                part,
            } => {
                if dict.len() != *len {
                    *len = usize::MAX;
                    return Err(runtime_error("dictionary changed size during iteration"));
                }
                if *part == DictPart::Items {
                    return Ok(Self::pair_step(&mut state)?.map(|(k, v)| Value::tuple(vec![k, v])));
                }
                match dict.entry_from(*index) {
                    Some((next, k, v)) => {
                        *index = next;
                        Ok(Some(match part {
                            DictPart::Keys => k,
                            _ => v,
                        }))
                    }
                    None => {
                        *state = IterState::Done;
                        Ok(None)
                    }
                }
            }
            IterState::Set { set, slot, len } => {
                if *slot == usize::MAX {
                    return Ok(None);
                }
                let step = set.read(|t| (t.len() == *len).then(|| t.next_from(*slot)));
                match step {
                    None => {
                        *len = usize::MAX;
                        Err(runtime_error("Set changed size during iteration"))
                    }
                    Some(Some((next, v))) => {
                        *slot = next;
                        Ok(Some(v))
                    }
                    Some(None) => {
                        // Exhausted for good, even if the set grows.
                        *slot = usize::MAX;
                        Ok(None)
                    }
                }
            }
            IterState::Enumerate { .. } => {
                Ok(Self::pair_step(&mut state)?.map(|(a, b)| Value::tuple(vec![a, b])))
            }
            IterState::Zip { inners } => {
                if inners.is_empty() {
                    return Ok(None);
                }
                crate::vm::call::check_thread_stack()?;
                let mut items = Vec::with_capacity(inners.len());
                for it in inners.iter() {
                    match it.next()? {
                        Some(v) => items.push(v),
                        None => {
                            *state = IterState::Done;
                            return Ok(None);
                        }
                    }
                }
                Ok(Some(Value::tuple(items)))
            }
            IterState::Done => Ok(None),
        }
    }
}

/// What `for a, b in it` takes at each step: `enumerate` and
/// `dict.items()` hand over the two halves of the pair without building
/// the tuple that UNPACK_SEQUENCE would take apart at once.
pub enum PairStep {
    Pair(Value, Value),
    Done,
    /// Not an iterator of pairs: take the item with `next`.
    NotPairs,
}

impl PyIterator {
    /// The next pair, if this iterator yields pairs (see `PairStep`).
    pub fn next_pair(&self) -> PyResult<PairStep> {
        if self.range.is_some() {
            return Ok(PairStep::NotPairs);
        }
        let mut state = self.state.lock();
        match &*state {
            IterState::Enumerate { .. }
            | IterState::Dict {
                part: DictPart::Items,
                ..
            } => Ok(match Self::pair_step(&mut state)? {
                Some((a, b)) => PairStep::Pair(a, b),
                None => PairStep::Done,
            }),
            _ => Ok(PairStep::NotPairs),
        }
    }

    /// One step of an `enumerate` or a `dict.items()` iterator (the dict's
    /// size already checked); `None` when exhausted.
    fn pair_step(state: &mut IterState) -> PyResult<Option<(Value, Value)>> {
        match state {
            IterState::Enumerate { inner, count } => {
                crate::vm::call::check_thread_stack()?;
                match inner.next()? {
                    Some(v) => {
                        let i = i128_value(*count);
                        *count += 1;
                        Ok(Some((i, v)))
                    }
                    None => Ok(None),
                }
            }
            IterState::Dict {
                dict, index, len, ..
            } => {
                if dict.len() != *len {
                    *len = usize::MAX;
                    return Err(runtime_error("dictionary changed size during iteration"));
                }
                match dict.entry_from(*index) {
                    Some((next, k, v)) => {
                        *index = next;
                        Ok(Some((k, v)))
                    }
                    None => {
                        *state = IterState::Done;
                        Ok(None)
                    }
                }
            }
            _ => Ok(None),
        }
    }
}

/// `iter(v)`.
pub fn iterate(v: &Value) -> PyResult<Arc<PyIterator>> {
    Ok(match v {
        Value::List(l) => PyIterator::new(IterState::List {
            list: l.clone(),
            index: 0,
        }),
        Value::Tuple(t) => PyIterator::new(IterState::Tuple {
            tuple: t.clone(),
            index: 0,
        }),
        Value::Str(s) => PyIterator::new(IterState::Str {
            s: s.clone(),
            byte: 0,
        }),
        // Iterated as a heap string: one allocation per loop, not per step.
        Value::ShortStr(s) => PyIterator::new(IterState::Str {
            s: Arc::new(PyStr::new(s.as_str().to_string())),
            byte: 0,
        }),
        Value::Range(r) => Arc::new(PyIterator {
            range: Some(RangeCursor {
                start: r.start,
                step: r.step,
                len: u64::try_from(r.len()).unwrap_or(u64::MAX),
                index: AtomicU64::new(0),
            }),
            // Only its kind is read (for `type()`); the cursor iterates.
            state: Mutex::new(IterState::Range {
                next: r.start,
                remaining: r.len(),
                step: r.step,
            }),
        }),
        Value::Dict(d) => PyIterator::dict(d.clone(), DictPart::Keys),
        Value::Set(set) => PyIterator::new(IterState::Set {
            set: set.clone(),
            slot: 0,
            len: set.len(),
        }),
        Value::Iterator(it) => it.clone(),
        Value::Native(n) => match n.as_any().downcast_ref::<DictView>() {
            Some(view) => PyIterator::dict(
                view.dict.clone(),
                match view.kind {
                    ViewKind::Keys => DictPart::Keys,
                    ViewKind::Values => DictPart::Values,
                    ViewKind::Items => DictPart::Items,
                },
            ),
            None => match n.items() {
                Some(items) => return iterate(&Value::list(items)),
                None => return Err(not_iterable(v)),
            },
        },
        _ => return Err(not_iterable(v)),
    })
}

fn not_iterable(v: &Value) -> crate::vm::objects::exceptions::PyErr {
    type_error(format!("'{}' object is not iterable", type_name(v)))
}

/// All items of an iterable, in order.
pub fn collect(v: &Value) -> PyResult<Vec<Value>> {
    match v {
        Value::List(l) => Ok(l.snapshot()),
        Value::Tuple(t) => Ok(t.items.to_vec()),
        _ => {
            let it = iterate(v)?;
            // A range knows its length: refuse a huge one up front rather
            // than grinding until the allocator gives up.
            if let Value::Range(r) = v {
                let mut out = try_vec(usize::try_from(r.len()).unwrap_or(usize::MAX))?;
                while let Some(x) = it.next()? {
                    out.push(x);
                }
                return Ok(out);
            }
            let mut out = Vec::new();
            while let Some(x) = it.next()? {
                out.push(x);
            }
            Ok(out)
        }
    }
}
