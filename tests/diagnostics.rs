//! Snapshot tests of what a user sees when a script is wrong: the full
//! stderr of `gilvm run tests/errors/NAME.py` and the exit status.
//!
//! Scripts run with the repository as the working directory and a relative
//! path, so the `file:line:col` in every snapshot is machine-independent.
//! Front-end errors (lexer, layout, parser, compiler) exit 1 with
//! `file:line:col: Kind: message` and the source line; runtime errors exit 1
//! with a Python-style traceback; `sys.exit(n)` exits n; a missing file
//! exits 2.
//!
//! Update with `INSTA_UPDATE=always cargo test --test diagnostics` and read
//! every changed `.snap`.

use std::path::Path;
use std::process::Command;

/// Stdout, stderr and exit status of `gilvm run SCRIPT` run in `cwd`.
struct Run {
    stdout: String,
    stderr: String,
    code: i32,
}

fn gilvm_run(cwd: &Path, script: &str) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_gilvm"))
        .current_dir(cwd)
        .arg("run")
        .arg(script)
        .output()
        .expect("gilvm runs");
    Run {
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        code: out
            .status
            .code()
            .expect("gilvm exited normally (no signal)"),
    }
}

/// Runs `tests/errors/NAME.py` from the repository root.
fn run_error_script(name: &str) -> Run {
    gilvm_run(
        Path::new(env!("CARGO_MANIFEST_DIR")),
        &format!("tests/errors/{name}.py"),
    )
}

/// One test per script: snapshot the whole stderr, check the exit status.
macro_rules! stderr_snapshots {
    ($($name:ident => $code:expr),* $(,)?) => {
        $(
            #[test]
            fn $name() {
                let run = run_error_script(stringify!($name));
                insta::assert_snapshot!(stringify!($name), run.stderr);
                assert_eq!(run.code, $code, "exit status of {}", stringify!($name));
            }
        )*
    };
}

// Lexical and layout errors.
stderr_snapshots! {
    unterminated_string => 1,
    bad_dedent => 1,
    unexpected_indent => 1,
    missing_block => 1,
    unclosed_bracket_at_eof => 1,
    mismatched_bracket => 1,
    stray_character => 1,
    tab_space_mix => 1,
}

// Statements in the wrong place and malformed definitions.
stderr_snapshots! {
    return_outside_function => 1,
    break_outside_loop => 1,
    duplicate_parameter => 1,
    global_after_use => 1,
    star_import_in_function => 1,
    walrus_rebinds_loop_variable => 1,
    with_as_outside_with => 1,
    non_default_after_default => 1,
    yield_in_comprehension => 1,
    await_outside_function => 1,
    await_outside_async_function => 1,
    yield_from_in_async_function => 1,
    async_with_outside_async_function => 1,
}

// Python that gilvm does not support yet: rejected, located and named.
stderr_snapshots! {
    async_for_outside_async_function => 1,
    except_star_rejected => 1,
    async_generator_rejected => 1,
    class_assignment_rejected => 1,
}

// Scope errors of closures, found before the script runs.
stderr_snapshots! {
    nonlocal_without_binding => 1,
}

// Runtime errors and exits.
stderr_snapshots! {
    zero_division_two_deep => 1,
    generator_chain_traceback => 1,
    asyncio_all_tasks_waiting => 1,
    name_error_module => 1,
    sys_exit_code => 3,
    sys_exit_message => 1,
    raise_from_chain => 1,
    attribute_typo => 1,
    sys_stdout_assign => 1,
}

#[test]
fn output_before_an_error_is_kept() {
    assert_eq!(run_error_script("name_error_module").stdout, "start\n");
    assert_eq!(run_error_script("sys_exit_code").stdout, "leaving\n");
}

#[test]
fn recursion_error_ends_the_traceback() {
    let run = run_error_script("recursion_error");
    assert_eq!(run.code, 1);
    let lines: Vec<&str> = run.stderr.lines().collect();
    assert_eq!(lines.first(), Some(&"Traceback (most recent call last):"));
    assert_eq!(
        lines.get(1),
        Some(&"  File \"tests/errors/recursion_error.py\", line 5, in <module>")
    );
    let last = lines.last().copied().unwrap_or_default();
    insta::assert_snapshot!("recursion_error_last_line", last);
}

#[test]
fn missing_file_exits_2() {
    let run = run_error_script("does_not_exist");
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .starts_with("gilvm: can't open file 'tests/errors/does_not_exist.py': "),
        "{}",
        run.stderr
    );
}

/// Writes a generated script into a scratch directory and runs it there by
/// its bare name, so the first line of the error is machine-independent.
fn run_generated(name: &str, text: &str) -> Run {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("diagnostics");
    std::fs::create_dir_all(&dir).expect("scratch dir");
    std::fs::write(dir.join(name), text).expect("write script");
    gilvm_run(&dir, name)
}

/// A byte that is not UTF-8 is located (line and column) and named in
/// CPython's words; the column counts characters (the `é` before it).
#[test]
fn a_file_that_is_not_utf8() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("diagnostics");
    std::fs::create_dir_all(&dir).expect("scratch dir");
    std::fs::write(dir.join("not_utf8.py"), b"x = 1\ny = '\xc3\xa9\xff'\n").expect("write");
    let run = gilvm_run(&dir, "not_utf8.py");
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stderr,
        "not_utf8.py:2:7: SyntaxError: Non-UTF-8 code starting with '\\xff' in file \
         not_utf8.py on line 2, but no encoding declared; see \
         https://peps.python.org/pep-0263/ for details\n"
    );
}

