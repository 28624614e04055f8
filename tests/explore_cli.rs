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
