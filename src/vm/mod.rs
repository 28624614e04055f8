//! The virtual machine: an interpreter shared by all threads of a run, and
//! one `Vm` per thread holding that thread's value stack and frames.
//!
//! Files, one concept each: `value` (what a value is), `types`, `exceptions`,
//! `dict`, `iter`, `views`, `ops` (operators), `subscript`, `repr`,
//! `format` (number and string formatting), `native` (Rust callables),
//! `builtins`, `methods` (of built-in types), `modules` (`sys`, `time`),
//! `call` (calling conventions), `eval` (the dispatch loop), `drop`.

pub mod address;
pub mod allocator;
pub mod attr_cache;
pub mod call;
pub mod classes;
pub mod code;
pub mod coroutines;
pub mod crash;
pub mod crossing;
pub mod drop;
pub mod eval;
pub mod generators;
pub mod import;
pub mod int_ops;
pub mod interrupt;
pub mod lazy_iter;
pub mod limits;
pub mod memory;
pub mod native;
pub mod objects;
pub mod ops;
pub mod protocols;
pub mod repr;
pub mod runtime;
pub mod set_ops;
pub mod subscript;
pub mod threads;
pub mod value;
pub mod view_ops;

use std::io::{IsTerminal, Write};
use std::sync::atomic::{AtomicU32, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use parking_lot::Mutex;

use crate::bytecode::CodeObject;
use crate::gil::{Countdown, Gil, Policy, Scheduling, ThreadNum, DROP_REQUEST};
use crate::trace::{DropReason, EventKind, Lane};
use crate::vm::eval::{Block, Frame};
use crate::vm::objects::exceptions::{PyErr, PyResult};
use crate::vm::objects::types::TYPES;
use crate::vm::runtime::Runtime;
use crate::vm::threads::ShutdownWait;
use crate::vm::value::{Globals, Value};

/// Where `print` writes.
pub enum Output {
    /// The process's stdout, flushed per line on a terminal, after every
    /// write with `PYTHONUNBUFFERED` set (as CPython), and otherwise when
    /// the buffer fills, at exit, or before anything goes to stderr.
    Stdout {
        out: std::io::BufWriter<std::io::Stdout>,
        line_buffered: bool,
        unbuffered: bool,
    },
    /// Captured in memory (library use and tests).
    Capture(Vec<u8>),
}

/// CPython's buffer size for a redirected stdout.
const STDOUT_BUFFER: usize = 8192;

impl Output {
    pub fn stdout() -> Output {
        Output::Stdout {
            out: std::io::BufWriter::with_capacity(STDOUT_BUFFER, std::io::stdout()),
            line_buffered: std::io::stdout().is_terminal(),
            unbuffered: std::env::var_os("PYTHONUNBUFFERED").is_some_and(|v| !v.is_empty()),
        }
    }

    /// Writes `s`. A failed write (a full disk, a closed pipe) is the
    /// script's error, as in CPython: what could not be written is
    /// dropped, and the next write tries afresh.
    pub fn write_str(&mut self, s: &str) -> std::io::Result<()> {
        let r = match self {
            Output::Stdout {
                out,
                line_buffered,
                unbuffered,
            } => out.write_all(s.as_bytes()).and_then(|()| {
                if *unbuffered || (*line_buffered && s.contains('\n')) {
                    out.flush()
                } else {
                    Ok(())
                }
            }),
            Output::Capture(buf) => {
                buf.extend_from_slice(s.as_bytes());
                Ok(())
            }
        };
        if r.is_err() {
            self.drop_buffered();
        }
        r
    }

    pub fn flush(&mut self) -> std::io::Result<()> {
        let r = match self {
            Output::Stdout { out, .. } => out.flush(),
            Output::Capture(_) => Ok(()),
        };
        if r.is_err() {
            self.drop_buffered();
        }
        r
    }

    /// Forgets what is buffered, without writing it.
    fn drop_buffered(&mut self) {
        if let Output::Stdout { out, .. } = self {
            let fresh = std::io::BufWriter::with_capacity(STDOUT_BUFFER, std::io::stdout());
            // `into_parts` takes the buffer away without the flush that
            // dropping a `BufWriter` would try.
            let _ = std::mem::replace(out, fresh).into_parts();
        }
    }
}

/// The Rust stack of the thread that runs a script's main thread. Python
/// calls do not use it (frames live on the heap); builtins that call back
/// into Python, generators and nested iterators do.
pub const MAIN_STACK: usize = 64 << 20;
/// The stack of every other Python thread: CPython's usual 8 MiB, so that
/// hundreds of threads fit in a classroom machine's address space.
pub const THREAD_STACK: usize = 8 << 20;
/// What a thread keeps back from its stack for the Rust code that runs
/// between two depth checks.
const STACK_MARGIN: usize = 2 << 20;

/// Instructions between two looks at `--max-steps` when the policy does
/// not count instructions itself.
const STEPS_SLICE: u32 = 1000;

/// Settings of one run.
#[derive(Debug, Clone)]
pub struct Config {
    /// `sys.argv`: the script path, then its arguments.
    pub argv: Vec<String>,
    /// How threads share the interpreter.
    pub policy: Policy,
    /// CPython's switch interval (`sys.setswitchinterval`).
    pub switch_interval: Duration,
    /// Instructions between switches under the `legacy` policy.
    pub check_interval: u32,
    /// Record trace events (for the timeline, stats and trace files).
    pub record: bool,
    /// Deterministic mode with this seed: one thread runs at a time,
    /// virtual time, seeded scheduling choices.
    pub seed: Option<u64>,
    /// Virtual nanoseconds per instruction in deterministic mode.
    pub instr_cost_ns: u64,
    /// Stop the run after this many instructions, all threads together
    /// (`--max-steps`).
    pub max_steps: Option<u64>,
    /// Stop the run after this long: on the virtual clock in deterministic
    /// mode, else the wall clock (`--timeout`).
    pub timeout: Option<Duration>,
    /// Deterministic mode: the switches to make, instead of the seed's
    /// (`--schedule`, `gilvm::gil::baton::Plan`).
    pub schedule: Option<crate::gil::baton::Plan>,
    /// Deterministic mode: log every instruction every thread runs
    /// (`Runtime::steps`), for `explore --explain`.
    pub log_steps: bool,
}

impl Config {
    pub fn new(argv: Vec<String>) -> Config {
        Config {
            argv,
            policy: Policy::CPython,
            switch_interval: Duration::from_millis(5),
            check_interval: 100,
            record: false,
            seed: None,
            instr_cost_ns: crate::gil::DEFAULT_INSTR_COST_NS,
            max_steps: None,
            timeout: None,
            schedule: None,
            log_steps: false,
        }
    }
}

/// One interpreter: state shared by every thread that runs its code.
pub struct Interpreter {
    /// The run this interpreter belongs to: clock, trace, thread table,
    /// output.
    pub runtime: Arc<Runtime>,
    /// This interpreter's number in the run (its lanes' `interpreter`).
    pub id: u32,
    pub config: Config,
    pub recursion_limit: AtomicUsize,
    /// This interpreter's lock and its scheduler.
    pub gil: Arc<Gil>,
    /// The `threading.Thread` object of each running thread, by number.
    pub thread_objects: Mutex<Vec<(ThreadNum, Value)>>,
    /// CPython's counter for default thread names (`Thread-N`).
    pub thread_name_counter: AtomicUsize,
    modules: Mutex<Vec<(String, Value)>>,
    /// The warnings printed so far (`file:line: Category: message`), each
    /// once per place, as CPython's default filter does.
    pub warned: Mutex<std::collections::HashSet<String>>,
    /// Dropped generators waiting, on some thread, to be closed
    /// (`generators::CLOSE_PENDING`).
    pub pending_closes: AtomicUsize,
    /// What runs as the main thread finishes (`atexit`,
    /// `threading._register_atexit`).
    pub exit_calls: Mutex<crate::stdlib::modules::atexit::ExitCalls>,
    /// Set while this interpreter runs the script as `__mp_main__`
    /// (`crossing`): starting a process then is CPython's bootstrapping
    /// error, not a new process re-running the script without end.
    pub bootstrapping: std::sync::atomic::AtomicBool,
}

impl Interpreter {
    /// A run with one interpreter, configured by `config`.
    pub fn new(config: Config, output: Output) -> Arc<Interpreter> {
        let runtime = Runtime::new(config.seed.is_some(), config.record, output);
        if config.log_steps && config.seed.is_some() {
            *runtime.step_log.lock() = Some(Vec::new());
        }
        Interpreter::under(runtime, config)
    }

    /// A new interpreter, with its own lock, under `runtime`.
    pub fn under(runtime: Arc<Runtime>, config: Config) -> Arc<Interpreter> {
        let scheduling = Scheduling {
            policy: config.policy,
            interval: config.switch_interval,
            check_interval: config.check_interval,
            seed: config.seed,
            instr_cost_ns: config.instr_cost_ns,
            plan: config.schedule.clone(),
        };
        let table: Arc<dyn crate::gil::ThreadStates> = runtime.threads.clone();
        let gil = Gil::for_run(
            &scheduling,
            runtime.clock.clone(),
            runtime.recorder.clone(),
            Some(table),
        );
        Interpreter::with_gil(runtime, config, gil)
    }

    /// Another interpreter in this one's run, with the same settings: its
    /// own modules, globals and lock. In deterministic mode it shares this
    /// one's baton, so one thread of the whole run runs at a time and the
    /// schedule stays reproducible.
    pub fn sibling(&self) -> Arc<Interpreter> {
        if self.runtime.clock.is_virtual() {
            Interpreter::with_gil(self.runtime.clone(), self.config.clone(), self.gil.clone())
        } else {
            Interpreter::under(self.runtime.clone(), self.config.clone())
        }
    }

    fn with_gil(runtime: Arc<Runtime>, config: Config, gil: Arc<Gil>) -> Arc<Interpreter> {
        memory::init();
        allocator::watch(&gil.eval_breaker);
        {
            let mut gils = runtime.gils.lock();
            if !gils.iter().any(|g| Arc::ptr_eq(g, &gil)) {
                gils.push(gil.clone());
            }
        }
        Arc::new(Interpreter {
            id: runtime.next_interpreter(),
            runtime,
            config,
            recursion_limit: AtomicUsize::new(1000),
            gil,
            thread_objects: Mutex::new(Vec::new()),
            thread_name_counter: AtomicUsize::new(0),
            pending_closes: AtomicUsize::new(0),
            exit_calls: Mutex::new(Default::default()),
            bootstrapping: std::sync::atomic::AtomicBool::new(false),
            modules: Mutex::new(Vec::new()),
            warned: Mutex::new(Default::default()),
        })
    }

    /// Stops the run: a limit was reached (`limits`). Every thread
    /// unwinds at its next check point or wait; the run ends with `reason`.
    pub fn stop_run(&self, reason: String) {
        self.runtime.threads.stop_run(reason);
        self.runtime.abort_all(threads::ABORT);
    }

    /// Ctrl-C: the main thread raises `KeyboardInterrupt` at its next
    /// check point, or at once if it is blocked (see `interrupt`).
    pub fn interrupt_main(&self) {
        self.runtime.interrupted.store(true, Ordering::Release);
        self.runtime.threads.interrupt_main();
        self.gil
            .eval_breaker
            .fetch_or(interrupt::INTERRUPT, Ordering::Release);
    }

    /// Records a trace event on `thread`'s lane of this interpreter, if the
    /// run is traced.
    pub fn emit(&self, thread: ThreadNum, kind: EventKind) {
        if self.runtime.recorder.is_some() {
            let lane = Lane {
                interpreter: self.id,
                thread,
                task: None,
            };
            self.runtime.emit(lane, kind);
        }
    }

    /// Records a trace event on the lane of asyncio task `task`, run by
    /// `thread` (`stdlib::modules::task_trace`).
    pub fn emit_on_task(&self, thread: ThreadNum, task: u32, kind: EventKind) {
        if self.runtime.recorder.is_some() {
            let lane = Lane {
                interpreter: self.id,
                thread,
                task: Some(task),
            };
            self.runtime.emit(lane, kind);
        }
    }

    /// Registers a thread in the thread table, the scheduler and the trace.
    pub fn register_thread(&self, name: String, daemon: bool) -> ThreadNum {
        let num = self.runtime.threads.register(name.clone(), daemon);
        self.emit(num, EventKind::ThreadStart { name });
        self.gil.register(num);
        num
    }

    /// Nanoseconds since the run started, on the run's clock.
    pub fn clock_ns(&self) -> u64 {
        self.runtime.clock.now_ns()
    }

    /// Seconds since the run started: wall time, or virtual time in
    /// deterministic mode.
    pub fn clock_secs(&self) -> f64 {
        self.runtime.clock.now_ns() as f64 / 1e9
    }

    /// Marks a thread finished in the thread table and the trace.
    pub fn thread_exited(&self, num: ThreadNum) {
        self.emit(num, EventKind::ThreadExit);
        self.runtime.threads.set_exited(num);
    }

    pub fn eval_breaker(&self) -> &AtomicU32 {
        &self.gil.eval_breaker
    }

    /// Prints a warning for the running line of `vm`'s script to stderr,
    /// once per place (`warnings.warn` with the default filter); whether
    /// it was printed.
    pub fn warn(&self, vm: &Vm, category: &str, message: &str) -> bool {
        let Some(f) = vm.frames.last() else {
            return false;
        };
        let code = &crate::vm::eval::frame_func(&vm.frames, vm.frames.len() - 1).code;
        let line = code.line_of(f.ip.saturating_sub(1));
        let head = format!(
            "{}:{line}: {category}: {message}",
            code.bytecode.source.name
        );
        if !self.warned.lock().insert(head.clone()) {
            return false;
        }
        let text = code.bytecode.source.line_text(line).trim().to_string();
        self.runtime.write_stderr(&format!("{head}\n  {text}\n"));
        true
    }

    /// The module `name`, if it has been imported.
    pub fn loaded_module(&self, name: &str) -> Option<Value> {
        let modules = self.modules.lock();
        modules
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, m)| m.clone())
    }

    /// Records a module just made; if another thread recorded one first,
    /// that one wins, as in CPython's `sys.modules`.
    pub fn add_module(&self, name: &str, m: Value) -> Value {
        let mut modules = self.modules.lock();
        if let Some((_, first)) = modules.iter().find(|(n, _)| n == name) {
            return first.clone();
        }
        modules.push((name.to_string(), m.clone()));
        m
    }

    /// The built-in module `name`, created on first import.
    pub fn import(self: &Arc<Self>, name: &str) -> Option<Value> {
        let mut modules = self.modules.lock();
        if let Some((_, m)) = modules.iter().find(|(n, _)| n == name) {
            return Some(m.clone());
        }
        let m = crate::stdlib::modules::create(self, name)?;
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
    /// The stack the VM runs on while `stack` is lent to a Rust callable
    /// (see `Vm::call`); empty between calls, kept for its allocation.
    pub(crate) spare_stack: Vec<Value>,
    /// This thread's inline caches of attribute lookups (`attr_cache`).
    pub(crate) sites: Vec<attr_cache::Site>,
    /// Set by a re-raise so the frame doing it is not listed twice.
    pub(crate) reraising: bool,
    /// The interpreter's eval breaker: bits other threads set to ask the
    /// running thread to stop at its next check point (a GIL drop request).
    pub eval_breaker: Arc<AtomicU32>,
    /// This thread's number (1 is the main thread).
    pub thread: ThreadNum,
    /// Instructions left before the next tick (`legacy`, deterministic).
    pub(crate) ticks: u32,
    /// Whether the dispatch loop counts instructions (`counts_ticks`),
    /// fixed for the run.
    pub(crate) count_ticks: bool,
    /// The budget `ticks` counted down from (deterministic mode).
    pub(crate) budget: u32,
    /// Recording which lines run (deterministic mode with a trace), or
    /// every instruction (`log_steps`).
    pub(crate) track_lines: bool,
    /// Logging every instruction into `Runtime::step_log`.
    pub(crate) log_steps: bool,
    /// Distinct source lines run since the last `Ran` event.
    pub(crate) slice_lines: Vec<u32>,
    /// How deep this thread's Rust stack was when its VM was made, and how
    /// much deeper it may go (`check_native_stack`).
    pub(crate) stack_base: usize,
    pub(crate) stack_budget: usize,
    /// Check points that tried to take the memory reserve back
    /// (`rearm_reserve`).
    pub(crate) rearm_attempts: u32,
    /// This thread's cache of global loads: see `load_global`.
    pub(crate) global_cache: GlobalCache,
    /// Where the generator frame the last YIELD_VALUE popped resumes, and
    /// its function, for the resumption that ran it to save
    /// (`generators`).
    pub(crate) suspended: Option<(usize, Option<Arc<crate::vm::value::Function>>)>,
    /// The generators whose frames run in this thread's dispatch loop
    /// (`EXIT_GEN` frames), innermost last, each with where its caller
    /// takes the values it yields (`generators::Delivery`).
    /// A generator being drained by Rust code (`generator_next_batch`):
    /// its yields go into a buffer while its frame stays on the stack.
    pub(crate) batch: Option<crate::vm::generators::Batch>,
    pub(crate) gen_frames: Vec<(
        Arc<crate::vm::objects::generator::PyGenerator>,
        crate::vm::generators::Delivery,
    )>,
    /// The metaclass and the other keywords of the class statement being
    /// built (BUILD_CLASS_KW), for `build_class` to take.
    pub(crate) class_metaclass: Option<Arc<crate::vm::objects::types::TypeObject>>,
    pub(crate) class_keywords: Vec<(Value, Value)>,
    /// Set while `remember_hash` runs a `__hash__` (see there).
    pub(crate) remembering_hash: bool,
}

