//! `gilvm explore`: run a script under many seeds in deterministic mode,
//! group the runs by what they printed and how they ended, and give each
//! distinct outcome a command that replays it exactly.

use std::collections::BTreeMap;
use std::io::{IsTerminal, Write};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::gil::Policy;
use crate::outcomes::Verdict;
use crate::vm::Config;

pub struct ExploreOptions {
    pub runs: u64,
    /// After the outcomes, find the schedule with the fewest switches that
    /// reaches an outcome worth explaining, and explain it (`explain`).
    pub explain: bool,
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

/// The command that replays a run chosen by `how` (`--seed 3`,
/// `--schedule 4:2,6:3`) with the explored settings.
fn replay_command(how: &str, name: &str, opts: &ExploreOptions) -> String {
    let mut cmd = format!("gilvm run {how} --gil {}", opts.policy);
    if opts.policy == Policy::Legacy
        || (opts.policy == Policy::None && how.starts_with("--schedule"))
    {
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
    cmd
}

/// `explore --explain`'s text: the schedule with the fewest switches that
/// reaches an outcome worth explaining, its replay command, and the lost
/// update it contains, side by side (see `explain`).
pub fn explanation(
    name: &str,
    source: &str,
    opts: &ExploreOptions,
    rules: &[crate::outcomes::Rule],
) -> String {
    let found = match crate::explain::find(name, source, opts, rules) {
        Ok(found) => found,
        Err(crate::explain::NotFound::NoOtherOutcome { tried }) => {
            return format!(
                "explain: none of {tried} schedules with up to {} switches printed anything \
                 but what the run without preemptions prints\n",
                crate::explain::MAX_SWITCHES
            )
        }
    };
    let n = found.plan.switches.len();
    let mut out = format!(
        "explain: {n} switch{} {} enough (the fewest, found in {} schedules); this schedule prints:\n",
        if n == 1 { "" } else { "es" },
        if n == 1 { "is" } else { "are" },
        found.tried
    );
    for line in found.run.stdout.lines().take(10) {
        out.push_str(&format!("  | {line}\n"));
    }
    let how = if found.plan.switches.is_empty() {
        "--schedule ''".to_string()
    } else {
        format!("--schedule {}", found.plan)
    };
    out.push_str(&format!(
        "  replay: {}\n\n",
        replay_command(&format!("{how} --interleaving"), name, opts)
    ));
    let names: Vec<(crate::gil::ThreadNum, String)> = found
        .run
        .events
        .iter()
        .filter_map(|e| match &e.kind {
            crate::trace::EventKind::ThreadStart { name } => Some((e.thread(), name.clone())),
            _ => None,
        })
        .collect();
    let name_of = |t: crate::gil::ThreadNum| {
        names
            .iter()
            .find(|(n, _)| *n == t)
            .map_or_else(|| format!("thread {t}"), |(_, s)| s.clone())
    };
    let lines: Vec<&str> = source.lines().collect();
    let source_line = |l: u32| {
        lines
            .get((l as usize).wrapping_sub(1))
            .map_or(String::new(), |s| s.trim().to_string())
    };
    match crate::explain::lost_update(&found.run.steps) {
        Some(lost) => {
            out.push_str(&format!(
                "The lost update of `{}`, instruction by instruction (line, instruction):\n\n",
                lost.name
            ));
            out.push_str(&crate::explain::side_by_side(
                &found.run.steps,
                &lost,
                &name_of,
                &source_line,
            ));
        }
        None => {
            out.push_str("No read-modify-write of a global was interleaved; the schedule:\n");
            out.push_str(&found.run.interleaving());
        }
    }
    out
}

/// The width of the outcome table's stdout column.
const SUMMARY_WIDTH: usize = 64;

/// An outcome's stdout on one line: its lines joined by " / ", cut.
fn one_line(stdout: &str) -> String {
    let joined = stdout.lines().collect::<Vec<_>>().join(" / ");
    let chars: Vec<char> = joined.chars().collect();
    if chars.len() <= SUMMARY_WIDTH {
        joined
    } else {
        let cut: String = chars[..SUMMARY_WIDTH - 3].iter().collect();
        format!("{cut}...")
    }
}

/// The outcome table, in the style of jcstress: one row per outcome with
/// its count, its share, the first seed that reached it and, when the
/// script has `# outcome:` lines, its verdict.
pub fn outcome_table(outcomes: &[Outcome], runs: u64, verdicts: &[Option<Verdict>]) -> String {
    let with_verdicts = verdicts.iter().any(Option::is_some);
    let mut t = String::from("   #   runs   share  first seed  ");
    if with_verdicts {
        t.push_str("verdict      ");
    }
    t.push_str("exit  stdout\n");
    for (i, o) in outcomes.iter().enumerate() {
        t.push_str(&format!(
            "{:>4}  {:>5}  {:>5.1}%  {:>10}  ",
            format!("#{}", i + 1),
            o.count,
            100.0 * o.count as f64 / runs.max(1) as f64,
            o.first_seed
        ));
        if with_verdicts {
            let v = verdicts.get(i).copied().flatten();
            t.push_str(&format!("{:<11}  ", v.map_or("", Verdict::as_str)));
        }
        t.push_str(&format!("{:>4}  {}\n", o.exit_code, one_line(&o.stdout)));
    }
    t
}

/// The CLI: a progress bar on a terminal, then the outcome table and each
/// outcome with the command that replays it. Exits with status 1 when an
/// outcome is forbidden or unexpected (see `outcomes`), 2 when the
/// script's `# outcome:` lines do not parse.
pub fn explore_cli(name: &str, source: &str, opts: &ExploreOptions) -> i32 {
    let rules = match crate::outcomes::rules(source) {
        Ok(rules) => rules,
        Err(e) => {
            eprintln!("{name}: {e}");
            return 2;
        }
    };
    let bar = progress_bar(opts.runs, std::io::stderr().is_terminal());
    let outcomes = explore(name, source, opts, |_| bar.inc(1));
    bar.finish_and_clear();
    let verdicts: Vec<Option<Verdict>> = outcomes
        .iter()
        .map(|o| crate::outcomes::classify(&rules, &o.stdout))
        .collect();
    let mut out = std::io::stdout().lock();
    let _ = writeln!(
        out,
        "{} distinct outcome{} in {} runs of {} under --gil {}\n",
        outcomes.len(),
        if outcomes.len() == 1 { "" } else { "s" },
        opts.runs,
        name,
        opts.policy
    );
    let _ = write!(out, "{}", outcome_table(&outcomes, opts.runs, &verdicts));
    for (i, o) in outcomes.iter().enumerate() {
        let verdict = match verdicts[i] {
            Some(v) => format!(", {v}"),
            None => String::new(),
        };
        let _ = writeln!(
            out,
            "\n#{} — {} run{} ({:.1}%), exit status {}{verdict}",
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
        let cmd = replay_command(&format!("--seed {}", o.first_seed), name, opts);
        let _ = writeln!(out, "  replay: {cmd}");
    }
    if opts.explain {
        let _ = write!(out, "\n{}", explanation(name, source, opts, &rules));
    }
    let failing: Vec<String> = verdicts
        .iter()
        .enumerate()
        .filter(|(_, v)| v.is_some_and(Verdict::fails))
        .map(|(i, v)| format!("#{} ({})", i + 1, v.map_or("", Verdict::as_str)))
        .collect();
    if failing.is_empty() {
        return 0;
    }
    let _ = writeln!(
        out,
        "\nexplore: {} outcome{} the script does not allow: {}",
        failing.len(),
        if failing.len() == 1 { "" } else { "s" },
        failing.join(", ")
    );
    1
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
