//! `cpython`: CPython 3.2+ (`Python/ceval_gil.c`). A waiter that has
//! waited a whole switch interval with no switch sets the drop request;
//! the holder drops the lock at its next check point and, forced to
//! switch, waits until another thread has taken it. Whoever wakes first
//! gets the lock.

use super::{Requests, SwitchRules};

pub struct CPython;

impl SwitchRules for CPython {
    fn requests(&self) -> Requests {
        Requests::AfterInterval
    }
}
