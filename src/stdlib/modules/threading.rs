//! The `threading` module: `Thread`, `Timer`, `current_thread`,
//! `main_thread`, `get_ident`, `active_count`. The synchronisation
//! primitives (`Lock`, `RLock`, `Event`, `Condition`, `Semaphore`) live in
//! `sync.rs`, `Barrier` in `barrier.rs`, `local` in `local.rs`.
//!
//! Every `Thread` is a real OS thread running its own `Vm`; it must take the
//! GIL before running bytecode, exactly like the main thread. A `Timer` is
//! a `Thread` whose target is a built-in routine: wait on the timer's
//! `finished` Event for the interval, then call the function unless
//! `cancel()` set the Event first (CPython's `Timer.run`).

use std::any::Any;
use std::sync::atomic::Ordering;
use std::sync::{Arc, LazyLock};
use std::time::Duration;

use parking_lot::{Condvar, Mutex};

use crate::builtin;
use crate::gil::ThreadNum;
use crate::stdlib::modules::sync::{self, EventObject};
use crate::stdlib::modules::{barrier, local};
use crate::trace::DropReason;
use crate::vm::native::{Args, BoundMethod, BuiltinFunction, NativeObject};
use crate::vm::objects::exceptions::{runtime_error, type_error, value_error, PyResult};
use crate::vm::objects::types::{type_name, TypeKind, TypeObject, TYPES};
use crate::vm::ops::truthy;
use crate::vm::repr::py_str;
use crate::vm::threads::{is_abort, JoinWait, TableState, Waitable};
use crate::vm::value::{Module, Value};
use crate::vm::{Interpreter, Vm};

pub fn module() -> Value {
    Value::Module(Arc::new(Module::new(
        "threading",
        vec![
            ("Thread", Value::Type(THREAD_TYPE.clone())),
            ("Timer", Value::Builtin(&TIMER)),
            ("Lock", Value::Builtin(&sync::LOCK)),
            ("RLock", Value::Builtin(&sync::RLOCK)),
            ("Event", Value::Builtin(&sync::EVENT)),
            ("Condition", Value::Builtin(&sync::CONDITION)),
            ("Semaphore", Value::Builtin(&sync::SEMAPHORE)),
            ("BoundedSemaphore", Value::Builtin(&sync::BOUNDED_SEMAPHORE)),
            ("Barrier", Value::Builtin(&barrier::BARRIER)),
            (
                "BrokenBarrierError",
                Value::Type(barrier::BROKEN_BARRIER_ERROR.clone()),
            ),
            ("local", Value::Type(local::LOCAL_TYPE.clone())),
            ("current_thread", Value::Builtin(&CURRENT_THREAD)),
            ("main_thread", Value::Builtin(&MAIN_THREAD)),
            ("get_ident", Value::Builtin(&GET_IDENT)),
            ("get_native_id", Value::Builtin(&GET_IDENT)),
            ("active_count", Value::Builtin(&ACTIVE_COUNT)),
            ("enumerate", Value::Builtin(&ENUMERATE)),
            ("currentThread", Value::Builtin(&CURRENT_THREAD_OLD)),
            ("activeCount", Value::Builtin(&ACTIVE_COUNT_OLD)),
            ("excepthook", Value::Builtin(&EXCEPTHOOK)),
            ("__excepthook__", Value::Builtin(&EXCEPTHOOK)),
            ("_register_atexit", Value::Builtin(&REGISTER_ATEXIT)),
            // CPython's: the largest timeout its lock waits accept.
            ("TIMEOUT_MAX", Value::float(9223372036.0)),
        ],
    )))
}

/// `threading.Thread`: a type classes derive from (`class Worker(Thread)`).
/// Calling it makes a plain thread object; a subclass's instance gets its
/// thread object from `Thread.__init__` (`PyInstance::native`).
pub static THREAD_TYPE: LazyLock<Arc<TypeObject>> = LazyLock::new(|| {
    TypeObject::native("threading", "Thread", &TYPES.object, thread_method, &THREAD)
});

static TIMER_TYPE: LazyLock<Arc<TypeObject>> =
    LazyLock::new(|| TypeObject::new("Timer", Some(&THREAD_TYPE), TypeKind::Native));

/// A stable stand-in for an OS thread id: CPython's idents are addresses
/// that change every run, and gilvm's output must be reproducible.
pub fn ident_of(num: ThreadNum) -> i64 {
    139_000_000_000_000 + num as i64 * 4096
}

