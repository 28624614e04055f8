//! The interleaving log (`--interleaving`): a compact, stable text account
//! of a deterministic run's schedule, one line per time slice — when it
//! started (virtual time), which thread ran, how many instructions on which
//! source lines, and why it stopped — with the lines the script printed
//! shown under the slice that printed them. Snapshot tests record this.

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
    output: Vec<String>,
}

/// Renders the log. Thread names come from the ThreadStart events.
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
    // The threads' turns with the lock: an asyncio task's steps happen
    // inside its thread's slices, so its lane is left out here.
    let events: Vec<&Event> = events.iter().filter(|e| e.lane.task.is_none()).collect();
    let mut names: BTreeMap<Lane, String> = BTreeMap::new();
    let mut open: BTreeMap<Lane, Slice> = BTreeMap::new();
    let mut blocked_on: BTreeMap<Lane, String> = BTreeMap::new();
    let width = events
        .iter()
        .copied()
        .filter_map(|e| match &e.kind {
            EventKind::ThreadStart { name } => Some(name.chars().count()),
            _ => None,
        })
        .max()
        .unwrap_or(10);
    for e in events {
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
                    s.output.push(text.clone());
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
                let name = names.get(&e.lane).cloned().unwrap_or_default();
                write_slice(&mut out, &name, width, slice, &why);
            }
            _ => {}
        }
    }
    // A slice still open when the record stops: the main thread's last one
    // (the run ends while it holds the lock; the VM does not record its
    // final instructions), or a thread stopped by a deadlock report.
    let mut unfinished: Vec<(Lane, Slice)> = open.into_iter().collect();
    unfinished.sort_by_key(|(lane, s)| (s.start_ns, *lane));
    for (lane, slice) in unfinished {
        let name = names.get(&lane).cloned().unwrap_or_default();
        write_slice(&mut out, &name, width, slice, "running at the end");
    }
    let _ = writeln!(out, "{:>12}  end", format_ns(info.end_ns));
    out
}

/// One line for a slice, then the lines it printed.
fn write_slice(out: &mut String, name: &str, width: usize, slice: Slice, why: &str) {
    let _ = writeln!(
        out,
        "{:>12}  {:<width$}  {:>8} instr  lines {:<16} {}",
        format_ns(slice.start_ns),
        name,
        slice.instructions,
        line_ranges(&slice.lines),
        why,
    );
    for line in slice.output {
        let _ = writeln!(out, "{:>12}  | {}", "", line);
    }
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
