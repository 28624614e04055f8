//! Coroutines: what `async def` makes.
//!
//! A coroutine is a generator frame (`PyGenerator`) whose code is an
//! `async def`'s (`CodeObject::is_coroutine`): it suspends and resumes
//! exactly as a generator does, in the same dispatch loop, with no Rust
//! recursion. What differs is how it may be driven: `await` (compiled to
//! `GET_AWAITABLE` + `YIELD_FROM`) and `send`/`throw`/`close`, never `for`
//! or `next()`, and a finished coroutine cannot be resumed again.
//! `async for` (GET_AITER, GET_ANEXT, END_ASYNC_FOR) awaits `__anext__()`
//! at each step, until it raises StopAsyncIteration.

use std::sync::Arc;

use crate::vm::objects::exceptions::{runtime_error, type_error, PyErr, PyResult};
use crate::vm::objects::generator::{GenStatus, PyGenerator};
use crate::vm::objects::types::{type_name, TYPES};
use crate::vm::value::Value;
use crate::vm::Vm;

/// The error for resuming a coroutine that has finished.
pub fn reused() -> PyErr {
    runtime_error("cannot reuse already awaited coroutine")
}

impl Vm {
    /// `GET_AWAITABLE`: what `await v` delegates to. A coroutine delegates
    /// to itself; an object with `__await__` to the iterator that returns.
    pub(crate) fn get_awaitable(&mut self, v: Value) -> PyResult<Value> {
        if let Value::Generator(g) = &v {
            if g.is_coroutine() {
                if g.status() == GenStatus::Suspended && g.delegate().is_some() {
                    return Err(runtime_error("coroutine is being awaited already"));
                }
                return Ok(v);
            }
            if g.is_iterable_coroutine() {
                return Ok(v);
            }
        }
        let cannot = |v: &Value| {
            type_error(format!(
                "object {} can't be used in 'await' expression",
                type_name(v)
            ))
        };
        let Some(r) = self.call_special(&v, "__await__", Vec::new()) else {
            return Err(cannot(&v));
        };
        let it = r?;
        match &it {
            Value::Generator(g) if g.is_coroutine() => {
                Err(type_error("__await__() returned a coroutine"))
            }
            Value::Instance(_) if self.special(&it, "__next__").is_some() => Ok(it),
            Value::Iterator(_) => Ok(it),
            other if crate::vm::protocols::is_vm_iterator(other) => Ok(it),
            other => Err(type_error(format!(
                "__await__() returned non-iterator of type '{}'",
                type_name(other)
            ))),
        }
    }

    /// CPython's warning for a coroutine dropped before it ever ran, at
    /// the running line.
    pub(crate) fn warn_never_awaited(&self, g: &PyGenerator) {
        let message = format!("coroutine '{}' was never awaited", g.qualname());
        if self.interp.warn(self, "RuntimeWarning", &message) {
            self.interp.runtime.write_stderr(
                "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n",
            );
        }
    }

    /// POP_TOP of the last reference to a coroutine that never ran (`f()`
    /// without `await`): the warning names this line, as CPython's does.
    #[cold]
    pub(crate) fn drop_unawaited(&mut self, ip: usize, g: Arc<PyGenerator>) {
        if let Some(f) = self.frames.last_mut() {
            f.ip = ip;
        }
        self.warn_never_awaited(&g);
        if let Some(mut st) = g.try_state() {
            st.finish();
        }
    }

    /// `async with mgr`: its bound `__aexit__` and the awaitable its
    /// `__aenter__` returns.
    pub(crate) fn enter_async_context(&mut self, mgr: &Value) -> PyResult<(Value, Value)> {
        let enter = self.get_attr(mgr, "__aenter__");
        let exit = self.get_attr(mgr, "__aexit__");
        match (enter, exit) {
            (Ok(enter), Ok(exit)) => {
                let entering = self.call_value(&enter, Vec::new())?;
                Ok((exit, entering))
            }
            _ => Err(type_error(format!(
                "'{}' object does not support the asynchronous context manager protocol",
                type_name(mgr)
            ))),
        }
    }

    /// GET_AITER: what `obj.__aiter__()` returns, which must have
    /// `__anext__`.
    pub(crate) fn get_aiter(&mut self, obj: Value) -> PyResult<Value> {
        let Some(r) = self.call_special(&obj, "__aiter__", Vec::new()) else {
            return Err(type_error(format!(
                "'async for' requires an object with __aiter__ method, got {}",
                type_name(&obj)
            )));
        };
        let it = r?;
        if self.special(&it, "__anext__").is_none() {
            return Err(type_error(format!(
                "'async for' received an object from __aiter__ that does not implement __anext__: {}",
                type_name(&it)
            )));
        }
        Ok(it)
    }

    /// GET_ANEXT: the awaitable `__anext__()` of the iterator on TOS
    /// returns.
    pub(crate) fn get_anext(&mut self) -> PyResult<Value> {
        let it = self.stack.last().cloned().unwrap_or(Value::None);
        let next = match self.call_special(&it, "__anext__", Vec::new()) {
            Some(r) => r?,
            None => {
                return Err(type_error(format!(
                    "'async for' requires an iterator with __anext__ method, got {}",
                    type_name(&it)
                )))
            }
        };
        self.get_awaitable(next.clone()).map_err(|_| {
            type_error(format!(
                "'async for' received an invalid object from __anext__: {}",
                type_name(&next)
            ))
        })
    }

    /// END_ASYNC_FOR: the loop ends at StopAsyncIteration; any other
    /// exception goes on.
    pub(crate) fn end_async_for(&mut self) -> PyResult<()> {
        let exc = self.pop();
        match exc {
            Value::Exception(e) if PyErr(e.clone()).is_instance(&TYPES.stop_async_iteration) => {
                self.exc_info.pop();
                self.pop().discard();
                Ok(())
            }
            Value::Exception(e) => {
                self.reraising = true;
                Err(PyErr(e))
            }
            _ => Err(runtime_error("END_ASYNC_FOR without an exception")),
        }
    }

    /// `yield from v` in a plain generator may not delegate to a
    /// coroutine (only `await` may).
    pub(crate) fn check_yield_from_coroutine(&self, g: &Arc<PyGenerator>) -> PyResult<()> {
        let in_coroutine = self.frames.last().is_some_and(|_| {
            let code = &crate::vm::eval::frame_func(&self.frames, self.frames.len() - 1).code;
            code.is_coroutine || code.iterable_coroutine
        });
        if g.is_coroutine() && !in_coroutine {
            return Err(type_error(
                "cannot 'yield from' a coroutine object in a non-coroutine generator",
            ));
        }
        Ok(())
    }
}
