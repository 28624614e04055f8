//! Differential test: every golden script (`tests/scripts/**/*.py`) and every
//! example (`examples/*.py`) runs under `python3` (CPython, the oracle) and
//! under `gilvm run`, with the arguments from its `# args:` line; stdout and
//! the exit status must be identical (stderr is not compared: tracebacks
//! differ in detail). Scripts containing `# differential: skip` are left out
//! (for output that depends on the thread schedule).
//!
//! The oracle is `GILVM_PYTHON`, else `python3.11`, else `python3` if it
//! is 3.11; without one the tests say they were skipped and pass, except
//! in CI (`CI` set), where they fail.
//! `GOLDEN_FILTER=substring` restricts the run to matching paths.

mod common;

use std::process::Command;

use common::{Outcome, RunResult};

/// The oracle: `GILVM_PYTHON` if set, else `python3.11`, else `python3`
/// if it is CPython 3.11. Returns the command and its version, or why
/// there is none.
fn find_oracle() -> Result<(String, String), String> {
    if let Ok(python) = std::env::var("GILVM_PYTHON") {
        return version_of(&python)
            .map(|v| (python.clone(), v))
            .ok_or_else(|| format!("GILVM_PYTHON={python} cannot be run"));
    }
    for python in ["python3.11", "python3"] {
        if let Some(version) = version_of(python) {
            if version.starts_with("Python 3.11") {
                return Ok((python.to_string(), version));
            }
        }
    }
    Err("no CPython 3.11 found as python3.11 or python3 (set GILVM_PYTHON to one)".into())
}

/// `PYTHON --version`, if it runs.
fn version_of(python: &str) -> Option<String> {
    let out = Command::new(python).arg("--version").output().ok()?;
    if !out.status.success() {
        return None;
    }
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    Some(text.trim().to_string())
}

/// The oracle, or `None` after saying clearly that the test is skipped.
/// In CI (`CI` set) a missing oracle fails the test instead: there the
/// comparison must run.
fn oracle(test: &str) -> Option<(String, String)> {
    match find_oracle() {
        Ok(found) => Some(found),
        Err(why) if std::env::var_os("CI").is_some() => {
            panic!("{test}: CI needs the oracle: {why}")
        }
        Err(why) => {
            eprintln!("{test}: SKIPPED, nothing compared with CPython: {why}");
            None
        }
    }
}

fn run(cmd: &mut Command) -> Result<RunResult, String> {
    cmd.current_dir(common::manifest_dir());
    common::run_with_timeout(cmd, common::TIMEOUT)
}

/// What comparing one script found.
enum Verdict {
    Skipped,
    Agree,
    Differ(String),
}

/// Runs one script under python3 and under gilvm and compares the two.
fn check_script(python: &str, script: &str) -> Verdict {
    let source = match std::fs::read_to_string(common::manifest_dir().join(script)) {
        Ok(source) => source,
        Err(e) => return Verdict::Differ(format!("cannot read script: {e}")),
    };
    let ann = match common::parse_annotations(&source) {
        Ok(ann) => ann,
        Err(e) => return Verdict::Differ(format!("bad annotation: {e}")),
    };
    if ann.differential_skip {
        return Verdict::Skipped;
    }
    let mut py = Command::new(python);
    py.arg(script)
        .args(&ann.args)
        .env("PYTHONIOENCODING", "utf-8")
        .env("PYTHONUTF8", "1")
        .env("PYTHONDONTWRITEBYTECODE", "1");
    let mut vm = Command::new(env!("CARGO_BIN_EXE_gilvm"));
    vm.arg("run").arg(script).args(&ann.args);
    let (expected, got) = match (run(&mut py), run(&mut vm)) {
        (Ok(e), Ok(g)) => (e, g),
        (Err(e), _) => return Verdict::Differ(format!("python3: {e}")),
        (_, Err(e)) => return Verdict::Differ(format!("gilvm: {e}")),
    };
    let mut problems = Vec::new();
    if expected.outcome == Outcome::TimedOut {
        problems.push(format!("python3 {}", expected.outcome));
    }
    if got.outcome != expected.outcome {
        problems.push(format!(
            "python3 ended with {}, gilvm with {}",
            expected.outcome, got.outcome
        ));
    }
    let want = common::output_lines(&expected.stdout);
    let have = common::output_lines(&got.stdout);
    if let Some(diff) = common::diff_lines("stdout", &want, &have) {
        problems.push(diff);
    } else if expected.stdout != got.stdout {
        problems.push("stdout differs only in its final newline".to_string());
    }
    if problems.is_empty() {
        return Verdict::Agree;
    }
    let mut report = problems.join("\n    ");
    if !got.stderr.trim().is_empty() {
        report.push_str("\n    gilvm stderr (last lines):\n");
        report.push_str(&common::tail(&got.stderr, 8));
    }
    Verdict::Differ(report)
}

