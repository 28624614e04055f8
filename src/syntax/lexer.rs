//! The layout pass: logos tokens in, the token stream the grammar expects out.
//!
//! Like CPython's tokenizer it drops spaces and comments, emits `Newline` at
//! the end of every logical line (never inside brackets, never for blank or
//! comment-only lines), `Indent`/`Dedent` from a stack of indentation
//! columns, and a final `Newline` plus the pending `Dedent`s at end of file.
//! It also tracks brackets (for implicit line joining and for CPython's
//! bracket errors), checks that numbers are not glued to names (`1abc`), and
//! reports a block header followed by no indented block. Every lexical error
//! becomes a located `Diagnostic`.

use std::collections::VecDeque;

use logos::Logos;

use super::ast::Span;
use super::token::{LexError, Token};
use crate::diag::Diagnostic;

/// The most indentation levels CPython's tokenizer accepts (MAXINDENT).
pub const MAX_INDENT: usize = 100;
/// The most nested open brackets CPython's tokenizer accepts (MAXLEVEL).
pub const MAX_BRACKETS: usize = 200;

/// A token with its absolute byte range, as lalrpop wants it.
pub type Spanned<'s> = (usize, Token<'s>, usize);

pub struct Layout<'s> {
    /// The whole file, for line numbers in messages.
    src: &'s str,
    /// Offset of the lexed text inside `src` (non-zero for f-string fields).
    base: usize,
    inner: logos::Lexer<'s, Token<'s>>,
    pending: VecDeque<Spanned<'s>>,
    /// Indentation of each open block: (column with tab size 8, with tab size 1).
    indents: Vec<(usize, usize)>,
    /// Open brackets: the character and its absolute offset.
    brackets: Vec<(char, usize)>,
    at_line_start: bool,
    /// Tokens seen on the current logical line.
    line_tokens: usize,
    /// Top-level colons on the current logical line, not counting those
    /// that end a lambda's parameters.
    line_colons: usize,
    /// Top-level `lambda`s on the current line still waiting for their `:`.
    line_lambdas: usize,
    /// The block header the current line starts with (`'if' statement`...).
    line_header: Option<&'static str>,
    line_start: usize,
    last: Option<Token<'s>>,
    /// A block header line just ended: (description, its offset, end of line).
    open_header: Option<(&'static str, usize, usize)>,
    /// The last token was a number ending here: (start, end, its text).
    last_number: Option<(usize, usize)>,
    /// Lexing an f-string field: no layout, the text acts as if bracketed.
    fexpr: bool,
    done: bool,
}