/// A `threading.Thread` object.
pub struct ThreadObject {
    inner: Mutex<ThreadInner>,
    /// Set once the new thread holds the GIL for the first time; `start()`
    /// waits for it, as CPython's does.
    started: Arc<(Mutex<bool>, Condvar)>,
    /// A `Timer`: its `TimerCore`, also the receiver of its target.
    timer: Option<Value>,
}

struct ThreadInner {
    name: String,
    target: Option<Value>,
    args: Vec<Value>,
    kwargs: Vec<(String, Value)>,
    daemon: bool,
    num: Option<ThreadNum>,
    /// `run()` has returned (or raised): the repr says `stopped`.
    stopped: bool,
}

impl ThreadObject {
    fn value(inner: ThreadInner, started: bool) -> Value {
        Self::with_timer(inner, started, None)
    }

    fn with_timer(inner: ThreadInner, started: bool, timer: Option<Value>) -> Value {
        Value::Native(Arc::new(Box::new(ThreadObject {
            inner: Mutex::new(inner),
            started: Arc::new((Mutex::new(started), Condvar::new())),
            timer,
        })))
    }

    fn timer_core(&self) -> Option<&TimerCore> {
        match &self.timer {
            Some(Value::Native(n)) => n.as_any().downcast_ref::<TimerCore>(),
            _ => None,
        }
    }

    fn num(&self) -> Option<ThreadNum> {
        self.inner.lock().num
    }
}

impl NativeObject for ThreadObject {
    fn type_object(&self) -> Arc<TypeObject> {
        if self.timer.is_some() {
            TIMER_TYPE.clone()
        } else {
            THREAD_TYPE.clone()
        }
    }

    fn method(&self, name: &str) -> Option<&'static BuiltinFunction> {
        match name {
            "cancel" if self.timer.is_some() => Some(&TIMER_CANCEL),
            _ => thread_method(name),
        }
    }

    fn attribute(&self, name: &str) -> Option<Value> {
        if let Some(core) = self.timer_core() {
            match name {
                "interval" => return Some(core.interval.clone()),
                "function" => return Some(core.function.clone()),
                "args" => return Some(core.args.clone()),
                "kwargs" => return Some(core.kwargs.clone()),
                "finished" => return Some(core.finished.clone()),
                _ => {}
            }
        }
        let inner = self.inner.lock();
        Some(match name {
            "name" => Value::str(inner.name.clone()),
            "daemon" => Value::bool(inner.daemon),
            "ident" | "native_id" => match inner.num {
                Some(n) => Value::Int(ident_of(n)),
                None => Value::None,
            },
            // What a `run()` override reads to call the target itself
            // (CPython's private names, which teaching code uses).
            "_target" => inner.target.clone().unwrap_or(Value::None),
            "_args" => Value::tuple(inner.args.clone()),
            "_kwargs" => {
                let d = crate::vm::objects::dict::PyDict::new();
                for (k, v) in &inner.kwargs {
                    let _ = d.set(Value::str(k.clone()), v.clone());
                }
                Value::Dict(Arc::new(d))
            }
            "_name" => Value::str(inner.name.clone()),
            _ => return None,
        })
    }

    fn set_attribute(&self, vm: &mut Vm, name: &str, value: Value) -> PyResult<()> {
        match name {
            "name" => {
                let name = py_str(&value);
                let mut inner = self.inner.lock();
                inner.name = name.clone();
                if let Some(n) = inner.num {
                    vm.interp.runtime.threads.rename(n, name);
                }
                Ok(())
            }
            "daemon" => {
                let mut inner = self.inner.lock();
                if inner.num.is_some() {
                    return Err(runtime_error("cannot set daemon status of active thread"));
                }
                inner.daemon = truthy(&value);
                Ok(())
            }
            _ => Err(crate::vm::objects::exceptions::attribute_error(format!(
                "'{}' object has no attribute '{name}'",
                self.type_object().name
            ))),
        }
    }

    fn repr(&self) -> String {
        let kind = if self.timer.is_some() {
            "Timer"
        } else if self.inner.lock().num == Some(1) {
            "_MainThread"
        } else {
            "Thread"
        };
        self.repr_as(kind)
    }

    /// CPython's `<Name(thread name, status)>`, with the class's name.
    fn repr_as(&self, class_name: &str) -> String {
        let inner = self.inner.lock();
        // CPython's order: state, then " daemon", then the ident.
        let mut status = match inner.num {
            None => "initial",
            Some(_) if inner.stopped => "stopped",
            Some(_) => "started",
        }
        .to_string();
        if inner.daemon {
            status.push_str(" daemon");
        }
        if let Some(n) = inner.num {
            status.push_str(&format!(" {}", ident_of(n)));
        }
        format!("<{class_name}({}, {status})>", inner.name)
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// The methods of `threading.Thread`, shared by its plain objects and the
/// instances of its subclasses.
fn thread_method(name: &str) -> Option<&'static BuiltinFunction> {
    Some(match name {
        "__init__" => &THREAD_INIT,
        "run" => &THREAD_RUN,
        "start" => &THREAD_START,
        "join" => &THREAD_JOIN,
        "is_alive" => &THREAD_IS_ALIVE,
        "getName" => &THREAD_GET_NAME,
        "setName" => &THREAD_SET_NAME,
        "setDaemon" => &THREAD_SET_DAEMON,
        "isDaemon" => &THREAD_IS_DAEMON,
        _ => return None,
    })
}

