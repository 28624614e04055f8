//! Methods of `str`: searching, splitting, stripping, padding, casing.
//! The character classes (`isdigit`...) are in `str_classes`, and
//! `str.format` in `str_format`.

use crate::builtin;
use crate::stdlib::builtins::{clamp_index, int_arg};
use crate::stdlib::methods::rest;
use crate::stdlib::str_classes::*;
use crate::stdlib::str_format::{STR_FORMAT, STR_FORMAT_MAP};
use crate::vm::native::{Args, BuiltinFunction};
use crate::vm::objects::exceptions::{memory_error, type_error, value_error, PyResult};
use crate::vm::objects::types::type_name;
use crate::vm::ops::truthy;
use crate::vm::value::Value;

pub(crate) fn str_method(name: &str) -> Option<&'static BuiltinFunction> {
    Some(match name {
        "join" => &STR_JOIN,
        "split" => &STR_SPLIT,
        "rsplit" => &STR_RSPLIT,
        "strip" => &STR_STRIP,
        "lstrip" => &STR_LSTRIP,
        "rstrip" => &STR_RSTRIP,
        "replace" => &STR_REPLACE,
        "find" => &STR_FIND,
        "rfind" => &STR_RFIND,
        "index" => &STR_INDEX,
        "count" => &STR_COUNT,
        "startswith" => &STR_STARTSWITH,
        "endswith" => &STR_ENDSWITH,
        "upper" => &STR_UPPER,
        "lower" => &STR_LOWER,
        "isdigit" => &STR_ISDIGIT,
        "isalpha" => &STR_ISALPHA,
        "isspace" => &STR_ISSPACE,
        "isalnum" => &STR_ISALNUM,
        "isupper" => &STR_ISUPPER,
        "islower" => &STR_ISLOWER,
        "capitalize" => &STR_CAPITALIZE,
        "title" => &STR_TITLE,
        "zfill" => &STR_ZFILL,
        "ljust" => &STR_LJUST,
        "rjust" => &STR_RJUST,
        "center" => &STR_CENTER,
        "splitlines" => &STR_SPLITLINES,
        "partition" => &STR_PARTITION,
        "rpartition" => &STR_RPARTITION,
        "swapcase" => &STR_SWAPCASE,
        "casefold" => &STR_CASEFOLD,
        "isdecimal" => &STR_ISDECIMAL,
        "isnumeric" => &STR_ISNUMERIC,
        "istitle" => &STR_ISTITLE,
        "isidentifier" => &STR_ISIDENTIFIER,
        "isprintable" => &STR_ISPRINTABLE,
        "isascii" => &STR_ISASCII,
        "rindex" => &STR_RINDEX,
        "expandtabs" => &STR_EXPANDTABS,
        "removeprefix" => &STR_REMOVEPREFIX,
        "removesuffix" => &STR_REMOVESUFFIX,
        "translate" => &STR_TRANSLATE,
        "maketrans" => &STR_MAKETRANS_BOUND,
        "format" => &STR_FORMAT,
        "format_map" => &STR_FORMAT_MAP,
        _ => return None,
    })
}

/// The attributes of the type `str` itself: its methods, and the static
/// `str.maketrans` (which on an instance ignores the instance).
pub(crate) fn str_type_method(name: &str) -> Option<&'static BuiltinFunction> {
    match name {
        "maketrans" => Some(&STR_MAKETRANS),
        _ => str_method(name),
    }
}

fn this_str<'a>(a: &Args<'a>) -> &'a str {
    a.values.first().and_then(Value::as_str).unwrap_or("")
}

/// A `str` argument; `what` is CPython's complaint prefix for anything else
/// (`"must be"`, `"strip arg must be None or str"`,
/// `"replace() argument 1 must be"`).
fn str_arg<'a>(v: &'a Value, what: &str) -> PyResult<&'a str> {
    match v {
        _ if v.is_str() => Ok(v.as_str().unwrap_or_default()),
        _ if !what.ends_with("must be") => Err(type_error(what.to_string())),
        // Argument Clinic's messages (`argument 1 must be`) call None "None".
        Value::None if what.contains("argument") => {
            Err(type_error(format!("{what} str, not None")))
        }
        other => Err(type_error(format!("{what} str, not {}", type_name(other)))),
    }
}

