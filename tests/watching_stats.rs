//! `--stats`: the figures of hand-made runs.

mod trace_fixtures;

use gilvm::trace::stats::{stats, Stats, StatsOptions};
use trace_fixtures::*;

#[test]
fn two_cpu_threads_share_the_gil() {
    let (events, info) = two_cpu();
    let s = Stats::compute(&events, &info);
    let cpu1 = &s.threads[1];
    assert_eq!((cpu1.acquisitions, cpu1.forced_switches), (3, 2));
    // cpu-1 waited from 5.27 ms to 10.35 ms: one switch interval and change.
    assert_eq!(cpu1.longest_wait_ns, 5080 * US);
    assert!(s.utilisation > 0.95 && s.utilisation <= 1.0);
    insta::assert_snapshot!(
        "stats_two_cpu",
        stats(&events, &info, &StatsOptions::default())
    );
}

#[test]
fn the_convoy_io_thread_waits_a_switch_interval() {
    let (events, info) = convoy();
    let s = Stats::compute(&events, &info);
    let io = &s.threads[2];
    assert_eq!(s.longest_wait.map(|w| w.0), Some(3));
    assert!(io.longest_wait_ns >= 5 * MS);
    assert!(io.blocked_ns > 0 && io.running_ns < MS);
    insta::assert_snapshot!(
        "stats_convoy",
        stats(&events, &info, &StatsOptions { ascii: true })
    );
}

#[test]
fn free_threaded_reports_threads_running_at_once() {
    let (events, info) = free_threaded();
    let s = Stats::compute(&events, &info);
    assert!(s.cores_used > 1.5, "{}", s.cores_used);
    let text = stats(&events, &info, &StatsOptions::default());
    assert!(text.contains("threads running") && !text.contains("GIL utilisation"));
    insta::assert_snapshot!("stats_none", text);
}

#[test]
fn an_empty_run_has_zeros() {
    let text = stats(&[], &info("x.py", "cpython", 0), &StatsOptions::default());
    assert!(text.contains("run time"));
    assert!(!text.contains("NaN"));
}
