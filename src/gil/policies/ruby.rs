//! `ruby`: MRI's GVL. A timer thread asks the holder to yield on every
//! 100 ms quantum while anyone waits, and the GVL goes to the threads in
//! the order they asked for it.

use std::time::Duration;

use super::{Requests, SwitchRules};

/// MRI's time quantum.
const QUANTUM: Duration = Duration::from_millis(100);

pub struct Ruby;

impl SwitchRules for Ruby {
    fn hands_off_in_order(&self) -> bool {
        true
    }

    fn requests(&self) -> Requests {
        Requests::EveryQuantum(QUANTUM)
    }
}
