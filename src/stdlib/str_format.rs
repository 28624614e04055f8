//! `str.format` and `str.format_map`: the replacement fields of PEP 3101
//! (`{}`, `{0}`, `{name}`, `{0.attr}`, `{0[key]}`, `!r`/`!s`/`!a`, a format
//! spec that may hold fields of its own) parsed as CPython parses them, so
//! that malformed templates fail with CPython's messages, in its order.
//! Each field's value is formatted by `builtins::format_value`, the code
//! f-strings use, with the same format-spec mini-language.

use crate::builtin;
use crate::stdlib::builtins::format_value;
use crate::stdlib::methods::rest;
use crate::vm::native::Args;
use crate::vm::objects::exceptions::{index_error, key_error, value_error, PyResult};
use crate::vm::value::Value;
use crate::vm::Vm;

/// Where named fields are looked up.
enum Names<'a> {
    /// `format(**kwargs)`: the call's keyword arguments.
    Keywords(&'a Args<'a>),
    /// `format_map(mapping)`: any object with `__getitem__`.
    Mapping(&'a Value),
}

/// Where numbered fields are looked up: `format`'s positional arguments;
/// `format_map` has none.
type Positional<'a> = Option<&'a [Value]>;

/// Whether fields are numbered by hand (`{0}`) or counted (`{}`): a
/// template may not mix the two.
#[derive(Clone, Copy, PartialEq)]
enum Numbering {
    Unset,
    Automatic(usize),
    Manual,
}

struct Formatter<'a> {
    args: Positional<'a>,
    names: Names<'a>,
    numbering: Numbering,
}

/// One `{...}` field, as parsed.
struct Field<'t> {
    name: &'t str,
    conversion: Option<char>,
    spec: &'t str,
    /// The spec holds fields of its own (`{:{width}}`).
    nested: bool,
}

builtin!(STR_FORMAT, "format", |vm, a| {
    let template = a.values.first().and_then(Value::as_str).unwrap_or("");
    let args = a.positional().get(1..).unwrap_or(&[]);
    let mut f = Formatter {
        args: Some(args),
        names: Names::Keywords(a),
        numbering: Numbering::Unset,
    };
    Ok(Value::str(f.build(vm, template, 2)?))
});
builtin!(STR_FORMAT_MAP, "format_map", |vm, a| {
    let r = rest(a, "format_map", 1, 1)?;
    let template = a.values.first().and_then(Value::as_str).unwrap_or("");
    let mut f = Formatter {
        args: None,
        names: Names::Mapping(&r[0]),
        numbering: Numbering::Unset,
    };
    Ok(Value::str(f.build(vm, template, 2)?))
});

