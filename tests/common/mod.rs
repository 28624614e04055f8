//! Shared helpers for the script tests (`tests/golden.rs`, `tests/differential.rs`).
//!
//! Golden scripts live in `tests/scripts/**/*.py`. Each is a plain Python 3
//! program whose expected behaviour is written in comments:
//!
//! - `# expect: TEXT` (anywhere on a line): one expected stdout line, the text
//!   after the first `# expect:` minus one following space if present. Nothing
//!   else is trimmed except a trailing `\r`; `# expect:` alone expects an empty
//!   line. All expected lines, in file order, must equal stdout's lines.
//! - `# expect-exit: N`: expected exit status (default 0).
//! - `# expect-stderr: TEXT`: stderr must contain TEXT (may be repeated).
//! - `# args: a b c`: arguments after the script path (they land in `sys.argv`).
//! - `# differential: skip`: the differential test leaves the script out.
//!
//! `tests/check_golden.py` implements the same rules and checks the scripts
//! against CPython.
#![allow(dead_code)]

use std::fmt::Write as _;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

/// How long one script may run before it is killed and reported as timed out.
pub const TIMEOUT: Duration = Duration::from_secs(20);

/// Environment variable holding a path substring: only matching scripts run.
pub const FILTER_VAR: &str = "GOLDEN_FILTER";

/// The annotations of one golden script.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Annotations {
    pub expects: Vec<String>,
    pub exit_code: i32,
    pub stderr: Vec<String>,
    pub args: Vec<String>,
    pub differential_skip: bool,
}

/// The text after `# NAME:` on `line` (one following space removed), if any.
fn directive<'a>(line: &'a str, name: &str) -> Option<&'a str> {
    let marker = format!("# {name}:");
    let at = line.find(&marker)?;
    let rest = &line[at + marker.len()..];
    Some(rest.strip_prefix(' ').unwrap_or(rest))
}

/// Parses the `# expect...`, `# args:` and `# differential:` comments of a script.
pub fn parse_annotations(source: &str) -> Result<Annotations, String> {
    let mut ann = Annotations::default();
    for (index, raw) in source.split('\n').enumerate() {
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        if let Some(text) = directive(line, "expect") {
            ann.expects.push(text.to_string());
        } else if let Some(text) = directive(line, "expect-exit") {
            ann.exit_code = text
                .trim()
                .parse()
                .map_err(|_| format!("line {}: bad `# expect-exit:` value {text:?}", index + 1))?;
        } else if let Some(text) = directive(line, "expect-stderr") {
            ann.stderr.push(text.to_string());
        } else if let Some(text) = directive(line, "args") {
            ann.args.extend(text.split_whitespace().map(str::to_string));
        } else if let Some(text) = directive(line, "differential") {
            // `skip`, optionally followed by the reason: `skip (prints timings)`.
            if text.trim() == "skip" || text.trim_start().starts_with("skip ") {
                ann.differential_skip = true;
            }
        }
    }
    Ok(ann)
}

/// Splits output into lines; a final newline does not start an extra line.
pub fn output_lines(text: &str) -> Vec<&str> {
    let mut lines: Vec<&str> = text.split('\n').collect();
    if lines.last() == Some(&"") {
        lines.pop();
    }
    lines
}

/// The package root: every script path is relative to it.
pub fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every `*.py` file under `root/dir`, recursively, as sorted paths relative to
/// `root` with `/` separators (e.g. `tests/scripts/arith/power.py`).
pub fn collect_scripts(root: &Path, dir: &str) -> Vec<String> {
    fn walk(root: &Path, dir: &Path, out: &mut Vec<String>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') || name == "__pycache__" {
                continue;
            }
            if path.is_dir() {
                walk(root, &path, out);
            } else if name.ends_with(".py") {
                let rel = path.strip_prefix(root).unwrap_or(&path);
                let parts: Vec<String> = rel
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .collect();
                out.push(parts.join("/"));
            }
        }
    }
    let mut out = Vec::new();
    walk(root, &root.join(dir), &mut out);
    out.sort();
    out
}

/// Applies `GOLDEN_FILTER` (a substring of the relative path), if set.
pub fn apply_filter(scripts: Vec<String>) -> (Vec<String>, Option<String>) {
    match std::env::var(FILTER_VAR) {
        Ok(filter) if !filter.is_empty() => (
            scripts
                .into_iter()
                .filter(|s| s.contains(&filter))
                .collect(),
            Some(filter),
        ),
        _ => (scripts, None),
    }
}

/// How a child process ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Exited normally with this status.
    Exited(i32),
    /// Ended without an exit status (killed by a signal).
    Signaled(String),
    /// Ran longer than the timeout and was killed.
    TimedOut,
}

impl std::fmt::Display for Outcome {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Outcome::Exited(code) => write!(f, "exit status {code}"),
            Outcome::Signaled(how) => write!(f, "{how}"),
            Outcome::TimedOut => write!(f, "timed out after {} s", TIMEOUT.as_secs()),
        }
    }
}

/// What a finished child wrote and how it ended.
#[derive(Debug, Clone)]
pub struct RunResult {
    pub stdout: String,
    pub stderr: String,
    pub outcome: Outcome,
    pub elapsed: Duration,
}

