//! The `queue` module: `Queue(maxsize=0)` with blocking `put`/`get`,
//! timeouts, `task_done`/`join`, and the `Empty` and `Full` exceptions;
//! `LifoQueue` (last in, first out), `PriorityQueue` (lowest first) and
//! `SimpleQueue` (unbounded, no task tracking) are the same object taking
//! its items in another order.
//!
//! A deque behind a mutex with three condition variables (not empty, not
//! full, all tasks done), like CPython's `queue.Queue`; waits go through
//! `Vm::blocking`, so they release the GIL and take part in deadlock
//! detection.

use std::any::Any;
use std::collections::VecDeque;
use std::sync::{Arc, LazyLock};
use std::time::Duration;

use parking_lot::{Condvar, Mutex};

use crate::builtin;
use crate::gil::ThreadNum;
use crate::stdlib::modules::threading::seconds_arg;
use crate::stdlib::modules::time::float_seconds_checked;
use crate::trace::BlockKind;
use crate::vm::native::{Args, BuiltinFunction, NativeObject};
use crate::vm::objects::exceptions::{type_error, value_error, PyErr, PyResult};
use crate::vm::objects::types::{TypeKind, TypeObject, TYPES};
use crate::vm::ops::truthy;
use crate::vm::threads::{wait_on, TableState, Waitable};
use crate::vm::value::{Module, Value};

struct QueueTypes {
    queue: Arc<TypeObject>,
    lifo: Arc<TypeObject>,
    priority: Arc<TypeObject>,
    simple: Arc<TypeObject>,
    empty: Arc<TypeObject>,
    full: Arc<TypeObject>,
}

static QUEUE_TYPES: LazyLock<QueueTypes> = LazyLock::new(|| QueueTypes {
    queue: TypeObject::native("queue", "Queue", &TYPES.object, queue_method, &QUEUE),
    lifo: TypeObject::native(
        "queue",
        "LifoQueue",
        &TYPES.object,
        queue_method,
        &LIFO_QUEUE,
    ),
    priority: TypeObject::native(
        "queue",
        "PriorityQueue",
        &TYPES.object,
        queue_method,
        &PRIORITY_QUEUE,
    ),
    simple: TypeObject::native(
        "queue",
        "SimpleQueue",
        &TYPES.object,
        simple_method,
        &SIMPLE_QUEUE,
    ),
    empty: TypeObject::new("Empty", Some(&TYPES.exception), TypeKind::Exception),
    full: TypeObject::new("Full", Some(&TYPES.exception), TypeKind::Exception),
});

/// Which item `get` takes.
#[derive(Clone, Copy, PartialEq)]
enum Order {
    Fifo,
    Lifo,
    /// The smallest (`<`), as `heapq` would give it.
    Priority,
    /// FIFO, without `task_done`/`join`/`full`.
    Simple,
}

pub fn module() -> Value {
    let t = &*QUEUE_TYPES;
    Value::Module(Arc::new(Module::new(
        "queue",
        vec![
            ("Queue", Value::Type(t.queue.clone())),
            ("LifoQueue", Value::Type(t.lifo.clone())),
            ("PriorityQueue", Value::Type(t.priority.clone())),
            ("SimpleQueue", Value::Type(t.simple.clone())),
            ("Empty", Value::Type(t.empty.clone())),
            ("Full", Value::Type(t.full.clone())),
        ],
    )))
}

struct QueueState {
    items: VecDeque<Value>,
    unfinished: u64,
    /// Counts every change of `items`, so that a priority queue can find
    /// an item's place with no lock held (comparing may run Python code)
    /// and insert it there only if nothing changed meanwhile.
    changes: u64,
}

impl QueueState {
    /// Adds an item where its order puts it (a priority queue keeps its
    /// items sorted; equal ones stay in the order they came).
    fn insert(&mut self, item: Value, order: Order) -> PyResult<()> {
        self.changes += 1;
        if order == Order::Priority {
            let mut at = self.items.len();
            for (i, x) in self.items.iter().enumerate() {
                if crate::vm::ops::compare(crate::bytecode::Comparison::Lt, &item, x)? {
                    at = i;
                    break;
                }
            }
            self.items.insert(at, item);
        } else {
            self.items.push_back(item);
        }
        self.unfinished += 1;
        Ok(())
    }

    fn take(&mut self, order: Order) -> Option<Value> {
        self.changes += 1;
        match order {
            Order::Lifo => self.items.pop_back(),
            _ => self.items.pop_front(),
        }
    }
}

struct QueueInner {
    state: Mutex<QueueState>,
    order: Order,
    maxsize: usize,
    not_empty: Condvar,
    not_full: Condvar,
    all_done: Condvar,
}