/// The thread object `v` is or carries (an instance of a `Thread`
/// subclass carries one once `Thread.__init__` has run).
fn thread_of(v: &Value) -> Option<&ThreadObject> {
    let native = match v {
        Value::Instance(inst) => inst.native.get()?,
        other => other,
    };
    match native {
        Value::Native(n) => n.as_any().downcast_ref::<ThreadObject>(),
        _ => None,
    }
}

fn this_thread<'a>(a: &Args<'a>) -> PyResult<&'a ThreadObject> {
    let this = a.values.first();
    if let Some(t) = this.and_then(thread_of) {
        return Ok(t);
    }
    match this {
        Some(Value::Instance(inst)) if inst.class.is_subtype(&THREAD_TYPE) => {
            Err(runtime_error("thread.__init__() not called"))
        }
        _ => Err(type_error("expected a Thread")),
    }
}

/// The thread object of the running thread (made on demand for the main
/// thread, which Python code never constructs).
pub fn current_thread_object(vm: &Vm) -> Value {
    let mut objects = vm.interp.thread_objects.lock();
    if let Some((_, v)) = objects.iter().find(|(n, _)| *n == vm.thread) {
        return v.clone();
    }
    let name = vm.interp.runtime.threads.lock().name_of(vm.thread);
    let v = ThreadObject::value(
        ThreadInner {
            name,
            target: None,
            args: Vec::new(),
            kwargs: Vec::new(),
            daemon: false,
            num: Some(vm.thread),
            stopped: false,
        },
        true,
    );
    objects.push((vm.thread, v.clone()));
    v
}

builtin!(THREAD, "Thread", |vm, a| new_thread(vm, a));

// `Thread.__init__(self, ...)`: gives an instance of a subclass its thread.
builtin!(THREAD_INIT, "__init__", |vm, a| {
    let Some(Value::Instance(inst)) = a.values.first() else {
        return Err(type_error(
            "descriptor '__init__' of 'Thread' object needs a Thread subclass instance",
        ));
    };
    let own = Args {
        values: &a.values[1..],
        kwnames: a.kwnames,
    };
    let thread = new_thread(vm, &own)?;
    if let Err(again) = inst.native.set(thread) {
        // Initialised twice: CPython makes a fresh thread; keep the first
        // unless it has not started (the usual case of a repeated call).
        drop(again);
    }
    Ok(Value::None)
});