builtin!(STR_JOIN, "join", |vm, a| {
    let sep = this_str(a);
    let r = rest(a, "join", 1, 1)?;
    match &r[0] {
        // No user code runs while the pieces are copied, so a list's items
        // are read under its lock instead of cloned out of it.
        Value::List(l) => join_strs(sep, &l.items.lock()),
        Value::Tuple(t) => join_strs(sep, &t.items),
        other => join_strs(sep, &vm.collect_items(other)?),
    }
});

/// **`sep.join(items)` in one allocation.** The length of the result is
/// summed first, so the text is copied once into a buffer of the exact
/// size: no doubling reallocations (strings.py joins a million pieces into
/// 6.9 MB), no spare capacity kept, and no reference counts on the items.
fn join_strs(sep: &str, items: &[Value]) -> PyResult<Value> {
    let mut total = sep.len() * items.len().saturating_sub(1);
    for (i, item) in items.iter().enumerate() {
        match item.str_bytes() {
            Some(s) => total += s.len(),
            None => {
                return Err(type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    type_name(item)
                )));
            }
        }
    }
    // Bytes into a buffer of the exact size (plus 8 spare), checked as
    // UTF-8 once at the end (every piece is a whole string, so the check
    // cannot fail; it costs far less than checking each short piece on its
    // own). An inline piece is copied as its whole 8-byte word, one store,
    // and the next piece overwrites the padding: through `memcpy` each
    // short piece and separator cost a call (strings.py, callgrind).
    let room = total
        .checked_add(8)
        .ok_or_else(crate::vm::memory::refused)?;
    let mut out = crate::vm::memory::vec_with_capacity::<u8>(room)?;
    out.resize(room, 0);
    let sep = sep.as_bytes();
    let mut pos = 0;
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            match sep {
                [b] => out[pos] = *b,
                _ => out[pos..pos + sep.len()].copy_from_slice(sep),
            }
            pos += sep.len();
        }
        match item {
            Value::ShortStr(s) => {
                out[pos..pos + 8].copy_from_slice(&s.word_bytes());
                pos += s.len();
            }
            _ => {
                let b = item.str_bytes().unwrap_or_default();
                out[pos..pos + b.len()].copy_from_slice(b);
                pos += b.len();
            }
        }
    }
    out.truncate(total);
    let text = String::from_utf8(out)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
    Ok(Value::str(text))
}

fn split_args(a: &Args, name: &str) -> PyResult<(Option<String>, i64)> {
    let mut sep = None;
    let mut maxsplit = -1;
    let pos = a.positional();
    if pos.len() > 3 {
        return Err(type_error(format!(
            "{name}() takes at most 2 arguments ({} given)",
            pos.len() - 1
        )));
    }
    if let Some(v) = pos.get(1) {
        sep = opt_sep(v)?;
    }
    if let Some(v) = pos.get(2) {
        maxsplit = int_arg(v)?;
    }
    for (k, v) in a.keywords() {
        match k {
            "sep" => sep = opt_sep(v)?,
            "maxsplit" => maxsplit = int_arg(v)?,
            other => {
                return Err(type_error(format!(
                    "{name}() got an unexpected keyword argument '{other}'"
                )))
            }
        }
    }
    if sep.as_deref() == Some("") {
        return Err(value_error("empty separator"));
    }
    Ok((sep, maxsplit))
}

fn opt_sep(v: &Value) -> PyResult<Option<String>> {
    match v {
        Value::None => Ok(None),
        _ if v.is_str() => Ok(v.as_str().map(str::to_string)),
        other => Err(type_error(format!(
            "must be str or None, not {}",
            type_name(other)
        ))),
    }
}

fn strs(parts: Vec<&str>) -> Value {
    Value::list(parts.into_iter().map(Value::str).collect())
}