impl QueueInner {
    fn is_full(&self, st: &QueueState) -> bool {
        self.maxsize > 0 && st.items.len() >= self.maxsize
    }
}

#[derive(Clone, Copy)]
enum QueueWaitKind {
    NotEmpty,
    NotFull,
    AllDone,
}

struct QueueWait(Arc<QueueInner>, QueueWaitKind);

impl Waitable for QueueWait {
    fn ready(&self, _me: ThreadNum, _table: &TableState) -> bool {
        let st = self.0.state.lock();
        match self.1 {
            QueueWaitKind::NotEmpty => !st.items.is_empty(),
            QueueWaitKind::NotFull => !self.0.is_full(&st),
            QueueWaitKind::AllDone => st.unfinished == 0,
        }
    }

    fn describe(&self, _table: &TableState) -> String {
        match self.1 {
            QueueWaitKind::NotEmpty => "an item from an empty Queue (get)".into(),
            QueueWaitKind::NotFull => "room in a full Queue (put)".into(),
            QueueWaitKind::AllDone => "every Queue task to be done (join)".into(),
        }
    }

    fn kind(&self) -> BlockKind {
        BlockKind::Queue
    }
}

pub struct QueueObject {
    inner: Arc<QueueInner>,
}

impl NativeObject for QueueObject {
    fn type_object(&self) -> Arc<TypeObject> {
        let t = &*QUEUE_TYPES;
        match self.inner.order {
            Order::Fifo => t.queue.clone(),
            Order::Lifo => t.lifo.clone(),
            Order::Priority => t.priority.clone(),
            Order::Simple => t.simple.clone(),
        }
    }

    fn method(&self, name: &str) -> Option<&'static BuiltinFunction> {
        match self.inner.order {
            Order::Simple => simple_method(name),
            _ => queue_method(name),
        }
    }

    fn attribute(&self, name: &str) -> Option<Value> {
        if self.inner.order == Order::Simple {
            return None;
        }
        match name {
            "maxsize" => Some(Value::Int(self.inner.maxsize as i64)),
            "unfinished_tasks" => Some(Value::Int(self.inner.state.lock().unfinished as i64)),
            _ => None,
        }
    }

    fn repr(&self) -> String {
        format!(
            "<queue.{} object at {:#x}>",
            self.type_object().name,
            crate::vm::address::shown_at(self)
        )
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn queue_method(name: &str) -> Option<&'static BuiltinFunction> {
    Some(match name {
        "__init__" => &QUEUE_INIT,
        "put" => &PUT,
        "get" => &GET,
        "put_nowait" => &PUT_NOWAIT,
        "get_nowait" => &GET_NOWAIT,
        "qsize" => &QSIZE,
        "empty" => &EMPTY,
        "full" => &FULL,
        "task_done" => &TASK_DONE,
        "join" => &JOIN,
        _ => return None,
    })
}

fn simple_method(name: &str) -> Option<&'static BuiltinFunction> {
    match name {
        "full" | "task_done" | "join" => None,
        _ => queue_method(name),
    }
}

fn this<'a>(a: &Args<'a>) -> PyResult<&'a QueueObject> {
    // An instance of a class derived from a queue type carries its queue.
    let receiver = match a.values.first() {
        Some(Value::Instance(inst)) => inst.native.get(),
        other => other,
    };
    match receiver {
        Some(Value::Native(n)) => n
            .as_any()
            .downcast_ref::<QueueObject>()
            .ok_or_else(|| type_error("expected a Queue")),
        _ => Err(type_error("expected a Queue")),
    }
}

fn own<'a>(a: &Args<'a>) -> Args<'a> {
    Args {
        values: &a.values[1.min(a.values.len())..],
        kwnames: a.kwnames,
    }
}

pub(crate) fn empty_error() -> PyErr {
    PyErr::new(&QUEUE_TYPES.empty, Vec::new())
}

pub(crate) fn full_error() -> PyErr {
    PyErr::new(&QUEUE_TYPES.full, Vec::new())
}

fn timeout_arg(v: Option<Value>) -> PyResult<Option<Duration>> {
    match v.filter(|t| !t.is_none()) {
        None => Ok(None),
        Some(v) => {
            if matches!(v, Value::Int(i) if i < 0) || matches!(v, Value::Float(f) if f.get() < 0.0)
            {
                return Err(value_error("'timeout' must be a non-negative number"));
            }
            // CPython's queue adds the timeout to the time as a float, so
            // even an int too long for its clock is refused as a float.
            match v {
                Value::Int(i) => float_seconds_checked(i as f64)?,
                Value::BigInt(ref b) => float_seconds_checked(
                    num_traits::ToPrimitive::to_f64(&**b).unwrap_or(f64::INFINITY),
                )?,
                _ => 0.0,
            };
            Ok(Some(seconds_arg(&v)?))
        }
    }
}

