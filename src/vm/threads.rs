//! Script threads: the table of every thread of a run, blocking operations
//! that release the GIL, and deadlock detection.
//!
//! A blocking operation (`time.sleep`, a `Lock.acquire` that must wait,
//! `join`, `Queue.get`...) names what it waits for as a `Waitable`, drops
//! the GIL around the wait and takes it back afterwards, as CPython's
//! `Py_BEGIN_ALLOW_THREADS` does. Because every blocked thread says what it
//! waits for, gilvm can see what CPython cannot: when every live thread is
//! blocked without a timeout and none of their conditions can become true,
//! the program is deadlocked. It then reports who waits for what and ends
//! the run instead of hanging.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use parking_lot::{Condvar, Mutex, MutexGuard};

use crate::gil::ThreadNum;
use crate::trace::{BlockKind, DropReason, EventKind};
use crate::vm::objects::exceptions::{PyErr, PyResult};
use crate::vm::objects::types::TYPES;
use crate::vm::Vm;

/// Bit in the eval breaker: the run is over (deadlock or shutdown); every
/// thread stops at its next check point.
pub const ABORT: u32 = 2;

/// The main thread's number.
pub const MAIN: ThreadNum = 1;

thread_local! {
    /// Whether this thread runs the main thread's VM (Ctrl-C ends its
    /// waits).
    static IS_MAIN: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// Set when this thread's last wait ended because of Ctrl-C.
    static WAIT_INTERRUPTED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Records whether the calling thread is the main thread (`Vm::new`).
pub(crate) fn set_thread_is_main(main: bool) {
    let _ = IS_MAIN.try_with(|m| m.set(main));
}

/// Whether the calling thread's last wait was cut short by Ctrl-C (and
/// forgets it).
fn take_wait_interrupted() -> bool {
    WAIT_INTERRUPTED
        .try_with(|w| w.replace(false))
        .unwrap_or(false)
}

/// The exception Ctrl-C raises in the main thread.
pub fn keyboard_interrupt() -> PyErr {
    PyErr::new(&TYPES.keyboard_interrupt, Vec::new())
}

/// How often a blocked thread looks at the abort flag.
const ABORT_POLL: Duration = Duration::from_millis(50);

/// Something a thread can block on.
pub trait Waitable: Send + Sync {
    /// Whether thread `me` could stop waiting now.
    fn ready(&self, me: ThreadNum, table: &TableState) -> bool;
    /// What the thread waits for, for the deadlock report.
    fn describe(&self, table: &TableState) -> String;
    /// The kind of wait, for the timeline and statistics.
    fn kind(&self) -> BlockKind {
        BlockKind::Other
    }
}

/// Set by a blocking wait the moment it takes what it waited for (the
/// lock, the item), under that object's own mutex. Until the thread marks
/// itself running again, the detector reads this flag instead of the
/// object's state, which no longer says "free".
#[derive(Default)]
pub struct WaitDone(AtomicBool);

impl WaitDone {
    pub fn set(&self) {
        self.0.store(true, Ordering::Release);
    }

    fn is_set(&self) -> bool {
        self.0.load(Ordering::Acquire)
    }
}

#[derive(Clone)]
enum Activity {
    Running,
    Blocked {
        on: Arc<dyn Waitable>,
        timed: bool,
        location: String,
        done: Arc<WaitDone>,
    },
    Exited,
}

/// One script thread.
pub struct ThreadEntry {
    pub num: ThreadNum,
    pub name: String,
    pub daemon: bool,
    activity: Activity,
}

#[derive(Default)]
pub struct TableState {
    threads: Vec<ThreadEntry>,
    /// The deadlock report, once one was found, or why the run was
    /// stopped (`stop_run`).
    deadlock: Option<String>,
    /// Set when a limit stopped the run (`--max-steps`, `--timeout`).
    stopped: bool,
}

impl TableState {
    pub fn name_of(&self, num: ThreadNum) -> String {
        self.threads
            .iter()
            .find(|t| t.num == num)
            .map_or_else(|| format!("thread {num}"), |t| t.name.clone())
    }

    pub fn is_exited(&self, num: ThreadNum) -> bool {
        self.threads
            .iter()
            .find(|t| t.num == num)
            .is_some_and(|t| matches!(t.activity, Activity::Exited))
    }

    /// Non-daemon threads other than `me` that have not exited.
    pub fn live_non_daemon(&self, me: ThreadNum) -> Vec<ThreadNum> {
        self.threads
            .iter()
            .filter(|t| t.num != me && !t.daemon && !matches!(t.activity, Activity::Exited))
            .map(|t| t.num)
            .collect()
    }

    pub fn live_count(&self) -> usize {
        self.threads
            .iter()
            .filter(|t| !matches!(t.activity, Activity::Exited))
            .count()
    }
}

/// Every thread of a run, with what each is doing.
pub struct ThreadTable {
    state: Mutex<TableState>,
    /// Signalled whenever a thread exits (joins wait on it).
    exited: Condvar,
    next_num: Mutex<ThreadNum>,
    /// Set when the run is being torn down (deadlock found or main done).
    pub abort: AtomicBool,
    /// Deterministic mode: waits never block on real time (the
    /// deterministic scheduler only lets a thread run once its wait is
    /// over).
    pub deterministic: AtomicBool,
    /// Ctrl-C was pressed and the main thread has not raised it yet.
    interrupt: AtomicBool,
}

impl Default for ThreadTable {
    fn default() -> Self {
        ThreadTable {
            state: Mutex::new(TableState::default()),
            exited: Condvar::new(),
            next_num: Mutex::new(1),
            abort: AtomicBool::new(false),
            deterministic: AtomicBool::new(false),
            interrupt: AtomicBool::new(false),
        }
    }
}

impl ThreadTable {
    /// Registers a new thread (running) and returns its number.
    pub fn register(&self, name: String, daemon: bool) -> ThreadNum {
        let num = {
            let mut n = self.next_num.lock();
            let num = *n;
            *n += 1;
            num
        };
        self.state.lock().threads.push(ThreadEntry {
            num,
            name,
            daemon,
            activity: Activity::Running,
        });
        num
    }

    pub fn rename(&self, num: ThreadNum, name: String) {
        if let Some(t) = self.state.lock().threads.iter_mut().find(|t| t.num == num) {
            t.name = name;
        }
    }

    pub fn lock(&self) -> MutexGuard<'_, TableState> {
        self.state.lock()
    }

    pub fn active_count(&self) -> usize {
        self.state.lock().live_count()
    }

    /// Ctrl-C: marks the interrupt pending and ends a wait the main thread
    /// is blocked in (real waits poll the flag; the deterministic scheduler
    /// sees the wait as over).
    pub fn interrupt_main(&self) {
        self.interrupt.store(true, Ordering::Release);
        let st = self.state.lock();
        if let Some(ThreadEntry {
            activity: Activity::Blocked { done, .. },
            ..
        }) = st.threads.iter().find(|t| t.num == MAIN)
        {
            done.set();
        }
        self.exited.notify_all();
    }

    /// Takes the pending interrupt, if there is one.
    pub fn take_interrupt(&self) -> bool {
        self.interrupt.swap(false, Ordering::AcqRel)
    }

    /// Marks `num` exited, wakes joiners, and checks whether the threads
    /// left behind are now deadlocked.
    pub fn set_exited(&self, num: ThreadNum) {
        let mut st = self.state.lock();
        if let Some(t) = st.threads.iter_mut().find(|t| t.num == num) {
            t.activity = Activity::Exited;
        }
        self.exited.notify_all();
        self.check_deadlock(&mut st);
    }

    /// Waits (without the GIL) until thread `num` has exited or the timeout
    /// passes. Returns whether it exited.
    pub fn wait_exit(&self, num: ThreadNum, timeout: Option<Duration>) -> bool {
        self.wait_until(timeout, |st| st.is_exited(num))
    }

    /// Waits until every non-daemon thread but `me` has exited.
    pub fn wait_all_non_daemon(&self, me: ThreadNum) {
        self.wait_until(None, |st| st.live_non_daemon(me).is_empty());
    }

    fn wait_until(&self, timeout: Option<Duration>, done: impl Fn(&TableState) -> bool) -> bool {
        let mut st = self.state.lock();
        wait_polling(self, &self.exited, &mut st, timeout, |st| done(st))
    }

    fn set_activity(&self, num: ThreadNum, activity: Activity) -> Option<String> {
        let mut st = self.state.lock();
        if let Some(t) = st.threads.iter_mut().find(|t| t.num == num) {
            t.activity = activity;
        }
        self.check_deadlock(&mut st)
    }

    /// The deadlock report if every live thread is blocked for good.
    fn check_deadlock(&self, st: &mut TableState) -> Option<String> {
        if st.deadlock.is_some() {
            return st.deadlock.clone();
        }
        // Daemon threads left blocked once every other thread has ended
        // are abandoned, not deadlocked: the run ends and they stop (the
        // Python docs' queue example leaves its worker in `q.get()`).
        let others_alive = st
            .threads
            .iter()
            .any(|t| !t.daemon && !matches!(t.activity, Activity::Exited));
        if !others_alive {
            return None;
        }
        let mut blocked = Vec::new();
        for t in &st.threads {
            match &t.activity {
                Activity::Exited => {}
                Activity::Running => return None,
                Activity::Blocked { timed: true, .. } => return None,
                Activity::Blocked {
                    on, location, done, ..
                } => {
                    // ready() first: a wait that completes takes the object
                    // and sets `done` under the object's mutex, so reading
                    // `done` after ready() cannot miss it.
                    if on.ready(t.num, st) || done.is_set() {
                        return None;
                    }
                    blocked.push((t.name.clone(), on.describe(st), location.clone()));
                }
            }
        }
        if blocked.is_empty() {
            return None;
        }
        let mut report = String::from(
            "deadlock: every thread is blocked, and only another blocked thread could wake it\n",
        );
        for (name, what, location) in blocked {
            report.push_str(&format!("  {name} waits for {what}, at {location}\n"));
        }
        st.deadlock = Some(report.clone());
        self.abort.store(true, Ordering::Release);
        Some(report)
    }

    /// Blocked threads whose wait is satisfied now (deterministic mode
    /// polls this to know who may run).
    pub fn ready_blocked(&self) -> Vec<ThreadNum> {
        let st = self.state.lock();
        st.threads
            .iter()
            .filter(|t| match &t.activity {
                Activity::Blocked { on, done, .. } => on.ready(t.num, &st) || done.is_set(),
                _ => false,
            })
            .map(|t| t.num)
            .collect()
    }

    /// The deadlock report, if the run ended in one.
    pub fn deadlock_report(&self) -> Option<String> {
        self.state.lock().deadlock.clone()
    }

    /// Stops the run for `reason` (a limit was reached): every thread
    /// unwinds at its next check point or wait, and the run ends with the
    /// reason and `STOPPED_STATUS`. The first reason stands.
    pub fn stop_run(&self, reason: String) {
        let mut st = self.state.lock();
        if st.deadlock.is_none() {
            st.deadlock = Some(reason);
            st.stopped = true;
        }
        self.abort.store(true, Ordering::Release);
    }

    /// How the run ended when it did not end by itself: the exit status
    /// and the report (a deadlock, or a limit reached).
    pub fn end_report(&self) -> Option<(i32, String)> {
        let st = self.state.lock();
        let report = st.deadlock.clone()?;
        Some((if st.stopped { STOPPED_STATUS } else { 1 }, report))
    }
}

