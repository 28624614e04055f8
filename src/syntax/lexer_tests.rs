//! Unit tests for the layout pass.

use super::*;
use crate::syntax::token::IntLit;

/// The token stream as a compact string: `NL`, `IN`, `DE`, names, numbers,
/// and the Debug name of everything else.
fn layout(src: &str) -> String {
    let mut out = Vec::new();
    for item in Layout::new(src) {
        match item {
            Ok((_, tok, _)) => out.push(match tok {
                Token::Newline => "NL".to_string(),
                Token::Indent => "IN".to_string(),
                Token::Dedent => "DE".to_string(),
                Token::Name(n) => n.to_string(),
                Token::Int(IntLit::Small(i)) => i.to_string(),
                Token::Int(IntLit::Big(b)) => b.to_string(),
                Token::Float(f) => format!("{f:?}"),
                Token::Str(_) => "STR".to_string(),
                other => format!("{other:?}"),
            }),
            Err(d) => out.push(format!("ERR({}: {})", d.kind, d.message)),
        }
    }
    out.join(" ")
}

fn error(src: &str) -> Diagnostic {
    Layout::new(src)
        .find_map(|t| t.err())
        .expect("expected a lexing error")
}

#[test]
fn indent_and_dedent() {
    assert_eq!(
        layout("if x:\n    y\n    if z:\n        w\nv\n"),
        "If x Colon NL IN y NL If z Colon NL IN w NL DE DE v NL"
    );
    assert_eq!(layout("if x:\n  y"), "If x Colon NL IN y NL DE");
    assert_eq!(layout(""), "");
    assert_eq!(layout("\n\n  \n"), "");
}

#[test]
fn blank_lines_and_comments_at_odd_indents() {
    assert_eq!(
        layout("# top\nif x:\n\n      # deep comment\n  y  # trailing\n # odd\n\n  z\n"),
        "If x Colon NL IN y NL z NL DE"
    );
}

#[test]
fn brackets_join_lines() {
    assert_eq!(
        layout("x = (1,\n  2,\n\n 3)\ny\n"),
        "x Equal Lpar 1 Comma 2 Comma 3 Rpar NL y NL"
    );
    assert_eq!(layout("x = [\n]\n"), "x Equal Lsqb Rsqb NL");
}

#[test]
fn continuation_lines() {
    assert_eq!(layout("x = 1 + \\\n    2\ny\n"), "x Equal 1 Plus 2 NL y NL");
    assert_eq!(error("x = 1\\").message, "unexpected EOF while parsing");
    let d = error("x = 1\\ 2");
    assert_eq!(
        d.message,
        "unexpected character after line continuation character"
    );
    let d = error("x = 1 \\\n");
    assert_eq!(d.message, "unexpected EOF while parsing");
}

#[test]
fn crlf_and_no_trailing_newline() {
    assert_eq!(
        layout("if x:\r\n    y\r\nz"),
        "If x Colon NL IN y NL DE z NL"
    );
    assert_eq!(layout("x = '''a\r\nb'''\r\n"), "x Equal STR NL");
}

#[test]
fn tabs() {
    // A tab is consistent with itself.
    assert_eq!(layout("if x:\n\ty\n\tz\n"), "If x Colon NL IN y NL z NL DE");
    // Eight spaces equal a tab at size 8 but not at size 1: TabError.
    let d = error("if x:\n        a\n\tb\n");
    assert_eq!(
        (d.kind, d.message.as_str()),
        (
            "TabError",
            "inconsistent use of tabs and spaces in indentation"
        )
    );
    let d = error("if x:\n\ta\n        b\n");
    assert_eq!(d.kind, "TabError");
}

#[test]
fn indentation_errors() {
    let d = error("if x:\n    y\n  z\n");
    assert_eq!(
        d.message,
        "unindent does not match any outer indentation level"
    );
    assert_eq!(d.kind, "IndentationError");
    let d = error("if x:\ny = 1\n");
    assert_eq!(
        d.message,
        "expected an indented block after 'if' statement on line 1"
    );
    let d = error("x = 1\ndef f():\n");
    assert_eq!(
        d.message,
        "expected an indented block after function definition on line 2"
    );
    let mut deep = String::new();
    for i in 0..120 {
        deep += &" ".repeat(i);
        deep += "if x:\n";
    }
    assert_eq!(error(&deep).message, "too many levels of indentation");
}

