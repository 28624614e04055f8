//! `threading.Barrier`, `threading.Timer` and `threading.local` under every
//! GIL policy and in deterministic mode. The scripts are the golden ones in
//! `tests/scripts/threads/` (their `# expect:` lines are what CPython
//! prints: the differential test checks that), so each run here must print
//! exactly those lines. A barrier that can never fill is a deadlock report,
//! not a hang.

mod common;

use std::process::Command;

use gilvm::gil::Policy;
use gilvm::run_deterministic;

const SCRIPTS: [&str; 3] = [
    "tests/scripts/threads/barrier.py",
    "tests/scripts/threads/timer.py",
    "tests/scripts/threads/local.py",
];

fn source(script: &str) -> String {
    std::fs::read_to_string(common::manifest_dir().join(script))
        .unwrap_or_else(|e| panic!("{script}: {e}"))
}

/// The stdout the script's `# expect:` lines describe.
fn expected(script: &str) -> String {
    let ann = common::parse_annotations(&source(script)).expect("annotations parse");
    ann.expects.iter().map(|l| format!("{l}\n")).collect()
}

#[test]
fn barrier_timer_and_local_print_what_cpython_prints_under_every_policy() {
    let policies = ["cpython", "legacy", "fifo", "ruby", "none"];
    let mut jobs = Vec::new();
    for script in SCRIPTS {
        for policy in policies {
            jobs.push((script, policy));
        }
    }
    let results = common::parallel_map(&jobs, |(script, policy)| {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_gilvm"));
        cmd.current_dir(common::manifest_dir())
            .args(["run", "--gil", policy, script]);
        common::run_with_timeout(&mut cmd, common::TIMEOUT).expect("gilvm runs")
    });
    for ((script, policy), r) in jobs.iter().zip(results) {
        assert_eq!(
            r.outcome,
            common::Outcome::Exited(0),
            "{script} --gil {policy}: {}",
            r.stderr
        );
        assert_eq!(
            r.stdout,
            expected(script),
            "{script} --gil {policy}: {}",
            r.stderr
        );
    }
}

#[test]
fn barrier_timer_and_local_are_reproducible_in_deterministic_mode() {
    for script in SCRIPTS {
        let src = source(script);
        let want = expected(script);
        for policy in Policy::ALL {
            for seed in [3, 11] {
                let a = run_deterministic(script, &src, policy, seed);
                assert_eq!(
                    a.exit_code, 0,
                    "{script} {policy} seed {seed}: {}",
                    a.stderr
                );
                assert_eq!(a.stdout, want, "{script} {policy} seed {seed}");
                let b = run_deterministic(script, &src, policy, seed);
                assert_eq!(
                    a.transcript(),
                    b.transcript(),
                    "{script} {policy} seed {seed}: two runs differ"
                );
            }
        }
    }
}

#[test]
fn a_cancelled_timer_does_not_wait_out_its_interval() {
    // An hour on the virtual clock: the run must end long before it.
    let src = "import threading\nimport time\n\
               t = threading.Timer(3600, print, args=('never',))\n\
               t.start()\nt.cancel()\nt.join()\n\
               print(time.monotonic() < 1)\n";
    for policy in Policy::ALL {
        let r = run_deterministic("cancel.py", src, policy, 5);
        assert_eq!(r.stdout, "True\n", "{policy}: {}", r.stderr);
    }
}

const TWO_OF_THREE: &str = "\
import threading
b = threading.Barrier(3)
def w():
    b.wait()
ts = []
for _ in range(2):
    ts.append(threading.Thread(target=w))
for t in ts:
    t.start()
for t in ts:
    t.join()
";

fn assert_barrier_deadlock(what: &str, exit_code: i32, stderr: &str) {
    assert_eq!(
        exit_code, 1,
        "{what}: expected a deadlock, stderr {stderr:?}"
    );
    assert!(stderr.starts_with("deadlock:"), "{what}: {stderr}");
    for thread in ["Thread-1 (w)", "Thread-2 (w)"] {
        assert!(
            stderr.contains(&format!(
                "{thread} waits for a Barrier(3) that only 2 of 3 parties have reached, at t.py:4 in w"
            )),
            "{what}: {stderr}"
        );
    }
    assert!(
        stderr.contains("MainThread waits for Thread-1 (w) to finish (join)"),
        "{what}: {stderr}"
    );
}

#[test]
fn a_barrier_that_can_never_fill_is_reported_as_a_deadlock() {
    let dir = std::env::temp_dir().join(format!("gilvm-barrier-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    std::fs::write(dir.join("t.py"), TWO_OF_THREE).expect("script written");
    for policy in ["cpython", "legacy", "fifo", "ruby", "none"] {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_gilvm"));
        cmd.current_dir(&dir).args(["run", "--gil", policy, "t.py"]);
        let r = common::run_with_timeout(&mut cmd, common::TIMEOUT).expect("gilvm runs");
        let code = match r.outcome {
            common::Outcome::Exited(c) => c,
            other => panic!("--gil {policy}: {other}"),
        };
        assert_barrier_deadlock(&format!("--gil {policy}"), code, &r.stderr);
    }
    let _ = std::fs::remove_dir_all(&dir);
    for policy in Policy::ALL {
        let r = run_deterministic("t.py", TWO_OF_THREE, policy, 2);
        assert_barrier_deadlock(&format!("{policy}, seed 2"), r.exit_code, &r.stderr);
    }
}
