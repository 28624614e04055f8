//! Raw tokens, cut by logos.
//!
//! This enum is both what logos produces and what the grammar consumes: the
//! layout pass (`lexer`) drops the trivia variants (spaces, comments, raw line
//! breaks, continuations) and inserts `Newline`, `Indent`, `Dedent` and
//! `FExprStart`, which logos never produces itself.
//!
//! Numbers are decoded here; string literals are only *delimited* here (the
//! callback finds the closing quote) and decoded later, because f-strings need
//! the parser and escapes need located errors.

use std::sync::Arc;

use logos::{Lexer, Logos};
use num_bigint::BigInt;

use crate::syntax::ast::Constant;

/// The value of an int literal: inline when it fits in 64 bits, as at run
/// time.
#[derive(Debug, Clone, PartialEq)]
pub enum IntLit {
    Small(i64),
    Big(Arc<BigInt>),
}

impl IntLit {
    /// The literal as an AST constant.
    pub fn constant(self) -> Constant {
        match self {
            IntLit::Small(i) => Constant::Int(i),
            IntLit::Big(b) => Constant::BigInt(b),
        }
    }

    /// The int whose digits (values below `radix`) are `digits`.
    fn from_digits(digits: &[u8], radix: u32) -> IntLit {
        let small = digits.iter().try_fold(0i64, |m, &d| {
            m.checked_mul(radix as i64)?.checked_add(d as i64)
        });
        match small {
            Some(i) => IntLit::Small(i),
            None => IntLit::Big(Arc::new(
                BigInt::from_radix_be(num_bigint::Sign::Plus, digits, radix).unwrap_or_default(),
            )),
        }
    }
}

/// Most digits of a decimal int literal (CPython's default
/// `sys.get_int_max_str_digits()`, which its compiler applies too).
const MAX_DECIMAL_DIGITS: usize = 4300;

/// Why logos could not cut a token. The layout pass turns this into a
/// located `Diagnostic` (it knows line numbers and the file).
#[derive(Debug, Clone, PartialEq, Default)]
pub enum LexError {
    /// A character that starts no token.
    InvalidChar(char),
    /// `\` not followed by a line break.
    BadContinuation,
    /// `\` as the last character of the file.
    EofAfterContinuation,
    /// A quote with no closing quote on the same line.
    UnterminatedString,
    /// A triple quote with no closing triple quote before end of file.
    UnterminatedTriple,
    /// A malformed number (message in CPython's words).
    BadNumber(&'static str),
    /// A decimal int literal of more digits than CPython converts (4300).
    IntTooManyDigits(usize),
    #[default]
    Other,
}

impl LexError {
    fn from_lexer<'s>(lex: &mut Lexer<'s, Token<'s>>) -> LexError {
        match lex.slice().chars().next() {
            Some('\\') if lex.remainder().is_empty() => LexError::EofAfterContinuation,
            Some('\\') => LexError::BadContinuation,
            Some(c) => LexError::InvalidChar(c),
            None => LexError::Other,
        }
    }
}

/// The shape of a string literal; its text is found from the token's span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StrTok {
    /// Bytes of prefix letters before the opening quote (0..=2).
    pub prefix_len: u8,
    /// 1 for `'`/`"`, 3 for triple quotes.
    pub quote_len: u8,
    pub raw: bool,
    pub bytes: bool,
    pub fstring: bool,
}