impl<'s> Layout<'s> {
    /// Lexes a whole module.
    pub fn new(src: &'s str) -> Layout<'s> {
        Layout::with_range(src, 0, src.len(), false)
    }

    /// Lexes `src[start..end]` as the expression of an f-string field: it
    /// starts with `FExprStart` and has no layout tokens; spans stay absolute.
    pub fn fexpr(src: &'s str, start: usize, end: usize) -> Layout<'s> {
        let mut lay = Layout::with_range(src, start, end, true);
        lay.pending.push_back((start, Token::FExprStart, start));
        lay
    }

    fn with_range(src: &'s str, start: usize, end: usize, fexpr: bool) -> Layout<'s> {
        Layout {
            src,
            base: start,
            inner: Token::lexer(&src[start..end]),
            pending: VecDeque::new(),
            indents: vec![(0, 0)],
            brackets: Vec::new(),
            at_line_start: !fexpr,
            line_tokens: 0,
            line_colons: 0,
            line_lambdas: 0,
            line_header: None,
            line_start: start,
            last: None,
            open_header: None,
            last_number: None,
            fexpr,
            done: false,
        }
    }

    fn pos(&self) -> usize {
        self.base + self.inner.span().end
    }

    /// Reads the indentation of the line starting at the current position;
    /// for a line with code on it, compares it with the stack and queues
    /// `Indent`/`Dedent` tokens. Blank and comment-only lines are left alone.
    fn line_start(&mut self) -> Result<(), Diagnostic> {
        self.at_line_start = false;
        let start = self.pos();
        self.line_start = start;
        let (mut col, mut alt) = (0, 0);
        let mut first = start;
        for b in self.src[start..self.base + self.inner.source().len()].bytes() {
            match b {
                b' ' => (col, alt) = (col + 1, alt + 1),
                b'\t' => (col, alt) = ((col / 8 + 1) * 8, alt + 1),
                b'\x0c' => (col, alt) = (0, 0),
                _ => break,
            }
            first += 1;
        }
        match self.src.as_bytes().get(first) {
            None | Some(b'#' | b'\n' | b'\r') => return Ok(()),
            _ => {}
        }
        let indent_span = Span::new(start, first);
        let tok_span = Span::new(first, first + 1);
        let (top, top_alt) = self.indents.last().copied().unwrap_or((0, 0));
        let tab_error = || {
            Diagnostic::tab(
                "inconsistent use of tabs and spaces in indentation",
                indent_span,
            )
        };
        if col > top {
            self.open_header = None;
            if self.indents.len() > MAX_INDENT {
                return Err(Diagnostic::indentation(
                    "too many levels of indentation",
                    tok_span,
                ));
            }
            if alt <= top_alt {
                return Err(tab_error());
            }
            self.indents.push((col, alt));
            self.pending.push_back((start, Token::Indent, first));
            return Ok(());
        }
        self.check_open_header(tok_span)?;
        if col == top {
            return if alt == top_alt {
                Ok(())
            } else {
                Err(tab_error())
            };
        }
        while self.indents.len() > 1 && col < self.indents.last().map_or(0, |i| i.0) {
            self.indents.pop();
            self.pending.push_back((first, Token::Dedent, first));
        }
        let (top, top_alt) = self.indents.last().copied().unwrap_or((0, 0));
        if col != top {
            return Err(Diagnostic::indentation(
                "unindent does not match any outer indentation level",
                tok_span,
            ));
        }
        if alt != top_alt {
            return Err(tab_error());
        }
        Ok(())
    }

    /// CPython's "expected an indented block after 'if' statement on line
    /// N": a header line ended with `:` and the next line is not indented.
    fn check_open_header(&mut self, at: Span) -> Result<(), Diagnostic> {
        match self.open_header.take() {
            Some((what, header_at, _)) => {
                let line = line_of(self.src, header_at);
                Err(Diagnostic::indentation(
                    format!("expected an indented block after {what} on line {line}"),
                    at,
                ))
            }
            None => Ok(()),
        }
    }

    /// End of a logical line: queues `Newline` and remembers block headers.
    fn end_line(&mut self, start: usize, end: usize) {
        if self.line_tokens == 0 {
            return;
        }
        if let (Some(what), Some(Token::Colon), 1) =
            (self.line_header, &self.last, self.line_colons)
        {
            self.open_header = Some((what, self.line_start, start));
        }
        self.pending.push_back((start, Token::Newline, end));
        self.line_tokens = 0;
        self.line_colons = 0;
        self.line_lambdas = 0;
        self.line_header = None;
    }

    fn end_of_input(&mut self) -> Result<(), Diagnostic> {
        self.done = true;
        let end = self.pos();
        if let Some(&(c, at)) = self.brackets.last() {
            return Err(Diagnostic::syntax(
                format!("'{c}' was never closed"),
                Span::new(at, at + 1),
            ));
        }
        if self.fexpr {
            return Ok(());
        }
        if self.last == Some(Token::Continuation) {
            return Err(Diagnostic::syntax(
                "unexpected EOF while parsing",
                Span::new(end, end),
            ));
        }
        self.end_line(end, end);
        if let Some((_, _, line_end)) = self.open_header {
            self.check_open_header(Span::new(line_end, line_end))?;
        }
        for _ in 1..self.indents.len() {
            self.pending.push_back((end, Token::Dedent, end));
        }
        self.indents.truncate(1);
        Ok(())
    }

    /// Bracket nesting, for implicit line joining and CPython's messages.
    fn track_bracket(&mut self, tok: &Token<'s>, start: usize) -> Result<(), Diagnostic> {
        let close = match tok {
            Token::Lpar | Token::Lsqb | Token::Lbrace => {
                let c = match tok {
                    Token::Lpar => '(',
                    Token::Lsqb => '[',
                    _ => '{',
                };
                if self.brackets.len() >= MAX_BRACKETS {
                    return Err(Diagnostic::syntax(
                        "too many nested parentheses",
                        Span::new(start, start + 1),
                    ));
                }
                self.brackets.push((c, start));
                return Ok(());
            }
            Token::Rpar => ')',
            Token::Rsqb => ']',
            Token::Rbrace => '}',
            _ => return Ok(()),
        };
        let span = Span::new(start, start + 1);
        let Some((open, at)) = self.brackets.pop() else {
            return Err(Diagnostic::syntax(format!("unmatched '{close}'"), span));
        };
        let expected = match open {
            '(' => ')',
            '[' => ']',
            _ => '}',
        };
        if close != expected {
            let (l1, l2) = (line_of(self.src, at), line_of(self.src, start));
            let on = if l1 == l2 {
                String::new()
            } else {
                format!(" on line {l1}")
            };
            return Err(Diagnostic::syntax(
                format!(
                    "closing parenthesis '{close}' does not match opening parenthesis '{open}'{on}"
                ),
                span,
            ));
        }
        Ok(())
    }

    /// CPython rejects a number glued to a name or another number (`1abc`,
    /// `0x`, `0b12`), except before keywords such as `1if`.
    fn check_glued_number(
        &mut self,
        tok: &Token<'s>,
        start: usize,
        end: usize,
    ) -> Result<(), Diagnostic> {
        let Some((nstart, nend)) = self.last_number.take() else {
            return Ok(());
        };
        if nend != start || !matches!(tok, Token::Name(_) | Token::Int(_) | Token::Float(_)) {
            return Ok(());
        }
        let number = &self.src[nstart..nend];
        let next = self.src[start..end].chars().next().unwrap_or(' ');
        let lower = number.to_ascii_lowercase();
        let message = if number == "0" && "xX".contains(next) || lower.starts_with("0x") {
            "invalid hexadecimal literal".to_string()
        } else if number == "0" && "oObB".contains(next) {
            let kind = if "oO".contains(next) {
                "octal"
            } else {
                "binary"
            };
            match self.src[start..end].chars().nth(1) {
                Some(d) if d.is_ascii_digit() => format!("invalid digit '{d}' in {kind} literal"),
                _ => format!("invalid {kind} literal"),
            }
        } else if lower.starts_with("0o") || lower.starts_with("0b") {
            let kind = if lower.starts_with("0o") {
                "octal"
            } else {
                "binary"
            };
            if next.is_ascii_digit() {
                format!("invalid digit '{next}' in {kind} literal")
            } else {
                format!("invalid {kind} literal")
            }
        } else {
            "invalid decimal literal".to_string()
        };
        Err(Diagnostic::syntax(message, Span::new(nstart, end)))
    }

    fn lex_error(&self, err: LexError, start: usize, end: usize) -> Diagnostic {
        let span = Span::new(start, end);
        match err {
            LexError::InvalidChar('\0') => {
                Diagnostic::syntax("source code cannot contain null bytes", span)
            }
            LexError::InvalidChar(c) => {
                // The logos slice may hold a whole name; point at the bad character.
                let at = self.src[start..end].find(c).map_or(start, |i| start + i);
                Diagnostic::syntax(
                    format!("invalid character '{c}' (U+{:04X})", c as u32),
                    Span::new(at, at + c.len_utf8()),
                )
            }
            LexError::BadContinuation => Diagnostic::syntax(
                "unexpected character after line continuation character",
                Span::new(start, start + 1),
            ),
            LexError::UnterminatedString => Diagnostic::syntax(
                format!(
                    "unterminated string literal (detected at line {})",
                    line_of(self.src, start)
                ),
                span,
            ),
            LexError::UnterminatedTriple => Diagnostic::syntax(
                format!(
                    "unterminated triple-quoted string literal (detected at line {})",
                    line_of(self.src, end - usize::from(self.src[..end].ends_with('\n')))
                ),
                Span::new(start, (start + 4).min(end)),
            ),
            LexError::EofAfterContinuation => {
                Diagnostic::syntax("unexpected EOF while parsing", Span::new(end, end))
            }
            LexError::BadNumber(message) => Diagnostic::syntax(message, span),
            LexError::IntTooManyDigits(n) => Diagnostic::syntax(
                format!(
                    "Exceeds the limit (4300 digits) for integer string conversion: value has \
                     {n} digits; use sys.set_int_max_str_digits() to increase the limit - \
                     Consider hexadecimal for huge integer literals to avoid decimal conversion \
                     limits."
                ),
                span,
            ),
            LexError::Other => Diagnostic::syntax("invalid syntax", span),
        }
    }

    fn advance(&mut self) -> Result<(), Diagnostic> {
        if self.at_line_start {
            return self.line_start();
        }
        let Some(next) = self.inner.next() else {
            return self.end_of_input();
        };
        let range = self.inner.span();
        let (start, end) = (self.base + range.start, self.base + range.end);
        let tok = next.map_err(|e| self.lex_error(e, start, end))?;
        match tok {
            Token::Space | Token::Comment => return Ok(()),
            Token::Continuation => {
                self.last = Some(tok);
                return Ok(());
            }
            Token::LineBreak => {
                if self.brackets.is_empty() && !self.fexpr {
                    self.end_line(start, end);
                    self.at_line_start = true;
                }
                return Ok(());
            }
            _ => {}
        }
        self.check_glued_number(&tok, start, end)?;
        self.track_bracket(&tok, start)?;
        if let Some(what) = self.unsupported(&tok) {
            return Err(Diagnostic::syntax(
                format!("{what} not supported by gilvm yet"),
                Span::new(start, end),
            ));
        }
        if matches!(tok, Token::Int(_) | Token::Float(_)) {
            self.last_number = Some((start, end));
        }
        if self.line_tokens == 0 {
            self.line_header = header_name(&tok);
        }
        if self.brackets.is_empty() && !self.fexpr {
            match tok {
                Token::Lambda => self.line_lambdas += 1,
                Token::Colon if self.line_lambdas > 0 => self.line_lambdas -= 1,
                Token::Colon => self.line_colons += 1,
                _ => {}
            }
        }
        self.line_tokens += 1;
        self.last = Some(tok.clone());
        self.pending.push_back((start, tok, end));
        Ok(())
    }
}

impl<'s> Layout<'s> {
    /// Python syntax outside gilvm's subset that one token identifies on its
    /// own: imaginary numbers. Rejecting it here
    /// keeps the grammar (and its tables) small and points the error at the
    /// token itself.
    /// (`lambda`, `class` and decorators are parsed; the compiler decides
    /// what it supports.)
    fn unsupported(&self, tok: &Token<'s>) -> Option<&'static str> {
        Some(match tok {
            Token::Imaginary => "complex numbers are",
            _ => return None,
        })
    }
}

impl<'s> Iterator for Layout<'s> {
    type Item = Result<Spanned<'s>, Diagnostic>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(tok) = self.pending.pop_front() {
                return Some(Ok(tok));
            }
            if self.done {
                return None;
            }
            if let Err(e) = self.advance() {
                self.done = true;
                self.pending.clear();
                return Some(Err(e));
            }
        }
    }
}

/// How CPython names the block a header keyword opens.
fn header_name(tok: &Token<'_>) -> Option<&'static str> {
    Some(match tok {
        Token::If => "'if' statement",
        Token::Elif => "'elif' statement",
        Token::Else => "'else' statement",
        Token::While => "'while' statement",
        Token::For => "'for' statement",
        Token::Try => "'try' statement",
        Token::Except => "'except' statement",
        Token::Finally => "'finally' statement",
        Token::With => "'with' statement",
        Token::Def => "function definition",
        Token::Class => "class definition",
        _ => return None,
    })
}

/// Open brackets (character, offset) and the last token with its offset.
pub type ErrorContext<'s> = (Vec<(char, usize)>, Option<(usize, Token<'s>)>);

