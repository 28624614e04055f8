//! Generator objects: a function's frame, suspended.
//!
//! Calling a function whose code contains `yield` runs nothing: its
//! arguments are bound into a new frame's slots, which the generator keeps
//! (`SuspendedFrame`). Resuming it (`Vm::resume_generator`) copies that
//! frame back onto the running thread's value stack and runs it in a
//! nested dispatch loop until it yields or returns; a yield copies it out
//! again. So a generator is not tied to the thread that made it: whichever
//! thread holds it can resume it, one at a time. This is the machinery
//! `async def` coroutines will stand on.

use std::sync::Arc;

use parking_lot::Mutex;

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

struct GenState {
    status: GenStatus,
    frame: SuspendedFrame,
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

    pub fn status(&self) -> GenStatus {
        self.state.lock().status
    }

    /// Claims the generator for a resumption: its status becomes Running
    /// and its frame is handed over. Returns the status it had, and the
    /// frame unless the generator had already finished or is running.
    pub fn start_running(&self) -> (GenStatus, Option<SuspendedFrame>) {
        let mut st = self.state.lock();
        let was = st.status;
        match was {
            GenStatus::Created | GenStatus::Suspended => {
                st.status = GenStatus::Running;
                (was, Some(std::mem::take(&mut st.frame)))
            }
            GenStatus::Running | GenStatus::Finished => (was, None),
        }
    }

    /// Puts a frame back after a yield.
    pub fn suspend(&self, frame: SuspendedFrame) {
        let mut st = self.state.lock();
        st.status = GenStatus::Suspended;
        st.frame = frame;
    }

    /// Gives back, unchanged, a frame `start_running` handed over (a
    /// resumption that could not start).
    pub fn give_back(&self, status: GenStatus, frame: SuspendedFrame) {
        let mut st = self.state.lock();
        st.status = status;
        st.frame = frame;
    }

    /// Marks the generator finished, dropping what its frame held.
    pub fn finish(&self) {
        let old = {
            let mut st = self.state.lock();
            st.status = GenStatus::Finished;
            std::mem::take(&mut st.frame)
        };
        crate::vm::drop::drop_later(old.values);
        drop(old.exc_info);
    }

    /// The iterator a suspended `yield from` delegates to (the top of its
    /// saved stack), when it is suspended at `YIELD_FROM`.
    pub fn delegate(&self) -> Option<Value> {
        let st = self.state.lock();
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

    pub fn qualname(&self) -> &str {
        &self.function.code.qualname
    }

    pub fn name(&self) -> &str {
        &self.function.code.name
    }
}

/// The last reference to a generator paused inside a `try` (or `with`) is
/// gone: CPython closes it right then, running its `finally` blocks. No
/// Python code can run inside `drop`, so its frame moves to a generator of
/// its own that the dropping thread closes at its next check point
/// (`Vm::close_dropped_generators`).
impl Drop for PyGenerator {
    fn drop(&mut self) {
        let st = self.state.get_mut();
        if !PyGenerator::needs_closing(st) {
            return;
        }
        let frame = std::mem::take(&mut st.frame);
        crate::vm::generators::close_later(PyGenerator {
            function: self.function.clone(),
            state: Mutex::new(GenState {
                status: GenStatus::Suspended,
                frame,
            }),
        });
    }
}
