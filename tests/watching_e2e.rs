//! End to end: deterministic runs of the small demos, rendered as the
//! terminal timeline and the statistics table. Virtual time makes these
//! views byte-for-byte stable, so they are pinned as reviewed snapshots.

use gilvm::gil::Policy;
use gilvm::run_deterministic;
use gilvm::trace::stats::{stats, StatsOptions};
use gilvm::trace::timeline::{timeline, TimelineOptions};

fn views(name: &str, policy: Policy, seed: u64) -> String {
    let path = format!("{}/tests/interleavings/{name}", env!("CARGO_MANIFEST_DIR"));
    let src = std::fs::read_to_string(&path).expect("demo script");
    let run = run_deterministic(name, &src, policy, seed);
    let opts = TimelineOptions {
        width: 80,
        ascii: true,
        color: false,
    };
    format!(
        "{}\n{}",
        timeline(&run.events, &run.info, &opts),
        stats(&run.events, &run.info, &StatsOptions { ascii: true })
    )
}

#[test]
fn convoy_under_cpython() {
    insta::assert_snapshot!(views("convoy.py", Policy::CPython, 1));
}

#[test]
fn race_under_legacy() {
    insta::assert_snapshot!(views("race.py", Policy::Legacy, 1));
}

#[test]
fn pipeline_under_fifo() {
    insta::assert_snapshot!(views("pipeline.py", Policy::Fifo, 1));
}

#[test]
fn compare_shows_every_policy_side_by_side() {
    let path = format!("{}/tests/interleavings/race.py", env!("CARGO_MANIFEST_DIR"));
    let src = std::fs::read_to_string(&path).expect("demo script");
    let mut base = gilvm::vm::Config::new(vec!["race.py".into()]);
    base.seed = Some(1);
    let opts = TimelineOptions {
        width: 80,
        ascii: true,
        color: false,
    };
    let text = gilvm::compare::compare("race.py", &src, &base, &opts);
    for policy in ["cpython", "legacy", "fifo", "ruby", "none"] {
        assert!(text.contains(&format!("== --gil {policy}: ")), "{text}");
    }
    assert_eq!(text.matches("exit status 0").count(), 5, "{text}");
    // Each policy's own output: the count lost under legacy is the lesson.
    assert_eq!(text.matches("output:\n  ").count(), 5, "{text}");
    // Deterministic, so it can be pinned too.
    insta::assert_snapshot!(text);
}

/// asyncio tasks are lanes under the thread that runs their loop: the
/// timeline indents them there, shows their sleeps overlapping and the
/// blocking task running while the others are ready; the lock's
/// statistics count the thread only, and the tasks have their own table,
/// which names the one that held up its loop.
#[test]
fn asyncio_tasks_nest_under_their_thread() {
    let shown = views("asyncio_tasks.py", Policy::CPython, 1);
    for task in ["  Task-1", "  Task-2", "  Task-3", "  Task-4"] {
        assert!(shown.contains(task), "no row for {task}:\n{shown}");
    }
    assert!(shown.contains("(a task: ready)"), "{shown}");
    assert!(shown.contains("task    steps"), "{shown}");
    let slowest = shown.lines().find(|l| l.starts_with("longest task step"));
    let slowest = slowest.unwrap_or_else(|| panic!("{shown}"));
    assert!(slowest.contains("(Task-4) without an await"), "{slowest}");
    assert!(
        slowest.contains("held up every task of its loop"),
        "{slowest}"
    );
    insta::assert_snapshot!(shown);
}

