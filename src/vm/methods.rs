//! Methods of the built-in types: `str`, `list`, `dict`.
//!
//! Each method is a `BuiltinFunction` whose first argument is the object;
//! `lookup` finds one by the receiver's type and the method name.

use std::sync::Arc;

use crate::builtin;
use crate::vm::builtins::{clamp_index, empty_pop, int_arg, sort_values};
use crate::vm::native::{Args, BuiltinFunction};
use crate::vm::objects::exceptions::{key_error, type_error, value_error, PyResult};
use crate::vm::objects::types::type_name;
use crate::vm::objects::views::{DictView, ViewKind};
use crate::vm::ops::truthy;
use crate::vm::value::{PyList, Value};
use crate::vm::Vm;

/// The built-in methods one attribute name stands for on each built-in
/// type. Each code object resolves its names once (`CodeObject::methods`),
/// so LOAD_METHOD on a str, list, dict or tuple is an index, not a string
/// comparison per call.
#[derive(Clone, Copy, Default)]
pub struct MethodsNamed {
    str: Option<&'static BuiltinFunction>,
    list: Option<&'static BuiltinFunction>,
    dict: Option<&'static BuiltinFunction>,
    tuple: Option<&'static BuiltinFunction>,
}

impl std::fmt::Debug for MethodsNamed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let on: Vec<&str> = [
            ("str", self.str),
            ("list", self.list),
            ("dict", self.dict),
            ("tuple", self.tuple),
        ]
        .iter()
        .filter(|(_, m)| m.is_some())
        .map(|(t, _)| *t)
        .collect();
        write!(f, "MethodsNamed{on:?}")
    }
}

impl MethodsNamed {
    pub fn new(name: &str) -> MethodsNamed {
        MethodsNamed {
            str: str_method(name),
            list: list_method(name),
            dict: dict_method(name),
            tuple: tuple_method(name),
        }
    }

    /// The method for `obj`, as `lookup` would find it.
    #[inline(always)]
    pub fn of(&self, obj: &Value) -> Option<&'static BuiltinFunction> {
        match obj {
            Value::Str(_) | Value::ShortStr(_) => self.str,
            Value::List(_) => self.list,
            Value::Dict(_) => self.dict,
            Value::Tuple(_) => self.tuple,
            _ => None,
        }
    }
}

/// The method `name` of `obj`'s type.
pub fn lookup(obj: &Value, name: &str) -> Option<&'static BuiltinFunction> {
    match obj {
        Value::Str(_) | Value::ShortStr(_) => str_method(name),
        Value::List(_) => list_method(name),
        Value::Dict(_) => dict_method(name),
        Value::Tuple(_) => tuple_method(name),
        _ => None,
    }
}

fn tuple_method(name: &str) -> Option<&'static BuiltinFunction> {
    match name {
        "index" => Some(&TUPLE_INDEX),
        "count" => Some(&TUPLE_COUNT),
        _ => None,
    }
}

fn str_method(name: &str) -> Option<&'static BuiltinFunction> {
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
        _ => return None,
    })
}

fn list_method(name: &str) -> Option<&'static BuiltinFunction> {
    Some(match name {
        "append" => &LIST_APPEND,
        "pop" => &LIST_POP,
        "insert" => &LIST_INSERT,
        "remove" => &LIST_REMOVE,
        "index" => &LIST_INDEX,
        "count" => &LIST_COUNT,
        "sort" => &LIST_SORT,
        "reverse" => &LIST_REVERSE,
        "extend" => &LIST_EXTEND,
        "copy" => &LIST_COPY,
        "clear" => &LIST_CLEAR,
        _ => return None,
    })
}

fn dict_method(name: &str) -> Option<&'static BuiltinFunction> {
    Some(match name {
        "get" => &DICT_GET,
        "keys" => &DICT_KEYS,
        "values" => &DICT_VALUES,
        "items" => &DICT_ITEMS,
        "pop" => &DICT_POP,
        "setdefault" => &DICT_SETDEFAULT,
        "update" => &DICT_UPDATE,
        "copy" => &DICT_COPY,
        "clear" => &DICT_CLEAR,
        _ => return None,
    })
}

