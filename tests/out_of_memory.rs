//! Running out of memory is a located `MemoryError`, never an abort: under
//! an address-space limit (`ulimit -v`, the fuzz campaign's reproducers)
//! and under `--max-memory`, for memory taken in one piece and in many
//! small ones, and a script that catches the error runs on.

use std::path::PathBuf;
use std::process::{Command, Output};

/// Writes `source` to a fresh file and returns its path.
fn script(name: &str, source: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("gilvm-oom-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, source).expect("write script");
    path
}

/// Runs `gilvm run OPTIONS script` in a shell that first sets `ulimit`.
fn run(ulimit: &str, options: &str, name: &str, source: &str) -> Output {
    let path = script(name, source);
    Command::new("sh")
        .arg("-c")
        .arg(format!(
            "{ulimit} exec '{}' run {options} '{}'",
            env!("CARGO_BIN_EXE_gilvm"),
            path.display()
        ))
        .output()
        .expect("run gilvm")
}

/// The run ended in a `MemoryError` raised at `line` of the script.
fn assert_memory_error(out: &Output, line: &str) {
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.ends_with("MemoryError\n"), "{stderr}");
    assert!(stderr.contains(line), "no `{line}` in:\n{stderr}");
    assert!(!stderr.contains("memory allocation"), "{stderr}");
}

/// A 1 GB address space: small enough that each reproducer fills it in a
/// moment, large enough for the interpreter itself.
const LIMIT: &str = "ulimit -v 1000000 &&";

#[test]
fn reproducers_under_an_address_space_limit() {
    let cases = [
        ("set.py", "s = set(range(10**9))\n", "line 1"),
        (
            "list_doubling.py",
            "x = [1]\nfor i in range(40):\n    x = x + x\n",
            "x = x + x",
        ),
        (
            "str_doubling.py",
            "x = 'ab'\nfor i in range(40):\n    x += x\n",
            "x += x",
        ),
        (
            "replace.py",
            "x = 'ab'.replace('', 'x' * 10**5)\ny = x.replace('x', x)\n",
            "line 2",
        ),
        ("print.py", "print(' ' * 2**31)\n", "line 1"),
        (
            "choices.py",
            "import random\nrandom.choices([1], k=10**10)\n",
            "line 2",
        ),
        (
            "dict_of_strings.py",
            "d = {}\ni = 0\nwhile True:\n    d[i] = 'x' * 10**6 + str(i)\n    i += 1\n",
            "in <module>",
        ),
        (
            "list_of_strings.py",
            "l = []\nwhile True:\n    l.append('y' * 10**6 + str(len(l)))\n",
            "line 3",
        ),
        (
            "small_pieces.py",
            "d = {}\ni = 0\nwhile True:\n    d[i] = [i]\n    i += 1\n",
            "in <module>",
        ),
    ];
    for (name, source, line) in cases {
        let out = run(LIMIT, "", name, source);
        assert_memory_error(&out, line);
    }
}

#[test]
fn max_memory_holds_small_allocations_to_the_budget() {
    let out = run(
        "",
        "--max-memory 64M",
        "budget.py",
        "print('before')\nd = {}\ni = 0\nwhile True:\n    d[i] = [i]\n    i += 1\n",
    );
    assert_memory_error(&out, "in <module>");
    // What was printed before the error is not lost.
    assert_eq!(String::from_utf8_lossy(&out.stdout), "before\n");
}

/// A builtin draining an endless generator runs out of memory in the
/// builtin, as in CPython: the generator never sees the MemoryError at its
/// `yield`, even though its items are collected in a batch.
#[test]
fn a_generator_drained_by_list_does_not_see_the_memory_error() {
    let out = run(
        "",
        "--max-memory 64M",
        "drained.py",
        "def gen():\n    while True:\n        try:\n            yield 1\n        \
         except MemoryError:\n            print('generator saw it')\n            return\n\
         try:\n    list(gen())\nexcept MemoryError:\n    print('list saw it')\n",
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "list saw it\n");
}

#[test]
fn max_memory_refuses_one_large_request() {
    let out = run("", "--max-memory 64M", "large.py", "x = [0] * 10**8\n");
    assert_memory_error(&out, "x = [0] * 10**8");
}

/// After a `MemoryError` is caught, memory is free again and the next
/// exhaustion is caught too, under both kinds of limit.
#[test]
fn a_caught_memory_error_leaves_a_working_interpreter() {
    let source = "\
def grow():
    d = {}
    i = 0
    while True:
        d[i] = [i]
        i += 1

for attempt in range(3):
    try:
        grow()
    except MemoryError:
        print('caught', attempt)
print('done')
";
    for (ulimit, options) in [(LIMIT, ""), ("", "--max-memory 64M")] {
        let out = run(ulimit, options, "catch.py", source);
        assert_eq!(
            String::from_utf8_lossy(&out.stdout),
            "caught 0\ncaught 1\ncaught 2\ndone\n",
            "{ulimit} {options}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(out.status.success());
    }
}

#[test]
fn a_bad_size_is_a_usage_error() {
    let out = run("", "--max-memory 12parsecs", "size.py", "print(1)\n");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown unit"));
}
