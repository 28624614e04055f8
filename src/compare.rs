//! `gilvm compare`: the same script under every GIL policy, one timeline
//! and one line of statistics each, so the difference between the locks
//! shows at a glance.

use std::io::Write;

use crate::gil::Policy;
use crate::trace::states::format_duration;
use crate::trace::stats::Stats;
use crate::trace::timeline::{timeline, TimelineOptions};
use crate::vm::Config;

/// Runs `source` under each policy (with `base`'s other settings) and
/// renders the comparison.
pub fn compare(name: &str, source: &str, base: &Config, opts: &TimelineOptions) -> String {
    let mut out = String::new();
    for policy in Policy::ALL {
        let mut config = base.clone();
        config.policy = policy;
        config.record = true;
        let run = crate::run_source_with(name, source, config);
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
                format_duration(stats.longest_wait.map_or(0, |w| w.1), opts.ascii)
            )
        };
        out.push_str(&format!(
            "== --gil {policy}: {} in {}; exit status {}\n",
            summary,
            format_duration(stats.total_ns, opts.ascii),
            run.exit_code
        ));
        out.push_str(&timeline(&run.events, &run.info, opts));
        out.push_str(&script_output(&run.stdout));
        out.push('\n');
    }
    out
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

/// The CLI entry: prints the comparison on stdout.
pub fn compare_cli(name: &str, source: &str, base: &Config, opts: &TimelineOptions) -> i32 {
    let text = compare(name, source, base, opts);
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes());
    let _ = out.flush();
    0
}
