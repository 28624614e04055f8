//! Deterministic mode: the GIL as a baton, on a virtual clock.
//!
//! Every script thread is still its own OS thread, but exactly one runs at
//! a time: the one holding the baton. The others are parked on a condition
//! variable until the baton is handed to them. Time is virtual: each
//! executed instruction costs `instr_cost` nanoseconds, a sleeping thread
//! wakes when the clock reaches its deadline, and when every thread is
//! blocked the clock jumps to the next deadline (a discrete-event
//! simulation). Every choice — which waiter gets the baton, where a random
//! preemption falls — comes from a seeded random number generator. So the
//! same script, policy and seed give the same interleaving, output and
//! trace on every machine.
//!
//! The running thread reports to the scheduler in "ticks": it is given a
//! budget of instructions up to the next moment something could happen (a
//! waiter's switch interval running out, a sleeper's deadline, a legacy
//! check interval, a random preemption point), and calls back when the
//! budget is spent.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU32, AtomicU64, Ordering};
use std::sync::Arc;

use parking_lot::{Condvar, Mutex};

use crate::gil::scheduler::{Countdown, Scheduler};
use crate::gil::{Policy, Requests, ThreadNum, ThreadStates, DROP_REQUEST};
use crate::trace::recorder::Recorder;
use crate::trace::{DropReason, EventKind};

/// The default virtual cost of one instruction, in nanoseconds: about what
/// CPython 3.11 spends per bytecode on this project's machines.
pub const DEFAULT_INSTR_COST_NS: u64 = 25;

/// The longest stretch a thread runs before the scheduler looks at the
/// blocked threads again (so a lock released mid-slice is noticed soon).
const MAX_QUANTUM: u64 = 2000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TState {
    /// Has the baton.
    Running,
    /// Wants the baton since `since`. `timer` is when its current timed
    /// wait began: `since`, or the last switch if one came later (CPython's
    /// waiter asks for a drop only after a whole interval without a switch;
    /// MRI's timer restarts its quantum).
    Waiting {
        since: u64,
        timer: u64,
    },
    /// Blocked; runnable again when its wait is satisfied (the thread
    /// table knows) or at the deadline.
    Blocked {
        deadline: Option<u64>,
    },
    Exited,
}

impl TState {
    fn waiting(since: u64) -> TState {
        TState::Waiting {
            since,
            timer: since,
        }
    }
}

/// splitmix64: a tiny, well-known generator; enough for schedule choices.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (n > 0).
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

struct State {
    holder: Option<ThreadNum>,
    threads: BTreeMap<ThreadNum, TState>,
    rng: Rng,
    /// When the pending drop request was made, if any.
    requested: bool,
    /// Instructions the holder has run since its last legacy check.
    since_check: u64,
    /// Who last held the baton: a new holder other than this one is a
    /// switch (CPython's `last_holder` and `switch_number`).
    last_holder: Option<ThreadNum>,
    /// A schedule given in advance, which replaces every random choice.
    plan: Option<Plan>,
    /// Preemption points passed so far (check intervals under `legacy`,
    /// quanta under `none`): a plan's switches are numbered by them.
    points: u64,
    /// The thread a planned switch hands the baton to.
    planned_next: Option<ThreadNum>,
}

/// A schedule given in advance (`--schedule`, `explore --explain`): at
/// preemption point `at` (the `at`-th check interval under `legacy`, the
/// `at`-th quantum of `check_interval` instructions under `none`,
/// counting from 1 across the run), the holder gives the baton to thread
/// `to`, if it is waiting; every other preemption point lets the holder
/// go on, and when the holder blocks or exits the baton goes to the
/// thread that became ready last. Nothing is random, so a plan replays exactly, and its
/// switches are the only preemptions of the run.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Plan {
    pub switches: Vec<(u64, ThreadNum)>,
}

