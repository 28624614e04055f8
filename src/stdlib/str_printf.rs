//! printf-style formatting: `str % values`, as CPython 3.11's
//! `PyUnicode_Format` does it, conversion by conversion and error by error.
//!
//! The right operand is a tuple of values, a mapping for `%(name)s`, or
//! one value. Each `%` spec is `%[(key)][flags][width][.precision][lhL]type`;
//! the numbers come from the shared format-spec code in `crate::format`,
//! and the padding rules (sign, then `0x`, then zeros) are CPython's.

use num_bigint::BigInt;

use crate::format::{format_bigint, format_float, format_int};
use crate::vm::objects::dict::{numeric, Num};
use crate::vm::objects::exceptions::{
    key_error, overflow_error, type_error, value_error, PyResult,
};
use crate::vm::objects::types::type_name;
use crate::vm::repr;
use crate::vm::value::Value;
use crate::vm::Vm;

/// Where the values come from as the specs ask for them (CPython's
/// `argidx`/`arglen`: a lone value counts as a one-item list whose
/// index starts below zero).
struct ArgCursor {
    /// The tuple's items, or the one value.
    items: Vec<Value>,
    next: usize,
    /// The right operand, when it is a mapping (`%(name)s` reads it).
    mapping: Option<Value>,
}

impl ArgCursor {
    fn next_arg(&mut self) -> PyResult<Value> {
        match self.items.get(self.next) {
            Some(v) => {
                self.next += 1;
                Ok(v.clone())
            }
            None => Err(type_error("not enough arguments for format string")),
        }
    }

    /// CPython does not count unused values when the operand is a
    /// mapping (`'abc' % {}` and even `'abc' % []` are fine).
    fn all_used(&self) -> bool {
        self.mapping.is_some() || self.next >= self.items.len()
    }
}

/// Whether CPython's `PyMapping_Check` holds and the value is neither a
/// tuple nor a str: such an operand is the mapping of `%(name)s`, and a
/// format that uses none of it is not an error (`'abc' % []`).
fn is_mapping(v: &Value) -> bool {
    match v {
        Value::Dict(_) | Value::List(_) | Value::Range(_) => true,
        Value::Instance(i) => i.class.lookup("__getitem__").is_some(),
        Value::Native(n) => n.is_mapping(),
        _ => false,
    }
}

/// `fmt % args`. With a VM, user classes' `__str__`, `__repr__` and
/// `__getitem__` run; without one (a builtin reached without it) they get
/// the default text.
pub fn format(vm: Option<&mut Vm>, fmt: &str, args: &Value) -> PyResult<Value> {
    let mut vm = vm;
    let mut cursor = match args {
        Value::Tuple(t) => ArgCursor {
            items: t.items.to_vec(),
            next: 0,
            mapping: None,
        },
        v => ArgCursor {
            items: vec![v.clone()],
            next: 0,
            mapping: is_mapping(v).then(|| v.clone()),
        },
    };
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::with_capacity(fmt.len() + 16);
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c != '%' {
            out.push(c);
            i += 1;
            continue;
        }
        i += 1;
        if chars.get(i) == Some(&'%') {
            out.push('%');
            i += 1;
            continue;
        }
        let mut spec = Spec::default();
        // `%(key)`: the value is the mapping's item; a lone value follows.
        if chars.get(i) == Some(&'(') {
            let Some(mapping) = cursor.mapping.clone() else {
                return Err(type_error("format requires a mapping"));
            };
            let start = i + 1;
            let mut depth = 1;
            i += 1;
            while i < chars.len() && depth > 0 {
                match chars[i] {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ => {}
                }
                i += 1;
            }
            if depth > 0 {
                return Err(value_error("incomplete format key"));
            }
            let key: String = chars[start..i - 1].iter().collect();
            let key = Value::str(key);
            let value = match vm.as_deref_mut() {
                Some(vm) => vm.get_item(&mapping, &key)?,
                None => match &mapping {
                    Value::Dict(d) => d.get(&key)?.ok_or_else(|| key_error(key.clone()))?,
                    _ => crate::vm::subscript::get_item(&mapping, &key)?,
                },
            };
            cursor.items = vec![value];
            cursor.next = 0;
        }
        // Flags.
        while let Some(&f) = chars.get(i) {
            match f {
                '-' => spec.left = true,
                '+' => spec.plus = true,
                ' ' => spec.space = true,
                '#' => spec.alt = true,
                '0' => spec.zero = true,
                _ => break,
            }
            i += 1;
        }
        // Width.
        if chars.get(i) == Some(&'*') {
            let w = star_arg(&mut cursor)?;
            if w < 0 {
                spec.left = true;
            }
            spec.width = usize::try_from(w.unsigned_abs()).unwrap_or(usize::MAX);
            i += 1;
        } else {
            spec.width = digits(&chars, &mut i)?;
        }
        // Precision.
        if chars.get(i) == Some(&'.') {
            i += 1;
            if chars.get(i) == Some(&'*') {
                let p = star_arg(&mut cursor)?;
                if p > i32::MAX as i64 {
                    return Err(overflow_error("Python int too large to convert to C int"));
                }
                spec.precision = Some(p.max(0) as usize);
                i += 1;
            } else {
                spec.precision = Some(digits(&chars, &mut i)?);
            }
        }
        // Length modifiers are accepted and ignored.
        while matches!(chars.get(i), Some('h' | 'l' | 'L')) {
            i += 1;
        }
        let Some(&conv) = chars.get(i) else {
            return Err(value_error("incomplete format"));
        };
        let at = i;
        i += 1;
        let arg = cursor.next_arg()?;
        // What cannot be allocated is a MemoryError, never an abort.
        if spec.width > MAX_FIELD || spec.precision.is_some_and(|p| p > MAX_FIELD) {
            return Err(crate::vm::objects::exceptions::memory_error());
        }
        let piece = convert(vm.as_deref_mut(), &spec, conv, &arg, at)?;
        spec.pad_into(&mut out, piece);
    }
    if !cursor.all_used() {
        return Err(type_error(
            "not all arguments converted during string formatting",
        ));
    }
    Ok(Value::str(out))
}

