//! `threading`'s synchronisation primitives: `Lock`, `RLock`, `Event`,
//! `Condition`, `Semaphore` (`Barrier` is in `barrier.rs`).
//!
//! Each is a thin Python-facing wrapper around an `Arc`'d state that its
//! `Waitable` shares, so that the deadlock detector can look at the state
//! (is the lock free? who holds it?) of whatever a thread is blocked on.
//! An operation that can complete at once never lets go of the GIL; one
//! that must wait goes through `Vm::blocking`, which does.

use std::any::Any;
use std::sync::{Arc, LazyLock};
use std::time::Duration;

use parking_lot::{Condvar, Mutex};

use crate::builtin;
use crate::gil::ThreadNum;
use crate::stdlib::modules::threading::seconds_arg;
use crate::trace::BlockKind;
use crate::vm::native::{Args, BuiltinFunction, NativeObject};
use crate::vm::objects::exceptions::{runtime_error, type_error, value_error, PyResult};
use crate::vm::objects::types::{TypeKind, TypeObject, TYPES};
use crate::vm::ops::truthy;
use crate::vm::threads::{wait_on, TableState, Waitable};
use crate::vm::value::Value;
use crate::vm::Vm;

/// A type of this file's objects, named as CPython's (`_thread.lock`,
/// `threading.Event`).
fn native_type(module: &'static str, name: &str) -> Arc<TypeObject> {
    let mut t = TypeObject::new(name, Some(&TYPES.object), TypeKind::Native);
    if let Some(made) = Arc::get_mut(&mut t) {
        made.module = Some(module);
    }
    t
}

struct SyncTypes {
    lock: Arc<TypeObject>,
    rlock: Arc<TypeObject>,
    event: Arc<TypeObject>,
    condition: Arc<TypeObject>,
    semaphore: Arc<TypeObject>,
}

static SYNC_TYPES: LazyLock<SyncTypes> = LazyLock::new(|| SyncTypes {
    lock: native_type("_thread", "lock"),
    rlock: native_type("_thread", "RLock"),
    event: native_type("threading", "Event"),
    condition: native_type("threading", "Condition"),
    semaphore: native_type("threading", "Semaphore"),
});

/// The receiver of a method, downcast to its Rust type.
fn this<'a, T: 'static>(a: &Args<'a>, what: &str) -> PyResult<&'a T> {
    match a.values.first() {
        Some(Value::Native(n)) => n
            .as_any()
            .downcast_ref::<T>()
            .ok_or_else(|| type_error(format!("expected a {what}"))),
        _ => Err(type_error(format!("expected a {what}"))),
    }
}

/// The method's own arguments (without the receiver).
fn own<'a>(a: &Args<'a>) -> Args<'a> {
    Args {
        values: &a.values[1.min(a.values.len())..],
        kwnames: a.kwnames,
    }
}

// ---- Lock and RLock ----------------------------------------------------------

/// The state of a `Lock` or `RLock`.
pub struct LockState {
    owner: Option<ThreadNum>,
    count: u32,
    /// Where the current owner acquired it, for the deadlock report.
    acquired_at: String,
}

impl LockInner {
    /// CPython's repr of a lock, showing `at` as its address.
    fn repr(&self, at: i64) -> String {
        let st = self.state.lock();
        let state = if st.owner.is_some() {
            "locked"
        } else {
            "unlocked"
        };
        if self.reentrant {
            let owner = st.owner.map_or(0, super::threading::ident_of);
            format!(
                "<{state} _thread.RLock object owner={owner} count={} at {at:#x}>",
                st.count
            )
        } else {
            format!("<{state} _thread.lock object at {at:#x}>")
        }
    }
}

pub struct LockInner {
    state: Mutex<LockState>,
    cond: Condvar,
    reentrant: bool,
}

impl LockInner {
    fn new(reentrant: bool) -> Arc<LockInner> {
        Arc::new(LockInner {
            state: Mutex::new(LockState {
                owner: None,
                count: 0,
                acquired_at: String::new(),
            }),
            cond: Condvar::new(),
            reentrant,
        })
    }

    fn free_for(&self, st: &LockState, me: ThreadNum) -> bool {
        st.owner.is_none() || (self.reentrant && st.owner == Some(me))
    }

    fn take(&self, st: &mut LockState, me: ThreadNum, at: &str) {
        if st.owner == Some(me) {
            st.count += 1;
        } else {
            st.owner = Some(me);
            st.count = 1;
            st.acquired_at = at.to_string();
        }
    }

