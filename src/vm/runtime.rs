//! The run: what every interpreter of one `gilvm run` shares.
//!
//! A `Runtime` sits above the interpreters, as Lua's `global_State` sits
//! above its `lua_State`s: the clock (real, or virtual in deterministic
//! mode), the trace recorder, the table of every thread (which is where
//! deadlocks are found), the output, and the run-wide counters. An
//! `Interpreter` (globals, modules, its own GIL and policy) lives under one
//! and reaches it through `Interpreter::runtime`. The script runs in
//! interpreter 0; `_interpreters.create()` (under `concurrent.interpreters`,
//! `multiprocessing` and `ProcessPoolExecutor`) makes more under the same
//! runtime, each with its own lock (in deterministic mode they share the
//! one baton, so the whole run stays one reproducible schedule), each a
//! lane group in the trace.

use std::io::Write;
use std::sync::atomic::{AtomicBool, AtomicU32, AtomicU64, Ordering};
use std::sync::Arc;

use parking_lot::Mutex;

use crate::trace::recorder::{Clock, Recorder};
use crate::trace::{EventKind, Lane};
use crate::vm::address;
use crate::vm::threads::ThreadTable;
use crate::vm::Output;

pub struct Runtime {
    /// The run's one clock; the schedulers read the same one.
    pub clock: Clock,
    /// The trace of the run, when `Config::record` is set.
    pub recorder: Option<Arc<Recorder>>,
    /// Every thread of the run, its state and what it waits for: joins,
    /// deadlock detection and the shutdown wait read it.
    pub threads: Arc<ThreadTable>,
    output: Mutex<Output>,
    captured_stderr: Mutex<String>,
    /// Set once Ctrl-C has interrupted the run (`interrupt`).
    pub interrupted: AtomicBool,
    /// Instructions run so far, all threads, when `--max-steps` is set
    /// (counted a slice at a time).
    pub steps: AtomicU64,
    /// Numbers given to instances, for the stand-in addresses of their
    /// default repr in deterministic runs.
    serials: AtomicU64,
    /// The addresses shown in a deterministic run (`address`); `None` in
    /// a normal run, which shows real ones.
    pub stand_ins: Option<address::StandIns>,
    /// Interpreters made so far (the main one is 0).
    interpreters: AtomicU32,
    /// Values sent between interpreters so far: each one's trace id.
    messages: AtomicU64,
    /// The interpreters made after the main one, by number; emptied when
    /// the main thread finishes (they hold the runtime too).
    pub subinterpreters: Mutex<Vec<Arc<crate::vm::Interpreter>>>,
    /// Every interpreter's lock, to stop them all at the end of the run.
    pub gils: Mutex<Vec<Arc<crate::gil::Gil>>>,
    /// Every instruction run, in order, when the run logs them
    /// (`Config::log_steps`, for `explore --explain`).
    pub step_log: Mutex<Option<Vec<LoggedStep>>>,
    /// The script's code, which another interpreter runs as `__mp_main__`
    /// to find the script's functions and classes (`crossing`).
    pub main_code: std::sync::OnceLock<Arc<crate::bytecode::CodeObject>>,
}

/// One instruction a thread ran, as `explore --explain` shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoggedStep {
    pub thread: crate::gil::ThreadNum,
    /// Its source line; 0 in the library's code.
    pub line: u32,
    /// `LOAD_GLOBAL counter`.
    pub text: String,
}

impl Runtime {
    /// A run on the virtual clock when `deterministic`, else the wall
    /// clock, traced when `record`.
    pub fn new(deterministic: bool, record: bool, output: Output) -> Arc<Runtime> {
        let clock = Clock::for_run(deterministic);
        let recorder = record.then(|| Arc::new(Recorder::new(clock.clone())));
        let threads = Arc::new(ThreadTable::default());
        threads
            .deterministic
            .store(deterministic, Ordering::Relaxed);
        Arc::new(Runtime {
            clock,
            recorder,
            threads,
            output: Mutex::new(output),
            captured_stderr: Mutex::new(String::new()),
            interrupted: AtomicBool::new(false),
            steps: AtomicU64::new(0),
            serials: AtomicU64::new(0),
            stand_ins: deterministic.then(address::StandIns::default),
            interpreters: AtomicU32::new(0),
            messages: AtomicU64::new(0),
            subinterpreters: Mutex::new(Vec::new()),
            gils: Mutex::new(Vec::new()),
            main_code: std::sync::OnceLock::new(),
            step_log: Mutex::new(None),
        })
    }

    /// Sets `bit` in every interpreter's eval breaker and wakes whatever
    /// their schedulers parked: the run is ending.
    pub fn abort_all(&self, bit: u32) {
        for gil in self.gils.lock().iter() {
            gil.eval_breaker.fetch_or(bit, Ordering::Release);
            gil.abort();
        }
    }

    /// The interpreter numbered `id`, if it is a live subinterpreter.
    pub fn subinterpreter(&self, id: u32) -> Option<Arc<crate::vm::Interpreter>> {
        self.subinterpreters
            .lock()
            .iter()
            .find(|i| i.id == id)
            .cloned()
    }

    /// A new id for a value crossing between interpreters (the trace's
    /// arrows).
    pub fn next_message(&self) -> u64 {
        self.messages.fetch_add(1, Ordering::Relaxed) + 1
    }

    /// The number of the next interpreter made under this run.
    pub fn next_interpreter(&self) -> u32 {
        self.interpreters.fetch_add(1, Ordering::Relaxed)
    }

    /// Records a trace event on `lane`, if the run is traced. In
    /// deterministic mode nothing is recorded once the run is being torn
    /// down (after a deadlock report threads unwind in OS order).
    pub fn emit(&self, lane: Lane, kind: EventKind) {
        if let Some(r) = &self.recorder {
            if self.clock.is_virtual() && self.threads.abort.load(Ordering::Acquire) {
                return;
            }
            r.emit_on(lane, kind);
        }
    }

    /// A new instance's serial number.
    pub fn next_serial(&self) -> u64 {
        self.serials.fetch_add(1, Ordering::Relaxed) + 1
    }

    pub fn write_stdout(&self, s: &str) -> std::io::Result<()> {
        self.output.lock().write_str(s)
    }

    /// Writes to stderr (thread tracebacks), keeping order with stdout:
    /// stdout is flushed first. Captured runs collect it instead.
    pub fn write_stderr(&self, s: &str) {
        let mut out = self.output.lock();
        match &mut *out {
            Output::Capture(_) => self.captured_stderr.lock().push_str(s),
            Output::Stdout { .. } => {
                // Order first; a failure is the next print's to report.
                let _ = out.flush();
                let mut err = std::io::stderr().lock();
                let _ = err.write_all(s.as_bytes());
                let _ = err.flush();
            }
        }
    }

    /// What was written to stderr, when the output is captured.
    pub fn captured_stderr(&self) -> String {
        self.captured_stderr.lock().clone()
    }

    pub fn flush_stdout(&self) -> std::io::Result<()> {
        self.output.lock().flush()
    }

    /// Flushes stdout unless another thread is writing to it (at a forced
    /// exit, which must not wait).
    pub fn try_flush_stdout(&self) {
        if let Some(mut out) = self.output.try_lock() {
            let _ = out.flush();
        }
    }

    /// What was printed, when the output is captured.
    pub fn captured_stdout(&self) -> String {
        match &*self.output.lock() {
            Output::Capture(buf) => String::from_utf8_lossy(buf).into_owned(),
            Output::Stdout { .. } => String::new(),
        }
    }
}
