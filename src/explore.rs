//! `gilvm explore`: run a script under many seeds in deterministic mode,
//! group the runs by what they printed and how they ended, and give each
//! distinct outcome a command that replays it exactly.

use std::collections::BTreeMap;
use std::io::{IsTerminal, Write};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::gil::Policy;
use crate::vm::Config;

pub struct ExploreOptions {
    pub runs: u64,
    pub policy: Policy,
    pub switch_interval: Duration,
    pub check_interval: u32,
    pub args: Vec<String>,
}

/// One distinct outcome: how many seeds reached it, and the first of them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub stdout: String,
    pub exit_code: i32,
    pub count: u64,
    pub first_seed: u64,
}

/// Runs seeds `0..runs` (spread over the machine's cores) and returns the
/// outcomes, most frequent first (ties by first seed).
pub fn explore(
    name: &str,
    source: &str,
    opts: &ExploreOptions,
    progress: impl Fn(u64) + Sync,
) -> Vec<Outcome> {
    let next = AtomicU64::new(0);
    let done = AtomicU64::new(0);
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
    let results: Vec<(u64, String, i32)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                scope.spawn(|| {
                    let mut mine = Vec::new();
                    loop {
                        let seed = next.fetch_add(1, Ordering::Relaxed);
                        if seed >= opts.runs {
                            break;
                        }
                        let mut argv = vec![name.to_string()];
                        argv.extend(opts.args.iter().cloned());
                        let mut config = Config::new(argv);
                        config.policy = opts.policy;
                        config.switch_interval = opts.switch_interval;
                        config.check_interval = opts.check_interval;
                        config.seed = Some(seed);
                        let r = crate::run_source_with(name, source, config);
                        mine.push((seed, r.stdout, r.exit_code));
                        progress(done.fetch_add(1, Ordering::Relaxed) + 1);
                    }
                    mine
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_default())
            .collect()
    });
    let mut groups: BTreeMap<(String, i32), Outcome> = BTreeMap::new();
    for (seed, stdout, exit_code) in results {
        let entry = groups
            .entry((stdout.clone(), exit_code))
            .or_insert(Outcome {
                stdout,
                exit_code,
                count: 0,
                first_seed: seed,
            });
        entry.count += 1;
        entry.first_seed = entry.first_seed.min(seed);
    }
    let mut outcomes: Vec<Outcome> = groups.into_values().collect();
    outcomes.sort_by(|a, b| b.count.cmp(&a.count).then(a.first_seed.cmp(&b.first_seed)));
    outcomes
}

/// The progress bar's look: elapsed time, the bar, runs done, time left.
pub fn progress_style() -> ProgressStyle {
    ProgressStyle::with_template(
        "{elapsed:>4} [{wide_bar:.cyan/blue}] {pos}/{len} runs, {eta} left",
    )
    .expect("a valid progress template")
    .progress_chars("=> ")
}

/// A progress bar on stderr when it is a terminal; otherwise one that
/// draws nothing at all, so piped or redirected output stays clean.
pub fn progress_bar(total: u64, stderr_is_terminal: bool) -> ProgressBar {
    if stderr_is_terminal {
        ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr())
            .with_style(progress_style())
    } else {
        ProgressBar::hidden()
    }
}

/// The CLI: a progress bar on a terminal, then the outcomes.
pub fn explore_cli(name: &str, source: &str, opts: &ExploreOptions) -> i32 {
    let bar = progress_bar(opts.runs, std::io::stderr().is_terminal());
    let outcomes = explore(name, source, opts, |_| bar.inc(1));
    bar.finish_and_clear();
    let mut out = std::io::stdout().lock();
    let _ = writeln!(
        out,
        "{} distinct outcome{} in {} runs of {} under --gil {}",
        outcomes.len(),
        if outcomes.len() == 1 { "" } else { "s" },
        opts.runs,
        name,
        opts.policy
    );
    for (i, o) in outcomes.iter().enumerate() {
        let _ = writeln!(
            out,
            "\n#{} — {} run{} ({:.1}%), exit status {}",
            i + 1,
            o.count,
            if o.count == 1 { "" } else { "s" },
            100.0 * o.count as f64 / opts.runs.max(1) as f64,
            o.exit_code
        );
        for line in o.stdout.lines().take(10) {
            let _ = writeln!(out, "  | {line}");
        }
        if o.stdout.lines().count() > 10 {
            let _ = writeln!(out, "  | ...");
        }
        let mut cmd = format!("gilvm run --seed {} --gil {}", o.first_seed, opts.policy);
        if opts.policy == Policy::Legacy {
            cmd.push_str(&format!(" --check-interval {}", opts.check_interval));
        }
        if opts.switch_interval != Duration::from_millis(5) {
            cmd.push_str(&format!(
                " --switch-interval {}",
                humantime::format_duration(opts.switch_interval)
            ));
        }
        cmd.push_str(&format!(" {name}"));
        for a in &opts.args {
            cmd.push(' ');
            cmd.push_str(a);
        }
        let _ = writeln!(out, "  replay: {cmd}");
    }
    0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_progress_bar_is_hidden_off_a_terminal() {
        assert!(progress_bar(10, false).is_hidden());
        // The template parses (with_template would fail otherwise).
        let _ = progress_style();
    }
}
