//! A bug in gilvm (a Rust panic, on any thread) ends the run as an internal
//! error: the panic's message, then what stdout still buffers, then
//! gilvm's own line, and exit status 70 (`EX_SOFTWARE`).
//!
//! Release builds abort on a panic instead of unwinding (`panic = "abort"`
//! in Cargo.toml: without unwinding paths the dispatch loop keeps more of
//! its state in registers, 7-9% fewer instructions on the standard
//! workloads). The hook runs before the abort, so a release build and a
//! debug one end a panicking run the same way, and neither loses what the
//! script printed. Only the `gilvm` command installs it (`cli::main`);
//! library users and tests keep their process's own behaviour.

use std::sync::OnceLock;
use std::thread::ThreadId;

use crate::vm::interrupt;

/// The exit status of a run ended by a bug in gilvm.
pub const EXIT_STATUS: i32 = 70;

/// The thread of the first panic, which ends the process.
static ENDING: OnceLock<ThreadId> = OnceLock::new();

/// Makes every panic end the process as an internal error.
pub fn install_hook() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let me = std::thread::current().id();
        if ENDING.set(me).is_err() {
            if ENDING.get() != Some(&me) {
                // Another thread is ending the process: wait for it
                // rather than abort under it.
                loop {
                    std::thread::park();
                }
            }
            // A panic inside this hook: leave it to the default ending.
            return;
        }
        default(info);
        // Only if its lock is free: the panic may have come from inside
        // a write, on this very thread.
        if let Some(interp) = interrupt::current_run() {
            interp.runtime.try_flush_stdout();
        }
        eprintln!(
            "gilvm: internal error: this is a bug in gilvm; please report it with the script"
        );
        std::process::exit(EXIT_STATUS);
    }));
}

/// Panics when `GILVM_PANIC_FOR_TESTS` is set: how the tests prove that a
/// bug ends a run as `install_hook` says (see `run_code`).
pub fn panic_if_asked() {
    if std::env::var_os("GILVM_PANIC_FOR_TESTS").is_some() {
        panic!("GILVM_PANIC_FOR_TESTS is set");
    }
}