/// The widest field printf pads to (the format-spec limit of `format()`).
const MAX_FIELD: usize = 1 << 32;

/// A `*` width or precision: the next value, which must be an int.
fn star_arg(cursor: &mut ArgCursor) -> PyResult<i64> {
    match cursor.next_arg()? {
        Value::Int(n) => Ok(n),
        Value::Bool(b) => Ok(b.get() as i64),
        Value::BigInt(_) => Err(overflow_error("Python int too large to convert to C int")),
        _ => Err(type_error("* wants int")),
    }
}

/// A run of decimal digits (none is 0).
fn digits(chars: &[char], i: &mut usize) -> PyResult<usize> {
    let mut n: usize = 0;
    while let Some(d) = chars.get(*i).and_then(|c| c.to_digit(10)) {
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(d as usize))
            .filter(|&n| n <= i32::MAX as usize)
            .ok_or_else(|| value_error("width too big"))?;
        *i += 1;
    }
    Ok(n)
}

#[derive(Default)]
struct Spec {
    left: bool,
    plus: bool,
    space: bool,
    alt: bool,
    zero: bool,
    width: usize,
    precision: Option<usize>,
}

/// One converted value: its sign, its prefix (`0x`), its digits or text,
/// and whether zeros may pad it (numbers only).
struct Piece {
    sign: &'static str,
    prefix: &'static str,
    body: String,
    numeric: bool,
}

impl Piece {
    fn text(body: String) -> Piece {
        Piece {
            sign: "",
            prefix: "",
            body,
            numeric: false,
        }
    }
}

impl Spec {
    fn sign(&self, negative: bool) -> &'static str {
        match (negative, self.plus, self.space) {
            (true, _, _) => "-",
            (false, true, _) => "+",
            (false, false, true) => " ",
            _ => "",
        }
    }

    /// Lays the piece out in the field: left-justified, zero-filled after
    /// the sign and prefix, or right-justified with spaces.
    fn pad_into(&self, out: &mut String, p: Piece) {
        let len = p.sign.len() + p.prefix.len() + p.body.chars().count();
        let fill = self.width.saturating_sub(len);
        if self.left {
            out.push_str(p.sign);
            out.push_str(p.prefix);
            out.push_str(&p.body);
            out.extend(std::iter::repeat_n(' ', fill));
        } else if self.zero && p.numeric {
            out.push_str(p.sign);
            out.push_str(p.prefix);
            out.extend(std::iter::repeat_n('0', fill));
            out.push_str(&p.body);
        } else {
            out.extend(std::iter::repeat_n(' ', fill));
            out.push_str(p.sign);
            out.push_str(p.prefix);
            out.push_str(&p.body);
        }
    }
}