fn new_queue(a: &Args, name: &str, order: Order) -> PyResult<Value> {
    let maxsize = if order == Order::Simple {
        a.exact(name, 0, 0)?;
        0
    } else {
        let [maxsize] = a.bind(name, ["maxsize"], 0)?;
        match maxsize {
            Some(v) => crate::stdlib::builtins::int_arg(&v)?.max(0) as usize,
            None => 0,
        }
    };
    Ok(Value::Native(Arc::new(Box::new(QueueObject {
        inner: Arc::new(QueueInner {
            state: Mutex::new(QueueState {
                items: VecDeque::new(),
                unfinished: 0,
                changes: 0,
            }),
            order,
            maxsize,
            not_empty: Condvar::new(),
            not_full: Condvar::new(),
            all_done: Condvar::new(),
        }),
    }))))
}

builtin!(QUEUE, "Queue", |_, a| new_queue(a, "Queue", Order::Fifo));

// `Queue.__init__(self, maxsize=0)` for an instance of a class derived
// from a queue type (`class Pipeline(queue.Queue)`): equips it with its
// queue, of the order of the queue type it derives from.
builtin!(QUEUE_INIT, "__init__", |_, a| {
    let Some(Value::Instance(inst)) = a.values.first() else {
        return Err(type_error(
            "descriptor '__init__' of 'Queue' object needs a Queue subclass instance",
        ));
    };
    let t = &*QUEUE_TYPES;
    let base = inst.class.builtin_base();
    let (name, order) = if Arc::ptr_eq(base, &t.lifo) {
        ("LifoQueue", Order::Lifo)
    } else if Arc::ptr_eq(base, &t.priority) {
        ("PriorityQueue", Order::Priority)
    } else {
        ("Queue", Order::Fifo)
    };
    let own = Args {
        values: &a.values[1..],
        kwnames: a.kwnames,
    };
    let q = new_queue(&own, name, order)?;
    drop(inst.native.set(q));
    Ok(Value::None)
});
builtin!(LIFO_QUEUE, "LifoQueue", |_, a| new_queue(
    a,
    "LifoQueue",
    Order::Lifo
));
builtin!(PRIORITY_QUEUE, "PriorityQueue", |_, a| {
    new_queue(a, "PriorityQueue", Order::Priority)
});
builtin!(SIMPLE_QUEUE, "SimpleQueue", |_, a| new_queue(
    a,
    "SimpleQueue",
    Order::Simple
));

fn put(
    vm: &mut crate::vm::Vm,
    q: &QueueObject,
    item: Value,
    block: bool,
    timeout: Option<Duration>,
) -> PyResult<Value> {
    let inner = q.inner.clone();
    if inner.order == Order::Priority {
        return put_by_priority(vm, &inner, item, block, timeout);
    }
    {
        let mut st = inner.state.lock();
        if !inner.is_full(&st) {
            st.insert(item, inner.order)?;
            drop(st);
            inner.not_empty.notify_one();
            return Ok(Value::None);
        }
    }
    put_waiting(vm, inner, item, block, timeout)
}

/// `PriorityQueue.put`: the item's place is found with `<` as the script
/// defines it (`__lt__`, `@dataclass(order=True)`), on a copy of the items
/// with no lock held, and taken only if the queue did not change
/// meanwhile (else it is found again).
fn put_by_priority(
    vm: &mut crate::vm::Vm,
    inner: &Arc<QueueInner>,
    item: Value,
    block: bool,
    timeout: Option<Duration>,
) -> PyResult<Value> {
    loop {
        let (items, seen) = {
            let st = inner.state.lock();
            if inner.is_full(&st) {
                break;
            }
            (st.items.iter().cloned().collect::<Vec<_>>(), st.changes)
        };
        let mut at = items.len();
        for (i, x) in items.iter().enumerate() {
            if vm.rich_compare(crate::bytecode::Comparison::Lt, &item, x)? {
                at = i;
                break;
            }
        }
        let mut st = inner.state.lock();
        if st.changes == seen {
            st.changes += 1;
            st.items.insert(at, item);
            st.unfinished += 1;
            drop(st);
            inner.not_empty.notify_one();
            return Ok(Value::None);
        }
    }
    put_waiting(vm, inner.clone(), item, block, timeout)
}

