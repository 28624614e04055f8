//! f-strings, with Python 3.11's rules.
//!
//! The body of an f-string is split into literal text (escapes decoded,
//! `{{`/`}}` halved) and replacement fields `{expr!c:spec}`. Each field's
//! expression is found by scanning for its end the way CPython 3.11 does
//! (brackets and nested string literals are skipped; no backslash, no `#`),
//! then parsed by the real lexer and grammar on that slice of the file, so its
//! spans are already absolute. A format spec may itself hold fields, two
//! levels deep at most, like CPython.

use super::actions::Res;
use super::ast::{FStringPart, Span};
use super::parser::parse_fexpr;
use super::strings::{decode, push_part};
use crate::diag::Diagnostic;

/// Parses the body `src[start..end]` of an f-string. Returns its parts and
/// the depth of the deepest expression in them (for the nesting limit).
pub fn parse(src: &str, start: usize, end: usize, raw: bool) -> Res<(Vec<FStringPart>, u32)> {
    let mut p = FParser {
        src,
        bytes: src.as_bytes(),
        pos: start,
        end,
        raw,
        depth: 1,
    };
    let parts = p.parts(0)?;
    Ok((parts, p.depth))
}

struct FParser<'s> {
    src: &'s str,
    bytes: &'s [u8],
    pos: usize,
    end: usize,
    raw: bool,
    depth: u32,
}

fn err(message: &str, at: usize) -> Diagnostic {
    Diagnostic::syntax(message, Span::new(at, at + 1))
}

