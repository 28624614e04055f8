//! Exception objects, the error type every fallible VM operation returns,
//! and CPython-shaped tracebacks.

use std::sync::Arc;

use parking_lot::Mutex;

use crate::builtin;
use crate::bytecode::CodeObject;
use crate::vm::native::BuiltinFunction;
use crate::vm::objects::instance::Attrs;
use crate::vm::objects::list::ObjectLock;
use crate::vm::objects::types::{TypeObject, TYPES};
use crate::vm::value::Value;

/// An exception instance: its class, its `args`, and the frames it has
/// passed through (innermost first), for the traceback. A user exception
/// class's instances are `PyException`s too, with attributes of their own.
pub struct PyException {
    pub typ: Arc<TypeObject>,
    /// `e.args`; `BaseException.__init__` may replace them.
    pub args: ObjectLock<Vec<Value>>,
    pub traceback: Mutex<Vec<TracebackEntry>>,
    /// Attributes a user class's `__init__` sets (`self.code = 7`).
    pub attrs: ObjectLock<Attrs>,
    /// `raise ... from cause` (`__cause__`); `from None` sets it to None,
    /// which also suppresses the context.
    pub cause: ObjectLock<Option<Value>>,
    /// The exception being handled when this one was raised (`__context__`).
    pub context: ObjectLock<Option<Value>>,
    /// `str(exc)` computed by a user class's `__str__` for the traceback,
    /// which is printed when no Python code can run any more
    /// (`Vm::prepare_traceback`).
    pub rendered: std::sync::OnceLock<String>,
}

/// One line of a traceback: a code object and the instruction that was
/// running in it.
#[derive(Clone)]
pub struct TracebackEntry {
    pub code: Arc<CodeObject>,
    pub ip: usize,
}

impl Drop for PyException {
    fn drop(&mut self) {
        crate::vm::drop::drop_later(std::mem::take(self.args.get_mut()));
    }
}

/// A raised exception on its way up the stack.
#[derive(Clone)]
pub struct PyErr(pub Arc<PyException>);

pub type PyResult<T> = Result<T, PyErr>;

impl std::fmt::Debug for PyErr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0.summary())
    }
}

impl PyErr {
    /// Errors are the cold path: kept out of line so that the dispatch
    /// loop's code and register allocation do not depend on which of its
    /// callees the compiler chose to inline (see docs/performance.md).
    #[cold]
    #[inline(never)]
    pub fn new(typ: &Arc<TypeObject>, args: Vec<Value>) -> PyErr {
        PyErr(Arc::new(PyException::new(typ, args)))
    }

    #[cold]
    #[inline(never)]
    pub fn with_message(typ: &Arc<TypeObject>, message: impl Into<String>) -> PyErr {
        PyErr::new(typ, vec![Value::str(message.into())])
    }

    pub fn value(&self) -> Value {
        Value::Exception(self.0.clone())
    }

    pub fn is_instance(&self, typ: &Arc<TypeObject>) -> bool {
        self.0.typ.is_subtype(typ)
    }

    /// Records that the exception passed through `code` at `ip`.
    pub fn add_traceback(&self, code: &Arc<CodeObject>, ip: usize) {
        self.0.traceback.lock().push(TracebackEntry {
            code: code.clone(),
            ip,
        });
    }
}

impl PyException {
    pub fn new(typ: &Arc<TypeObject>, args: Vec<Value>) -> PyException {
        PyException {
            typ: typ.clone(),
            args: ObjectLock::new(args),
            traceback: Mutex::new(Vec::new()),
            attrs: ObjectLock::new(Attrs::default()),
            cause: ObjectLock::new(None),
            context: ObjectLock::new(None),
            rendered: std::sync::OnceLock::new(),
        }
    }

    /// A copy of `args` (no lock is held while they are printed).
    pub fn args(&self) -> Vec<Value> {
        self.args.lock().clone()
    }

    /// The exception printed above this one in a traceback, and the line
    /// that joins them: the cause, else the context unless suppressed.
    pub fn chained(&self) -> Option<(Arc<PyException>, &'static str)> {
        match &*self.cause.lock() {
            Some(Value::Exception(c)) => {
                return Some((
                    c.clone(),
                    "The above exception was the direct cause of the following exception:",
                ))
            }
            Some(_) => return None, // `from None`
            None => {}
        }
        match &*self.context.lock() {
            Some(Value::Exception(c)) => Some((
                c.clone(),
                "During handling of the above exception, another exception occurred:",
            )),
            _ => None,
        }
    }