/// Interpreters: each one's threads under a line of its own in the
/// timeline, each lock's figures and the messages in the statistics, and
/// in the Chrome trace a process per interpreter and an arrow (a flow
/// event pair) per value that crossed.
#[test]
fn interpreters_group_their_threads_and_draw_their_messages() {
    let shown = views("interpreters.py", Policy::CPython, 1);
    assert!(
        shown.contains("-- interpreter 0 (the script's), its GIL --"),
        "{shown}"
    );
    assert!(
        shown.contains("-- interpreter 1, its own GIL --"),
        "{shown}"
    );
    assert!(shown.contains("interpreter 1 GIL"), "{shown}");
    // 3 items there and 3 back, the sentinel, the call and its result.
    assert!(
        shown.contains("messages           9 between interpreters"),
        "{shown}"
    );
    insta::assert_snapshot!(shown);

    let path = format!(
        "{}/tests/interleavings/interpreters.py",
        env!("CARGO_MANIFEST_DIR")
    );
    let src = std::fs::read_to_string(&path).expect("demo script");
    let run = run_deterministic("interpreters.py", &src, Policy::CPython, 1);
    let trace = gilvm::trace::chrome::chrome_trace(&run.events, &run.info);
    let events = trace["traceEvents"].as_array().expect("events");
    let flows = |ph: &str| -> Vec<(u64, u64)> {
        events
            .iter()
            .filter(|e| e["ph"] == ph)
            .map(|e| (e["id"].as_u64().unwrap(), e["pid"].as_u64().unwrap()))
            .collect()
    };
    let (starts, ends) = (flows("s"), flows("f"));
    assert_eq!(starts.len(), 9, "{trace}");
    assert_eq!(ends.len(), 9, "{trace}");
    for (id, pid) in &starts {
        let end = ends.iter().find(|(i, _)| i == id).expect("each arrow ends");
        assert_ne!(*pid, end.1, "message {id} crosses between interpreters");
    }
    // The report's picture: a heading above each interpreter's rows.
    let svg = gilvm::trace::report::svg(&run.events, &run.info);
    assert!(svg.contains("data-interpreter=\"0\""), "{svg}");
    assert!(svg.contains("data-interpreter=\"1\""), "{svg}");
    assert!(svg.contains("interpreter 1, its own GIL"), "{svg}");
}

/// The README's demo as a page to project: `cpu_bound.py`'s report has the
/// lock's own row on top, the caption, its two phases, every thread's name
/// whole, and a picture short enough that the page fits a 1400×1000
/// screen down to the time axis.
#[test]
fn the_cpu_bound_report_reads_at_a_glance() {
    let path = format!("{}/examples/cpu_bound.py", env!("CARGO_MANIFEST_DIR"));
    let src = std::fs::read_to_string(&path).expect("demo script");
    let mut config = gilvm::vm::Config::new(vec![
        "examples/cpu_bound.py".into(),
        "40000".into(),
        "3".into(),
    ]);
    config.seed = Some(1);
    config.record = true;
    let run = gilvm::run_source_with("examples/cpu_bound.py", &src, config);
    assert_eq!(run.exit_code, 0, "{}", run.stderr);
    let page = gilvm::trace::report::html(&run.events, &run.info);
    assert_eq!(page.matches("<g class=\"lock\"").count(), 1);
    assert!(page.contains(">GIL held by<title>"));
    assert!(page.contains("13 threads, 1.0 running at once on average, GIL busy 100%"));
    // The sequential phase, then the threaded one (at this small size each
    // thread finishes within one switch interval).
    assert!(page.contains(">1 thread</text>"));
    assert!(page.contains(">13 threads, at most 2 at once</text>"));
    for n in 1..=12 {
        assert!(
            page.contains(&format!(">Thread-{n} (count)<title>")),
            "Thread-{n}"
        );
    }
    assert!(page.contains("The script printed last: <code>4 threads:"));
    // The SVG's own height: the page's header above it takes about 230 px
    // of the 1000 (measured in headless Chromium, docs/img).
    let height: f64 = page
        .split("<svg ")
        .nth(1)
        .and_then(|s| s.split("height=\"").nth(1))
        .and_then(|s| s.split('"').next())
        .and_then(|h| h.parse().ok())
        .expect("svg height");
    assert!(height <= 760.0, "the picture is {height} px high");
}