impl FParser<'_> {
    fn peek(&self, ahead: usize) -> Option<u8> {
        let i = self.pos + ahead;
        if i < self.end {
            self.bytes.get(i).copied()
        } else {
            None
        }
    }

    /// Literal text and fields up to the end of the body (level 0) or up to
    /// the `}` that closes the format spec being read (level > 0).
    fn parts(&mut self, level: u32) -> Res<Vec<FStringPart>> {
        let mut out = Vec::new();
        let mut lit_start = self.pos;
        while let Some(b) = self.peek(0) {
            match b {
                b'\\' if !self.raw => {
                    // `\N{...}` is an escape, not a field; `\\` protects nothing after it.
                    if self.peek(1) == Some(b'N') && self.peek(2) == Some(b'{') {
                        while self.peek(0).is_some_and(|c| c != b'}') {
                            self.pos += 1;
                        }
                    } else if self.peek(1) == Some(b'\\') {
                        self.pos += 1;
                    }
                    self.pos += 1;
                }
                b'{' | b'}' => {
                    self.flush(&mut out, lit_start)?;
                    let doubled = self.peek(1) == Some(b);
                    if b == b'}' && level > 0 {
                        return Ok(out);
                    }
                    if doubled {
                        push_part(&mut out, FStringPart::Literal((b as char).to_string()));
                        self.pos += 2;
                    } else if b == b'}' {
                        return Err(err("f-string: single '}' is not allowed", self.pos));
                    } else {
                        let (text, field) = self.field(level)?;
                        if let Some(text) = text {
                            push_part(&mut out, FStringPart::Literal(text));
                        }
                        push_part(&mut out, field);
                    }
                    lit_start = self.pos;
                }
                _ => self.pos += 1,
            }
        }
        self.flush(&mut out, lit_start)?;
        if level > 0 {
            return Err(err("f-string: expecting '}'", self.pos));
        }
        Ok(out)
    }

    fn flush(&mut self, out: &mut Vec<FStringPart>, from: usize) -> Res<()> {
        if from < self.pos {
            let text = decode(&self.src[from..self.pos], self.raw, from)?;
            push_part(out, FStringPart::Literal(text));
        }
        Ok(())
    }

    /// One replacement field; `self.pos` is at its `{`. A self-documenting
    /// field (`{x=}`) also gives the text to print before the value: the
    /// expression as written, its `=` and the spaces around them.
    fn field(&mut self, level: u32) -> Res<(Option<String>, FStringPart)> {
        let open = self.pos;
        if level >= 2 {
            return Err(err("f-string: expressions nested too deeply", open));
        }
        self.pos += 1;
        let expr_start = self.pos;
        self.skip_expression()?;
        let expr_end = self.pos;
        if self.src[expr_start..expr_end].trim().is_empty() {
            return Err(err("f-string: empty expression not allowed", open));
        }
        let ex = parse_fexpr(self.src, expr_start, expr_end).map_err(|mut d| {
            if !d.message.starts_with("f-string") {
                d.message = format!("f-string: {}", d.message);
            }
            d
        })?;
        self.depth = self.depth.max(ex.d + level + 1);
        let mut conversion = None;
        let mut debug_text = None;
        if self.peek(0) == Some(b'=') {
            self.pos += 1;
            while matches!(self.peek(0), Some(b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')) {
                self.pos += 1;
            }
            debug_text = Some(self.src[expr_start..self.pos].to_string());
        }
        if self.peek(0) == Some(b'!') {
            match self.peek(1) {
                Some(c @ (b's' | b'r' | b'a')) => {
                    conversion = Some(c as char);
                    self.pos += 2;
                }
                None => return Err(err("f-string: expecting '}'", self.pos)),
                _ => {
                    return Err(err(
                        "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                        self.pos + 1,
                    ))
                }
            }
            if !matches!(self.peek(0), Some(b':' | b'}')) {
                return Err(err("f-string: expecting '}'", self.pos));
            }
        }
        let mut spec = Vec::new();
        let has_spec = self.peek(0) == Some(b':');
        if has_spec {
            self.pos += 1;
            spec = self.parts(level + 1)?;
        }
        if self.peek(0) != Some(b'}') {
            return Err(err("f-string: expecting '}'", self.pos));
        }
        self.pos += 1;
        // `{x=}` shows the repr unless a spec or a conversion says otherwise.
        if debug_text.is_some() && conversion.is_none() && !has_spec {
            conversion = Some('r');
        }
        let part = FStringPart::Value {
            expr: Box::new(ex.e),
            conversion,
            spec,
        };
        Ok((debug_text, part))
    }

    /// Moves `self.pos` to the `!`, `:`, `=` or `}` that ends the expression
    /// of a field, skipping brackets and string literals, as CPython 3.11's
    /// `fstring_find_expr` does.
    fn skip_expression(&mut self) -> Res<()> {
        let mut stack: Vec<u8> = Vec::new();
        while let Some(b) = self.peek(0) {
            match b {
                b'\\' => {
                    return Err(err(
                        "f-string expression part cannot include a backslash",
                        self.pos,
                    ))
                }
                b'#' => return Err(err("f-string expression part cannot include '#'", self.pos)),
                b'\'' | b'"' => self.skip_string(b)?,
                b'(' | b'[' | b'{' => {
                    if stack.len() >= super::lexer::MAX_BRACKETS {
                        return Err(err("f-string: too many nested parenthesis", self.pos));
                    }
                    stack.push(b);
                    self.pos += 1;
                }
                b')' | b']' | b'}' if !stack.is_empty() => {
                    let open = stack.pop().unwrap_or(b'(');
                    let want = match open {
                        b'(' => b')',
                        b'[' => b']',
                        _ => b'}',
                    };
                    if b != want {
                        return Err(err(
                            &format!(
                                "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                                b as char, open as char
                            ),
                            self.pos,
                        ));
                    }
                    self.pos += 1;
                }
                b')' | b']' => {
                    return Err(err(
                        &format!("f-string: unmatched '{}'", b as char),
                        self.pos,
                    ))
                }
                b'=' | b'!' | b'<' | b'>' if self.peek(1) == Some(b'=') => self.pos += 2,
                b'}' | b'!' | b':' | b'=' if stack.is_empty() => return Ok(()),
                _ => self.pos += 1,
            }
        }
        Err(err("f-string: expecting '}'", self.pos))
    }

    /// Skips a string literal inside a field's expression.
    fn skip_string(&mut self, quote: u8) -> Res<()> {
        let start = self.pos;
        let triple = self.peek(1) == Some(quote) && self.peek(2) == Some(quote);
        let len = if triple { 3 } else { 1 };
        self.pos += len;
        while let Some(b) = self.peek(0) {
            if b == b'\\' {
                return Err(err(
                    "f-string expression part cannot include a backslash",
                    self.pos,
                ));
            }
            if b == quote
                && (!triple || (self.peek(1) == Some(quote) && self.peek(2) == Some(quote)))
            {
                self.pos += len;
                return Ok(());
            }
            self.pos += 1;
        }
        Err(err("f-string: unterminated string", start))
    }
}