/// What a thread last loaded from each global slot, stamped with the
/// module's store count at the time (plus one, so 0 means empty). A load
/// whose stamp matches the current count needs no lock: nothing has been
/// stored since. Any store anywhere invalidates every entry, which is
/// cheap to detect and rare in the loops that matter.
///
/// The entries are those of one module at a time; the caches of the few
/// modules used last wait in `parked`, so that code calling back and forth
/// between a script and a library module (a task stepping through
/// asyncio) swaps two vectors instead of refilling one at every crossing.
#[derive(Default)]
pub(crate) struct GlobalCache {
    /// `Arc::as_ptr` of the `Globals` the entries belong to.
    owner: usize,
    /// That `Globals`, held so that its address cannot be reused by
    /// another module while entries are keyed by it.
    holder: Option<Arc<Globals>>,
    /// `Value::Undef` marks a function lent to the stack (see `LentGlobal`).
    entries: Vec<(u64, Value)>,
    lent: Option<LentGlobal>,
    /// The entries of modules used before, most recent last.
    parked: Vec<ParkedCache>,
}

/// A module's cache entries while another module's are in use.
struct ParkedCache {
    holder: Arc<Globals>,
    entries: Vec<(u64, Value)>,
}

/// How many modules' caches a thread keeps besides the current one.
const PARKED_CACHES: usize = 4;

