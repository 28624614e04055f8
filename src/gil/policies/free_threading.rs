//! `none`: free-threading (PEP 703). No global lock: threads run in
//! parallel, and each object's own lock makes single operations atomic.
//! In deterministic mode, where one thread runs at a time, any runnable
//! thread may go next at preemption points about every 150 instructions,
//! standing for the interleavings parallel threads produce.

use super::{Requests, SwitchRules};

pub struct FreeThreading;

impl SwitchRules for FreeThreading {
    fn has_lock(&self) -> bool {
        false
    }

    fn requests(&self) -> Requests {
        Requests::Never
    }

    fn mean_preemption_quantum(&self) -> u64 {
        150
    }
}
