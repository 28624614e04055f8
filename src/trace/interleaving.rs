//! The interleaving log (`--interleaving`): a compact, stable text account
//! of a deterministic run's schedule, one line per time slice — when it
//! started (virtual time), which thread ran, how many instructions on which
//! source lines, and why it stopped — with the lines the script printed
//! shown under the slice that printed them (`| text`), and the asyncio
//! tasks its loop stepped in it (`> Task-2: runs 0.030 ms, awaits
//! sleep(0.1)`: when the step began, how long it ran, how it ended). Snapshot tests record this.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use crate::trace::Lane;
use crate::trace::{DropReason, Event, EventKind, RunInfo};

/// One slice being assembled.
#[derive(Default)]
struct Slice {
    start_ns: u64,
    instructions: u64,
    lines: Vec<u32>,
    /// What happened inside the slice, in order: printed lines, task steps.
    notes: Vec<Note>,
}

/// A line under a slice.
enum Note {
    /// The script printed this.
    Printed(String),
    /// An asyncio task was created.
    Created { at_ns: u64, task: Lane },
    /// A task's step began: `steps[i]` says how it ended (filled in when it
    /// does, perhaps slices later: a task that blocks its thread).
    Step(usize),
}

/// A task's step: when it began, whose, and when and how it ended.
struct Step {
    at_ns: u64,
    task: Lane,
    ended: Option<(u64, String)>,
}

/// A finished slice: whose, and why it ended.
struct Written {
    lane: Lane,
    slice: Slice,
    why: String,
}

