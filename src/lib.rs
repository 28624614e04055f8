//! gilvm: a Python-subset interpreter whose threads share one global
//! interpreter lock, built so people can watch a GIL at work.
//!
//! The pipeline, one module per stage:
//! `syntax` (source → AST), `compile` (AST → bytecode), `bytecode` (the
//! instruction set and code objects), `vm` (the interpreter), `diag`
//! (located errors), `cli` (the command line).

pub mod bytecode;
pub mod cli;
pub mod compare;
pub mod compile;
pub mod diag;
pub mod explain;
pub mod explore;
pub mod format;
pub mod gil;
pub mod numeric;
pub mod outcomes;
pub mod span;
pub mod stdlib;
pub mod syntax;
pub mod trace;
pub mod vm;

use std::sync::Arc;

use bytecode::CodeObject;

/// The system allocator with an emergency reserve, so that memory running
/// out in small pieces is a `MemoryError` too (`vm::allocator`).
#[global_allocator]
static ALLOCATOR: vm::allocator::Allocator = vm::allocator::Allocator;
use diag::{Diagnostic, SourceFile};

/// Parses and compiles a script. The front end recurses over the AST, whose
/// depth the parser bounds; it runs on a thread with a generous stack so
/// that bound is comfortably safe in debug builds too.
pub fn compile(source: &Arc<SourceFile>) -> Result<Arc<CodeObject>, Diagnostic> {
    let source = source.clone();
    let worker = std::thread::Builder::new()
        .name("gilvm-compile".into())
        .stack_size(256 << 20)
        .spawn(move || {
            let module = syntax::parse_module(&source.text)?;
            compile::compile_module(&module, &source)
        });
    match worker {
        Ok(handle) => handle.join().unwrap_or_else(|_| {
            Err(Diagnostic::syntax(
                "internal compiler error",
                span::Span::default(),
            ))
        }),
        Err(_) => Err(Diagnostic::syntax(
            "could not start the compiler thread",
            span::Span::default(),
        )),
    }
}

/// The result of running a script with captured output.
#[derive(Debug, Clone, PartialEq)]
pub struct RunResult {
    pub stdout: String,
    pub stderr: String,
    pub exit_code: i32,
    /// The trace, when `Config::record` was set.
    pub events: Vec<trace::Event>,
    /// The run's settings, for the trace sinks.
    pub info: trace::RunInfo,
    /// Deterministic mode: the preemption points the run passed, as a
    /// schedule numbers them (`gil::baton::Plan`).
    pub points: u64,
    /// Every instruction run, when `Config::log_steps` was set.
    pub steps: Vec<vm::runtime::LoggedStep>,
}

impl RunResult {
    /// The interleaving log of a recorded run (see `trace::interleaving`).
    pub fn interleaving(&self) -> String {
        trace::interleaving::render(&self.events, &self.info)
    }

    /// Everything a snapshot of a deterministic run wants: the exit status,
    /// stdout, stderr (when there is any) and the interleaving.
    pub fn transcript(&self) -> String {
        let mut s = format!(
            "exit status {}\n--- stdout\n{}",
            self.exit_code, self.stdout
        );
        if !self.stderr.is_empty() {
            s.push_str("--- stderr\n");
            s.push_str(&self.stderr);
        }
        s.push_str("--- interleaving\n");
        s.push_str(&self.interleaving());
        s
    }
}

/// Runs `text` in deterministic mode under `policy` with `seed`, recording
/// the schedule: the entry point for users' own snapshot tests.
///
/// ```
/// use gilvm::gil::Policy;
/// let src = "import threading\n\
///            def work():\n\
///            \x20   print('hello from', threading.current_thread().name)\n\
///            t = threading.Thread(target=work)\n\
///            t.start()\n\
///            t.join()\n";
/// let run = gilvm::run_deterministic("demo.py", src, Policy::CPython, 42);
/// assert_eq!(run.stdout, "hello from Thread-1 (work)\n");
/// // Same seed, same bytes: safe to snapshot.
/// let again = gilvm::run_deterministic("demo.py", src, Policy::CPython, 42);
/// assert_eq!(run.interleaving(), again.interleaving());
/// assert!(run.interleaving().contains("Thread-1 (work)"));
/// ```
pub fn run_deterministic(name: &str, text: &str, policy: gil::Policy, seed: u64) -> RunResult {
    run_deterministic_with_args(name, text, policy, seed, &[])
}