impl GlobalCache {
    /// Makes `globals`' entries the current ones, parking the others.
    #[inline(never)]
    fn switch_to(&mut self, globals: &Arc<Globals>) {
        let owner = Arc::as_ptr(globals) as usize;
        let entries = match self
            .parked
            .iter()
            .position(|p| Arc::ptr_eq(&p.holder, globals))
        {
            Some(at) => self.parked.remove(at).entries,
            None => Vec::new(),
        };
        let old_entries = std::mem::replace(&mut self.entries, entries);
        if let Some(holder) = self.holder.replace(globals.clone()) {
            if self.parked.len() == PARKED_CACHES {
                self.parked.remove(0);
            }
            self.parked.push(ParkedCache {
                holder,
                entries: old_entries,
            });
        }
        self.owner = owner;
    }

    /// The entries kept for `globals`, current or parked.
    fn entries_of(&mut self, globals: &Globals) -> Option<&mut Vec<(u64, Value)>> {
        if self.owner == globals as *const Globals as usize {
            return Some(&mut self.entries);
        }
        self.parked
            .iter_mut()
            .find(|p| std::ptr::eq(Arc::as_ptr(&p.holder), globals))
            .map(|p| &mut p.entries)
    }
}

/// A function that LOAD_GLOBAL moved out of the cache onto the stack
/// instead of cloning it, for the CALL that follows to hand back
/// (`Vm::return_lent_global`). A call of a global function then costs no
/// reference count on the function object: an atomic increment at the
/// load and a decrement at the return were a quarter of fib.py.
///
/// Only a hint: if the value at `at` is not this function when a call
/// comes (it was stored elsewhere, or an argument's own call lent another
/// one), nothing is handed back and the next load refills the entry.
struct LentGlobal {
    owner: usize,
    slot: usize,
    stamp: u64,
    /// Stack index the function was pushed to.
    at: usize,
    /// `Arc::as_ptr` of the function. While the stamp is current the
    /// global still holds it, so the address cannot have been reused.
    function: usize,
}

