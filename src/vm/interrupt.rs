//! Ctrl-C, as CPython handles it: the main thread gets `KeyboardInterrupt`
//! at its next check point, and a wait it is blocked in (`join`, `sleep`,
//! `Lock.acquire`, `Queue.get`, `Event.wait`, the wait for other threads
//! at exit) ends at once with it. The run then ends as any run ends: the
//! traceback printed, stdout flushed, every view written (marked as
//! interrupted), exit status 130 when nothing catches it.
//!
//! A second Ctrl-C interrupts the main thread again (a script that caught
//! the first, or the wait for non-daemon threads at exit), and the
//! process ends a moment later whatever it is doing; a third ends it at
//! once. Only `gilvm run` installs the handler (`install`): library users
//! and tests keep the default behaviour of their process.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock, Weak};
use std::time::Duration;

use crate::vm::Interpreter;

/// Eval-breaker bit: Ctrl-C was pressed; the main thread must raise
/// `KeyboardInterrupt` at its next check point.
pub const INTERRUPT: u32 = 8;

/// The exit status of a run ended by Ctrl-C (128 + SIGINT), as CPython's.
pub const EXIT_STATUS: i32 = 130;

/// How long the process waits, after a second Ctrl-C, for the run to end
/// by itself before it ends the process.
const GRACE: Duration = Duration::from_secs(2);

/// The run that Ctrl-C interrupts.
static TARGET: Mutex<Option<Weak<Interpreter>>> = Mutex::new(None);
/// Ctrl-C presses so far.
static PRESSES: AtomicUsize = AtomicUsize::new(0);
/// Whether the signal handler is in place.
static INSTALLED: OnceLock<bool> = OnceLock::new();

/// Makes Ctrl-C interrupt `interp` (the one run of `gilvm run`). Returns
/// false if the handler could not be installed (Ctrl-C then kills the
/// process, as without gilvm's handling).
pub fn install(interp: &Arc<Interpreter>) -> bool {
    if let Ok(mut target) = TARGET.lock() {
        *target = Some(Arc::downgrade(interp));
    }
    *INSTALLED.get_or_init(|| ctrlc::set_handler(on_ctrl_c).is_ok())
}

/// The run of `gilvm run`, while it lasts (`install`).
pub(crate) fn current_run() -> Option<Arc<Interpreter>> {
    TARGET
        .lock()
        .ok()
        .and_then(|t| t.as_ref().and_then(Weak::upgrade))
}

/// Runs on the handler's own thread (not in signal context), so it may
/// take locks.
fn on_ctrl_c() {
    let presses = PRESSES.fetch_add(1, Ordering::SeqCst) + 1;
    match (presses, current_run()) {
        (1, Some(interp)) => interp.interrupt_main(),
        (2, Some(interp)) => {
            interp.interrupt_main();
            drop(interp);
            std::thread::sleep(GRACE);
            end_process();
        }
        _ => end_process(),
    }
}

/// Ends the process now, saving what stdout still buffers if its lock can
/// be had.
fn end_process() -> ! {
    if let Some(interp) = current_run() {
        interp.runtime.try_flush_stdout();
    }
    eprintln!("KeyboardInterrupt");
    std::process::exit(EXIT_STATUS);
}
