//! `_interpreters`: interpreters with a lock each, and the queues between
//! them. The low layer under `concurrent.interpreters`, `multiprocessing`
//! and `ProcessPoolExecutor` (all three written in Python).
//!
//! - `create()` makes an interpreter under the run (`Interpreter::sibling`)
//!   and returns its number;
//! - `start(id, name, func, args=(), kwargs=None, daemon=False)` runs
//!   `func(*args, **kwargs)` on a new thread of interpreter `id`, the
//!   function and its arguments copied there (`vm::crossing`), and returns
//!   a `Call` handle: `join(timeout=None)`, `done()`, `result()` (the
//!   return value copied back, or the exception re-raised), `traceback`
//!   (the text of the exception in the other interpreter), `name`;
//! - `Queue(maxsize=0)`: a queue whose items are copied in and out, the
//!   same queue in every interpreter it is sent to (`put`, `get`, with
//!   `block` and `timeout`, `qsize`, `empty`, `full`, `maxsize`), raising
//!   `queue.Empty` and `queue.Full`;
//! - `exec(id, source, shared=None)` runs source code in interpreter
//!   `id`'s `__main__` namespace (after binding the copied `shared`
//!   names there), on a new thread of it, and returns the same handle;
//! - `get_current()`, `destroy(id)`, `list_all()`.
//!
//! Waits (a join, a queue) go through `Vm::blocking`, so they release the
//! caller's lock and take part in deadlock detection across interpreters.

use std::any::Any;
use std::collections::VecDeque;
use std::sync::{Arc, LazyLock};
use std::time::Duration;

use parking_lot::{Condvar, Mutex};

use crate::builtin;
use crate::gil::ThreadNum;
use crate::stdlib::modules::threading::seconds_arg;
use crate::trace::{BlockKind, DropReason, EventKind};
use crate::vm::crossing::{Sent, PICKLING_ERROR};
use crate::vm::native::{Args, BuiltinFunction, NativeObject};
use crate::vm::objects::exceptions::{runtime_error, type_error, value_error, PyResult};
use crate::vm::objects::types::{TypeKind, TypeObject, TYPES};
use crate::vm::ops::truthy;
use crate::vm::threads::{is_abort, wait_on, TableState, Waitable};
use crate::vm::value::{Module, Value};
use crate::vm::{Interpreter, Vm};

pub fn module() -> Value {
    Value::Module(Arc::new(Module::new(
        "_interpreters",
        vec![
            ("create", Value::Builtin(&CREATE)),
            ("destroy", Value::Builtin(&DESTROY)),
            ("get_current", Value::Builtin(&GET_CURRENT)),
            ("list_all", Value::Builtin(&LIST_ALL)),
            ("is_bootstrapping", Value::Builtin(&IS_BOOTSTRAPPING)),
            ("start", Value::Builtin(&START)),
            ("exec", Value::Builtin(&EXEC)),
            ("Queue", Value::Type(QUEUE_TYPE.clone())),
            ("Call", Value::Type(CALL_TYPE.clone())),
            ("PicklingError", Value::Type(PICKLING_ERROR.clone())),
        ],
    )))
}

/// Whether a native object may cross to another interpreter as itself.
pub fn is_shareable(n: &dyn NativeObject) -> bool {
    n.as_any().is::<CrossQueue>()
}

static QUEUE_TYPE: LazyLock<Arc<TypeObject>> = LazyLock::new(|| {
    TypeObject::native(
        "_interpreters",
        "Queue",
        &TYPES.object,
        queue_method,
        &QUEUE,
    )
});

static CALL_TYPE: LazyLock<Arc<TypeObject>> =
    LazyLock::new(|| TypeObject::new("Call", Some(&TYPES.object), TypeKind::Native));

fn id_arg(v: &Value) -> PyResult<u32> {
    match v {
        Value::Int(n) if *n >= 0 && *n <= u32::MAX as i64 => Ok(*n as u32),
        _ => Err(type_error("an interpreter id must be a non-negative int")),
    }
}

builtin!(CREATE, "create", |vm, a| {
    a.exact("create", 0, 0)?;
    let sub = vm.interp.sibling();
    let id = sub.id;
    vm.interp.runtime.subinterpreters.lock().push(sub);
    Ok(Value::Int(id as i64))
});