impl crate::gil::ThreadStates for ThreadTable {
    fn aborting(&self) -> bool {
        self.abort.load(Ordering::Acquire)
    }

    fn ready_blocked(&self) -> Vec<ThreadNum> {
        ThreadTable::ready_blocked(self)
    }
}

/// Whether the run is being aborted; blocking waits poll this.
pub fn aborted(vm: &Vm) -> bool {
    vm.interp.runtime.threads.abort.load(Ordering::Acquire)
}

/// The exit status of a run stopped by `--max-steps` or `--timeout`, as
/// timeout(1)'s.
pub const STOPPED_STATUS: i32 = 124;

/// The error that unwinds a thread whose run is being aborted.
pub fn abort_error() -> PyErr {
    PyErr::with_message(&TYPES.run_aborted, "the run was aborted")
}

/// Whether `err` is the abort that ends a thread at the end of a run.
pub fn is_abort(err: &PyErr) -> bool {
    err.is_instance(&TYPES.run_aborted)
}

impl Vm {
    /// Runs `wait` without the GIL, with this thread recorded as blocked on
    /// `on`. Without a timeout the deadlock detector runs first: if every
    /// other thread is blocked too and nobody can wake anybody, the run ends
    /// with a report instead of hanging.
    pub fn blocking<T>(
        &mut self,
        on: Arc<dyn Waitable>,
        timeout: Option<Duration>,
        wait: impl FnOnce(&Vm, &WaitDone) -> T,
    ) -> PyResult<T> {
        if timeout == Some(Duration::ZERO) {
            // A zero timeout is a poll (`lock.acquire(timeout=0)`,
            // `queue.get(timeout=0)`): CPython tries once and keeps the
            // GIL, so no other thread runs in between.
            return Ok(wait(self, &WaitDone::default()));
        }
        let location = self.location();
        let table = self.interp.runtime.threads.clone();
        let done = Arc::new(WaitDone::default());
        let waiting_on = on.clone();
        // Deterministic mode: account for the instructions run so far, so
        // the events below carry the right virtual time.
        self.sync_clock();
        if self.interp.runtime.recorder.is_some() {
            let what = on.describe(&table.lock());
            self.interp.emit(
                self.thread,
                EventKind::Blocked {
                    kind: on.kind(),
                    what,
                },
            );
        }
        let report = table.set_activity(
            self.thread,
            Activity::Blocked {
                on,
                timed: timeout.is_some(),
                location,
                done: done.clone(),
            },
        );
        if report.is_some() {
            // The last word of the trace: this thread stops here.
            if let Some(r) = &self.interp.runtime.recorder {
                r.emit(
                    self.thread,
                    EventKind::Dropped {
                        reason: DropReason::Exit,
                    },
                );
            }
            self.interp
                .eval_breaker()
                .fetch_or(ABORT, Ordering::Release);
            table.set_activity(self.thread, Activity::Running);
            return Err(abort_error());
        }
        if self.interp.runtime.clock.is_virtual() {
            self.sync_clock();
            let gil = self.interp.gil.clone();
            let deadline = timeout.map(|t| {
                gil.now_ns()
                    .saturating_add(t.as_nanos().min(u64::MAX as u128) as u64)
            });
            // A `--timeout` ends the wait when it is up (virtual time).
            let deadline = match self.interp.config.timeout {
                Some(limit) => {
                    let limit = (limit.as_nanos().min(u64::MAX as u128) as u64).saturating_add(1);
                    Some(deadline.map_or(limit, |d| d.min(limit)))
                }
                None => deadline,
            };
            loop {
                gil.block_until(self.thread, deadline);
                if aborted(self) {
                    table.set_activity(self.thread, Activity::Running);
                    return Err(abort_error());
                }
                if let Err(stopped) = self.check_limits(0) {
                    table.set_activity(self.thread, Activity::Running);
                    return Err(stopped);
                }
                if self.thread == MAIN && table.take_interrupt() {
                    self.reset_budget();
                    table.set_activity(self.thread, Activity::Running);
                    return Err(keyboard_interrupt());
                }
                let ready = waiting_on.ready(self.thread, &table.lock());
                if ready || deadline.is_some_and(|d| gil.now_ns() >= d) {
                    break;
                }
                // Another thread got there first (took the lock, the item):
                // wait again.
                self.interp.emit(
                    self.thread,
                    EventKind::Blocked {
                        kind: waiting_on.kind(),
                        what: waiting_on.describe(&table.lock()),
                    },
                );
            }
            self.reset_budget();
            table.set_activity(self.thread, Activity::Running);
            return Ok(wait(self, &done));
        }
        self.interp.gil.drop_gil(self.thread, DropReason::Blocking);
        let r = wait(self, &done);
        self.interp.emit(self.thread, EventKind::Woke);
        // Waiting for the GIL is not blocking: its holder always runs.
        table.set_activity(self.thread, Activity::Running);
        self.interp.gil.take(self.thread);
        if aborted(self) {
            return Err(abort_error());
        }
        // Ctrl-C ended the wait before it was satisfied: nothing was taken.
        if take_wait_interrupted() && table.take_interrupt() {
            return Err(keyboard_interrupt());
        }
        Ok(r)
    }

