//! The lock's own row, and the run's result in one line.
//!
//! **Why a row for the lock.** Under a GIL, a thread's `Running` interval
//! is exactly the time it held its interpreter's lock. Folding the thread
//! rows into one row, coloured (or lettered) by the holder, shows
//! serialization at a glance: one solid row of alternating colours, never
//! two holders at once. Under `--gil none` there is no lock to draw;
//! instead there is one row per thread running at the same moment
//! (`running ×1`, `running ×2`, ...), busy in parallel where the cores
//! allowed it.
//!
//! Every view draws from the same two functions: [`holders`] (who held an
//! interpreter's lock in each slice of time) and [`parallel`] (how many
//! threads ran in each slice), so the terminal, the report and `compare`
//! agree.

use super::states::{cell_overlaps, cell_start, State, ThreadRow, Timeline};
use super::stats::Stats;

/// The keys that name threads in the terminal's lock row, in order.
const KEYS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";

/// A thread row (not a task's) and its key: its position among the
/// timeline's thread rows.
pub fn thread_keys(tl: &Timeline) -> Vec<Option<usize>> {
    let mut next = 0;
    tl.rows
        .iter()
        .map(|r| {
            r.lane.task.is_none().then(|| {
                next += 1;
                next - 1
            })
        })
        .collect()
}

/// The character that stands for thread key `key` (`+` past the 36th).
pub fn key_char(key: usize) -> char {
    KEYS.get(key).map_or('+', |&b| b as char)
}

/// The interpreters of a timeline's thread rows, in row order.
pub fn interpreters(tl: &Timeline) -> Vec<u32> {
    let mut seen: Vec<u32> = Vec::new();
    for r in &tl.rows {
        if !seen.contains(&r.lane.interpreter) {
            seen.push(r.lane.interpreter);
        }
    }
    seen
}