/// `Thread(group=None, target=None, name=None, args=(), kwargs=None, *,
/// daemon=None)`.
fn new_thread(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if a.positional().len() > 5 {
        return Err(type_error(format!(
            "Thread.__init__() takes from 1 to 6 positional arguments but {} were given",
            a.positional().len() + 1
        )));
    }
    let [group, target, name, args, kwargs, daemon] = a.bind(
        "Thread",
        ["group", "target", "name", "args", "kwargs", "daemon"],
        0,
    )?;
    if group.is_some_and(|g| !g.is_none()) {
        return Err(value_error("group argument must be None for now"));
    }
    let target = target.filter(|t| !t.is_none());
    let name = match name.filter(|n| !n.is_none()) {
        Some(n) => py_str(&n),
        None => {
            let n = next_thread_number(vm);
            match &target {
                Some(t) => match vm.get_attr(t, "__name__") {
                    Ok(name) if name.is_str() => {
                        format!("Thread-{n} ({})", name.as_str().unwrap_or_default())
                    }
                    _ => format!("Thread-{n}"),
                },
                None => format!("Thread-{n}"),
            }
        }
    };
    let args = match args {
        None => Vec::new(),
        Some(v) => crate::vm::objects::iter::collect(&v)?,
    };
    let kwargs = match kwargs.filter(|k| !k.is_none()) {
        None => Vec::new(),
        Some(Value::Dict(d)) => d
            .items()
            .into_iter()
            .map(|(k, v)| (py_str(&k), v))
            .collect(),
        Some(other) => {
            return Err(type_error(format!(
                "Thread() kwargs must be a dict, not {}",
                type_name(&other)
            )))
        }
    };
    // A thread is a daemon if its creator is, unless told otherwise.
    let daemon = match daemon.filter(|d| !d.is_none()) {
        Some(d) => truthy(&d),
        None => current_is_daemon(vm),
    };
    Ok(ThreadObject::value(
        ThreadInner {
            name,
            target,
            args,
            kwargs,
            daemon,
            num: None,
            stopped: false,
        },
        false,
    ))
}

/// The N of the next default name `Thread-N` (threads and timers share it).
fn next_thread_number(vm: &Vm) -> usize {
    vm.interp
        .thread_name_counter
        .fetch_add(1, Ordering::Relaxed)
        + 1
}

fn current_is_daemon(vm: &Vm) -> bool {
    let objects = vm.interp.thread_objects.lock();
    objects
        .iter()
        .find(|(n, _)| *n == vm.thread)
        .and_then(|(_, v)| thread_of(v).map(|t| t.inner.lock().daemon))
        .unwrap_or(false)
}

/// Waiting in `start()` for the new thread to begin.
/// A thread waiting for the thread it started to take its lock.
pub(crate) struct StartWait(pub(crate) Arc<(Mutex<bool>, Condvar)>);

impl Waitable for StartWait {
    fn ready(&self, _me: ThreadNum, _table: &TableState) -> bool {
        *self.0 .0.lock()
    }

    fn describe(&self, _table: &TableState) -> String {
        "a new thread to start".into()
    }
}

builtin!(THREAD_START, "start", |vm, a| {
    let t = this_thread(a)?;
    let this = a.values[0].clone();
    let (name, daemon) = {
        let inner = t.inner.lock();
        if inner.num.is_some() {
            return Err(runtime_error("threads can only be started once"));
        }
        (inner.name.clone(), inner.daemon)
    };
    let num = vm.interp.register_thread(name.clone(), daemon);
    t.inner.lock().num = Some(num);
    vm.interp.thread_objects.lock().push((num, this.clone()));
    let interp = vm.interp.clone();
    let started = t.started.clone();
    let spawned = std::thread::Builder::new()
        .name(name.clone())
        .stack_size(crate::vm::THREAD_STACK)
        .spawn(move || thread_main(interp, num, this, started));
    if spawned.is_err() {
        vm.interp.thread_exited(num);
        return Err(runtime_error("can't start new thread"));
    }
    let started = t.started.clone();
    vm.blocking(Arc::new(StartWait(started.clone())), None, |vm, _done| {
        let (flag, cond) = &*started;
        let mut g = flag.lock();
        crate::vm::threads::wait_on(vm, cond, &mut g, None, |s| *s);
    })?;
    Ok(Value::None)
});

/// The body of every script thread: take the GIL, call the thread's
/// `run()` (a subclass's own, or the one that calls the target), report an
/// uncaught exception the way `threading.excepthook` does, let go.
fn thread_main(
    interp: Arc<Interpreter>,
    num: ThreadNum,
    this: Value,
    started: Arc<(Mutex<bool>, Condvar)>,
) {
    let mut vm = Vm::new(interp.clone(), num);
    interp.gil.take(num);
    vm.reset_budget();
    {
        let (flag, cond) = &*started;
        *flag.lock() = true;
        cond.notify_all();
    }
    let ran = vm
        .get_attr(&this, "run")
        .and_then(|run| vm.call_value(&run, Vec::new()));
    vm.close_dropped_generators();
    if let Err(e) = ran {
        vm.prepare_traceback(&e);
        if !is_abort(&e) && !e.is_instance(&TYPES.system_exit) {
            report_thread_exception(&mut vm, &this, &e);
        }
    }
    if let Some(t) = thread_of(&this) {
        t.inner.lock().stopped = true;
    }
    drop(this);
    vm.sync_clock();
    interp.thread_objects.lock().retain(|(n, _)| *n != num);
    // Marked exited before the GIL goes, so that a joiner the scheduler
    // picks next already sees it finished.
    interp.thread_exited(num);
    interp.gil.drop_gil(num, DropReason::Exit);
}