builtin!(STR_SPLIT, "split", |_, a| {
    let s = this_str(a);
    let (sep, maxsplit) = split_args(a, "split")?;
    let limit = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    Ok(match sep {
        Some(sep) => {
            if limit == usize::MAX {
                strs(s.split(sep.as_str()).collect())
            } else {
                strs(s.splitn(limit + 1, sep.as_str()).collect())
            }
        }
        None => {
            let mut parts = Vec::new();
            let mut rest = s.trim_start_matches(is_space);
            while !rest.is_empty() {
                if parts.len() == limit {
                    parts.push(rest);
                    break;
                }
                let end = rest.find(is_space).unwrap_or(rest.len());
                parts.push(&rest[..end]);
                rest = rest[end..].trim_start_matches(is_space);
            }
            strs(parts)
        }
    })
});

builtin!(STR_RSPLIT, "rsplit", |_, a| {
    let s = this_str(a);
    let (sep, maxsplit) = split_args(a, "rsplit")?;
    let limit = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let mut parts: Vec<&str> = match sep {
        Some(sep) => {
            if limit == usize::MAX {
                s.rsplit(sep.as_str()).collect()
            } else {
                s.rsplitn(limit + 1, sep.as_str()).collect()
            }
        }
        None => {
            let mut parts = Vec::new();
            let mut rest = s.trim_end_matches(is_space);
            while !rest.is_empty() {
                if parts.len() == limit {
                    parts.push(rest);
                    break;
                }
                let start = rest.rfind(is_space).map_or(0, |i| {
                    i + rest[i..].chars().next().map_or(1, char::len_utf8)
                });
                parts.push(&rest[start..]);
                rest = rest[..start].trim_end_matches(is_space);
            }
            parts
        }
    };
    parts.reverse();
    Ok(strs(parts))
});

fn strip_chars(a: &Args, name: &str) -> PyResult<Option<Vec<char>>> {
    let r = rest(a, name, 0, 1)?;
    match r.first() {
        None | Some(Value::None) => Ok(None),
        Some(v) => Ok(Some(
            str_arg(v, &format!("{name} arg must be None or str"))?
                .chars()
                .collect(),
        )),
    }
}

builtin!(STR_STRIP, "strip", |_, a| {
    let s = this_str(a);
    Ok(Value::str(match strip_chars(a, "strip")? {
        None => s.trim_matches(is_space),
        Some(cs) => s.trim_matches(|c| cs.contains(&c)),
    }))
});
builtin!(STR_LSTRIP, "lstrip", |_, a| {
    let s = this_str(a);
    Ok(Value::str(match strip_chars(a, "lstrip")? {
        None => s.trim_start_matches(is_space),
        Some(cs) => s.trim_start_matches(|c| cs.contains(&c)),
    }))
});
builtin!(STR_RSTRIP, "rstrip", |_, a| {
    let s = this_str(a);
    Ok(Value::str(match strip_chars(a, "rstrip")? {
        None => s.trim_end_matches(is_space),
        Some(cs) => s.trim_end_matches(|c| cs.contains(&c)),
    }))
});

builtin!(STR_REPLACE, "replace", |_, a| {
    let s = this_str(a);
    let r = rest(a, "replace", 2, 3)?;
    let old = str_arg(&r[0], "replace() argument 1 must be")?;
    let new = str_arg(&r[1], "replace() argument 2 must be")?;
    let count = match r.get(2) {
        Some(v) => int_arg(v)?,
        None => -1,
    };
    let limit = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    Ok(Value::str(replace_checked(s, old, new, limit)?))
});

/// `s.replace(old, new, count)`, its result's size checked against the
/// memory budget before it is built (`'ab'.replace('', 'x' * 10**5)`
/// grows a string 100,000-fold).
fn replace_checked(s: &str, old: &str, new: &str, limit: usize) -> PyResult<String> {
    let matches = if old.is_empty() {
        s.chars().count() + 1
    } else {
        s.matches(old).count()
    }
    .min(limit);
    let size = (s.len() - matches * old.len())
        .checked_add(matches.checked_mul(new.len()).ok_or_else(memory_error)?)
        .ok_or_else(memory_error)?;
    let mut out = crate::vm::memory::string_with_capacity(size)?;
    if old.is_empty() {
        let mut left = matches;
        for (i, c) in s.char_indices() {
            if left == 0 {
                out.push_str(&s[i..]);
                return Ok(out);
            }
            out.push_str(new);
            left -= 1;
            out.push(c);
        }
        if left > 0 {
            out.push_str(new);
        }
        return Ok(out);
    }
    let mut last = 0;
    for (at, _) in s.match_indices(old).take(matches) {
        out.push_str(&s[last..at]);
        out.push_str(new);
        last = at + old.len();
    }
    out.push_str(&s[last..]);
    Ok(out)
}

