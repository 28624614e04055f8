//! `_types`: what the library's `types` module (`py/types.py`) cannot
//! write in Python. `coroutine(f)` marks a generator function so that its
//! generators may be awaited, as CPython's `types.coroutine` sets
//! `CO_ITERABLE_COROUTINE` on the function's code; asyncio's `sleep(0)`
//! is such a generator. `is_coroutine_function(f)` answers
//! `asyncio.iscoroutinefunction`.

use std::sync::Arc;

use crate::builtin;
use crate::vm::objects::exceptions::type_error;
use crate::vm::value::{Module, Value};

pub fn module() -> Value {
    Value::Module(Arc::new(Module::new(
        "_types",
        vec![
            ("coroutine", Value::Builtin(&COROUTINE)),
            (
                "is_coroutine_function",
                Value::Builtin(&IS_COROUTINE_FUNCTION),
            ),
        ],
    )))
}

builtin!(IS_COROUTINE_FUNCTION, "is_coroutine_function", |_vm, a| {
    let v = a.exact("is_coroutine_function", 1, 1)?;
    let f = match &v[0] {
        Value::Method(m) => &m.func,
        other => other,
    };
    Ok(Value::bool(
        matches!(f, Value::Function(f) if f.code.is_coroutine),
    ))
});

builtin!(COROUTINE, "coroutine", |_vm, a| {
    let v = a.exact("coroutine", 1, 1)?;
    match &v[0] {
        Value::Function(f) if f.code.is_coroutine => Ok(v[0].clone()),
        Value::Function(f) if f.code.is_generator => Ok(Value::Function(Arc::new(
            f.with_code(f.code.as_iterable_coroutine()),
        ))),
        other if crate::stdlib::builtins::is_callable(other) => Err(type_error(
            "gilvm's types.coroutine() takes a generator function or an async def",
        )),
        _ => Err(type_error("types.coroutine() expects a callable")),
    }
});
