//! From an event list to per-thread state intervals: the one model every
//! sink (timeline, stats, Chrome trace, report) draws from.
//!
//! Each thread's row is a sequence of non-overlapping [`Interval`]s in time
//! order, from its `ThreadStart` to the end of the run. Point-like events
//! (drop requests, printed lines) become [`Instant`]s. The builder never
//! panics: a partial or malformed list (a run cut short, an event for a
//! thread that never started, a `Dropped` without `Acquired`) still gives a
//! consistent picture, with open intervals closed at the end of the run.

use std::collections::BTreeMap;

use super::{BlockKind, DropReason, Event, EventKind, RunInfo};
use crate::trace::{Lane, ThreadNum};

/// What a thread is doing over an interval.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum State {
    /// It holds the GIL (or, under `none`, simply runs).
    Running,
    /// It wants the GIL and does not have it.
    WaitingForGil,
    /// It waits for something other than the GIL; `what` says for what.
    Blocked(BlockKind, String),
    /// It has finished.
    Exited,
}

impl State {
    /// The label on `lane`: a task waits for its loop, not the GIL.
    pub fn label_on(&self, lane: Lane) -> String {
        match (self, lane.task) {
            (State::WaitingForGil, Some(_)) => "ready".to_string(),
            (State::Running, Some(_)) => "running a step".to_string(),
            (State::Exited, Some(_)) => "done".to_string(),
            _ => self.label(),
        }
    }

    /// A short human name: "running", "waiting for GIL", "blocked: lock".
    pub fn label(&self) -> String {
        match self {
            State::Running => "running".to_string(),
            State::WaitingForGil => "waiting for GIL".to_string(),
            State::Blocked(kind, _) => format!("blocked: {}", kind.as_str()),
            State::Exited => "exited".to_string(),
        }
    }
}

/// What a running slice executed (from `Ran` events).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RanSummary {
    pub count: u64,
    /// Source lines in order of first execution, without repeats.
    pub lines: Vec<u32>,
}

/// One state of one thread over `[start_ns, end_ns)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Interval {
    pub state: State,
    pub start_ns: u64,
    pub end_ns: u64,
    /// For `Running`: why the thread let go of the GIL (`None` if the run
    /// ended while it ran).
    pub dropped: Option<DropReason>,
    /// For `Running`: what it ran, if instruction recording was on.
    pub ran: Option<RanSummary>,
}

impl Interval {
    pub fn duration_ns(&self) -> u64 {
        self.end_ns - self.start_ns
    }
}

/// One lane's row (today every lane is a thread).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThreadRow {
    pub lane: Lane,
    /// The lane's thread.
    pub thread: ThreadNum,
    pub name: String,
    pub intervals: Vec<Interval>,
}

/// A point in time on one thread.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InstantKind {
    /// This thread asked `holder` to drop the GIL.
    DropRequest { holder: Option<ThreadNum> },
    /// This thread printed a line.
    Output { text: String },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Instant {
    pub t_ns: u64,
    pub lane: Lane,
    pub kind: InstantKind,
}

/// The whole run as intervals: rows in thread-number order, instants in
/// time order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timeline {
    pub rows: Vec<ThreadRow>,
    pub instants: Vec<Instant>,
    /// The end of the run: `RunInfo::end_ns`, or the last event if later.
    pub end_ns: u64,
    /// True under policy `none` (no GIL: threads may run simultaneously).
    pub free_threaded: bool,
}

