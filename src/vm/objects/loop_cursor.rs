//! The hidden iterator of a `for` loop.
//!
//! GET_ITER at the head of a `for` loop leaves an iterator on the value
//! stack that only the loop's FOR_ITER reads: no Python code can name it.
//! When the iterable is a range, a list or a tuple, that iterator is a
//! `LoopCursor` owned by its stack slot (a `Box`, not an `Arc`), so a step
//! is a plain increment, with no atomic add and no lock of its own. Those
//! were a fifth of lists.py's run time. An iterator made by `iter()`,
//! which a script can hand to other threads, stays a shared `PyIterator`.

use std::sync::Arc;

use crate::vm::objects::types::{TypeObject, ITERATOR_TYPES};
use crate::vm::value::{PyList, PyTuple, Value};

#[derive(Clone)]
pub enum LoopCursor {
    /// The items `next`, `next + step`, ... (`remaining` of them).
    Range {
        next: i64,
        step: i64,
        remaining: u64,
    },
    /// Reads the live list at each step, as CPython does, so items appended
    /// during the loop are visited. `index` is `usize::MAX` once exhausted:
    /// a list that grows after that is not resumed.
    List {
        list: Arc<PyList>,
        index: usize,
    },
    Tuple {
        tuple: Arc<PyTuple>,
        index: usize,
    },
}

impl LoopCursor {
    /// A cursor over `v`, if it is a range, list or tuple.
    pub fn over(v: &Value) -> Option<LoopCursor> {
        Some(match v {
            Value::Range(r) => LoopCursor::Range {
                next: r.start,
                step: r.step,
                // A range of i64s has fewer than 2**64 items.
                remaining: u64::try_from(r.len()).unwrap_or(u64::MAX),
            },
            Value::List(l) => LoopCursor::List {
                list: l.clone(),
                index: 0,
            },
            Value::Tuple(t) => LoopCursor::Tuple {
                tuple: t.clone(),
                index: 0,
            },
            _ => return None,
        })
    }

    /// The next item, or `None` when the loop is done.
    #[inline(always)]
    pub fn step(&mut self) -> Option<Value> {
        match self {
            LoopCursor::Range {
                next,
                step,
                remaining,
            } => {
                if *remaining == 0 {
                    return None;
                }
                *remaining -= 1;
                let v = *next;
                // Past the last item this may wrap; it is never yielded.
                *next = next.wrapping_add(*step);
                Some(Value::Int(v))
            }
            LoopCursor::List { list, index } => {
                let item = list.items.lock().get(*index).cloned();
                *index = match item {
                    Some(_) => *index + 1,
                    None => usize::MAX,
                };
                item
            }
            LoopCursor::Tuple { tuple, index } => {
                let item = tuple.items.get(*index).cloned();
                *index += 1;
                item
            }
        }
    }

    /// `range_iterator`, `list_iterator` or `tuple_iterator`: what
    /// `iter()` of the same value would be.
    pub fn type_object(&self) -> Arc<TypeObject> {
        let t = &*ITERATOR_TYPES;
        match self {
            LoopCursor::Range { .. } => t.range.clone(),
            LoopCursor::List { .. } => t.list.clone(),
            LoopCursor::Tuple { .. } => t.tuple.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vm::value::PyRange;

    fn drain(mut c: LoopCursor) -> Vec<i64> {
        let mut out = Vec::new();
        while let Some(Value::Int(i)) = c.step() {
            out.push(i);
        }
        out
    }

    fn range(start: i64, stop: i64, step: i64) -> Value {
        Value::Range(Arc::new(PyRange { start, stop, step }))
    }

    #[test]
    fn ranges_step_both_ways_and_end_at_the_edges() {
        let c = |v: Value| LoopCursor::over(&v).expect("a range");
        assert_eq!(drain(c(range(0, 5, 2))), [0, 2, 4]);
        assert_eq!(drain(c(range(5, 0, -2))), [5, 3, 1]);
        assert_eq!(drain(c(range(3, 3, 1))), Vec::<i64>::new());
        assert_eq!(
            drain(c(range(i64::MAX - 1, i64::MAX, 1))),
            [i64::MAX - 1],
            "the step past the last item must not overflow"
        );
    }

    #[test]
    fn a_list_is_read_live_and_stays_exhausted() {
        let v = Value::list(vec![Value::Int(1)]);
        let Value::List(l) = &v else { unreachable!() };
        let mut c = LoopCursor::over(&v).expect("a list");
        assert!(matches!(c.step(), Some(Value::Int(1))));
        l.items.lock().push(Value::Int(2));
        assert!(matches!(c.step(), Some(Value::Int(2))));
        assert!(c.step().is_none());
        l.items.lock().push(Value::Int(3));
        assert!(c.step().is_none(), "an exhausted loop does not resume");
    }
}
