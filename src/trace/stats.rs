//! `--stats`: how the GIL was shared, as numbers.
//!
//! Per thread: time running, waiting for the GIL, blocked; how often it got
//! the GIL, how often it was made to give it up (a drop request), its
//! longest wait, and its share of the run. For the run: switches per second,
//! how busy the lock was (or, under `none`, how many cores were used on
//! average) and the longest wait any thread had. Per asyncio task: its
//! steps (from being resumed to its next `await`), their time and the
//! longest, flagged when it held its loop longer than asyncio's debug mode
//! allows a callback (100 ms). [`Stats`] is the data, also
//! used by the HTML report; [`stats`] renders it as an aligned text table.

use super::states::{format_duration, sanitize, State, Timeline};
use super::{DropReason, Event, EventKind, RunInfo};
use crate::trace::ThreadNum;

/// One thread's figures.
#[derive(Debug, Clone, PartialEq)]
pub struct ThreadStats {
    pub thread: ThreadNum,
    /// The interpreter the thread runs in (0: the script's).
    pub interpreter: u32,
    pub name: String,
    pub running_ns: u64,
    pub waiting_ns: u64,
    pub blocked_ns: u64,
    /// Times it got the GIL.
    pub acquisitions: u64,
    /// Times it dropped the GIL because another thread asked.
    pub forced_switches: u64,
    pub longest_wait_ns: u64,
    /// Running time over the run's length (0..=1).
    pub share: f64,
}

/// One asyncio task's figures: a step runs from its resumption to its
/// next `await` (or its end), and no other task of its loop runs meanwhile.
#[derive(Debug, Clone, PartialEq)]
pub struct TaskStats {
    pub name: String,
    /// The thread whose loop ran it.
    pub thread: ThreadNum,
    pub steps: u64,
    pub running_ns: u64,
    pub longest_step_ns: u64,
}

/// One interpreter's lock, in a run with several (`_interpreters`).
#[derive(Debug, Clone, PartialEq)]
pub struct InterpreterStats {
    pub interpreter: u32,
    pub threads: usize,
    /// Fraction of the run during which one of its threads held its lock.
    pub utilisation: f64,
}

/// asyncio's debug mode warns about a callback (a task's step) that runs
/// longer than this: `loop.slow_callback_duration`, 0.1 s.
pub const SLOW_STEP_NS: u64 = 100_000_000;

/// The figures of a run.
#[derive(Debug, Clone, PartialEq)]
pub struct Stats {
    pub threads: Vec<ThreadStats>,
    /// The asyncio tasks, in the order they were created.
    pub tasks: Vec<TaskStats>,
    /// Each interpreter's lock, when the run has more than one.
    pub interpreters: Vec<InterpreterStats>,
    /// Values received from another interpreter (queue items, calls and
    /// their results), each a copy.
    pub messages: u64,
    pub total_ns: u64,
    /// Acquisitions by a thread other than the one that ran before.
    pub switches: u64,
    pub switches_per_sec: f64,
    /// Fraction of the run during which some thread ran (held the GIL).
    pub utilisation: f64,
    /// Sum of all running time over the run's length: above 1 only when
    /// threads ran in parallel (policy `none`).
    pub cores_used: f64,
    /// The longest wait for the GIL, and whose.
    pub longest_wait: Option<(ThreadNum, u64)>,
    pub free_threaded: bool,
    /// Ctrl-C ended the run: these are the figures of the run so far.
    pub interrupted: bool,
}

impl Stats {
    pub fn compute(events: &[Event], info: &RunInfo) -> Stats {
        let mut stats = Stats::from_timeline(&Timeline::build(events, info));
        stats.interrupted = info.interrupted;
        stats.messages = events
            .iter()
            .filter(|e| matches!(e.kind, EventKind::Message { sent: false, .. }))
            .count() as u64;
        stats
    }