// `Thread.run()`: calls the target, then lets go of it and its arguments
// (as CPython's does, so a finished thread keeps nothing alive).
builtin!(THREAD_RUN, "run", |vm, a| {
    let t = this_thread(a)?;
    let (target, args, kwargs) = {
        let mut inner = t.inner.lock();
        (
            inner.target.take(),
            std::mem::take(&mut inner.args),
            std::mem::take(&mut inner.kwargs),
        )
    };
    let Some(target) = target else {
        return Ok(Value::None);
    };
    let mut values = args;
    let mut kwnames = Vec::new();
    for (k, v) in kwargs {
        kwnames.push(Value::str(k));
        values.push(v);
    }
    vm.call_value_kw(&target, values, &kwnames)?;
    Ok(Value::None)
});

builtin!(THREAD_JOIN, "join", |vm, a| {
    let t = this_thread(a)?;
    let own = Args {
        values: &a.values[1..],
        kwnames: a.kwnames,
    };
    let [timeout] = own.bind("join", ["timeout"], 0)?;
    let timeout = match timeout.filter(|t| !t.is_none()) {
        None => None,
        Some(v) => Some(seconds_arg(&v)?),
    };
    let Some(num) = t.num() else {
        return Err(runtime_error("cannot join thread before it is started"));
    };
    if num == vm.thread {
        return Err(runtime_error("cannot join current thread"));
    }
    if vm.interp.runtime.threads.lock().is_exited(num) {
        return Ok(Value::None);
    }
    vm.blocking(Arc::new(JoinWait(num)), timeout, |vm, _done| {
        vm.interp.runtime.threads.wait_exit(num, timeout)
    })?;
    Ok(Value::None)
});

builtin!(THREAD_IS_ALIVE, "is_alive", |vm, a| {
    let t = this_thread(a)?;
    Ok(Value::bool(match t.num() {
        Some(n) => !vm.interp.runtime.threads.lock().is_exited(n),
        None => false,
    }))
});
// The pre-3.10 camelCase names: they work, with CPython 3.11's
// DeprecationWarning on stderr.
pub(crate) fn deprecated(vm: &Vm, old: &str, instead: &str) {
    vm.interp.warn(
        vm,
        "DeprecationWarning",
        &format!("{old}() is deprecated, {instead} instead"),
    );
}

builtin!(THREAD_GET_NAME, "getName", |vm, a| {
    deprecated(vm, "getName", "get the name attribute");
    Ok(Value::str(this_thread(a)?.inner.lock().name.clone()))
});
builtin!(THREAD_SET_NAME, "setName", |vm, a| {
    deprecated(vm, "setName", "set the name attribute");
    let v = a.exact("setName", 2, 2)?;
    vm.set_attr(&v[0], "name", v[1].clone())?;
    Ok(Value::None)
});
builtin!(THREAD_IS_DAEMON, "isDaemon", |vm, a| {
    deprecated(vm, "isDaemon", "get the daemon attribute");
    Ok(Value::bool(this_thread(a)?.inner.lock().daemon))
});
builtin!(THREAD_SET_DAEMON, "setDaemon", |vm, a| {
    deprecated(vm, "setDaemon", "set the daemon attribute");
    let v = a.exact("setDaemon", 2, 2)?;
    vm.set_attr(&v[0], "daemon", Value::bool(truthy(&v[1])))?;
    Ok(Value::None)
});
builtin!(CURRENT_THREAD_OLD, "currentThread", |vm, a| {
    deprecated(vm, "currentThread", "use current_thread()");
    a.exact("currentThread", 0, 0)?;
    Ok(current_thread_object(vm))
});
builtin!(ACTIVE_COUNT_OLD, "activeCount", |vm, a| {
    deprecated(vm, "activeCount", "use active_count()");
    (ACTIVE_COUNT.func)(vm, a)
});

