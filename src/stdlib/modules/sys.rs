//! The `sys` module: `argv`, `exit`, `stdout` and `stderr`, the recursion
//! limit and the switch interval the GIL uses, the exception being
//! handled (`exc_info`), the running frames (`_getframe`), and what
//! Python this is (`version_info`, `implementation`).

use std::sync::atomic::Ordering;
use std::sync::Arc;

use crate::builtin;
use crate::stdlib::builtins::int_arg;
use crate::stdlib::modules::frames;
use crate::stdlib::modules::stdio::{Stream, TextStream};
use crate::vm::objects::exceptions::{type_error, value_error, PyErr};
use crate::vm::objects::types::{type_name, TYPES};
use crate::vm::value::{Module, Value};
use crate::vm::Interpreter;

pub fn module(interp: &Arc<Interpreter>) -> Value {
    let argv = interp
        .config
        .argv
        .iter()
        .map(|a| Value::str(a.clone()))
        .collect();
    Value::Module(Arc::new(Module::new(
        "sys",
        vec![
            ("argv", Value::list(argv)),
            ("exit", Value::Builtin(&EXIT)),
            ("getrecursionlimit", Value::Builtin(&GETRECURSIONLIMIT)),
            ("setrecursionlimit", Value::Builtin(&SETRECURSIONLIMIT)),
            ("getswitchinterval", Value::Builtin(&GETSWITCHINTERVAL)),
            ("setswitchinterval", Value::Builtin(&SETSWITCHINTERVAL)),
            ("maxsize", Value::Int(i64::MAX)),
            ("stdout", TextStream::value(Stream::Stdout)),
            ("stderr", TextStream::value(Stream::Stderr)),
            (
                "version",
                Value::str(concat!("3.11 (gilvm ", env!("CARGO_PKG_VERSION"), ")")),
            ),
            ("version_info", version_info()),
            ("hexversion", Value::Int(0x030B_00F0)),
            ("platform", Value::str(std::env::consts::OS)),
            ("byteorder", Value::str("little")),
            ("implementation", implementation()),
            ("exc_info", Value::Builtin(&EXC_INFO)),
            ("exception", Value::Builtin(&EXCEPTION)),
            ("_getframe", Value::Builtin(&frames::GETFRAME)),
        ],
    )))
}

/// `sys.version_info`: the CPython gilvm follows, as a named tuple.
fn version_info() -> Value {
    crate::stdlib::modules::frames::named_tuple(
        "sys.version_info",
        &[
            ("major", Value::Int(3)),
            ("minor", Value::Int(11)),
            ("micro", Value::Int(0)),
            ("releaselevel", Value::str("final")),
            ("serial", Value::Int(0)),
        ],
    )
}

/// `sys.implementation`: gilvm, speaking the language of CPython 3.11.
fn implementation() -> Value {
    Value::Module(Arc::new(Module::new(
        "sys.implementation",
        vec![
            ("name", Value::str("gilvm")),
            ("cache_tag", Value::None),
            ("version", version_info()),
        ],
    )))
}

/// The exception being handled on this thread, if any.
pub fn handled_exception(vm: &crate::vm::Vm) -> Option<Value> {
    vm.exc_info
        .last()
        .filter(|v| matches!(v, Value::Exception(_)))
        .cloned()
}

builtin!(EXC_INFO, "exc_info", |vm, a| {
    a.exact("exc_info", 0, 0)?;
    Ok(match handled_exception(vm) {
        Some(Value::Exception(e)) => Value::tuple(vec![
            Value::Type(e.typ.clone()),
            Value::Exception(e.clone()),
            crate::stdlib::modules::frames::traceback_of(&e),
        ]),
        _ => Value::tuple(vec![Value::None, Value::None, Value::None]),
    })
});
builtin!(EXCEPTION, "exception", |vm, a| {
    a.exact("exception", 0, 0)?;
    Ok(handled_exception(vm).unwrap_or(Value::None))
});

builtin!(EXIT, "exit", |_, a| {
    let v = a.exact("exit", 0, 1)?;
    Err(PyErr::new(&TYPES.system_exit, v.to_vec()))
});
builtin!(GETRECURSIONLIMIT, "getrecursionlimit", |vm, a| {
    a.exact("getrecursionlimit", 0, 0)?;
    Ok(Value::Int(vm.recursion_limit() as i64))
});
builtin!(SETRECURSIONLIMIT, "setrecursionlimit", |vm, a| {
    let v = a.exact("setrecursionlimit", 1, 1)?;
    let n = int_arg(&v[0])?;
    if n < 1 {
        return Err(value_error(
            "recursion limit must be greater or equal than 1",
        ));
    }
    // Frames live on the heap, so a high limit costs memory, not the Rust
    // stack; still, cap it where a runaway recursion would exhaust memory.
    let n = n.min(10_000_000) as usize;
    vm.interp.recursion_limit.store(n, Ordering::Relaxed);
    Ok(Value::None)
});
builtin!(GETSWITCHINTERVAL, "getswitchinterval", |vm, a| {
    a.exact("getswitchinterval", 0, 0)?;
    Ok(Value::float(vm.interp.gil.interval().as_secs_f64()))
});
builtin!(SETSWITCHINTERVAL, "setswitchinterval", |vm, a| {
    let v = a.exact("setswitchinterval", 1, 1)?;
    let secs = match &v[0] {
        Value::Float(f) => f.get(),
        Value::Int(i) => *i as f64,
        Value::BigInt(b) => crate::vm::objects::int::IntRef::Big(b).to_f64()?,
        Value::Bool(b) => b.get() as i64 as f64,
        other => {
            return Err(type_error(format!(
                "must be real number, not {}",
                type_name(other)
            )))
        }
    };
    if secs.is_nan() || secs <= 0.0 {
        return Err(value_error("switch interval must be strictly positive"));
    }
    vm.interp
        .gil
        .set_interval(std::time::Duration::from_secs_f64(secs.min(1e6)));
    Ok(Value::None)
});
