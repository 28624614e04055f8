//! The command line fits people's habits: shell completions, a man page,
//! a compressed trace.

use std::io::Read;
use std::process::Command;

fn gilvm(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_gilvm"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(args)
        .output()
        .expect("run gilvm")
}

#[test]
fn completions_name_every_subcommand_for_each_shell() {
    for shell in ["bash", "zsh", "fish"] {
        let out = gilvm(&["completions", shell]);
        assert_eq!(out.status.code(), Some(0), "{shell}");
        let script = String::from_utf8_lossy(&out.stdout);
        for word in ["run", "explore", "compare", "dis", "--timeline", "--gil"] {
            // fish names a long option `-l timeline`.
            let word = match (shell, word.strip_prefix("--")) {
                ("fish", Some(long)) => format!("-l {long}"),
                _ => word.to_string(),
            };
            assert!(script.contains(&word), "{shell} completion lacks {word}");
        }
    }
    let bash = gilvm(&["completions", "bash"]);
    assert!(String::from_utf8_lossy(&bash.stdout).contains("complete -F _gilvm"));
    // An unknown shell is a usage error, not a panic.
    let bad = gilvm(&["completions", "tcsh"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("possible values"));
}

#[test]
fn the_man_page_is_roff_with_the_subcommands() {
    let out = gilvm(&["man"]);
    assert_eq!(out.status.code(), Some(0));
    let page = String::from_utf8_lossy(&out.stdout);
    assert!(page.contains(".TH gilvm 1"), "{page}");
    assert!(
        page.contains(".SH SUBCOMMANDS") || page.contains("gilvm\\-run"),
        "{page}"
    );
}

#[test]
fn a_trace_named_gz_is_gzip_compressed_json() {
    let dir = std::env::temp_dir().join(format!("gilvm-gz-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let gz = dir.join("trace.json.gz");
    let plain = dir.join("trace.json");
    for path in [&gz, &plain] {
        let out = gilvm(&[
            "run",
            "--seed",
            "1",
            "--trace",
            path.to_str().unwrap(),
            "tests/interleavings/race.py",
        ]);
        assert_eq!(out.status.code(), Some(0));
    }
    let bytes = std::fs::read(&gz).unwrap();
    assert_eq!(&bytes[..2], &[0x1f, 0x8b], "gzip magic");
    let mut text = String::new();
    flate2::read::GzDecoder::new(&bytes[..])
        .read_to_string(&mut text)
        .expect("valid gzip");
    // The same trace as the uncompressed one (deterministic run).
    assert_eq!(text, std::fs::read_to_string(&plain).unwrap());
    let json: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    assert!(json["traceEvents"]
        .as_array()
        .is_some_and(|e| !e.is_empty()));
    std::fs::remove_dir_all(&dir).ok();
}
