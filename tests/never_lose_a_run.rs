//! A run is never lost: output errors, interruptions and limits end in the
//! Python exception and exit status CPython gives, with what was printed
//! before them delivered. These need the real process (its stdout, its
//! signals), so they run the `gilvm` binary.

use std::io::Read;
use std::process::{Command, Stdio};

/// Writes `source` to a fresh temporary file and returns its path.
fn script(name: &str, source: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("gilvm-never-lose-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, source).expect("write script");
    path
}

fn gilvm() -> Command {
    Command::new(env!("CARGO_BIN_EXE_gilvm"))
}

/// Both of CPython's modes: a buffered stdout reports a failed write when
/// it flushes (at exit: "Exception ignored", status 120); an unbuffered
/// one at the `print` itself (a traceback, status 1).
#[test]
fn printing_to_a_full_disk_is_an_oserror() {
    let path = script("full.py", "print('hello')\n");
    for (unbuffered, status, expected) in [
        ("", 120, "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\nOSError: [Errno 28] No space left on device\n"),
        ("1", 1, "    print('hello')\nOSError: [Errno 28] No space left on device\n"),
    ] {
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .expect("/dev/full");
        let out = gilvm()
            .arg("run")
            .arg(&path)
            .env("PYTHONUNBUFFERED", unbuffered)
            .stdout(full)
            .output()
            .expect("run gilvm");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(status), "{stderr}");
        assert!(stderr.ends_with(expected), "{stderr}");
    }
}

#[test]
fn a_script_can_catch_the_error_of_a_full_disk() {
    let path = script(
        "catch_full.py",
        "import sys\ntry:\n    print('x')\n    sys.stdout.flush()\nexcept OSError as e:\n    \
         print(type(e).__name__, e.errno, e.strerror, file=sys.stderr)\n",
    );
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .expect("/dev/full");
    let out = gilvm()
        .arg("run")
        .arg(&path)
        .env("PYTHONUNBUFFERED", "")
        .stdout(full)
        .output()
        .expect("run gilvm");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "OSError 28 No space left on device\n"
    );
}

/// `gilvm run many.py | head -1`: the reader goes away, the next write
/// raises BrokenPipeError, the run exits 1, and the lines read arrived.
#[test]
fn a_closed_pipe_is_a_broken_pipe_error() {
    let path = script(
        "pipe.py",
        "for i in range(1000000):\n    print('line', i)\n",
    );
    for unbuffered in ["", "1"] {
        let mut child = gilvm()
            .arg("run")
            .arg(&path)
            .env("PYTHONUNBUFFERED", unbuffered)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn gilvm");
        let mut first = [0u8; 7];
        child
            .stdout
            .take()
            .expect("stdout")
            .read_exact(&mut first)
            .expect("first line");
        assert_eq!(&first, b"line 0\n");
        let mut stderr = String::new();
        child
            .stderr
            .take()
            .expect("stderr")
            .read_to_string(&mut stderr)
            .expect("stderr");
        let status = child.wait().expect("wait");
        assert_eq!(status.code(), Some(1), "{stderr}");
        assert!(
            stderr.ends_with("    print('line', i)\nBrokenPipeError: [Errno 32] Broken pipe\n"),
            "{stderr}"
        );
    }
}

/// Runs `source` with `args` before the script, waits for it to print
/// `ready`, presses Ctrl-C (SIGINT) `presses` times, and returns the exit
/// status, all of stdout and all of stderr.
fn interrupt(name: &str, source: &str, args: &[&str], presses: usize) -> (i32, String, String) {
    use std::io::BufRead;
    let path = script(name, source);
    let mut child = gilvm()
        .arg("run")
        .args(args)
        .arg(&path)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn gilvm");
    let mut stdout = std::io::BufReader::new(child.stdout.take().expect("stdout"));
    let mut first = String::new();
    stdout.read_line(&mut first).expect("ready line");
    assert_eq!(first, "ready\n");
    let mut stderr = child.stderr.take().expect("stderr");
    let err_reader = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = stderr.read_to_string(&mut s);
        s
    });
    for _ in 0..presses {
        // Let the script reach the wait it is to be interrupted in.
        std::thread::sleep(std::time::Duration::from_millis(300));
        let sent = Command::new("kill")
            .args(["-INT", &child.id().to_string()])
            .status()
            .expect("kill");
        assert!(sent.success());
    }
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            panic!("{name} {args:?}: still running 10 s after Ctrl-C");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    let mut rest = String::new();
    stdout.read_to_string(&mut rest).expect("stdout");
    let stderr = err_reader.join().expect("stderr reader");
    (status.code().unwrap_or(-1), first + &rest, stderr)
}