#[derive(Logos, Debug, Clone, PartialEq)]
#[logos(error(LexError, LexError::from_lexer))]
pub enum Token<'s> {
    // ----- trivia, consumed by the layout pass -----
    #[regex(r"[ \t\x0c]+")]
    Space,
    #[regex(r"#[^\r\n]*", allow_greedy = true)]
    Comment,
    #[regex(r"\r?\n")]
    LineBreak,
    #[regex(r"\\\r?\n")]
    Continuation,

    // ----- inserted by the layout pass -----
    Newline,
    Indent,
    Dedent,
    /// First token when parsing the expression of an f-string field.
    FExprStart,

    // ----- literals -----
    #[regex(r"[a-zA-Z_\u{80}-\u{10FFFF}][a-zA-Z0-9_\u{80}-\u{10FFFF}]*", name)]
    Name(&'s str),
    #[regex(r"[0-9](_?[0-9])*", decimal)]
    #[regex(r"0[xX](_?[0-9a-fA-F])+", |l| radix(l, 16))]
    #[regex(r"0[oO](_?[0-7])+", |l| radix(l, 8))]
    #[regex(r"0[bB](_?[01])+", |l| radix(l, 2))]
    Int(IntLit),
    #[regex(
        r"[0-9](_?[0-9])*\.([0-9](_?[0-9])*)?([eE][+-]?[0-9](_?[0-9])*)?",
        float
    )]
    #[regex(r"\.[0-9](_?[0-9])*([eE][+-]?[0-9](_?[0-9])*)?", float)]
    #[regex(r"[0-9](_?[0-9])*[eE][+-]?[0-9](_?[0-9])*", float)]
    Float(f64),
    /// `1j`, `1.5J`: recognised so the error can name complex numbers.
    #[regex(r"[0-9](_?[0-9])*[jJ]")]
    #[regex(r"[0-9](_?[0-9])*\.([0-9](_?[0-9])*)?([eE][+-]?[0-9](_?[0-9])*)?[jJ]")]
    #[regex(r"\.[0-9](_?[0-9])*([eE][+-]?[0-9](_?[0-9])*)?[jJ]")]
    #[regex(r"[0-9](_?[0-9])*[eE][+-]?[0-9](_?[0-9])*[jJ]")]
    Imaginary,
    #[regex(r#"([rRuUbBfF]|[bB][rR]|[rR][bB]|[fF][rR]|[rR][fF])?['"]"#, string)]
    Str(StrTok),

    // ----- keywords -----
    #[token("False")]
    False,
    #[token("None")]
    None,
    #[token("True")]
    True,
    #[token("and")]
    And,
    #[token("as")]
    As,
    #[token("assert")]
    Assert,
    #[token("async")]
    Async,
    #[token("await")]
    Await,
    #[token("break")]
    Break,
    #[token("class")]
    Class,
    #[token("continue")]
    Continue,
    #[token("def")]
    Def,
    #[token("del")]
    Del,
    #[token("elif")]
    Elif,
    #[token("else")]
    Else,
    #[token("except")]
    Except,
    #[token("finally")]
    Finally,
    #[token("for")]
    For,
    #[token("from")]
    From,
    #[token("global")]
    Global,
    #[token("if")]
    If,
    #[token("import")]
    Import,
    #[token("in")]
    In,
    #[token("is")]
    Is,
    #[token("lambda")]
    Lambda,
    #[token("nonlocal")]
    Nonlocal,
    #[token("not")]
    Not,
    #[token("or")]
    Or,
    #[token("pass")]
    Pass,
    #[token("raise")]
    Raise,
    #[token("return")]
    Return,
    #[token("try")]
    Try,
    #[token("while")]
    While,
    #[token("with")]
    With,
    #[token("yield")]
    Yield,

    // ----- operators and delimiters -----
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("**")]
    DoubleStar,
    #[token("/")]
    Slash,
    #[token("//")]
    DoubleSlash,
    #[token("%")]
    Percent,
    #[token("@")]
    At,
    #[token("<<")]
    LShift,
    #[token(">>")]
    RShift,
    #[token("&")]
    Amper,
    #[token("|")]
    Vbar,
    #[token("^")]
    Circumflex,
    #[token("~")]
    Tilde,
    #[token(":=")]
    ColonEqual,
    #[token("<")]
    Less,
    #[token(">")]
    Greater,
    #[token("<=")]
    LessEqual,
    #[token(">=")]
    GreaterEqual,
    #[token("==")]
    EqEqual,
    #[token("!=")]
    NotEqual,
    /// A lone `!` (only meaningful inside f-string fields).
    #[token("!")]
    Bang,
    #[token("(")]
    Lpar,
    #[token(")")]
    Rpar,
    #[token("[")]
    Lsqb,
    #[token("]")]
    Rsqb,
    #[token("{")]
    Lbrace,
    #[token("}")]
    Rbrace,
    #[token(",")]
    Comma,
    #[token(":")]
    Colon,
    #[token(".")]
    Dot,
    #[token("...")]
    Ellipsis,
    #[token(";")]
    Semi,
    #[token("=")]
    Equal,
    #[token("->")]
    Arrow,
    #[token("+=")]
    PlusEqual,
    #[token("-=")]
    MinusEqual,
    #[token("*=")]
    StarEqual,
    #[token("/=")]
    SlashEqual,
    #[token("//=")]
    DoubleSlashEqual,
    #[token("%=")]
    PercentEqual,
    #[token("@=")]
    AtEqual,
    #[token("&=")]
    AmperEqual,
    #[token("|=")]
    VbarEqual,
    #[token("^=")]
    CircumflexEqual,
    #[token("<<=")]
    LShiftEqual,
    #[token(">>=")]
    RShiftEqual,
    #[token("**=")]
    DoubleStarEqual,
}

