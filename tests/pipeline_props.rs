//! Property tests of the whole pipeline (bounded: about 200 cases each, a
//! few seconds in a debug build).
//!
//! - `gilvm::compile` never panics and every diagnostic it returns renders,
//!   whatever the input: arbitrary strings, soups of Python-ish tokens, and
//!   golden scripts with a line or a character deleted, duplicated or
//!   swapped.
//! - `gilvm::run_source` never panics on small straight-line programs built
//!   from literals, operators, subscripts and a few builtins; it either
//!   prints or raises a Python exception, and it is quick.
//! - int arithmetic whose operands and results cross ±2**63 prints what
//!   i128 arithmetic with Python's rules gives, on every path the VM has
//!   for it (plain, fused local/local and local/constant, augmented).
//!
//! `gilvm::compile` runs the front end on a worker thread and turns a panic
//! there into the diagnostic "internal compiler error"; the VM turns one into
//! exit status 70. Both are what these properties look for.

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use gilvm::diag::SourceFile;
use proptest::prelude::*;
use proptest::test_runner::Config;

/// 200 cases per property unless `PROPTEST_CASES` asks for more (a longer
/// hunt: `PROPTEST_CASES=5000 cargo test --release --test pipeline_props`).
fn config() -> Config {
    Config {
        cases: std::env::var("PROPTEST_CASES")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(200),
        // Shrinking re-runs the pipeline many times; keep a failure quick
        // to report.
        max_shrink_iters: 2000,
        // Failures are reported with their minimal input; no regression
        // files are written into the repository.
        failure_persistence: None,
        ..Config::default()
    }
}

/// Compiles `text`; fails the property if the compiler panicked or its
/// diagnostic does not render.
fn compile_ok_or_clean_error(text: &str) -> Result<(), TestCaseError> {
    let source = Arc::new(SourceFile::new("prop.py", text));
    match gilvm::compile(&source) {
        Ok(_) => Ok(()),
        Err(d) => {
            prop_assert_ne!(
                d.message.as_str(),
                "internal compiler error",
                "the compiler panicked"
            );
            prop_assert!(matches!(
                d.kind,
                "SyntaxError" | "IndentationError" | "TabError"
            ));
            let rendered = d.render(&source);
            let (line, col) = source.line_col(d.span.start as usize);
            let head = format!("prop.py:{line}:{col}: {}: ", d.kind);
            prop_assert!(rendered.starts_with(&head), "{}", rendered);
            Ok(())
        }
    }
}

// ---------------------------------------------------------------------------
// (a) arbitrary strings

proptest! {
    #![proptest_config(config())]

    #[test]
    fn compile_never_panics_on_arbitrary_strings(text in any::<String>()) {
        compile_ok_or_clean_error(&text)?;
    }

    #[test]
    fn compile_never_panics_on_ascii_noise(text in "[\\x00-\\x7f]{0,300}") {
        compile_ok_or_clean_error(&text)?;
    }
}

// ---------------------------------------------------------------------------
// (b) token soup