/// The main thread's blocking waits end at once with KeyboardInterrupt:
/// uncaught, the traceback names the wait and the status is 130; what was
/// printed before reaches the pipe; the views are written, marked.
#[test]
fn ctrl_c_interrupts_the_main_thread_wherever_it_waits() {
    let waits = [
        ("sleep", "import time\ntime.sleep(100)"),
        (
            "join",
            "import threading\ndef spin():\n    while True:\n        pass\n\
             t = threading.Thread(target=spin, daemon=True)\nt.start()\nt.join()",
        ),
        (
            "acquire",
            "import threading, time\nlock = threading.Lock()\ndef hold():\n    \
             with lock:\n        time.sleep(100)\n\
             threading.Thread(target=hold, daemon=True).start()\ntime.sleep(0.05)\nlock.acquire()",
        ),
        (
            "get",
            "import queue, threading\ndef spin():\n    while True:\n        pass\n\
             threading.Thread(target=spin, daemon=True).start()\nqueue.Queue().get()",
        ),
        (
            "event",
            "import threading\ndef spin():\n    while True:\n        pass\n\
             threading.Thread(target=spin, daemon=True).start()\nthreading.Event().wait()",
        ),
        ("loop", "n = 0\nwhile True:\n    n += 1"),
    ];
    for (what, body) in waits {
        let source = format!("print('ready', flush=True)\nprint('buffered')\n{body}\n");
        for args in [
            &["--gil", "cpython"][..],
            &["--gil", "none"],
            &["--gil", "legacy"],
        ] {
            let mut args = args.to_vec();
            args.push("--stats");
            let (status, stdout, stderr) = interrupt(&format!("{what}.py"), &source, &args, 1);
            assert_eq!(status, 130, "{what} {args:?}: {stderr}");
            assert_eq!(stdout, "ready\nbuffered\n", "{what} {args:?}");
            assert!(
                stderr.starts_with("Traceback (most recent call last):\n"),
                "{what} {args:?}: {stderr}"
            );
            assert!(
                stderr.contains("\nKeyboardInterrupt\n"),
                "{what} {args:?}: {stderr}"
            );
            assert!(
                stderr.contains("by Ctrl-C: these are the figures of the run so far"),
                "{what} {args:?}: {stderr}"
            );
        }
    }
}

#[test]
fn a_script_can_catch_ctrl_c_and_its_finally_blocks_run() {
    let source = "import time\nprint('ready', flush=True)\ntry:\n    while True:\n        \
                  pass\nexcept KeyboardInterrupt:\n    print('caught')\nfinally:\n    \
                  print('finally')\nprint('after')\n";
    for args in [
        &["--gil", "cpython"][..],
        &["--gil", "none"],
        &["--seed", "3"],
    ] {
        let (status, stdout, stderr) = interrupt("catch.py", source, args, 1);
        assert_eq!(status, 0, "{args:?}: {stderr}");
        assert_eq!(stdout, "ready\ncaught\nfinally\nafter\n", "{args:?}");
    }
}

/// After the first Ctrl-C the main thread waits for the non-daemon
/// threads at exit, as CPython's does; a second one ends that wait, and
/// the run, with the first traceback printed.
#[test]
fn a_second_ctrl_c_ends_the_wait_for_other_threads() {
    let source = "import threading\ndef spin():\n    while True:\n        pass\n\
                  t = threading.Thread(target=spin)\nt.start()\nprint('ready', flush=True)\nt.join()\n";
    for args in [&["--gil", "cpython"][..], &["--seed", "5"]] {
        let (status, stdout, stderr) = interrupt("second.py", source, args, 2);
        assert_eq!(status, 130, "{args:?}: {stderr}");
        assert_eq!(stdout, "ready\n");
        assert!(
            stderr.contains("    t.join()\nKeyboardInterrupt\n"),
            "{args:?}: {stderr}"
        );
    }
}