builtin!(DESTROY, "destroy", |vm, a| {
    let [id] = a.exact("destroy", 1, 1)? else {
        unreachable!("exact checked the count")
    };
    let id = id_arg(id)?;
    if id == vm.interp.id {
        return Err(runtime_error("cannot destroy the current interpreter"));
    }
    let mut subs = vm.interp.runtime.subinterpreters.lock();
    match subs.iter().position(|i| i.id == id) {
        Some(k) => {
            subs.remove(k);
            Ok(Value::None)
        }
        None => Err(value_error(format!("unrecognized interpreter ID {id}"))),
    }
});

builtin!(GET_CURRENT, "get_current", |vm, a| {
    a.exact("get_current", 0, 0)?;
    Ok(Value::Int(vm.interp.id as i64))
});

builtin!(IS_BOOTSTRAPPING, "is_bootstrapping", |vm, a| {
    a.exact("is_bootstrapping", 0, 0)?;
    Ok(Value::bool(
        vm.interp
            .bootstrapping
            .load(std::sync::atomic::Ordering::Acquire),
    ))
});

builtin!(LIST_ALL, "list_all", |vm, a| {
    a.exact("list_all", 0, 0)?;
    let mut ids = vec![Value::Int(0)];
    ids.extend(
        vm.interp
            .runtime
            .subinterpreters
            .lock()
            .iter()
            .map(|i| Value::Int(i.id as i64)),
    );
    Ok(Value::list(ids))
});

// ----------------------------------------------------------------------
// Calls on another interpreter's thread

/// How a call in another interpreter ended.
#[derive(Clone)]
enum Outcome {
    /// The value, copied, with its message id.
    Returned(u64, Sent),
    Raised {
        /// The exception, copied; `None` when it could not cross.
        exception: Option<Sent>,
        /// `TypeName: message`, for when it could not.
        summary: String,
        /// Its traceback as the other interpreter printed it.
        traceback: String,
    },
    /// The run ended (a deadlock, a limit) before the call did.
    Aborted,
}

struct CallState {
    name: String,
    outcome: Mutex<Option<Outcome>>,
    finished: Condvar,
}

struct CallHandle(Arc<CallState>);

struct CallWait(Arc<CallState>);

impl Waitable for CallWait {
    fn ready(&self, _me: ThreadNum, _table: &TableState) -> bool {
        self.0.outcome.lock().is_some()
    }

    fn describe(&self, _table: &TableState) -> String {
        format!("{} to finish", self.0.name)
    }

    fn kind(&self) -> BlockKind {
        BlockKind::Join
    }
}

builtin!(START, "start", |vm, a| {
    let [id, name, func, args, kwargs, daemon] = a.bind(
        "start",
        ["id", "name", "func", "args", "kwargs", "daemon"],
        3,
    )?;
    let id = id_arg(id.as_ref().unwrap_or(&Value::None))?;
    let Some(sub) = vm.interp.runtime.subinterpreter(id) else {
        return Err(value_error(format!("unrecognized interpreter ID {id}")));
    };
    let name = crate::vm::repr::py_str(name.as_ref().unwrap_or(&Value::None));
    let func = func.unwrap_or(Value::None);
    let args = args.unwrap_or_else(|| Value::tuple(Vec::new()));
    let kwargs = kwargs.unwrap_or(Value::None);
    let daemon = daemon.as_ref().is_some_and(truthy);
    if !matches!(args, Value::Tuple(_)) {
        return Err(type_error("args must be a tuple"));
    }
    let id = message_out(vm);
    let payload = vm.send(&Value::tuple(vec![func, args, kwargs]))?;
    start_job(vm, sub, name, daemon, Job::Call(id, payload))
});

/// What a thread started in another interpreter runs.
enum Job {
    /// `func(*args, **kwargs)`, sent as the tuple `(func, args, kwargs)`,
    /// with its message id.
    Call(u64, Sent),
    /// Source code compiled by the caller, and names to bind first.
    Exec(Arc<crate::bytecode::CodeObject>, Sent),
}