const VOCABULARY: &[&str] = &[
    // keywords
    "if",
    "elif",
    "else",
    "while",
    "for",
    "in",
    "def",
    "return",
    "try",
    "except",
    "finally",
    "with",
    "as",
    "import",
    "from",
    "global",
    "nonlocal",
    "pass",
    "break",
    "continue",
    "and",
    "or",
    "not",
    "is",
    "None",
    "True",
    "False",
    "lambda",
    "class",
    "yield",
    "del",
    "raise",
    "assert",
    "async",
    "await",
    // names
    "x",
    "y",
    "f",
    "xs",
    "_tmp",
    "print",
    "len",
    "sys",
    "time",
    "Exception",
    "é",
    // numbers
    "0",
    "1",
    "42",
    "007",
    "0x1F",
    "0o17",
    "0b101",
    "1_000",
    "1__0",
    "0b2",
    "1.5",
    ".5",
    "1e-3",
    "1e",
    "9223372036854775807",
    "9223372036854775808",
    "1j",
    // strings
    "'a'",
    "\"b\"",
    "'''c'''",
    "\"\"\"d\"\"\"",
    "'\\n'",
    "r'\\d'",
    "b'x'",
    "f'{x}'",
    "f'{x!r:>8}'",
    "f'{x:{y}.2f}'",
    "f'{'",
    "f'}'",
    "f'{x!z}'",
    "'open",
    "\"\"\"open",
    "'\\x4'",
    "'\\N{DASH}'",
    // operators and punctuation
    "+",
    "-",
    "*",
    "/",
    "//",
    "%",
    "**",
    "==",
    "!=",
    "<",
    "<=",
    ">",
    ">=",
    "=",
    "+=",
    "-=",
    "*=",
    "//=",
    ",",
    ".",
    ";",
    "@",
    "->",
    "~",
    "&",
    "|",
    "^",
    "<<",
    ">>",
    ":=",
    "...",
    "!",
    "?",
    "$",
    "`",
    // brackets and the rest
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ":",
    "\n",
    "\\\n",
    "\\",
    "#note",
    "\t",
    " ",
];

const INDENTS: &[&str] = &["", "    ", "        ", "\t", "  \t", "\t    "];

/// Lines of tokens, each with an indentation; tokens joined by a space or
/// glued together.
fn token_soup() -> impl Strategy<Value = String> {
    let token = prop::sample::select(VOCABULARY);
    let indent = prop::sample::select(INDENTS);
    let line = (indent, prop::collection::vec(token, 0..10), any::<bool>());
    prop::collection::vec(line, 0..12).prop_map(|lines| {
        let mut out = String::new();
        for (indent, tokens, glue) in lines {
            out.push_str(indent);
            out.push_str(&tokens.join(if glue { "" } else { " " }));
            out.push('\n');
        }
        out
    })
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn compile_never_panics_on_token_soup(text in token_soup()) {
        compile_ok_or_clean_error(&text)?;
    }
}

// ---------------------------------------------------------------------------
// (c) mutated golden scripts

fn golden_scripts() -> &'static [String] {
    static SCRIPTS: OnceLock<Vec<String>> = OnceLock::new();
    SCRIPTS.get_or_init(|| {
        fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
            let Ok(entries) = std::fs::read_dir(dir) else {
                return;
            };
            for e in entries.flatten() {
                let p = e.path();
                if p.is_dir() {
                    walk(&p, out);
                } else if p.extension().is_some_and(|x| x == "py") {
                    out.push(p);
                }
            }
        }
        let mut paths = Vec::new();
        walk(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/scripts"),
            &mut paths,
        );
        paths.sort();
        let scripts: Vec<String> = paths
            .iter()
            .filter_map(|p| std::fs::read_to_string(p).ok())
            .collect();
        assert!(!scripts.is_empty(), "no golden scripts found");
        scripts
    })
}

#[derive(Debug, Clone)]
enum Mutation {
    DeleteLine(usize),
    DuplicateLine(usize),
    SwapLines(usize, usize),
    DeleteChar(usize),
    DuplicateChar(usize),
    SwapChars(usize),
    InsertChar(usize, char),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let at = any::<usize>();
    let inserted = prop::sample::select(vec![
        '(', ')', '[', ']', '{', '}', ':', ',', ' ', '\t', '\n', '"', '\'', '#', '\\', '=', '-',
        'x', '0', 'é',
    ]);
    prop_oneof![
        at.prop_map(Mutation::DeleteLine),
        at.prop_map(Mutation::DuplicateLine),
        (at, at).prop_map(|(a, b)| Mutation::SwapLines(a, b)),
        at.prop_map(Mutation::DeleteChar),
        at.prop_map(Mutation::DuplicateChar),
        at.prop_map(Mutation::SwapChars),
        (at, inserted).prop_map(|(a, c)| Mutation::InsertChar(a, c)),
    ]
}

