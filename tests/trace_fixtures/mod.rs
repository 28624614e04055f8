//! Hand-made event lists for the watching sinks' tests: small, realistic
//! runs whose pictures and numbers can be checked by eye.
#![allow(dead_code)]

use gilvm::trace::{BlockKind, DropReason, Event, EventKind, RunInfo};

pub const US: u64 = 1_000;
pub const MS: u64 = 1_000_000;

/// Builds an event list; every method takes the time in nanoseconds.
#[derive(Default)]
pub struct Script {
    pub events: Vec<Event>,
}

impl Script {
    pub fn ev(&mut self, t_ns: u64, thread: u32, kind: EventKind) -> &mut Self {
        self.events.push(Event::on_thread(t_ns, thread, kind));
        self
    }
    /// A thread starts and asks for the GIL.
    pub fn start(&mut self, t: u64, th: u32, name: &str) -> &mut Self {
        self.ev(t, th, EventKind::ThreadStart { name: name.into() })
            .ev(t, th, EventKind::WantGil)
    }
    pub fn acquire(&mut self, t: u64, th: u32) -> &mut Self {
        self.ev(t, th, EventKind::Acquired)
    }
    /// The holder drops the GIL to block on something.
    pub fn block(&mut self, t: u64, th: u32, kind: BlockKind, what: &str) -> &mut Self {
        self.ev(
            t,
            th,
            EventKind::Dropped {
                reason: DropReason::Blocking,
            },
        )
        .ev(
            t,
            th,
            EventKind::Blocked {
                kind,
                what: what.into(),
            },
        )
    }
    pub fn wake(&mut self, t: u64, th: u32) -> &mut Self {
        self.ev(t, th, EventKind::Woke)
    }
    /// A forced switch: `to` asks `from` to drop at `t`; `from` drops 20 µs
    /// later (reporting what it ran) and `to` gets the GIL 30 µs after that.
    pub fn handoff(&mut self, t: u64, from: u32, to: u32, lines: &[u32]) -> &mut Self {
        self.ev(t, to, EventKind::DropRequest { holder: Some(from) })
            .ev(
                t + 20 * US,
                from,
                EventKind::Ran {
                    count: 5000,
                    lines: lines.to_vec(),
                },
            )
            .ev(
                t + 20 * US,
                from,
                EventKind::Dropped {
                    reason: DropReason::Requested,
                },
            )
            .ev(t + 20 * US, from, EventKind::WantGil)
            .ev(t + 50 * US, to, EventKind::Acquired)
    }
    pub fn exit(&mut self, t: u64, th: u32) -> &mut Self {
        self.ev(
            t,
            th,
            EventKind::Dropped {
                reason: DropReason::Exit,
            },
        )
        .ev(t, th, EventKind::ThreadExit)
    }
    pub fn print(&mut self, t: u64, th: u32, text: &str) -> &mut Self {
        self.ev(t, th, EventKind::Output { text: text.into() })
    }
    pub fn take(&mut self) -> Vec<Event> {
        std::mem::take(&mut self.events)
    }
}

pub fn info(script: &str, policy: &str, end_ns: u64) -> RunInfo {
    RunInfo {
        script: script.into(),
        policy: policy.into(),
        switch_interval_ns: 5 * MS,
        check_interval: 100,
        seed: Some(7),
        end_ns,
        interrupted: false,
    }
}

/// Main starts two threads and joins them.
fn main_starts(s: &mut Script, a: &str, b: &str) {
    s.start(0, 1, "MainThread").acquire(0, 1);
    s.start(100 * US, 2, a).start(100 * US, 3, b);
    s.block(200 * US, 1, BlockKind::Join, &format!("{a} to finish"));
}

