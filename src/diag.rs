//! Source positions and located diagnostics.
//!
//! Every front-end error (lexer, layout, parser, compiler) becomes one
//! `Diagnostic`: a Python error class name, a message and a byte span. It is
//! rendered as `file:line:col: Kind: message` followed by the source line and
//! a marker, so a user can find the spot without counting.

use crate::span::Span;

/// A script's text with the offsets where its lines start, to turn byte
/// offsets into 1-based line and column numbers.
#[derive(Debug)]
pub struct SourceFile {
    pub name: String,
    pub text: String,
    line_starts: Vec<usize>,
}

impl SourceFile {
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> SourceFile {
        let text = text.into();
        let mut line_starts = vec![0];
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i + 1);
            }
        }
        SourceFile {
            name: name.into(),
            text,
            line_starts,
        }
    }

    /// 1-based line number of a byte offset.
    pub fn line_of(&self, offset: usize) -> usize {
        match self.line_starts.binary_search(&offset) {
            Ok(i) => i + 1,
            Err(i) => i,
        }
    }

    /// 1-based (line, column) of a byte offset; the column counts characters.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = self.line_of(offset);
        let start = self.line_starts[line - 1];
        let col = self.text[start..floor_char_boundary(&self.text, offset)]
            .chars()
            .count()
            + 1;
        (line, col)
    }

    /// The text of 1-based line `line`, without its line break.
    pub fn line_text(&self, line: usize) -> &str {
        if line == 0 || line > self.line_starts.len() {
            return "";
        }
        let start = self.line_starts[line - 1];
        let end = self
            .line_starts
            .get(line)
            .copied()
            .unwrap_or(self.text.len());
        self.text[start..end].trim_end_matches(['\n', '\r'])
    }
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// A located front-end error.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    /// The Python exception class this error corresponds to:
    /// `SyntaxError`, `IndentationError` or `TabError`.
    pub kind: &'static str,
    pub message: String,
    pub span: Span,
}

impl Diagnostic {
    pub fn syntax(message: impl Into<String>, span: Span) -> Diagnostic {
        Diagnostic {
            kind: "SyntaxError",
            message: message.into(),
            span,
        }
    }

    pub fn indentation(message: impl Into<String>, span: Span) -> Diagnostic {
        Diagnostic {
            kind: "IndentationError",
            message: message.into(),
            span,
        }
    }

    pub fn tab(message: impl Into<String>, span: Span) -> Diagnostic {
        Diagnostic {
            kind: "TabError",
            message: message.into(),
            span,
        }
    }

    /// `file:line:col: Kind: message`, then the source snippet with a marker
    /// under the span (ariadne, without colour so output is stable, and
    /// without its header line, which would say the message again).
    pub fn render(&self, source: &SourceFile) -> String {
        use ariadne::{Config, Label, Report, ReportKind, Source};
        let (line, col) = source.line_col(self.span.start as usize);
        let mut out = format!(
            "{}:{}:{}: {}: {}\n",
            source.name, line, col, self.kind, self.message
        );
        // ariadne counts characters, not bytes.
        let start = char_index(&source.text, self.span.start as usize);
        let mut end = char_index(&source.text, self.span.end as usize).max(start);
        if end == start {
            end = start + 1;
        }
        let name = source.name.as_str();
        let mut buf = Vec::new();
        let written = Report::build(ReportKind::Error, (name, start..end))
            .with_config(Config::default().with_color(false))
            .with_message(format!("{}: {}", self.kind, self.message))
            .with_label(Label::new((name, start..end)).with_message(self.label()))
            .finish()
            .write((name, Source::from(source.text.as_str())), &mut buf);
        if written.is_ok() {
            // ariadne opens with its own `Error: Kind: message` line: the
            // first line above says it already (issue 30: said once).
            let text = String::from_utf8_lossy(&buf);
            let snippet = text.split_once('\n').map_or("", |(_, rest)| rest);
            out.push_str(snippet);
        }
        out
    }

    fn label(&self) -> &str {
        match self.kind {
            "IndentationError" | "TabError" => "indentation here",
            _ => "here",
        }
    }
}

fn char_index(text: &str, byte: usize) -> usize {
    let byte = floor_char_boundary(text, byte.min(text.len()));
    text[..byte].chars().count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_are_one_based_and_count_chars() {
        let src = SourceFile::new("t.py", "ab\néx = 1\n");
        assert_eq!(src.line_col(0), (1, 1));
        assert_eq!(src.line_col(3), (2, 1));
        // 'é' is two bytes; the 'x' after it is column 2.
        assert_eq!(src.line_col(5), (2, 2));
        assert_eq!(src.line_text(2), "éx = 1");
    }
}