/// Starts `job` on a new thread named `name` of `sub`; the handle.
fn start_job(
    vm: &mut Vm,
    sub: Arc<Interpreter>,
    name: String,
    daemon: bool,
    job: Job,
) -> PyResult<Value> {
    let state = Arc::new(CallState {
        name: name.clone(),
        outcome: Mutex::new(None),
        finished: Condvar::new(),
    });
    let num = sub.register_thread(name.clone(), daemon);
    let started = Arc::new((Mutex::new(false), Condvar::new()));
    let (for_thread, started_flag) = (state.clone(), started.clone());
    let spawned = std::thread::Builder::new()
        .name(name)
        .stack_size(crate::vm::THREAD_STACK)
        .spawn(move || call_main(sub, num, job, for_thread, started_flag));
    if spawned.is_err() {
        return Err(runtime_error("can't start new thread"));
    }
    vm.blocking(
        Arc::new(crate::stdlib::modules::threading::StartWait(
            started.clone(),
        )),
        None,
        |vm, _done| {
            let (flag, cond) = &*started;
            let mut g = flag.lock();
            wait_on(vm, cond, &mut g, None, |s| *s);
        },
    )?;
    Ok(Value::Native(Arc::new(Box::new(CallHandle(state)))))
}

builtin!(EXEC, "exec", |vm, a| {
    let [id, source, shared] = a.bind("exec", ["id", "source", "shared"], 2)?;
    let id = id_arg(id.as_ref().unwrap_or(&Value::None))?;
    let Some(sub) = vm.interp.runtime.subinterpreter(id) else {
        return Err(value_error(format!("unrecognized interpreter ID {id}")));
    };
    let Some(source) = source.as_ref().and_then(|s| s.as_str().map(str::to_string)) else {
        return Err(type_error("exec() takes the source code as a str"));
    };
    let file = Arc::new(crate::diag::SourceFile::new("<string>".to_string(), source));
    let code = crate::compile(&file).map_err(|d| {
        crate::vm::objects::exceptions::PyErr::with_message(&TYPES.syntax_error, d.render(&file))
    })?;
    let shared = vm.send(&shared.unwrap_or(Value::None))?;
    let name = format!("interp-{id}");
    start_job(vm, sub, name, false, Job::Exec(code, shared))
});

/// Runs `code` in the interpreter's `__main__` namespace: a module of
/// attributes that each `exec` reads its globals from and writes them back
/// to (a function keeps the globals of the `exec` that defined it).
fn run_exec(vm: &mut Vm, code: Arc<crate::bytecode::CodeObject>, shared: Sent) -> PyResult<Value> {
    let namespace = match vm.interp.loaded_module("__main__") {
        Some(Value::Module(m)) => m,
        _ => {
            let m = Value::Module(Arc::new(Module::new(
                "__main__",
                vec![("__name__", Value::str("__main__"))],
            )));
            match vm.interp.add_module("__main__", m) {
                Value::Module(m) => m,
                _ => unreachable!("a module was added"),
            }
        }
    };
    if let Value::Dict(d) = vm.receive(shared)? {
        for (k, v) in d.items() {
            namespace.set(&crate::vm::repr::py_str(&k), v);
        }
    }
    let globals = Arc::new(crate::vm::value::Globals::new(code.globals.clone()));
    for (i, name) in code.globals.iter().enumerate() {
        if let Some(v) = namespace.get(name) {
            drop(globals.store(i, v));
        }
    }
    let body =
        crate::vm::value::Function::module(crate::vm::code::Code::load(&code), globals.clone());
    let ran = vm.call_value(&Value::Function(Arc::new(body)), vec![]);
    for (i, name) in code.globals.iter().enumerate() {
        let v = globals.slots[i].lock().clone();
        if !matches!(v, Value::Undef) {
            namespace.set(name, v);
        }
    }
    ran.map(|_| Value::None)
}

/// The body of a thread started in another interpreter: receive the call,
/// make it, send back its outcome.
fn call_main(
    sub: Arc<Interpreter>,
    num: ThreadNum,
    job: Job,
    state: Arc<CallState>,
    started: Arc<(Mutex<bool>, Condvar)>,
) {
    let mut vm = Vm::new(sub.clone(), num);
    sub.gil.take(num);
    vm.reset_budget();
    {
        let (flag, cond) = &*started;
        *flag.lock() = true;
        cond.notify_all();
    }
    let ran = match job {
        Job::Call(id, payload) => {
            message_in(&vm, id);
            run_call(&mut vm, payload)
        }
        Job::Exec(code, shared) => run_exec(&mut vm, code, shared),
    };
    let outcome = match ran.and_then(|v| vm.send(&v)) {
        Ok(sent) => Outcome::Returned(message_out(&vm), sent),
        Err(e) if is_abort(&e) => Outcome::Aborted,
        Err(e) => {
            vm.prepare_traceback(&e);
            let exception = vm.send(&e.value()).ok();
            let summary = e.0.summary();
            Outcome::Raised {
                exception,
                summary,
                traceback: e.0.format_traceback(),
            }
        }
    };
    vm.close_dropped_generators();
    *state.outcome.lock() = Some(outcome);
    state.finished.notify_all();
    vm.sync_clock();
    sub.thread_objects.lock().retain(|(n, _)| *n != num);
    sub.thread_exited(num);
    sub.gil.drop_gil(num, DropReason::Exit);
}

