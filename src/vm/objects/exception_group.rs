//! `BaseExceptionGroup` and `ExceptionGroup` (PEP 654): several exceptions
//! raised as one, as `asyncio.TaskGroup` raises its tasks' errors.
//!
//! CPython derives `ExceptionGroup` from both `BaseExceptionGroup` and
//! `Exception`. gilvm's classes have one base: `ExceptionGroup` derives
//! from `Exception` (so `except Exception` catches it) and
//! `TypeObject::is_subtype` counts it as a `BaseExceptionGroup` too.
//!
//! A group keeps CPython's `args`, `(message, exceptions as given)`; its
//! `message` and `exceptions` (a tuple) are read from them. An uncaught
//! group prints as CPython draws it: its own traceback, then each member
//! in a numbered box, nested groups inside (`GroupPrinter`).

use std::sync::Arc;

use crate::vm::native::Args;
use crate::vm::objects::exceptions::{type_error, value_error, PyErr, PyException, PyResult};
use crate::vm::objects::types::{type_name, TypeObject, TYPES};
use crate::vm::value::Value;

/// CPython's limits when printing a group: members shown per group, and
/// groups nested.
const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

/// `BaseExceptionGroup(message, exceptions)` or `ExceptionGroup(...)`,
/// checked as CPython checks them. A `BaseExceptionGroup` of exceptions
/// that are all `Exception`s is made an `ExceptionGroup`.
pub fn construct(typ: &Arc<TypeObject>, a: &Args) -> PyResult<Value> {
    if let Some((name, _)) = a.keywords().next() {
        return Err(type_error(format!(
            "{}() takes no keyword arguments (got '{name}')",
            typ.name
        )));
    }
    let [message, exceptions] = a.values else {
        return Err(type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            a.values.len()
        )));
    };
    if !message.is_str() {
        return Err(type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            type_name(message)
        )));
    }
    let items: Vec<Value> = match exceptions {
        Value::List(l) => l.items.lock().clone(),
        Value::Tuple(t) => t.items.to_vec(),
        Value::Str(_) | Value::ShortStr(_) | Value::Range(_) => {
            // Sequences, but of no exceptions.
            if crate::vm::ops::len(exceptions)? == 0 {
                Vec::new()
            } else {
                return Err(value_error(
                    "Item 0 of second argument (exceptions) is not an exception",
                ));
            }
        }
        _ => {
            return Err(type_error(
                "second argument (exceptions) must be a sequence",
            ))
        }
    };
    if items.is_empty() {
        return Err(value_error(
            "second argument (exceptions) must be a non-empty sequence",
        ));
    }
    let mut all_exceptions = true;
    for (i, item) in items.iter().enumerate() {
        let Value::Exception(e) = item else {
            return Err(value_error(format!(
                "Item {i} of second argument (exceptions) is not an exception"
            )));
        };
        all_exceptions &= e.typ.is_subtype(&TYPES.exception);
    }
    let typ = if Arc::ptr_eq(typ, &TYPES.base_exception_group) && all_exceptions {
        &TYPES.exception_group
    } else {
        if typ.is_subtype(&TYPES.exception) && !all_exceptions {
            return Err(type_error(
                "Cannot nest BaseExceptions in an ExceptionGroup",
            ));
        }
        typ
    };
    Ok(PyErr::new(typ, vec![message.clone(), exceptions.clone()]).value())
}

/// Whether `e` is an exception group.
pub fn is_group(e: &PyException) -> bool {
    e.typ.is_subtype(&TYPES.base_exception_group)
}

/// A group's members, in order; `None` for another exception.
pub fn members(e: &PyException) -> Option<Vec<Arc<PyException>>> {
    if !is_group(e) {
        return None;
    }
    let items = match e.args().get(1) {
        Some(Value::List(l)) => l.items.lock().clone(),
        Some(Value::Tuple(t)) => t.items.to_vec(),
        _ => Vec::new(),
    };
    Some(
        items
            .into_iter()
            .filter_map(|v| match v {
                Value::Exception(m) => Some(m),
                _ => None,
            })
            .collect(),
    )
}