impl Vm {
    /// LOAD_GLOBAL: slot `i`, else the builtin of that name. A function is
    /// lent rather than cloned (`LentGlobal`); so is a type when `CALLEE`
    /// says it is about to be called (`CALL_GLOBAL_FAST`: `str(i)`), to
    /// come back through `give_back_global`.
    #[inline(always)]
    pub(crate) fn load_global<const CALLEE: bool>(
        &mut self,
        globals: &Arc<Globals>,
        i: usize,
    ) -> PyResult<Value> {
        let stamp = globals.version() + 1;
        let cache = &mut self.global_cache;
        let owner = Arc::as_ptr(globals) as usize;
        if cache.owner != owner {
            cache.switch_to(globals);
        }
        if let Some((s, v)) = cache.entries.get_mut(i) {
            if *s == stamp {
                let lend = match v {
                    Value::Function(f) => Some(Arc::as_ptr(f) as usize),
                    Value::Type(t) if CALLEE => Some(Arc::as_ptr(t) as usize),
                    Value::Undef => None, // lent out: reload
                    _ => return Ok(v.clone()),
                };
                if let Some(function) = lend {
                    cache.lent = Some(LentGlobal {
                        owner,
                        slot: i,
                        stamp,
                        at: self.stack.len(),
                        function,
                    });
                    return Ok(std::mem::replace(v, Value::Undef));
                }
            }
        }
        self.load_global_slow(globals, i, stamp)
    }