fn running_threads<'a>(
    tl: &'a Timeline,
    interpreter: u32,
) -> impl Iterator<Item = (usize, &'a ThreadRow)> + 'a {
    let keys = thread_keys(tl);
    tl.rows
        .iter()
        .zip(keys)
        .filter_map(move |(r, k)| Some((k?, r)))
        .filter(move |(_, r)| r.lane.interpreter == interpreter)
}

/// Running time per slice: `cells` slices of `span` nanoseconds, each
/// thread's running time in it added under its key.
fn running_per_cell(
    tl: &Timeline,
    interpreter: u32,
    span: u64,
    cells: usize,
) -> Vec<Vec<(usize, u64)>> {
    let mut out: Vec<Vec<(usize, u64)>> = vec![Vec::new(); cells];
    for (key, row) in running_threads(tl, interpreter) {
        for iv in row.intervals.iter().filter(|iv| iv.state == State::Running) {
            for (b, overlap) in cell_overlaps(iv.start_ns, iv.end_ns, span, cells) {
                if overlap == 0 {
                    continue;
                }
                let cell = &mut out[b];
                match cell.iter_mut().find(|(k, _)| *k == key) {
                    Some((_, t)) => *t += overlap,
                    None => cell.push((key, overlap)),
                }
            }
        }
    }
    out
}

/// Who held `interpreter`'s GIL in each of `cells` equal slices of
/// `span` nanoseconds: the key of the thread that held it longest in the
/// slice, or `None` where it was free for most of the slice.
pub fn holders(tl: &Timeline, interpreter: u32, span: u64, cells: usize) -> Vec<Option<usize>> {
    let len = |i: usize| cell_start(i + 1, span, cells) - cell_start(i, span, cells);
    running_per_cell(tl, interpreter, span, cells)
        .into_iter()
        .enumerate()
        .map(|(i, cell)| {
            let held: u64 = cell.iter().map(|(_, t)| t).sum();
            // Ties go to the lower key, so the drawing is deterministic.
            let best = cell
                .iter()
                .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
                .map(|(k, _)| *k);
            if held * 2 < len(i) {
                None
            } else {
                best
            }
        })
        .collect()
}

/// How many of `interpreter`'s threads ran at once in each of `cells`
/// slices, on average over the slice (for `--gil none`).
pub fn parallel(tl: &Timeline, interpreter: u32, span: u64, cells: usize) -> Vec<f64> {
    let b = |i: usize| cell_start(i, span, cells);
    running_per_cell(tl, interpreter, span, cells)
        .into_iter()
        .enumerate()
        .map(|(i, cell)| {
            let len = (b(i + 1) - b(i)).max(1);
            cell.iter().map(|(_, t)| *t).sum::<u64>() as f64 / len as f64
        })
        .collect()
}

/// How many "running ×k" rows a free-threaded drawing needs: the most
/// threads seen running at once in a slice (at least one).
pub fn parallel_rows(load: &[f64]) -> usize {
    load.iter()
        .map(|&c| c.round() as usize)
        .max()
        .unwrap_or(0)
        .max(1)
}

/// Whether row `k` (from 1) of a free-threaded drawing is busy in a slice
/// where `load` threads ran on average.
pub fn parallel_busy(load: f64, k: usize) -> bool {
    load.round() as usize >= k
}

/// The label of row `k` (from 1) of a free-threaded drawing.
pub fn parallel_label(k: usize, ascii: bool) -> String {
    if ascii {
        format!("running x{k}")
    } else {
        format!("running \u{d7}{k}")
    }
}

/// The run's result in one line: how many threads, how many ran at once
/// on average (the speed-up over running them one at a time), and how
/// busy each lock was. "5 threads, 1.0 running at once on average, GIL
/// busy 99%".
pub fn caption(tl: &Timeline) -> String {
    // The figures are `--stats`'s, so the caption and the table agree.
    let stats = Stats::from_timeline(tl);
    let mut text = match (stats.threads.len(), stats.interpreters.len()) {
        (1, _) => "1 thread".to_string(),
        (n, 0 | 1) => format!("{n} threads"),
        (n, k) => format!("{n} threads in {k} interpreters"),
    };
    text.push_str(&format!(
        ", {:.1} running at once on average",
        stats.cores_used
    ));
    if tl.free_threaded {
        text.push_str(", no GIL");
    } else {
        let percent = |u: f64| format!("{}%", (u * 100.0).round().min(100.0));
        let busy: Vec<String> = match stats.interpreters.is_empty() {
            true => vec![percent(stats.utilisation)],
            false => stats
                .interpreters
                .iter()
                .map(|i| percent(i.utilisation))
                .collect(),
        };
        let locks = if busy.len() == 1 { "GIL" } else { "GILs" };
        text.push_str(&format!(", {locks} busy {}", busy.join(", ")));
    }
    text
}

/// A stretch of the run with one thread alive, or several: the
/// sequential and threaded phases of a demo.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phase {
    pub start_ns: u64,
    pub end_ns: u64,
    /// Threads alive at some point in the phase.
    pub threads: usize,
    /// The most alive at one moment.
    pub at_once: usize,
}

impl Phase {
    /// "1 thread", "13 threads, at most 5 at once".
    pub fn label(&self) -> String {
        match (self.threads, self.at_once) {
            (1, _) => "1 thread".to_string(),
            (n, k) if k == n => format!("{n} threads"),
            (n, k) => format!("{n} threads, at most {k} at once"),
        }
    }
}

