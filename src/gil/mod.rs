//! The global interpreter lock, as the VM sees it.
//!
//! One `Gil` is shared by every thread of a run. A thread must hold it to
//! execute bytecode; it lets go when a switch is due (the policy decides
//! when), around every blocking operation, and when it ends. The `Gil` is
//! the one seam between the VM and scheduling (as Lua's `lua_lock` and
//! `luai_threadyield` are): it holds the run's clock, the eval breaker and
//! the switch interval, and passes everything else to its `Scheduler`:
//!
//! - `real_lock.rs`: the lock on real OS threads and the wall clock;
//! - `baton.rs`: deterministic mode, one thread at a time on a virtual
//!   clock, every choice seeded;
//! - `policies/`: one file per policy (`cpython`, `legacy`, `fifo`,
//!   `ruby`, `none`), the decisions both schedulers follow.

use std::sync::atomic::{AtomicU32, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

pub mod baton;
pub mod policies;
pub mod real_lock;
pub mod scheduler;

pub use policies::{Policy, Requests, SwitchRules};
pub use scheduler::{Countdown, Scheduler};

use crate::trace::recorder::{Clock, Recorder};
use crate::trace::DropReason;
use baton::Baton;
use real_lock::RealLock;

pub use baton::DEFAULT_INSTR_COST_NS;

/// How a run's threads are to take turns (from the command line).
#[derive(Debug, Clone)]
pub struct Scheduling {
    pub policy: Policy,
    /// CPython's switch interval (`sys.setswitchinterval`).
    pub interval: Duration,
    /// Instructions between switches under `legacy`.
    pub check_interval: u32,
    /// Deterministic mode with this seed: one thread at a time, seeded
    /// choices, virtual time.
    pub seed: Option<u64>,
    /// Virtual nanoseconds per instruction in deterministic mode.
    pub instr_cost_ns: u64,
    /// Deterministic mode: follow this schedule instead of the seed's
    /// choices (`baton::Plan`).
    pub plan: Option<baton::Plan>,
}

/// Bit in the eval breaker: the GIL holder should drop it.
pub const DROP_REQUEST: u32 = 1;

pub use crate::trace::ThreadNum;

/// What the deterministic scheduler must know of the script's threads,
/// which the VM keeps (`vm::threads::ThreadTable`). A trait, so that the
/// GIL depends on nothing above it: the VM uses the GIL, not the reverse.
pub trait ThreadStates: Send + Sync {
    /// Whether the run is being torn down.
    fn aborting(&self) -> bool;
    /// Blocked threads whose wait could end now.
    fn ready_blocked(&self) -> Vec<ThreadNum>;
}

pub struct Gil {
    policy: Policy,
    /// The interpreter-wide eval breaker polled at check points.
    pub eval_breaker: Arc<AtomicU32>,
    /// The switch interval in nanoseconds (`sys.setswitchinterval`).
    pub interval_ns: Arc<AtomicU64>,
    /// Instructions between switches under `legacy` (`--check-interval`).
    pub check_interval: u32,
    /// The run's clock (virtual in deterministic mode).
    clock: Clock,
    scheduler: Arc<dyn Scheduler>,
}

impl Gil {
    /// A real lock on the wall clock.
    pub fn new(
        policy: Policy,
        interval: Duration,
        check_interval: u32,
        recorder: Option<Arc<Recorder>>,
    ) -> Arc<Gil> {
        let scheduling = Scheduling {
            policy,
            interval,
            check_interval,
            seed: None,
            instr_cost_ns: DEFAULT_INSTR_COST_NS,
            plan: None,
        };
        Gil::for_run(&scheduling, Clock::for_run(false), recorder, None)
    }

    /// The GIL of a run: the real lock, or, with a seed, the deterministic
    /// baton on the virtual `clock`, which asks `threads` about the
    /// script's threads.
    pub fn for_run(
        s: &Scheduling,
        clock: Clock,
        recorder: Option<Arc<Recorder>>,
        threads: Option<Arc<dyn ThreadStates>>,
    ) -> Arc<Gil> {
        let eval_breaker = Arc::new(AtomicU32::new(0));
        let interval_ns = Arc::new(AtomicU64::new(s.interval.as_nanos().max(1) as u64));
        let check_interval = s.check_interval.max(1);
        let scheduler: Arc<dyn Scheduler> = match (s.seed, &clock, threads) {
            (Some(seed), Clock::Virtual(time), Some(table)) => Arc::new(
                Baton::new(
                    s.policy,
                    seed,
                    s.instr_cost_ns,
                    time.clone(),
                    interval_ns.clone(),
                    s.check_interval,
                    eval_breaker.clone(),
                    table,
                    recorder,
                )
                .with_plan(s.plan.clone()),
            ),
            _ => RealLock::new(
                s.policy,
                interval_ns.clone(),
                check_interval,
                eval_breaker.clone(),
                recorder,
            ),
        };
        Arc::new(Gil {
            policy: s.policy,
            eval_breaker,
            interval_ns,
            check_interval,
            clock,
            scheduler,
        })
    }

    /// The run's clock.
    pub fn clock(&self) -> &Clock {
        &self.clock
    }

    /// Nanoseconds since the run started, on the run's clock.
    pub fn now_ns(&self) -> u64 {
        self.clock.now_ns()
    }

    /// Preemption points passed so far (deterministic mode, see
    /// `baton::Plan`).
    pub fn preemption_points(&self) -> u64 {
        self.scheduler.preemption_points()
    }

    pub fn policy(&self) -> Policy {
        self.policy
    }

    pub fn interval(&self) -> Duration {
        Duration::from_nanos(self.interval_ns.load(Ordering::Relaxed))
    }

    pub fn set_interval(&self, d: Duration) {
        self.interval_ns.store(
            d.as_nanos().clamp(1, u64::MAX as u128) as u64,
            Ordering::Relaxed,
        );
    }

    /// Whether the dispatch loop must count instructions: the `legacy`
    /// check interval, or the deterministic scheduler's slices of virtual
    /// time.
    pub fn counts_instructions(&self) -> bool {
        self.scheduler.counts_instructions()
    }

    /// A thread joins the scheduling (started by another thread, at a
    /// deterministic point).
    pub fn register(&self, me: ThreadNum) {
        self.scheduler.register(me);
    }

    /// Takes the GIL for thread `me`, waiting as the policy says.
    pub fn take(&self, me: ThreadNum) {
        self.scheduler.take(me);
    }

    /// Releases the GIL (around a blocking operation or at thread exit).
    pub fn drop_gil(&self, me: ThreadNum, reason: DropReason) {
        self.scheduler.release(me, reason);
    }

    /// A check point found the drop request set: give the GIL up and queue
    /// for it again.
    pub fn yield_on_request(&self, me: ThreadNum) {
        self.scheduler.yield_on_request(me);
    }

    /// The running thread executed `n` instructions since it last said:
    /// virtual time passes (deterministic mode). False when instructions
    /// are not time to this scheduler.
    pub fn advance(&self, n: u64) -> bool {
        self.scheduler.advance(n)
    }

    /// Deterministic mode: how many instructions `me` may run before it
    /// must report (`countdown_over`); None on the real lock.
    pub fn budget(&self, me: ThreadNum) -> Option<u64> {
        self.scheduler.budget(me)
    }

    /// `me`'s instruction countdown ran out (after `advance`): a
    /// deterministic scheduling point, where `me` may be switched out; a
    /// `legacy` check interval, where it releases the lock and asks again.
    pub fn countdown_over(&self, me: ThreadNum) -> Countdown {
        self.scheduler.countdown_over(me)
    }

    /// Deterministic mode: `me` blocks until its wait is satisfied (the
    /// thread table says so) or the virtual clock reaches `deadline`, then
    /// runs again. (On the real lock a blocked thread drops the GIL and
    /// waits on the object itself.)
    pub fn block_until(&self, me: ThreadNum, deadline: Option<u64>) {
        self.scheduler.block_until(me, deadline);
    }

    /// The run is being torn down: wakes every thread parked by the
    /// scheduler so that it can unwind.
    pub fn abort(&self) {
        self.scheduler.abort();
    }
}
