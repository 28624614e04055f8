//! `repr()` and `str()` of every value, printed exactly as CPython prints
//! them: shortest float repr, quote choice for strings, `(1,)`, and `[...]`
//! for a container that contains itself.

use std::cell::RefCell;

use compact_str::CompactString;

use crate::format::{float_repr, str_repr};
use std::sync::Arc;

use crate::vm::objects::exceptions::{recursion_error, type_error, PyException, PyResult};
use crate::vm::objects::instance::PyInstance;
use crate::vm::objects::short_str::ShortStr;
use crate::vm::objects::types::TypeObject;
use crate::vm::objects::types::TYPES;
use crate::vm::objects::views::DictView;
use crate::vm::value::Value;
use crate::vm::Vm;

/// Deeper nesting than this raises RecursionError, as CPython's repr does
/// at its recursion limit, instead of overflowing the Rust stack.
const MAX_DEPTH: usize = 1000;

use crate::vm::address::shown;

thread_local! {
    /// Containers whose repr is being built on this thread, to print a
    /// self-containing list as `[[...]]` instead of looping forever.
    static IN_PROGRESS: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

/// Who can run a user class's `__repr__` or `__str__`: the VM of the
/// thread asking, when it is known. Without one, instances get the
/// default repr (error messages, the disassembler).
pub struct Cx<'v> {
    vm: Option<&'v mut Vm>,
}

/// `repr(v)` as the script sees it: user classes' `__repr__` runs.
pub fn repr_with(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let mut out = String::new();
    repr_into(&mut Cx { vm: Some(vm) }, &mut out, v, 0)?;
    Ok(out)
}

/// `str(v)` as the script sees it: user classes' `__str__` runs.
pub fn str_with(vm: &mut Vm, v: &Value) -> PyResult<String> {
    if let Some(s) = v.as_str() {
        return Ok(s.to_string());
    }
    let mut out = String::new();
    str_into(&mut Cx { vm: Some(vm) }, &mut out, v, 0)?;
    Ok(out)
}

/// Calls the user-defined `hook` (`__repr__`, `__str__`) of `class` on
/// `v`, when there is one and a VM to run it.
fn user_hook(
    cx: &mut Cx,
    v: &Value,
    class: &Arc<TypeObject>,
    hook: &str,
) -> Option<PyResult<String>> {
    let vm = cx.vm.as_deref_mut()?;
    let (f, owner) = class.lookup_with_owner(hook)?;
    if !owner.is_class {
        return None;
    }
    Some(
        vm.call_value(&f, vec![v.clone()])
            .and_then(|r| match r.as_str() {
                Some(s) => Ok(s.to_string()),
                None => Err(type_error(format!(
                    "{hook} returned non-string (type {})",
                    crate::vm::objects::types::type_name(&r)
                ))),
            }),
    )
}

/// `<__main__.C object at 0x...>` (a stand-in address in deterministic
/// runs: see `address`).
fn default_instance_repr(out: &mut String, v: &Value, inst: &PyInstance) {
    if let Some(Value::Native(n)) = inst.native.get() {
        out.push_str(&n.repr_as(&inst.class.name));
        return;
    }
    let module = inst
        .class
        .lookup("__module__")
        .and_then(|m| m.as_str().map(str::to_string))
        .unwrap_or_else(|| "__main__".to_string());
    // A built-in class (`object()`) is shown without its module.
    let module = if inst.class.is_class {
        format!("{module}.")
    } else {
        String::new()
    };
    out.push_str(&format!(
        "<{module}{} object at {:#x}>",
        inst.class.qualname,
        shown(v)
    ));
}

/// `object.__repr__(v)`: an instance's `<module.C object at 0x...>` past
/// its class's own `__repr__`; other values as `repr` shows them.
pub fn default_repr(v: &Value) -> PyResult<String> {
    match v {
        Value::Instance(inst) => {
            let mut out = String::new();
            default_instance_repr(&mut out, v, inst);
            Ok(out)
        }
        Value::Exception(e) => Ok(exception_repr(e)),
        other => try_repr(other),
    }
}

/// `repr(v)`; fails only for absurdly deep nesting.
pub fn try_repr(v: &Value) -> PyResult<String> {
    let mut out = String::new();
    repr_into(&mut Cx { vm: None }, &mut out, v, 0)?;
    Ok(out)
}