    /// A store to (or deletion of) global slot `i` on this thread: the
    /// cache's copy of the old value goes too, so that the old object is
    /// freed now, as CPython frees it (a dropped generator is closed then).
    #[inline(never)]
    pub(crate) fn forget_cached_global(&mut self, globals: &Globals, i: usize) {
        let Some(entries) = self.global_cache.entries_of(globals) else {
            return;
        };
        if let Some(e) = entries.get_mut(i) {
            if !e.1.is_inline() {
                e.0 = 0;
                std::mem::replace(&mut e.1, Value::Undef).discard();
            }
        }
    }

    /// After a call started: gives the function at `func_slot` back to the
    /// global cache entry it was lent from, if it was (see `LentGlobal`).
    #[inline(always)]
    pub(crate) fn return_lent_global(&mut self, func_slot: usize) {
        let Value::Function(f) = &self.stack[func_slot] else {
            return;
        };
        let ptr = Arc::as_ptr(f) as usize;
        if let Some(slot) = self.claim_lent_entry(ptr, Some(func_slot)) {
            // The entry holds `Undef` (checked by the claim): swapped, not
            // assigned, so no drop glue runs for it.
            std::mem::swap(
                &mut self.global_cache.entries[slot].1,
                &mut self.stack[func_slot],
            );
        }
    }

    /// After a Rust callable lent by `load_global::<true>` returns: puts it
    /// back in the cache entry it came from, if that entry is still the
    /// one it was lent from; otherwise it is dropped.
    #[inline(always)]
    pub(crate) fn give_back_global(&mut self, callee: Value) {
        let Value::Type(t) = &callee else {
            return;
        };
        if let Some(slot) = self.claim_lent_entry(Arc::as_ptr(t) as usize, None) {
            std::mem::replace(&mut self.global_cache.entries[slot].1, callee).discard();
        }
    }

