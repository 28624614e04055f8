//! Classroom limits: `--max-steps N` (instructions, all threads together)
//! and `--timeout DURATION` stop a runaway script with a clear message and
//! exit status 124 (timeout(1)'s), the views written for the run so far.
//!
//! Steps are counted where the dispatch loop already counts (`Vm::
//! legacy_tick`, a slice at a time; deterministic mode exactly, per
//! scheduling slice, so where a seeded run stops is the same every time).
//! The timeout is virtual in deterministic mode, checked at the same
//! points against the virtual clock, and real otherwise, kept by a
//! watchdog thread (`watch`).

use std::sync::{Arc, Weak};
use std::time::Duration;

use crate::vm::Interpreter;

/// The message for a run stopped by `--max-steps`.
pub fn steps_reason(max: u64) -> String {
    format!("gilvm: the run was stopped after {max} instructions (--max-steps {max})\n")
}

/// The message for a run stopped by `--timeout`.
pub fn timeout_reason(timeout: Duration, virtual_clock: bool) -> String {
    let d = humantime::format_duration(timeout);
    let clock = if virtual_clock {
        " of virtual time"
    } else {
        ""
    };
    format!("gilvm: the run was stopped after {d}{clock} (--timeout {d})\n")
}

/// Keeps the wall-clock `--timeout` of a real run: a thread that stops the
/// run when the time is up, unless the run ended first (dropping the
/// returned guard ends the watch).
pub fn watch(interp: &Arc<Interpreter>) -> Option<crossbeam_channel::Sender<()>> {
    let timeout = interp.config.timeout?;
    if interp.runtime.clock.is_virtual() {
        return None;
    }
    let (done, ended) = crossbeam_channel::bounded::<()>(0);
    let target: Weak<Interpreter> = Arc::downgrade(interp);
    std::thread::Builder::new()
        .name("gilvm-timeout".into())
        .spawn(move || {
            if let Err(crossbeam_channel::RecvTimeoutError::Timeout) = ended.recv_timeout(timeout) {
                if let Some(interp) = target.upgrade() {
                    interp.stop_run(timeout_reason(timeout, false));
                }
            }
        })
        .ok()?;
    Some(done)
}
