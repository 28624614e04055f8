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
