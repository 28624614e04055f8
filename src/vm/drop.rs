//! Dropping deeply nested containers without deep Rust recursion.
//!
//! A list nested a million levels deep (`x = [x]` in a loop) would, dropped
//! naively, recurse once per level and overflow the stack. Instead, the
//! first container dropped on a thread drains a thread-local queue: any
//! container dropped while the queue is being drained only appends its items
//! to it. Recursion depth stays constant; this is CPython's "trashcan" idea.

use std::cell::RefCell;

use crate::vm::value::Value;

thread_local! {
    /// `Some` while this thread is draining; the values waiting to be dropped.
    static PENDING: RefCell<Option<Vec<Value>>> = const { RefCell::new(None) };
}

/// Drops `items`, deferring nested containers to the thread's queue.
pub fn drop_later(items: Vec<Value>) {
    if items.is_empty() {
        return;
    }
    // Values that hold no heap object can be dropped right away.
    if items.iter().all(is_flat) {
        return;
    }
    let mut items = Some(items);
    let became_drainer = PENDING
        .try_with(|p| {
            let mut p = p.borrow_mut();
            match p.as_mut() {
                Some(queue) => {
                    queue.extend(items.take().into_iter().flatten());
                    false
                }
                None => {
                    *p = Some(items.take().unwrap_or_default());
                    true
                }
            }
        })
        .unwrap_or(false);
    if !became_drainer {
        // Either queued, or the thread is shutting down and its
        // thread-local is gone: drop directly (items is `Some` only then).
        drop(items);
        return;
    }
    loop {
        let next = PENDING.with(|p| p.borrow_mut().as_mut().and_then(|q| q.pop()));
        match next {
            Some(v) => drop(v),
            None => break,
        }
    }
    PENDING.with(|p| *p.borrow_mut() = None);
}

fn is_flat(v: &Value) -> bool {
    v.is_leaf()
}

#[cfg(test)]
mod tests {
    use crate::vm::value::Value;

    #[test]
    fn a_million_nested_lists_drop_without_overflow() {
        let mut v = Value::list(vec![]);
        for _ in 0..1_000_000 {
            v = Value::list(vec![v]);
        }
        drop(v);
        let mut t = Value::tuple(vec![]);
        for _ in 0..1_000_000 {
            t = Value::tuple(vec![t, Value::Int(1)]);
        }
        drop(t);
    }
}