/// The byte range of `s` that `[start:end]` character indices select, or
/// `None` when the window is inverted. A start past the end counts as
/// inverted (CPython clamps only `end` to the length), so
/// `"ab".find("", 5)` is -1 and `"ab".startswith("", 5)` is False.
fn char_range(
    s: &str,
    start: Option<&Value>,
    end: Option<&Value>,
) -> PyResult<Option<(usize, usize)>> {
    let n = s.chars().count();
    let index = |v: &Value| match v {
        Value::Int(_) | Value::Bool(_) => int_arg(v),
        // Beyond any length, clamped like the rest.
        Value::BigInt(b) if b.sign() == num_bigint::Sign::Minus => Ok(i64::MIN),
        Value::BigInt(_) => Ok(i64::MAX),
        _ => Err(type_error(
            "slice indices must be integers or None or have an __index__ method",
        )),
    };
    let cs = match start {
        None | Some(Value::None) => 0,
        Some(v) => {
            if index(v)? > n as i64 {
                return Ok(None);
            }
            clamp_index(v, n)?
        }
    };
    let ce = match end {
        None | Some(Value::None) => n,
        Some(v) => {
            index(v)?;
            clamp_index(v, n)?
        }
    };
    if cs > ce {
        return Ok(None);
    }
    if s.is_ascii() {
        return Ok(Some((cs, ce)));
    }
    let byte = |c: usize| s.char_indices().nth(c).map_or(s.len(), |(b, _)| b);
    Ok(Some((byte(cs), byte(ce))))
}

fn char_index_of(s: &str, byte: usize) -> i64 {
    s[..byte].chars().count() as i64
}

fn find_impl(a: &Args, name: &str, from_right: bool) -> PyResult<Option<i64>> {
    let s = this_str(a);
    let r = rest(a, name, 1, 3)?;
    let sub = str_arg(&r[0], "must be")?;
    let Some((b0, b1)) = char_range(s, r.get(1), r.get(2))? else {
        return Ok(None);
    };
    let hay = &s[b0..b1];
    let found = if from_right {
        hay.rfind(sub)
    } else {
        hay.find(sub)
    };
    Ok(found.map(|i| char_index_of(s, b0 + i)))
}

builtin!(STR_FIND, "find", |_, a| Ok(Value::Int(
    find_impl(a, "find", false)?.unwrap_or(-1)
)));
builtin!(STR_RFIND, "rfind", |_, a| Ok(Value::Int(
    find_impl(a, "rfind", true)?.unwrap_or(-1)
)));
builtin!(
    STR_INDEX,
    "index",
    |_, a| match find_impl(a, "index", false)? {
        Some(i) => Ok(Value::Int(i)),
        None => Err(value_error("substring not found")),
    }
);
builtin!(
    STR_RINDEX,
    "rindex",
    |_, a| match find_impl(a, "rindex", true)? {
        Some(i) => Ok(Value::Int(i)),
        None => Err(value_error("substring not found")),
    }
);
builtin!(STR_COUNT, "count", |_, a| {
    let s = this_str(a);
    let r = rest(a, "count", 1, 3)?;
    let sub = str_arg(&r[0], "must be")?;
    let Some((b0, b1)) = char_range(s, r.get(1), r.get(2))? else {
        return Ok(Value::Int(0));
    };
    let hay = &s[b0..b1];
    let n = if sub.is_empty() {
        hay.chars().count() + 1
    } else {
        hay.matches(sub).count()
    };
    Ok(Value::Int(n as i64))
});