    pub fn from_timeline(tl: &Timeline) -> Stats {
        let total = tl.end_ns;
        let frac = |ns: u64| {
            if total == 0 {
                0.0
            } else {
                ns as f64 / total as f64
            }
        };
        let mut threads = Vec::new();
        let mut slices: Vec<(u64, u64, ThreadNum)> = Vec::new();
        let mut by_interpreter: Vec<(u32, u64, u64, ThreadNum)> = Vec::new();
        // The lock's figures are the threads': an asyncio task runs inside
        // its thread's slices, and waits for its loop, not for the GIL.
        for row in tl.rows.iter().filter(|r| r.lane.task.is_none()) {
            let mut t = ThreadStats {
                thread: row.thread,
                interpreter: row.lane.interpreter,
                name: row.name.clone(),
                running_ns: 0,
                waiting_ns: 0,
                blocked_ns: 0,
                acquisitions: 0,
                forced_switches: 0,
                longest_wait_ns: 0,
                share: 0.0,
            };
            for iv in &row.intervals {
                let d = iv.duration_ns();
                match iv.state {
                    State::Running => {
                        t.running_ns += d;
                        t.acquisitions += 1;
                        if iv.dropped == Some(DropReason::Requested) {
                            t.forced_switches += 1;
                        }
                        slices.push((iv.start_ns, iv.end_ns, row.thread));
                        by_interpreter.push((
                            row.lane.interpreter,
                            iv.start_ns,
                            iv.end_ns,
                            row.thread,
                        ));
                    }
                    State::WaitingForGil => {
                        t.waiting_ns += d;
                        t.longest_wait_ns = t.longest_wait_ns.max(d);
                    }
                    State::Blocked(..) => t.blocked_ns += d,
                    State::Exited => {}
                }
            }
            t.share = frac(t.running_ns);
            threads.push(t);
        }
        let tasks = tl
            .rows
            .iter()
            .filter(|r| r.lane.task.is_some())
            .map(|row| {
                let steps = row.intervals.iter().filter(|iv| iv.state == State::Running);
                let mut t = TaskStats {
                    name: row.name.clone(),
                    thread: row.thread,
                    steps: 0,
                    running_ns: 0,
                    longest_step_ns: 0,
                };
                for step in steps {
                    t.steps += 1;
                    t.running_ns += step.duration_ns();
                    t.longest_step_ns = t.longest_step_ns.max(step.duration_ns());
                }
                t
            })
            .collect();
        slices.sort_unstable();
        let mut ids: Vec<u32> = threads.iter().map(|t| t.interpreter).collect();
        ids.sort_unstable();
        ids.dedup();
        let interpreters = if ids.len() > 1 {
            ids.iter()
                .map(|&id| {
                    let mut own: Vec<(u64, u64, ThreadNum)> = by_interpreter
                        .iter()
                        .filter(|s| s.0 == id)
                        .map(|s| (s.1, s.2, s.3))
                        .collect();
                    own.sort_unstable();
                    InterpreterStats {
                        interpreter: id,
                        threads: threads.iter().filter(|t| t.interpreter == id).count(),
                        utilisation: frac(union_ns(&own)),
                    }
                })
                .collect()
        } else {
            Vec::new()
        };
        // A switch passes a lock from one thread to another: count them
        // lock by lock (interpreter by interpreter).
        by_interpreter.sort_unstable();
        let switches = by_interpreter
            .windows(2)
            .filter(|w| w[0].0 == w[1].0 && w[0].3 != w[1].3)
            .count() as u64;
        let running_sum: u64 = threads.iter().map(|t| t.running_ns).sum();
        let longest_wait = threads.iter().filter(|t| t.longest_wait_ns > 0).fold(
            None,
            |best: Option<(ThreadNum, u64)>, t| match best {
                Some((_, w)) if w >= t.longest_wait_ns => best,
                _ => Some((t.thread, t.longest_wait_ns)),
            },
        );
        Stats {
            threads,
            tasks,
            interpreters,
            total_ns: total,
            switches,
            switches_per_sec: if total == 0 {
                0.0
            } else {
                switches as f64 * 1e9 / total as f64
            },
            utilisation: frac(union_ns(&slices)),
            cores_used: frac(running_sum),
            longest_wait,
            free_threaded: tl.free_threaded,
            interrupted: false,
            messages: 0,
        }
    }

