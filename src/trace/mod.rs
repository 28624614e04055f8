//! Trace events: what every thread did to the GIL and when.
//!
//! Threads send `Event`s through a crossbeam channel to a collector that
//! never holds the GIL; sinks (the terminal timeline, statistics, Chrome
//! trace JSON, the HTML/SVG report, the interleaving log) read the
//! collected list afterwards. Timestamps come from the run's clock: real
//! nanoseconds since the run started, or virtual time in deterministic mode.

pub mod interleaving;
pub mod lock_row;
pub mod recorder;

use std::thread::JoinHandle;

use crossbeam_channel::Receiver;

/// A script thread's number: 1 is the main thread, then in start order.
pub type ThreadNum = u32;

pub mod chrome;
pub mod report;
pub mod states;
pub mod stats;
pub mod timeline;

/// Why a thread let go of the GIL.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DropReason {
    /// A drop request made it give the GIL up at a check point (a forced
    /// switch under `cpython`, `fifo` and `ruby`).
    Requested,
    /// `legacy`: the check interval ran out.
    CheckInterval,
    /// It blocked (sleep, lock, join, queue, event, condition).
    Blocking,
    /// The thread finished.
    Exit,
}

impl DropReason {
    pub fn as_str(self) -> &'static str {
        match self {
            DropReason::Requested => "drop request",
            DropReason::CheckInterval => "check interval",
            DropReason::Blocking => "blocked",
            DropReason::Exit => "exit",
        }
    }
}

/// What a blocked thread waits for, coarsely, for colouring and stats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BlockKind {
    Sleep,
    Lock,
    Join,
    Queue,
    Event,
    Condition,
    Semaphore,
    Other,
}

impl BlockKind {
    pub fn as_str(self) -> &'static str {
        match self {
            BlockKind::Sleep => "sleep",
            BlockKind::Lock => "lock",
            BlockKind::Join => "join",
            BlockKind::Queue => "queue",
            BlockKind::Event => "event",
            BlockKind::Condition => "condition",
            BlockKind::Semaphore => "semaphore",
            BlockKind::Other => "other",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum EventKind {
    /// A thread came to life (the main thread too).
    ThreadStart { name: String },
    /// A thread ended.
    ThreadExit,
    /// The thread asks for the GIL and starts waiting for it.
    WantGil,
    /// The thread got the GIL.
    Acquired,
    /// The thread let go of the GIL.
    Dropped { reason: DropReason },
    /// A waiter asked the holder to drop the GIL.
    DropRequest { holder: Option<ThreadNum> },
    /// The thread blocks (after dropping the GIL); `what` describes it.
    Blocked { kind: BlockKind, what: String },
    /// The blocking operation returned (the thread now wants the GIL).
    Woke,
    /// A line the thread printed (without its newline).
    Output { text: String },
    /// While holding the GIL the thread ran `count` instructions on these
    /// source lines (in order of first execution). Emitted when the thread
    /// drops the GIL, if instruction recording is on.
    Ran { count: u64, lines: Vec<u32> },
    /// A value crossed between interpreters (a queue item, a call, its
    /// result): copied out here when `sent`, copied in here when not.
    /// The two events share `id`: the trace draws an arrow between them.
    Message { id: u64, sent: bool },
}

/// One thing that happened, on one thread, at one time.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    /// Nanoseconds since the run started (real or virtual).
    pub t_ns: u64,
    /// Where it happened: a row of the views.
    pub lane: Lane,
    pub kind: EventKind,
}

impl Event {
    /// An event on a thread of the run's interpreter.
    pub fn on_thread(t_ns: u64, thread: ThreadNum, kind: EventKind) -> Event {
        Event {
            t_ns,
            lane: Lane::thread(thread),
            kind,
        }
    }

    /// The thread the event happened on.
    pub fn thread(&self) -> ThreadNum {
        self.lane.thread
    }
}

/// Where an event happened: one row of the views. Every lane today is a
/// thread of the run's one interpreter; an asyncio task will be a lane of
/// its own nested under its thread (`task`), and a sub-interpreter's
/// threads lanes grouped under its lock (`interpreter`), with no other
/// change to the events. Lanes order as the views list them: by
/// interpreter, then thread, then task (the thread's own lane first).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Lane {
    /// The interpreter, 0 for the run's main one.
    pub interpreter: u32,
    pub thread: ThreadNum,
    /// A task running on that thread, or the thread itself.
    pub task: Option<u32>,
}

impl Lane {
    /// What the lane is, for a tooltip: `thread 2`, `task 3 on thread 1`,
    /// `thread 2 of interpreter 1`.
    pub fn describe(&self) -> String {
        let mut s = match self.task {
            Some(task) => format!("task {task} on thread {}", self.thread),
            None => format!("thread {}", self.thread),
        };
        if self.interpreter > 0 {
            s += &format!(" of interpreter {}", self.interpreter);
        }
        s
    }

    /// The lane of a thread of the main interpreter.
    pub fn thread(thread: ThreadNum) -> Lane {
        Lane {
            interpreter: 0,
            thread,
            task: None,
        }
    }
}

/// What the sinks need to know about the run besides its events.
#[derive(Debug, Clone, PartialEq)]
pub struct RunInfo {
    /// The script's path as given.
    pub script: String,
    /// `cpython`, `legacy`, `fifo`, `ruby` or `none`.
    pub policy: String,
    pub switch_interval_ns: u64,
    pub check_interval: u32,
    /// `Some(seed)` in deterministic mode.
    pub seed: Option<u64>,
    /// When the run ended (same clock as the events).
    pub end_ns: u64,
    /// Ctrl-C ended the run: the views show the run so far.
    pub interrupted: bool,
}

/// Gathers events on its own thread, so that senders never wait on a sink
/// (and the collector never touches the GIL).
pub struct Collector {
    handle: JoinHandle<Vec<Event>>,
}

impl Collector {
    /// Starts collecting from `rx` until every sender is dropped.
    pub fn spawn(rx: Receiver<Event>) -> Collector {
        let handle = std::thread::Builder::new()
            .name("gilvm-trace-collector".into())
            .spawn(move || {
                let mut events: Vec<Event> = rx.iter().collect();
                // Threads send concurrently, so arrival order is only
                // roughly time order; the sort is stable so ties keep it.
                events.sort_by_key(|e| e.t_ns);
                events
            })
            .expect("cannot start the trace collector thread");
        Collector { handle }
    }

    /// Waits for every sender to be dropped and returns the events in time
    /// order. Call it after the run's threads have all finished.
    pub fn finish(self) -> Vec<Event> {
        self.handle.join().unwrap_or_default()
    }
}
