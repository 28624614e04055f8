//! `tuple` objects.

use crate::vm::value::Value;

/// An immutable tuple.
pub struct PyTuple {
    pub items: Box<[Value]>,
}

impl PyTuple {
    pub fn new(items: Vec<Value>) -> PyTuple {
        PyTuple {
            items: items.into_boxed_slice(),
        }
    }
}

impl Drop for PyTuple {
    fn drop(&mut self) {
        crate::vm::drop::drop_later(std::mem::take(&mut self.items).into_vec());
    }
}