/// The standard workloads in `bench/` whose output does not depend
/// on the schedule (`convoy.py` prints a timing). `counter_race.py` counts
/// exactly under the default policy, as CPython 3.10+ does.
const SHARED_BENCH: [&str; 8] = [
    "fib.py",
    "loop.py",
    "lists.py",
    "dicts.py",
    "strings.py",
    "threads_cpu.py",
    "threads_seq.py",
    "counter_race.py",
];

fn shared_bench_scripts() -> Vec<String> {
    SHARED_BENCH
        .iter()
        .map(|name| format!("bench/{name}"))
        .collect()
}

/// `threads_cpu.py` prints the same under every GIL policy.
#[test]
fn threads_cpu_prints_the_same_under_every_policy() {
    let Some((python, _)) = oracle("threads_cpu_prints_the_same_under_every_policy") else {
        return;
    };
    same_as_python_under_every_policy(&python, "bench/threads_cpu.py");
}

#[test]
fn gilvm_matches_cpython() {
    let Some((python, version)) = oracle("gilvm_matches_cpython") else {
        return;
    };
    let root = common::manifest_dir();
    let mut all = common::collect_scripts(&root, "tests/scripts");
    all.extend(common::collect_scripts(&root, "examples"));
    all.extend(shared_bench_scripts());
    assert!(
        !all.is_empty(),
        "no scripts found under tests/scripts or examples"
    );
    let (scripts, filter) = common::apply_filter(all);
    if let Some(filter) = &filter {
        eprintln!(
            "differential: {}={filter:?} selects {} scripts",
            common::FILTER_VAR,
            scripts.len()
        );
    }

    let results = common::parallel_map(&scripts, |script| check_script(&python, script));

    let (mut agreed, mut skipped, mut differ) = (0, 0, Vec::new());
    for (script, result) in scripts.iter().zip(results) {
        match result {
            Verdict::Skipped => skipped += 1,
            Verdict::Agree => agreed += 1,
            Verdict::Differ(report) => {
                eprintln!("DIFFERS {script}\n    {report}\n");
                differ.push(script.as_str());
            }
        }
    }
    eprintln!(
        "differential ({version}): {agreed} agree, {} differ, {skipped} skipped",
        differ.len()
    );
    if !differ.is_empty() {
        panic!(
            "{} script(s) behave differently under gilvm and {version} (details above):\n  {}",
            differ.len(),
            differ.join("\n  ")
        );
    }
}

/// Shared lists and dicts lose no update under any policy: each operation
/// holds the container's own lock, even with `--gil none`.
#[test]
fn shared_containers_lose_nothing_under_every_policy() {
    let Some((python, _)) = oracle("shared_containers_lose_nothing_under_every_policy") else {
        return;
    };
    let expected =
        same_as_python_under_every_policy(&python, "tests/free_threading/shared_containers.py");
    assert_eq!(
        expected.stdout,
        "80000 [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] 799960000\n"
    );
}

/// Runs `script` with python3 and with gilvm under every GIL policy, and
/// checks gilvm prints the same and ends the same way; returns python3's run.
fn same_as_python_under_every_policy(python: &str, script: &str) -> RunResult {
    let expected = run(Command::new(python).arg(script)).expect("python3 runs");
    for policy in ["cpython", "legacy", "fifo", "ruby", "none"] {
        let got =
            run(Command::new(env!("CARGO_BIN_EXE_gilvm")).args(["run", "--gil", policy, script]))
                .expect("gilvm runs");
        assert_eq!(
            got.stdout, expected.stdout,
            "--gil {policy}: {}",
            got.stderr
        );
        assert_eq!(got.outcome, expected.outcome, "--gil {policy}");
    }
    expected
}