    /// `str(exc)`: empty for no args, the one arg's str (its repr for
    /// KeyError, as CPython), else the repr of the args tuple.
    pub fn message(&self) -> String {
        crate::vm::repr::try_exception_str(self)
            .unwrap_or_else(|_| "<exception str() failed>".to_string())
    }

    /// `Type: message`, or just `Type` when the message is empty: the last
    /// line of a traceback.
    pub fn summary(&self) -> String {
        let msg = match self.rendered.get() {
            Some(m) => m.clone(),
            None => self.message(),
        };
        if msg.is_empty() {
            self.typ.name.clone()
        } else {
            format!("{}: {}", self.typ.name, msg)
        }
    }

    /// `repr(exc)`: `ValueError('bad')`.
    pub fn repr(&self) -> String {
        crate::vm::repr::exception_repr(self)
    }

    /// The full traceback as CPython prints it for an uncaught exception,
    /// after those of the exceptions chained to it (cause or context); an
    /// exception group's members are drawn nested inside it
    /// (`exception_group::GroupPrinter`).
    pub fn format_traceback(&self) -> String {
        let mut out = String::new();
        self.format_chain(&mut out, &mut GroupPrinter::default());
        out
    }

    /// This exception after those chained to it, inside the groups
    /// `printer` is in.
    pub(crate) fn format_chain(&self, out: &mut String, printer: &mut GroupPrinter) {
        let mut chain = Vec::new();
        let mut next = self.chained();
        while let Some((e, joint)) = next {
            // A cycle (an exception that is its own context) ends the chain.
            if chain
                .iter()
                .any(|(c, _): &(Arc<PyException>, _)| Arc::ptr_eq(c, &e))
                || std::ptr::eq(&*e, self)
                || chain.len() >= 100
            {
                break;
            }
            next = e.chained();
            chain.push((e, joint));
        }
        for (e, joint) in chain.iter().rev() {
            printer.format_one(e, out);
            printer.emit(out, &format!("\n{joint}\n\n"), '|');
        }
        printer.format_one(self, out);
    }

    /// The `File ..., line ...` lines of the traceback, innermost last.
    pub(crate) fn traceback_entries(&self) -> String {
        let mut out = String::new();
        let out = &mut out;
        let tb = self.traceback.lock();
        if !tb.is_empty() {
            // CPython prints at most the innermost 1000 entries, and after
            // three identical consecutive entries (deep recursion) only a
            // count of the rest.
            const LIMIT: usize = 1000;
            const CUTOFF: usize = 3;
            let repeated = |out: &mut String, count: usize| {
                if count > CUTOFF {
                    let n = count - CUTOFF;
                    let s = if n > 1 { "s" } else { "" };
                    out.push_str(&format!("  [Previous line repeated {n} more time{s}]\n"));
                }
            };
            let mut last: Option<(&str, usize, &str)> = None;
            let mut count = 0;
            for entry in tb.iter().take(LIMIT).rev() {
                let code = &entry.code;
                let line = code.line_of(entry.ip);
                let here = (code.source.name.as_str(), line, code.name.as_str());
                if last != Some(here) {
                    repeated(out, count);
                    last = Some(here);
                    count = 0;
                }
                count += 1;
                if count > CUTOFF {
                    continue;
                }
                out.push_str(&format!(
                    "  File \"{}\", line {}, in {}\n",
                    code.source.name, line, code.name
                ));
                let text = code.source.line_text(line).trim();
                if !text.is_empty() {
                    out.push_str("    ");
                    out.push_str(text);
                    out.push('\n');
                }
            }
            repeated(out, count);
        }
        std::mem::take(out)
    }
}

use crate::vm::objects::exception_group::GroupPrinter;

macro_rules! error_constructors {
    ($($fn_name:ident => $field:ident),* $(,)?) => {
        $(
            #[doc = concat!("A `", stringify!($field), "` with a message.")]
            #[cold]
            #[inline(never)]
            pub fn $fn_name(message: impl Into<String>) -> PyErr {
                PyErr::with_message(&TYPES.$field, message)
            }
        )*
    };
}

error_constructors! {
    type_error => type_error,
    value_error => value_error,
    index_error => index_error,
    name_error => name_error,
    attribute_error => attribute_error,
    zero_division_error => zero_division_error,
    overflow_error => overflow_error,
    runtime_error => runtime_error,
    recursion_error => recursion_error,
    import_error => module_not_found_error,
    unbound_local_error => unbound_local_error,
}

