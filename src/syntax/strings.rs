//! String literals: escape decoding and adjacent-literal concatenation.
//!
//! The logos callback only found where each literal ends; here the body is
//! decoded the way CPython does it (unknown escapes are kept verbatim, raw
//! strings keep backslashes, CRLF inside a literal reads as LF), and the
//! literals of one atom (`'a' "b" f'{c}'`) are joined into a constant or an
//! f-string. Bytes literals become an `Unsupported` node.

use super::actions::{Ex, Res};
use super::ast::{Constant, ExprKind, FStringPart, Span};
use super::fstring;
use super::token::StrTok;
use crate::diag::Diagnostic;

/// One string token: its start offset, shape and end offset.
pub type StrPart = (usize, StrTok, usize);

/// Builds the expression for adjacent string literals.
pub fn concat(src: &str, parts: Vec<StrPart>) -> Res<Ex> {
    let (Some(first), Some(last)) = (parts.first(), parts.last()) else {
        return Err(Diagnostic::syntax("empty string group", Span::default()));
    };
    let span = Span::new(first.0, last.2);
    let bytes = parts.iter().filter(|p| p.1.bytes).count();
    if bytes > 0 && bytes < parts.len() {
        let at = parts
            .iter()
            .find(|p| p.1.bytes != first.1.bytes)
            .map_or(first.0, |p| p.0);
        return Err(Diagnostic::syntax(
            "cannot mix bytes and nonbytes literals",
            Span::new(at, at),
        ));
    }
    if bytes > 0 {
        return Ok(Ex::leaf(ExprKind::Unsupported("bytes literal"), span));
    }
    let mut out: Vec<FStringPart> = Vec::new();
    let mut depth = 1;
    for (start, tok, end) in parts {
        let body_start = start + tok.prefix_len as usize + tok.quote_len as usize;
        let body_end = end - tok.quote_len as usize;
        if tok.fstring {
            let (pieces, d) = fstring::parse(src, body_start, body_end, tok.raw)?;
            depth = depth.max(d);
            for piece in pieces {
                push_part(&mut out, piece);
            }
        } else {
            let text = decode(&src[body_start..body_end], tok.raw, body_start)?;
            push_part(&mut out, FStringPart::Literal(text));
        }
    }
    let has_values = out.iter().any(|p| matches!(p, FStringPart::Value { .. }));
    if !has_values {
        let text = match out.pop() {
            Some(FStringPart::Literal(s)) => s,
            _ => String::new(),
        };
        return Ok(Ex::leaf(ExprKind::Constant(Constant::Str(text)), span));
    }
    Ex::new(ExprKind::FString(out), span, depth + 1)
}

/// Appends a part, merging adjacent literal text and dropping empty text.
pub fn push_part(out: &mut Vec<FStringPart>, part: FStringPart) {
    match (out.last_mut(), part) {
        (_, FStringPart::Literal(s)) if s.is_empty() => {
            if out.is_empty() {
                out.push(FStringPart::Literal(s));
            }
        }
        (Some(FStringPart::Literal(prev)), FStringPart::Literal(s)) => prev.push_str(&s),
        (_, part) => out.push(part),
    }
}