/// `eg.message` and `eg.exceptions`.
pub fn attribute(e: &PyException, name: &str) -> Option<Value> {
    match name {
        "message" => e.args().first().cloned(),
        "exceptions" => Some(Value::tuple(
            members(e)?.into_iter().map(Value::Exception).collect(),
        )),
        _ => None,
    }
}

/// `str(eg)`: `message (2 sub-exceptions)`.
pub fn str_of(e: &PyException) -> Option<String> {
    let members = members(e)?;
    let message = match e.args().first() {
        Some(m) => m.as_str().unwrap_or_default().to_string(),
        None => String::new(),
    };
    let s = if members.len() == 1 { "" } else { "s" };
    Some(format!("{message} ({} sub-exception{s})", members.len()))
}

/// Prints exceptions inside the groups they belong to, as CPython's
/// `traceback` does: each line of an exception `depth` groups down is
/// indented by two spaces per group and marked with `| ` (`+ ` on the
/// first line of a top-level group), and each member sits under a
/// numbered rule.
#[derive(Default)]
pub struct GroupPrinter {
    depth: usize,
    /// Whether the innermost group still owes its closing rule (a nested
    /// group that ends its parent closes both with one rule).
    need_close: bool,
}

impl GroupPrinter {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// Writes each line of `text`, indented for this depth.
    pub fn emit(&self, out: &mut String, text: &str, margin: char) {
        let mut prefix = self.indent();
        if self.depth > 0 {
            prefix.push(margin);
            prefix.push(' ');
        }
        for line in text.split_inclusive('\n') {
            out.push_str(&prefix);
            out.push_str(line);
        }
    }

    /// One exception (not its chain): its traceback and last line, and a
    /// group's members after them.
    pub fn format_one(&mut self, e: &PyException, out: &mut String) {
        let entries = e.traceback_entries();
        let Some(members) = members(e) else {
            let mut text = String::new();
            if !entries.is_empty() {
                text.push_str("Traceback (most recent call last):\n");
                text.push_str(&entries);
            }
            text.push_str(&e.summary());
            text.push('\n');
            self.emit(out, &text, '|');
            return;
        };
        if self.depth > MAX_GROUP_DEPTH {
            self.emit(
                out,
                &format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"),
                '|',
            );
            return;
        }
        let top_level = self.depth == 0;
        if top_level {
            self.depth += 1;
        }
        if !entries.is_empty() {
            let margin = if top_level { '+' } else { '|' };
            self.emit(
                out,
                "Exception Group Traceback (most recent call last):\n",
                margin,
            );
            self.emit(out, &entries, '|');
        }
        self.emit(out, &format!("{}\n", e.summary()), '|');
        let shown = members.len().min(MAX_GROUP_WIDTH + 1);
        self.need_close = false;
        for i in 0..shown {
            let last = i + 1 == shown;
            if last {
                self.need_close = true;
            }
            let truncated = i >= MAX_GROUP_WIDTH;
            let title = if truncated {
                "...".to_string()
            } else {
                (i + 1).to_string()
            };
            let corner = if i == 0 { "+-" } else { "  " };
            out.push_str(&format!(
                "{}{corner}+---------------- {title} ----------------\n",
                self.indent()
            ));
            self.depth += 1;
            if truncated {
                let more = members.len() - MAX_GROUP_WIDTH;
                let s = if more > 1 { "s" } else { "" };
                self.emit(out, &format!("and {more} more exception{s}\n"), '|');
            } else {
                members[i].format_chain(out, self);
            }
            if last && self.need_close {
                out.push_str(&format!(
                    "{}+------------------------------------\n",
                    self.indent()
                ));
                self.need_close = false;
            }
            self.depth -= 1;
        }
        if top_level {
            self.depth = 0;
        }
    }
}
