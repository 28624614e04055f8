//! The `time` module: `sleep`, `time`, `perf_counter`, `monotonic`.

use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use crate::builtin;
use crate::vm::objects::exceptions::{type_error, value_error, PyResult};
use crate::vm::objects::types::type_name;
use crate::vm::value::{Module, Value};

pub fn module() -> Value {
    Value::Module(Arc::new(Module::new(
        "time",
        vec![
            ("sleep", Value::Builtin(&SLEEP)),
            ("time", Value::Builtin(&TIME)),
            ("perf_counter", Value::Builtin(&PERF_COUNTER)),
            ("monotonic", Value::Builtin(&MONOTONIC)),
            ("time_ns", Value::Builtin(&TIME_NS)),
            ("perf_counter_ns", Value::Builtin(&PERF_COUNTER_NS)),
        ],
    )))
}

/// CPython's error for a number of seconds beyond its clock's range.
pub fn timestamp_too_large() -> crate::vm::objects::exceptions::PyErr {
    crate::vm::objects::exceptions::overflow_error("timestamp too large to convert to C _PyTime_t")
}

fn seconds(v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(f.get()),
        Value::Int(i) => Ok(*i as f64),
        Value::BigInt(_) => Err(timestamp_too_large()),
        Value::Bool(b) => Ok(b.get() as i64 as f64),
        other => Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(other)
        ))),
    }
}

builtin!(SLEEP, "sleep", |vm, a| {
    let v = a.exact("sleep", 1, 1)?;
    let secs = seconds(&v[0])?;
    if secs < 0.0 {
        return Err(value_error("sleep length must be non-negative"));
    }
    if secs.is_nan() {
        return Err(value_error("Invalid value NaN (not a number)"));
    }
    vm.sleep(Duration::from_secs_f64(secs.min(1e9)))?;
    Ok(Value::None)
});
/// Deterministic mode's `time.time()` starts at this fixed date
/// (2023-11-14T22:13:20Z), so printed timestamps are reproducible.
const VIRTUAL_EPOCH: f64 = 1_700_000_000.0;

builtin!(TIME, "time", |vm, a| {
    a.exact("time", 0, 0)?;
    if vm.interp.gil.is_deterministic() {
        vm.sync_clock();
        return Ok(Value::float(VIRTUAL_EPOCH + vm.interp.clock_secs()));
    }
    let d = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    Ok(Value::float(d.as_secs_f64()))
});
builtin!(TIME_NS, "time_ns", |vm, a| {
    a.exact("time_ns", 0, 0)?;
    if vm.interp.gil.is_deterministic() {
        vm.sync_clock();
        let ns = (vm.interp.clock_secs() * 1e9) as i64;
        return Ok(Value::Int(VIRTUAL_EPOCH as i64 * 1_000_000_000 + ns));
    }
    let d = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    Ok(Value::Int(d.as_nanos() as i64))
});
builtin!(PERF_COUNTER, "perf_counter", |vm, a| {
    a.exact("perf_counter", 0, 0)?;
    vm.sync_clock();
    Ok(Value::float(vm.interp.clock_secs()))
});
builtin!(MONOTONIC, "monotonic", |vm, a| {
    a.exact("monotonic", 0, 0)?;
    vm.sync_clock();
    Ok(Value::float(vm.interp.clock_secs()))
});
builtin!(PERF_COUNTER_NS, "perf_counter_ns", |vm, a| {
    a.exact("perf_counter_ns", 0, 0)?;
    vm.sync_clock();
    Ok(Value::Int((vm.interp.clock_secs() * 1e9) as i64))
});