impl Plan {
    /// Parses `12:3,13:2` (point:thread, ...); the empty string is the
    /// plan without preemptions.
    pub fn parse(text: &str) -> Result<Plan, String> {
        let mut switches = Vec::new();
        for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let (at, to) = part
                .split_once(':')
                .ok_or_else(|| format!("{part:?}: a switch is POINT:THREAD, e.g. 12:3"))?;
            let at: u64 = at
                .parse()
                .map_err(|_| format!("{part:?}: the point is a number"))?;
            let to: ThreadNum = to
                .parse()
                .map_err(|_| format!("{part:?}: the thread is a number"))?;
            if at == 0 {
                return Err(format!("{part:?}: points count from 1"));
            }
            switches.push((at, to));
        }
        switches.sort_unstable();
        Ok(Plan { switches })
    }

    /// The switch planned at point `at`, if any.
    fn at(&self, at: u64) -> Option<ThreadNum> {
        self.switches.iter().find(|s| s.0 == at).map(|s| s.1)
    }
}

impl std::fmt::Display for Plan {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let parts: Vec<String> = self
            .switches
            .iter()
            .map(|(at, to)| format!("{at}:{to}"))
            .collect();
        f.write_str(&parts.join(","))
    }
}

pub struct Baton {
    policy: Policy,
    state: Mutex<State>,
    handoff: Condvar,
    /// Virtual nanoseconds since the run started; shared with the recorder.
    pub clock: Arc<AtomicU64>,
    pub instr_cost: u64,
    interval_ns: Arc<AtomicU64>,
    check_interval: u32,
    eval_breaker: Arc<AtomicU32>,
    table: Arc<dyn ThreadStates>,
    recorder: Option<Arc<Recorder>>,
}

