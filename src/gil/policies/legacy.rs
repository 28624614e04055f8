//! `legacy`: CPython 2's GIL. No drop requests: every `check_interval`
//! instructions the holder releases the lock and asks for it again at
//! once; on a multicore machine it usually wins it back, the convoy
//! effect David Beazley measured.

use super::{Requests, SwitchRules};

pub struct Legacy;

impl SwitchRules for Legacy {
    fn requests(&self) -> Requests {
        Requests::Never
    }

    fn counts_instructions(&self) -> bool {
        true
    }

    /// Deterministic mode's model of the race for the released lock.
    fn holder_wins_percent(&self) -> u64 {
        90
    }
}
