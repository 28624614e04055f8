//! The sending side of tracing: threads stamp events with the run's clock
//! and push them into a crossbeam channel; a collector thread, which never
//! touches the GIL, gathers them until the run ends.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Instant;

use crossbeam_channel::{unbounded, Sender};
use parking_lot::Mutex;

use crate::trace::ThreadNum;
use crate::trace::{Collector, Event, EventKind, Lane};

/// The run's clock, one for the whole run: the scheduler keeps it (virtual
/// time advances as it hands the GIL around), the recorder stamps events
/// with it and `time.perf_counter()` reads it.
#[derive(Clone)]
pub enum Clock {
    /// Nanoseconds of wall time since the run started.
    Real(Instant),
    /// Virtual nanoseconds, advanced by the deterministic scheduler.
    Virtual(Arc<AtomicU64>),
}

impl Clock {
    /// A clock for a run: virtual in deterministic mode, else wall time
    /// from now.
    pub fn for_run(deterministic: bool) -> Clock {
        match deterministic {
            true => Clock::Virtual(Arc::new(AtomicU64::new(0))),
            false => Clock::Real(Instant::now()),
        }
    }

    /// Whether time is virtual (deterministic mode).
    pub fn is_virtual(&self) -> bool {
        matches!(self, Clock::Virtual(_))
    }

    pub fn now_ns(&self) -> u64 {
        match self {
            Clock::Real(start) => start.elapsed().as_nanos() as u64,
            Clock::Virtual(t) => t.load(Ordering::Acquire),
        }
    }
}

/// Records the events of one run.
pub struct Recorder {
    sender: Mutex<Option<Sender<Event>>>,
    collector: Mutex<Option<Collector>>,
    pub clock: Clock,
}

impl Recorder {
    pub fn new(clock: Clock) -> Recorder {
        let (tx, rx) = unbounded();
        Recorder {
            sender: Mutex::new(Some(tx)),
            collector: Mutex::new(Some(Collector::spawn(rx))),
            clock,
        }
    }

    /// Records `kind` on `thread` at the current time.
    pub fn emit(&self, thread: ThreadNum, kind: EventKind) {
        self.emit_at(self.clock.now_ns(), thread, kind);
    }

    /// Records `kind` on `thread` at time `t_ns`.
    pub fn emit_at(&self, t_ns: u64, thread: ThreadNum, kind: EventKind) {
        if let Some(tx) = &*self.sender.lock() {
            let _ = tx.send(Event::on_thread(t_ns, thread, kind));
        }
    }

    /// Records `kind` on `lane`, now.
    pub fn emit_on(&self, lane: Lane, kind: EventKind) {
        let t_ns = self.clock.now_ns();
        if let Some(tx) = &*self.sender.lock() {
            let _ = tx.send(Event { t_ns, lane, kind });
        }
    }

    /// Ends recording and returns every event in time order (ties keep
    /// the order they were sent in).
    pub fn finish(&self) -> Vec<Event> {
        drop(self.sender.lock().take());
        let mut events = match self.collector.lock().take() {
            Some(c) => c.finish(),
            None => Vec::new(),
        };
        place_threads_in_their_interpreters(&mut events);
        events
    }
}

/// The lock emits on a thread's number alone (`emit`), which names a lane
/// of interpreter 0; a thread started in another interpreter says so in
/// its `ThreadStart`. Its other events move to that interpreter's lane,
/// so every view groups them under its own lock.
fn place_threads_in_their_interpreters(events: &mut [Event]) {
    let mut home: Vec<(ThreadNum, u32)> = Vec::new();
    for e in events.iter() {
        if e.lane.interpreter != 0 && matches!(e.kind, EventKind::ThreadStart { .. }) {
            home.push((e.lane.thread, e.lane.interpreter));
        }
    }
    if home.is_empty() {
        return;
    }
    for e in events.iter_mut() {
        if e.lane.interpreter == 0 {
            if let Some((_, interp)) = home.iter().find(|(t, _)| *t == e.lane.thread) {
                e.lane.interpreter = *interp;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_come_back_in_time_order() {
        let r = Recorder::new(Clock::Virtual(Arc::new(AtomicU64::new(10))));
        r.emit(1, EventKind::WantGil);
        if let Clock::Virtual(t) = &r.clock {
            t.store(5, Ordering::Release);
        }
        r.emit(2, EventKind::Acquired);
        let events = r.finish();
        assert_eq!(events.len(), 2);
        assert_eq!((events[0].t_ns, events[0].thread()), (5, 2));
        assert_eq!(events[1].kind, EventKind::WantGil);
        // Emitting after the end is harmless.
        r.emit(1, EventKind::ThreadExit);
    }
}