// `threading.excepthook(args)`, the default: what CPython prints for an
// exception that ends a thread.
builtin!(EXCEPTHOOK, "excepthook", |vm, a| {
    let v = a.exact("excepthook", 1, 1)?;
    let exc = vm.get_attr(&v[0], "exc_value")?;
    if let Value::Exception(e) = &exc {
        if e.typ.is_subtype(&TYPES.system_exit) {
            return Ok(Value::None);
        }
        let thread = vm.get_attr(&v[0], "thread")?;
        let name = match &thread {
            Value::None => vm
                .interp
                .runtime
                .threads
                .lock()
                .name_of(vm.thread)
                .to_string(),
            t => {
                let name = vm.get_attr(t, "name")?;
                crate::vm::repr::str_with(vm, &name)?
            }
        };
        vm.interp.runtime.write_stderr(&format!(
            "Exception in thread {name}:\n{}",
            e.format_traceback()
        ));
    }
    Ok(Value::None)
});

/// Reports an exception that ended a thread through `threading.excepthook`
/// (the default prints it; a script may have put its own there).
fn report_thread_exception(vm: &mut Vm, this: &Value, e: &crate::vm::objects::exceptions::PyErr) {
    let Value::Exception(exc) = e.value() else {
        return;
    };
    let args = crate::stdlib::modules::frames::named_tuple(
        "_thread._ExceptHookArgs",
        &[
            ("exc_type", Value::Type(exc.typ.clone())),
            ("exc_value", Value::Exception(exc.clone())),
            (
                "exc_traceback",
                crate::stdlib::modules::frames::traceback_of(&exc),
            ),
            ("thread", this.clone()),
        ],
    );
    let hook = match vm.interp.loaded_module("threading") {
        Some(Value::Module(m)) => m.get("excepthook"),
        _ => None,
    }
    .unwrap_or(Value::Builtin(&EXCEPTHOOK));
    if let Err(err) = vm.call_value(&hook, vec![args]) {
        // CPython prints a failing hook's own exception.
        vm.interp.runtime.write_stderr(&format!(
            "Exception in threading.excepthook:\n{}",
            err.0.format_traceback()
        ));
    }
}

builtin!(CURRENT_THREAD, "current_thread", |vm, a| {
    a.exact("current_thread", 0, 0)?;
    Ok(current_thread_object(vm))
});
builtin!(MAIN_THREAD, "main_thread", |vm, a| {
    a.exact("main_thread", 0, 0)?;
    let objects = vm.interp.thread_objects.lock();
    if let Some((_, v)) = objects.iter().find(|(n, _)| *n == 1) {
        return Ok(v.clone());
    }
    drop(objects);
    if vm.thread == 1 {
        return Ok(current_thread_object(vm));
    }
    Ok(ThreadObject::value(
        ThreadInner {
            name: "MainThread".into(),
            target: None,
            args: Vec::new(),
            kwargs: Vec::new(),
            daemon: false,
            num: Some(1),
            stopped: false,
        },
        true,
    ))
});
builtin!(GET_IDENT, "get_ident", |vm, a| {
    a.exact("get_ident", 0, 0)?;
    Ok(Value::Int(ident_of(vm.thread)))
});
builtin!(ACTIVE_COUNT, "active_count", |vm, a| {
    a.exact("active_count", 0, 0)?;
    Ok(Value::Int(vm.interp.runtime.threads.active_count() as i64))
});
builtin!(ENUMERATE, "enumerate", |vm, a| {
    a.exact("enumerate", 0, 0)?;
    let current = current_thread_object(vm);
    let mut out = vec![];
    let objects = vm.interp.thread_objects.lock();
    for (_, v) in objects.iter() {
        out.push(v.clone());
    }
    if !out.iter().any(|v| v.is(&current)) {
        out.insert(0, current);
    }
    Ok(Value::list(out))
});

/// The timeout of `join`, `Event.wait`, `Condition.wait`, a semaphore's
/// `acquire` or `Barrier.wait`. CPython's Python code waits without
/// blocking unless the timeout is positive (so NaN and negative numbers
/// are a zero wait), and its clock refuses a positive one it cannot count.
pub fn seconds_arg(v: &Value) -> PyResult<Duration> {
    let positive = match v {
        Value::Int(i) => *i > 0,
        Value::BigInt(b) => b.sign() == num_bigint::Sign::Plus,
        Value::Bool(b) => b.get(),
        Value::Float(f) => f.get() > 0.0,
        other => {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as a number of seconds",
                type_name(other)
            )))
        }
    };
    if !positive {
        return Ok(Duration::ZERO);
    }
    let secs = crate::stdlib::modules::time::seconds_checked(v, "a number of seconds")?;
    Ok(crate::stdlib::modules::time::wait_duration(secs))
}

