//! Generator objects: a function's frame, suspended.
//!
//! Calling a function whose code contains `yield` runs nothing: its
//! arguments are bound into a new frame's slots, which the generator keeps
//! (`SuspendedFrame`). Resuming it swaps those values in as the running
//! thread's value stack and pushes its frame: in the caller's dispatch
//! loop for a `for` step or a `yield from`, in a nested one for a
//! resumption from Rust (`vm::generators`); a yield swaps them out again.
//! So a generator is not tied to the thread that made it: whichever
//! thread holds it can resume it, one at a time. This is the machinery
//! `async def` coroutines will stand on.

use std::sync::Arc;

/// Nobody waits long for this lock: a resumption from Rust takes it with
/// `try_lock` and holds it while the generator runs (finding it taken means
/// the generator is executing); one in a dispatch loop holds it only to
/// save or restore the frame, and marks the generator running meanwhile. A spin lock's release is a plain store, where
/// parking_lot's is an atomic exchange: one atomic operation less per
/// resumption.
type Mutex<T> = spin::mutex::SpinMutex<T>;
type MutexGuard<'a, T> = spin::mutex::SpinMutexGuard<'a, T>;

use crate::vm::eval::Block;
use crate::vm::value::{Function, Value};

pub struct PyGenerator {
    /// The generator function (for the name, the qualname and the code).
    pub function: Arc<Function>,
    state: Mutex<GenState>,
}

/// Where a generator is in its life.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenStatus {
    /// Made by the call; the body has not started.
    Created,
    /// Stopped at a `yield`.
    Suspended,
    /// Running on some thread right now.
    Running,
    /// Returned, raised, or closed.
    Finished,
}

/// A frame taken off the value stack: what `YIELD_VALUE` saves and a
/// resumption puts back.
#[derive(Default)]
pub struct SuspendedFrame {
    /// The frame's function, moved into the running frame while it runs
    /// (so a resumption costs no reference count).
    pub func: Option<Arc<Function>>,
    /// The instruction to resume at.
    pub ip: usize,
    /// The local slots, then the frame's part of the value stack.
    pub values: Vec<Value>,
    /// The frame's handler blocks, their levels relative to its locals.
    pub blocks: Vec<Block>,
    /// Exceptions being handled in the frame (a yield inside `except`).
    pub exc_info: Vec<Value>,
}

/// What the lock guards. A generator found locked (`try_lock`), or
/// `Running`, is already executing.
pub struct GenState {
    pub status: GenStatus,
    pub frame: SuspendedFrame,
}

impl PyGenerator {
    /// A generator about to run `function` with its locals `values`.
    pub fn new(function: Arc<Function>, values: Vec<Value>) -> PyGenerator {
        let frame = SuspendedFrame {
            func: Some(function.clone()),
            ip: 0,
            values,
            blocks: Vec::new(),
            exc_info: Vec::new(),
        };
        PyGenerator {
            function,
            state: Mutex::new(GenState {
                status: GenStatus::Created,
                frame,
            }),
        }
    }

    /// The state, unless a resumption holds it (the generator is running).
    pub fn try_state(&self) -> Option<MutexGuard<'_, GenState>> {
        self.state.try_lock()
    }

    /// The state, waiting for a moment if another thread is reading it.
    /// For a generator whose frame runs in a dispatch loop, which holds no
    /// lock while it runs (its status says it is running).
    pub fn lock_state(&self) -> MutexGuard<'_, GenState> {
        self.state.lock()
    }

    pub fn status(&self) -> GenStatus {
        self.try_state().map_or(GenStatus::Running, |st| st.status)
    }

    /// The iterator a suspended `yield from` delegates to (the top of its
    /// saved stack), when it is suspended at `YIELD_FROM`.
    pub fn delegate(&self) -> Option<Value> {
        let st = self.try_state()?;
        if st.status != GenStatus::Suspended {
            return None;
        }
        let func = st.frame.func.as_ref()?;
        match func.code.ops.get(st.frame.ip) {
            Some(crate::bytecode::Op::YieldFrom) => st.frame.values.last().cloned(),
            _ => None,
        }
    }

    /// Whether dropping the generator must close it: it is paused inside
    /// a `try`, `with` or `except`, whose cleanup CPython runs then.
    fn needs_closing(st: &GenState) -> bool {
        st.status == GenStatus::Suspended && !st.frame.blocks.is_empty()
    }

    /// Whether this is a coroutine that never started: dropping it is
    /// CPython's "coroutine ... was never awaited" warning.
    pub fn never_awaited(&self) -> bool {
        self.is_coroutine()
            && self
                .try_state()
                .is_some_and(|st| st.status == GenStatus::Created)
    }

    pub fn qualname(&self) -> &str {
        &self.function.code.qualname
    }

    /// Whether this is a coroutine (made by an `async def`).
    pub fn is_coroutine(&self) -> bool {
        self.function.code.is_coroutine
    }

    /// Whether `await` takes this generator as it is: its function was
    /// marked by `types.coroutine`.
    pub fn is_iterable_coroutine(&self) -> bool {
        self.function.code.iterable_coroutine
    }

    pub fn name(&self) -> &str {
        &self.function.code.name
    }
}

impl GenState {
    /// Marks the generator finished, dropping what its frame held.
    pub fn finish(&mut self) {
        self.status = GenStatus::Finished;
        let old = std::mem::take(&mut self.frame);
        crate::vm::drop::drop_later(old.values);
    }
}

/// The last reference to a generator paused inside a `try` (or `with`) is
/// gone: CPython closes it right then, running its `finally` blocks (and
/// for a coroutine that never started, warns that it was never awaited). No
/// Python code can run inside `drop`, so its frame moves to a generator of
/// its own that the dropping thread closes at its next check point
/// (`Vm::close_dropped_generators`).
impl Drop for PyGenerator {
    fn drop(&mut self) {
        let never_awaited = self.function.code.is_coroutine;
        let st = self.state.get_mut();
        let never_awaited = never_awaited && st.status == GenStatus::Created;
        if !PyGenerator::needs_closing(st) && !never_awaited {
            // A generator can hold another (a chain of 300,000 generator
            // expressions): its values are dropped without recursing.
            crate::vm::drop::drop_later(std::mem::take(&mut st.frame.values));
            return;
        }
        let frame = std::mem::take(&mut st.frame);
        crate::vm::generators::close_later(PyGenerator {
            function: self.function.clone(),
            state: Mutex::new(GenState {
                status: st.status,
                frame,
            }),
        });
    }
}