/// The brackets still open, and the last token, just before offset `pos`
/// of a module's source. Used only to word a parse error the way CPython
/// does ("'(' was never closed", "Perhaps you forgot a comma?"), so it
/// simply lexes the text again.
pub fn context_at(src: &str, pos: usize) -> ErrorContext<'_> {
    let mut brackets = Vec::new();
    let mut last = None;
    let mut lex = Token::lexer(src);
    while let Some(Ok(tok)) = lex.next() {
        let start = lex.span().start;
        if start >= pos {
            break;
        }
        match tok {
            Token::Lpar => brackets.push(('(', start)),
            Token::Lsqb => brackets.push(('[', start)),
            Token::Lbrace => brackets.push(('{', start)),
            Token::Rpar | Token::Rsqb | Token::Rbrace => {
                brackets.pop();
            }
            Token::Space | Token::Comment | Token::LineBreak | Token::Continuation => continue,
            _ => {}
        }
        last = Some((start, tok));
    }
    (brackets, last)
}

/// 1-based line number of a byte offset (only used to word error messages).
pub fn line_of(src: &str, offset: usize) -> usize {
    let offset = offset.min(src.len());
    src.as_bytes()[..offset]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

#[cfg(test)]
#[path = "lexer_tests.rs"]
mod tests;
