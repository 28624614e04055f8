//! Glue between the layout lexer and the lalrpop parser, and the one place
//! where lalrpop's `ParseError`s become located `Diagnostic`s worded like
//! CPython 3.11's.

use lalrpop_util::{lalrpop_mod, ParseError};

use super::actions::{Ex, Top};
use super::ast::{Module, Span};
use super::lexer::{context_at, line_of, Layout};
use super::token::Token;
use crate::diag::Diagnostic;

lalrpop_mod!(
    #[allow(clippy::all, clippy::pedantic, unused_parens)]
    gilvm
);

type PError<'s> = ParseError<usize, Token<'s>, Diagnostic>;

/// Parses a whole script.
pub fn parse_module(source: &str) -> Result<Module, Diagnostic> {
    let parser = gilvm::TopParser::new();
    match parser.parse(source, Layout::new(source)) {
        Ok(Top::Module(block)) => Ok(Module { body: block.stmts }),
        Ok(Top::Expr(e)) => Err(Diagnostic::syntax("invalid syntax", e.span())),
        Err(e) => Err(to_diagnostic(source, e)),
    }
}

/// Parses the expression of an f-string field, `src[start..end]`; spans in
/// the result are offsets into `src`.
pub fn parse_fexpr(src: &str, start: usize, end: usize) -> Result<Ex, Diagnostic> {
    let parser = gilvm::TopParser::new();
    match parser.parse(src, Layout::fexpr(src, start, end)) {
        Ok(Top::Expr(e)) => Ok(e),
        Ok(Top::Module(_)) => Err(Diagnostic::syntax("invalid syntax", Span::new(start, end))),
        Err(ParseError::UnrecognizedEof { location, .. }) => Err(Diagnostic::syntax(
            "invalid syntax",
            Span::new(location, location + 1),
        )),
        Err(e) => Err(to_diagnostic(src, e)),
    }
}

/// Maps every lalrpop error to a located diagnostic.
fn to_diagnostic(src: &str, err: PError<'_>) -> Diagnostic {
    match err {
        ParseError::User { error } => error,
        ParseError::InvalidToken { location } => {
            Diagnostic::syntax("invalid syntax", Span::new(location, location + 1))
        }
        ParseError::UnrecognizedEof { location, expected } => {
            let message = if expects_try_clause(&expected) {
                "expected 'except' or 'finally' block"
            } else {
                "unexpected EOF while parsing"
            };
            Diagnostic::syntax(message, Span::new(location, location))
        }
        ParseError::UnrecognizedToken {
            token: (start, tok, end),
            expected,
        } => unexpected_token(src, start, &tok, end, &expected),
        ParseError::ExtraToken {
            token: (start, _, end),
        } => Diagnostic::syntax("invalid syntax", Span::new(start, end)),
    }
}

/// True when every expected terminal is one of `allowed` and there is one.
fn expects_only(expected: &[String], allowed: &[&str]) -> bool {
    !expected.is_empty() && expected.iter().all(|e| allowed.contains(&e.as_str()))
}

/// After a `try` block only `except`, `else` (after an except) or `finally` may follow.
fn expects_try_clause(expected: &[String]) -> bool {
    expects_only(expected, &["\"except\"", "\"finally\"", "\"else\""])
        && expected.iter().any(|e| e == "\"except\"")
}

fn unexpected_token(
    src: &str,
    start: usize,
    tok: &Token<'_>,
    end: usize,
    expected: &[String],
) -> Diagnostic {
    let span = Span::new(start, end.max(start + 1));
    match tok {
        Token::Indent => {
            return Diagnostic::indentation("unexpected indent", Span::new(end, end + 1))
        }
        Token::Dedent => {
            return Diagnostic::indentation("unexpected unindent", Span::new(start, start + 1))
        }
        _ => {}
    }
    if expects_try_clause(expected) {
        return Diagnostic::syntax("expected 'except' or 'finally' block", span);
    }
    if is_class_header(src, start) {
        // CPython asks for the ':' of a class header only at the end of the
        // line (`class C`); anything else there is invalid syntax.
        let colon = expected.iter().any(|e| e == "\":\"");
        if *tok == Token::Newline && colon {
            let at = src[..start.min(src.len())].trim_end().len();
            return Diagnostic::syntax("expected ':'", Span::new(at, at + 1));
        }
        if expects_only(expected, &["\":\""]) {
            return Diagnostic::syntax("invalid syntax", span);
        }
    }
    if expects_only(expected, &["\":\""]) {
        // CPython points just after the text that should have been followed by ':'.
        let at = src[..start.min(src.len())].trim_end().len();
        return Diagnostic::syntax("expected ':'", Span::new(at, at + 1));
    }
    if expects_only(expected, &["\"else\""]) {
        return Diagnostic::syntax("expected 'else' after 'if' expression", span);
    }
    let (brackets, last) = context_at(src, start);
    if let Some(&(open, at)) = brackets.last() {
        if let Some((prev, prev_tok)) = &last {
            let same_line = line_of(src, *prev) == line_of(src, start);
            if same_line && ends_expression(Some(prev_tok)) && starts_expression(tok) {
                return Diagnostic::syntax(
                    "invalid syntax. Perhaps you forgot a comma?",
                    Span::new(*prev, end),
                );
            }
        }
        if line_of(src, at) < line_of(src, start) {
            return Diagnostic::syntax(format!("'{open}' was never closed"), Span::new(at, at + 1));
        }
    }
    Diagnostic::syntax("invalid syntax", span)
}

/// Whether the line holding `offset` starts with the keyword `class`.
fn is_class_header(src: &str, offset: usize) -> bool {
    let offset = offset.min(src.len());
    let line_start = src[..offset].rfind('\n').map_or(0, |i| i + 1);
    let line = src[line_start..].trim_start();
    line.strip_prefix("class")
        .is_some_and(|rest| !rest.starts_with(|c: char| c == '_' || c.is_alphanumeric()))
}

fn ends_expression(tok: Option<&Token<'_>>) -> bool {
    matches!(
        tok,
        Some(
            Token::Name(_)
                | Token::Int(_)
                | Token::Float(_)
                | Token::Str(_)
                | Token::True
                | Token::False
                | Token::None
                | Token::Rpar
                | Token::Rsqb
                | Token::Rbrace
        )
    )
}

fn starts_expression(tok: &Token<'_>) -> bool {
    matches!(
        tok,
        Token::Name(_)
            | Token::Int(_)
            | Token::Float(_)
            | Token::Str(_)
            | Token::True
            | Token::False
            | Token::None
            | Token::Lambda
    )
}