impl Timeline {
    /// Builds the model from events (sorted here by time, ties kept in list
    /// order) and the run info.
    pub fn build(events: &[Event], info: &RunInfo) -> Timeline {
        let mut sorted: Vec<&Event> = events.iter().collect();
        sorted.sort_by_key(|e| e.t_ns);
        let end_ns = sorted
            .last()
            .map_or(info.end_ns, |e| e.t_ns.max(info.end_ns));

        let mut lanes: BTreeMap<Lane, Builder> = BTreeMap::new();
        let mut instants = Vec::new();
        for e in sorted {
            let b = lanes.entry(e.lane).or_insert_with(|| Builder::new(e.lane));
            match &e.kind {
                EventKind::ThreadStart { name } => {
                    b.name = Some(name.clone());
                    if b.current.is_none() && !b.exited() {
                        b.switch(e.t_ns, Some(State::WaitingForGil));
                    }
                }
                EventKind::ThreadExit => {
                    if b.current.as_ref().map(|c| &c.state) != Some(&State::Exited) {
                        b.switch(e.t_ns, Some(State::Exited));
                    }
                }
                EventKind::WantGil | EventKind::Woke => {
                    if b.current.as_ref().map(|c| &c.state) != Some(&State::WaitingForGil) {
                        b.switch(e.t_ns, Some(State::WaitingForGil));
                    }
                }
                EventKind::Acquired => {
                    if b.current.as_ref().map(|c| &c.state) != Some(&State::Running) {
                        b.switch(e.t_ns, Some(State::Running));
                    }
                }
                EventKind::Dropped { reason } => b.dropped(e.t_ns, *reason),
                EventKind::Blocked { kind, what } => b.blocked(e.t_ns, *kind, what),
                EventKind::Ran { count, lines } => b.ran(*count, lines),
                EventKind::DropRequest { holder } => instants.push(Instant {
                    t_ns: e.t_ns,
                    lane: e.lane,
                    kind: InstantKind::DropRequest { holder: *holder },
                }),
                EventKind::Output { text } => instants.push(Instant {
                    t_ns: e.t_ns,
                    lane: e.lane,
                    kind: InstantKind::Output { text: text.clone() },
                }),
                // Arrows between lanes: the trace draws them
                // (`chrome::flows`), the states do not change.
                EventKind::Message { .. } => {}
            }
        }
        let rows = lanes.into_values().map(|b| b.finish(end_ns)).collect();
        Timeline {
            rows,
            instants,
            end_ns,
            free_threaded: info.policy == "none",
        }
    }

    /// The name of a thread, or a made-up one if it never said.
    pub fn name_of(&self, thread: ThreadNum) -> String {
        self.rows
            .iter()
            .find(|r| r.thread == thread)
            .map_or_else(|| format!("thread {thread}"), |r| r.name.clone())
    }
}

/// Accumulates one lane's intervals.
struct Builder {
    lane: Lane,
    name: Option<String>,
    done: Vec<Interval>,
    current: Option<Interval>,
    /// The `Blocked` interval opened by `Dropped{Blocking}` before the
    /// `Blocked` event that says on what: relabelled, not split, when the
    /// `Blocked` event comes.
    provisional_block: bool,
}

impl Builder {
    fn new(lane: Lane) -> Builder {
        Builder {
            lane,
            name: None,
            done: Vec::new(),
            current: None,
            provisional_block: false,
        }
    }

    fn exited(&self) -> bool {
        self.done.last().is_some_and(|i| i.state == State::Exited)
    }

    /// Closes the current interval at `t` and opens `next` (if any).
    /// Zero-length intervals are dropped except running slices, which carry
    /// acquisitions and `Ran` summaries.
    fn switch(&mut self, t: u64, next: Option<State>) {
        if let Some(mut cur) = self.current.take() {
            cur.end_ns = t.max(cur.start_ns);
            if cur.end_ns > cur.start_ns || cur.state == State::Running {
                self.done.push(cur);
            }
        }
        self.provisional_block = false;
        self.current = next.map(|state| Interval {
            state,
            start_ns: t,
            end_ns: t,
            dropped: None,
            ran: None,
        });
    }

    fn dropped(&mut self, t: u64, reason: DropReason) {
        let state = self.current.as_ref().map(|c| &c.state);
        // Already where this drop leads (the VM said `Blocked` first, or
        // dropped twice): splitting the interval would only shorten waits.
        match (state, reason) {
            (Some(State::Blocked(..)), DropReason::Blocking)
            | (Some(State::WaitingForGil), DropReason::Requested | DropReason::CheckInterval) => {
                return
            }
            _ => {}
        }
        if let Some(cur) = self.current.as_mut() {
            if cur.state == State::Running {
                cur.dropped = Some(reason);
            }
        }
        let next = match reason {
            DropReason::Requested | DropReason::CheckInterval => State::WaitingForGil,
            DropReason::Blocking => State::Blocked(BlockKind::Other, String::new()),
            // Off the GIL until ThreadExit; a gap, not a state.
            DropReason::Exit => {
                self.switch(t, None);
                return;
            }
        };
        self.switch(t, Some(next));
        self.provisional_block = reason == DropReason::Blocking;
    }

    fn blocked(&mut self, t: u64, kind: BlockKind, what: &str) {
        let state = State::Blocked(kind, what.to_string());
        match self.current.as_mut() {
            Some(cur) if self.provisional_block => {
                cur.state = state;
                self.provisional_block = false;
            }
            _ => self.switch(t, Some(state)),
        }
    }

    /// Why: `Ran` may come just before or just after its `Dropped`, so it
    /// belongs to the latest running slice either way.
    fn ran(&mut self, count: u64, lines: &[u32]) {
        let slice = self
            .current
            .iter_mut()
            .chain(self.done.iter_mut().rev())
            .find(|i| i.state == State::Running);
        if let Some(slice) = slice {
            let ran = slice.ran.get_or_insert_with(RanSummary::default);
            ran.count += count;
            for &l in lines {
                if !ran.lines.contains(&l) {
                    ran.lines.push(l);
                }
            }
        }
    }

