//! The real lock: what a thread waits on to run bytecode, on real OS
//! threads and the wall clock.
//!
//! Under the `cpython` policy it follows CPython 3.2+'s `Python/ceval_gil.c`: the GIL
//! is a boolean (`locked`) guarded by a mutex and signalled by a condition
//! variable. A thread that wants it waits on the condition for `interval`;
//! if it times out and no switch happened meanwhile (`switch_number`
//! unchanged), it sets the *drop request* bit in the eval breaker. The
//! holder sees the bit at its next check point, drops the GIL and, with
//! forced switching, waits until another thread has taken it (`last_holder`
//! changed) before queueing for it again.
//!
//! The other policies model other interpreters: `legacy` (CPython 2:
//! release and re-acquire every N instructions, no hand-off), `fifo` (a
//! fair lock: every switch goes to the longest waiter), `ruby` (MRI's GVL:
//! a 100 ms timer asks the holder to yield, FIFO hand-off) and `none`
//! (PEP 703 free-threading: no lock at all).
//!
//! Each policy's decisions come from `policies`; this file is the
//! mechanism.

use std::collections::VecDeque;
use std::sync::atomic::{AtomicU32, AtomicU64, Ordering};
use std::sync::{Arc, Weak};
use std::time::Duration;

use parking_lot::{Condvar, Mutex};

use crate::gil::scheduler::{Countdown, Scheduler};
use crate::gil::{Policy, Requests, SwitchRules, ThreadNum, DROP_REQUEST};
use crate::trace::recorder::Recorder;
use crate::trace::{DropReason, EventKind};

/// The lock's state, guarded by `Gil::state` (CPython's `gil_mutex`).
#[derive(Debug, Default)]
struct GilState {
    locked: bool,
    holder: Option<ThreadNum>,
    /// The last thread that held the GIL; a change tells a dropping thread
    /// that someone else got it (forced switching).
    last_holder: Option<ThreadNum>,
    /// Incremented each time the GIL passes to a different thread.
    switch_number: u64,
    /// Threads waiting for the GIL, in arrival order (used by the fair
    /// policies to pick who gets it, and by all for statistics).
    waiters: VecDeque<ThreadNum>,
    /// Whether the Ruby timer thread runs.
    timer_started: bool,
}

pub struct RealLock {
    policy: Policy,
    state: Mutex<GilState>,
    /// Signalled when the GIL is released (`gil_cond`).
    cond: Condvar,
    /// Signalled when a thread takes the GIL (`switch_cond`).
    switch_cond: Condvar,
    /// The interpreter-wide eval breaker polled at check points.
    eval_breaker: Arc<AtomicU32>,
    /// The switch interval in nanoseconds (`sys.setswitchinterval`).
    interval_ns: Arc<AtomicU64>,
    /// Instructions between switches under `legacy` (`--check-interval`).
    check_interval: u32,
    /// Switches that a drop request forced.
    forced_switches: AtomicU64,
    /// Where GIL events go, when the run is traced.
    recorder: Option<Arc<Recorder>>,
    /// Itself, for a request timer thread to hold without keeping it.
    me: Weak<RealLock>,
}

impl RealLock {
    pub fn new(
        policy: Policy,
        interval_ns: Arc<AtomicU64>,
        check_interval: u32,
        eval_breaker: Arc<AtomicU32>,
        recorder: Option<Arc<Recorder>>,
    ) -> Arc<RealLock> {
        Arc::new_cyclic(|me| RealLock {
            policy,
            state: Mutex::new(GilState::default()),
            cond: Condvar::new(),
            switch_cond: Condvar::new(),
            eval_breaker,
            interval_ns,
            check_interval: check_interval.max(1),
            forced_switches: AtomicU64::new(0),
            recorder,
            me: me.clone(),
        })
    }

    fn emit(&self, thread: ThreadNum, kind: EventKind) {
        if let Some(r) = &self.recorder {
            r.emit(thread, kind);
        }
    }

    /// How long a waiter waits before asking the holder to drop the GIL:
    /// the switch interval (`sys.setswitchinterval` may change it).
    fn request_after(&self) -> Duration {
        Duration::from_nanos(self.interval_ns.load(Ordering::Relaxed))
    }

