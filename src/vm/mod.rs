//! The virtual machine: an interpreter shared by all threads of a run, and
//! one `Vm` per thread holding that thread's value stack and frames.
//!
//! Files, one concept each: `value` (what a value is), `types`, `exceptions`,
//! `dict`, `iter`, `views`, `ops` (operators), `subscript`, `repr`,
//! `format` (number and string formatting), `native` (Rust callables),
//! `builtins`, `methods` (of built-in types), `modules` (`sys`, `time`),
//! `call` (calling conventions), `eval` (the dispatch loop), `drop`.

pub mod builtins;
pub mod call;
pub mod dict;
pub mod drop;
pub mod eval;
pub mod exceptions;
pub mod format;
pub mod iter;
pub mod methods;
pub mod modules;
pub mod native;
pub mod ops;
pub mod repr;
pub mod subscript;
pub mod types;
pub mod value;
pub mod views;

use std::io::{IsTerminal, Write};
use std::sync::atomic::{AtomicU32, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Instant;

use parking_lot::Mutex;

use crate::bytecode::CodeObject;
use crate::vm::eval::{Block, Frame};
use crate::vm::exceptions::{PyErr, PyResult};
use crate::vm::types::TYPES;
use crate::vm::value::{Globals, Value};

/// Where `print` writes.
pub enum Output {
    /// The process's stdout, flushed per line on a terminal and at exit
    /// (or before anything is written to stderr) otherwise.
    Stdout {
        out: std::io::BufWriter<std::io::Stdout>,
        line_buffered: bool,
    },
    /// Captured in memory (library use and tests).
    Capture(Vec<u8>),
}

impl Output {
    pub fn stdout() -> Output {
        Output::Stdout {
            out: std::io::BufWriter::with_capacity(1 << 16, std::io::stdout()),
            line_buffered: std::io::stdout().is_terminal(),
        }
    }

    pub fn write_str(&mut self, s: &str) {
        match self {
            Output::Stdout { out, line_buffered } => {
                // A closed pipe must not abort the run; CPython also keeps
                // going until it flushes.
                let _ = out.write_all(s.as_bytes());
                if *line_buffered && s.contains('\n') {
                    let _ = out.flush();
                }
            }
            Output::Capture(buf) => buf.extend_from_slice(s.as_bytes()),
        }
    }

    pub fn flush(&mut self) {
        if let Output::Stdout { out, .. } = self {
            let _ = out.flush();
        }
    }
}

/// Settings of one run.
#[derive(Debug, Clone)]
pub struct Config {
    /// `sys.argv`: the script path, then its arguments.
    pub argv: Vec<String>,
}

/// State shared by every thread of one run.
pub struct Interpreter {
    pub config: Config,
    pub output: Mutex<Output>,
    pub recursion_limit: AtomicUsize,
    /// `sys.getswitchinterval()` in nanoseconds (used by the GIL).
    pub switch_interval_ns: AtomicUsize,
    pub start: Instant,
    modules: Mutex<Vec<(String, Value)>>,
}

impl Interpreter {
    pub fn new(config: Config, output: Output) -> Arc<Interpreter> {
        Arc::new(Interpreter {
            config,
            output: Mutex::new(output),
            recursion_limit: AtomicUsize::new(1000),
            switch_interval_ns: AtomicUsize::new(5_000_000),
            start: Instant::now(),
            modules: Mutex::new(Vec::new()),
        })
    }

    pub fn write_stdout(&self, s: &str) {
        self.output.lock().write_str(s);
    }

    pub fn flush_stdout(&self) {
        self.output.lock().flush();
    }

    /// What was printed, when the output is captured.
    pub fn captured_stdout(&self) -> String {
        match &*self.output.lock() {
            Output::Capture(buf) => String::from_utf8_lossy(buf).into_owned(),
            Output::Stdout { .. } => String::new(),
        }
    }

    /// The built-in module `name`, created on first import.
    pub fn import(self: &Arc<Self>, name: &str) -> Option<Value> {
        let mut modules = self.modules.lock();
        if let Some((_, m)) = modules.iter().find(|(n, _)| n == name) {
            return Some(m.clone());
        }
        let m = modules::create(self, name)?;
        modules.push((name.to_string(), m.clone()));
        Some(m)
    }
}

/// One thread's interpreter state: its value stack (locals live at the
/// bottom of each frame's region), frames, handler blocks and the stack of
/// exceptions being handled.
pub struct Vm {
    pub interp: Arc<Interpreter>,
    pub(crate) stack: Vec<Value>,
    pub(crate) frames: Vec<Frame>,
    pub(crate) blocks: Vec<Block>,
    pub(crate) exc_info: Vec<Value>,
    /// Reused argument buffer for calls into Rust, so calls do not allocate.
    pub(crate) arg_buf: Vec<Value>,
    /// Set by a re-raise so the frame doing it is not listed twice.
    pub(crate) reraising: bool,
    /// The eval breaker: bits other threads set to ask this one to stop at
    /// its next check point (a GIL drop request, for one).
    pub eval_breaker: Arc<AtomicU32>,
    /// How many dispatch loops are nested on the Rust stack (a builtin such
    /// as `sorted(key=f)` calling back into Python starts one), and where
    /// the outermost began: see `call::NATIVE_STACK_BUDGET`.
    pub(crate) nested_runs: usize,
    pub(crate) nested_runs_base: usize,
}

impl Vm {
    pub fn new(interp: Arc<Interpreter>) -> Vm {
        Vm {
            interp,
            stack: Vec::with_capacity(1024),
            frames: Vec::with_capacity(64),
            blocks: Vec::with_capacity(64),
            exc_info: Vec::new(),
            arg_buf: Vec::with_capacity(16),
            reraising: false,
            eval_breaker: Arc::new(AtomicU32::new(0)),
            nested_runs: 0,
            nested_runs_base: 0,
        }
    }

    /// Runs a module's code object as `__main__`.
    pub fn run_main(&mut self, code: Arc<CodeObject>) -> PyResult<Value> {
        let globals = Arc::new(Globals::new(code.globals.clone()));
        if let Some(slot) = globals.slot_of("__name__") {
            *globals.slots[slot].lock() = Value::str("__main__");
        }
        let base = self.stack.len();
        self.frames.push(Frame {
            code,
            globals,
            ip: 0,
            base,
            ret_base: base,
            block_base: self.blocks.len(),
            exc_base: self.exc_info.len(),
            entry: true,
        });
        self.run()
    }

    pub fn recursion_limit(&self) -> usize {
        self.interp.recursion_limit.load(Ordering::Relaxed)
    }

    /// Called at check points when another thread has set a bit in the eval
    /// breaker. Single-threaded runs never set one.
    #[cold]
    pub(crate) fn handle_eval_breaker(&mut self) -> PyResult<()> {
        self.eval_breaker.store(0, Ordering::Relaxed);
        Ok(())
    }
}

/// What an uncaught exception means for the process: the exit status and
/// what to print on stderr.
pub fn exit_status_for(err: &PyErr) -> (i32, Option<String>) {
    if err.is_instance(&TYPES.system_exit) {
        return match err.0.args.first() {
            None | Some(Value::None) => (0, None),
            Some(Value::Int(code)) => (*code as i32, None),
            Some(Value::Bool(b)) => (*b as i32, None),
            Some(other) => (1, Some(format!("{}\n", repr::py_str(other)))),
        };
    }
    (1, Some(err.0.format_traceback()))
}

impl Vm {
    /// `time.sleep`: a blocking operation. It will release the GIL around
    /// the wait once threads exist.
    pub fn sleep(&mut self, d: std::time::Duration) -> PyResult<()> {
        std::thread::sleep(d);
        Ok(())
    }
}