/// Renders the log. Thread and task names come from the ThreadStart events.
pub fn render(events: &[Event], info: &RunInfo) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# gilvm interleaving: {} --gil {}{}, switch interval {}",
        info.script,
        info.policy,
        info.seed
            .map(|s| format!(" --seed {s}"))
            .unwrap_or_default(),
        format_ns(info.switch_interval_ns)
    );
    // The threads' turns with the lock are the lines; an asyncio task's
    // steps happen inside its thread's slices, and are told under them.
    let mut names: BTreeMap<Lane, String> = BTreeMap::new();
    let mut open: BTreeMap<Lane, Slice> = BTreeMap::new();
    let mut blocked_on: BTreeMap<Lane, String> = BTreeMap::new();
    let mut written: Vec<Written> = Vec::new();
    let mut steps: Vec<Step> = Vec::new();
    let mut running_step: BTreeMap<Lane, usize> = BTreeMap::new();
    let width = events
        .iter()
        .filter(|e| e.lane.task.is_none())
        .filter_map(|e| match &e.kind {
            EventKind::ThreadStart { name } => Some(name.chars().count()),
            _ => None,
        })
        .max()
        .unwrap_or(10);
    for e in events {
        if e.lane.task.is_some() {
            let thread = open.get_mut(&Lane {
                task: None,
                ..e.lane
            });
            let note = match &e.kind {
                EventKind::ThreadStart { name } => {
                    names.insert(e.lane, name.clone());
                    Note::Created {
                        at_ns: e.t_ns,
                        task: e.lane,
                    }
                }
                EventKind::Acquired => {
                    running_step.insert(e.lane, steps.len());
                    steps.push(Step {
                        at_ns: e.t_ns,
                        task: e.lane,
                        ended: None,
                    });
                    Note::Step(steps.len() - 1)
                }
                kind => {
                    let ended = match kind {
                        EventKind::Blocked { what, .. } => format!("awaits {what}"),
                        EventKind::Woke => "yields, ready again".to_string(),
                        EventKind::ThreadExit => "returns: done".to_string(),
                        _ => continue,
                    };
                    if let Some(i) = running_step.remove(&e.lane) {
                        steps[i].ended = Some((e.t_ns, ended));
                    }
                    continue;
                }
            };
            if let Some(slice) = thread {
                slice.notes.push(note);
            }
            continue;
        }
        match &e.kind {
            EventKind::ThreadStart { name } => {
                names.insert(e.lane, name.clone());
            }
            EventKind::Acquired => {
                open.insert(
                    e.lane,
                    Slice {
                        start_ns: e.t_ns,
                        ..Slice::default()
                    },
                );
            }
            EventKind::Ran { count, lines } => {
                if let Some(s) = open.get_mut(&e.lane) {
                    s.instructions += count;
                    for l in lines {
                        if !s.lines.contains(l) {
                            s.lines.push(*l);
                        }
                    }
                }
            }
            EventKind::Output { text } => {
                if let Some(s) = open.get_mut(&e.lane) {
                    s.notes.push(Note::Printed(text.clone()));
                }
            }
            EventKind::Blocked { what, .. } => {
                blocked_on.insert(e.lane, what.clone());
            }
            EventKind::Woke => {
                blocked_on.remove(&e.lane);
            }
            EventKind::Dropped { reason } => {
                let Some(slice) = open.remove(&e.lane) else {
                    continue;
                };
                let why = match reason {
                    DropReason::Blocking => format!(
                        "blocked: {}",
                        blocked_on.remove(&e.lane).unwrap_or_default()
                    ),
                    DropReason::Requested if info.policy == "none" => "preempted".to_string(),
                    DropReason::Requested => "switch (drop request)".to_string(),
                    DropReason::CheckInterval => "check interval: another thread won".to_string(),
                    // A thread stopped by a deadlock report never got to
                    // block: say what it was about to wait for.
                    DropReason::Exit => match blocked_on.remove(&e.lane) {
                        Some(what) => format!("deadlocked waiting for {what}"),
                        None => "exited".to_string(),
                    },
                };
                written.push(Written {
                    lane: e.lane,
                    slice,
                    why,
                });
            }
            _ => {}
        }
    }
    // A slice still open when the record stops: the main thread's last one
    // (the run ends while it holds the lock; the VM does not record its
    // final instructions), or a thread stopped by a deadlock report.
    let mut unfinished: Vec<(Lane, Slice)> = open.into_iter().collect();
    unfinished.sort_by_key(|(lane, s)| (s.start_ns, *lane));
    written.extend(unfinished.into_iter().map(|(lane, slice)| Written {
        lane,
        slice,
        why: "running at the end".to_string(),
    }));
    for w in written {
        let name = names.get(&w.lane).map_or("", String::as_str);
        write_slice(&mut out, name, width, &w.slice, &w.why);
        for note in &w.slice.notes {
            let line = match note {
                Note::Printed(text) => format!("{:>12}  | {text}", ""),
                Note::Created { at_ns, task } => {
                    let task = names.get(task).map_or("", String::as_str);
                    format!("{:>12}  > {task}: created", format_ns(*at_ns))
                }
                Note::Step(i) => {
                    let step = &steps[*i];
                    let task = names.get(&step.task).map_or("", String::as_str);
                    let ended = match &step.ended {
                        Some((t_ns, how)) => {
                            format!("runs {}, {how}", format_ns(t_ns - step.at_ns))
                        }
                        None => "runs, still at the end".to_string(),
                    };
                    format!("{:>12}  > {task}: {ended}", format_ns(step.at_ns))
                }
            };
            let _ = writeln!(out, "{line}");
        }
    }
    let _ = writeln!(out, "{:>12}  end", format_ns(info.end_ns));
    out
}

/// One line for a slice.
fn write_slice(out: &mut String, name: &str, width: usize, slice: &Slice, why: &str) {
    let _ = writeln!(
        out,
        "{:>12}  {:<width$}  {:>8} instr  lines {:<16} {}",
        format_ns(slice.start_ns),
        name,
        slice.instructions,
        line_ranges(&slice.lines),
        why,
    );
}

/// `3,4,5,9` as `3-5,9` (sorted).
fn line_ranges(lines: &[u32]) -> String {
    let mut sorted = lines.to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    let mut parts = Vec::new();
    let mut i = 0;
    while i < sorted.len() {
        let mut j = i;
        while j + 1 < sorted.len() && sorted[j + 1] == sorted[j] + 1 {
            j += 1;
        }
        parts.push(if i == j {
            sorted[i].to_string()
        } else {
            format!("{}-{}", sorted[i], sorted[j])
        });
        i = j + 1;
    }
    if parts.is_empty() {
        "-".to_string()
    } else {
        parts.join(",")
    }
}

/// Virtual time as milliseconds with microsecond precision.
fn format_ns(ns: u64) -> String {
    format!("{}.{:03} ms", ns / 1_000_000, (ns / 1_000) % 1_000)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_ranges_compress_runs() {
        assert_eq!(line_ranges(&[9, 3, 4, 5, 12, 11]), "3-5,9,11-12");
        assert_eq!(line_ranges(&[]), "-");
        assert_eq!(format_ns(5_012_345), "5.012 ms");
    }
}