    /// The policy's decisions.
    fn rules(&self) -> &'static dyn SwitchRules {
        self.policy.rules()
    }

    /// A timer thread, as MRI's: every quantum, if anyone waits for the
    /// lock, set the holder's interrupt flag. It stops with the run.
    fn start_request_timer(&self, quantum: Duration) {
        let weak = self.me.clone();
        let _ = std::thread::Builder::new()
            .name("gilvm-ruby-timer".into())
            .spawn(move || loop {
                std::thread::sleep(quantum);
                let Some(gil) = weak.upgrade() else { return };
                let holder = gil.holder();
                if gil.has_waiters() {
                    gil.eval_breaker.fetch_or(DROP_REQUEST, Ordering::Release);
                    if let Some(h) = holder {
                        gil.emit(h, EventKind::DropRequest { holder });
                    }
                }
            });
    }

    pub fn forced_switches(&self) -> u64 {
        self.forced_switches.load(Ordering::Relaxed)
    }

    /// Takes the GIL for thread `me`, waiting as the policy says.
    pub fn take(&self, me: ThreadNum) {
        self.emit(me, EventKind::WantGil);
        let rules = self.rules();
        if !rules.has_lock() {
            self.emit(me, EventKind::Acquired);
            return;
        }
        let mut st = self.state.lock();
        if let Requests::EveryQuantum(quantum) = rules.requests() {
            if !st.timer_started && st.locked {
                st.timer_started = true;
                self.start_request_timer(quantum);
            }
        }
        if !st.locked && (st.waiters.is_empty() || !rules.hands_off_in_order()) {
            self.acquire(&mut st, me);
            return;
        }
        st.waiters.push_back(me);
        loop {
            let my_turn =
                !st.locked && (!rules.hands_off_in_order() || st.waiters.front() == Some(&me));
            if my_turn {
                break;
            }
            if rules.requests() != Requests::AfterInterval {
                // Python 2 had no drop request: a waiter just waits. Under
                // Ruby the timer thread asks for the switch.
                self.cond.wait(&mut st);
                continue;
            }
            let switch_number = st.switch_number;
            let timed_out = self
                .cond
                .wait_for(&mut st, self.request_after())
                .timed_out();
            if timed_out && st.locked && st.switch_number == switch_number {
                // Nobody switched during a whole interval: ask the holder
                // to drop the GIL at its next check point.
                self.eval_breaker.fetch_or(DROP_REQUEST, Ordering::Release);
                self.emit(me, EventKind::DropRequest { holder: st.holder });
            }
        }
        if let Some(pos) = st.waiters.iter().position(|&t| t == me) {
            st.waiters.remove(pos);
        }
        self.acquire(&mut st, me);
    }

    fn acquire(&self, st: &mut GilState, me: ThreadNum) {
        self.emit(me, EventKind::Acquired);
        st.locked = true;
        st.holder = Some(me);
        if st.last_holder != Some(me) {
            st.last_holder = Some(me);
            st.switch_number += 1;
        }
        // The new holder clears a pending request (it was meant for the
        // previous holder) and tells a forced-switching dropper it got in.
        self.eval_breaker
            .fetch_and(!DROP_REQUEST, Ordering::Release);
        self.switch_cond.notify_all();
    }

    /// Releases the GIL (around a blocking operation or at thread exit).
    pub fn release(&self, me: ThreadNum, reason: DropReason) {
        if !self.rules().has_lock() {
            self.emit(me, EventKind::Dropped { reason });
            return;
        }
        let mut st = self.state.lock();
        if st.holder == Some(me) {
            self.emit(me, EventKind::Dropped { reason });
            st.locked = false;
            st.holder = None;
        }
        drop(st);
        self.notify_waiters();
    }

    fn notify_waiters(&self) {
        if self.rules().hands_off_in_order() {
            // Only the head of the queue may take it, so wake everyone and
            // let the head through.
            self.cond.notify_all();
        } else {
            self.cond.notify_one();
        }
    }

    /// A check point found the drop request set: give the GIL up and queue
    /// for it again. With forced switching (every policy but `legacy`),
    /// wait until another thread has actually taken it, so a holder that
    /// was asked to switch cannot win the lock straight back.
    pub fn yield_on_request(&self, me: ThreadNum) {
        if !self.rules().has_lock() {
            self.eval_breaker
                .fetch_and(!DROP_REQUEST, Ordering::Release);
            return;
        }
        let mut st = self.state.lock();
        if st.holder != Some(me) {
            return;
        }
        let someone_waits = !st.waiters.is_empty();
        if !someone_waits {
            // The requester got the GIL some other way meanwhile.
            self.eval_breaker
                .fetch_and(!DROP_REQUEST, Ordering::Release);
            return;
        }
        self.emit(
            me,
            EventKind::Dropped {
                reason: DropReason::Requested,
            },
        );
        st.locked = false;
        st.holder = None;
        self.notify_waiters();
        self.forced_switches.fetch_add(1, Ordering::Relaxed);
        while st.last_holder == Some(me) && !st.waiters.is_empty() {
            self.switch_cond.wait(&mut st);
        }
        drop(st);
        self.take(me);
    }

    /// `legacy`: the check interval ran out. Python 2 released the lock and
    /// immediately asked for it again; on a multicore machine the releasing
    /// thread usually wins, but a waiter that is already awake may get in.
    pub fn release_and_reacquire(&self, me: ThreadNum) {
        let mut st = self.state.lock();
        if st.waiters.is_empty() {
            return;
        }
        self.emit(
            me,
            EventKind::Dropped {
                reason: DropReason::CheckInterval,
            },
        );
        st.locked = false;
        st.holder = None;
        drop(st);
        self.cond.notify_one();
        // The window in which another core's waiter can grab the lock.
        std::thread::yield_now();
        self.take(me);
    }

    /// Who holds the GIL now.
    pub fn holder(&self) -> Option<ThreadNum> {
        self.state.lock().holder
    }

    /// Number of switches between different threads so far.
    pub fn switch_number(&self) -> u64 {
        self.state.lock().switch_number
    }

    /// Whether any thread waits for the GIL.
    pub fn has_waiters(&self) -> bool {
        !self.state.lock().waiters.is_empty()
    }
}