fn convert(
    vm: Option<&mut Vm>,
    spec: &Spec,
    conv: char,
    arg: &Value,
    at: usize,
) -> PyResult<Piece> {
    match conv {
        's' | 'r' | 'a' => {
            let mut text = match (conv, vm) {
                ('s', Some(vm)) => repr::str_with(vm, arg)?,
                ('s', None) => repr::try_str(arg)?,
                (_, Some(vm)) => repr::repr_with(vm, arg)?,
                (_, None) => repr::try_repr(arg)?,
            };
            if conv == 'a' {
                text = crate::stdlib::builtins::ascii_escape(&text);
            }
            if let Some(p) = spec.precision {
                if let Some((cut, _)) = text.char_indices().nth(p) {
                    text.truncate(cut);
                }
            }
            Ok(Piece::text(text))
        }
        'd' | 'i' | 'u' => {
            let n = match numeric(arg) {
                Some(Num::Float(f)) => float_to_int(f)?,
                Some(Num::Int(i)) => Whole::Small(i),
                Some(Num::Big(b)) => Whole::Big(std::sync::Arc::new(b.clone())),
                None => {
                    return Err(type_error(format!(
                        "%{conv} format: a real number is required, not {}",
                        type_name(arg)
                    )))
                }
            };
            Ok(integer(spec, n, 'd'))
        }
        'o' | 'x' | 'X' => {
            let n = match numeric(arg) {
                Some(Num::Int(i)) => Whole::Small(i),
                Some(Num::Big(b)) => Whole::Big(std::sync::Arc::new(b.clone())),
                _ => {
                    return Err(type_error(format!(
                        "%{conv} format: an integer is required, not {}",
                        type_name(arg)
                    )))
                }
            };
            Ok(integer(spec, n, conv))
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = match numeric(arg) {
                Some(n) => n.to_f64()?,
                None => {
                    return Err(type_error(format!(
                        "must be real number, not {}",
                        type_name(arg)
                    )))
                }
            };
            let precision = spec.precision.unwrap_or(6);
            let alt = if spec.alt { "#" } else { "" };
            let body =
                format_float(x.abs(), &format!("{alt}.{precision}{conv}")).map_err(value_error)?;
            let negative = x.is_sign_negative() && !x.is_nan();
            Ok(Piece {
                sign: spec.sign(negative),
                prefix: "",
                body,
                numeric: true,
            })
        }
        'c' => {
            let c = match arg {
                Value::Int(n) => match u32::try_from(*n).ok().and_then(char::from_u32) {
                    Some(c) => c,
                    None if (0..0x110000).contains(n) => '\u{FFFD}',
                    None => return Err(overflow_error("%c arg not in range(0x110000)")),
                },
                Value::BigInt(_) => return Err(overflow_error("%c arg not in range(0x110000)")),
                v => match v.as_str() {
                    Some(s) if s.chars().count() == 1 => s.chars().next().unwrap_or_default(),
                    _ => return Err(type_error("%c requires int or char")),
                },
            };
            Ok(Piece::text(c.to_string()))
        }
        _ => Err(value_error(format!(
            "unsupported format character '{}' ({:#x}) at index {at}",
            conv, conv as u32
        ))),
    }
}

/// An int to print, small or big.
enum Whole {
    Small(i64),
    Big(std::sync::Arc<BigInt>),
}

fn float_to_int(f: f64) -> PyResult<Whole> {
    if f.is_nan() {
        return Err(value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(overflow_error("cannot convert float infinity to integer"));
    }
    Ok(match crate::vm::objects::int::float_to_big(f) {
        Value::BigInt(b) => Whole::Big(b),
        Value::Int(i) => Whole::Small(i),
        _ => Whole::Small(f.trunc() as i64),
    })
}

/// `%d`, `%o`, `%x`, `%X`: the digits of the magnitude, at least
/// `precision` of them, with the sign and the `#` prefix apart.
fn integer(spec: &Spec, n: Whole, conv: char) -> Piece {
    let kind = if conv == 'd' {
        "".to_string()
    } else {
        conv.to_string()
    };
    let (negative, mut body) = match &n {
        Whole::Small(i) => {
            let text = match i64::try_from(i.unsigned_abs()) {
                Ok(m) => format_int(m, &kind),
                Err(_) => format_bigint(&BigInt::from(i.unsigned_abs()), &kind),
            };
            (*i < 0, text.unwrap_or_default())
        }
        Whole::Big(b) => (
            b.sign() == num_bigint::Sign::Minus,
            format_bigint(&BigInt::from(b.magnitude().clone()), &kind).unwrap_or_default(),
        ),
    };
    if let Some(p) = spec.precision {
        if body.len() < p {
            body.insert_str(0, &"0".repeat(p - body.len()));
        }
    }
    let prefix = match (spec.alt, conv) {
        (true, 'o') => "0o",
        (true, 'x') => "0x",
        (true, 'X') => "0X",
        _ => "",
    };
    Piece {
        sign: spec.sign(negative),
        prefix,
        body,
        numeric: true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fmt(f: &str, v: Value) -> String {
        match format(None, f, &v) {
            Ok(v) => v.as_str().unwrap_or_default().to_string(),
            Err(e) => format!("error {e:?}").chars().take(60).collect(),
        }
    }

    #[test]
    fn conversions_match_cpython() {
        assert_eq!(fmt("%5.1f%%", Value::float(99.55)), " 99.5%");
        assert_eq!(fmt("%-5d|", Value::Int(42)), "42   |");
        assert_eq!(fmt("%05d", Value::Int(-42)), "-0042");
        assert_eq!(fmt("%#x", Value::Int(255)), "0xff");
        assert_eq!(fmt("%.3d", Value::Int(-5)), "-005");
        assert_eq!(fmt("%05s", Value::str("ab")), "   ab");
        assert_eq!(fmt("%c", Value::Int(65)), "A");
        assert_eq!(
            fmt("%s-%s", Value::tuple(vec![Value::Int(1), Value::str("a")])),
            "1-a"
        );
    }
}
