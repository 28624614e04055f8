//! Calls made when the main thread finishes: the `atexit` module, and
//! `threading._register_atexit`, through which `concurrent.futures` wakes
//! its idle pool threads so that the wait for non-daemon threads ends.
//!
//! CPython's order at exit, kept here (`Vm::run_main`): the main module
//! ends; `threading`'s exit calls run, last registered first; the
//! non-daemon threads are waited for; then `atexit`'s calls run, last
//! registered first. An exception in one is printed ("Exception ignored
//! in atexit callback") and the next still runs.

use crate::builtin;
use crate::vm::native::Args;
use crate::vm::objects::exceptions::{runtime_error, type_error, PyResult};
use crate::vm::value::{Module, Value};
use crate::vm::Vm;

/// One registered call: the callable, its positional arguments, then its
/// keyword values named by `kwnames`.
#[derive(Clone)]
pub struct ExitCall {
    func: Value,
    args: Vec<Value>,
    kwnames: Vec<Value>,
}

/// The calls an interpreter makes as it shuts down.
#[derive(Default)]
pub struct ExitCalls {
    /// `threading._register_atexit`: before the wait for threads.
    threading: Vec<ExitCall>,
    /// `atexit.register`: after it.
    atexit: Vec<ExitCall>,
    /// Set once `threading`'s calls have started: no more may be added.
    shutting_down: bool,
}

pub fn module() -> Value {
    Value::Module(std::sync::Arc::new(Module::new(
        "atexit",
        vec![
            ("register", Value::Builtin(&REGISTER)),
            ("unregister", Value::Builtin(&UNREGISTER)),
            ("_run_exitfuncs", Value::Builtin(&RUN_EXITFUNCS)),
            ("_clear", Value::Builtin(&CLEAR)),
        ],
    )))
}

/// The call `a` describes: a callable first, then its arguments.
fn exit_call(fname: &str, a: &Args) -> PyResult<ExitCall> {
    let Some((func, args)) = a.positional().split_first() else {
        return Err(type_error(format!(
            "{fname} expected at least 1 argument, got 0"
        )));
    };
    if !crate::stdlib::builtins::is_callable(func) {
        return Err(type_error("the first argument must be callable"));
    }
    let kw_values = &a.values[a.values.len() - a.kwnames.len()..];
    let mut args = args.to_vec();
    args.extend(kw_values.iter().cloned());
    Ok(ExitCall {
        func: func.clone(),
        args,
        kwnames: a.kwnames.to_vec(),
    })
}

builtin!(REGISTER, "register", |vm, a| {
    let call = exit_call("register", a)?;
    let func = call.func.clone();
    vm.interp.exit_calls.lock().atexit.push(call);
    Ok(func)
});

builtin!(UNREGISTER, "unregister", |vm, a| {
    let [func] = a.exact("unregister", 1, 1)? else {
        unreachable!("exact checked the count")
    };
    let mut calls = vm.interp.exit_calls.lock();
    let mut kept = Vec::with_capacity(calls.atexit.len());
    for call in std::mem::take(&mut calls.atexit) {
        if !crate::vm::ops::eq(&call.func, func)? {
            kept.push(call);
        }
    }
    calls.atexit = kept;
    Ok(Value::None)
});

builtin!(RUN_EXITFUNCS, "_run_exitfuncs", |vm, a| {
    a.exact("_run_exitfuncs", 0, 0)?;
    vm.run_atexit_calls();
    Ok(Value::None)
});

builtin!(CLEAR, "_clear", |vm, a| {
    a.exact("_clear", 0, 0)?;
    vm.interp.exit_calls.lock().atexit.clear();
    Ok(Value::None)
});

/// `threading._register_atexit(func, *args, **kwargs)`.
pub fn register_threading(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let call = exit_call("_register_atexit", a)?;
    let mut calls = vm.interp.exit_calls.lock();
    if calls.shutting_down {
        return Err(runtime_error("can't register atexit after shutdown"));
    }
    calls.threading.push(call);
    Ok(Value::None)
}

impl Vm {
    /// Runs `threading`'s exit calls, last first. An exception stops them
    /// and is the main thread's, as in CPython's `threading._shutdown`.
    pub(crate) fn run_threading_exit_calls(&mut self) -> PyResult<()> {
        self.interp.exit_calls.lock().shutting_down = true;
        loop {
            let next = self.interp.exit_calls.lock().threading.pop();
            let Some(call) = next else {
                return Ok(());
            };
            self.call_value_kw(&call.func, call.args, &call.kwnames)?;
        }
    }

    /// Runs the `atexit` calls, last first; each exception is printed and
    /// the rest still run.
    pub(crate) fn run_atexit_calls(&mut self) {
        loop {
            let next = self.interp.exit_calls.lock().atexit.pop();
            let Some(call) = next else {
                return;
            };
            if let Err(e) = self.call_value_kw(&call.func, call.args, &call.kwnames) {
                self.prepare_traceback(&e);
                let repr = crate::vm::repr::py_repr(&call.func);
                self.interp.runtime.write_stderr(&format!(
                    "Exception ignored in atexit callback: {repr}\n{}",
                    e.0.format_traceback()
                ));
            }
        }
    }
}
