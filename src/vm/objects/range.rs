//! `range` and `slice` objects.

use crate::vm::objects::exceptions::{int_overflow, overflow_error, PyResult};
use crate::vm::value::Value;

/// `range(start, stop, step)`; step is never zero.
#[derive(Debug, Clone, Copy)]
pub struct PyRange {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl PyRange {
    /// The exact length: `range(-2**63, 2**63 - 1)` has more items than an
    /// `i64` can count.
    pub fn len(&self) -> i128 {
        let (lo, hi, step) = if self.step > 0 {
            (self.start as i128, self.stop as i128, self.step as i128)
        } else {
            (self.stop as i128, self.start as i128, -(self.step as i128))
        };
        if lo >= hi {
            0
        } else {
            (hi - lo - 1) / step + 1
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The length as a Python `len()`, which must fit a machine word.
    pub fn len_checked(&self) -> PyResult<i64> {
        i64::try_from(self.len())
            .map_err(|_| overflow_error("Python int too large to convert to C ssize_t"))
    }

    /// Item `i` (which may be one past either end, for slicing), or
    /// `OverflowError` when it leaves the 64-bit ints.
    pub fn get(&self, i: i64) -> PyResult<i64> {
        i64::try_from(self.start as i128 + i as i128 * self.step as i128)
            .map_err(|_| int_overflow())
    }
}

/// `slice(start, stop, step)` with each part possibly None.
#[derive(Debug)]
pub struct PySlice {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}
