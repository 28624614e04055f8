//! `--trace FILE.json`: the run in Chrome's trace event format, for
//! Perfetto (ui.perfetto.dev) and `chrome://tracing`.
//!
//! One process per interpreter (pid 1 for the main one) named after the
//! script and policy; one track per lane: a thread's own (tid = thread
//! number, sorted by it), and each task's track sorted just under its
//! thread's (see `track`); one complete event (`X`) per
//! state interval, named after the state; drop requests and printed lines
//! as thread-scoped instant events (`i`); and a counter (`C`) "GIL waiters"
//! with how many threads wait for the GIL. Timestamps are microseconds
//! (floats, so nanoseconds survive); keys come out sorted, so the output is
//! byte-for-byte deterministic.

use std::io::{self, Write};

use serde_json::{json, Map, Value};

use super::states::{InstantKind, State, Timeline};
use super::{Event, EventKind, Lane, RunInfo};

const PID: u32 = 1;

/// The process and thread id of `lane`'s track. A thread's own lane keeps
/// its number as its tid; a task's track gets a tid of its own above every
/// thread number. Tracks sort in lane order: a thread, then its tasks.
fn track(lane: Lane) -> (u32, u32) {
    let pid = PID + lane.interpreter;
    match lane.task {
        None => (pid, lane.thread),
        Some(task) => (pid, ((task + 1) << 16) | (lane.thread & 0xffff)),
    }
}

fn us(ns: u64) -> Value {
    json!(ns as f64 / 1000.0)
}

/// The trace as a JSON value: `{"traceEvents": [...], "displayTimeUnit":
/// "ms", "otherData": {...}}`.
pub fn chrome_trace(events: &[Event], info: &RunInfo) -> Value {
    let tl = Timeline::build(events, info);
    let mut out = Vec::new();
    let process = format!("gilvm: {} ({})", info.script, info.policy);
    out.push(metadata("process_name", PID, 0, json!({ "name": process })));
    let mut interpreters: Vec<u32> = tl.rows.iter().map(|r| r.lane.interpreter).collect();
    interpreters.dedup();
    for i in interpreters.into_iter().filter(|&i| i > 0) {
        let name = format!("gilvm: {} interpreter {i}", info.script);
        out.push(metadata(
            "process_name",
            PID + i,
            0,
            json!({ "name": name }),
        ));
    }
    // Rows come in lane order; each track's place in it is its sort index.
    for (place, row) in tl.rows.iter().enumerate() {
        let (pid, tid) = track(row.lane);
        let sort = place + 1;
        out.push(metadata(
            "thread_name",
            pid,
            tid,
            json!({ "name": row.name }),
        ));
        out.push(metadata(
            "thread_sort_index",
            pid,
            tid,
            json!({ "sort_index": sort }),
        ));
    }
    for row in &tl.rows {
        let (pid, tid) = track(row.lane);
        for iv in &row.intervals {
            if iv.state == State::Exited {
                continue;
            }
            let mut args = Map::new();
            match &iv.state {
                State::Running => {
                    if let Some(reason) = iv.dropped {
                        args.insert("dropped".into(), json!(reason.as_str()));
                    }
                    if let Some(ran) = &iv.ran {
                        args.insert("instructions".into(), json!(ran.count));
                        args.insert("lines".into(), json!(ran.lines));
                    }
                }
                State::Blocked(_, what) if !what.is_empty() => {
                    args.insert("waits for".into(), json!(what));
                }
                _ => {}
            }
            out.push(json!({
                "name": iv.state.label_on(row.lane),
                "cat": category(&iv.state),
                "ph": "X",
                "ts": us(iv.start_ns),
                "dur": us(iv.duration_ns()),
                "pid": pid,
                "tid": tid,
                "args": args,
            }));
        }
    }
    for inst in &tl.instants {
        let (pid, tid) = track(inst.lane);
        let (name, args) = match &inst.kind {
            InstantKind::DropRequest { holder } => {
                let holder = holder.map(|h| tl.name_of(h));
                ("drop request", json!({ "holder": holder }))
            }
            InstantKind::Output { text } => ("output", json!({ "text": text })),
        };
        out.push(json!({
            "name": name,
            "cat": "gil",
            "ph": "i",
            "s": "t",
            "ts": us(inst.t_ns),
            "pid": pid,
            "tid": tid,
            "args": args,
        }));
    }
    out.extend(flows(events));
    for (t, n) in waiters(&tl) {
        out.push(json!({
            "name": "GIL waiters",
            "ph": "C",
            "ts": us(t),
            "pid": PID,
            "tid": 0,
            "args": { "waiting": n },
        }));
    }
    json!({
        "traceEvents": out,
        "displayTimeUnit": "ms",
        "otherData": {
            "script": info.script,
            "policy": info.policy,
            "switch_interval_ns": info.switch_interval_ns,
            "check_interval": info.check_interval,
            "seed": info.seed,
            "end_ns": tl.end_ns,
            "interrupted": info.interrupted,
        },
    })
}

/// The values that crossed between interpreters, as flow events: an arrow
/// from the lane that sent each one (`s`) to the lane that received it
/// (`f`, bound to the enclosing slice), so the trace shows the messages
/// between isolated workers. A message never received has no arrow.
fn flows(events: &[Event]) -> Vec<Value> {
    let received: std::collections::HashSet<u64> = events
        .iter()
        .filter_map(|e| match e.kind {
            EventKind::Message { id, sent: false } => Some(id),
            _ => None,
        })
        .collect();
    let mut out = Vec::new();
    for e in events {
        let EventKind::Message { id, sent } = e.kind else {
            continue;
        };
        if !received.contains(&id) {
            continue;
        }
        let (pid, tid) = track(e.lane);
        let mut flow = json!({
            "name": "message",
            "cat": "message",
            "ph": if sent { "s" } else { "f" },
            "id": id,
            "ts": us(e.t_ns),
            "pid": pid,
            "tid": tid,
        });
        if !sent {
            flow["bp"] = json!("e");
        }
        out.push(flow);
    }
    out
}

/// Writes [`chrome_trace`] as compact JSON.
pub fn write_chrome_trace(events: &[Event], info: &RunInfo, w: impl Write) -> io::Result<()> {
    serde_json::to_writer(w, &chrome_trace(events, info)).map_err(io::Error::from)
}

fn metadata(name: &str, pid: u32, tid: u32, args: Value) -> Value {
    json!({ "name": name, "ph": "M", "ts": 0, "pid": pid, "tid": tid, "args": args })
}

fn category(state: &State) -> &'static str {
    match state {
        State::Running => "running",
        State::WaitingForGil => "waiting",
        State::Blocked(..) | State::Exited => "blocked",
    }
}

/// Why: the counter is a step function, so emit its value at each time it
/// changes; ends before starts at the same time so that a hand-off (one
/// stops waiting as another starts) never shows a false peak.
fn waiters(tl: &Timeline) -> Vec<(u64, i64)> {
    let mut changes: Vec<(u64, i64)> = tl
        .rows
        .iter()
        .flat_map(|r| &r.intervals)
        .filter(|iv| iv.state == State::WaitingForGil)
        .flat_map(|iv| [(iv.start_ns, 1), (iv.end_ns, -1)])
        .collect();
    changes.sort_unstable();
    let mut out: Vec<(u64, i64)> = vec![(0, 0)];
    let mut n = 0i64;
    for (t, d) in changes {
        n += d;
        match out.last_mut() {
            Some(last) if last.0 == t => last.1 = n,
            _ => out.push((t, n)),
        }
    }
    out.dedup_by(|b, a| a.1 == b.1);
    out
}
