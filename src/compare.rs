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
        let summary = if policy == Policy::None {
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
        out.push('\n');
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