    /// Ends the current lending: the cache slot to put the object at `ptr`
    /// back into, if the record is for that object (pushed at stack index
    /// `at`, when given) and its entry is still empty at the same stamp.
    #[inline(always)]
    fn claim_lent_entry(&mut self, ptr: usize, at: Option<usize>) -> Option<usize> {
        // Fields are read in place: moving the record out (`take`) would
        // copy it through the store-forwarding stall that `Value` avoids.
        let cache = &mut self.global_cache;
        let lent = cache.lent.as_ref()?;
        let matches =
            lent.function == ptr && lent.owner == cache.owner && at.is_none_or(|at| at == lent.at);
        let (slot, stamp) = (lent.slot, lent.stamp);
        cache.lent = None;
        let entry = cache.entries.get(slot)?;
        (matches && entry.0 == stamp && matches!(entry.1, Value::Undef)).then_some(slot)
    }

    #[inline(never)]
    fn load_global_slow(
        &mut self,
        globals: &Arc<Globals>,
        i: usize,
        stamp: u64,
    ) -> PyResult<Value> {
        let v = eval::load_global(globals, i)?;
        let cache = &mut self.global_cache;
        if cache.entries.len() < globals.slots.len() {
            cache.entries.resize(globals.slots.len(), (0, Value::Undef));
        }
        cache.entries[i] = (stamp, v.clone());
        Ok(v)
    }

    pub fn new(interp: Arc<Interpreter>, thread: ThreadNum) -> Vm {
        let eval_breaker = interp.gil.eval_breaker.clone();
        let ticks = interp.gil.check_interval;
        let log_steps = interp.runtime.step_log.lock().is_some();
        let track_lines =
            (interp.runtime.recorder.is_some() && interp.runtime.clock.is_virtual()) || log_steps;
        let count_ticks = interp.gil.counts_instructions() || interp.config.max_steps.is_some();
        generators::set_thread_interpreter(&interp);
        threads::set_thread_is_main(thread == threads::MAIN);
        let stack_base = call::stack_position();
        let stack_budget = if thread == threads::MAIN {
            MAIN_STACK
        } else {
            THREAD_STACK
        } - STACK_MARGIN;
        call::set_thread_stack(stack_base, stack_budget);
        Vm {
            interp,
            thread,
            ticks,
            count_ticks,
            budget: ticks,
            track_lines,
            log_steps,
            slice_lines: Vec::new(),
            stack: Vec::with_capacity(1024),
            frames: Vec::with_capacity(64),
            blocks: Vec::with_capacity(64),
            exc_info: Vec::new(),
            spare_stack: Vec::new(),
            sites: Vec::new(),
            reraising: false,
            eval_breaker,
            stack_base,
            stack_budget,
            rearm_attempts: 0,
            global_cache: GlobalCache::default(),
            suspended: None,
            gen_frames: Vec::new(),
            batch: None,
            class_metaclass: None,
            class_keywords: Vec::new(),
            remembering_hash: false,
        }
    }

    /// Runs a module's code object as `__main__` on the main thread, then
    /// waits for the non-daemon threads, as CPython's shutdown does.
    pub fn run_main(&mut self, code: Arc<CodeObject>) -> PyResult<Value> {
        // Runs that count instructions run the code as `dis` shows it.
        let code = if self.counts_ticks() {
            code
        } else {
            crate::bytecode::superinstructions::fuse(&code)
        };
        let _ = self.interp.runtime.main_code.set(code.clone());
        self.interp.gil.take(self.thread);
        self.reset_budget();
        let r = self.run_module(code);
        self.close_dropped_generators();
        if let Err(e) = &r {
            self.prepare_traceback(e);
        }
        // CPython's shutdown, after an uncaught exception in the main
        // thread too: `threading`'s exit calls (a thread pool wakes its
        // idle workers), the wait for the non-daemon threads, then
        // `atexit`'s calls.
        let r = match (r, self.run_threading_exit_calls()) {
            (Ok(v), Ok(())) => Ok(v),
            (Ok(_), Err(e)) | (Err(e), _) => Err(e),
        };
        let others_running = !self
            .interp
            .runtime
            .threads
            .lock()
            .live_non_daemon(self.thread)
            .is_empty();
        let waited = if others_running {
            self.blocking(Arc::new(ShutdownWait), None, |vm, _done| {
                vm.interp.runtime.threads.wait_all_non_daemon(vm.thread)
            })
        } else {
            Ok(())
        };
        let waited_ok = waited.is_ok();
        let r = match (r, waited) {
            (Ok(v), Ok(())) => Ok(v),
            (Ok(_), Err(e)) | (Err(e), _) => Err(e),
        };
        if waited_ok {
            self.run_atexit_calls();
        }
        // Stop daemon threads at their next check point or wait.
        self.interp
            .runtime
            .threads
            .abort
            .store(true, Ordering::Release);
        self.eval_breaker
            .fetch_or(threads::ABORT, Ordering::Release);
        self.sync_clock();
        self.interp.thread_exited(self.thread);
        self.interp.gil.drop_gil(self.thread, DropReason::Exit);
        self.interp.runtime.abort_all(threads::ABORT);
        // The subinterpreters hold the runtime: let them go.
        drop(std::mem::take(
            &mut *self.interp.runtime.subinterpreters.lock(),
        ));
        r
    }