#[test]
fn deeply_nested_parentheses() {
    let depth = 1000;
    let text = format!("x = {}1{}\n", "(".repeat(depth), ")".repeat(depth));
    let run = run_generated("deep_parens.py", &text);
    assert_eq!(run.code, 1);
    let first = run.stderr.lines().next().unwrap_or_default();
    insta::assert_snapshot!("deep_parens_first_line", first);
}

#[test]
fn a_hundred_thousand_unary_minuses() {
    let text = format!("x = {}1\n", "-".repeat(100_000));
    let run = run_generated("deep_unary.py", &text);
    assert_eq!(run.code, 1);
    let first = run.stderr.lines().next().unwrap_or_default();
    insta::assert_snapshot!("deep_unary_first_line", first);
}

/// CPython 3.11's errors for parameter lists and call arguments in a bad
/// order: message and position (`python3 -c 'compile(SRC, "f", "exec")'`
/// gives the same line and column).
#[test]
fn bad_parameters_and_arguments() {
    let cases = [
        (
            "def f(a=1, b): pass",
            "1:12",
            "non-default argument follows default argument",
        ),
        (
            "def f(a=1, /, b): pass",
            "1:15",
            "non-default argument follows default argument",
        ),
        (
            "lambda a=1, b: 0",
            "1:13",
            "non-default argument follows default argument",
        ),
        (
            "def f(a, *, b, a): pass",
            "1:16",
            "duplicate argument 'a' in function definition",
        ),
        (
            "def f(*b, b): pass",
            "1:8",
            "duplicate argument 'b' in function definition",
        ),
        (
            "lambda a, a: 0",
            "1:11",
            "duplicate argument 'a' in function definition",
        ),
        (
            "def f(*): pass",
            "1:7",
            "named arguments must follow bare *",
        ),
        (
            "def f(a, *, **k): pass",
            "1:10",
            "named arguments must follow bare *",
        ),
        ("lambda *: 0", "1:9", "named arguments must follow bare *"),
        (
            "lambda *, **k: 0",
            "1:11",
            "named arguments must follow bare *",
        ),
        (
            "def f(/, a): pass",
            "1:7",
            "at least one argument must precede /",
        ),
        ("def f(a, /, b, /): pass", "1:16", "/ may appear only once"),
        ("def f(*, a, /): pass", "1:13", "/ must be ahead of *"),
        ("def f(*a, /): pass", "1:11", "/ must be ahead of *"),
        (
            "def f(**k, a): pass",
            "1:12",
            "arguments cannot follow var-keyword argument",
        ),
        (
            "def f(**k, *a): pass",
            "1:12",
            "arguments cannot follow var-keyword argument",
        ),
        (
            "lambda **k, *a: 0",
            "1:13",
            "arguments cannot follow var-keyword argument",
        ),
        (
            "def f(*a, *b): pass",
            "1:11",
            "* argument may appear only once",
        ),
        (
            "def f(*, *b): pass",
            "1:10",
            "* argument may appear only once",
        ),
        (
            "def f(*a=1): pass",
            "1:9",
            "var-positional argument cannot have default value",
        ),
        (
            "def f(**k=1): pass",
            "1:10",
            "var-keyword argument cannot have default value",
        ),
        ("def f(a, /, b=1, c): pass", "1:19", "invalid syntax"),
        ("def f(*a, *): pass", "1:11", "invalid syntax"),
        ("def f(/): pass", "1:7", "invalid syntax"),
        (
            "f(a=1, b)",
            "1:9",
            "positional argument follows keyword argument",
        ),
        (
            "f(*a, k=1, b + c)",
            "1:17",
            "positional argument follows keyword argument",
        ),
        (
            "class C(a=1, b): pass",
            "1:15",
            "positional argument follows keyword argument",
        ),
        (
            "f(**k, b)",
            "1:9",
            "positional argument follows keyword argument unpacking",
        ),
        (
            "f(**k, a=1, b, *c)",
            "1:18",
            "positional argument follows keyword argument unpacking",
        ),
        (
            "f(**k, *a)",
            "1:8",
            "iterable argument unpacking follows keyword argument unpacking",
        ),
        (
            "f(a=1, **k,\n  *b)",
            "2:3",
            "iterable argument unpacking follows keyword argument unpacking",
        ),
        ("class C", "1:8", "expected ':'"),
        ("class C(A) pass", "1:12", "invalid syntax"),
    ];
    let mut failures = Vec::new();
    for (i, (text, at, message)) in cases.into_iter().enumerate() {
        let name = format!("bad_params_{i}.py");
        let run = run_generated(&name, &format!("{text}\n"));
        let want = format!("{name}:{at}: SyntaxError: {message}");
        let got = run.stderr.lines().next().unwrap_or_default().to_string();
        if run.code != 1 || got != want {
            failures.push(format!(
                "{text:?}\n  want {want}\n  got  {got} (exit {})",
                run.code
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

// Regressions of bugs found while writing these tests.

/// CPython reports the last line of the file (4), not the empty line after
/// its final newline.
#[test]
fn unterminated_triple_string() {
    let run = run_error_script("unterminated_triple_string");
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stderr.lines().next().unwrap_or_default(),
        "tests/errors/unterminated_triple_string.py:2:5: SyntaxError: \
         unterminated triple-quoted string literal (detected at line 4)"
    );
}

/// A bracket left open before more code: CPython blames the bracket; gilvm
/// says `invalid syntax` at the next statement, which is itself fine.
#[test]
fn unclosed_bracket_mid_file() {
    let run = run_error_script("unclosed_bracket_mid_file");
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stderr.lines().next().unwrap_or_default(),
        "tests/errors/unclosed_bracket_mid_file.py:1:6: SyntaxError: '[' was never closed"
    );
}