// ---- str ------------------------------------------------------------------

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

/// The method's own arguments (after the receiver), positional only.
///
/// The arity error copies CPython's wording, which depends on how the C
/// method is declared: no-argument and one-argument methods name the type
/// (`list.append() takes exactly one argument (0 given)`), the older `str`
/// search methods say `find() takes at least 1 argument (0 given)`, and
/// Argument-Clinic methods say `insert expected 2 arguments, got 0`.
fn rest<'a>(a: &Args<'a>, name: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
    let all = a.exact(name, min + 1, max + 1).map_err(|_| {
        let given = a.values.len().saturating_sub(1);
        let owner = a.values.first().map_or_else(|| "object".into(), type_name);
        let plural = |n: usize| if n == 1 { "" } else { "s" };
        type_error(match (min, max) {
            (0, 0) => format!("{owner}.{name}() takes no arguments ({given} given)"),
            (1, 1) => format!("{owner}.{name}() takes exactly one argument ({given} given)"),
            _ if owner == "str"
                && matches!(
                    name,
                    "count" | "find" | "rfind" | "index" | "rindex" | "startswith" | "endswith"
                ) =>
            {
                let (bound, n) = if given < min {
                    ("least", min)
                } else {
                    ("most", max)
                };
                format!(
                    "{name}() takes at {bound} {n} argument{} ({given} given)",
                    plural(n)
                )
            }
            _ if min == max => {
                format!("{name} expected {min} argument{}, got {given}", plural(min))
            }
            _ => {
                let (bound, n) = if given < min {
                    ("least", min)
                } else {
                    ("most", max)
                };
                format!(
                    "{name} expected at {bound} {n} argument{}, got {given}",
                    plural(n)
                )
            }
        })
    })?;
    Ok(&all[1..])
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
        match item.as_str() {
            Some(s) => total += s.len(),
            None => {
                let other = item;
                return Err(type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    type_name(other)
                )));
            }
        }
    }
    // A `String` (whose `push_str` is a plain copy; `CompactString`'s
    // checks its representation at every push), handed over without a
    // copy when long, moved inline when short.
    let mut out = String::with_capacity(total);
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(item.as_str().unwrap_or_default());
    }
    Ok(Value::str(out))
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
            let mut rest = s.trim_start();
            while !rest.is_empty() {
                if parts.len() == limit {
                    parts.push(rest);
                    break;
                }
                let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
                parts.push(&rest[..end]);
                rest = rest[end..].trim_start();
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
            let mut rest = s.trim_end();
            while !rest.is_empty() {
                if parts.len() == limit {
                    parts.push(rest);
                    break;
                }
                let start = rest.rfind(char::is_whitespace).map_or(0, |i| {
                    i + rest[i..].chars().next().map_or(1, char::len_utf8)
                });
                parts.push(&rest[start..]);
                rest = rest[..start].trim_end();
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
        None => s.trim(),
        Some(cs) => s.trim_matches(|c| cs.contains(&c)),
    }))
});
builtin!(STR_LSTRIP, "lstrip", |_, a| {
    let s = this_str(a);
    Ok(Value::str(match strip_chars(a, "lstrip")? {
        None => s.trim_start(),
        Some(cs) => s.trim_start_matches(|c| cs.contains(&c)),
    }))
});
builtin!(STR_RSTRIP, "rstrip", |_, a| {
    let s = this_str(a);
    Ok(Value::str(match strip_chars(a, "rstrip")? {
        None => s.trim_end(),
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
    Ok(Value::str(if count < 0 {
        s.replace(old, new)
    } else {
        s.replacen(old, new, count as usize)
    }))
});

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
builtin!(STR_SWAPCASE, "swapcase", |_, a| map_str(
    a,
    "swapcase",
    |s| {
        s.chars()
            .flat_map(|c| {
                let swapped: Vec<char> = if c.is_uppercase() {
                    c.to_lowercase().collect()
                } else if c.is_lowercase() {
                    c.to_uppercase().collect()
                } else {
                    vec![c]
                };
                swapped
            })
            .collect()
    }
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
builtin!(STR_ISDIGIT, "isdigit", |_, a| test_str(a, "isdigit", |s| {
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_digit() || c.is_numeric() && !c.is_alphabetic())
}));
builtin!(STR_ISALPHA, "isalpha", |_, a| test_str(a, "isalpha", |s| {
    !s.is_empty() && s.chars().all(char::is_alphabetic)
}));
builtin!(STR_ISSPACE, "isspace", |_, a| test_str(a, "isspace", |s| {
    !s.is_empty() && s.chars().all(char::is_whitespace)
}));
builtin!(STR_ISALNUM, "isalnum", |_, a| test_str(a, "isalnum", |s| {
    !s.is_empty() && s.chars().all(char::is_alphanumeric)
}));
builtin!(STR_ISUPPER, "isupper", |_, a| test_str(a, "isupper", |s| {
    s.chars().any(char::is_uppercase) && !s.chars().any(char::is_lowercase)
}));
builtin!(STR_ISLOWER, "islower", |_, a| test_str(a, "islower", |s| {
    s.chars().any(char::is_lowercase) && !s.chars().any(char::is_uppercase)
}));
builtin!(STR_CAPITALIZE, "capitalize", |_, a| map_str(
    a,
    "capitalize",
    |s| {
        let mut cs = s.chars();
        match cs.next() {
            Some(first) => first
                .to_uppercase()
                .chain(cs.as_str().to_lowercase().chars())
                .collect(),
            None => String::new(),
        }
    }
));
builtin!(STR_TITLE, "title", |_, a| map_str(a, "title", |s| {
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for c in s.chars() {
        if prev_cased {
            out.extend(c.to_lowercase());
        } else {
            out.extend(c.to_uppercase());
        }
        prev_cased = c.is_alphabetic();
    }
    out
}));
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
    let fill = match r.get(1).map(|f| f.as_str_ref()) {
        None => ' ',
        Some(Some(f)) if f.char_len() == 1 => f.char_at(0),
        Some(_) => {
            return Err(type_error(
                "The fill character must be exactly one character long",
            ))
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

// ---- list -----------------------------------------------------------------

fn this_list(a: &Args) -> Arc<PyList> {
    match a.values.first() {
        Some(Value::List(l)) => l.clone(),
        _ => Arc::new(PyList::new(Vec::new())),
    }
}

builtin!(LIST_APPEND, "append", |_, a| {
    let r = rest(a, "append", 1, 1)?;
    if let Some(Value::List(l)) = a.values.first() {
        l.items.lock().push(r[0].clone());
    }
    Ok(Value::None)
});
builtin!(LIST_POP, "pop", |_, a| {
    let l = this_list(a);
    let r = rest(a, "pop", 0, 1)?;
    let mut items = l.items.lock();
    if items.is_empty() {
        return Err(empty_pop("list"));
    }
    let len = items.len() as i64;
    let i = match r.first() {
        Some(v) => int_arg(v)?,
        None => -1,
    };
    let i = if i < 0 { i + len } else { i };
    if !(0..len).contains(&i) {
        return Err(crate::vm::objects::exceptions::index_error(
            "pop index out of range",
        ));
    }
    Ok(items.remove(i as usize))
});
builtin!(LIST_INSERT, "insert", |_, a| {
    let l = this_list(a);
    let r = rest(a, "insert", 2, 2)?;
    let mut items = l.items.lock();
    let i = clamp_index(&r[0], items.len())?;
    items.insert(i, r[1].clone());
    Ok(Value::None)
});
builtin!(LIST_REMOVE, "remove", |vm, a| {
    let l = this_list(a);
    let r = rest(a, "remove", 1, 1)?;
    let items = l.snapshot();
    for (i, x) in items.iter().enumerate() {
        if vm.values_eq(x, &r[0])? {
            let mut live = l.items.lock();
            if i < live.len() {
                live.remove(i);
            }
            return Ok(Value::None);
        }
    }
    Err(value_error("list.remove(x): x not in list"))
});
builtin!(LIST_INDEX, "index", |vm, a| {
    let l = this_list(a);
    let r = rest(a, "index", 1, 3)?;
    let items = l.snapshot();
    match seq_index(vm, &items, r)? {
        Some(i) => Ok(i),
        None => {
            let missing = crate::vm::repr::repr_with(vm, &r[0])?;
            Err(value_error(format!("{missing} is not in list")))
        }
    }
});
builtin!(TUPLE_INDEX, "index", |vm, a| {
    let r = rest(a, "index", 1, 3)?;
    let items = match a.values.first() {
        Some(Value::Tuple(t)) => t.items.to_vec(),
        _ => Vec::new(),
    };
    seq_index(vm, &items, r)?.ok_or_else(|| value_error("tuple.index(x): x not in tuple"))
});

/// Where `r[0]` first is in `items[start:end]`.
fn seq_index(vm: &mut Vm, items: &[Value], r: &[Value]) -> PyResult<Option<Value>> {
    let start = match r.get(1) {
        Some(v) => clamp_index(v, items.len())?,
        None => 0,
    };
    let end = match r.get(2) {
        Some(v) => clamp_index(v, items.len())?,
        None => items.len(),
    };
    for (i, x) in items.iter().enumerate().take(end).skip(start) {
        if vm.values_eq(x, &r[0])? {
            return Ok(Some(Value::Int(i as i64)));
        }
    }
    Ok(None)
}

fn seq_count(vm: &mut Vm, items: &[Value], x: &Value) -> PyResult<Value> {
    let mut n = 0;
    for item in items {
        if vm.values_eq(item, x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

builtin!(LIST_COUNT, "count", |vm, a| {
    let r = rest(a, "count", 1, 1)?;
    seq_count(vm, &this_list(a).snapshot(), &r[0])
});
builtin!(TUPLE_COUNT, "count", |vm, a| {
    let r = rest(a, "count", 1, 1)?;
    match a.values.first() {
        Some(Value::Tuple(t)) => seq_count(vm, &t.items, &r[0]),
        _ => Ok(Value::Int(0)),
    }
});
builtin!(LIST_SORT, "sort", |vm, a| {
    let l = this_list(a);
    let own = Args {
        values: &a.values[1..],
        kwnames: a.kwnames,
    };
    if !own.positional().is_empty() {
        return Err(type_error("sort() takes no positional arguments"));
    }
    let [key, reverse] = own.bind("sort", ["key", "reverse"], 0)?;
    let mut items = std::mem::take(&mut *l.items.lock());
    let r = sort_values(vm, &mut items, key, reverse.as_ref().is_some_and(truthy));
    let mut live = l.items.lock();
    let modified = !live.is_empty();
    *live = items;
    drop(live);
    r?;
    if modified {
        return Err(value_error("list modified during sort"));
    }
    Ok(Value::None)
});
builtin!(LIST_REVERSE, "reverse", |_, a| {
    rest(a, "reverse", 0, 0)?;
    this_list(a).items.lock().reverse();
    Ok(Value::None)
});
builtin!(LIST_EXTEND, "extend", |vm, a| {
    let r = rest(a, "extend", 1, 1)?;
    let items = vm.collect_items(&r[0])?;
    this_list(a).items.lock().extend(items);
    Ok(Value::None)
});
builtin!(LIST_COPY, "copy", |_, a| {
    rest(a, "copy", 0, 0)?;
    Ok(Value::list(this_list(a).snapshot()))
});
builtin!(LIST_CLEAR, "clear", |_, a| {
    rest(a, "clear", 0, 0)?;
    let old = std::mem::take(&mut *this_list(a).items.lock());
    drop(old);
    Ok(Value::None)
});

// ---- dict -----------------------------------------------------------------

fn this_dict(a: &Args) -> Arc<crate::vm::objects::dict::PyDict> {
    match a.values.first() {
        Some(Value::Dict(d)) => d.clone(),
        _ => Arc::new(crate::vm::objects::dict::PyDict::new()),
    }
}

builtin!(DICT_GET, "get", |_, a| {
    let r = rest(a, "get", 1, 2)?;
    Ok(this_dict(a)
        .get(&r[0])?
        .unwrap_or_else(|| r.get(1).cloned().unwrap_or(Value::None)))
});
builtin!(DICT_KEYS, "keys", |_, a| {
    rest(a, "keys", 0, 0)?;
    Ok(DictView::value(this_dict(a), ViewKind::Keys))
});
builtin!(DICT_VALUES, "values", |_, a| {
    rest(a, "values", 0, 0)?;
    Ok(DictView::value(this_dict(a), ViewKind::Values))
});
builtin!(DICT_ITEMS, "items", |_, a| {
    rest(a, "items", 0, 0)?;
    Ok(DictView::value(this_dict(a), ViewKind::Items))
});
builtin!(DICT_POP, "pop", |_, a| {
    let r = rest(a, "pop", 1, 2)?;
    match this_dict(a).remove(&r[0])? {
        Some(v) => Ok(v),
        None => match r.get(1) {
            Some(default) => Ok(default.clone()),
            None => Err(key_error(r[0].clone())),
        },
    }
});
builtin!(DICT_SETDEFAULT, "setdefault", |_, a| {
    let r = rest(a, "setdefault", 1, 2)?;
    let d = this_dict(a);
    let default = r.get(1).cloned().unwrap_or(Value::None);
    let hash = crate::vm::objects::dict::hash_value(&r[0])?;
    let mut map = d.map.lock();
    let entry = map
        .entry(crate::vm::objects::dict::HashKey {
            hash,
            key: r[0].clone(),
        })
        .or_insert(default);
    Ok(entry.clone())
});
builtin!(DICT_UPDATE, "update", |vm, a| {
    let d = this_dict(a);
    let pos = a.positional();
    if pos.len() > 2 {
        return Err(type_error(format!(
            "update expected at most 1 argument, got {}",
            pos.len() - 1
        )));
    }
    if let Some(other) = pos.get(1) {
        crate::vm::builtins::update_dict(vm, &d, other)?;
    }
    for (k, v) in a.keywords() {
        d.set(Value::str(k), v.clone())?;
    }
    Ok(Value::None)
});
builtin!(DICT_COPY, "copy", |_, a| {
    rest(a, "copy", 0, 0)?;
    Ok(Value::Dict(Arc::new(this_dict(a).copy())))
});
builtin!(DICT_CLEAR, "clear", |_, a| {
    rest(a, "clear", 0, 0)?;
    let old = std::mem::take(&mut *this_dict(a).map.lock());
    drop(old);
    Ok(Value::None)
});

/// The methods table of a built-in type, for its `TypeObject`.
pub fn table_for(
    kind: crate::vm::objects::types::TypeKind,
) -> Option<crate::vm::objects::types::MethodTable> {
    use crate::vm::objects::types::TypeKind;
    match kind {
        TypeKind::Str => Some(str_method),
        TypeKind::List => Some(list_method),
        TypeKind::Dict => Some(dict_method),
        TypeKind::Tuple => Some(tuple_method),
        TypeKind::Object => Some(crate::vm::objects::instance::object_method),
        TypeKind::Exception => Some(crate::vm::objects::exceptions::exception_method),
        _ => None,
    }
}