fn mutate(text: &str, m: &Mutation) -> String {
    let mut lines: Vec<&str> = text.split_inclusive('\n').collect();
    let mut chars: Vec<char> = text.chars().collect();
    if lines.is_empty() || chars.is_empty() {
        return text.to_string();
    }
    let nl = lines.len();
    let nc = chars.len();
    match *m {
        Mutation::DeleteLine(i) => {
            lines.remove(i % nl);
        }
        Mutation::DuplicateLine(i) => {
            let l = lines[i % nl];
            lines.insert(i % nl, l);
        }
        Mutation::SwapLines(a, b) => lines.swap(a % nl, b % nl),
        Mutation::DeleteChar(i) => {
            chars.remove(i % nc);
            return chars.into_iter().collect();
        }
        Mutation::DuplicateChar(i) => {
            let c = chars[i % nc];
            chars.insert(i % nc, c);
            return chars.into_iter().collect();
        }
        Mutation::SwapChars(i) => {
            let i = i % nc;
            chars.swap(i, (i + 1) % nc);
            return chars.into_iter().collect();
        }
        Mutation::InsertChar(i, c) => {
            chars.insert(i % (nc + 1), c);
            return chars.into_iter().collect();
        }
    }
    lines.concat()
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn compile_never_panics_on_mutated_golden_scripts(
        which in any::<prop::sample::Index>(),
        mutations in prop::collection::vec(mutation(), 1..4),
    ) {
        let scripts = golden_scripts();
        let mut text = scripts[which.index(scripts.len())].clone();
        for m in &mutations {
            text = mutate(&text, m);
        }
        compile_ok_or_clean_error(&text)?;
    }
}

// ---------------------------------------------------------------------------
// (d) running small straight-line programs
//
// Expressions are generated by kind so that no program can build a huge
// value: strings and lists only grow by `+` (bounded by the depth) and by
// repetition with a small literal count. Ints are unbounded; a power or a
// shift too large for memory is a MemoryError, a fine outcome; ints never
// size an allocation.

fn int_literal() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => (-20i64..=20).prop_map(|i| i.to_string()),
        1 => prop::sample::select(vec![
            "-9223372036854775808",
            "18446744073709551616",
            "9223372036854775807",
            "-9223372036854775807",
            "4611686018427387904",
            "0x7fff_ffff_ffff_ffff",
            "True",
            "False",
        ])
        .prop_map(str::to_string),
    ]
}

fn float_literal() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "0.0", "-0.0", "1.5", "-2.25", "0.1", "1e308", "1e-308", "3.0", "2.5e10",
    ])
    .prop_map(str::to_string)
}

fn str_literal() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "''", "'a'", "'abc'", "'12'", "' -7 '", "'3.5'", "'é☃'", "'\\n'", "\"it's\"", "'inf'",
    ])
    .prop_map(str::to_string)
}

/// A slice bound or step.
fn slice_part() -> impl Strategy<Value = String> {
    prop_oneof![
        (-5i64..=5).prop_map(|i| i.to_string()),
        Just("None".to_string()),
    ]
}

/// A small repetition count.
/// The right operand of `**` and `<<`: small, negative (an error or a
/// float), or huge (a MemoryError at once); a shift may cross 64 bits in
/// one step.
fn small_exponent(shift: bool) -> impl Strategy<Value = String> {
    let most = if shift { 70 } else { 8 };
    prop_oneof![
        6 => (-3i64..=most).prop_map(|i| i.to_string()),
        1 => Just("9223372036854775807".to_string()),
    ]
}

fn count() -> impl Strategy<Value = String> {
    (-1i64..=4).prop_map(|i| i.to_string())
}