/// `put` on a full queue: waits for room (without a lock held the whole
/// time, and releasing the GIL).
fn put_waiting(
    vm: &mut crate::vm::Vm,
    inner: Arc<QueueInner>,
    item: Value,
    block: bool,
    timeout: Option<Duration>,
) -> PyResult<Value> {
    if !block {
        return Err(full_error());
    }
    let waiting = inner.clone();
    let done = vm.blocking(
        Arc::new(QueueWait(inner.clone(), QueueWaitKind::NotFull)),
        timeout,
        move |vm, done| {
            let mut st = waiting.state.lock();
            let room = wait_on(vm, &waiting.not_full, &mut st, timeout, |st| {
                !(waiting.maxsize > 0 && st.items.len() >= waiting.maxsize)
            });
            if room {
                // A priority queue that cannot order the item keeps it last.
                if st.insert(item.clone(), waiting.order).is_err() {
                    st.items.push_back(item);
                    st.unfinished += 1;
                }
                done.set();
                drop(st);
                waiting.not_empty.notify_one();
            }
            room
        },
    )?;
    if done {
        Ok(Value::None)
    } else {
        Err(full_error())
    }
}

fn get(
    vm: &mut crate::vm::Vm,
    q: &QueueObject,
    block: bool,
    timeout: Option<Duration>,
) -> PyResult<Value> {
    let inner = q.inner.clone();
    {
        let mut st = inner.state.lock();
        if let Some(v) = st.take(inner.order) {
            drop(st);
            inner.not_full.notify_one();
            return Ok(v);
        }
    }
    if !block {
        return Err(empty_error());
    }
    let waiting = inner.clone();
    let got = vm.blocking(
        Arc::new(QueueWait(inner.clone(), QueueWaitKind::NotEmpty)),
        timeout,
        move |vm, done| {
            let mut st = waiting.state.lock();
            let ready = wait_on(vm, &waiting.not_empty, &mut st, timeout, |st| {
                !st.items.is_empty()
            });
            let item = if ready { st.take(waiting.order) } else { None };
            if item.is_some() {
                done.set();
            }
            drop(st);
            if item.is_some() {
                waiting.not_full.notify_one();
            }
            item
        },
    )?;
    got.ok_or_else(empty_error)
}

builtin!(PUT, "put", |vm, a| {
    let q = this(a)?;
    let [item, block, timeout] = own(a).bind("put", ["item", "block", "timeout"], 1)?;
    let block = block.as_ref().is_none_or(truthy);
    let timeout = timeout_arg(timeout)?;
    put(vm, q, item.unwrap_or(Value::None), block, timeout)
});
builtin!(GET, "get", |vm, a| {
    let q = this(a)?;
    let [block, timeout] = own(a).bind("get", ["block", "timeout"], 0)?;
    let block = block.as_ref().is_none_or(truthy);
    let timeout = timeout_arg(timeout)?;
    get(vm, q, block, timeout)
});
builtin!(PUT_NOWAIT, "put_nowait", |vm, a| {
    let q = this(a)?;
    let [item] = own(a).bind("put_nowait", ["item"], 1)?;
    put(vm, q, item.unwrap_or(Value::None), false, None)
});
builtin!(GET_NOWAIT, "get_nowait", |vm, a| {
    let q = this(a)?;
    own(a).exact("get_nowait", 0, 0)?;
    get(vm, q, false, None)
});
builtin!(QSIZE, "qsize", |_, a| {
    let q = this(a)?;
    Ok(Value::Int(q.inner.state.lock().items.len() as i64))
});
builtin!(EMPTY, "empty", |_, a| {
    let q = this(a)?;
    Ok(Value::bool(q.inner.state.lock().items.is_empty()))
});
builtin!(FULL, "full", |_, a| {
    let q = this(a)?;
    let st = q.inner.state.lock();
    Ok(Value::bool(q.inner.is_full(&st)))
});
builtin!(TASK_DONE, "task_done", |_, a| {
    let q = this(a)?;
    let mut st = q.inner.state.lock();
    if st.unfinished == 0 {
        return Err(value_error("task_done() called too many times"));
    }
    st.unfinished -= 1;
    if st.unfinished == 0 {
        drop(st);
        q.inner.all_done.notify_all();
    }
    Ok(Value::None)
});
builtin!(JOIN, "join", |vm, a| {
    let q = this(a)?;
    if q.inner.state.lock().unfinished == 0 {
        return Ok(Value::None);
    }
    let inner = q.inner.clone();
    vm.blocking(
        Arc::new(QueueWait(inner.clone(), QueueWaitKind::AllDone)),
        None,
        move |vm, done| {
            let mut st = inner.state.lock();
            if wait_on(vm, &inner.all_done, &mut st, None, |st| st.unfinished == 0) {
                done.set();
            }
        },
    )?;
    Ok(Value::None)
});