/// The `OSError` (or the subclass CPython picks for its errno, such as
/// `BrokenPipeError`) for a failed system call: `[Errno 32] Broken pipe`.
pub fn io_error(e: &std::io::Error) -> PyErr {
    let Some(errno) = e.raw_os_error() else {
        return PyErr::with_message(&TYPES.os_error, e.to_string());
    };
    // Rust words it `text (os error N)`; CPython shows the text alone.
    let text = e.to_string();
    let text = text
        .strip_suffix(&format!(" (os error {errno})"))
        .unwrap_or(&text)
        .to_string();
    // CPython's errno-to-subclass table (PEP 3151), Linux numbers.
    let typ = match errno {
        32 | 108 => &TYPES.broken_pipe_error,
        2 => &TYPES.file_not_found_error,
        1 | 13 => &TYPES.permission_error,
        17 => &TYPES.file_exists_error,
        21 => &TYPES.is_a_directory_error,
        20 => &TYPES.not_a_directory_error,
        4 => &TYPES.interrupted_error,
        11 | 114 | 115 => &TYPES.blocking_io_error,
        10 => &TYPES.child_process_error,
        3 => &TYPES.process_lookup_error,
        103 => &TYPES.connection_aborted_error,
        111 => &TYPES.connection_refused_error,
        104 => &TYPES.connection_reset_error,
        110 => &TYPES.timeout_error,
        _ => &TYPES.os_error,
    };
    PyErr::new(typ, vec![Value::Int(errno as i64), Value::str(text)])
}

/// `KeyError(key)`: the key itself is the argument.
#[cold]
#[inline(never)]
pub fn key_error(key: Value) -> PyErr {
    PyErr::new(&TYPES.key_error, vec![key])
}

/// The error for a range whose bounds would leave the 64-bit ints (gilvm's
/// ranges hold `i64`s; ints themselves are unbounded).
#[cold]
#[inline(never)]
pub fn int_overflow() -> PyErr {
    overflow_error("range bounds beyond 64 bits are not supported by gilvm")
}

/// A bare `MemoryError`, for a container too large to allocate.
#[cold]
#[inline(never)]
pub fn memory_error() -> PyErr {
    PyErr::new(&TYPES.memory_error, Vec::new())
}

/// A vector with room for `n` values, or `MemoryError` when the allocator
/// refuses: a plain `Vec::with_capacity` would abort the whole process.
pub fn try_vec<T>(n: usize) -> PyResult<Vec<T>> {
    crate::vm::memory::vec_with_capacity(n)
}

/// The methods of `BaseException` and every exception class.
pub fn exception_method(name: &str) -> Option<&'static BuiltinFunction> {
    match name {
        "__init__" => Some(&EXCEPTION_INIT),
        "with_traceback" => Some(&EXCEPTION_WITH_TRACEBACK),
        "__str__" => Some(&EXCEPTION_STR),
        "__repr__" => Some(&EXCEPTION_REPR),
        _ => None,
    }
}

/// The exception `self` of `BaseException`'s own methods.
fn this_exception<'a>(
    a: &crate::vm::native::Args<'a>,
    method: &str,
) -> PyResult<&'a Arc<PyException>> {
    match a.values.first() {
        Some(Value::Exception(e)) if a.values.len() == 1 => Ok(e),
        _ => Err(type_error(format!(
            "descriptor '{method}' requires a 'BaseException' object and no arguments"
        ))),
    }
}

// `BaseException.__str__(self)`: the args as `str()` shows them, past a
// subclass's own `__str__` (what its `super().__str__()` reaches).
builtin!(EXCEPTION_STR, "__str__", |_, a| {
    let e = this_exception(a, "__str__")?;
    Ok(Value::str(crate::vm::repr::try_exception_str(e)?))
});

// `BaseException.__repr__(self)`: `ValueError('bad')`.
builtin!(EXCEPTION_REPR, "__repr__", |_, a| {
    let e = this_exception(a, "__repr__")?;
    Ok(Value::str(crate::vm::repr::exception_repr(e)))
});

builtin!(EXCEPTION_INIT, "__init__", |_, a| {
    match a.values.first() {
        Some(Value::Exception(e)) => {
            let args = a.positional()[1..].to_vec();
            let old = std::mem::replace(&mut *e.args.lock(), args);
            drop(old);
            Ok(Value::None)
        }
        _ => Err(type_error(
            "descriptor '__init__' requires a 'BaseException' object",
        )),
    }
});

builtin!(EXCEPTION_WITH_TRACEBACK, "with_traceback", |_, a| {
    Ok(a.values.first().cloned().unwrap_or(Value::None))
});