#[test]
fn bracket_errors() {
    let d = error("x = (1,\n2\n");
    assert_eq!(
        (d.message.as_str(), d.span),
        ("'(' was never closed", Span::new(4, 5))
    );
    let d = error("x = (1]\n");
    assert_eq!(
        d.message,
        "closing parenthesis ']' does not match opening parenthesis '('"
    );
    let d = error("x = [\n1)\n");
    assert_eq!(
        d.message,
        "closing parenthesis ')' does not match opening parenthesis '[' on line 1"
    );
    assert_eq!(error("x)").message, "unmatched ')'");
    assert_eq!(
        error(&"(".repeat(300)).message,
        "too many nested parentheses"
    );
}

#[test]
fn number_errors() {
    assert_eq!(error("x = 1abc").message, "invalid decimal literal");
    assert_eq!(error("x = 1_").message, "invalid decimal literal");
    assert_eq!(error("x = 0x").message, "invalid hexadecimal literal");
    assert_eq!(
        error("x = 0b12").message,
        "invalid digit '2' in binary literal"
    );
    assert_eq!(error("x = 1.5e").message, "invalid decimal literal");
    assert!(error("x = 0123").message.starts_with("leading zeros"));
    assert_eq!(layout("99999999999999999999"), "99999999999999999999 NL");
    assert!(error(&format!("x = {}", "9".repeat(4301)))
        .message
        .starts_with(
            "Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits"
        ));
    assert_eq!(layout("1if 1else 2"), "1 If 1 Else 2 NL");
}

#[test]
fn string_errors() {
    let d = error("x = 'abc\ny");
    assert_eq!(
        d.message,
        "unterminated string literal (detected at line 1)"
    );
    assert_eq!(d.span.start, 4);
    let d = error("x = '''abc\n\n");
    assert_eq!(
        d.message,
        "unterminated triple-quoted string literal (detected at line 2)"
    );
    let d = error("x = “a”");
    assert_eq!(d.message, "invalid character '“' (U+201C)");
    assert_eq!(d.span, Span::new(4, 7));
    assert_eq!(error("a $").message, "invalid character '$' (U+0024)");
}

#[test]
fn fexpr_mode_has_no_layout() {
    let src = "f'{a +\n b}'";
    let toks: Vec<_> = Layout::fexpr(src, 3, 9).map(|t| t.map(|t| t.1)).collect();
    assert_eq!(
        toks,
        [
            Ok(Token::FExprStart),
            Ok(Token::Name("a")),
            Ok(Token::Plus),
            Ok(Token::Name("b"))
        ]
    );
}

#[test]
fn async_and_await_are_tokens() {
    assert_eq!(
        layout("async def g(): await y"),
        "Async Def g Lpar Rpar Colon Await y NL"
    );
    assert_eq!(layout("a @ b"), "a At b NL");
}

#[test]
fn yield_and_comprehensions_lex() {
    assert_eq!(layout("x = (yield)"), "x Equal Lpar Yield Rpar NL");
    assert_eq!(layout("[a for a in b]"), "Lsqb a For a In b Rsqb NL");
}

#[test]
fn lambda_class_and_decorators_lex() {
    assert_eq!(layout("f = lambda: 1"), "f Equal Lambda Colon 1 NL");
    assert_eq!(layout("@d\nclass A: pass"), "At d NL Class A Colon Pass NL");
}

#[test]
fn a_lambda_colon_is_not_a_block_colon() {
    // The second `:` opens the block, so the missing block is reported.
    assert_eq!(
        error("while lambda: 0:\nx").message,
        "expected an indented block after 'while' statement on line 1"
    );
    assert_eq!(
        layout("while lambda: 0: pass"),
        "While Lambda Colon 0 Colon Pass NL"
    );
}
