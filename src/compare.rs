//! `gilvm compare`: the same script under every GIL policy, one timeline
//! and one line of statistics each, so the difference between the locks
//! shows at a glance.

use std::io::Write;

use crate::gil::Policy;
use crate::trace::states::format_duration;
use crate::trace::stats::Stats;
use crate::trace::timeline::{timeline, TimelineOptions};
use crate::vm::Config;

/// One policy's run, with its one-line summary.
pub struct PolicyRun {
    pub policy: Policy,
    pub summary: String,
    pub run: crate::RunResult,
}

/// Runs `source` under each policy (with `base`'s other settings).
pub fn run_all(name: &str, source: &str, base: &Config, ascii: bool) -> Vec<PolicyRun> {
    Policy::ALL
        .into_iter()
        .map(|policy| {
            let mut config = base.clone();
            config.policy = policy;
            config.record = true;
            let run = crate::run_source_with(name, source, config);
            let summary = summary(policy, &run, ascii);
            PolicyRun {
                policy,
                summary,
                run,
            }
        })
        .collect()
}

fn summary(policy: Policy, run: &crate::RunResult, ascii: bool) -> String {
    let stats = Stats::compute(&run.events, &run.info);
    let summary = if !stats.interpreters.is_empty() {
        format!(
            "{} interpreters, a GIL each: {:.2} threads running at once on average",
            stats.interpreters.len(),
            stats.cores_used
        )
    } else if policy == Policy::None {
        format!("{:.2} threads running at once on average", stats.cores_used)
    } else {
        format!(
            "{} switches, GIL busy {:.0}%, longest wait {}",
            stats.switches,
            stats.utilisation * 100.0,
            format_duration(stats.longest_wait.map_or(0, |w| w.1), ascii)
        )
    };
    format!(
        "--gil {policy}: {} in {}; exit status {}",
        summary,
        format_duration(stats.total_ns, ascii),
        run.exit_code
    )
}

/// Runs `source` under each policy (with `base`'s other settings) and
/// renders the comparison.
pub fn compare(name: &str, source: &str, base: &Config, opts: &TimelineOptions) -> String {
    render(&run_all(name, source, base, opts.ascii), opts)
}

/// The comparison as text: per policy, its summary, timeline and output.
pub fn render(runs: &[PolicyRun], opts: &TimelineOptions) -> String {
    let mut out = String::new();
    for r in runs {
        out.push_str(&format!("== {}\n", r.summary));
        out.push_str(&timeline(&r.run.events, &r.run.info, opts));
        out.push_str(&script_output(&r.run.stdout));
        out.push('\n');
    }
    out
}

/// The comparison as one self-contained HTML page (`compare --report`).
pub fn html(name: &str, runs: &[PolicyRun]) -> String {
    let sections: Vec<crate::trace::report::Section> = runs
        .iter()
        .map(|r| crate::trace::report::Section {
            heading: r.summary.clone(),
            events: &r.run.events,
            info: &r.run.info,
            output: &r.run.stdout,
        })
        .collect();
    crate::trace::report::compare_html(name, &sections)
}

/// The most lines of a policy's own output `compare` shows.
const OUTPUT_LINES: usize = 8;

/// What the script printed under one policy, indented under its timeline:
/// the counts of `counter_race.py`, the speed-ups of `share_nothing.py`
/// are the lesson.
fn script_output(stdout: &str) -> String {
    let lines: Vec<&str> = stdout.lines().collect();
    if lines.is_empty() {
        return String::new();
    }
    let mut out = String::from("output:\n");
    for line in lines.iter().take(OUTPUT_LINES) {
        out.push_str("  ");
        out.push_str(&crate::trace::states::sanitize(line));
        out.push('\n');
    }
    if lines.len() > OUTPUT_LINES {
        out.push_str(&format!(
            "  ... {} more lines\n",
            lines.len() - OUTPUT_LINES
        ));
    }
    out
}

/// The CLI entry: prints the comparison on stdout, and writes the page
/// to `report` when given.
pub fn compare_cli(
    name: &str,
    source: &str,
    base: &Config,
    opts: &TimelineOptions,
    report: Option<&std::path::Path>,
) -> i32 {
    let runs = run_all(name, source, base, opts.ascii);
    let text = render(&runs, opts);
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes());
    let _ = out.flush();
    if let Some(path) = report {
        if let Err(e) = std::fs::write(path, html(name, &runs)) {
            eprintln!("gilvm compare: cannot write {}: {e}", path.display());
            return 1;
        }
    }
    0
}