/// Python identifiers are XID_Start XID_Continue*. Logos matches any run of
/// non-ASCII characters (the exact Unicode tables would bloat the DFA), and
/// this callback rejects the characters that are not letters or digits, the
/// way CPython names the first invalid character.
fn name<'s>(lex: &mut Lexer<'s, Token<'s>>) -> Result<&'s str, LexError> {
    let text = lex.slice();
    for (i, c) in text.char_indices() {
        let ok = c.is_ascii() || c.is_alphabetic() || (i > 0 && is_continue(c));
        if !ok {
            return Err(LexError::InvalidChar(c));
        }
    }
    Ok(text)
}

/// Non-ASCII characters that may continue (not start) an identifier:
/// digits and the combining marks std can recognise.
fn is_continue(c: char) -> bool {
    c.is_alphanumeric() || ('\u{300}'..='\u{36f}').contains(&c) || c == '\u{b7}'
}

/// The digit values of a literal's text (ASCII digits and letters, `_`
/// skipped), as logos's patterns guarantee.
fn digit_values(text: &str) -> Vec<u8> {
    text.bytes()
        .filter(|&c| c != b'_')
        .map(|c| (c as char).to_digit(36).unwrap_or(0) as u8)
        .collect()
}

fn decimal<'s>(lex: &mut Lexer<'s, Token<'s>>) -> Result<IntLit, LexError> {
    let digits = digit_values(lex.slice());
    if digits.len() > 1 && digits[0] == 0 && digits.iter().any(|&d| d != 0) {
        return Err(LexError::BadNumber(
            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
        ));
    }
    if digits.len() > MAX_DECIMAL_DIGITS {
        return Err(LexError::IntTooManyDigits(digits.len()));
    }
    Ok(IntLit::from_digits(&digits, 10))
}

fn radix<'s>(lex: &mut Lexer<'s, Token<'s>>, radix: u32) -> Result<IntLit, LexError> {
    Ok(IntLit::from_digits(&digit_values(&lex.slice()[2..]), radix))
}

fn float<'s>(lex: &mut Lexer<'s, Token<'s>>) -> Result<f64, LexError> {
    let text: String = lex.slice().chars().filter(|&c| c != '_').collect();
    text.parse()
        .map_err(|_| LexError::BadNumber("invalid decimal literal"))
}

/// Finds the end of a string literal whose prefix and opening quote logos
/// has matched, and bumps the lexer past the closing quote. Escapes are only
/// skipped here (a backslash protects the next character, even in raw
/// strings, as in CPython); decoding happens in `strings`.
fn string<'s>(lex: &mut Lexer<'s, Token<'s>>) -> Result<StrTok, LexError> {
    let opening = lex.slice();
    let prefix = &opening[..opening.len() - 1];
    let quote = opening.as_bytes()[opening.len() - 1];
    let lower = prefix.to_ascii_lowercase();
    let rest = lex.remainder().as_bytes();
    let triple = rest.len() >= 2 && rest[0] == quote && rest[1] == quote;
    let tok = StrTok {
        prefix_len: prefix.len() as u8,
        quote_len: if triple { 3 } else { 1 },
        raw: lower.contains('r'),
        bytes: lower.contains('b'),
        fstring: lower.contains('f'),
    };
    let mut i = if triple { 2 } else { 0 };
    while i < rest.len() {
        match rest[i] {
            b'\\' => {
                i += 1;
                // Skip the protected character whole (it may be multi-byte or CRLF).
                if rest.get(i) == Some(&b'\r') && rest.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
                if i < rest.len() {
                    i += utf8_len(rest[i]);
                }
            }
            b'\n' | b'\r' if !triple => {
                lex.bump(i);
                return Err(LexError::UnterminatedString);
            }
            q if q == quote => {
                if !triple {
                    lex.bump(i + 1);
                    return Ok(tok);
                }
                if rest.get(i + 1) == Some(&quote) && rest.get(i + 2) == Some(&quote) {
                    lex.bump(i + 3);
                    return Ok(tok);
                }
                i += 1;
            }
            _ => i += 1,
        }
    }
    lex.bump(rest.len());
    Err(if triple {
        LexError::UnterminatedTriple
    } else {
        LexError::UnterminatedString
    })
}