/// Two CPU-bound threads under `cpython` swap the GIL every 5 ms; main
/// joins them, then prints.
pub fn two_cpu() -> (Vec<Event>, RunInfo) {
    let mut s = Script::default();
    main_starts(&mut s, "cpu-1", "cpu-2");
    s.acquire(250 * US, 2);
    let mut t = 250 * US;
    for k in 0..4 {
        let (from, to) = if k % 2 == 0 { (2, 3) } else { (3, 2) };
        s.handoff(t + 5 * MS, from, to, &[4, 5, 6]);
        t += 5 * MS + 50 * US;
    }
    // cpu-1 (holding since t) finishes 3 ms later; main wakes up.
    s.exit(t + 3 * MS, 2).wake(t + 3 * MS, 1);
    s.acquire(t + 3 * MS + 50 * US, 3);
    t += 3 * MS + 50 * US;
    s.handoff(t + 5 * MS, 3, 1, &[4, 5, 6]);
    t += 5 * MS + 50 * US;
    s.block(t + 50 * US, 1, BlockKind::Join, "cpu-2 to finish")
        .acquire(t + 100 * US, 3)
        .exit(t + 2 * MS, 3)
        .wake(t + 2 * MS, 1)
        .acquire(t + 2 * MS + 50 * US, 1)
        .print(t + 2 * MS + 100 * US, 1, "done")
        .exit(t + 2 * MS + 200 * US, 1);
    let end = t + 2 * MS + 200 * US;
    (s.take(), info("two_cpu.py", "cpython", end))
}

/// The convoy: an I/O thread sleeps 2 ms, then waits a whole switch
/// interval for the CPU-bound thread to let go, runs 100 µs, sleeps again.
/// The run is cut short at 30 ms (both still alive).
pub fn convoy() -> (Vec<Event>, RunInfo) {
    let mut s = Script::default();
    main_starts(&mut s, "cpu", "io");
    s.acquire(250 * US, 2);
    let mut t = 250 * US;
    while t + 5 * MS < 30 * MS {
        s.handoff(t + 5 * MS, 2, 3, &[9]);
        let got = t + 5 * MS + 50 * US;
        s.ev(
            got + 100 * US,
            3,
            gilvm::trace::EventKind::Ran {
                count: 40,
                lines: vec![14, 15],
            },
        )
        .block(got + 100 * US, 3, BlockKind::Sleep, "time.sleep(0.002)")
        .acquire(got + 130 * US, 2)
        .wake(got + 2100 * US, 3);
        t = got + 2100 * US;
    }
    (s.take(), info("convoy.py", "cpython", 30 * MS))
}

/// Two threads take two locks in opposite orders; the run ends (deadlock
/// detected) with everyone blocked.
pub fn deadlock() -> (Vec<Event>, RunInfo) {
    let mut s = Script::default();
    main_starts(&mut s, "left", "right");
    s.acquire(250 * US, 2)
        .print(300 * US, 2, "left has A")
        .block(500 * US, 2, BlockKind::Sleep, "time.sleep(0.001)")
        .acquire(550 * US, 3)
        .print(600 * US, 3, "right has B")
        .block(800 * US, 3, BlockKind::Sleep, "time.sleep(0.001)")
        .wake(1500 * US, 2)
        .acquire(1550 * US, 2)
        .block(1600 * US, 2, BlockKind::Lock, "Lock held by right")
        .wake(1800 * US, 3)
        .acquire(1850 * US, 3)
        .block(1900 * US, 3, BlockKind::Lock, "Lock held by left");
    (s.take(), info("deadlock.py", "cpython", 2500 * US))
}

/// Policy `none`: two workers run at the same time.
pub fn free_threaded() -> (Vec<Event>, RunInfo) {
    let mut s = Script::default();
    main_starts(&mut s, "worker-1", "worker-2");
    s.acquire(150 * US, 2)
        .acquire(160 * US, 3)
        .exit(10 * MS, 2)
        .wake(10 * MS, 1)
        .acquire(10 * MS, 1)
        .block(10 * MS + 20 * US, 1, BlockKind::Join, "worker-2 to finish")
        .exit(12 * MS, 3)
        .wake(12 * MS, 1)
        .acquire(12 * MS, 1)
        .exit(12 * MS + 100 * US, 1);
    (s.take(), info("cpu_bound.py", "none", 12 * MS + 100 * US))
}