/// Decodes the body of a literal. `offset` is where `body` starts in the
/// file, so that errors point at the bad escape.
pub fn decode(body: &str, raw: bool, offset: usize) -> Res<String> {
    let mut out = String::with_capacity(body.len());
    let mut chars = body.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c == '\r' && matches!(chars.peek(), Some((_, '\n'))) {
            continue;
        }
        if c != '\\' {
            out.push(c);
            continue;
        }
        let Some((_, e)) = chars.next() else {
            out.push('\\');
            break;
        };
        if raw {
            out.push('\\');
            if e == '\r' && matches!(chars.peek(), Some((_, '\n'))) {
                continue;
            }
            out.push(e);
            continue;
        }
        match e {
            '\n' => {}
            '\r' => {
                if matches!(chars.peek(), Some((_, '\n'))) {
                    chars.next();
                }
            }
            '\\' | '\'' | '"' => out.push(e),
            'n' => out.push('\n'),
            't' => out.push('\t'),
            'r' => out.push('\r'),
            'a' => out.push('\x07'),
            'b' => out.push('\x08'),
            'f' => out.push('\x0c'),
            'v' => out.push('\x0b'),
            '0'..='7' => {
                let mut value = e.to_digit(8).unwrap_or(0);
                for _ in 0..2 {
                    match chars.peek().and_then(|(_, d)| d.to_digit(8)) {
                        Some(d) => {
                            value = value * 8 + d;
                            chars.next();
                        }
                        None => break,
                    }
                }
                out.push(char::from_u32(value).unwrap_or('\u{fffd}'));
            }
            'x' | 'u' | 'U' => {
                let (len, name) = match e {
                    'x' => (2, "\\xXX"),
                    'u' => (4, "\\uXXXX"),
                    _ => (8, "\\UXXXXXXXX"),
                };
                let digits: String = body[i + 2..]
                    .chars()
                    .take(len)
                    .take_while(char::is_ascii_hexdigit)
                    .collect();
                let span = Span::new(offset + i, offset + i + 2 + digits.len());
                if digits.len() < len {
                    return Err(unicode_error(
                        i,
                        i + 1 + digits.len(),
                        &format!("truncated {name} escape"),
                        span,
                    ));
                }
                for _ in 0..len {
                    chars.next();
                }
                let value = u32::from_str_radix(&digits, 16).unwrap_or(u32::MAX);
                match char::from_u32(value) {
                    Some(ch) => out.push(ch),
                    None if (0xd800..0xe000).contains(&value) => {
                        return Err(Diagnostic::syntax(
                            "lone surrogate code points are not supported by gilvm strings",
                            span,
                        ))
                    }
                    None => {
                        return Err(unicode_error(
                            i,
                            i + 1 + len,
                            "illegal Unicode character",
                            span,
                        ))
                    }
                }
            }
            'N' => {
                let span = Span::new(offset + i, offset + i + 2);
                return Err(Diagnostic::syntax(
                    "\\N{...} escapes are not supported by gilvm yet",
                    span,
                ));
            }
            other => {
                // CPython keeps unknown escapes as written (with a warning).
                out.push('\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}

fn unicode_error(from: usize, to: usize, what: &str, span: Span) -> Diagnostic {
    Diagnostic::syntax(
        format!("(unicode error) 'unicodeescape' codec can't decode bytes in position {from}-{to}: {what}"),
        span,
    )
}

#[cfg(test)]
mod tests {
    use super::decode;

    #[test]
    fn escapes() {
        let d = |s: &str| decode(s, false, 0).unwrap();
        assert_eq!(d(r"a\nb\t\\\'\x41\u00e9\U0001F600"), "a\nb\t\\'Aé😀");
        assert_eq!(d(r"\0\101\7"), "\0A\x07");
        assert_eq!(d(r"\a\b\f\v\r"), "\x07\x08\x0c\x0b\r");
        assert_eq!(d(r"\d\q"), r"\d\q");
        assert_eq!(d("a\\\nb"), "ab");
        assert_eq!(d("a\r\nb"), "a\nb");
        assert_eq!(decode(r"a\nb\'", true, 0).unwrap(), r"a\nb\'");
    }

    #[test]
    fn bad_escapes() {
        let e = decode(r"\x4", false, 10).unwrap_err();
        assert_eq!(
            e.message,
            r"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \xXX escape"
        );
        assert_eq!((e.span.start, e.span.end), (10, 13));
        assert!(decode(r"\U00110000", false, 0).is_err());
        assert!(decode(r"\ud800", false, 0).is_err());
        assert!(decode(r"\N{DASH}", false, 0).is_err());
    }
}