    /// The same figures as `--stats`, as JSON (`--stats-json`): times in
    /// nanoseconds, shares as fractions.
    pub fn to_json(&self, info: &RunInfo) -> serde_json::Value {
        use serde_json::json;
        let threads: Vec<serde_json::Value> = self
            .threads
            .iter()
            .map(|t| {
                json!({
                    "name": t.name,
                    "interpreter": t.interpreter,
                    "running_ns": t.running_ns,
                    "waiting_ns": t.waiting_ns,
                    "blocked_ns": t.blocked_ns,
                    "acquired": t.acquisitions,
                    "forced": t.forced_switches,
                    "longest_wait_ns": t.longest_wait_ns,
                    "share": t.share,
                })
            })
            .collect();
        let locks: Vec<serde_json::Value> = self
            .interpreters
            .iter()
            .map(|i| {
                json!({
                    "interpreter": i.interpreter,
                    "threads": i.threads,
                    "utilisation": i.utilisation,
                })
            })
            .collect();
        let tasks: Vec<serde_json::Value> = self
            .tasks
            .iter()
            .map(|t| {
                json!({
                    "name": t.name,
                    "steps": t.steps,
                    "running_ns": t.running_ns,
                    "longest_step_ns": t.longest_step_ns,
                })
            })
            .collect();
        json!({
            "script": info.script,
            "policy": info.policy,
            "seed": info.seed,
            "run_time_ns": self.total_ns,
            "interrupted": self.interrupted,
            "switches": self.switches,
            "gil_utilisation": self.utilisation,
            "threads_running_on_average": self.cores_used,
            "longest_wait_ns": self.longest_wait.map(|w| w.1),
            "messages_between_interpreters": self.messages,
            "threads": threads,
            "interpreters": locks,
            "tasks": tasks,
        })
    }

    /// Column headings of the per-thread table.
    pub fn headers(&self) -> [&'static str; 8] {
        [
            "thread",
            "running",
            if self.free_threaded {
                "waiting"
            } else {
                "waiting (GIL)"
            },
            "blocked",
            "acquired",
            "forced",
            "longest wait",
            "share",
        ]
    }

    /// The per-thread table's cells, formatted, one row per thread.
    pub fn rows(&self, ascii: bool) -> Vec<[String; 8]> {
        self.threads
            .iter()
            .map(|t| {
                // With several interpreters, each thread says whose lock
                // it takes.
                let name = if self.interpreters.is_empty() {
                    sanitize(&t.name)
                } else {
                    format!("{} [interp {}]", sanitize(&t.name), t.interpreter)
                };
                [
                    name,
                    format_duration(t.running_ns, ascii),
                    format_duration(t.waiting_ns, ascii),
                    format_duration(t.blocked_ns, ascii),
                    t.acquisitions.to_string(),
                    t.forced_switches.to_string(),
                    format_duration(t.longest_wait_ns, ascii),
                    percent(t.share),
                ]
            })
            .collect()
    }

    /// The run's totals as (label, value) pairs.
    pub fn summary(&self, ascii: bool) -> Vec<(String, String)> {
        let mut lines = vec![(
            "run time".to_string(),
            format_duration(self.total_ns, ascii),
        )];
        if self.interrupted {
            lines.push((
                "interrupted".to_string(),
                "by Ctrl-C: these are the figures of the run so far".to_string(),
            ));
        }
        if self.free_threaded {
            lines.push((
                "threads running".to_string(),
                format!(
                    "{:.2} at once on average (no GIL; more than the cores means they shared them)",
                    self.cores_used
                ),
            ));
        } else {
            lines.push((
                "switches".to_string(),
                format!(
                    "{} ({:.1} per second)",
                    self.switches, self.switches_per_sec
                ),
            ));
            if self.interpreters.is_empty() {
                lines.push(("GIL utilisation".to_string(), percent(self.utilisation)));
            } else {
                // A lock each: their busy times add up to more than the
                // run when the interpreters ran in parallel.
                for i in &self.interpreters {
                    lines.push((
                        format!("interpreter {} GIL", i.interpreter),
                        format!(
                            "busy {} ({} thread{})",
                            percent(i.utilisation),
                            i.threads,
                            if i.threads == 1 { "" } else { "s" }
                        ),
                    ));
                }
                lines.push((
                    "threads running".to_string(),
                    format!(
                        "{:.2} at once on average (a GIL per interpreter)",
                        self.cores_used
                    ),
                ));
                lines.push((
                    "messages".to_string(),
                    format!("{} between interpreters (each one copied)", self.messages),
                ));
            }
        }
        let wait = match self.longest_wait {
            Some((thread, ns)) => {
                let name = self
                    .threads
                    .iter()
                    .find(|t| t.thread == thread)
                    .map_or_else(|| thread.to_string(), |t| sanitize(&t.name));
                format!("{} ({name})", format_duration(ns, ascii))
            }
            None => "0".to_string(),
        };
        let wait_label = if self.free_threaded {
            "longest wait to run"
        } else {
            "longest GIL wait"
        };
        lines.push((wait_label.to_string(), wait));
        if let Some(slowest) = self.slowest_task() {
            let mut text = format!(
                "{} ({}) without an await",
                format_duration(slowest.longest_step_ns, ascii),
                sanitize(&slowest.name)
            );
            if slowest.longest_step_ns > SLOW_STEP_NS {
                text.push_str(
                    ": it held up every task of its loop (asyncio's debug mode warns above 100 ms)",
                );
            }
            lines.push(("longest task step".to_string(), text));
        }
        lines
    }

