//! `list` objects, and the lock every mutable container carries.

use crate::vm::value::Value;

/// The lock inside a mutable container (list, dict). Uncontended, which
/// is the rule under every GIL policy, a spin lock's unlock is a plain
/// store, where `parking_lot`'s is a second atomic read-modify-write; on
/// lists.py that was 10% of the run. Critical sections are a few instructions and never
/// call back into Python, so a waiter (only with `--gil none`) spins
/// briefly, yielding to the OS scheduler between tries.
pub type ObjectLock<T> = spin::mutex::SpinMutex<T, spin::Yield>;

/// A list: a vector behind its own lock.
pub struct PyList {
    pub items: ObjectLock<Vec<Value>>,
}

impl PyList {
    pub fn new(items: Vec<Value>) -> PyList {
        PyList {
            items: ObjectLock::new(items),
        }
    }

    /// A copy of the items, so that no lock is held while they are compared,
    /// printed or iterated by code that might touch this list again.
    pub fn snapshot(&self) -> Vec<Value> {
        self.items.lock().clone()
    }
}

impl Drop for PyList {
    fn drop(&mut self) {
        crate::vm::drop::drop_later(std::mem::take(self.items.get_mut()));
    }
}
