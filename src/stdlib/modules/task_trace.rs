//! `_task_trace`: how asyncio (written in Python, `py/asyncio.py`) puts its
//! tasks on the timeline. Each task is a lane nested under the thread that
//! runs its loop (`trace::Lane::task`), and its life is told with the
//! events a thread's is:
//!
//! | call                      | event          | the task's row shows |
//! |---------------------------|----------------|----------------------|
//! | `event(id, "start", name)`| `ThreadStart`  | ready                |
//! | `event(id, "run", "")`    | `Acquired`     | running a step       |
//! | `event(id, "await", what)`| `Blocked`      | awaiting `what`      |
//! | `event(id, "ready", "")`  | `Woke`         | ready                |
//! | `event(id, "done", "")`   | `ThreadExit`   | done                 |
//!
//! `step(id, coro, exc)` runs one step of a task: it says "run", sends
//! `None` into the coroutine (or throws `exc` into it) and, when the step
//! ends in a bare yield (`sleep(0)`), says "ready". The one call does what
//! `coro.send(None)` and two `event` calls did, in the loop's hottest path.
//!
//! `recording()` says whether the run is traced. The calls are made either
//! way, so that a deterministic run follows the same schedule watched or
//! not.

use std::sync::Arc;

use crate::builtin;
use crate::trace::{BlockKind, EventKind};
use crate::vm::objects::exceptions::{value_error, PyErr};
use crate::vm::value::{Module, Value};

pub fn module() -> Value {
    let attrs = vec![
        ("recording", Value::Builtin(&RECORDING)),
        ("event", Value::Builtin(&EVENT)),
        ("step", Value::Builtin(&STEP)),
    ];
    Value::Module(Arc::new(Module::new("_task_trace", attrs)))
}

builtin!(RECORDING, "recording", |vm, a| {
    a.exact("recording", 0, 0)?;
    Ok(Value::bool(vm.interp.runtime.recorder.is_some()))
});

builtin!(EVENT, "event", |vm, a| {
    let v = a.exact("event", 3, 3)?;
    let (Value::Int(id), Some(kind), Some(text)) = (&v[0], v[1].as_str(), v[2].as_str()) else {
        return Err(value_error("event(task_id, kind, text)"));
    };
    let kind = match kind {
        "start" => EventKind::ThreadStart {
            name: text.to_string(),
        },
        "run" => EventKind::Acquired,
        "await" => EventKind::Blocked {
            kind: awaited_kind(text),
            what: text.to_string(),
        },
        "ready" => EventKind::Woke,
        "done" => EventKind::ThreadExit,
        other => return Err(value_error(format!("unknown task event {other:?}"))),
    };
    vm.interp.emit_on_task(vm.thread, *id as u32, kind);
    Ok(Value::None)
});

builtin!(STEP, "step", |vm, a| {
    let v = a.exact("step", 3, 3)?;
    let (Value::Int(id), Value::Generator(coro)) = (&v[0], &v[1]) else {
        return Err(value_error("step(task_id, coroutine, exception or None)"));
    };
    let id = *id as u32;
    vm.interp.emit_on_task(vm.thread, id, EventKind::Acquired);
    let result = match &v[2] {
        Value::None => vm.generator_send(coro, Value::None),
        Value::Exception(e) => vm.generator_throw(coro, PyErr(e.clone())),
        _ => return Err(value_error("step(task_id, coroutine, exception or None)")),
    }?;
    if let Value::None = result {
        vm.interp.emit_on_task(vm.thread, id, EventKind::Woke);
    }
    Ok(result)
});

/// The kind of wait, from asyncio's own words for it.
fn awaited_kind(what: &str) -> BlockKind {
    let starts = |p: &str| what.starts_with(p);
    if starts("sleep") {
        BlockKind::Sleep
    } else if starts("Queue") {
        BlockKind::Queue
    } else if starts("Lock") {
        BlockKind::Lock
    } else if starts("Event") {
        BlockKind::Event
    } else if starts("Condition") {
        BlockKind::Condition
    } else if starts("Semaphore") {
        BlockKind::Semaphore
    } else if starts("task") || starts("gather") {
        BlockKind::Join
    } else {
        BlockKind::Other
    }
}