impl Scheduler for RealLock {
    fn take(&self, me: ThreadNum) {
        RealLock::take(self, me)
    }

    fn release(&self, me: ThreadNum, reason: DropReason) {
        RealLock::release(self, me, reason)
    }

    fn yield_on_request(&self, me: ThreadNum) {
        RealLock::yield_on_request(self, me)
    }

    fn counts_instructions(&self) -> bool {
        self.rules().counts_instructions()
    }

    /// A `legacy` check interval: release the lock and ask again.
    fn countdown_over(&self, me: ThreadNum) -> Countdown {
        if !self.rules().counts_instructions() {
            return Countdown::Stop;
        }
        self.release_and_reacquire(me);
        Countdown::Again(self.check_interval as u64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lock(policy: Policy, interval: Duration) -> Arc<RealLock> {
        let interval_ns = Arc::new(AtomicU64::new(interval.as_nanos() as u64));
        RealLock::new(policy, interval_ns, 100, Arc::new(AtomicU32::new(0)), None)
    }

    #[test]
    fn a_waiter_gets_the_gil_after_a_drop_request() {
        let gil = lock(Policy::CPython, Duration::from_millis(1));
        gil.take(1);
        let g2 = gil.clone();
        let waiter = std::thread::spawn(move || {
            g2.take(2);
            g2.release(2, DropReason::Exit);
        });
        // The holder polls its eval breaker as the VM would at check points.
        while gil.eval_breaker.load(Ordering::Acquire) & DROP_REQUEST == 0 {
            std::thread::sleep(Duration::from_micros(100));
        }
        gil.yield_on_request(1);
        assert_eq!(gil.holder(), Some(1));
        gil.release(1, DropReason::Exit);
        waiter.join().unwrap();
        assert!(gil.switch_number() >= 2);
        assert_eq!(gil.forced_switches(), 1);
    }

    #[test]
    fn fifo_hands_the_gil_to_the_longest_waiter() {
        let gil = lock(Policy::Fifo, Duration::from_secs(10));
        gil.take(1);
        let order = Arc::new(Mutex::new(Vec::new()));
        let mut handles = Vec::new();
        for t in 2..=4 {
            let (g, o) = (gil.clone(), order.clone());
            handles.push(std::thread::spawn(move || {
                g.take(t);
                o.lock().push(t);
                g.release(t, DropReason::Exit);
            }));
            // Make sure thread t is queued before the next one starts.
            while gil.state.lock().waiters.len() < (t - 1) as usize {
                std::thread::sleep(Duration::from_micros(50));
            }
        }
        gil.release(1, DropReason::Exit);
        for h in handles {
            h.join().unwrap();
        }
        assert_eq!(*order.lock(), vec![2, 3, 4]);
    }
}
