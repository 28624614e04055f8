//! `threading.Barrier(parties, action=None, timeout=None)` and
//! `threading.BrokenBarrierError`.
//!
//! The same state machine as CPython's pure-Python Barrier: threads arrive
//! while it is *filling*; the last of `parties` to arrive runs the action
//! (*tripping*), then releases the others (*draining*); the barrier fills
//! again once every released thread has left `wait()`. A thread arriving
//! while it drains waits for the next cycle. `reset()` (*resetting*) and
//! `abort()` or a timeout (*broken*) wake every waiter with
//! `BrokenBarrierError`.
//!
//! Waits go through `Vm::blocking` like every other primitive's: the GIL
//! is released, timeouts run on the run's clock (virtual in deterministic
//! mode), and a barrier that can never fill shows up in the deadlock
//! report. In the timeline and statistics a barrier wait counts as a
//! Condition wait, which is what CPython's Barrier is built on.

use std::any::Any;
use std::sync::{Arc, LazyLock};
use std::time::Duration;

use parking_lot::{Condvar, Mutex};

use crate::builtin;
use crate::gil::ThreadNum;
use crate::stdlib::builtins::int_arg;
use crate::stdlib::modules::threading::seconds_arg;
use crate::trace::BlockKind;
use crate::vm::native::{Args, BuiltinFunction, NativeObject};
use crate::vm::objects::exceptions::{type_error, PyErr, PyResult};
use crate::vm::objects::types::{TypeKind, TypeObject, TYPES};
use crate::vm::threads::{wait_on, TableState, Waitable};
use crate::vm::value::Value;
use crate::vm::Vm;

static BARRIER_TYPE: LazyLock<Arc<TypeObject>> =
    LazyLock::new(|| TypeObject::new("Barrier", Some(&TYPES.object), TypeKind::Native));

/// `threading.BrokenBarrierError`, a `RuntimeError` as in CPython.
pub static BROKEN_BARRIER_ERROR: LazyLock<Arc<TypeObject>> = LazyLock::new(|| {
    TypeObject::new(
        "BrokenBarrierError",
        Some(&TYPES.runtime_error),
        TypeKind::Exception,
    )
});

fn broken() -> PyErr {
    PyErr::new(&BROKEN_BARRIER_ERROR, Vec::new())
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    /// Threads arrive and wait.
    Filling,
    /// The last arrival runs the action; the others still wait.
    Tripping,
    /// The waiters are released; new arrivals wait for the next cycle.
    Draining,
    /// `reset()` while threads waited: they leave with BrokenBarrierError.
    Resetting,
    /// `abort()`, a timeout or a failed action: every wait raises.
    Broken,
}

struct BarrierState {
    phase: Phase,
    /// Threads inside `wait()` (CPython's `_count`).
    count: i64,
}

pub struct BarrierInner {
    state: Mutex<BarrierState>,
    cond: Condvar,
    parties: i64,
    action: Option<Value>,
    timeout: Option<Duration>,
}

impl BarrierInner {
    fn set_phase(&self, st: &mut BarrierState, phase: Phase) {
        st.phase = phase;
        self.cond.notify_all();
    }

    /// A thread leaves `wait()`, however it leaves: the last one out ends
    /// a drain or a reset.
    fn leave(&self) {
        let mut st = self.state.lock();
        st.count -= 1;
        if st.count == 0 && matches!(st.phase, Phase::Draining | Phase::Resetting) {
            self.set_phase(&mut st, Phase::Filling);
        }
    }

    fn wait(self: &Arc<Self>, vm: &mut Vm, timeout: Option<Duration>) -> PyResult<i64> {
        let timeout = timeout.or(self.timeout);
        // Arrive: wait (untimed, as CPython) while the previous cycle
        // drains or a reset finishes.
        let index = loop {
            {
                let mut st = self.state.lock();
                match st.phase {
                    Phase::Broken => return Err(broken()),
                    Phase::Filling => {
                        let index = st.count;
                        st.count += 1;
                        break index;
                    }
                    Phase::Tripping | Phase::Draining | Phase::Resetting => {}
                }
            }
            let inner = self.clone();
            vm.blocking(
                Arc::new(BarrierWait {
                    barrier: self.clone(),
                    arriving: true,
                }),
                None,
                move |vm, done| {
                    let mut st = inner.state.lock();
                    if wait_on(vm, &inner.cond, &mut st, None, |st| arrival_open(st.phase)) {
                        done.set();
                    }
                },
            )?;
        };
        let r = self.trip_or_wait(vm, index, timeout);
        self.leave();
        r
    }

    /// After arriving as `index`: the last party trips the barrier, the
    /// others wait to be released.
    fn trip_or_wait(
        self: &Arc<Self>,
        vm: &mut Vm,
        index: i64,
        timeout: Option<Duration>,
    ) -> PyResult<i64> {
        if index + 1 == self.parties {
            if let Some(action) = &self.action {
                self.set_phase(&mut self.state.lock(), Phase::Tripping);
                if let Err(e) = vm.call_value(action, Vec::new()) {
                    self.set_phase(&mut self.state.lock(), Phase::Broken);
                    return Err(e);
                }
            }
            // An abort() or reset() that came during the action stands.
            let mut st = self.state.lock();
            if matches!(st.phase, Phase::Filling | Phase::Tripping) {
                self.set_phase(&mut st, Phase::Draining);
            }
            return Ok(index);
        }
        let inner = self.clone();
        vm.blocking(
            Arc::new(BarrierWait {
                barrier: self.clone(),
                arriving: false,
            }),
            timeout,
            move |vm, done| {
                let mut st = inner.state.lock();
                if wait_on(vm, &inner.cond, &mut st, timeout, |st| released(st.phase)) {
                    done.set();
                }
            },
        )?;
        // Decided on the state now, as CPython's wait_for looks at its
        // predicate once more after a timeout.
        let mut st = self.state.lock();
        match st.phase {
            Phase::Draining => Ok(index),
            Phase::Resetting | Phase::Broken => Err(broken()),
            Phase::Filling | Phase::Tripping => {
                // Timed out: the barrier breaks for everyone.
                self.set_phase(&mut st, Phase::Broken);
                Err(broken())
            }
        }
    }