    fn finish(mut self, end_ns: u64) -> ThreadRow {
        // A run cut short: whatever is still open ends with the run.
        self.switch(end_ns, None);
        ThreadRow {
            lane: self.lane,
            thread: self.lane.thread,
            name: self
                .name
                .unwrap_or_else(|| format!("thread {}", self.lane.thread)),
            intervals: self.done,
        }
    }
}

/// How the views bucket time: the cells of `span` nanoseconds cut into
/// `cells` equal slices that the interval `[start_ns, end_ns)` overlaps,
/// each with how many nanoseconds of it fall in the cell.
pub fn cell_overlaps(
    start_ns: u64,
    end_ns: u64,
    span: u64,
    cells: usize,
) -> impl Iterator<Item = (usize, u64)> {
    let span = span.max(1);
    let first = (start_ns as u128 * cells as u128 / span as u128) as usize;
    (first..cells)
        .map(move |b| {
            (
                b,
                cell_start(b, span, cells),
                cell_start(b + 1, span, cells),
            )
        })
        .take_while(move |&(_, lo, _)| lo < end_ns)
        .map(move |(b, lo, hi)| (b, end_ns.min(hi).saturating_sub(start_ns.max(lo))))
}

/// Where cell `i` of `cells` over `span` nanoseconds starts.
pub fn cell_start(i: usize, span: u64, cells: usize) -> u64 {
    (i as u128 * span.max(1) as u128 / cells.max(1) as u128) as u64
}

/// A duration with three significant digits and a unit: `850 µs`,
/// `12.3 ms`, `1.20 s` (`us` instead of `µs` when `ascii`).
pub fn format_duration(ns: u64, ascii: bool) -> String {
    if ns == 0 {
        return "0".to_string();
    }
    let micro = if ascii { "us" } else { "µs" };
    let units = [(1.0, "ns"), (1e3, micro), (1e6, "ms"), (1e9, "s")];
    let ns_f = ns as f64;
    let mut pick = 0;
    for (i, (scale, _)) in units.iter().enumerate() {
        if ns_f >= *scale {
            pick = i;
        }
    }
    loop {
        let (scale, unit) = units[pick];
        let v = ns_f / scale;
        let text = if pick == 0 || v >= 99.95 {
            format!("{v:.0}")
        } else if v >= 9.995 {
            format!("{v:.1}")
        } else {
            format!("{v:.2}")
        };
        // Rounding can carry into the next unit (999.7 µs -> "1000 µs").
        if text.parse::<f64>().unwrap_or(0.0) >= 1000.0 && pick + 1 < units.len() {
            pick += 1;
            continue;
        }
        return format!("{text} {unit}");
    }
}

/// Replaces control characters (from user scripts' thread names and
/// output) so they cannot move the cursor or break a line-based view.
pub fn sanitize(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { '?' } else { c })
        .collect()
}

/// A "nice" tick step (1, 2 or 5 times a power of ten, in ns) so that
/// `span_ns` holds about `max_ticks` ticks or fewer.
pub fn tick_step(span_ns: u64, max_ticks: u64) -> u64 {
    let max_ticks = max_ticks.max(1);
    let raw = span_ns.div_ceil(max_ticks).max(1);
    let mut pow = 1u64;
    loop {
        for m in [1u64, 2, 5] {
            let step = pow.saturating_mul(m);
            if step >= raw {
                return step;
            }
        }
        if pow > u64::MAX / 10 {
            return u64::MAX;
        }
        pow *= 10;
    }
}

/// A tick label: `step`'s unit, as few decimals as the step needs
/// (`0 ms`, `5 ms`, `2.5 s`).
pub fn format_tick(t_ns: u64, step_ns: u64, ascii: bool) -> String {
    let micro = if ascii { "us" } else { "µs" };
    // The unit of ten steps: at most one decimal, and "2.5 ms" rather
    // than "2500 µs".
    let (scale, unit) = match step_ns.saturating_mul(10) {
        s if s >= 1_000_000_000 => (1e9, "s"),
        s if s >= 1_000_000 => (1e6, "ms"),
        s if s >= 1_000 => (1e3, micro),
        _ => (1.0, "ns"),
    };
    let v = t_ns as f64 / scale;
    if (v - v.round()).abs() < 1e-9 {
        format!("{v:.0} {unit}")
    } else {
        format!("{v:.1} {unit}")
    }
}