/// Like `run_deterministic`, with arguments for the script: `sys.argv` is
/// `[name, args...]`, as for `gilvm run --seed SEED NAME ARGS...`.
///
/// ```
/// use gilvm::gil::Policy;
/// let src = "import sys\nprint(sys.argv)\n";
/// let run = gilvm::run_deterministic_with_args("demo.py", src, Policy::CPython, 0, &["3"]);
/// assert_eq!(run.stdout, "['demo.py', '3']\n");
/// ```
pub fn run_deterministic_with_args(
    name: &str,
    text: &str,
    policy: gil::Policy,
    seed: u64,
    args: &[&str],
) -> RunResult {
    let mut argv = vec![name.to_string()];
    argv.extend(args.iter().map(|a| a.to_string()));
    let mut config = vm::Config::new(argv);
    config.policy = policy;
    config.seed = Some(seed);
    config.record = true;
    run_source_with(name, text, config)
}

/// The settings of a run as the trace sinks describe them.
pub fn run_info(name: &str, config: &vm::Config, end_ns: u64) -> trace::RunInfo {
    trace::RunInfo {
        script: name.to_string(),
        policy: config.policy.name().to_string(),
        switch_interval_ns: config.switch_interval.as_nanos() as u64,
        check_interval: config.check_interval,
        seed: config.seed,
        end_ns,
        interrupted: false,
    }
}

/// Compiles and runs `text` as the script `name`, capturing its output.
pub fn run_source(name: &str, text: &str, argv: Vec<String>) -> RunResult {
    run_source_with(name, text, vm::Config::new(argv))
}

/// Like `run_source`, with a chosen GIL policy and intervals.
pub fn run_source_with(name: &str, text: &str, config: vm::Config) -> RunResult {
    let source = Arc::new(SourceFile::new(name, text));
    let code = match compile(&source) {
        Ok(code) => code,
        Err(d) => {
            return RunResult {
                stdout: String::new(),
                stderr: d.render(&source),
                exit_code: 1,
                events: Vec::new(),
                info: run_info(name, &config, 0),
                points: 0,
                steps: Vec::new(),
            }
        }
    };
    let info_config = config.clone();
    let interp = vm::Interpreter::new(config, vm::Output::Capture(Vec::new()));
    let (exit_code, stderr) = run_code(&interp, code);
    let end_ns = interp.clock_ns();
    let steps = interp.runtime.step_log.lock().take().unwrap_or_default();
    RunResult {
        stdout: interp.runtime.captured_stdout(),
        stderr: interp.runtime.captured_stderr() + &stderr.unwrap_or_default(),
        exit_code,
        events: interp
            .runtime
            .recorder
            .as_ref()
            .map(|r| r.finish())
            .unwrap_or_default(),
        info: run_info(name, &info_config, end_ns),
        points: interp.gil.preemption_points(),
        steps,
    }
}

/// Runs a compiled module on a fresh VM thread with a large stack; returns
/// the exit status and what should go to stderr.
pub fn run_code(interp: &Arc<vm::Interpreter>, code: Arc<CodeObject>) -> (i32, Option<String>) {
    let _timeout = vm::limits::watch(interp);
    let interp2 = interp.clone();
    let worker = std::thread::Builder::new()
        .name("MainThread".into())
        .stack_size(vm::MAIN_STACK)
        .spawn(move || {
            let main = interp2.register_thread("MainThread".into(), false);
            let mut machine = vm::Vm::new(interp2.clone(), main);
            let result = machine.run_main(code);
            vm::crash::panic_if_asked();
            if let Some((status, report)) = interp2.runtime.threads.end_report() {
                return (status, Some(report));
            }
            match result {
                Ok(_) => (0, None),
                Err(e) => vm::exit_status_for(&e),
            }
        });
    let status = match worker {
        Ok(h) => h.join().unwrap_or((
            70,
            Some("gilvm: internal error: the interpreter thread panicked\n".into()),
        )),
        Err(_) => (
            70,
            Some("gilvm: could not start the interpreter thread\n".into()),
        ),
    };
    // What is still buffered goes out now. If it cannot, CPython reports
    // the error as it shuts down and exits with 120 where it would have
    // exited with 0.
    match interp.runtime.flush_stdout() {
        Ok(()) => status,
        Err(e) => {
            let err = vm::objects::exceptions::io_error(&e);
            let report = format!(
                "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n{}: {}\n",
                err.0.typ.name,
                vm::repr::py_str(&vm::value::Value::Exception(err.0.clone()))
            );
            let (code, text) = status;
            (
                if code == 0 { 120 } else { code },
                Some(text.unwrap_or_default() + &report),
            )
        }
    }
}