fn run_call(vm: &mut Vm, payload: Sent) -> PyResult<Value> {
    let call = vm.receive(payload)?;
    let Value::Tuple(call) = call else {
        return Err(type_error("a call did not cross as a call"));
    };
    let [func, args, kwargs] = &call.items[..] else {
        return Err(type_error("a call did not cross as a call"));
    };
    let mut values: Vec<Value> = match args {
        Value::Tuple(t) => t.items.to_vec(),
        _ => Vec::new(),
    };
    let mut kwnames = Vec::new();
    if let Value::Dict(d) = kwargs {
        for (k, v) in d.items() {
            kwnames.push(k);
            values.push(v);
        }
    }
    vm.call_value_kw(func, values, &kwnames)
}

fn call_of<'a>(a: &Args<'a>) -> PyResult<&'a Arc<CallState>> {
    match a.values.first() {
        Some(Value::Native(n)) => match n.as_any().downcast_ref::<CallHandle>() {
            Some(h) => Ok(&h.0),
            None => Err(type_error("expected a Call")),
        },
        _ => Err(type_error("expected a Call")),
    }
}

impl NativeObject for CallHandle {
    fn type_object(&self) -> Arc<TypeObject> {
        CALL_TYPE.clone()
    }

    fn method(&self, name: &str) -> Option<&'static BuiltinFunction> {
        Some(match name {
            "join" => &CALL_JOIN,
            "done" => &CALL_DONE,
            "result" => &CALL_RESULT,
            _ => return None,
        })
    }

    fn attribute(&self, name: &str) -> Option<Value> {
        match name {
            "name" => Some(Value::str(self.0.name.clone())),
            "traceback" => Some(match &*self.0.outcome.lock() {
                Some(Outcome::Raised { traceback, .. }) => Value::str(traceback.clone()),
                _ => Value::None,
            }),
            "raised" => Some(Value::bool(matches!(
                &*self.0.outcome.lock(),
                Some(Outcome::Raised { .. })
            ))),
            _ => None,
        }
    }

    fn repr(&self) -> String {
        format!("<_interpreters.Call {}>", self.0.name)
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// Waits until the call has finished or `timeout` passed; whether it has.
fn join(vm: &mut Vm, state: &Arc<CallState>, timeout: Option<Duration>) -> PyResult<bool> {
    if state.outcome.lock().is_some() {
        return Ok(true);
    }
    let waiting = state.clone();
    vm.blocking(
        Arc::new(CallWait(state.clone())),
        timeout,
        move |vm, done| {
            let mut g = waiting.outcome.lock();
            let finished = wait_on(vm, &waiting.finished, &mut g, timeout, |o| o.is_some());
            if finished {
                done.set();
            }
            finished
        },
    )
}

builtin!(CALL_JOIN, "join", |vm, a| {
    let state = call_of(a)?.clone();
    let [_, timeout] = a.bind("join", ["self", "timeout"], 1)?;
    let timeout = match timeout {
        None | Some(Value::None) => None,
        Some(t) => Some(seconds_arg(&t)?),
    };
    Ok(Value::bool(join(vm, &state, timeout)?))
});

builtin!(CALL_DONE, "done", |_vm, a| {
    let state = call_of(a)?;
    Ok(Value::bool(state.outcome.lock().is_some()))
});

builtin!(CALL_RESULT, "result", |vm, a| {
    let state = call_of(a)?.clone();
    a.exact("result", 1, 1)?;
    join(vm, &state, None)?;
    let outcome = state.outcome.lock().clone();
    match outcome {
        Some(Outcome::Returned(id, sent)) => {
            message_in(vm, id);
            vm.receive(sent)
        }
        Some(Outcome::Raised {
            exception, summary, ..
        }) => {
            let received = match exception {
                Some(sent) => vm.receive(sent).ok(),
                None => None,
            };
            match received {
                Some(Value::Exception(e)) => Err(crate::vm::objects::exceptions::PyErr(e)),
                _ => Err(runtime_error(summary)),
            }
        }
        Some(Outcome::Aborted) | None => Err(runtime_error(format!(
            "{} did not finish: the run ended",
            state.name
        ))),
    }
});

/// A value leaves this thread for another interpreter: its message id,
/// recorded as the start of an arrow when the run is traced.
fn message_out(vm: &Vm) -> u64 {
    let id = vm.interp.runtime.next_message();
    vm.interp
        .emit(vm.thread, EventKind::Message { id, sent: true });
    id
}

/// Message `id` arrives on this thread: the arrow's end.
fn message_in(vm: &Vm, id: u64) {
    vm.interp
        .emit(vm.thread, EventKind::Message { id, sent: false });
}

// ----------------------------------------------------------------------
// Queues between interpreters

struct QueueState {
    /// Each item with its message id (the trace's arrow).
    items: VecDeque<(u64, Sent)>,
}

struct QueueInner {
    maxsize: usize,
    state: Mutex<QueueState>,
    not_empty: Condvar,
    not_full: Condvar,
}

impl QueueInner {
    fn is_full(&self, st: &QueueState) -> bool {
        self.maxsize > 0 && st.items.len() >= self.maxsize
    }
}

struct CrossQueue(Arc<QueueInner>);

struct QueueWait(Arc<QueueInner>, bool);

impl Waitable for QueueWait {
    fn ready(&self, _me: ThreadNum, _table: &TableState) -> bool {
        let st = self.0.state.lock();
        if self.1 {
            !st.items.is_empty()
        } else {
            !self.0.is_full(&st)
        }
    }

    fn describe(&self, _table: &TableState) -> String {
        if self.1 {
            "an item from an empty interpreter Queue (get)".into()
        } else {
            "room in a full interpreter Queue (put)".into()
        }
    }

    fn kind(&self) -> BlockKind {
        BlockKind::Queue
    }
}

fn queue_method(name: &str) -> Option<&'static BuiltinFunction> {
    Some(match name {
        "put" => &Q_PUT,
        "get" => &Q_GET,
        "put_nowait" => &Q_PUT_NOWAIT,
        "get_nowait" => &Q_GET_NOWAIT,
        "qsize" => &Q_QSIZE,
        "empty" => &Q_EMPTY,
        "full" => &Q_FULL,
        _ => return None,
    })
}

