//! What kind of characters a str holds (`isdigit`, `isupper`,
//! `isidentifier`...) and its case conversions (`upper`, `title`,
//! `casefold`...), in CPython's terms: its character classes come from
//! CPython's own Unicode database (`unicode_db`), since Rust's differ
//! (`char::is_numeric` counts "½" a digit, `is_whitespace` misses
//! `"\x1c"`), and its title case is not Rust's upper case ("ǆ" -> "ǅ").

use crate::builtin;
use crate::stdlib::methods::rest;
use crate::stdlib::unicode_db as db;
use crate::vm::native::Args;
use crate::vm::objects::exceptions::PyResult;
use crate::vm::value::Value;

/// Whether `c` lies in one of the sorted inclusive `ranges`.
fn in_table(ranges: &[(u32, u32)], c: char) -> bool {
    let c = c as u32;
    ranges
        .binary_search_by(|&(lo, hi)| {
            if hi < c {
                std::cmp::Ordering::Less
            } else if lo > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// The replacement `map` gives `c`, if any.
fn mapped(map: &'static [(u32, &'static str)], c: char) -> Option<&'static str> {
    map.binary_search_by_key(&(c as u32), |&(k, _)| k)
        .ok()
        .map(|i| map[i].1)
}

/// `c.isspace()`: what `split()` and `strip()` split and strip at.
#[inline]
pub fn is_space(c: char) -> bool {
    if c.is_ascii() {
        return matches!(c, ' ' | '\t'..='\r' | '\x1c'..='\x1f');
    }
    in_table(db::SPACE, c)
}

fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_table(db::ALPHA, c)
}

fn is_decimal(c: char) -> bool {
    c.is_ascii_digit() || !c.is_ascii() && in_table(db::DECIMAL, c)
}

/// The value of a decimal digit of any script (`"٣"` is 3), as `int()`
/// and format field numbers read them. Unicode lays each script's digits
/// out as a run of ten from zero, so the offset in the run is the value.
pub fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii() {
        return c.to_digit(10);
    }
    let cp = c as u32;
    let i = db::DECIMAL.partition_point(|&(_, hi)| hi < cp);
    let &(lo, hi) = db::DECIMAL.get(i)?;
    (lo <= cp && cp <= hi).then_some((cp - lo) % 10)
}

fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || !c.is_ascii() && in_table(db::DIGIT, c)
}

fn is_numeric(c: char) -> bool {
    c.is_ascii_digit() || !c.is_ascii() && in_table(db::NUMERIC, c)
}

fn is_title(c: char) -> bool {
    !c.is_ascii() && in_table(db::TITLECASE, c)
}

fn is_cased(c: char) -> bool {
    c.is_uppercase() || c.is_lowercase() || is_title(c)
}

/// A non-empty string whose every character passes `f`.
fn all_of(s: &str, f: fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(f)
}

/// `s.isupper()` (or `islower()` with `upper` false): some cased
/// character, and none of the other case or of title case.
fn all_one_case(s: &str, upper: bool) -> bool {
    type CharTest = fn(char) -> bool;
    let (this, other): (CharTest, CharTest) = if upper {
        (char::is_uppercase, char::is_lowercase)
    } else {
        (char::is_lowercase, char::is_uppercase)
    };
    let mut cased = false;
    for c in s.chars() {
        if other(c) || is_title(c) {
            return false;
        }
        cased |= this(c);
    }
    cased
}

/// `s.istitle()`: upper and title case characters only start words, lower
/// case ones only continue them, and there is at least one cased one.
fn is_titled(s: &str) -> bool {
    let (mut cased, mut previous_cased) = (false, false);
    for c in s.chars() {
        if c.is_uppercase() || is_title(c) {
            if previous_cased {
                return false;
            }
            previous_cased = true;
            cased = true;
        } else if c.is_lowercase() {
            if !previous_cased {
                return false;
            }
            previous_cased = true;
            cased = true;
        } else {
            previous_cased = false;
        }
    }
    cased
}

/// `s.isidentifier()`: a letter or `_`, then letters, digits and `_`, in
/// Unicode's identifier classes (XID), as the tokenizer reads names.
fn is_identifier(s: &str) -> bool {
    let mut cs = s.chars();
    match cs.next() {
        Some(c) if c == '_' || unicode_ident::is_xid_start(c) => {
            cs.all(unicode_ident::is_xid_continue)
        }
        _ => false,
    }
}

/// The title case of `c` into `out`.
fn push_title(out: &mut String, c: char) {
    match mapped(db::TITLE, c) {
        Some(t) => out.push_str(t),
        None => out.extend(c.to_uppercase()),
    }
}

/// `s.title()`: each cased run starts in title case and goes on in lower.
fn title(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut previous_cased = false;
    for c in s.chars() {
        if previous_cased {
            out.extend(c.to_lowercase());
        } else {
            push_title(&mut out, c);
        }
        previous_cased = is_cased(c);
    }
    out
}