/// Number-valued expressions (int, float, bool).
fn num_expr() -> BoxedStrategy<String> {
    let leaf = prop_oneof![
        4 => int_literal(),
        1 => float_literal(),
        1 => Just("v0".to_string()),
    ];
    leaf.prop_recursive(3, 24, 2, |inner| {
        let arith = prop::sample::select(vec!["+", "-", "//", "%", "/"]);
        let bits = prop::sample::select(vec![">>", "&"]);
        let cmp = prop::sample::select(vec!["==", "!=", "<", "<=", ">", ">="]);
        prop_oneof![
            (inner.clone(), arith, inner.clone()).prop_map(|(a, op, b)| format!("({a} {op} {b})")),
            (inner.clone(), bits, inner.clone()).prop_map(|(a, op, b)| format!("({a} {op} {b})")),
            // Powers and left shifts take a literal right operand: ints
            // are unbounded, and `x ** (20 ** 6)` would run for seconds
            // (in CPython too).
            (inner.clone(), small_exponent(false)).prop_map(|(a, b)| format!("({a} ** {b})")),
            (inner.clone(), small_exponent(true)).prop_map(|(a, b)| format!("({a} << {b})")),
            (inner.clone(), count()).prop_map(|(a, n)| format!("({a} * {n})")),
            (
                inner.clone(),
                cmp.clone(),
                inner.clone(),
                cmp,
                inner.clone()
            )
                .prop_map(|(a, o1, b, o2, c)| format!("({a} {o1} {b} {o2} {c})")),
            inner.clone().prop_map(|a| format!("(-{a})")),
            inner.clone().prop_map(|a| format!("abs({a})")),
            inner.clone().prop_map(|a| format!("int({a})")),
            (
                prop::sample::select(vec!["min", "max"]),
                inner.clone(),
                inner.clone()
            )
                .prop_map(|(f, a, b)| format!("{f}({a}, {b})")),
            (inner.clone(), inner).prop_map(|(a, b)| format!("({a} and {b})")),
        ]
    })
    .boxed()
}

/// String-valued expressions.
fn str_expr() -> BoxedStrategy<String> {
    let leaf = prop_oneof![
        4 => str_literal(),
        1 => Just("v1".to_string()),
        1 => num_expr().prop_map(|n| format!("str({n})")),
    ];
    leaf.prop_recursive(2, 12, 2, |inner| {
        prop_oneof![
            (inner.clone(), inner.clone()).prop_map(|(a, b)| format!("({a} + {b})")),
            (inner.clone(), count()).prop_map(|(a, n)| format!("({a} * {n})")),
            (inner.clone(), slice()).prop_map(|(a, sl)| format!("{a}[{sl}]")),
            (inner.clone(), inner).prop_map(|(a, b)| format!("min({a}, {b})")),
        ]
    })
    .boxed()
}

/// List-valued expressions.
fn list_expr() -> BoxedStrategy<String> {
    let leaf = prop_oneof![
        3 => prop::collection::vec(num_expr(), 0..4)
            .prop_map(|items| format!("[{}]", items.join(", "))),
        1 => prop::collection::vec(str_literal(), 0..4)
            .prop_map(|items| format!("[{}]", items.join(", "))),
        1 => Just("v2".to_string()),
    ];
    leaf.prop_recursive(2, 12, 2, |inner| {
        prop_oneof![
            (inner.clone(), inner.clone()).prop_map(|(a, b)| format!("({a} + {b})")),
            (inner.clone(), count()).prop_map(|(a, n)| format!("({a} * {n})")),
            (inner.clone(), slice()).prop_map(|(a, sl)| format!("{a}[{sl}]")),
            (inner.clone(), any::<bool>()).prop_map(|(a, r)| if r {
                format!("sorted({a}, reverse=True)")
            } else {
                format!("sorted({a})")
            }),
        ]
    })
    .boxed()
}