/// `s.partition(sep)` (or `rpartition`, from the right): the text before
/// the separator, the separator and the text after it, or the whole
/// string and two empties (on the other side for `rpartition`).
fn partition_impl(a: &Args, name: &str, from_right: bool) -> PyResult<Value> {
    let s = this_str(a);
    let r = rest(a, name, 1, 1)?;
    let sep = str_arg(&r[0], "must be")?;
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let found = if from_right {
        s.rfind(sep)
    } else {
        s.find(sep)
    };
    let parts = match found {
        Some(i) => [&s[..i], sep, &s[i + sep.len()..]],
        None if from_right => ["", "", s],
        None => [s, "", ""],
    };
    Ok(Value::tuple(parts.iter().map(|p| Value::str(*p)).collect()))
}
builtin!(STR_PARTITION, "partition", |_, a| partition_impl(
    a,
    "partition",
    false
));
builtin!(STR_RPARTITION, "rpartition", |_, a| partition_impl(
    a,
    "rpartition",
    true
));
fn affix_impl(a: &Args, name: &str, suffix: bool) -> PyResult<Value> {
    let s = this_str(a);
    let r = rest(a, name, 1, 3)?;
    let window = char_range(s, r.get(1), r.get(2))?;
    let hay = window.map_or("", |(b0, b1)| &s[b0..b1]);
    let test = |p: &str| {
        if suffix {
            hay.ends_with(p)
        } else {
            hay.starts_with(p)
        }
    };
    match &r[0] {
        p if p.is_str() => Ok(Value::bool(
            window.is_some() && test(p.as_str().unwrap_or_default()),
        )),
        Value::Tuple(t) => {
            for p in t.items.iter() {
                match p.as_str() {
                    Some(p) if window.is_some() && test(p) => return Ok(Value::bool(true)),
                    Some(_) => {}
                    None => {
                        let other = p;
                        return Err(type_error(format!(
                            "tuple for {name} must only contain str, not {}",
                            type_name(other)
                        )));
                    }
                }
            }
            Ok(Value::bool(false))
        }
        other => Err(type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            type_name(other)
        ))),
    }
}

builtin!(STR_STARTSWITH, "startswith", |_, a| affix_impl(
    a,
    "startswith",
    false
));
builtin!(STR_ENDSWITH, "endswith", |_, a| affix_impl(
    a, "endswith", true
));

builtin!(STR_SPLITLINES, "splitlines", |_, a| {
    let pos = a.positional();
    if pos.len() > 2 {
        return Err(type_error(format!(
            "splitlines() takes at most 1 argument ({} given)",
            pos.len() - 1
        )));
    }
    let mut keepends = pos.get(1).is_some_and(truthy);
    for (k, v) in a.keywords() {
        match k {
            "keepends" if pos.len() < 2 => keepends = truthy(v),
            "keepends" => {
                return Err(type_error(
                    "argument for splitlines() given by name ('keepends') and position (1)",
                ))
            }
            other => {
                return Err(type_error(format!(
                    "splitlines() got an unexpected keyword argument '{other}'"
                )))
            }
        }
    }
    Ok(strs(split_lines(this_str(a), keepends)))
});

/// `str.splitlines`: CPython breaks lines at `\r\n` and at each of these
/// characters, not only at `\n` as `str::lines` does.
fn split_lines(s: &str, keepends: bool) -> Vec<&str> {
    let is_break = |c: char| {
        matches!(
            c,
            '\n' | '\r'
                | '\x0b'
                | '\x0c'
                | '\x1c'
                | '\x1d'
                | '\x1e'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        )
    };
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if !is_break(c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r' && chars.peek().is_some_and(|&(_, n)| n == '\n') {
            chars.next();
            end += 1;
        }
        out.push(&s[start..if keepends { end } else { i }]);
        start = end;
    }
    if start < s.len() {
        out.push(&s[start..]);
    }
    out
}

