//! Differential property test of set iteration order: `tests/props/set_order.py`
//! walks a random sequence of set operations (adds, deletions, the operators
//! and methods, dict views, growth past resizes) and prints every set after
//! each step. Run under python3 and under gilvm with the same seeds, the two
//! must print the same: gilvm's set table lays elements out slot for slot as
//! CPython's does.
//!
//! `python3` must be on PATH (`GILVM_PYTHON` overrides the command).
//! `SET_ORDER_SEEDS=n` runs seeds 1..=n (default 24), `SET_ORDER_STEPS` the
//! steps per seed (default 400).

mod common;

use std::process::Command;

const SCRIPT: &str = "tests/props/set_order.py";

fn env_number(name: &str, default: u32) -> u32 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Runs the walk for one seed under both interpreters; the difference, if any.
fn compare_seed(python: &str, seed: u32, steps: u32) -> Option<String> {
    let args = [seed.to_string(), steps.to_string()];
    let mut py = Command::new(python);
    py.arg(SCRIPT)
        .args(&args)
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .current_dir(common::manifest_dir());
    let mut vm = Command::new(env!("CARGO_BIN_EXE_gilvm"));
    vm.arg("run")
        .arg(SCRIPT)
        .args(&args)
        .current_dir(common::manifest_dir());
    let (expected, got) = match (
        common::run_with_timeout(&mut py, common::TIMEOUT),
        common::run_with_timeout(&mut vm, common::TIMEOUT),
    ) {
        (Ok(e), Ok(g)) => (e, g),
        (Err(e), _) => return Some(format!("seed {seed}: python3: {e}")),
        (_, Err(e)) => return Some(format!("seed {seed}: gilvm: {e}")),
    };
    let want = common::output_lines(&expected.stdout);
    let have = common::output_lines(&got.stdout);
    let mut report = common::diff_lines("stdout", &want, &have)?;
    if !got.stderr.trim().is_empty() {
        report.push_str("\n    gilvm stderr:\n");
        report.push_str(&common::tail(&got.stderr, 8));
    }
    Some(format!("seed {seed}: {report}"))
}

#[test]
fn sets_iterate_in_cpythons_order() {
    let python = std::env::var("GILVM_PYTHON").unwrap_or_else(|_| "python3".to_string());
    let seeds: Vec<u32> = (1..=env_number("SET_ORDER_SEEDS", 24)).collect();
    let steps = env_number("SET_ORDER_STEPS", 400);
    let failures: Vec<String> =
        common::parallel_map(&seeds, |&seed| compare_seed(&python, seed, steps))
            .into_iter()
            .flatten()
            .collect();
    assert!(
        failures.is_empty(),
        "{} of {} seeds differ from CPython:\n{}",
        failures.len(),
        seeds.len(),
        failures.join("\n")
    );
}