    /// Acquires, waiting without the GIL if needed. Returns false on
    /// timeout or when not blocking.
    fn acquire(
        self: &Arc<Self>,
        vm: &mut Vm,
        blocking: bool,
        timeout: Option<Duration>,
    ) -> PyResult<bool> {
        let me = vm.thread;
        {
            let mut st = self.state.lock();
            if self.free_for(&st, me) {
                let at = vm.location();
                self.take(&mut st, me, &at);
                return Ok(true);
            }
        }
        if !blocking {
            return Ok(false);
        }
        let at = vm.location();
        let inner = self.clone();
        vm.blocking(
            Arc::new(LockWait(self.clone())),
            timeout,
            move |vm, done| {
                let mut st = inner.state.lock();
                let got = wait_on(vm, &inner.cond, &mut st, timeout, |st| {
                    st.owner.is_none() || (inner.reentrant && st.owner == Some(me))
                });
                if got {
                    inner.take(&mut st, me, &at);
                    done.set();
                }
                got
            },
        )
    }

    fn release(&self, me: ThreadNum) -> PyResult<()> {
        let mut st = self.state.lock();
        if self.reentrant {
            if st.owner != Some(me) {
                return Err(runtime_error("cannot release un-acquired lock"));
            }
        } else if st.owner.is_none() {
            return Err(runtime_error("release unlocked lock"));
        }
        st.count = st.count.saturating_sub(1);
        if st.count == 0 || !self.reentrant {
            st.owner = None;
            st.count = 0;
            drop(st);
            self.cond.notify_one();
        }
        Ok(())
    }

    /// Releases an RLock completely (for `Condition.wait`), returning the
    /// recursion count to restore.
    fn release_all(&self, me: ThreadNum) -> PyResult<u32> {
        let mut st = self.state.lock();
        if st.owner != Some(me) {
            return Err(runtime_error("cannot wait on un-acquired lock"));
        }
        let count = st.count;
        st.owner = None;
        st.count = 0;
        drop(st);
        self.cond.notify_one();
        Ok(count)
    }

    fn owned_by(&self, me: ThreadNum) -> bool {
        self.state.lock().owner == Some(me)
    }
}

/// Blocked in `acquire()` of a lock.
struct LockWait(Arc<LockInner>);

impl Waitable for LockWait {
    fn ready(&self, me: ThreadNum, _table: &TableState) -> bool {
        let st = self.0.state.lock();
        self.0.free_for(&st, me)
    }

    fn describe(&self, table: &TableState) -> String {
        let st = self.0.state.lock();
        let kind = if self.0.reentrant {
            "an RLock"
        } else {
            "a Lock"
        };
        match st.owner {
            Some(owner) => format!(
                "{kind} held by {} (acquired at {})",
                table.name_of(owner),
                st.acquired_at
            ),
            None => format!("{kind} (free)"),
        }
    }

    fn kind(&self) -> BlockKind {
        BlockKind::Lock
    }
}

pub struct LockObject {
    inner: Arc<LockInner>,
}

impl NativeObject for LockObject {
    fn type_object(&self) -> Arc<TypeObject> {
        if self.inner.reentrant {
            SYNC_TYPES.rlock.clone()
        } else {
            SYNC_TYPES.lock.clone()
        }
    }