impl NativeObject for CrossQueue {
    fn type_object(&self) -> Arc<TypeObject> {
        QUEUE_TYPE.clone()
    }

    fn method(&self, name: &str) -> Option<&'static BuiltinFunction> {
        queue_method(name)
    }

    fn attribute(&self, name: &str) -> Option<Value> {
        match name {
            "maxsize" => Some(Value::Int(self.0.maxsize as i64)),
            _ => None,
        }
    }

    fn repr(&self) -> String {
        "<_interpreters.Queue object>".into()
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

builtin!(QUEUE, "Queue", |_vm, a| {
    let [maxsize] = a.bind("Queue", ["maxsize"], 0)?;
    let maxsize = match maxsize {
        None => 0,
        Some(Value::Int(n)) => n.max(0) as usize,
        Some(_) => return Err(type_error("maxsize must be an int")),
    };
    Ok(Value::Native(Arc::new(Box::new(CrossQueue(Arc::new(
        QueueInner {
            maxsize,
            state: Mutex::new(QueueState {
                items: VecDeque::new(),
            }),
            not_empty: Condvar::new(),
            not_full: Condvar::new(),
        },
    ))))))
});

fn queue_of<'a>(a: &Args<'a>) -> PyResult<&'a Arc<QueueInner>> {
    match a.values.first() {
        Some(Value::Native(n)) => match n.as_any().downcast_ref::<CrossQueue>() {
            Some(q) => Ok(&q.0),
            None => Err(type_error("expected an interpreter Queue")),
        },
        _ => Err(type_error("expected an interpreter Queue")),
    }
}

