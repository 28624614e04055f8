//! Property tests: `parse_module` never panics, whatever the input, and
//! returns errors whose spans lie inside the source.

use gilvm::diag::SourceFile;
use gilvm::syntax::parse_module;
use proptest::prelude::*;

/// Parses and renders any error, checking the span is in range.
fn check(src: &str) {
    if let Err(d) = parse_module(src) {
        assert!(d.span.start <= d.span.end || d.span.end == 0, "{d:?}");
        assert!(d.span.start as usize <= src.len() + 1, "{d:?} for {src:?}");
        let _ = d.render(&SourceFile::new("p.py", src));
    }
}

const PIECES: &[&str] = &[
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
    "del",
    "pass",
    "break",
    "not",
    "and",
    "or",
    "is",
    "lambda",
    "class",
    "raise",
    "None",
    "True",
    "x",
    "y",
    "f",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ":",
    ",",
    ".",
    ";",
    "=",
    "==",
    "+",
    "-",
    "*",
    "**",
    "/",
    "//",
    "%",
    "<",
    ">=",
    "!=",
    "+=",
    "->",
    ":=",
    "@",
    "~",
    "\\",
    "'",
    "\"",
    "'''",
    "f'",
    "f'{",
    "}'",
    "r'",
    "b'",
    "#",
    "\n",
    "\r\n",
    "\t",
    " ",
    "    ",
    "0",
    "1",
    "007",
    "0x1f",
    "1.5",
    "1e5",
    "1_000",
    "9999999999999999999999",
    "$",
    "é",
    // whole pieces of the newer syntax, so the soup often holds them intact
    "@d\n",
    "@f(1).g\n",
    "class C(A, *b, metaclass=M, **k):\n    ",
    "def g(a, /, b=1, *c, d, e=2, **f):\n    ",
    "def h(*, k):",
    "lambda x, y=1, *a, k, **kw: ",
    "lambda: ",
    "f(*a, k=1, **m)",
    "raise E from None",
];

const PROGRAM: &str = "import threading\nfrom queue import Queue\n\n@trace\n@cache(size=2)\nclass Worker(Base, *mixins, metaclass=Meta):\n    def run(self, a, /, b=1, *args, k, **kw):\n        return sorted(args, key=lambda p, *, r=k: -p[r])\n\ndef work(n, k=2):\n    total = 0\n    for i in range(n):\n        if i % k == 0 and not i in seen:\n            total += i ** 2\n        elif i > 10:\n            break\n    return total, f\"{n!r:>5} {total:.2f}\"\n\ntry:\n    x = [work(3), {'a': (1, 2)}][0][1:]\nexcept (ValueError, KeyError) as e:\n    print(*e.args, end='', **opts)\n    raise RuntimeError(lambda: 1) from e\nfinally:\n    del x\n";

fn pythonish() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_strings(s in ".{0,200}") {
        check(&s);
    }

    #[test]
    fn pythonish_token_soup(s in pythonish()) {
        check(&s);
    }

    #[test]
    fn mutated_programs(edits in prop::collection::vec((0usize..1000, 0usize..4, prop::sample::select(PIECES)), 1..6)) {
        let mut src = PROGRAM.to_string();
        for (at, kind, piece) in edits {
            let mut at = at % (src.len() + 1);
            while !src.is_char_boundary(at) {
                at -= 1;
            }
            match kind {
                0 => src.insert_str(at, piece),
                1 => {
                    let mut end = (at + piece.len()).min(src.len());
                    while !src.is_char_boundary(end) {
                        end -= 1;
                    }
                    src.replace_range(at..end, "");
                }
                2 => {
                    let mut end = (at + 1).min(src.len());
                    while !src.is_char_boundary(end) {
                        end += 1;
                    }
                    src.replace_range(at..end, piece);
                }
                _ => src.insert(at, '\n'),
            }
        }
        check(&src);
    }
}

#[test]
fn the_base_program_parses() {
    parse_module(PROGRAM).unwrap();
}
