//! Scripts that must end in a Python exception, never a crash, where CPython
//! itself would crash (so they cannot be golden scripts, which CPython checks).

mod common;

use std::process::Command;

use common::Outcome;

/// Runs `source` with `gilvm run` and returns (outcome, stdout, stderr).
fn run_source(name: &str, source: &str) -> (Outcome, String, String) {
    let dir = std::env::temp_dir().join(format!("gilvm-robustness-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, source).expect("write script");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_gilvm"));
    cmd.arg("run").arg(&path);
    let r = common::run_with_timeout(&mut cmd, common::TIMEOUT).expect("run gilvm");
    let _ = std::fs::remove_file(&path);
    (r.outcome, r.stdout, r.stderr)
}

/// A builtin calling back into Python nests a dispatch loop on the Rust
/// stack; with the recursion limit raised, that recursion must still end in
/// RecursionError, not a stack overflow (CPython 3.11 segfaults here).
#[test]
fn key_function_recursion_with_high_limit() {
    let source = "\
import sys
sys.setrecursionlimit(1000000)
def f(x):
    return min([x, x], key=f)
def g(x):
    return sorted([x, x], key=g)
for h in [f, g]:
    try:
        h(1)
    except RecursionError as e:
        print('RecursionError', e)
";
    let (outcome, stdout, stderr) = run_source("key_recursion.py", source);
    assert_eq!(outcome, Outcome::Exited(0), "stderr: {stderr}");
    assert_eq!(
        stdout,
        "RecursionError maximum recursion depth exceeded\n".repeat(2)
    );
}

/// Fused instructions pack local slots into 16 bits; a function with more
/// locals than that must still find the right one (and its unbound error).
#[test]
fn a_function_with_more_locals_than_sixteen_bits_index() {
    let mut source = String::from("def f(c):\n");
    for i in 0..66_000 {
        source.push_str(&format!("    v{i} = {i}\n"));
    }
    source.push_str(
        "    if c:\n        big = [v65999]\n    try:\n        return big[v0]\n    \
         except UnboundLocalError as e:\n        return str(e)\nprint(f(1))\nprint(f(0))\n",
    );
    let (outcome, stdout, stderr) = run_source("many_locals.py", &source);
    assert_eq!(outcome, Outcome::Exited(0), "stderr: {stderr}");
    assert_eq!(
        stdout,
        "65999\ncannot access local variable 'big' where it is not associated with a value\n"
    );
}