    fn method(&self, name: &str) -> Option<&'static BuiltinFunction> {
        Some(match name {
            "acquire" | "__enter__" => &LOCK_ACQUIRE,
            "release" => &LOCK_RELEASE,
            "__exit__" => &LOCK_EXIT,
            "locked" if !self.inner.reentrant => &LOCK_LOCKED,
            _ => return None,
        })
    }

    fn repr(&self) -> String {
        self.inner.repr(crate::vm::address::shown_at(self))
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn lock_value(reentrant: bool) -> Value {
    Value::Native(Arc::new(Box::new(LockObject {
        inner: LockInner::new(reentrant),
    })))
}

/// The `blocking=True, timeout=-1` arguments of `acquire`.
fn acquire_args(a: &Args) -> PyResult<(bool, Option<Duration>)> {
    let [blocking, timeout] = own(a).bind("acquire", ["blocking", "timeout"], 0)?;
    let blocking = blocking.as_ref().is_none_or(truthy);
    let timeout = match timeout {
        None | Some(Value::None) => None,
        Some(v) => {
            // CPython checks the number against its clock first, then the
            // combination with `blocking`; -1 means no timeout.
            let secs = crate::stdlib::modules::time::seconds_checked(&v, "a number of seconds")?;
            if secs == -1.0 {
                None
            } else {
                if !blocking {
                    return Err(value_error(
                        "can't specify a timeout for a non-blocking call",
                    ));
                }
                if secs < 0.0 {
                    return Err(value_error("timeout value must be positive"));
                }
                Some(crate::stdlib::modules::time::wait_duration(secs))
            }
        }
    };
    Ok((blocking, timeout))
}

builtin!(LOCK, "Lock", |_, a| {
    a.exact("Lock", 0, 0)?;
    Ok(lock_value(false))
});
builtin!(RLOCK, "RLock", |_, a| {
    a.exact("RLock", 0, 0)?;
    Ok(lock_value(true))
});
builtin!(LOCK_ACQUIRE, "acquire", |vm, a| {
    let lock = this::<LockObject>(a, "lock")?;
    let (blocking, timeout) = acquire_args(a)?;
    Ok(Value::bool(lock.inner.acquire(vm, blocking, timeout)?))
});
builtin!(LOCK_RELEASE, "release", |vm, a| {
    let lock = this::<LockObject>(a, "lock")?;
    lock.inner.release(vm.thread)?;
    Ok(Value::None)
});
builtin!(LOCK_EXIT, "__exit__", |vm, a| {
    let lock = this::<LockObject>(a, "lock")?;
    lock.inner.release(vm.thread)?;
    Ok(Value::None)
});
builtin!(LOCK_LOCKED, "locked", |_, a| {
    let lock = this::<LockObject>(a, "lock")?;
    Ok(Value::bool(lock.inner.state.lock().owner.is_some()))
});

// ---- Event -------------------------------------------------------------------

pub struct EventInner {
    flag: Mutex<bool>,
    cond: Condvar,
}

/// Blocked in `Event.wait`; `what` is the report's wording.
struct EventWait {
    event: Arc<EventInner>,
    what: &'static str,
}

impl Waitable for EventWait {
    fn ready(&self, _me: ThreadNum, _table: &TableState) -> bool {
        *self.event.flag.lock()
    }

    fn describe(&self, _table: &TableState) -> String {
        self.what.into()
    }

    fn kind(&self) -> BlockKind {
        BlockKind::Event
    }
}

pub struct EventObject {
    inner: Arc<EventInner>,
}

impl NativeObject for EventObject {
    fn type_object(&self) -> Arc<TypeObject> {
        SYNC_TYPES.event.clone()
    }

    fn method(&self, name: &str) -> Option<&'static BuiltinFunction> {
        Some(match name {
            "set" => &EVENT_SET,
            "clear" => &EVENT_CLEAR,
            "is_set" => &EVENT_IS_SET,
            "isSet" => &EVENT_IS_SET_OLD,
            "wait" => &EVENT_WAIT,
            _ => return None,
        })
    }

    fn repr(&self) -> String {
        let state = if *self.inner.flag.lock() {
            "set"
        } else {
            "unset"
        };
        let at = crate::vm::address::shown_at(self);
        format!("<threading.Event at {at:#x}: {state}>")
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// A new, unset `threading.Event`.
pub fn new_event() -> Value {
    Value::Native(Arc::new(Box::new(EventObject {
        inner: Arc::new(EventInner {
            flag: Mutex::new(false),
            cond: Condvar::new(),
        }),
    })))
}

impl EventObject {
    pub fn set(&self) {
        *self.inner.flag.lock() = true;
        self.inner.cond.notify_all();
    }

    pub fn is_set(&self) -> bool {
        *self.inner.flag.lock()
    }

    /// `wait(timeout)`, blocked on `what` (the deadlock report's and the
    /// interleaving's wording). Returns whether the event is set.
    pub fn wait(
        &self,
        vm: &mut Vm,
        timeout: Option<Duration>,
        what: &'static str,
    ) -> PyResult<bool> {
        if self.is_set() {
            return Ok(true);
        }
        let inner = self.inner.clone();
        vm.blocking(
            Arc::new(EventWait {
                event: inner.clone(),
                what,
            }),
            timeout,
            move |vm, done| {
                let mut flag = inner.flag.lock();
                let set = wait_on(vm, &inner.cond, &mut flag, timeout, |f| *f);
                if set {
                    done.set();
                }
                set
            },
        )
    }
}

builtin!(EVENT, "Event", |_, a| {
    a.exact("Event", 0, 0)?;
    Ok(new_event())
});
builtin!(EVENT_SET, "set", |_, a| {
    this::<EventObject>(a, "Event")?.set();
    Ok(Value::None)
});
builtin!(EVENT_CLEAR, "clear", |_, a| {
    let e = this::<EventObject>(a, "Event")?;
    *e.inner.flag.lock() = false;
    Ok(Value::None)
});
builtin!(EVENT_IS_SET, "is_set", |_, a| {
    Ok(Value::bool(this::<EventObject>(a, "Event")?.is_set()))
});
builtin!(EVENT_IS_SET_OLD, "isSet", |vm, a| {
    crate::stdlib::modules::threading::deprecated(vm, "isSet", "use is_set()");
    Ok(Value::bool(this::<EventObject>(a, "Event")?.is_set()))
});
builtin!(EVENT_WAIT, "wait", |vm, a| {
    let e = this::<EventObject>(a, "Event")?;
    let [timeout] = own(a).bind("wait", ["timeout"], 0)?;
    let timeout = match timeout.filter(|t| !t.is_none()) {
        None => None,
        Some(v) => Some(seconds_arg(&v)?),
    };
    let set = e.wait(vm, timeout, "an Event that no running thread will set")?;
    Ok(Value::bool(set))
});

// ---- Condition -----------------------------------------------------------------

/// One thread waiting in `Condition.wait`: notified by flipping its flag.
struct Waiter {
    notified: Mutex<bool>,
    cond: Condvar,
}

struct NotifyWait(Arc<Waiter>);

impl Waitable for NotifyWait {
    fn ready(&self, _me: ThreadNum, _table: &TableState) -> bool {
        *self.0.notified.lock()
    }

    fn describe(&self, _table: &TableState) -> String {
        "a Condition notify()".into()
    }

    fn kind(&self) -> BlockKind {
        BlockKind::Condition
    }
}

pub struct ConditionObject {
    lock: Arc<LockInner>,
    /// The Python lock object, returned by nothing but kept alive.
    waiters: Mutex<Vec<Arc<Waiter>>>,
}

impl NativeObject for ConditionObject {
    fn type_object(&self) -> Arc<TypeObject> {
        SYNC_TYPES.condition.clone()
    }

    fn method(&self, name: &str) -> Option<&'static BuiltinFunction> {
        Some(match name {
            "acquire" | "__enter__" => &COND_ACQUIRE,
            "release" | "__exit__" => &COND_RELEASE,
            "wait" => &COND_WAIT,
            "wait_for" => &COND_WAIT_FOR,
            "notify" => &COND_NOTIFY,
            "notify_all" => &COND_NOTIFY_ALL,
            "notifyAll" => &COND_NOTIFY_ALL_OLD,
            _ => return None,
        })
    }

    fn repr(&self) -> String {
        // The lock is shown at the address of the condition's own state
        // (CPython's lock is an object of its own; ours has no `Value`).
        format!(
            "<Condition({}, {})>",
            self.lock.repr(crate::vm::address::shown_at(&*self.lock)),
            self.waiters.lock().len()
        )
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

builtin!(CONDITION, "Condition", |_, a| {
    let [lock] = a.bind("Condition", ["lock"], 0)?;
    let lock = match lock.filter(|l| !l.is_none()) {
        None => LockInner::new(true),
        Some(Value::Native(n)) => match n.as_any().downcast_ref::<LockObject>() {
            Some(l) => l.inner.clone(),
            None => return Err(type_error("Condition() needs a Lock or RLock")),
        },
        Some(_) => return Err(type_error("Condition() needs a Lock or RLock")),
    };
    Ok(Value::Native(Arc::new(Box::new(ConditionObject {
        lock,
        waiters: Mutex::new(Vec::new()),
    }))))
});
builtin!(COND_ACQUIRE, "acquire", |vm, a| {
    let c = this::<ConditionObject>(a, "Condition")?;
    let (blocking, timeout) = acquire_args(a)?;
    Ok(Value::bool(c.lock.acquire(vm, blocking, timeout)?))
});
builtin!(COND_RELEASE, "release", |vm, a| {
    let c = this::<ConditionObject>(a, "Condition")?;
    c.lock.release(vm.thread)?;
    Ok(Value::None)
});

/// `Condition.wait`: release the lock, wait for a notify (or the
/// timeout), take the lock back. Returns whether it was notified.
fn condition_wait(vm: &mut Vm, c: &ConditionObject, timeout: Option<Duration>) -> PyResult<bool> {
    let me = vm.thread;
    if !c.lock.owned_by(me) {
        return Err(runtime_error("cannot wait on un-acquired lock"));
    }
    let waiter = Arc::new(Waiter {
        notified: Mutex::new(false),
        cond: Condvar::new(),
    });
    c.waiters.lock().push(waiter.clone());
    let count = c.lock.release_all(me)?;
    let w = waiter.clone();
    let waited = vm.blocking(
        Arc::new(NotifyWait(waiter.clone())),
        timeout,
        move |vm, done| {
            let mut n = w.notified.lock();
            let notified = wait_on(vm, &w.cond, &mut n, timeout, |n| *n);
            if notified {
                done.set();
            }
            notified
        },
    );
    if !matches!(waited, Ok(true)) {
        c.waiters.lock().retain(|x| !Arc::ptr_eq(x, &waiter));
    }
    // Take the lock back, however the wait ended.
    let relock = c.lock.acquire(vm, true, None);
    let notified = waited?;
    relock?;
    {
        let mut st = c.lock.state.lock();
        st.count = count;
    }
    Ok(notified)
}

builtin!(COND_WAIT, "wait", |vm, a| {
    let c = this::<ConditionObject>(a, "Condition")?;
    let [timeout] = own(a).bind("wait", ["timeout"], 0)?;
    let timeout = match timeout.filter(|t| !t.is_none()) {
        None => None,
        Some(v) => Some(seconds_arg(&v)?),
    };
    Ok(Value::bool(condition_wait(vm, c, timeout)?))
});
builtin!(COND_WAIT_FOR, "wait_for", |vm, a| {
    let c = this::<ConditionObject>(a, "Condition")?;
    let [predicate, timeout] = own(a).bind("wait_for", ["predicate", "timeout"], 1)?;
    let predicate = predicate.unwrap_or(Value::None);
    let timeout = match timeout.filter(|t| !t.is_none()) {
        None => None,
        Some(v) => Some(seconds_arg(&v)?),
    };
    let deadline = timeout.map(|t| std::time::Instant::now() + t);
    loop {
        let r = vm.call_value(&predicate, Vec::new())?;
        if truthy(&r) {
            return Ok(r);
        }
        let left = match deadline {
            Some(d) => {
                let now = std::time::Instant::now();
                if now >= d {
                    return Ok(r);
                }
                Some(d - now)
            }
            None => None,
        };
        condition_wait(vm, c, left)?;
    }
});

fn notify(vm: &Vm, c: &ConditionObject, n: usize) -> PyResult<()> {
    if !c.lock.owned_by(vm.thread) {
        return Err(runtime_error("cannot notify on un-acquired lock"));
    }
    let woken: Vec<Arc<Waiter>> = {
        let mut waiters = c.waiters.lock();
        let n = n.min(waiters.len());
        waiters.drain(..n).collect()
    };
    for w in woken {
        *w.notified.lock() = true;
        w.cond.notify_one();
    }
    Ok(())
}

builtin!(COND_NOTIFY, "notify", |vm, a| {
    let c = this::<ConditionObject>(a, "Condition")?;
    let [n] = own(a).bind("notify", ["n"], 0)?;
    let n = match n {
        Some(v) => crate::stdlib::builtins::int_arg(&v)?.max(0) as usize,
        None => 1,
    };
    notify(vm, c, n)?;
    Ok(Value::None)
});
builtin!(COND_NOTIFY_ALL, "notify_all", |vm, a| {
    let c = this::<ConditionObject>(a, "Condition")?;
    notify(vm, c, usize::MAX)?;
    Ok(Value::None)
});

builtin!(COND_NOTIFY_ALL_OLD, "notifyAll", |vm, a| {
    crate::stdlib::modules::threading::deprecated(vm, "notifyAll", "use notify_all()");
    let c = this::<ConditionObject>(a, "Condition")?;
    notify(vm, c, usize::MAX)?;
    Ok(Value::None)
});

// ---- Semaphore -------------------------------------------------------------------

pub struct SemInner {
    value: Mutex<i64>,
    cond: Condvar,
    /// `BoundedSemaphore`: the initial value may not be exceeded.
    bound: Option<i64>,
}

struct SemWait(Arc<SemInner>);

impl Waitable for SemWait {
    fn ready(&self, _me: ThreadNum, _table: &TableState) -> bool {
        *self.0.value.lock() > 0
    }

    fn describe(&self, _table: &TableState) -> String {
        "a Semaphore that no running thread will release".into()
    }

    fn kind(&self) -> BlockKind {
        BlockKind::Semaphore
    }
}

pub struct SemaphoreObject {
    inner: Arc<SemInner>,
}

impl NativeObject for SemaphoreObject {
    fn type_object(&self) -> Arc<TypeObject> {
        SYNC_TYPES.semaphore.clone()
    }

    fn method(&self, name: &str) -> Option<&'static BuiltinFunction> {
        Some(match name {
            "acquire" | "__enter__" => &SEM_ACQUIRE,
            "release" => &SEM_RELEASE,
            "__exit__" => &SEM_EXIT,
            _ => return None,
        })
    }

    fn repr(&self) -> String {
        let at = crate::vm::address::shown_at(self);
        let value = *self.inner.value.lock();
        match self.inner.bound {
            Some(bound) => {
                format!("<threading.BoundedSemaphore at {at:#x}: value={value}/{bound}>")
            }
            None => format!("<threading.Semaphore at {at:#x}: value={value}>"),
        }
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn semaphore(a: &Args, bounded: bool) -> PyResult<Value> {
    let [value] = a.bind("Semaphore", ["value"], 0)?;
    let value = match value {
        Some(v) => crate::stdlib::builtins::int_arg(&v)?,
        None => 1,
    };
    if value < 0 {
        return Err(value_error("semaphore initial value must be >= 0"));
    }
    Ok(Value::Native(Arc::new(Box::new(SemaphoreObject {
        inner: Arc::new(SemInner {
            value: Mutex::new(value),
            cond: Condvar::new(),
            bound: bounded.then_some(value),
        }),
    }))))
}

builtin!(SEMAPHORE, "Semaphore", |_, a| semaphore(a, false));
builtin!(BOUNDED_SEMAPHORE, "BoundedSemaphore", |_, a| semaphore(
    a, true
));
builtin!(SEM_ACQUIRE, "acquire", |vm, a| {
    let s = this::<SemaphoreObject>(a, "Semaphore")?;
    let [blocking, timeout] = own(a).bind("acquire", ["blocking", "timeout"], 0)?;
    let blocking = blocking.as_ref().is_none_or(truthy);
    let timeout = match timeout.filter(|t| !t.is_none()) {
        None => None,
        Some(v) => Some(seconds_arg(&v)?),
    };
    {
        let mut v = s.inner.value.lock();
        if *v > 0 {
            *v -= 1;
            return Ok(Value::bool(true));
        }
    }
    if !blocking {
        return Ok(Value::bool(false));
    }
    let inner = s.inner.clone();
    let got = vm.blocking(
        Arc::new(SemWait(inner.clone())),
        timeout,
        move |vm, done| {
            let mut v = inner.value.lock();
            let got = wait_on(vm, &inner.cond, &mut v, timeout, |v| *v > 0);
            if got {
                *v -= 1;
                done.set();
            }
            got
        },
    )?;
    Ok(Value::bool(got))
});

fn sem_release(s: &SemaphoreObject, n: i64) -> PyResult<()> {
    if n < 1 {
        return Err(value_error("n must be one or more"));
    }
    let mut v = s.inner.value.lock();
    if let Some(bound) = s.inner.bound {
        if *v + n > bound {
            return Err(value_error("Semaphore released too many times"));
        }
    }
    *v += n;
    drop(v);
    for _ in 0..n {
        s.inner.cond.notify_one();
    }
    Ok(())
}

builtin!(SEM_RELEASE, "release", |_, a| {
    let s = this::<SemaphoreObject>(a, "Semaphore")?;
    let [n] = own(a).bind("release", ["n"], 0)?;
    let n = match n {
        Some(v) => crate::stdlib::builtins::int_arg(&v)?,
        None => 1,
    };
    sem_release(s, n)?;
    Ok(Value::None)
});
builtin!(SEM_EXIT, "__exit__", |_, a| {
    let s = this::<SemaphoreObject>(a, "Semaphore")?;
    sem_release(s, 1)?;
    Ok(Value::None)
});