fn pad(a: &Args, name: &str, align: char) -> PyResult<Value> {
    let s = this_str(a);
    let r = rest(a, name, 1, 2)?;
    let width = int_arg(&r[0])?.max(0) as usize;
    let fill = match r.get(1).map(|f| (f, f.as_str_ref())) {
        None => ' ',
        Some((_, Some(f))) if f.char_len() == 1 => f.char_at(0),
        Some((_, Some(_))) => {
            return Err(type_error(
                "The fill character must be exactly one character long",
            ))
        }
        Some((other, None)) => {
            return Err(type_error(format!(
                "The fill character must be a unicode character, not {}",
                type_name(other)
            )))
        }
    };
    let len = s.chars().count();
    if width <= len {
        return Ok(Value::str(s));
    }
    let total = width - len;
    let (left, right) = match align {
        '<' => (0, total),
        '>' => (total, 0),
        // CPython's center puts the extra space on the left only when both
        // the padding and the requested width are odd.
        _ => {
            let left = total / 2 + (total & width & 1);
            (left, total - left)
        }
    };
    let mut out = String::new();
    out.try_reserve(width)
        .map_err(|_| crate::vm::objects::exceptions::memory_error())?;
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(Value::str(out))
}

builtin!(STR_LJUST, "ljust", |_, a| pad(a, "ljust", '<'));
builtin!(STR_RJUST, "rjust", |_, a| pad(a, "rjust", '>'));
builtin!(STR_CENTER, "center", |_, a| pad(a, "center", '^'));
builtin!(STR_ZFILL, "zfill", |_, a| {
    let s = this_str(a);
    let r = rest(a, "zfill", 1, 1)?;
    let width = int_arg(&r[0])?.max(0) as usize;
    let len = s.chars().count();
    if width <= len {
        return Ok(Value::str(s));
    }
    let mut zeros = String::new();
    zeros
        .try_reserve(width)
        .map_err(|_| crate::vm::objects::exceptions::memory_error())?;
    zeros.extend(std::iter::repeat_n('0', width - len));
    Ok(Value::str(match s.strip_prefix(['+', '-']) {
        Some(digits) => format!("{}{zeros}{digits}", &s[..1]),
        None => format!("{zeros}{s}"),
    }))
});

// `s.expandtabs(tabsize=8)`: each tab becomes the spaces up to the next
// multiple of `tabsize` columns; a newline or carriage return starts the
// count again.
builtin!(STR_EXPANDTABS, "expandtabs", |_, a| {
    let own = Args {
        values: &a.values[1..],
        kwnames: a.kwnames,
    };
    if let Some((k, _)) = own.keywords().find(|(k, _)| *k != "tabsize") {
        return Err(type_error(format!(
            "'{k}' is an invalid keyword argument for expandtabs()"
        )));
    }
    let [tabsize] = own.bind("expandtabs", ["tabsize"], 0)?;
    let tabsize = match tabsize {
        Some(v) => int_arg(&v)?,
        None => 8,
    };
    let s = this_str(a);
    let mut out = String::with_capacity(s.len());
    let mut column: i64 = 0;
    for c in s.chars() {
        match c {
            '\t' if tabsize > 0 => {
                let spaces = tabsize - column % tabsize;
                out.try_reserve(spaces as usize)
                    .map_err(|_| crate::vm::objects::exceptions::memory_error())?;
                out.extend(std::iter::repeat_n(' ', spaces as usize));
                column += spaces;
            }
            '\t' => {}
            '\n' | '\r' => {
                out.push(c);
                column = 0;
            }
            _ => {
                out.push(c);
                column += 1;
            }
        }
    }
    Ok(Value::str(out))
});

fn affix_arg<'a>(a: &Args<'a>, name: &str) -> PyResult<&'a str> {
    let r = rest(a, name, 1, 1)?;
    r[0].as_str().ok_or_else(|| {
        type_error(format!(
            "{name}() argument must be str, not {}",
            type_name(&r[0])
        ))
    })
}

builtin!(STR_REMOVEPREFIX, "removeprefix", |_, a| {
    let s = this_str(a);
    let prefix = affix_arg(a, "removeprefix")?;
    Ok(Value::str(s.strip_prefix(prefix).unwrap_or(s)))
});
builtin!(STR_REMOVESUFFIX, "removesuffix", |_, a| {
    let s = this_str(a);
    let suffix = affix_arg(a, "removesuffix")?;
    Ok(Value::str(s.strip_suffix(suffix).unwrap_or(s)))
});

