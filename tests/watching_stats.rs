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

/// `--stats-json`: the same figures as the table, as data.
#[test]
fn the_json_holds_the_tables_figures() {
    let (events, info) = two_cpu();
    let s = Stats::compute(&events, &info);
    let json = s.to_json(&info);
    assert_eq!(json["switches"], s.switches);
    assert_eq!(json["run_time_ns"], s.total_ns);
    let threads = json["threads"].as_array().expect("threads");
    assert_eq!(threads.len(), s.threads.len());
    for (j, t) in threads.iter().zip(&s.threads) {
        assert_eq!(j["name"], t.name.as_str());
        assert_eq!(j["running_ns"], t.running_ns);
        assert_eq!(j["acquired"], t.acquisitions);
        assert_eq!(j["forced"], t.forced_switches);
        assert_eq!(j["longest_wait_ns"], t.longest_wait_ns);
    }
    assert_eq!(json["policy"], info.policy.as_str());

    // And from the command line, to a file.
    let dir = std::env::temp_dir().join(format!("gilvm-stats-json-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("stats.json");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_gilvm"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["run", "--seed", "1", "--gil", "legacy", "--stats-json"])
        .arg(&file)
        .arg("tests/interleavings/race.py")
        .output()
        .expect("run gilvm");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(&file).expect("the JSON file");
    let _ = std::fs::remove_dir_all(&dir);
    let v: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    let names: Vec<&str> = v["threads"]
        .as_array()
        .expect("threads")
        .iter()
        .map(|t| t["name"].as_str().unwrap_or_default())
        .collect();
    assert_eq!(names, ["MainThread", "Thread-1 (work)", "Thread-2 (work)"]);
    assert_eq!(v["policy"], "legacy");
    assert_eq!(v["seed"], 1);
}