    fn reset(&self) {
        let mut st = self.state.lock();
        let phase = if st.count > 0 {
            match st.phase {
                Phase::Filling | Phase::Tripping | Phase::Broken => Phase::Resetting,
                other => other,
            }
        } else {
            Phase::Filling
        };
        self.set_phase(&mut st, phase);
    }

    fn n_waiting(&self) -> i64 {
        let st = self.state.lock();
        match st.phase {
            Phase::Filling | Phase::Tripping => st.count,
            _ => 0,
        }
    }
}

/// Whether a thread may arrive (or learn that the barrier is broken).
fn arrival_open(phase: Phase) -> bool {
    matches!(phase, Phase::Filling | Phase::Broken)
}

/// Whether a waiting thread may leave `wait()`.
fn released(phase: Phase) -> bool {
    !matches!(phase, Phase::Filling | Phase::Tripping)
}

/// Blocked in `Barrier.wait()`: arriving (the previous cycle still drains)
/// or waiting for the last party.
struct BarrierWait {
    barrier: Arc<BarrierInner>,
    arriving: bool,
}

impl Waitable for BarrierWait {
    fn ready(&self, _me: ThreadNum, _table: &TableState) -> bool {
        let phase = self.barrier.state.lock().phase;
        if self.arriving {
            arrival_open(phase)
        } else {
            released(phase)
        }
    }

    fn describe(&self, _table: &TableState) -> String {
        let st = self.barrier.state.lock();
        let parties = self.barrier.parties;
        if self.arriving {
            format!("a Barrier({parties}) to finish its previous cycle")
        } else {
            format!(
                "a Barrier({parties}) that only {} of {parties} parties have reached",
                st.count
            )
        }
    }

    fn kind(&self) -> BlockKind {
        BlockKind::Condition
    }
}

pub struct BarrierObject {
    inner: Arc<BarrierInner>,
}

impl NativeObject for BarrierObject {
    fn type_object(&self) -> Arc<TypeObject> {
        BARRIER_TYPE.clone()
    }

    fn method(&self, name: &str) -> Option<&'static BuiltinFunction> {
        Some(match name {
            "wait" => &BARRIER_WAIT,
            "reset" => &BARRIER_RESET,
            "abort" => &BARRIER_ABORT,
            _ => return None,
        })
    }

    fn attribute(&self, name: &str) -> Option<Value> {
        Some(match name {
            "parties" => Value::Int(self.inner.parties),
            "n_waiting" => Value::Int(self.inner.n_waiting()),
            "broken" => Value::bool(self.inner.state.lock().phase == Phase::Broken),
            _ => return None,
        })
    }

    fn repr(&self) -> String {
        let at = crate::vm::address::shown_at(self);
        if self.inner.state.lock().phase == Phase::Broken {
            return format!("<threading.Barrier at {at:#x}: broken>");
        }
        format!(
            "<threading.Barrier at {at:#x}: waiters={}/{}>",
            self.inner.n_waiting(),
            self.inner.parties
        )
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn this<'a>(a: &Args<'a>) -> PyResult<&'a BarrierObject> {
    match a.values.first() {
        Some(Value::Native(n)) => n
            .as_any()
            .downcast_ref::<BarrierObject>()
            .ok_or_else(|| type_error("expected a Barrier")),
        _ => Err(type_error("expected a Barrier")),
    }
}

fn timeout_arg(v: Option<Value>) -> PyResult<Option<Duration>> {
    match v.filter(|t| !t.is_none()) {
        None => Ok(None),
        Some(v) => Ok(Some(seconds_arg(&v)?)),
    }
}

builtin!(BARRIER, "Barrier", |_, a| {
    let [parties, action, timeout] = a.bind("Barrier", ["parties", "action", "timeout"], 1)?;
    let parties = int_arg(&parties.unwrap_or(Value::None))?;
    Ok(Value::Native(Arc::new(Box::new(BarrierObject {
        inner: Arc::new(BarrierInner {
            state: Mutex::new(BarrierState {
                phase: Phase::Filling,
                count: 0,
            }),
            cond: Condvar::new(),
            parties,
            action: action.filter(|f| !f.is_none()),
            timeout: timeout_arg(timeout)?,
        }),
    }))))
});
builtin!(BARRIER_WAIT, "wait", |vm, a| {
    let b = this(a)?;
    let own = Args {
        values: &a.values[1..],
        kwnames: a.kwnames,
    };
    let [timeout] = own.bind("wait", ["timeout"], 0)?;
    let timeout = timeout_arg(timeout)?;
    Ok(Value::Int(b.inner.clone().wait(vm, timeout)?))
});
builtin!(BARRIER_RESET, "reset", |_, a| {
    let b = this(a)?;
    a.exact("reset", 1, 1)?;
    b.inner.reset();
    Ok(Value::None)
});
builtin!(BARRIER_ABORT, "abort", |_, a| {
    let b = this(a)?;
    a.exact("abort", 1, 1)?;
    let inner = &b.inner;
    inner.set_phase(&mut inner.state.lock(), Phase::Broken);
    Ok(Value::None)
});
