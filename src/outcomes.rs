//! What `gilvm explore` makes of an outcome: the script's own verdicts,
//! in the style of Java's jcstress.
//!
//! A script says which outputs it expects with `# outcome:` lines (not
//! `# expect:`, which the golden tests read as a line of stdout):
//!
//! ```text
//! # outcome: acceptable without a lock: {n} of {n}*
//! # outcome: interesting *
//! ```
//!
//! Each line is a verdict (`acceptable`, `interesting` or `forbidden`) and
//! a pattern matched against the whole of stdout: `*` matches any text
//! (newlines too), `{name}` matches a run of characters other than spaces
//! and newlines, the same text wherever the same name appears, and
//! anything else matches itself. The first line that matches gives the
//! verdict. When a script has such lines, an outcome none of them matches
//! is `unexpected`; `forbidden` and `unexpected` outcomes make `explore`
//! exit with status 1, so it can guard a CI job.

use std::fmt;

/// What the script says of an outcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Verdict {
    Acceptable,
    Interesting,
    Forbidden,
    /// The script has verdicts, and none matched.
    Unexpected,
}

impl Verdict {
    /// Whether `explore` fails when it sees this outcome.
    pub fn fails(self) -> bool {
        matches!(self, Verdict::Forbidden | Verdict::Unexpected)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Acceptable => "acceptable",
            Verdict::Interesting => "interesting",
            Verdict::Forbidden => "forbidden",
            Verdict::Unexpected => "unexpected",
        }
    }
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One `# outcome:` line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rule {
    pub verdict: Verdict,
    pub pattern: String,
}

/// The `# outcome:` lines of a script, or the first malformed one's error.
pub fn rules(source: &str) -> Result<Vec<Rule>, String> {
    let mut out = Vec::new();
    for (i, line) in source.lines().enumerate() {
        let Some(rest) = line.trim_start().strip_prefix("# outcome:") else {
            continue;
        };
        let rest = rest.trim_start();
        let (word, pattern) = rest.split_once(' ').unwrap_or((rest, ""));
        let verdict = match word {
            "acceptable" => Verdict::Acceptable,
            "interesting" => Verdict::Interesting,
            "forbidden" => Verdict::Forbidden,
            _ => {
                return Err(format!(
                    "line {}: `# outcome:` takes acceptable, interesting or forbidden, then a \
                     pattern (got {word:?})",
                    i + 1
                ))
            }
        };
        if pattern.trim().is_empty() {
            return Err(format!(
                "line {}: `# outcome: {word}` needs a pattern",
                i + 1
            ));
        }
        out.push(Rule {
            verdict,
            pattern: pattern.trim_end().to_string(),
        });
    }
    Ok(out)
}

/// The verdict of `rules` on `stdout`; `None` when there are no rules.
pub fn classify(rules: &[Rule], stdout: &str) -> Option<Verdict> {
    if rules.is_empty() {
        return None;
    }
    let text = stdout.strip_suffix('\n').unwrap_or(stdout);
    Some(
        rules
            .iter()
            .find(|r| matches(&r.pattern, text))
            .map_or(Verdict::Unexpected, |r| r.verdict),
    )
}

#[derive(Debug, Clone, PartialEq)]
enum Piece<'a> {
    Text(&'a str),
    Any,
    Named(&'a str),
}

fn pieces(pattern: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut rest = pattern;
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('*') {
            out.push(Piece::Any);
            rest = r;
        } else if let Some(end) = rest.strip_prefix('{').and_then(|r| r.find('}')) {
            out.push(Piece::Named(&rest[1..=end]));
            rest = &rest[end + 2..];
        } else {
            let next = rest[1..].find(['*', '{']).map_or(rest.len(), |k| k + 1);
            out.push(Piece::Text(&rest[..next]));
            rest = &rest[next..];
        }
    }
    out
}

/// Whether `pattern` matches all of `text` (see the module's doc).
pub fn matches(pattern: &str, text: &str) -> bool {
    let ps = pieces(pattern);
    let mut bound: Vec<(&str, &str)> = Vec::new();
    match_from(&ps, text, &mut bound)
}

fn match_from<'p, 't>(
    ps: &[Piece<'p>],
    text: &'t str,
    bound: &mut Vec<(&'p str, &'t str)>,
) -> bool {
    let Some((first, rest)) = ps.split_first() else {
        return text.is_empty();
    };
    match first {
        Piece::Text(t) => text
            .strip_prefix(t)
            .is_some_and(|after| match_from(rest, after, bound)),
        Piece::Any => (0..=text.len())
            .filter(|&k| text.is_char_boundary(k))
            .any(|k| match_from(rest, &text[k..], bound)),
        Piece::Named(name) => {
            if let Some(&(_, value)) = bound.iter().find(|(n, _)| n == name) {
                return text
                    .strip_prefix(value)
                    .is_some_and(|after| match_from(rest, after, bound));
            }
            let run = text.find([' ', '\n']).unwrap_or(text.len());
            for k in (1..=run).rev().filter(|&k| text.is_char_boundary(k)) {
                bound.push((name, &text[..k]));
                if match_from(rest, &text[k..], bound) {
                    return true;
                }
                bound.pop();
            }
            false
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_match_the_same_text_everywhere() {
        let p = "without a lock: {n} of {n}*";
        assert!(matches(
            p,
            "without a lock: 200 of 200\nwith a lock: 200 of 200"
        ));
        assert!(!matches(
            p,
            "without a lock: 150 of 200\nwith a lock: 200 of 200"
        ));
        assert!(matches("{a}+{b}={c}", "1+2=3"));
        assert!(!matches("{a} {a}", "1 12"));
    }

    #[test]
    fn stars_and_text() {
        assert!(matches("*", ""));
        assert!(matches("a*c", "abbbc"));
        assert!(!matches("a*c", "abbbd"));
        assert!(matches("*lost*", "x\nlost 3\n"));
        assert!(matches("exact", "exact"));
        assert!(!matches("exact", "exactly"));
    }

    #[test]
    fn the_first_matching_rule_decides() {
        let src = "# outcome: acceptable ok {n} of {n}\n# outcome: forbidden ok 0 of *\n\
                   # outcome: interesting ok *\n";
        let rs = rules(src).unwrap();
        assert_eq!(classify(&rs, "ok 4 of 4\n"), Some(Verdict::Acceptable));
        assert_eq!(classify(&rs, "ok 0 of 4\n"), Some(Verdict::Forbidden));
        assert_eq!(classify(&rs, "ok 3 of 4\n"), Some(Verdict::Interesting));
        assert_eq!(classify(&rs, "boom\n"), Some(Verdict::Unexpected));
        assert_eq!(classify(&[], "anything"), None);
        assert!(rules("# outcome: fine *\n").is_err());
        assert!(rules("# outcome: acceptable\n").is_err());
    }
}