impl Baton {
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        policy: Policy,
        seed: u64,
        instr_cost: u64,
        clock: Arc<AtomicU64>,
        interval_ns: Arc<AtomicU64>,
        check_interval: u32,
        eval_breaker: Arc<AtomicU32>,
        table: Arc<dyn ThreadStates>,
        recorder: Option<Arc<Recorder>>,
    ) -> Baton {
        Baton {
            policy,
            state: Mutex::new(State {
                holder: None,
                threads: BTreeMap::new(),
                rng: Rng(seed ^ 0x6A09_E667_F3BC_C908),
                requested: false,
                since_check: 0,
                last_holder: None,
                plan: None,
                points: 0,
                planned_next: None,
            }),
            handoff: Condvar::new(),
            clock,
            instr_cost: instr_cost.max(1),
            interval_ns,
            check_interval,
            eval_breaker,
            table,
            recorder,
        }
    }

    /// Follows `plan` instead of the seed's choices.
    pub fn with_plan(self, plan: Option<Plan>) -> Baton {
        self.state.lock().plan = plan;
        self
    }

    pub fn now(&self) -> u64 {
        self.clock.load(Ordering::Acquire)
    }

    /// Records an event, unless the run is being torn down: after a
    /// deadlock report, threads unwind in whatever order the OS runs them,
    /// and none of that belongs in a deterministic trace.
    fn emit(&self, thread: ThreadNum, kind: EventKind) {
        if let Some(r) = &self.recorder {
            if !self.table.aborting() {
                r.emit(thread, kind);
            }
        }
    }

    /// The running thread executed `n` instructions since it last reported.
    pub fn advance(&self, n: u64) {
        if n > 0 {
            self.clock
                .fetch_add(n.saturating_mul(self.instr_cost), Ordering::AcqRel);
            self.state.lock().since_check += n;
        }
    }

    /// A new thread (registered by the thread starting it, at a
    /// deterministic point) starts out waiting for the baton.
    pub fn register(&self, me: ThreadNum) {
        let mut st = self.state.lock();
        let now = self.now();
        st.threads.insert(me, TState::waiting(now));
        self.emit(me, EventKind::WantGil);
    }

    /// Waits until `me` holds the baton. Every event about the hand-over
    /// is emitted by the thread giving the baton away, under the lock, so
    /// the trace's order never depends on how the OS schedules threads.
    pub fn take(&self, me: ThreadNum) {
        let mut st = self.state.lock();
        let now = self.now();
        if let std::collections::btree_map::Entry::Vacant(e) = st.threads.entry(me) {
            e.insert(TState::waiting(now));
            self.emit(me, EventKind::WantGil);
        }
        if st.holder.is_none() {
            self.schedule(&mut st, None);
        }
        while st.holder != Some(me) {
            if self.table.aborting() {
                return;
            }
            self.handoff
                .wait_for(&mut st, std::time::Duration::from_millis(50));
        }
        st.threads.insert(me, TState::Running);
        st.since_check = 0;
    }

    /// `me` blocks until its wait is satisfied or `timeout_ns` passes.
    /// Called before `release`.
    pub fn block(&self, me: ThreadNum, timeout_ns: Option<u64>) {
        let deadline = timeout_ns.map(|t| self.now().saturating_add(t));
        self.state
            .lock()
            .threads
            .insert(me, TState::Blocked { deadline });
    }

    /// `me` gives the baton up (it blocked or exited) and hands it on.
    pub fn release(&self, me: ThreadNum, reason: DropReason) {
        let mut st = self.state.lock();
        if st.holder != Some(me) {
            return;
        }
        self.emit(me, EventKind::Dropped { reason });
        if reason == DropReason::Exit {
            st.threads.insert(me, TState::Exited);
        }
        st.holder = None;
        self.schedule(&mut st, None);
    }

    /// A drop request reached `me` at a check point: hand the baton to a
    /// waiter (never back to `me`: forced switching) and wait for it again.
    pub fn yield_now(&self, me: ThreadNum, reason: DropReason) {
        {
            let mut st = self.state.lock();
            st.requested = false;
            self.eval_breaker
                .fetch_and(!DROP_REQUEST, Ordering::Release);
            if st.holder != Some(me) {
                return;
            }
            self.wake_ready(&mut st);
            let others = st
                .threads
                .iter()
                .any(|(t, s)| *t != me && matches!(s, TState::Waiting { .. }));
            if !others {
                return;
            }
            self.emit(me, EventKind::Dropped { reason });
            self.emit(me, EventKind::WantGil);
            let now = self.now();
            st.threads.insert(me, TState::waiting(now));
            st.holder = None;
            self.schedule(&mut st, Some(me));
        }
        self.take(me);
    }

    /// The running thread's instruction budget ran out: decide whether it
    /// should be asked to switch, switch it now (`legacy`, `none`), or go
    /// on. Returns the next budget.
    pub fn tick(&self, me: ThreadNum) -> u64 {
        let switch_now = {
            let mut st = self.state.lock();
            self.wake_ready(&mut st);
            let now = self.now();
            let waiters: Vec<(ThreadNum, u64)> = st
                .threads
                .iter()
                .filter_map(|(t, s)| match s {
                    TState::Waiting { since, .. } if *t != me => Some((*t, *since)),
                    _ => None,
                })
                .collect();
            let timers = st.threads.iter().filter_map(|(t, s)| match s {
                TState::Waiting { timer, .. } if *t != me => Some(*timer),
                _ => None,
            });
            let rules = self.policy.rules();
            if st.plan.is_some() && (!rules.has_lock() || rules.counts_instructions()) {
                // A planned run: each check interval (each quantum without
                // a lock) is a numbered point; the plan says where to switch.
                if st.since_check >= self.check_interval as u64 {
                    st.since_check = 0;
                    st.points += 1;
                    let to = st.plan.as_ref().and_then(|p| p.at(st.points));
                    match to {
                        Some(t) if waiters.iter().any(|w| w.0 == t) => {
                            st.planned_next = Some(t);
                            Some(if rules.has_lock() {
                                DropReason::CheckInterval
                            } else {
                                DropReason::Requested
                            })
                        }
                        _ => None,
                    }
                } else {
                    None
                }
            } else if !rules.has_lock() {
                // A preemption point: any runnable thread may go next.
                if !waiters.is_empty() && st.rng.below(waiters.len() as u64 + 1) != 0 {
                    Some(DropReason::Requested)
                } else {
                    None
                }
            } else if rules.counts_instructions() {
                if st.since_check >= self.check_interval as u64 {
                    st.since_check = 0;
                    if !waiters.is_empty() && st.rng.below(100) >= rules.holder_wins_percent() {
                        Some(DropReason::CheckInterval)
                    } else {
                        None
                    }
                } else {
                    None
                }
            } else {
                // The longest waiter asks for a switch once it is due.
                if let Some(due) = self.request_due(timers.min()) {
                    if due <= now && !st.requested {
                        st.requested = true;
                        self.eval_breaker.fetch_or(DROP_REQUEST, Ordering::Release);
                        let requester = waiters
                            .iter()
                            .min_by_key(|(t, since)| (*since, *t))
                            .map_or(me, |w| w.0);
                        self.emit(requester, EventKind::DropRequest { holder: Some(me) });
                    }
                }
                None
            }
        };
        if let Some(reason) = switch_now {
            self.yield_now(me, reason);
        }
        self.budget(me)
    }

    /// When a waiter whose timed wait began at `timer` (the earliest such
    /// waiter) asks for a switch, or the Ruby timer does for it.
    fn request_due(&self, timer: Option<u64>) -> Option<u64> {
        let timer = timer?;
        Some(match self.policy.rules().requests() {
            // A timer fires on every quantum boundary; the first one after
            // the waiter arrived asks for the switch.
            Requests::EveryQuantum(q) => {
                let q = q.as_nanos() as u64;
                (timer / q + 1) * q
            }
            // (Without requests, the interval still bounds the slices.)
            Requests::AfterInterval | Requests::Never => {
                timer + self.interval_ns.load(Ordering::Relaxed)
            }
        })
    }

    /// Instructions the running thread may execute before the next tick.
    pub fn budget(&self, me: ThreadNum) -> u64 {
        let mut st = self.state.lock();
        let now = self.now();
        let mut until: u64 = MAX_QUANTUM * self.instr_cost;
        for (t, s) in &st.threads {
            match s {
                TState::Blocked {
                    deadline: Some(d), ..
                } => until = until.min(d.saturating_sub(now)),
                TState::Waiting { timer, .. } if *t != me => {
                    if let Some(due) = self.request_due(Some(*timer)) {
                        if due > now {
                            until = until.min(due - now);
                        }
                    }
                }
                _ => {}
            }
        }
        let mut n = (until / self.instr_cost).clamp(1, MAX_QUANTUM);
        let rules = self.policy.rules();
        if rules.counts_instructions() || (st.plan.is_some() && !rules.has_lock()) {
            let left = (self.check_interval as u64).saturating_sub(st.since_check);
            n = n.min(left.max(1));
        } else if !rules.has_lock() {
            n = n.min(1 + st.rng.below(2 * rules.mean_preemption_quantum()));
        }
        n
    }

    /// Blocked threads whose wait is satisfied, or whose deadline has
    /// passed, start waiting for the baton.
    fn wake_ready(&self, st: &mut State) {
        let now = self.now();
        let ready = self.table.ready_blocked();
        for (t, s) in st.threads.iter_mut() {
            if let TState::Blocked { deadline } = *s {
                let timed_out = deadline.is_some_and(|d| d <= now);
                if timed_out || ready.contains(t) {
                    let since = match deadline {
                        Some(d) if timed_out => d,
                        _ => now,
                    };
                    *s = TState::waiting(since);
                    if let Some(r) = &self.recorder {
                        if !self.table.aborting() {
                            r.emit_at(since, *t, EventKind::Woke);
                            r.emit_at(since, *t, EventKind::WantGil);
                        }
                    }
                }
            }
        }
    }

    /// Picks the next holder among the waiting threads (never `not`, when
    /// another can go); with nobody runnable, advances the clock to the
    /// next deadline. Caller has made sure nobody holds the baton.
    fn schedule(&self, st: &mut State, not: Option<ThreadNum>) {
        loop {
            self.wake_ready(st);
            let mut waiters: Vec<(ThreadNum, u64)> = st
                .threads
                .iter()
                .filter_map(|(t, s)| match s {
                    TState::Waiting { since, .. } => Some((*t, *since)),
                    _ => None,
                })
                .collect();
            if waiters.len() > 1 {
                waiters.retain(|w| Some(w.0) != not);
            }
            if !waiters.is_empty() {
                let planned = st.planned_next.take();
                let chosen = if let Some(t) = planned.filter(|t| waiters.iter().any(|w| w.0 == *t))
                {
                    Some(t)
                } else if st.plan.is_some() {
                    // A planned run hands the baton on to the thread that
                    // became ready last (a thread just started runs, as an
                    // OS would let it): only the plan's switches preempt.
                    waiters
                        .iter()
                        .max_by_key(|(t, since)| (*since, *t))
                        .map(|w| w.0)
                } else if self.policy.rules().hands_off_in_order() {
                    waiters
                        .iter()
                        .min_by_key(|(t, since)| (*since, *t))
                        .map(|w| w.0)
                } else {
                    let i = st.rng.below(waiters.len() as u64) as usize;
                    Some(waiters[i].0)
                };
                st.holder = chosen;
                if let Some(t) = chosen {
                    if st.last_holder != Some(t) {
                        // A switch: every other waiter starts a fresh
                        // interval, as a CPython waiter whose wait spanned
                        // a switch does not ask for a drop.
                        let now = self.now();
                        for (u, s) in st.threads.iter_mut() {
                            if let TState::Waiting { timer, .. } = s {
                                if *u != t {
                                    *timer = now;
                                }
                            }
                        }
                        st.last_holder = Some(t);
                    }
                    self.emit(t, EventKind::Acquired);
                }
                self.handoff.notify_all();
                return;
            }
            let next_deadline = st
                .threads
                .values()
                .filter_map(|s| match s {
                    TState::Blocked { deadline } => *deadline,
                    _ => None,
                })
                .min();
            match next_deadline {
                Some(d) => {
                    // Everyone is blocked: jump to the next wake-up.
                    let now = self.now();
                    if d > now {
                        self.clock.store(d, Ordering::Release);
                    }
                }
                None => {
                    // Nobody can run: the run is over, or deadlocked (the
                    // thread table reports that).
                    st.holder = None;
                    self.handoff.notify_all();
                    return;
                }
            }
        }
    }

    /// Wakes every parked thread (the run is being aborted).
    pub fn abort(&self) {
        self.handoff.notify_all();
    }
}

impl Scheduler for Baton {
    fn register(&self, me: ThreadNum) {
        Baton::register(self, me)
    }

    fn take(&self, me: ThreadNum) {
        Baton::take(self, me)
    }

    fn release(&self, me: ThreadNum, reason: DropReason) {
        Baton::release(self, me, reason)
    }

    fn yield_on_request(&self, me: ThreadNum) {
        self.yield_now(me, DropReason::Requested)
    }

    /// Every instruction is virtual time.
    fn counts_instructions(&self) -> bool {
        true
    }

    fn advance(&self, n: u64) -> bool {
        Baton::advance(self, n);
        true
    }

    fn budget(&self, me: ThreadNum) -> Option<u64> {
        Some(Baton::budget(self, me))
    }

    fn countdown_over(&self, me: ThreadNum) -> Countdown {
        Countdown::Again(self.tick(me))
    }

    fn block_until(&self, me: ThreadNum, deadline: Option<u64>) {
        self.block(me, deadline.map(|d| d.saturating_sub(self.now())));
        Baton::release(self, me, DropReason::Blocking);
        Baton::take(self, me);
    }

    fn abort(&self) {
        Baton::abort(self)
    }

    fn preemption_points(&self) -> u64 {
        self.state.lock().points
    }
}