    fn run_module(&mut self, code: Arc<CodeObject>) -> PyResult<Value> {
        let globals = script_globals(&code, "__main__");
        self.interp.add_module(
            "__main__",
            crossing::module_value("__main__", globals.clone()),
        );
        let code = crate::vm::code::Code::load(&code);
        let base = self.stack.len();
        self.frames.push(Frame {
            owner: self.frames.len(),
            func: Some(Arc::new(crate::vm::value::Function::module(code, globals))),
            ip: 0,
            base,
            ret_base: base,
            block_base: self.blocks.len(),
            exc_base: self.exc_info.len(),
            exit: crate::vm::eval::EXIT_ENTRY,
        });
        self.run()
    }

    /// Runs the script's code as module `name` in this interpreter (the
    /// script seen from another interpreter, `__mp_main__`): registered
    /// first, so that the code finding its own functions finds them.
    pub(crate) fn run_module_named(
        &mut self,
        name: &str,
        code: Arc<CodeObject>,
    ) -> PyResult<Value> {
        let globals = script_globals(&code, name);
        let m = self
            .interp
            .add_module(name, crossing::module_value(name, globals.clone()));
        // `main_code` is the code as the main interpreter runs it (fused
        // or not, as this run's policy wants).
        let body = crate::vm::value::Function::module(crate::vm::code::Code::load(&code), globals);
        self.call_value(&Value::Function(Arc::new(body)), vec![])?;
        Ok(m)
    }

    pub fn recursion_limit(&self) -> usize {
        self.interp.recursion_limit.load(Ordering::Relaxed)
    }

    /// Called at check points when a bit is set in the eval breaker: a
    /// GIL drop request, or the end of the run. Single-threaded runs never
    /// set one.
    #[cold]
    pub(crate) fn handle_eval_breaker(&mut self) -> PyResult<()> {
        let bits = self.eval_breaker.load(Ordering::Acquire);
        if bits & threads::ABORT != 0 && self.interp.runtime.threads.abort.load(Ordering::Acquire) {
            return Err(threads::abort_error());
        }
        if bits & interrupt::INTERRUPT != 0 && self.thread == threads::MAIN {
            self.eval_breaker
                .fetch_and(!interrupt::INTERRUPT, Ordering::Release);
            if self.interp.runtime.threads.take_interrupt() {
                return Err(threads::keyboard_interrupt());
            }
        }
        if bits & allocator::REARM != 0 {
            self.rearm_reserve();
        }
        if bits & allocator::MEMORY != 0 {
            self.eval_breaker
                .fetch_and(!allocator::MEMORY, Ordering::Release);
            if allocator::still_short() {
                return Err(crate::vm::objects::exceptions::memory_error());
            }
        }
        if bits & generators::CLOSE_PENDING != 0 {
            self.close_dropped_generators();
        }
        if bits & DROP_REQUEST != 0 {
            self.sync_clock();
            self.interp.gil.yield_on_request(self.thread);
            self.reset_budget();
        }
        Ok(())
    }

    /// Memory ran out and the reserve was spent: takes it back once the
    /// memory is free again. Tried at one check point in 256, as a failed
    /// attempt is a system call.
    #[cold]
    fn rearm_reserve(&mut self) {
        self.rearm_attempts = self.rearm_attempts.wrapping_add(1);
        if self.rearm_attempts % 256 == 1 && allocator::rearm() {
            self.eval_breaker
                .fetch_and(!allocator::REARM, Ordering::Release);
        }
    }

    /// `--max-steps` and `--timeout`: adds `ran` instructions to the run's
    /// count (deterministic mode counts in `sync_clock`) and stops the run
    /// once a limit is passed. The virtual clock is checked here; the
    /// wall clock by a watchdog (`limits::watch`).
    pub(crate) fn check_limits(&mut self, ran: u64) -> PyResult<()> {
        let config = &self.interp.config;
        if let Some(max) = config.max_steps {
            let steps = self.interp.runtime.steps.fetch_add(ran, Ordering::Relaxed) + ran;
            if steps > max {
                self.interp.stop_run(limits::steps_reason(max));
                return Err(threads::abort_error());
            }
        }
        if let (Some(timeout), true) = (config.timeout, self.interp.runtime.clock.is_virtual()) {
            if self.interp.clock_ns() > timeout.as_nanos() as u64 {
                self.interp.stop_run(limits::timeout_reason(timeout, true));
                return Err(threads::abort_error());
            }
        }
        Ok(())
    }

    /// Whether the dispatch loop must count instructions.
    pub(crate) fn counts_ticks(&self) -> bool {
        self.count_ticks
    }

    /// Deterministic mode: turns the instructions executed since the last
    /// report into virtual time.
    pub fn sync_clock(&mut self) {
        let ran = self.budget.saturating_sub(self.ticks);
        if self.interp.gil.advance(ran as u64) {
            if self.interp.config.max_steps.is_some() {
                self.interp
                    .runtime
                    .steps
                    .fetch_add(ran as u64, Ordering::Relaxed);
            }
            self.budget = self.ticks;
            if self.track_lines && ran > 0 {
                let lines = std::mem::take(&mut self.slice_lines);
                self.interp.emit(
                    self.thread,
                    EventKind::Ran {
                        count: ran as u64,
                        lines,
                    },
                );
            }
        }
    }

