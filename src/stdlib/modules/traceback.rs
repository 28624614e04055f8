//! The `traceback` module: an exception's traceback as text, the same
//! text gilvm prints for an uncaught one (`format_exc`, `print_exc`,
//! `format_exception`, `print_exception`, `format_exception_only`).

use std::sync::Arc;

use crate::builtin;
use crate::stdlib::modules::frames::{FrameObject, TracebackObject};
use crate::stdlib::modules::sys::handled_exception;
use crate::vm::native::Args;
use crate::vm::objects::exceptions::{type_error, PyException, PyResult};
use crate::vm::value::{Module, Value};
use crate::vm::Vm;

pub fn module() -> Value {
    Value::Module(Arc::new(Module::new(
        "traceback",
        vec![
            ("format_exc", Value::Builtin(&FORMAT_EXC)),
            ("print_exc", Value::Builtin(&PRINT_EXC)),
            ("format_exception", Value::Builtin(&FORMAT_EXCEPTION)),
            ("print_exception", Value::Builtin(&PRINT_EXCEPTION)),
            (
                "format_exception_only",
                Value::Builtin(&FORMAT_EXCEPTION_ONLY),
            ),
            ("format_stack", Value::Builtin(&FORMAT_STACK)),
            ("print_stack", Value::Builtin(&PRINT_STACK)),
        ],
    )))
}

/// The text of an exception (`None` gives CPython's `NoneType: None`).
fn text_of(e: Option<&Arc<PyException>>) -> String {
    match e {
        Some(e) => e.format_traceback(),
        None => "NoneType: None\n".to_string(),
    }
}

/// The exception an argument names: an exception, or the one a
/// traceback object belongs to; `None` for None.
fn exception_arg(v: &Value) -> PyResult<Option<Arc<PyException>>> {
    match v {
        Value::Exception(e) => Ok(Some(e.clone())),
        Value::None => Ok(None),
        Value::Native(n) => match n.as_any().downcast_ref::<TracebackObject>() {
            Some(tb) => Ok(Some(tb.exception().clone())),
            None => Err(type_error("expected an exception")),
        },
        Value::Type(_) => Ok(None),
        _ => Err(type_error("expected an exception")),
    }
}

/// `format_exception(exc)` or the old `format_exception(type, value, tb)`:
/// the value is what is formatted.
fn exception_of_args(a: &Args) -> PyResult<Option<Arc<PyException>>> {
    let pos = a.positional();
    match pos {
        [exc] => exception_arg(exc),
        [_, value, ..] => exception_arg(value),
        [] => Err(type_error(
            "format_exception() missing required positional argument: 'exc'",
        )),
    }
}

/// Splits text into lines that keep their newline, as CPython's lists do.
fn lines(text: &str) -> Value {
    Value::list(text.split_inclusive('\n').map(Value::str).collect())
}

fn handled(vm: &Vm) -> Option<Arc<PyException>> {
    match handled_exception(vm) {
        Some(Value::Exception(e)) => Some(e),
        _ => None,
    }
}

builtin!(FORMAT_EXC, "format_exc", |vm, _a| {
    Ok(Value::str(text_of(handled(vm).as_ref())))
});
builtin!(PRINT_EXC, "print_exc", |vm, _a| {
    let text = text_of(handled(vm).as_ref());
    vm.interp.runtime.write_stderr(&text);
    Ok(Value::None)
});
builtin!(FORMAT_EXCEPTION, "format_exception", |_, a| {
    let e = exception_of_args(a)?;
    Ok(lines(&text_of(e.as_ref())))
});
builtin!(PRINT_EXCEPTION, "print_exception", |vm, a| {
    let e = exception_of_args(a)?;
    vm.interp.runtime.write_stderr(&text_of(e.as_ref()));
    Ok(Value::None)
});
builtin!(FORMAT_EXCEPTION_ONLY, "format_exception_only", |_, a| {
    let e = exception_of_args(a)?;
    Ok(Value::list(vec![Value::str(match e {
        Some(e) => format!("{}\n", e.summary()),
        None => "NoneType: None\n".to_string(),
    })]))
});

/// The stack as `format_stack` lists it: from `frame`, else the caller.
fn stack_of(vm: &mut Vm, a: &Args) -> PyResult<Vec<String>> {
    let frame = match a.positional().first() {
        Some(Value::None) | None => {
            let here = Args::new(&[]);
            (crate::stdlib::modules::frames::GETFRAME.func)(vm, &here)?
        }
        Some(f) => f.clone(),
    };
    match &frame {
        Value::Native(n) => match n.as_any().downcast_ref::<FrameObject>() {
            Some(f) => Ok(f.format_stack()),
            None => Err(type_error("format_stack() expects a frame")),
        },
        _ => Err(type_error("format_stack() expects a frame")),
    }
}

builtin!(FORMAT_STACK, "format_stack", |vm, a| {
    let entries = stack_of(vm, a)?;
    Ok(Value::list(entries.into_iter().map(Value::str).collect()))
});
builtin!(PRINT_STACK, "print_stack", |vm, a| {
    let entries = stack_of(vm, a)?;
    vm.interp.runtime.write_stderr(&entries.concat());
    Ok(Value::None)
});