/// Length of the UTF-8 sequence that starts with byte `b`.
fn utf8_len(b: u8) -> usize {
    match b {
        0xf0..=0xff => 4,
        0xe0..=0xef => 3,
        0xc0..=0xdf => 2,
        _ => 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lex(src: &str) -> Vec<Result<Token<'_>, LexError>> {
        Token::lexer(src)
            .filter(|t| !matches!(t, Ok(Token::Space)))
            .collect()
    }

    #[test]
    fn numbers() {
        assert_eq!(
            lex("0 42 1_000 0x_ff 0o17 0B101"),
            [0, 42, 1000, 255, 15, 5].map(|n| Ok(Token::Int(IntLit::Small(n))))
        );
        assert_eq!(
            lex("1.5 1e-3 .5 5. 1_000.5 2E+2"),
            [1.5, 1e-3, 0.5, 5.0, 1000.5, 200.0].map(|n| Ok(Token::Float(n)))
        );
        assert_eq!(
            lex("00 0_0"),
            [
                Ok(Token::Int(IntLit::Small(0))),
                Ok(Token::Int(IntLit::Small(0)))
            ]
        );
        assert!(matches!(lex("0123")[0], Err(LexError::BadNumber(_))));
        assert_eq!(
            lex("9223372036854775807"),
            [Ok(Token::Int(IntLit::Small(i64::MAX)))]
        );
        let two_63 = IntLit::Big(Arc::new(BigInt::from(1u64 << 63)));
        assert_eq!(lex("9223372036854775808"), [Ok(Token::Int(two_63))]);
        let two_64 = IntLit::Big(Arc::new(BigInt::from(1u128 << 64)));
        assert_eq!(lex("0x1_0000_0000_0000_0000"), [Ok(Token::Int(two_64))]);
        assert_eq!(lex(&"9".repeat(4300)).len(), 1);
        assert_eq!(
            lex(&"9".repeat(4301)),
            [Err(LexError::IntTooManyDigits(4301))]
        );
        assert_eq!(lex("3j"), [Ok(Token::Imaginary)]);
    }

    #[test]
    fn names_and_keywords() {
        assert_eq!(
            lex("if iffy _x héllo 变量 None"),
            [
                Ok(Token::If),
                Ok(Token::Name("iffy")),
                Ok(Token::Name("_x")),
                Ok(Token::Name("héllo")),
                Ok(Token::Name("变量")),
                Ok(Token::None),
            ]
        );
        assert_eq!(lex("“"), [Err(LexError::InvalidChar('“'))]);
        assert_eq!(lex("$"), [Err(LexError::InvalidChar('$'))]);
    }

    #[test]
    fn strings_are_delimited() {
        let src = r#"'a\'b' rb"x" F'''a'b''' "#;
        let mut l = Token::lexer(src);
        let mut spans = vec![];
        while let Some(t) = l.next() {
            if let Ok(Token::Str(s)) = t {
                spans.push((l.slice(), s.raw, s.bytes, s.fstring, s.quote_len));
            }
        }
        assert_eq!(
            spans,
            [
                (r"'a\'b'", false, false, false, 1),
                (r#"rb"x""#, true, true, false, 1),
                ("F'''a'b'''", false, false, true, 3),
            ]
        );
        assert_eq!(lex("'abc\n")[0], Err(LexError::UnterminatedString));
        assert_eq!(lex("'''abc\n'")[0], Err(LexError::UnterminatedTriple));
        assert_eq!(lex("''")[0].as_ref().map(|_| ()), Ok(()));
    }

    #[test]
    fn operators() {
        assert_eq!(
            lex("->:= **= //= ... !="),
            [
                Ok(Token::Arrow),
                Ok(Token::ColonEqual),
                Ok(Token::DoubleStarEqual),
                Ok(Token::DoubleSlashEqual),
                Ok(Token::Ellipsis),
                Ok(Token::NotEqual)
            ]
        );
        assert_eq!(lex("\\\n"), [Ok(Token::Continuation)]);
        assert_eq!(lex("\\ "), [Err(LexError::BadContinuation)]);
    }
}