    /// `file:line in function` of the running instruction. When the
    /// library is running (a `Future.result()` waiting on its Condition),
    /// the script's line that called into it, with the library function
    /// named after it: the line the reader wrote is the one to look at.
    pub fn location(&self) -> String {
        let at = |k: usize| {
            let code = &crate::vm::eval::frame_func(&self.frames, k).code;
            let line = code.line_of(self.frames[k].ip.saturating_sub(1));
            (code, line)
        };
        let Some(top) = self.frames.len().checked_sub(1) else {
            return "<no frame>".to_string();
        };
        let (code, line) = at(top);
        let mut here = format!("{}:{} in {}", code.source.name, line, code.name);
        if code.source.name.starts_with(LIBRARY_PREFIX) {
            let script = (0..top)
                .rev()
                .find(|&k| !at(k).0.source.name.starts_with(LIBRARY_PREFIX));
            if let Some(k) = script {
                let (caller, line) = at(k);
                here = format!(
                    "{}:{} in {} (inside {})",
                    caller.source.name, line, caller.name, code.qualname
                );
            }
        }
        here
    }
}

/// How the file name of a library module's code begins
/// (`stdlib::modules::compile_library`).
const LIBRARY_PREFIX: &str = "<stdlib>/";

/// Waits on `cond` with `guard` until `done` holds, the timeout passes or
/// the run is aborted; returns whether `done` held. All blocking
/// primitives wait through this so that an aborted run wakes them.
pub fn wait_on<S>(
    vm: &Vm,
    cond: &Condvar,
    guard: &mut MutexGuard<'_, S>,
    timeout: Option<Duration>,
    done: impl FnMut(&mut S) -> bool,
) -> bool {
    wait_polling(&vm.interp.runtime.threads, cond, guard, timeout, done)
}

