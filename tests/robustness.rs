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

/// A generated data table of 80,000 distinct constants (and repeats of
/// them) compiles and runs; each repeat is the same constant. The time it
/// takes is measured by `cargo bench -- compile_table`.
#[test]
fn a_table_of_eighty_thousand_constants() {
    let mut source = String::from("data = [\n");
    for i in 0..80_000 {
        source.push_str(&format!("    {i}.5, 'k{i}', {i}.5,\n"));
    }
    source.push_str("]\nprint(len(data), len(set(data)), data[-1], data[-2])\n");
    let (outcome, stdout, stderr) = run_source("table.py", &source);
    assert_eq!(outcome, Outcome::Exited(0), "stderr: {stderr}");
    assert_eq!(stdout, "240000 160000 79999.5 k79999\n");
}

/// Iterators wrapping iterators 300,000 deep: advancing them recurses
/// once per layer in Rust, and dropping them would too. CPython 3.11
/// crashes; gilvm raises RecursionError (as CPython 3.12 does), from the
/// main thread and from a thread with its smaller stack, and drops the
/// chain without a crash.
#[test]
fn deeply_nested_iterators_raise_recursion_error() {
    for (name, wrap, consume) in [
        ("filter", "filter(None, x)", "list(x)"),
        ("map", "map(abs, x)", "next(x)"),
        ("zip", "zip(x)", "list(x)"),
        ("enumerate", "enumerate(x)", "next(x)"),
        ("genexp", "(v for v in x)", "list(x)"),
    ] {
        let body = format!(
            "    x = [1, 2, 3]\n    for i in range(300000):\n        x = {wrap}\n    \
             try:\n        {consume}\n    except RecursionError as e:\n        \
             print('RecursionError', e)\n    del x\n    print('dropped')\n"
        );
        let source = format!(
            "import threading\ndef work():\n{body}\
             t = threading.Thread(target=work)\nt.start()\nt.join()\nwork()\n"
        );
        let (outcome, stdout, stderr) = run_source(&format!("nested_{name}.py"), &source);
        assert_eq!(outcome, Outcome::Exited(0), "{name}: {stderr}");
        // The main thread's larger stack may hold the whole chain.
        let error = "RecursionError maximum recursion depth exceeded\ndropped\n";
        assert!(
            stdout == error.repeat(2) || stdout == format!("{error}dropped\n"),
            "{name}: {stdout}"
        );
    }
}

/// `yield from` resumes the delegate in the same dispatch loop, so a
/// chain's depth is bounded by the recursion limit alone: 100,000 deep
/// runs on a thread's 8 MiB stack as on the main thread, and 300,000 deep
/// (over the limit) is a RecursionError, not a crash.
#[test]
fn yield_from_chains_are_bounded_by_the_recursion_limit_only() {
    let source = "import sys, threading\nsys.setrecursionlimit(250000)\n\
                  def chain(n):\n    if n == 0:\n        yield 'bottom'\n        return 'up'\n    \
                  r = yield from chain(n - 1)\n    return r\n\
                  def work():\n    c = chain(100000)\n    print(next(c), list(c))\n    \
                  c = chain(300000)\n    try:\n        next(c)\n    \
                  except RecursionError as e:\n        print('RecursionError', e)\n\
                  t = threading.Thread(target=work)\nt.start()\nt.join()\nwork()\n";
    let (outcome, stdout, stderr) = run_source("deep_yield_from.py", source);
    assert_eq!(outcome, Outcome::Exited(0), "{stderr}");
    let once = "bottom []\nRecursionError maximum recursion depth exceeded\n";
    assert_eq!(stdout, once.repeat(2));
}

/// Threads get CPython's 8 MiB stacks: 300 of them start under a 4 GB
/// address-space limit (with 64 MiB stacks, 47 did).
#[test]
fn three_hundred_threads_under_a_four_gigabyte_limit() {
    let dir = std::env::temp_dir().join(format!("gilvm-robustness-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("many_threads.py");
    std::fs::write(
        &path,
        "import threading, time\nstarted = []\nlock = threading.Lock()\n\
         def work(n):\n    with lock:\n        started.append(n)\n    time.sleep(0.2)\n\
         threads = [threading.Thread(target=work, args=(i,)) for i in range(300)]\n\
         for t in threads:\n    t.start()\nfor t in threads:\n    t.join()\n\
         print(len(started), 'threads ran')\n",
    )
    .expect("write script");
    let out = Command::new("sh")
        .arg("-c")
        .arg(format!(
            "ulimit -v 4000000 && exec '{}' run '{}'",
            env!("CARGO_BIN_EXE_gilvm"),
            path.display()
        ))
        .output()
        .expect("run gilvm");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout), "300 threads ran\n");
}
