//! The switch policies: one file each, read by both schedulers (the real
//! lock in `gil/mod.rs` and the deterministic baton in `gil/baton.rs`).
//!
//! A policy answers the questions where interpreters differ: is there a
//! lock at all, who gets it next, how a waiting thread gets the holder to
//! let go, and whether instructions count. The schedulers hold the
//! mechanism (mutex and condition variables, or the virtual clock and the
//! seeded choices). To add a policy: a file here with a `SwitchRules`, its
//! variant and CLI name in `Policy`, and its line in `Policy::rules`.

use std::fmt;
use std::str::FromStr;
use std::time::Duration;

mod cpython;
mod fifo;
mod free_threading;
mod legacy;
mod ruby;

/// How a waiting thread gets the holder to let go of the lock.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Requests {
    /// After waiting a whole switch interval with no switch meanwhile, the
    /// waiter sets the drop request (CPython 3.2+'s `ceval_gil.c`).
    AfterInterval,
    /// A timer sets it on every boundary of this quantum while someone
    /// waits (MRI's timer thread).
    EveryQuantum(Duration),
    /// Never: the holder lets go at its own check interval (CPython 2).
    Never,
}

/// What a policy decides; the schedulers do the rest.
pub trait SwitchRules: Sync {
    /// Whether there is a lock at all (free-threading has none).
    fn has_lock(&self) -> bool {
        true
    }

    /// Whether the lock goes to the longest waiter (a fair lock), rather
    /// than to whichever waiter wakes first (the OS decides; in
    /// deterministic mode, the seed).
    fn hands_off_in_order(&self) -> bool {
        false
    }

    /// How a waiting thread asks the holder to let go.
    fn requests(&self) -> Requests;

    /// Whether every instruction counts down toward a switch: the holder
    /// releases and re-takes the lock every `check_interval` instructions.
    fn counts_instructions(&self) -> bool {
        false
    }

    /// Deterministic mode, with `counts_instructions`: the chance, out of
    /// 100, that the releasing thread wins the lock straight back at its
    /// check interval (it usually did on a multicore machine).
    fn holder_wins_percent(&self) -> u64 {
        0
    }

    /// Deterministic mode, without a lock: the mean number of instructions
    /// between the points where another runnable thread may go next.
    fn mean_preemption_quantum(&self) -> u64 {
        0
    }
}

/// The policies, by the name the command line gives them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Policy {
    /// CPython 3.2+: interval, drop request, forced switching.
    CPython,
    /// CPython 2: release and re-acquire every `check_interval` instructions.
    Legacy,
    /// A fair lock: each switch hands the GIL to the longest waiter.
    Fifo,
    /// MRI's GVL: a timer requests a switch every 100 ms; FIFO hand-off.
    Ruby,
    /// Free-threading: no global lock.
    None,
}

impl Policy {
    pub const ALL: [Policy; 5] = [
        Policy::CPython,
        Policy::Legacy,
        Policy::Fifo,
        Policy::Ruby,
        Policy::None,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Policy::CPython => "cpython",
            Policy::Legacy => "legacy",
            Policy::Fifo => "fifo",
            Policy::Ruby => "ruby",
            Policy::None => "none",
        }
    }

    /// The policy's decisions.
    pub fn rules(self) -> &'static dyn SwitchRules {
        match self {
            Policy::CPython => &cpython::CPython,
            Policy::Legacy => &legacy::Legacy,
            Policy::Fifo => &fifo::Fifo,
            Policy::Ruby => &ruby::Ruby,
            Policy::None => &free_threading::FreeThreading,
        }
    }

    /// Whether every instruction counts down toward a switch (`legacy`).
    pub fn counts_instructions(self) -> bool {
        self.rules().counts_instructions()
    }
}

impl fmt::Display for Policy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Policy {
    type Err = String;

    fn from_str(s: &str) -> Result<Policy, String> {
        Policy::ALL
            .into_iter()
            .find(|p| p.name() == s)
            .ok_or_else(|| {
                format!("unknown GIL policy '{s}' (expected cpython, legacy, fifo, ruby or none)")
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn policies_parse_by_name() {
        for p in Policy::ALL {
            assert_eq!(p.name().parse::<Policy>(), Ok(p));
        }
        assert!("gil".parse::<Policy>().is_err());
    }
}