fn block_and_timeout(
    block: Option<Value>,
    timeout: Option<Value>,
) -> PyResult<(bool, Option<Duration>)> {
    let block = block.as_ref().is_none_or(truthy);
    let timeout = match timeout {
        None | Some(Value::None) => None,
        Some(t) => Some(seconds_arg(&t)?),
    };
    Ok((block, timeout))
}

fn put(
    vm: &mut Vm,
    q: &Arc<QueueInner>,
    item: &Value,
    block: bool,
    timeout: Option<Duration>,
) -> PyResult<Value> {
    // Copied as it goes in: a later change to the sender's object is not
    // seen by the receiver.
    let sent = (message_out(vm), vm.send(item)?);
    {
        let mut st = q.state.lock();
        if !q.is_full(&st) {
            st.items.push_back(sent);
            drop(st);
            q.not_empty.notify_one();
            return Ok(Value::None);
        }
    }
    if !block {
        return Err(crate::stdlib::modules::queue::full_error());
    }
    let waiting = q.clone();
    let mut sent = Some(sent);
    let done = vm.blocking(
        Arc::new(QueueWait(q.clone(), false)),
        timeout,
        |vm, done| {
            let mut st = waiting.state.lock();
            let room = wait_on(vm, &waiting.not_full, &mut st, timeout, |st| {
                !waiting.is_full(st)
            });
            if room {
                if let Some(s) = sent.take() {
                    st.items.push_back(s);
                }
                done.set();
            }
            drop(st);
            if room {
                waiting.not_empty.notify_one();
            }
            room
        },
    )?;
    if done {
        Ok(Value::None)
    } else {
        Err(crate::stdlib::modules::queue::full_error())
    }
}

fn get(
    vm: &mut Vm,
    q: &Arc<QueueInner>,
    block: bool,
    timeout: Option<Duration>,
) -> PyResult<Value> {
    let first = q.state.lock().items.pop_front();
    let got = match first {
        Some(s) => {
            q.not_full.notify_one();
            Some(s)
        }
        None if !block => None,
        None => {
            let waiting = q.clone();
            vm.blocking(Arc::new(QueueWait(q.clone(), true)), timeout, |vm, done| {
                let mut st = waiting.state.lock();
                let ready = wait_on(vm, &waiting.not_empty, &mut st, timeout, |st| {
                    !st.items.is_empty()
                });
                let item = if ready { st.items.pop_front() } else { None };
                if item.is_some() {
                    done.set();
                }
                drop(st);
                if item.is_some() {
                    waiting.not_full.notify_one();
                }
                item
            })?
        }
    };
    match got {
        Some((id, s)) => {
            message_in(vm, id);
            vm.receive(s)
        }
        None => Err(crate::stdlib::modules::queue::empty_error()),
    }
}

builtin!(Q_PUT, "put", |vm, a| {
    let q = queue_of(a)?.clone();
    let [_, item, block, timeout] = a.bind("put", ["self", "obj", "block", "timeout"], 2)?;
    let (block, timeout) = block_and_timeout(block, timeout)?;
    put(vm, &q, &item.unwrap_or(Value::None), block, timeout)
});

builtin!(Q_PUT_NOWAIT, "put_nowait", |vm, a| {
    let q = queue_of(a)?.clone();
    let [_, item] = a.bind("put_nowait", ["self", "obj"], 2)?;
    put(vm, &q, &item.unwrap_or(Value::None), false, None)
});

builtin!(Q_GET, "get", |vm, a| {
    let q = queue_of(a)?.clone();
    let [_, block, timeout] = a.bind("get", ["self", "block", "timeout"], 1)?;
    let (block, timeout) = block_and_timeout(block, timeout)?;
    get(vm, &q, block, timeout)
});

builtin!(Q_GET_NOWAIT, "get_nowait", |vm, a| {
    let q = queue_of(a)?.clone();
    a.exact("get_nowait", 1, 1)?;
    get(vm, &q, false, None)
});

builtin!(Q_QSIZE, "qsize", |_vm, a| {
    let q = queue_of(a)?;
    Ok(Value::Int(q.state.lock().items.len() as i64))
});

builtin!(Q_EMPTY, "empty", |_vm, a| {
    let q = queue_of(a)?;
    Ok(Value::bool(q.state.lock().items.is_empty()))
});

builtin!(Q_FULL, "full", |_vm, a| {
    let q = queue_of(a)?;
    let st = q.state.lock();
    Ok(Value::bool(q.is_full(&st)))
});