/// `str(v)`.
pub fn try_str(v: &Value) -> PyResult<String> {
    match v.as_str() {
        Some(s) => Ok(s.to_string()),
        None => {
            let mut out = String::new();
            str_into(&mut Cx { vm: None }, &mut out, v, 0)?;
            Ok(out)
        }
    }
}

/// `str(exc)`: empty for no args, the one arg's str (its repr for
/// KeyError, as CPython), else the repr of the args tuple.
pub fn try_exception_str(e: &PyException) -> PyResult<String> {
    let mut out = String::new();
    exception_str_into(&mut Cx { vm: None }, &mut out, e, 0)?;
    Ok(out)
}

/// `repr(exc)`: `ValueError('bad')`; too-deep nesting shows as `...`.
pub fn exception_repr(e: &PyException) -> String {
    let mut out = String::new();
    match exception_repr_into(&mut Cx { vm: None }, &mut out, e, 0) {
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
fn str_into(cx: &mut Cx, out: &mut String, v: &Value, depth: usize) -> PyResult<()> {
    match v {
        Value::Str(s) => out.push_str(s.as_str()),
        Value::ShortStr(s) => out.push_str(s.as_str()),
        Value::Instance(inst) => match user_hook(cx, v, &inst.class, "__str__") {
            Some(r) => out.push_str(&r?),
            None => repr_into(cx, out, v, depth)?,
        },
        Value::Exception(e) if user_hook_exists(&e.typ, "__str__") && cx.vm.is_some() => {
            if let Some(r) = user_hook(cx, v, &e.typ, "__str__") {
                out.push_str(&r?);
            }
        }
        Value::Exception(e) => {
            if depth > MAX_DEPTH {
                return Err(recursion_error(
                    "maximum recursion depth exceeded while getting the str of an object",
                ));
            }
            exception_str_into(cx, out, e, depth)?;
        }
        _ => repr_into(cx, out, v, depth)?,
    }
    Ok(())
}

fn user_hook_exists(class: &Arc<TypeObject>, hook: &str) -> bool {
    class
        .lookup_with_owner(hook)
        .is_some_and(|(_, owner)| owner.is_class)
}

fn exception_str_into(
    cx: &mut Cx,
    out: &mut String,
    e: &PyException,
    depth: usize,
) -> PyResult<()> {
    if let Some(s) = crate::vm::objects::exception_group::str_of(e) {
        out.push_str(&s);
        return Ok(());
    }
    match e.args().as_slice() {
        [] => {}
        // CPython's OSError shows an errno and its text as `[Errno N] text`
        // (and the file name after them, when there is one).
        [errno, text, rest @ ..] if rest.len() <= 3 && e.typ.is_subtype(&TYPES.os_error) => {
            out.push_str("[Errno ");
            str_into(cx, out, errno, depth + 1)?;
            out.push_str("] ");
            str_into(cx, out, text, depth + 1)?;
            if let Some(name) = rest.first().filter(|n| !n.is_none()) {
                out.push_str(": ");
                repr_into(cx, out, name, depth + 1)?;
            }
        }
        [one] if e.typ.is_subtype(&TYPES.key_error) => repr_into(cx, out, one, depth + 1)?,
        [one] => str_into(cx, out, one, depth + 1)?,
        many => {
            out.push('(');
            seq_into(cx, out, many, depth)?;
            out.push(')');
        }
    }
    Ok(())
}

fn exception_repr_into(
    cx: &mut Cx,
    out: &mut String,
    e: &PyException,
    depth: usize,
) -> PyResult<()> {
    out.push_str(&e.typ.name);
    out.push('(');
    seq_into(cx, out, &e.args(), depth)?;
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

fn repr_into(cx: &mut Cx, out: &mut String, v: &Value, depth: usize) -> PyResult<()> {
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
        Value::BigInt(b) => out.push_str(&crate::vm::objects::int::big_str(b)?),
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
            let r = seq_into(cx, out, &t.items, depth);
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
            let r = seq_into(cx, out, &items, depth);
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
                    repr_into(cx, out, k, depth + 1)?;
                    out.push_str(": ");
                    repr_into(cx, out, val, depth + 1)?;
                }
                Ok(())
            })();
            leave(id);
            r?;
            out.push('}');
        }
        Value::Set(s) => {
            // `set()`, `{1, 2}`, `frozenset()`, `frozenset({1, 2})`. A set
            // cannot hold itself, but an element's `__repr__` can print it
            // again: CPython shows that inner one as `set(...)`.
            let name = if s.is_frozen() { "frozenset" } else { "set" };
            let id = v.id() as usize;
            if !enter(id) {
                out.push_str(name);
                out.push_str("(...)");
                return Ok(());
            }
            let items = s.keys();
            let r = if items.is_empty() {
                out.push_str(name);
                out.push_str("()");
                Ok(())
            } else {
                let frozen = s.is_frozen();
                out.push_str(if frozen { "frozenset({" } else { "{" });
                let r = seq_into(cx, out, &items, depth);
                out.push_str(if frozen { "})" } else { "}" });
                r
            };
            leave(id);
            r?;
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
            repr_into(cx, out, &s.start, depth + 1)?;
            out.push_str(", ");
            repr_into(cx, out, &s.stop, depth + 1)?;
            out.push_str(", ");
            repr_into(cx, out, &s.step, depth + 1)?;
            out.push(')');
        }
        Value::Function(f) => {
            let name = f.dunder("__qualname__");
            let name = name.as_str().unwrap_or_default();
            out.push_str(&format!("<function {name} at {:#x}>", shown(v)))
        }
        Value::Builtin(b) => out.push_str(&format!("<built-in function {}>", b.name)),
        Value::BoundMethod(m) => out.push_str(&format!(
            "<built-in method {} of {} object at {:#x}>",
            m.func.name,
            crate::vm::objects::types::type_name(&m.receiver),
            shown(&m.receiver)
        )),
        Value::Module(m) => out.push_str(&format!("<module '{}' (built-in)>", m.name)),
        Value::Type(t) => {
            // A metaclass's `__repr__` shows its classes its way.
            if let (Some(hook), Some(vm)) = (t.meta_hook("__repr__"), cx.vm.as_deref_mut()) {
                let r = vm.call_value(&hook, vec![v.clone()])?;
                match r.as_str() {
                    Some(s) => out.push_str(s),
                    None => return Err(type_error("__repr__ returned non-string")),
                }
            } else {
                out.push_str(&format!("<class '{}'>", t.qualified_name()))
            }
        }
        Value::Exception(e) => match user_hook(cx, v, &e.typ, "__repr__") {
            Some(r) => out.push_str(&r?),
            None => exception_repr_into(cx, out, e, depth)?,
        },
        Value::Instance(inst) => match user_hook(cx, v, &inst.class, "__repr__") {
            Some(r) => out.push_str(&r?),
            None => default_instance_repr(out, v, inst),
        },
        Value::Method(m) => {
            let name = match &m.func {
                Value::Function(f) => {
                    let name = f.dunder("__qualname__");
                    name.as_str().unwrap_or_default().to_string()
                }
                _ => "?".to_string(),
            };
            out.push_str(&format!("<bound method {name} of "));
            repr_into(cx, out, &m.receiver, depth + 1)?;
            out.push('>');
        }
        Value::Cell(_) => out.push_str(&format!("<cell at {:#x}>", shown(v))),
        Value::Generator(g) => out.push_str(&format!(
            "<{} object {} at {:#x}>",
            if g.is_coroutine() {
                "coroutine"
            } else {
                "generator"
            },
            g.qualname(),
            shown(v)
        )),
        Value::Iterator(_) | Value::ForLoop(_) => out.push_str(&format!(
            "<{} object at {:#x}>",
            crate::vm::objects::types::type_name(v),
            shown(v)
        )),
        Value::Code(c) => out.push_str(&format!(
            "<code object {} at {:#x}, file \"{}\", line {}>",
            c.name,
            shown(v),
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
                let r = seq_into(cx, out, &view.items(), depth + 1);
                leave(id);
                r?;
                out.push_str("])");
            }
            None => match n.repr_items() {
                Some((open, items, close)) => {
                    let id = v.id() as usize;
                    if !enter(id) {
                        out.push_str("[...]");
                        return Ok(());
                    }
                    out.push_str(&open);
                    let r = seq_into(cx, out, &items, depth + 1);
                    leave(id);
                    r?;
                    out.push_str(&close);
                }
                None => {
                    // Gives the object its stand-in address, alive as long
                    // as it is, before its repr asks for it.
                    shown(v);
                    out.push_str(&n.repr())
                }
            },
        },
    }
    Ok(())
}

fn seq_into(cx: &mut Cx, out: &mut String, items: &[Value], depth: usize) -> PyResult<()> {
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        repr_into(cx, out, item, depth + 1)?;
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