impl Formatter<'_> {
    /// The template with its fields replaced. `depth` counts the nesting
    /// levels left: PEP 3101 allows a field inside a format spec, no more.
    fn build(&mut self, vm: &mut Vm, template: &str, depth: u32) -> PyResult<String> {
        if depth == 0 {
            return Err(value_error("Max string recursion exceeded"));
        }
        let bytes = template.as_bytes();
        let n = bytes.len();
        let mut out = String::with_capacity(n + 16);
        let mut pos = 0;
        while pos < n {
            let start = pos;
            let mut brace = None;
            while pos < n {
                let b = bytes[pos];
                pos += 1;
                if b == b'{' || b == b'}' {
                    brace = Some(b);
                    break;
                }
            }
            let at_end = pos >= n;
            match brace {
                None => out.push_str(&template[start..pos]),
                Some(b'}') if at_end || bytes[pos] != b'}' => {
                    return Err(value_error("Single '}' encountered in format string"))
                }
                Some(_) if at_end => {
                    return Err(value_error("Single '{' encountered in format string"))
                }
                // `{{` or `}}`: one brace of literal text.
                Some(b) if bytes[pos] == b => {
                    out.push_str(&template[start..pos]);
                    pos += 1;
                }
                Some(_) => {
                    out.push_str(&template[start..pos - 1]);
                    let field = parse_field(template, &mut pos)?;
                    self.render(vm, &field, depth, &mut out)?;
                }
            }
        }
        Ok(out)
    }

    /// Formats one field into `out`: look the value up, convert it, expand
    /// the spec, format; each step's errors before the next's.
    fn render(&mut self, vm: &mut Vm, field: &Field, depth: u32, out: &mut String) -> PyResult<()> {
        let mut value = self.field_value(vm, field.name)?;
        if let Some(c) = field.conversion {
            let code = match c {
                's' => 1,
                'r' => 2,
                'a' => 3,
                c if (c as u32) > 32 && (c as u32) < 127 => {
                    return Err(value_error(format!("Unknown conversion specifier {c}")))
                }
                c => {
                    return Err(value_error(format!(
                        "Unknown conversion specifier \\x{:x}",
                        c as u32
                    )))
                }
            };
            value = Value::str(format_value(vm, &value, code, None)?);
        }
        let spec = if field.nested {
            Value::str(self.build(vm, field.spec, depth - 1)?)
        } else {
            Value::str(field.spec)
        };
        out.push_str(&format_value(vm, &value, 0, Some(&spec))?);
        Ok(())
    }

    /// The object a field name designates: an argument by number or name,
    /// then each `.attr` and `[key]` after it.
    fn field_value(&mut self, vm: &mut Vm, name: &str) -> PyResult<Value> {
        let first_end = name.find(['.', '[']).unwrap_or(name.len());
        let (first, mut rest) = name.split_at(first_end);
        let mut index = decimal(first)?;
        let numeric = first.is_empty() || index.is_some();
        if numeric {
            if self.numbering == Numbering::Unset {
                self.numbering = if first.is_empty() {
                    Numbering::Automatic(0)
                } else {
                    Numbering::Manual
                };
            }
            match (self.numbering, first.is_empty()) {
                (Numbering::Manual, true) => return Err(value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                )),
                (Numbering::Automatic(next), true) => {
                    index = Some(next);
                    self.numbering = Numbering::Automatic(next + 1);
                }
                (Numbering::Automatic(_), false) => return Err(value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                )),
                _ => {}
            }
        }
        let mut obj = match index {
            None => match self.names {
                Names::Keywords(a) => match a.keywords().find(|(k, _)| *k == first) {
                    Some((_, v)) => v.clone(),
                    None => return Err(key_error(Value::str(first))),
                },
                Names::Mapping(m) => vm.get_item(m, &Value::str(first))?,
            },
            Some(i) => match self.args {
                None => return Err(value_error("Format string contains positional fields")),
                Some(args) => args.get(i).cloned().ok_or_else(|| {
                    index_error(format!(
                        "Replacement index {i} out of range for positional args tuple"
                    ))
                })?,
            },
        };
        while !rest.is_empty() {
            let (is_attr, part, after) = match rest.as_bytes()[0] {
                b'.' => {
                    let body = &rest[1..];
                    let end = body.find(['.', '[']).unwrap_or(body.len());
                    (true, &body[..end], &body[end..])
                }
                b'[' => {
                    let body = &rest[1..];
                    let Some(end) = body.find(']') else {
                        return Err(value_error("Missing ']' in format string"));
                    };
                    (false, &body[..end], &body[end + 1..])
                }
                _ => {
                    return Err(value_error(
                        "Only '.' or '[' may follow ']' in format field specifier",
                    ))
                }
            };
            if part.is_empty() {
                return Err(value_error("Empty attribute in format string"));
            }
            obj = if is_attr {
                vm.get_attr(&obj, part)?
            } else {
                let key = match decimal(part)? {
                    Some(i) => Value::Int(i as i64),
                    None => Value::str(part),
                };
                vm.get_item(&obj, &key)?
            };
            rest = after;
        }
        Ok(obj)
    }
}

/// A field name made only of decimal digits (any script's), as a number.
fn decimal(s: &str) -> PyResult<Option<usize>> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut n: usize = 0;
    for c in s.chars() {
        let Some(d) = crate::stdlib::str_classes::decimal_value(c) else {
            return Ok(None);
        };
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(d as usize))
            .filter(|&n| n <= isize::MAX as usize)
            .ok_or_else(|| value_error("Too many decimal digits in format string"))?;
    }
    Ok(Some(n))
}

/// Parses the field that starts at `pos` (just after its `{`), leaving
/// `pos` after its closing `}`: the name runs to `!`, `:` or `}` (a `[...]`
/// may hold any of them), the conversion is one character, and the spec
/// runs to the `}` that balances the field's braces.
fn parse_field<'t>(t: &'t str, pos: &mut usize) -> PyResult<Field<'t>> {
    let bytes = t.as_bytes();
    let n = bytes.len();
    let name_start = *pos;
    let mut c = 0u8;
    while *pos < n {
        c = bytes[*pos];
        *pos += 1;
        match c {
            b'{' => return Err(value_error("unexpected '{' in field name")),
            b'[' => {
                while *pos < n && bytes[*pos] != b']' {
                    *pos += 1;
                }
            }
            b'}' | b':' | b'!' => break,
            _ => {}
        }
    }
    let name = &t[name_start..(*pos - 1).max(name_start)];
    let mut field = Field {
        name,
        conversion: None,
        spec: "",
        nested: false,
    };
    if c != b'!' && c != b':' {
        if c != b'}' {
            return Err(value_error("expected '}' before end of string"));
        }
        return Ok(field);
    }
    if c == b'!' {
        let Some(conv) = t[*pos..].chars().next() else {
            return Err(value_error(
                "end of string while looking for conversion specifier",
            ));
        };
        field.conversion = Some(conv);
        *pos += conv.len_utf8();
        if *pos < n {
            let next = bytes[*pos];
            *pos += 1;
            if next == b'}' {
                return Ok(field);
            }
            if next != b':' {
                return Err(value_error("expected ':' after conversion specifier"));
            }
        }
    }
    let spec_start = *pos;
    let mut depth = 1;
    while *pos < n {
        let b = bytes[*pos];
        *pos += 1;
        match b {
            b'{' => {
                field.nested = true;
                depth += 1;
            }
            b'}' => {
                depth -= 1;
                if depth == 0 {
                    field.spec = &t[spec_start..*pos - 1];
                    return Ok(field);
                }
            }
            _ => {}
        }
    }
    Err(value_error("unmatched '{' in format spec"))
}
