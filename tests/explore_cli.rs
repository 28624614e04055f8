//! `gilvm explore` on the command line. Run from a test, stderr is a pipe:
//! there must be no progress bar then, nor any escape code or carriage
//! return, anywhere in the output.

use std::process::Command;

#[test]
fn piped_explore_prints_outcomes_and_no_progress() {
    let out = Command::new(env!("CARGO_BIN_EXE_gilvm"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["explore", "--runs", "6", "--gil", "legacy"])
        .arg("tests/interleavings/race.py")
        .output()
        .expect("run gilvm explore");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stdout}{stderr}");
    assert_eq!(stderr, "", "progress or noise on a piped stderr");
    assert!(
        stdout.contains(" in 6 runs of tests/interleavings/race.py under --gil legacy"),
        "{stdout}"
    );
    assert!(stdout.contains("replay: gilvm run --seed "), "{stdout}");
    for bad in ['\x1b', '\r'] {
        assert!(!stdout.contains(bad), "{bad:?} in piped stdout: {stdout:?}");
    }
}

fn explore(args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_gilvm"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .arg("explore")
        .args(args)
        .output()
        .expect("run gilvm explore");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr, "", "explore wrote to stderr");
    (
        out.status.code().expect("an exit status"),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

/// `# outcome:` lines make explore a check: a forbidden outcome is exit
/// status 1 and named at the end; where it cannot happen, status 0.
#[test]
fn a_forbidden_outcome_fails_explore() {
    let script = "tests/interleavings/race_forbidden.py";
    let (code, out) = explore(&["--runs", "12", "--gil", "legacy", script]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("forbidden"), "{out}");
    assert!(out.contains("the script does not allow: #"), "{out}");
    let (code, out) = explore(&["--runs", "12", "--gil", "cpython", script]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("acceptable"), "{out}");
}

/// Issue 16's acceptance: the outcome table and the explanation of the
/// counter race under legacy, pinned; the schedule it prints replays the
/// same run byte for byte.
#[test]
fn explain_finds_the_fewest_switches_that_lose_an_update() {
    let (code, out) = explore(&[
        "--runs",
        "20",
        "--gil",
        "legacy",
        "--explain",
        "examples/counter_race.py",
        "50",
    ]);
    assert_eq!(code, 0, "interesting outcomes do not fail: {out}");
    assert!(out.contains("acceptable"), "{out}");
    assert!(out.contains("interesting"), "{out}");
    assert!(out.contains("The lost update of `counter`"), "{out}");
    assert!(out.contains("LOAD_GLOBAL counter"), "{out}");
    assert!(out.contains("STORE_GLOBAL counter"), "{out}");
    // At most 2 switches.
    let plan = out
        .split("--schedule ")
        .nth(1)
        .and_then(|rest| rest.split(' ').next())
        .expect("a schedule");
    assert!(plan.split(',').count() <= 2, "{plan}");
    insta::assert_snapshot!(out);

    // The schedule replays the same run, twice the same.
    let replay = |_: u8| {
        Command::new(env!("CARGO_BIN_EXE_gilvm"))
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .args([
                "run",
                "--schedule",
                plan,
                "--gil",
                "legacy",
                "--interleaving",
            ])
            .args(["examples/counter_race.py", "50"])
            .output()
            .expect("replay")
    };
    let (a, b) = (replay(0), replay(1));
    assert_eq!(a.stdout, b.stdout);
    assert_eq!(a.stderr, b.stderr);
    let shown = out
        .split("this schedule prints:\n")
        .nth(1)
        .expect("the schedule's output");
    let first = String::from_utf8_lossy(&a.stdout);
    for line in first.lines() {
        assert!(shown.contains(&format!("  | {line}\n")), "{line}: {shown}");
    }
}

/// `compare` runs every policy: a `--gil` it would ignore is refused.
#[test]
fn compare_refuses_a_gil_it_would_ignore() {
    let out = Command::new(env!("CARGO_BIN_EXE_gilvm"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["compare", "--gil", "legacy", "tests/interleavings/race.py"])
        .output()
        .expect("run gilvm compare");
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("--gil legacy has no effect"), "{stderr}");
    assert!(out.stdout.is_empty());
}

/// `compare --report` writes one page with every policy's picture.
#[test]
fn compare_writes_a_page_with_every_policy() {
    let dir = std::env::temp_dir().join(format!("gilvm-compare-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let page = dir.join("compare.html");
    let out = Command::new(env!("CARGO_BIN_EXE_gilvm"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["compare", "--seed", "3", "--report"])
        .arg(&page)
        .arg("tests/interleavings/race.py")
        .output()
        .expect("run gilvm compare");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let html = std::fs::read_to_string(&page).unwrap();
    for policy in ["cpython", "legacy", "fifo", "ruby", "none"] {
        assert!(
            html.contains(&format!("data-policy=\"{policy}\"")),
            "{policy}"
        );
    }
    assert!(html.matches("<g class=\"lock\"").count() >= 5);
    assert!(html.contains("<pre class=\"output\">"));
    // The text on stdout is the same comparison.
    assert!(String::from_utf8_lossy(&out.stdout).contains("== --gil ruby:"));
    std::fs::remove_dir_all(&dir).ok();
}