fn slice() -> impl Strategy<Value = String> {
    (slice_part(), slice_part(), prop::option::of(slice_part())).prop_map(|(i, j, k)| match k {
        Some(k) => format!("{i}:{j}:{k}"),
        None => format!("{i}:{j}"),
    })
}

/// Any expression: mostly well typed, sometimes deliberately not.
fn expr() -> impl Strategy<Value = String> {
    let seq = prop_oneof![str_expr(), list_expr()];
    prop_oneof![
        4 => num_expr(),
        2 => str_expr(),
        2 => list_expr(),
        1 => (seq.clone(), num_expr()).prop_map(|(s, i)| format!("{s}[{i}]")),
        1 => seq.clone().prop_map(|s| format!("len({s})")),
        1 => seq.clone().prop_map(|s| format!("max({s})")),
        1 => (seq.clone(), seq, prop::sample::select(vec!["==", "<", "in", "is", "!="]))
            .prop_map(|(a, b, op)| format!("({a} {op} {b})")),
        1 => str_expr().prop_map(|s| format!("int({s})")),
        // Ill-typed on purpose: a TypeError is the right outcome.
        1 => (str_expr(), num_expr(), prop::sample::select(vec!["+", "-", "<", "/"]))
            .prop_map(|(a, b, op)| format!("({a} {op} {b})")),
        1 => Just("None".to_string()),
    ]
}

/// One to six statements: prints, and assignments that keep each variable
/// to its kind (`v0` a number, `v1` a string, `v2` a list).
fn program() -> impl Strategy<Value = String> {
    let stmt = prop_oneof![
        3 => expr().prop_map(|e| format!("print({e})")),
        1 => num_expr().prop_map(|e| format!("v0 = {e}")),
        1 => num_expr().prop_map(|e| format!("v0 += {e}")),
        1 => str_expr().prop_map(|e| format!("v1 = {e}")),
        1 => str_expr().prop_map(|e| format!("v1 += {e}")),
        1 => list_expr().prop_map(|e| format!("v2 = {e}")),
        1 => list_expr().prop_map(|e| format!("v2 += {e}")),
        1 => (slice_part(), num_expr()).prop_map(|(i, e)| format!("v2[{i}] = {e}")),
        1 => (slice_part(), num_expr()).prop_map(|(i, e)| format!("v2[{i}] *= {e}")),
    ];
    prop::collection::vec(stmt, 1..7).prop_map(|stmts| {
        let mut text = String::from("v0 = 3\nv1 = 'ab'\nv2 = [1, 2.5, -4]\n");
        for s in stmts {
            text.push_str(&s);
            text.push('\n');
        }
        text
    })
}

/// Generous for a debug build with two thread spawns per run; typical runs
/// take well under a millisecond of interpreting.
const RUN_LIMIT: Duration = Duration::from_millis(250);

proptest! {
    #![proptest_config(config())]

    #[test]
    fn straight_line_programs_run_or_raise(text in program()) {
        let start = Instant::now();
        let r = gilvm::run_source("prop.py", &text, vec!["prop.py".into()]);
        let took = start.elapsed();
        prop_assert!(took < RUN_LIMIT, "took {:?}", took);
        prop_assert!(!r.stderr.contains("internal error"), "{}", r.stderr);
        match r.exit_code {
            0 => prop_assert_eq!(r.stderr.as_str(), ""),
            1 => {
                // Either a compile error (a generated program can still be
                // rejected) or a traceback ending in `SomeError: message`.
                let last = r.stderr.lines().last().unwrap_or_default();
                let class = last.split(':').next().unwrap_or_default();
                let is_traceback = r.stderr.starts_with("Traceback (most recent call last):\n")
                    && class.chars().all(|c| c.is_ascii_alphanumeric())
                    && class.ends_with("Error");
                let is_diagnostic = r.stderr.starts_with("prop.py:");
                prop_assert!(is_traceback || is_diagnostic, "{}", r.stderr);
            }
            other => prop_assert!(false, "exit status {}:\n{}", other, r.stderr),
        }
    }
}

