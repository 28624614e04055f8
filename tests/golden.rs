//! Golden script tests: runs `gilvm run tests/scripts/X.py ARGS...` for every
//! script and checks stdout, the exit status and stderr against the script's
//! `# expect...` annotations (format: see `tests/common/mod.rs`).
//!
//! All failures are reported together, then the test panics. Set
//! `GOLDEN_FILTER=substring` to run only scripts whose path contains it, e.g.
//! `GOLDEN_FILTER=fstrings cargo test --test golden -- --nocapture`.
//! `python3 tests/check_golden.py` checks the same scripts against CPython.

mod common;

use std::process::Command;

use common::{Annotations, Outcome, RunResult};

/// Checks one script; returns a failure report, or `None` when it passes.
fn check_script(script: &str) -> Option<String> {
    let root = common::manifest_dir();
    let source = match std::fs::read_to_string(root.join(script)) {
        Ok(source) => source,
        Err(e) => return Some(format!("cannot read script: {e}")),
    };
    let ann = match common::parse_annotations(&source) {
        Ok(ann) => ann,
        Err(e) => return Some(format!("bad annotation: {e}")),
    };
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_gilvm"));
    cmd.current_dir(&root)
        .arg("run")
        .arg(script)
        .args(&ann.args);
    match common::run_with_timeout(&mut cmd, common::TIMEOUT) {
        Ok(result) => compare(&ann, &result),
        Err(e) => Some(e),
    }
}

fn compare(ann: &Annotations, result: &RunResult) -> Option<String> {
    let mut problems = Vec::new();
    if result.outcome == Outcome::TimedOut {
        problems.push(format!("{} (killed)", result.outcome));
    } else if result.outcome != Outcome::Exited(ann.exit_code) {
        problems.push(format!(
            "expected exit status {}, got {}",
            ann.exit_code, result.outcome
        ));
    }
    let expected: Vec<&str> = ann.expects.iter().map(String::as_str).collect();
    let got = common::output_lines(&result.stdout);
    if let Some(diff) = common::diff_lines("stdout", &expected, &got) {
        problems.push(diff);
    }
    for want in &ann.stderr {
        if !result.stderr.contains(want.as_str()) {
            problems.push(format!("stderr does not contain {want:?}"));
        }
    }
    if problems.is_empty() {
        return None;
    }
    let mut report = problems.join("\n    ");
    if !result.stderr.trim().is_empty() {
        report.push_str("\n    stderr (last lines):\n");
        report.push_str(&common::tail(&result.stderr, 8));
    }
    Some(report)
}

#[test]
fn golden_scripts() {
    let root = common::manifest_dir();
    let all = common::collect_scripts(&root, "tests/scripts");
    assert!(
        !all.is_empty(),
        "no golden scripts found under {}",
        root.join("tests/scripts").display()
    );
    let (scripts, filter) = common::apply_filter(all);
    if let Some(filter) = &filter {
        eprintln!(
            "golden: {}={filter:?} selects {} scripts",
            common::FILTER_VAR,
            scripts.len()
        );
    }

    let results = common::parallel_map(&scripts, |script| check_script(script));

    let mut failed = 0;
    for (script, failure) in scripts.iter().zip(&results) {
        if let Some(report) = failure {
            failed += 1;
            eprintln!("FAIL {script}\n    {report}\n");
        }
    }
    let passed = scripts.len() - failed;
    eprintln!("golden: {passed} passed, {failed} failed");
    if failed > 0 {
        let names: Vec<&str> = scripts
            .iter()
            .zip(&results)
            .filter(|(_, r)| r.is_some())
            .map(|(s, _)| s.as_str())
            .collect();
        panic!(
            "{failed} golden script(s) failed (details above):\n  {}",
            names.join("\n  ")
        );
    }
}