/// `s.capitalize()`: the first character in title case, the rest in lower
/// case (with the final-sigma rule, as `lower` applies it).
fn capitalize(s: &str) -> String {
    let mut cs = s.chars();
    let Some(first) = cs.next() else {
        return String::new();
    };
    let mut out = String::with_capacity(s.len());
    push_title(&mut out, first);
    // The first character has nothing before it, so its lower case does
    // not depend on context: cutting it off the lowered whole is exact.
    let lowered = s.to_lowercase();
    let first_lower: String = first.to_lowercase().collect();
    out.push_str(&lowered[first_lower.len()..]);
    out
}

fn swapcase(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_uppercase() {
            out.extend(c.to_lowercase());
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// `s.casefold()`: full case folding, for caseless comparison.
fn casefold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match mapped(db::CASEFOLD, c) {
            Some(f) => out.push_str(f),
            None => out.extend(c.to_lowercase()),
        }
    }
    out
}

fn this_str<'a>(a: &Args<'a>) -> &'a str {
    a.values.first().and_then(Value::as_str).unwrap_or("")
}

fn map_str(a: &Args, name: &str, f: fn(&str) -> String) -> PyResult<Value> {
    rest(a, name, 0, 0)?;
    Ok(Value::str(f(this_str(a))))
}

fn test_str(a: &Args, name: &str, f: fn(&str) -> bool) -> PyResult<Value> {
    rest(a, name, 0, 0)?;
    Ok(Value::bool(f(this_str(a))))
}

builtin!(STR_UPPER, "upper", |_, a| map_str(
    a,
    "upper",
    str::to_uppercase
));
builtin!(STR_LOWER, "lower", |_, a| map_str(
    a,
    "lower",
    str::to_lowercase
));
builtin!(STR_CASEFOLD, "casefold", |_, a| map_str(
    a, "casefold", casefold
));
builtin!(STR_SWAPCASE, "swapcase", |_, a| map_str(
    a, "swapcase", swapcase
));
builtin!(STR_CAPITALIZE, "capitalize", |_, a| map_str(
    a,
    "capitalize",
    capitalize
));
builtin!(STR_TITLE, "title", |_, a| map_str(a, "title", title));
builtin!(STR_ISDIGIT, "isdigit", |_, a| test_str(a, "isdigit", |s| {
    all_of(s, is_digit)
}));
builtin!(STR_ISDECIMAL, "isdecimal", |_, a| test_str(
    a,
    "isdecimal",
    |s| all_of(s, is_decimal)
));
builtin!(STR_ISNUMERIC, "isnumeric", |_, a| test_str(
    a,
    "isnumeric",
    |s| all_of(s, is_numeric)
));
builtin!(STR_ISALPHA, "isalpha", |_, a| test_str(a, "isalpha", |s| {
    all_of(s, is_alpha)
}));
builtin!(STR_ISALNUM, "isalnum", |_, a| test_str(a, "isalnum", |s| {
    all_of(s, |c| is_alpha(c) || is_numeric(c) || is_digit(c))
}));
builtin!(STR_ISSPACE, "isspace", |_, a| test_str(a, "isspace", |s| {
    all_of(s, is_space)
}));
builtin!(STR_ISUPPER, "isupper", |_, a| test_str(a, "isupper", |s| {
    all_one_case(s, true)
}));
builtin!(STR_ISLOWER, "islower", |_, a| test_str(a, "islower", |s| {
    all_one_case(s, false)
}));
builtin!(STR_ISTITLE, "istitle", |_, a| test_str(
    a, "istitle", is_titled
));
builtin!(STR_ISIDENTIFIER, "isidentifier", |_, a| test_str(
    a,
    "isidentifier",
    is_identifier
));
builtin!(STR_ISPRINTABLE, "isprintable", |_, a| test_str(
    a,
    "isprintable",
    |s| s.chars().all(|c| in_table(db::PRINTABLE, c))
));
builtin!(STR_ISASCII, "isascii", |_, a| test_str(a, "isascii", |s| {
    s.is_ascii()
}));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_follow_cpython_not_rust() {
        assert!(!all_of("½", is_digit) && all_of("½", is_numeric));
        assert!(all_of("²", is_digit) && !all_of("²", is_decimal));
        assert!(is_space('\x1c') && !'\x1c'.is_whitespace());
        assert!(all_of("一二", is_numeric));
        assert_eq!(decimal_value('٣'), Some(3));
        assert_eq!(decimal_value('7'), Some(7));
        assert_eq!(decimal_value('x'), None);
    }

    #[test]
    fn title_case_is_not_upper_case() {
        assert_eq!(title("ǆa they're"), "ǅa They'Re");
        assert_eq!(capitalize("ǆA"), "ǅa");
        assert_eq!(title("ß"), "Ss");
        assert_eq!(casefold("Straße"), "strasse");
        assert!(is_titled("ǅa Bc") && !is_titled("ABC"));
    }
}