fn read_in_background<R: Read + Send + 'static>(pipe: Option<R>) -> mpsc::Receiver<Vec<u8>> {
    let (tx, rx) = mpsc::channel();
    thread::spawn(move || {
        let mut buf = Vec::new();
        if let Some(mut pipe) = pipe {
            let _ = pipe.read_to_end(&mut buf);
        }
        let _ = tx.send(buf);
    });
    rx
}

/// Runs `cmd` with stdin closed and stdout/stderr captured; kills it once it
/// has run longer than `timeout`. Errors only when the process cannot start.
pub fn run_with_timeout(cmd: &mut Command, timeout: Duration) -> Result<RunResult, String> {
    let start = Instant::now();
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", cmd.get_program().display()))?;
    // Drain both pipes while waiting, so a chatty child cannot block on a full pipe.
    let out_rx = read_in_background(child.stdout.take());
    let err_rx = read_in_background(child.stderr.take());
    let mut timed_out = false;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) if start.elapsed() >= timeout => {
                let _ = child.kill();
                timed_out = true;
                break child.wait().ok();
            }
            Ok(None) => thread::sleep(Duration::from_millis(5)),
            Err(e) => return Err(format!("waiting for child failed: {e}")),
        }
    };
    let elapsed = start.elapsed();
    // A grandchild could keep a pipe open after a kill; do not wait forever for it.
    let grace = Duration::from_secs(if timed_out { 2 } else { 10 });
    let collect = |rx: mpsc::Receiver<Vec<u8>>| {
        String::from_utf8_lossy(&rx.recv_timeout(grace).unwrap_or_default()).into_owned()
    };
    let stdout = collect(out_rx);
    let stderr = collect(err_rx);
    let outcome = if timed_out {
        Outcome::TimedOut
    } else {
        match status {
            Some(status) => match status.code() {
                Some(code) => Outcome::Exited(code),
                None => Outcome::Signaled(describe_signal(status)),
            },
            None => Outcome::Signaled("no exit status".to_string()),
        }
    };
    Ok(RunResult {
        stdout,
        stderr,
        outcome,
        elapsed,
    })
}

#[cfg(unix)]
fn describe_signal(status: std::process::ExitStatus) -> String {
    use std::os::unix::process::ExitStatusExt;
    match status.signal() {
        Some(sig) => format!("killed by signal {sig}"),
        None => format!("ended without exit code ({status})"),
    }
}

#[cfg(not(unix))]
fn describe_signal(status: std::process::ExitStatus) -> String {
    format!("ended without exit code ({status})")
}

/// Runs `job` for every item on a few worker threads; results keep item order.
pub fn parallel_map<T, R, F>(items: &[T], job: F) -> Vec<R>
where
    T: Sync,
    R: Send,
    F: Fn(&T) -> R + Sync,
{
    let workers = thread::available_parallelism()
        .map_or(4, std::num::NonZeroUsize::get)
        .clamp(1, 16)
        .min(items.len().max(1));
    let next = AtomicUsize::new(0);
    let mut results: Vec<Option<R>> = Vec::with_capacity(items.len());
    results.resize_with(items.len(), || None);
    let slots = std::sync::Mutex::new(&mut results);
    thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                if i >= items.len() {
                    break;
                }
                let r = job(&items[i]);
                slots
                    .lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner)[i] = Some(r);
            });
        }
    });
    results
        .into_iter()
        .map(|r| r.expect("every item was processed"))
        .collect()
}

/// Describes how `got` differs from `expected` line by line, or `None` when equal.
pub fn diff_lines(what: &str, expected: &[&str], got: &[&str]) -> Option<String> {
    if expected == got {
        return None;
    }
    let first = expected
        .iter()
        .zip(got)
        .position(|(e, g)| e != g)
        .unwrap_or(expected.len().min(got.len()));
    let show = |lines: &[&str]| match lines.get(first) {
        Some(line) => format!("{line:?}"),
        None => "<end of output>".to_string(),
    };
    let mut msg = format!(
        "{what} differs at line {} (expected {} lines, got {}):\n      expected: {}\n      got:      {}",
        first + 1,
        expected.len(),
        got.len(),
        show(expected),
        show(got),
    );
    if first > 0 {
        let _ = write!(
            msg,
            "\n      (line {} matched: {:?})",
            first,
            expected[first - 1]
        );
    }
    Some(msg)
}

/// The last `n` lines of `text`, indented for a failure report.
pub fn tail(text: &str, n: usize) -> String {
    let lines = output_lines(text);
    let skip = lines.len().saturating_sub(n);
    lines[skip..]
        .iter()
        .map(|l| format!("      | {l}"))
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_annotations() {
        let src = "print(1)  # expect: 1\nprint()  # expect:\n# expect:   two spaces kept\r\n\
                   # expect-exit: 3\n# expect-stderr: Boom: x\n# args: a  b\n# differential: skip\n";
        let ann = parse_annotations(src).unwrap();
        assert_eq!(ann.expects, vec!["1", "", "  two spaces kept"]);
        assert_eq!(ann.exit_code, 3);
        assert_eq!(ann.stderr, vec!["Boom: x"]);
        assert_eq!(ann.args, vec!["a", "b"]);
        assert!(ann.differential_skip);
    }

    #[test]
    fn splits_lines() {
        assert_eq!(output_lines(""), Vec::<&str>::new());
        assert_eq!(output_lines("a\n\nb\n"), vec!["a", "", "b"]);
        assert_eq!(output_lines("a"), vec!["a"]);
    }
}