/// A slice step near `i64::MAX` makes the position walk overflow: a panic
/// (index out of bounds in release, add overflow in debug) instead of `c`.
#[test]
fn slice_with_a_huge_step() {
    let r = gilvm::run_source(
        "bug.py",
        "print('abc'[2::9223372036854775807])\nprint([1, 2, 3][-1:9223372036854775807:9223372036854775807])\n",
        vec!["bug.py".into()],
    );
    assert_eq!(
        (r.exit_code, r.stdout.as_str()),
        (0, "c\n[3]\n"),
        "{}",
        r.stderr
    );
}

/// `int / int` takes `i64::abs` of its operands, which overflows for
/// `i64::MIN`: a panic in debug builds (release happens to print `-0.0`).
#[test]
fn true_division_by_i64_min() {
    let r = gilvm::run_source(
        "bug.py",
        "m = -9223372036854775807 - 1\nprint(0 / m, m / 1)\n",
        vec!["bug.py".into()],
    );
    assert_eq!(
        (r.exit_code, r.stdout.as_str()),
        (0, "-0.0 -9.223372036854776e+18\n"),
        "{}",
        r.stderr
    );
}

/// `PyRange::len` narrows an i128 to i64: the length of a range wider than
/// `i64::MAX` wraps (to -1 here), `in` answers wrongly, and indexing
/// overflows (a panic in debug builds). CPython: OverflowError for `len`,
/// True, and 9223372036854775806.
#[test]
fn ranges_longer_than_i64_max() {
    let r = gilvm::run_source(
        "bug.py",
        "m = -9223372036854775807 - 1\nr = range(m, 9223372036854775807, 2)\nprint(9223372036854775806 in r, r[-1])\nlen(range(m, 9223372036854775807))\n",
        vec!["bug.py".into()],
    );
    assert_eq!(r.stdout, "True 9223372036854775806\n", "{}", r.stderr);
    assert!(r.stderr.contains("OverflowError"), "{}", r.stderr);
}

// ---------------------------------------------------------------------------
// (e) int arithmetic across the 64-bit boundary, checked against i128
//
// Operands sit at and around ±2**63 (and up to ±2**100, as literals beyond
// 64 bits), so results leave and re-enter the i64 range. Each case runs
// one way: literals on the stack (BINARY_OP), two locals of a function
// (the fused local-local instruction), a local and a constant (the fused
// local-constant one), or an augmented assignment to a global. Every
// printed line must equal what i128 arithmetic with Python's rules gives.

fn boundary_int() -> impl Strategy<Value = i128> {
    prop_oneof![
        2 => -20i128..=20,
        2 => (-3i128..=3).prop_map(|d| i64::MAX as i128 + d),
        2 => (-3i128..=3).prop_map(|d| i64::MIN as i128 + d),
        1 => (-3i128..=3).prop_map(|d| (1i128 << 62) + d),
        1 => (-3i128..=3).prop_map(|d| -(1i128 << 64) + d),
        2 => any::<i64>().prop_map(i128::from),
        1 => any::<i32>().prop_map(i128::from),
        1 => -(1i128 << 100)..(1i128 << 100),
    ]
}

const INT_OPS: [&str; 17] = [
    "+", "-", "*", "//", "%", "&", "|", "^", "<<", ">>", "<", "<=", "==", "!=", "neg", "invert",
    "hash",
];

fn floor_div(x: i128, y: i128) -> i128 {
    let q = x / y;
    if x % y != 0 && ((x < 0) != (y < 0)) {
        q - 1
    } else {
        q
    }
}