// `s.translate(table)`: each character's code looked up in `table`
// (anything with `__getitem__`); a LookupError keeps the character, None
// drops it, an int or a str replaces it.
builtin!(STR_TRANSLATE, "translate", |vm, a| {
    let s = this_str(a);
    let r = rest(a, "translate", 1, 1)?;
    let table = &r[0];
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let mapped = match vm.get_item(table, &Value::Int(c as i64)) {
            Ok(v) => v,
            Err(e) if e.is_instance(&crate::vm::objects::types::TYPES.lookup_error) => {
                out.push(c);
                continue;
            }
            Err(e) => return Err(e),
        };
        match &mapped {
            Value::None => {}
            Value::Int(_) | Value::Bool(_) => {
                let n = int_arg(&mapped)?;
                match u32::try_from(n).ok().and_then(char::from_u32) {
                    Some(m) => out.push(m),
                    None => {
                        return Err(value_error("character mapping must be in range(0x110000)"))
                    }
                }
            }
            m if m.is_str() => out.push_str(m.as_str().unwrap_or_default()),
            _ => {
                return Err(type_error(
                    "character mapping must return integer, None or str",
                ))
            }
        }
    }
    Ok(Value::str(out))
});

builtin!(STR_MAKETRANS, "maketrans", |_, a| maketrans(a.values, a));
// `"".maketrans(...)`: the static method reached through an instance.
builtin!(STR_MAKETRANS_BOUND, "maketrans", |_, a| maketrans(
    &a.values[1..],
    a
));

/// `str.maketrans(x[, y[, z]])`: a dict of code points for `translate`,
/// from a dict (keys may be one-character strs) or from two strs of equal
/// length and a third of characters to delete.
fn maketrans(v: &[Value], a: &Args) -> PyResult<Value> {
    if a.has_keywords() {
        return Err(type_error("maketrans() takes no keyword arguments"));
    }
    if v.is_empty() || v.len() > 3 {
        let (bound, n) = if v.is_empty() {
            ("least", 1)
        } else {
            ("most", 3)
        };
        let plural = if n == 1 { "" } else { "s" };
        return Err(type_error(format!(
            "maketrans expected at {bound} {n} argument{plural}, got {}",
            v.len()
        )));
    }
    let table = crate::vm::objects::dict::PyDict::new();
    for (i, arg) in v.iter().enumerate().skip(1) {
        if !arg.is_str() {
            return Err(type_error(format!(
                "maketrans() argument {} must be str, not {}",
                i + 1,
                type_name(arg)
            )));
        }
    }
    if v.len() == 1 {
        let Value::Dict(d) = &v[0] else {
            return Err(type_error(
                "if you give only one argument to maketrans it must be a dict",
            ));
        };
        for (k, val) in d.items() {
            let key = match &k {
                Value::Int(_) | Value::Bool(_) => Value::Int(int_arg(&k)?),
                s if s.is_str() => {
                    let text = s.as_str().unwrap_or_default();
                    let mut cs = text.chars();
                    match (cs.next(), cs.next()) {
                        (Some(c), None) => Value::Int(c as i64),
                        _ => {
                            return Err(value_error(
                                "string keys in translate table must be of length 1",
                            ))
                        }
                    }
                }
                _ => {
                    return Err(type_error(
                        "keys in translate table must be strings or integers",
                    ))
                }
            };
            table.set(key, val)?;
        }
        return Ok(Value::Dict(std::sync::Arc::new(table)));
    }
    let Some(x) = v[0].as_str() else {
        return Err(type_error(
            "first maketrans argument must be a string if there is a second argument",
        ));
    };
    let y = v[1].as_str().unwrap_or_default();
    if x.chars().count() != y.chars().count() {
        return Err(value_error(
            "the first two maketrans arguments must have equal length",
        ));
    }
    for (from, to) in x.chars().zip(y.chars()) {
        table.set(Value::Int(from as i64), Value::Int(to as i64))?;
    }
    if let Some(z) = v.get(2).and_then(Value::as_str) {
        for c in z.chars() {
            table.set(Value::Int(c as i64), Value::None)?;
        }
    }
    Ok(Value::Dict(std::sync::Arc::new(table)))
}
