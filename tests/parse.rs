//! Snapshot tests of the front end: ASTs of representative programs and the
//! rendered diagnostics of bad ones. Every snapshot was read and checked
//! against CPython 3.11's message and position.

use gilvm::diag::SourceFile;
use gilvm::syntax::dump::dump;
use gilvm::syntax::parse_module;

fn ast(src: &str) -> String {
    match parse_module(src) {
        Ok(m) => dump(&m),
        Err(d) => panic!(
            "unexpected error: {}",
            d.render(&SourceFile::new("ok.py", src))
        ),
    }
}

fn diag(src: &str) -> String {
    match parse_module(src) {
        Ok(m) => panic!("expected an error, got {m:#?}"),
        Err(d) => d.render(&SourceFile::new("bad.py", src)),
    }
}

#[test]
fn statements() {
    insta::assert_snapshot!(ast(r#"
import threading, time as t
from queue import Queue, Empty as E
from m import (a,
               b,)
x = y = 1 + 2 * 3 ** -2
a, b = b, a
x, = t
[p, q] = obj.attr[1:2, ::3] = f(1, k=2)
n += 1; d[k] //= 2
del d[k], o.x
global g
assert x, "msg"
"#));
}

#[test]
fn compound_statements() {
    insta::assert_snapshot!(ast(r#"
def f(a, b=1):
    if a: return a, b
    elif b:
        pass
    else:
        return
    while True:
        break
    else:
        continue
for i, (j, k) in enumerate(xs):
    try:
        raise ValueError("x")
    except (ValueError, KeyError) as e:
        print(e)
    except:
        raise
    else:
        x = 1
    finally:
        done()
with lock, open(p) as fh: pass
"#));
}

#[test]
fn expressions() {
    insta::assert_snapshot!(ast(r#"
a if b else c or d and not e
x < y <= z != w in v not in u is t is not s
-2 ** 2 + 2 ** -1 - ~x | y ^ z & w << 1 >> 2 // 3 % 4 @ m
f(x)(y).z[0][1:][:2][::]
(1,), (), [1, 2,], {}, {'a': 1, 'b': [2],}
"abc" 'def' """triple""" r'\n' '\x41\u00e9'
"#));
}

#[test]
fn fstrings() {
    insta::assert_snapshot!(ast(r#"
f"hi {name!r:>{width}} {{literal}} {x + 1:.2f}" 'tail'
f'{d["k"]}' F"""{a
+ b}"""
"#));
}

#[test]
fn crlf_and_no_final_newline() {
    insta::assert_snapshot!(ast("if x:\r\n    y = 'a\\\r\nb'\r\nz"));
}

#[test]
fn unterminated_string() {
    insta::assert_snapshot!(diag("x = 1\ny = 'abc\nz = 2\n"));
}

#[test]
fn unterminated_triple_quoted_string() {
    insta::assert_snapshot!(diag("x = 1\ny = '''abc\nz = 2\n"));
}

#[test]
fn bad_dedent() {
    insta::assert_snapshot!(diag("if x:\n    y = 1\n  z = 2\n"));
}

#[test]
fn unexpected_indent() {
    insta::assert_snapshot!(diag("x = 1\n    y = 2\n"));
}

#[test]
fn missing_indented_block() {
    insta::assert_snapshot!(diag("for i in range(3):\nprint(i)\n"));
}

#[test]
fn unclosed_bracket() {
    insta::assert_snapshot!(diag("x = foo(1,\n        2\ny = 3\n"));
}

#[test]
fn mismatched_bracket() {
    insta::assert_snapshot!(diag("x = [1, 2)\n"));
}

#[test]
fn stray_character() {
    insta::assert_snapshot!(diag("x = 1 $ 2\n"));
}

#[test]
fn tab_space_mix() {
    insta::assert_snapshot!(diag("if x:\n        a = 1\n\tb = 2\n"));
}

/// Int literals have no size limit but CPython's 4300 decimal digits
/// (hexadecimal ones have none).
#[test]
fn huge_int_literals() {
    let big = parse_module("x = 123456789012345678901234567890\ny = 0x1_0000_0000_0000_0000\n");
    assert!(big.is_ok(), "{big:?}");
    let src = format!("x = {}\n", "7".repeat(4301));
    let first = diag(&src).lines().next().unwrap_or_default().to_string();
    assert_eq!(
        first,
        "bad.py:1:5: SyntaxError: Exceeds the limit (4300 digits) for integer string \
         conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the \
         limit - Consider hexadecimal for huge integer literals to avoid decimal conversion \
         limits."
    );
    assert!(parse_module(&format!("x = {}\n", "7".repeat(4300))).is_ok());
}

#[test]
fn deep_nesting() {
    insta::assert_snapshot!(diag(&format!("x = {}1\n", "-".repeat(300))));
}

#[test]
fn invalid_syntax_mid_line() {
    insta::assert_snapshot!(diag("x = 1 + * 2\n"));
}

#[test]
fn expected_colon() {
    insta::assert_snapshot!(diag("while x > 0\n    x -= 1\n"));
}

#[test]
fn class_statements() {
    insta::assert_snapshot!(ast(r#"
class Empty: pass
class Parens():
    pass
@register
@cache.wrap(size=2)
class Point(Base, *mixins, metaclass=Meta, **options):
    count = 0
    @staticmethod
    def origin(): return Point(0, 0)
    def __init__(self, x, y=0):
        self.x = x
"#));
}

#[test]
fn lambdas() {
    insta::assert_snapshot!(ast(r#"
f = lambda: 0
g = lambda x, y=1, *a, k, **kw: x if y else k
sorted(xs, key=lambda p: -p[1])
(lambda: 1)()
h = lambda *, k=2: lambda: k
c = a if b else lambda: d
"#));
}

#[test]
fn parameter_forms() {
    insta::assert_snapshot!(ast(r#"
def a(x, y=1,): pass
def b(x, /, y, *, z): pass
def c(x=1, /, y=2, *args, z, w=3, **kw): pass
def d(*args, **kwargs): pass
def e(*, a=1, b): pass
def f(**kw,): pass
"#));
}

#[test]
fn call_arguments() {
    insta::assert_snapshot!(ast(r#"
f(a, *b, c, k=1, *d, **e, j=2, **g)
f(*xs)
f(**m)
f(a=lambda: 1, *[2])
"#));
}

#[test]
fn raise_from() {
    insta::assert_snapshot!(ast(r#"
raise ValueError("bad") from err
raise KeyError from None
"#));
}

#[test]
fn set_displays() {
    insta::assert_snapshot!(ast("s = {1, (2, 3), *xs, f(x)}\nt = {a,}\nd = {}\n"));
}

#[test]
fn set_display_targets() {
    insta::assert_snapshot!(diag("{a, b} = 1, 2\n"));
}

#[test]
fn bad_parameter_order() {
    insta::assert_snapshot!(diag("def f(a, *, b, /):\n    pass\n"));
}

#[test]
fn bad_argument_order() {
    insta::assert_snapshot!(diag("f(**kw,\n  x)\n"));
}

#[test]
fn error_inside_fstring() {
    insta::assert_snapshot!(diag("print(f'total: {a +}')\n"));
}

#[test]
fn fstring_missing_brace() {
    insta::assert_snapshot!(diag("print(f'total: {a')\n"));
}

#[test]
fn invalid_target() {
    insta::assert_snapshot!(diag("f() = 1\n"));
}

#[test]
fn bench_scripts_parse() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/bench");
    let entries = std::fs::read_dir(dir).expect("the repository's bench/ folder");
    let mut n = 0;
    for entry in entries.flatten() {
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "py") {
            let src = std::fs::read_to_string(&path).unwrap_or_default();
            if let Err(d) = parse_module(&src) {
                panic!(
                    "{}",
                    d.render(&SourceFile::new(path.display().to_string(), src))
                );
            }
            n += 1;
        }
    }
    assert!(n > 0);
}