/// The one waiting loop: until `done`, the timeout, or the run's abort
/// flag (polled every `ABORT_POLL`, so an aborted run never hangs). In
/// deterministic mode it only looks once: the scheduler lets a thread
/// run again only when its wait is over.
fn wait_polling<S>(
    table: &ThreadTable,
    cond: &Condvar,
    guard: &mut MutexGuard<'_, S>,
    timeout: Option<Duration>,
    mut done: impl FnMut(&mut S) -> bool,
) -> bool {
    if table.deterministic.load(Ordering::Relaxed) {
        return done(guard);
    }
    let deadline = timeout.map(|t| Instant::now() + t);
    loop {
        if done(guard) {
            return true;
        }
        if table.abort.load(Ordering::Acquire) {
            return false;
        }
        if table.interrupt.load(Ordering::Acquire) && IS_MAIN.try_with(|m| m.get()).unwrap_or(false)
        {
            let _ = WAIT_INTERRUPTED.try_with(|w| w.set(true));
            return false;
        }
        let step = match deadline {
            Some(d) => {
                let now = Instant::now();
                if now >= d {
                    return false;
                }
                (d - now).min(ABORT_POLL)
            }
            None => ABORT_POLL,
        };
        cond.wait_for(guard, step);
    }
}

/// Waiting for a thread to finish (`join`).
pub struct JoinWait(pub ThreadNum);