/// Runs `gilvm run ARGS script` and returns (status, stdout, stderr).
fn run_limited(name: &str, source: &str, args: &[&str]) -> (i32, String, String) {
    let path = script(name, source);
    let out = gilvm()
        .arg("run")
        .args(args)
        .arg(&path)
        .output()
        .expect("run gilvm");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

const RUNAWAY: &str = "\
import threading, time
def spin():
    while True:
        pass
threading.Thread(target=spin).start()
print('started', flush=True)
n = 0
while True:
    n += 1
";

#[test]
fn max_steps_stops_a_runaway_script_under_every_policy() {
    for policy in ["cpython", "legacy", "fifo", "ruby", "none"] {
        let (status, _, stderr) = run_limited(
            "steps.py",
            RUNAWAY,
            &["--gil", policy, "--max-steps", "200000", "--stats"],
        );
        assert_eq!(status, 124, "{policy}: {stderr}");
        assert!(
            stderr.starts_with(
                "gilvm: the run was stopped after 200000 instructions (--max-steps 200000)\n"
            ),
            "{policy}: {stderr}"
        );
        // The views are written for the run so far.
        assert!(stderr.contains("MainThread"), "{policy}: {stderr}");
    }
}

#[test]
fn a_step_limit_that_code_catches_still_stops_the_run() {
    // The limit is raised inside `try`: the `finally` (as a pool's worker
    // has) runs more instructions before the error goes on. The countdown
    // must restart, not underflow (a panic in debug builds, a limit no
    // longer enforced in release ones).
    let script = "\
def work():
    try:
        n = 0
        while True:
            n += 1
    finally:
        total = 0
        for i in range(1000):
            total += i
work()
";
    for policy in ["cpython", "legacy"] {
        let (status, _, stderr) = run_limited(
            "steps_caught.py",
            script,
            &["--gil", policy, "--max-steps", "100000"],
        );
        assert_eq!(status, 124, "{policy}: {stderr}");
        assert!(
            stderr.starts_with(
                "gilvm: the run was stopped after 100000 instructions (--max-steps 100000)"
            ),
            "{policy}: {stderr}"
        );
    }
}

#[test]
fn a_seeded_run_stops_at_the_same_point_every_time() {
    let args = ["--seed", "5", "--max-steps", "300000", "--stats"];
    let first = run_limited("steps_seed.py", RUNAWAY, &args);
    assert_eq!(first.0, 124, "{}", first.2);
    assert_eq!(first.1, "started\n");
    for _ in 0..3 {
        assert_eq!(run_limited("steps_seed.py", RUNAWAY, &args), first);
    }
}

#[test]
fn the_timeout_is_real_time_or_virtual_time() {
    let start = std::time::Instant::now();
    let (status, stdout, stderr) = run_limited("timeout.py", RUNAWAY, &["--timeout", "300ms"]);
    assert_eq!(status, 124, "{stderr}");
    assert_eq!(stdout, "started\n");
    assert_eq!(
        stderr,
        "gilvm: the run was stopped after 300ms (--timeout 300ms)\n"
    );
    assert!(start.elapsed() < std::time::Duration::from_secs(15));

    // An hour of sleeping, in deterministic mode, ends at once at the
    // virtual hour, and the trace is written.
    let trace = std::env::temp_dir().join(format!("gilvm-timeout-{}.json", std::process::id()));
    let sleeper = "import time\nwhile True:\n    time.sleep(60)\n    print('minute')\n";
    let start = std::time::Instant::now();
    let (status, stdout, stderr) = run_limited(
        "virtual_timeout.py",
        sleeper,
        &[
            "--seed",
            "1",
            "--timeout",
            "1h",
            "--trace",
            trace.to_str().expect("utf-8 path"),
        ],
    );
    assert_eq!(status, 124, "{stderr}");
    // The 60th minute ends a little after the hour: instructions take
    // virtual time too.
    assert_eq!(stdout, "minute\n".repeat(59));
    assert!(stderr.starts_with("gilvm: the run was stopped after 1h of virtual time"));
    assert!(start.elapsed() < std::time::Duration::from_secs(15));
    let json = std::fs::read_to_string(&trace).expect("the trace was written");
    assert!(json.contains("traceEvents"));
    let _ = std::fs::remove_file(&trace);
}

#[test]
fn a_script_that_ends_within_its_limits_is_not_stopped() {
    let (status, stdout, _) = run_limited(
        "within.py",
        "print(sum(range(1000)))\n",
        &["--max-steps", "100000", "--timeout", "10s"],
    );
    assert_eq!((status, stdout.as_str()), (0, "499500\n"));
}

#[test]
fn a_bug_in_gilvm_ends_the_run_as_an_internal_error_with_its_output() {
    // Release builds abort on a panic; the hook must still save what the
    // script printed (a pipe: stdout is fully buffered) and exit with 70,
    // not die of SIGABRT.
    let path = script("panics.py", "for i in range(3):\n    print('line', i)\n");
    let out = gilvm()
        .arg("run")
        .arg(&path)
        .env("GILVM_PANIC_FOR_TESTS", "1")
        .output()
        .expect("run gilvm");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(70), "{stderr}");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "line 0\nline 1\nline 2\n"
    );
    assert!(stderr.contains("GILVM_PANIC_FOR_TESTS is set"), "{stderr}");
    assert!(
        stderr.ends_with(
            "gilvm: internal error: this is a bug in gilvm; please report it with the script\n"
        ),
        "{stderr}"
    );
}