    /// Instruction `ip` of `code` is about to run, in a run that tracks
    /// lines: note its line, and log it when the run logs every step.
    #[inline(never)]
    pub(crate) fn note_step(&mut self, code: &crate::vm::code::Code, ip: usize) {
        self.note_line(code.bytecode.lines[ip]);
        if self.log_steps {
            let step = runtime::LoggedStep {
                thread: self.thread,
                line: code.bytecode.lines[ip],
                text: code.bytecode.instruction_text(ip),
            };
            if let Some(log) = self.interp.runtime.step_log.lock().as_mut() {
                log.push(step);
            }
        }
    }

    /// Notes that the line of instruction `ip` ran (interleaving log).
    #[inline]
    pub(crate) fn note_line(&mut self, line: u32) {
        // Line 0: the library's code (`CodeObject::as_library`).
        if line != 0
            && self.slice_lines.last() != Some(&line)
            && !self.slice_lines.contains(&line)
            && self.slice_lines.len() < 256
        {
            self.slice_lines.push(line);
        }
    }

    /// Deterministic mode: asks the scheduler for a fresh budget (after
    /// getting the GIL back).
    pub(crate) fn reset_budget(&mut self) {
        if let Some(n) = self.interp.gil.budget(self.thread) {
            let n = n.clamp(1, u32::MAX as u64) as u32;
            self.budget = n;
            self.ticks = n;
        }
    }

    /// The instruction countdown ran out: a `legacy` check interval, or a
    /// deterministic-mode scheduling tick.
    #[cold]
    pub(crate) fn legacy_tick(&mut self) -> PyResult<()> {
        let gil = self.interp.gil.clone();
        if gil.clock().is_virtual() {
            // Virtual time: the slice's instructions are time that passed.
            self.sync_clock();
        } else if let Err(e) = self.check_limits(self.budget as u64) {
            // Raised with the countdown at zero: restart it at one, so
            // that code catching the error (a `finally`, a pool's worker)
            // runs on and the next instruction checks the limits again,
            // instead of counting down from zero.
            self.budget = 1;
            self.ticks = 1;
            return Err(e);
        }
        let n = match gil.countdown_over(self.thread) {
            Countdown::Again(n) => n.clamp(1, u32::MAX as u64) as u32,
            // Counting only for `--max-steps`.
            Countdown::Stop => STEPS_SLICE,
        };
        self.budget = n;
        self.ticks = n;
        if gil.clock().is_virtual() {
            if self.interp.runtime.threads.abort.load(Ordering::Acquire) {
                return Err(threads::abort_error());
            }
            return self.check_limits(0);
        }
        if self.eval_breaker.load(Ordering::Relaxed) != 0 {
            self.handle_eval_breaker()?;
        }
        Ok(())
    }
}

/// What an uncaught exception means for the process: the exit status and
/// what to print on stderr.
pub fn exit_status_for(err: &PyErr) -> (i32, Option<String>) {
    if err.is_instance(&TYPES.keyboard_interrupt) {
        return (interrupt::EXIT_STATUS, Some(err.0.format_traceback()));
    }
    if err.is_instance(&TYPES.system_exit) {
        return match err.0.args().first() {
            None | Some(Value::None) => (0, None),
            Some(Value::Int(code)) => (*code as i32, None),
            Some(Value::Bool(b)) => (b.get() as i32, None),
            Some(other) => (1, Some(format!("{}\n", repr::py_str(other)))),
        };
    }
    (1, Some(err.0.format_traceback()))
}

impl Vm {
    /// `time.sleep`: a blocking operation that releases the GIL.
    pub fn sleep(&mut self, d: Duration) -> PyResult<()> {
        let lock = Mutex::new(());
        let cond = parking_lot::Condvar::new();
        self.blocking(Arc::new(threads::SleepWait), Some(d), |vm, _done| {
            let mut g = lock.lock();
            threads::wait_on(vm, &cond, &mut g, Some(d), |_| false);
        })
    }
}

/// The globals of the script's module run as `name`: `__name__`,
/// `__file__` (made absolute, as CPython 3.9+ gives it) and `__doc__`.
fn script_globals(code: &CodeObject, name: &str) -> Arc<Globals> {
    let globals = Arc::new(Globals::new(code.globals.clone()));
    if let Some(slot) = globals.slot_of("__file__") {
        let path = std::path::Path::new(&code.source.name);
        let path = match std::env::current_dir() {
            Ok(dir) if path.is_relative() => dir.join(path),
            _ => path.to_path_buf(),
        };
        globals.store(slot, Value::str(path.to_string_lossy().into_owned()));
    }
    if let Some(slot) = globals.slot_of("__doc__") {
        let doc = code.doc.as_deref().map_or(Value::None, Value::str);
        globals.store(slot, doc);
    }
    if let Some(slot) = globals.slot_of("__name__") {
        globals.store(slot, Value::str(name));
    }
    globals
}