    /// The task with the longest step, the first of them on a tie.
    pub fn slowest_task(&self) -> Option<&TaskStats> {
        self.tasks
            .iter()
            .filter(|t| t.steps > 0)
            .fold(None, |best: Option<&TaskStats>, t| match best {
                Some(b) if b.longest_step_ns >= t.longest_step_ns => best,
                _ => Some(t),
            })
    }

    /// The per-task table: name, steps, running time, longest step.
    pub fn task_rows(&self, ascii: bool) -> Vec<[String; 4]> {
        self.tasks
            .iter()
            .map(|t| {
                [
                    sanitize(&t.name),
                    t.steps.to_string(),
                    format_duration(t.running_ns, ascii),
                    format_duration(t.longest_step_ns, ascii),
                ]
            })
            .collect()
    }
}

/// An aligned text table: the first column left-aligned, the others
/// right-aligned.
fn table<const N: usize>(headers: &[&str; N], rows: &[[String; N]]) -> String {
    let width = |s: &str| s.chars().count();
    let mut widths: Vec<usize> = headers.iter().map(|h| width(h)).collect();
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(width(cell));
        }
    }
    let line = |cells: &[&str]| {
        let mut s = String::new();
        for (i, (cell, w)) in cells.iter().zip(&widths).enumerate() {
            let pad = " ".repeat(w - width(cell));
            if i == 0 {
                s.push_str(&format!("{cell}{pad}"));
            } else {
                s.push_str(&format!("  {pad}{cell}"));
            }
        }
        s.trim_end().to_string() + "\n"
    };
    let mut out = line(headers);
    for row in rows {
        let cells: Vec<&str> = row.iter().map(String::as_str).collect();
        out.push_str(&line(&cells));
    }
    out
}

fn percent(f: f64) -> String {
    format!("{:.1} %", f * 100.0)
}

/// Total time covered by at least one of the (sorted) slices.
fn union_ns(sorted: &[(u64, u64, ThreadNum)]) -> u64 {
    let mut total = 0;
    let mut cur: Option<(u64, u64)> = None;
    for &(s, e, _) in sorted {
        cur = match cur {
            Some((cs, ce)) if s <= ce => Some((cs, ce.max(e))),
            Some((cs, ce)) => {
                total += ce - cs;
                Some((s, e))
            }
            None => Some((s, e)),
        };
    }
    total + cur.map_or(0, |(s, e)| e - s)
}

/// Options of the text table.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct StatsOptions {
    /// `us` instead of `µs`.
    pub ascii: bool,
}

/// The statistics of a run as an aligned text table and a summary.
pub fn stats(events: &[Event], info: &RunInfo, opts: &StatsOptions) -> String {
    render(&Stats::compute(events, info), opts)
}

/// Renders already-computed [`Stats`] (see [`stats`]).
pub fn render(stats: &Stats, opts: &StatsOptions) -> String {
    let mut out = table(&stats.headers(), &stats.rows(opts.ascii));
    out.push('\n');
    if !stats.tasks.is_empty() {
        let headers = ["task", "steps", "running", "longest step"];
        out.push_str(&table(&headers, &stats.task_rows(opts.ascii)));
        out.push('\n');
    }
    let width = |s: &str| s.chars().count();
    let summary = stats.summary(opts.ascii);
    let label_w = summary.iter().map(|(l, _)| width(l)).max().unwrap_or(0);
    for (label, value) in summary {
        let pad = " ".repeat(label_w - width(&label));
        out.push_str(&format!("{label}{pad}  {value}\n"));
    }
    out
}