/// `x op y` as Python computes it, or `None` when the case is left out
/// (division by zero, a result beyond i128).
fn python_int_op(x: i128, op: &str, y: i128) -> Option<String> {
    let b = |v: bool| Some(if v { "True" } else { "False" }.to_string());
    let n = |v: Option<i128>| v.map(|v| v.to_string());
    match op {
        "+" => n(x.checked_add(y)),
        "-" => n(x.checked_sub(y)),
        "*" => n(x.checked_mul(y)),
        "//" if y != 0 => n(Some(floor_div(x, y))),
        "%" if y != 0 => n(Some(x - floor_div(x, y) * y)),
        "&" => n(Some(x & y)),
        "|" => n(Some(x | y)),
        "^" => n(Some(x ^ y)),
        "<<" if (0..=64).contains(&y) => {
            let r = x.checked_shl(y as u32)?;
            n((r >> y == x).then_some(r))
        }
        ">>" if y >= 0 => n(Some(x >> y.min(127))),
        "<" => b(x < y),
        "<=" => b(x <= y),
        "==" => b(x == y),
        "!=" => b(x != y),
        "neg" => n(x.checked_neg()),
        "invert" => n(Some(!x)),
        "hash" => {
            let m = (x.unsigned_abs() % ((1u128 << 61) - 1)) as i128;
            let h = if x < 0 { -m } else { m };
            n(Some(if h == -1 { -2 } else { h }))
        }
        _ => None,
    }
}

fn literal(v: i128) -> String {
    if v < 0 {
        format!("({v})")
    } else {
        v.to_string()
    }
}

/// One case: operands, operator and how the program computes it; shift
/// counts stay small, so that results fit in i128.
fn int_case() -> impl Strategy<Value = (i128, &'static str, i128, u8)> {
    (
        boundary_int(),
        prop::sample::select(INT_OPS.to_vec()),
        boundary_int(),
        0u8..4,
        0i128..=66,
    )
        .prop_map(|(x, op, y, how, shift)| {
            let y = if op == "<<" || op == ">>" { shift } else { y };
            (x, op, y, how)
        })
}

/// The program for `cases` and the lines it must print.
fn int_program(cases: &[(i128, &'static str, i128, u8)]) -> (String, Vec<String>) {
    let (mut text, mut want) = (String::new(), Vec::new());
    for (i, &(x, op, y, how)) in cases.iter().enumerate() {
        let Some(expected) = python_int_op(x, op, y) else {
            continue;
        };
        let (lx, ly) = (literal(x), literal(y));
        let unary = match op {
            "neg" => Some(format!("-{lx}")),
            "invert" => Some(format!("~{lx}")),
            "hash" => Some(format!("hash({lx})")),
            _ => None,
        };
        if let Some(e) = unary {
            text.push_str(&format!("print({e})\n"));
        } else {
            match how {
                0 => text.push_str(&format!("print({lx} {op} {ly})\n")),
                1 => text.push_str(&format!(
                    "def f{i}(a, b):\n    return a {op} b\nprint(f{i}({lx}, {ly}))\n"
                )),
                2 => text.push_str(&format!(
                    "def g{i}(a):\n    return a {op} {ly}\nprint(g{i}({lx}))\n"
                )),
                _ if op.len() <= 2 && !matches!(op, "<" | "<=" | "==" | "!=") => {
                    text.push_str(&format!("v = {lx}\nv {op}= {ly}\nprint(v)\n"))
                }
                _ => text.push_str(&format!("print({lx} {op} {ly})\n")),
            }
        }
        want.push(expected);
    }
    (text, want)
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn int_arithmetic_across_64_bits_matches_i128(
        cases in prop::collection::vec(int_case(), 1..40)
    ) {
        let (text, want) = int_program(&cases);
        let r = gilvm::run_source("ints.py", &text, vec!["ints.py".into()]);
        prop_assert_eq!(r.exit_code, 0, "{}\n{}", text, r.stderr);
        let got: Vec<&str> = r.stdout.lines().collect();
        prop_assert_eq!(got, want.iter().map(String::as_str).collect::<Vec<_>>(), "{}", text);
    }
}