// ---- Timer -------------------------------------------------------------------

static TIMER_CORE_TYPE: LazyLock<Arc<TypeObject>> =
    LazyLock::new(|| TypeObject::new("_timer_run", Some(&TYPES.object), TypeKind::Native));

/// What a `Timer` runs, as CPython's `Timer` attributes: wait `interval`
/// seconds on `finished`, then call `function(*args, **kwargs)`. Kept
/// apart from the thread object so that the target (a method of this)
/// does not keep its own thread alive.
struct TimerCore {
    interval: Value,
    function: Value,
    args: Value,
    kwargs: Value,
    /// A `threading.Event`; `cancel()` sets it.
    finished: Value,
}

impl TimerCore {
    fn finished(&self) -> &EventObject {
        match &self.finished {
            Value::Native(n) => n
                .as_any()
                .downcast_ref::<EventObject>()
                .expect("a Timer's finished is an Event"),
            _ => unreachable!("a Timer's finished is an Event"),
        }
    }
}

impl NativeObject for TimerCore {
    fn type_object(&self) -> Arc<TypeObject> {
        TIMER_CORE_TYPE.clone()
    }

    fn method(&self, _name: &str) -> Option<&'static BuiltinFunction> {
        None
    }

    fn repr(&self) -> String {
        "<timer routine>".into()
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

builtin!(TIMER, "Timer", |vm, a| {
    let [interval, function, args, kwargs] =
        a.bind("Timer", ["interval", "function", "args", "kwargs"], 2)?;
    let args = args
        .filter(|v| !v.is_none())
        .unwrap_or_else(|| Value::list(Vec::new()));
    let kwargs = kwargs
        .filter(|v| !v.is_none())
        .unwrap_or_else(|| Value::Dict(Arc::new(crate::vm::objects::dict::PyDict::new())));
    let core = Value::Native(Arc::new(Box::new(TimerCore {
        interval: interval.unwrap_or(Value::None),
        function: function.unwrap_or(Value::None),
        args,
        kwargs,
        finished: sync::new_event(),
    })));
    let target = Value::BoundMethod(Arc::new(BoundMethod {
        receiver: core.clone(),
        func: &TIMER_RUN,
    }));
    // `Thread.__init__()` without a target: plain `Thread-N`.
    let name = format!("Thread-{}", next_thread_number(vm));
    Ok(ThreadObject::with_timer(
        ThreadInner {
            name,
            target: Some(target),
            args: Vec::new(),
            kwargs: Vec::new(),
            daemon: current_is_daemon(vm),
            num: None,
            stopped: false,
        },
        false,
        Some(core),
    ))
});

// The target of a Timer's thread (`Timer.run`).
builtin!(TIMER_RUN, "run", |vm, a| {
    let core = match a.values.first() {
        Some(Value::Native(n)) => n
            .as_any()
            .downcast_ref::<TimerCore>()
            .ok_or_else(|| type_error("expected a Timer"))?,
        _ => return Err(type_error("expected a Timer")),
    };
    // `finished.wait(interval)`: None waits for cancel() alone.
    let interval = match &core.interval {
        Value::None => None,
        v => Some(seconds_arg(v)?),
    };
    let finished = core.finished();
    finished.wait(vm, interval, "the Timer's interval to pass (or cancel())")?;
    if !finished.is_set() {
        let mut values = crate::vm::objects::iter::collect(&core.args)?;
        let mut kwnames = Vec::new();
        match &core.kwargs {
            Value::Dict(d) => {
                for (k, v) in d.items() {
                    kwnames.push(k);
                    values.push(v);
                }
            }
            other => {
                return Err(type_error(format!(
                    "argument after ** must be a mapping, not {}",
                    type_name(other)
                )))
            }
        }
        vm.call_value_kw(&core.function, values, &kwnames)?;
    }
    finished.set();
    Ok(Value::None)
});

builtin!(TIMER_CANCEL, "cancel", |_, a| {
    let t = this_thread(a)?;
    a.exact("cancel", 1, 1)?;
    if let Some(core) = t.timer_core() {
        core.finished().set();
    }
    Ok(Value::None)
});

builtin!(
    REGISTER_ATEXIT,
    "_register_atexit",
    crate::stdlib::modules::atexit::register_threading
);
