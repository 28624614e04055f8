//! `fifo`: CPython's drop requests with a fair lock: each switch hands the
//! GIL to the thread that has waited longest, so no thread can win the
//! lock straight back while others wait (no convoy of one).

use super::{Requests, SwitchRules};

pub struct Fifo;

impl SwitchRules for Fifo {
    fn hands_off_in_order(&self) -> bool {
        true
    }

    fn requests(&self) -> Requests {
        Requests::AfterInterval
    }
}