impl Waitable for JoinWait {
    fn ready(&self, _me: ThreadNum, table: &TableState) -> bool {
        table.is_exited(self.0)
    }

    fn describe(&self, table: &TableState) -> String {
        format!("{} to finish (join)", table.name_of(self.0))
    }

    fn kind(&self) -> BlockKind {
        BlockKind::Join
    }
}

/// The main thread at exit, waiting for every non-daemon thread.
pub struct ShutdownWait;

impl Waitable for ShutdownWait {
    fn ready(&self, me: ThreadNum, table: &TableState) -> bool {
        table.live_non_daemon(me).is_empty()
    }

    fn describe(&self, table: &TableState) -> String {
        let names: Vec<String> = table
            .live_non_daemon(1)
            .into_iter()
            .map(|n| table.name_of(n))
            .collect();
        format!(
            "the non-daemon threads to finish at exit ({})",
            names.join(", ")
        )
    }
}

/// `time.sleep`: always timed, never part of a deadlock.
pub struct SleepWait;

impl Waitable for SleepWait {
    /// Only the deadline ends a sleep.
    fn ready(&self, _me: ThreadNum, _table: &TableState) -> bool {
        false
    }

    fn describe(&self, _table: &TableState) -> String {
        "time.sleep to return".into()
    }

    fn kind(&self) -> BlockKind {
        BlockKind::Sleep
    }
}
