//! The one interface between the VM and whatever decides which thread
//! runs: take, let go, yield on request, count instructions, block until a
//! deadline or a wake-up. Two implementations: the real lock
//! (`real_lock.rs`, OS threads on the wall clock) and the deterministic
//! baton (`baton.rs`, one thread at a time on a virtual clock, seeded).
//! Both read the same policy files (`policies/`).

use crate::gil::ThreadNum;
use crate::trace::DropReason;

/// What the running thread does when its instruction countdown runs out
/// (`Scheduler::countdown_over`).
pub enum Countdown {
    /// Count this many more, then ask again.
    Again(u64),
    /// Stop counting: instructions do not matter to this scheduler.
    Stop,
}

pub trait Scheduler: Send + Sync {
    /// A new thread joins, registered by the thread that starts it.
    fn register(&self, _me: ThreadNum) {}

    /// Waits until `me` may run bytecode.
    fn take(&self, me: ThreadNum);

    /// `me` lets go: around a blocking call, or as it exits.
    fn release(&self, me: ThreadNum, reason: DropReason);

    /// A drop request reached `me` at a check point: let another thread
    /// run, then wait for a turn again.
    fn yield_on_request(&self, me: ThreadNum);

    /// Whether the dispatch loop must count instructions for it.
    fn counts_instructions(&self) -> bool;

    /// The running thread executed `n` instructions since it last said:
    /// virtual time passes. False when instructions are not time.
    fn advance(&self, _n: u64) -> bool {
        false
    }

    /// How many instructions `me` may run before `countdown_over`, when
    /// the scheduler decides that (deterministic mode).
    fn budget(&self, _me: ThreadNum) -> Option<u64> {
        None
    }

    /// `me`'s instruction countdown ran out: a scheduling point.
    fn countdown_over(&self, me: ThreadNum) -> Countdown;

    /// Deterministic mode: `me` blocks until its wait is satisfied or the
    /// virtual clock reaches `deadline`, and runs again. (On the real lock
    /// a blocked thread releases it and waits on the object itself.)
    fn block_until(&self, _me: ThreadNum, _deadline: Option<u64>) {}

    /// The run is being torn down: wake every thread the scheduler parked.
    fn abort(&self) {}

    /// Preemption points passed so far, as a plan numbers them
    /// (deterministic mode; `baton::Plan`).
    fn preemption_points(&self) -> u64 {
        0
    }
}
