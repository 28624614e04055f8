//! `repr()` and `str()` of every value, printed exactly as CPython prints
//! them: shortest float repr, quote choice for strings, `(1,)`, and `[...]`
//! for a container that contains itself.

use std::cell::RefCell;

use compact_str::CompactString;

use crate::format::{float_repr, str_repr};
use crate::vm::objects::exceptions::{recursion_error, PyException, PyResult};
use crate::vm::objects::short_str::ShortStr;
use crate::vm::objects::types::TYPES;
use crate::vm::objects::views::DictView;
use crate::vm::value::Value;

/// Deeper nesting than this raises RecursionError, as CPython's repr does
/// at its recursion limit, instead of overflowing the Rust stack.
const MAX_DEPTH: usize = 1000;

thread_local! {
    /// Containers whose repr is being built on this thread, to print a
    /// self-containing list as `[[...]]` instead of looping forever.
    static IN_PROGRESS: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

/// `repr(v)`; fails only for absurdly deep nesting.
pub fn try_repr(v: &Value) -> PyResult<String> {
    let mut out = String::new();
    repr_into(&mut out, v, 0)?;
    Ok(out)
}

/// `str(v)`.
pub fn try_str(v: &Value) -> PyResult<String> {
    match v.as_str() {
        Some(s) => Ok(s.to_string()),
        None => {
            let mut out = String::new();
            str_into(&mut out, v, 0)?;
            Ok(out)
        }
    }
}

/// `str(exc)`: empty for no args, the one arg's str (its repr for
/// KeyError, as CPython), else the repr of the args tuple.
pub fn try_exception_str(e: &PyException) -> PyResult<String> {
    let mut out = String::new();
    exception_str_into(&mut out, e, 0)?;
    Ok(out)
}

/// `repr(exc)`: `ValueError('bad')`; too-deep nesting shows as `...`.
pub fn exception_repr(e: &PyException) -> String {
    let mut out = String::new();
    match exception_repr_into(&mut out, e, 0) {
        Ok(()) => out,
        Err(_) => "...".to_string(),
    }
}

/// **`str(int)` without a `String`.** The digits are written into a stack
/// buffer (`itoa`) and copied once into the string, inline when short: one
/// malloc (the `Arc`) where the general path formatted into a growing
/// `String`, shrank it to a `Box<str>` (a realloc) and boxed that.
/// strings.py calls `str(i)` a million times.
pub fn int_str(i: i64) -> Value {
    let mut digits = itoa::Buffer::new();
    let text = digits.format(i);
    // Up to 7 characters (|i| < 10**7, or 10**6 when negative) the string
    // is inline: no allocation at all.
    match ShortStr::new(text) {
        Some(short) => Value::ShortStr(short),
        None => Value::compact_str(CompactString::new(text)),
    }
}

/// `str()` into `out`. An exception's str is its argument's str, which may
/// be another exception: that nesting counts towards the depth limit too.
fn str_into(out: &mut String, v: &Value, depth: usize) -> PyResult<()> {
    match v {
        Value::Str(s) => out.push_str(s.as_str()),
        Value::ShortStr(s) => out.push_str(s.as_str()),
        Value::Exception(e) => {
            if depth > MAX_DEPTH {
                return Err(recursion_error(
                    "maximum recursion depth exceeded while getting the str of an object",
                ));
            }
            exception_str_into(out, e, depth)?;
        }
        _ => repr_into(out, v, depth)?,
    }
    Ok(())
}

fn exception_str_into(out: &mut String, e: &PyException, depth: usize) -> PyResult<()> {
    match e.args.as_slice() {
        [] => {}
        [one] if e.typ.is_subtype(&TYPES.key_error) => repr_into(out, one, depth + 1)?,
        [one] => str_into(out, one, depth + 1)?,
        many => {
            out.push('(');
            seq_into(out, many, depth)?;
            out.push(')');
        }
    }
    Ok(())
}

fn exception_repr_into(out: &mut String, e: &PyException, depth: usize) -> PyResult<()> {
    out.push_str(&e.typ.name);
    out.push('(');
    seq_into(out, &e.args, depth)?;
    out.push(')');
    Ok(())
}

/// `repr(v)` for error messages and the disassembler, where a failure
/// would hide the real error: too-deep nesting shows as `...`.
pub fn py_repr(v: &Value) -> String {
    try_repr(v).unwrap_or_else(|_| "...".to_string())
}

/// `str(v)`, infallible like `py_repr`.
pub fn py_str(v: &Value) -> String {
    try_str(v).unwrap_or_else(|_| "...".to_string())
}

/// The disassembler's and debugger's view of a value.
pub fn repr_for_display(v: &Value) -> String {
    match v {
        Value::Undef => "<undefined>".to_string(),
        _ => py_repr(v),
    }
}

fn repr_into(out: &mut String, v: &Value, depth: usize) -> PyResult<()> {
    if depth > MAX_DEPTH {
        return Err(recursion_error(
            "maximum recursion depth exceeded while getting the repr of an object",
        ));
    }
    match v {
        Value::Undef => out.push_str("<undefined>"),
        Value::None => out.push_str("None"),
        Value::Bool(b) => out.push_str(if b.get() { "True" } else { "False" }),
        Value::Int(i) => out.push_str(itoa::Buffer::new().format(*i)),
        Value::Float(f) => out.push_str(&float_repr(f.get())),
        Value::Str(s) => out.push_str(&str_repr(s.as_str())),
        Value::ShortStr(s) => out.push_str(&str_repr(s.as_str())),
        Value::Tuple(t) if t.items.is_empty() => out.push_str("()"),
        Value::Tuple(t) => {
            // A tuple can reach itself through a list it holds.
            let id = v.id() as usize;
            if !enter(id) {
                out.push_str("(...)");
                return Ok(());
            }
            out.push('(');
            let r = seq_into(out, &t.items, depth);
            leave(id);
            r?;
            if t.items.len() == 1 {
                out.push(',');
            }
            out.push(')');
        }
        Value::List(l) => {
            let id = v.id() as usize;
            if !enter(id) {
                out.push_str("[...]");
                return Ok(());
            }
            let items = l.snapshot();
            out.push('[');
            let r = seq_into(out, &items, depth);
            leave(id);
            r?;
            out.push(']');
        }
        Value::Dict(d) => {
            let id = v.id() as usize;
            if !enter(id) {
                out.push_str("{...}");
                return Ok(());
            }
            let items = d.items();
            out.push('{');
            let r = (|| {
                for (i, (k, val)) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    repr_into(out, k, depth + 1)?;
                    out.push_str(": ");
                    repr_into(out, val, depth + 1)?;
                }
                Ok(())
            })();
            leave(id);
            r?;
            out.push('}');
        }
        Value::Range(r) => {
            if r.step == 1 {
                out.push_str(&format!("range({}, {})", r.start, r.stop));
            } else {
                out.push_str(&format!("range({}, {}, {})", r.start, r.stop, r.step));
            }
        }
        Value::Slice(s) => {
            out.push_str("slice(");
            repr_into(out, &s.start, depth + 1)?;
            out.push_str(", ");
            repr_into(out, &s.stop, depth + 1)?;
            out.push_str(", ");
            repr_into(out, &s.step, depth + 1)?;
            out.push(')');
        }
        Value::Function(f) => out.push_str(&format!("<function {} at {:#x}>", f.name(), v.id())),
        Value::Builtin(b) => out.push_str(&format!("<built-in function {}>", b.name)),
        Value::BoundMethod(m) => out.push_str(&format!(
            "<built-in method {} of {} object at {:#x}>",
            m.func.name,
            crate::vm::objects::types::type_name(&m.receiver),
            m.receiver.id()
        )),
        Value::Module(m) => out.push_str(&format!("<module '{}' (built-in)>", m.name)),
        Value::Type(t) => out.push_str(&format!("<class '{}'>", t.name)),
        Value::Exception(e) => exception_repr_into(out, e, depth)?,
        Value::Iterator(_) | Value::ForLoop(_) => out.push_str(&format!(
            "<{} object at {:#x}>",
            crate::vm::objects::types::type_name(v),
            v.id()
        )),
        Value::Code(c) => out.push_str(&format!(
            "<code object {} at {:#x}, file \"{}\", line {}>",
            c.name,
            v.id(),
            c.source.name,
            c.first_line
        )),
        Value::Native(n) => match n.as_any().downcast_ref::<DictView>() {
            // A view repr lists its dict's items, which may hold the view
            // itself: like a list, it must notice the cycle (CPython prints
            // the inner one as `...`) and count towards the depth.
            Some(view) => {
                let id = v.id() as usize;
                if !enter(id) {
                    out.push_str("...");
                    return Ok(());
                }
                out.push_str(&n.type_object().name);
                out.push_str("([");
                let r = seq_into(out, &view.items(), depth + 1);
                leave(id);
                r?;
                out.push_str("])");
            }
            None => out.push_str(&n.repr()),
        },
    }
    Ok(())
}

fn seq_into(out: &mut String, items: &[Value], depth: usize) -> PyResult<()> {
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        repr_into(out, item, depth + 1)?;
    }
    Ok(())
}

fn enter(id: usize) -> bool {
    IN_PROGRESS.with(|p| {
        let mut p = p.borrow_mut();
        if p.contains(&id) {
            false
        } else {
            p.push(id);
            true
        }
    })
}

fn leave(id: usize) {
    IN_PROGRESS.with(|p| {
        let mut p = p.borrow_mut();
        if let Some(pos) = p.iter().rposition(|x| *x == id) {
            p.remove(pos);
        }
    });
}