/// The run cut where it goes from one thread alive to several and back.
/// Stretches shorter than a thirtieth of the run join the one before (a
/// moment between two batches of threads is not a phase of its own).
pub fn phases(tl: &Timeline) -> Vec<Phase> {
    let span = tl.end_ns.max(1);
    let lives: Vec<(u64, u64)> = tl
        .rows
        .iter()
        .filter(|r| r.lane.task.is_none())
        .filter_map(|r| {
            let alive = r.intervals.iter().filter(|iv| iv.state != State::Exited);
            let start = alive.clone().map(|iv| iv.start_ns).min()?;
            let end = alive.map(|iv| iv.end_ns).max()?;
            (end > start).then_some((start, end))
        })
        .collect();
    let mut cuts: Vec<u64> = lives.iter().flat_map(|&(a, b)| [a, b]).collect();
    cuts.push(0);
    cuts.push(span);
    cuts.sort_unstable();
    cuts.dedup();
    // Elementary stretches, marked single (at most one alive) or not.
    let mut stretches: Vec<(u64, u64, bool)> = Vec::new();
    for w in cuts.windows(2) {
        let (a, b) = (w[0], w[1]);
        let alive = lives.iter().filter(|&&(s, e)| s < b && e > a).count();
        match stretches.last_mut() {
            Some(last) if last.2 == (alive <= 1) => last.1 = b,
            _ => stretches.push((a, b, alive <= 1)),
        }
    }
    // Short stretches join their predecessor (the first its successor).
    let min = span / 30;
    let mut merged: Vec<(u64, u64, bool)> = Vec::new();
    for st in stretches {
        match merged.last_mut() {
            Some(last) if st.1 - st.0 < min || last.2 == st.2 => last.1 = st.1,
            Some(last) if last.1 - last.0 < min => *last = (last.0, st.1, st.2),
            _ => merged.push(st),
        }
    }
    merged
        .into_iter()
        .map(|(a, b, _)| {
            let alive: Vec<&(u64, u64)> = lives.iter().filter(|&&(s, e)| s < b && e > a).collect();
            let at_once = alive
                .iter()
                .map(|&&(s, _)| s.max(a))
                .map(|t| lives.iter().filter(|&&(s, e)| s <= t && e > t).count())
                .max()
                .unwrap_or(0);
            Phase {
                start_ns: a,
                end_ns: b,
                threads: alive.len(),
                at_once: at_once.max(1),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::trace::states::Interval;
    use crate::trace::Lane;

    fn row(thread: u32, task: Option<u32>, spans: &[(u64, u64)]) -> ThreadRow {
        let intervals = spans
            .iter()
            .map(|&(start_ns, end_ns)| Interval {
                state: State::Running,
                start_ns,
                end_ns,
                dropped: None,
                ran: None,
            })
            .collect();
        ThreadRow {
            lane: Lane {
                interpreter: 0,
                thread,
                task,
            },
            thread,
            name: format!("T{thread}"),
            intervals,
        }
    }

    fn timeline(rows: Vec<ThreadRow>, free_threaded: bool) -> Timeline {
        Timeline {
            rows,
            instants: Vec::new(),
            end_ns: 100,
            free_threaded,
        }
    }

    #[test]
    fn the_lock_row_names_the_holder_of_each_slice() {
        let tl = timeline(
            vec![
                row(0, None, &[(0, 40)]),
                row(0, Some(1), &[(10, 20)]),
                row(1, None, &[(40, 70)]),
            ],
            false,
        );
        // A task's running is its thread's: it gets no key of its own.
        assert_eq!(thread_keys(&tl), vec![Some(0), None, Some(1)]);
        let cells = holders(&tl, 0, 100, 10);
        let want: Vec<Option<usize>> = [0, 0, 0, 0, 1, 1, 1]
            .iter()
            .map(|&k| Some(k))
            .chain([None, None, None])
            .collect();
        assert_eq!(cells, want);
        assert_eq!(
            caption(&tl),
            "2 threads, 0.7 running at once on average, GIL busy 70%"
        );
    }

    #[test]
    fn phases_split_one_thread_from_several() {
        let tl = Timeline {
            end_ns: 300,
            ..timeline(
                vec![
                    row(0, None, &[(0, 300)]),
                    row(1, None, &[(100, 200)]),
                    row(2, None, &[(100, 198)]),
                    row(3, None, &[(201, 300)]),
                ],
                false,
            )
        };
        let got: Vec<(u64, u64, String)> = phases(&tl)
            .iter()
            .map(|p| (p.start_ns, p.end_ns, p.label()))
            .collect();
        // The moment at 200 with MainThread alone is too short to count.
        assert_eq!(
            got,
            vec![
                (0, 100, "1 thread".to_string()),
                (100, 300, "4 threads, at most 3 at once".to_string()),
            ]
        );
    }

    #[test]
    fn without_a_gil_rows_count_threads_running_at_once() {
        let tl = timeline(
            vec![row(0, None, &[(0, 100)]), row(1, None, &[(0, 50)])],
            true,
        );
        let load = parallel(&tl, 0, 100, 4);
        assert_eq!(load, vec![2.0, 2.0, 1.0, 1.0]);
        assert_eq!(parallel_rows(&load), 2);
        assert!(parallel_busy(load[0], 2) && !parallel_busy(load[3], 2));
        assert!(caption(&tl).contains("1.5 running at once on average, no GIL"));
    }
}
