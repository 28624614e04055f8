//! Running generators: making one from a call, resuming it, suspending it
//! at `yield`, `yield from`, `send`, `throw` and `close`.
//!
//! A resumption swaps the generator's saved values in as this thread's
//! value stack (the caller's stack waits in the generator meanwhile) and
//! runs its frame as the entry frame of a nested dispatch loop
//! (`Vm::run`). `YIELD_VALUE` pops the frame (`suspend_frame`) and returns
//! from that loop; `RETURN_VALUE` returns from it with the frame gone.
//! Which of the two happened is told by `Vm::suspended`; either way the
//! stacks are swapped back.

use std::cell::RefCell;
use std::sync::atomic::Ordering;
use std::sync::{Arc, Weak};

use crate::builtin;
use crate::bytecode::Op;
use crate::vm::eval::{Frame, EXIT_ENTRY, EXIT_GEN};
use crate::vm::native::{Args, BuiltinFunction};
use crate::vm::objects::exceptions::{
    recursion_error, runtime_error, type_error, PyErr, PyException, PyResult,
};
use crate::vm::objects::generator::{GenStatus, PyGenerator, SuspendedFrame};
use crate::vm::objects::types::{type_name, TYPES};
use crate::vm::value::{Function, Value};
use crate::vm::{Interpreter, Vm};

/// Eval-breaker bit: some thread dropped generators paused inside a `try`
/// or `with`, which it must close at its next check point.
pub const CLOSE_PENDING: u32 = 4;

thread_local! {
    /// The interpreter this thread runs (set by `Vm::new`), for a dropped
    /// generator to ask for its closing.
    static CURRENT: RefCell<Weak<Interpreter>> = const { RefCell::new(Weak::new()) };
    /// Generators dropped on this thread that still have to be closed.
    static TO_CLOSE: RefCell<Vec<PyGenerator>> = const { RefCell::new(Vec::new()) };
}

/// Records which interpreter the calling thread runs.
pub(crate) fn set_thread_interpreter(interp: &Arc<Interpreter>) {
    let _ = CURRENT.try_with(|c| *c.borrow_mut() = Arc::downgrade(interp));
}

/// The interpreter the calling thread runs, if it runs one.
pub(crate) fn thread_interpreter() -> Option<Arc<Interpreter>> {
    CURRENT.try_with(|c| c.borrow().upgrade()).ok().flatten()
}

/// Queues a dropped generator for closing on this thread (see the `Drop`
/// of `PyGenerator`). Off a VM thread, or when the interpreter is gone,
/// nothing can run its cleanup any more: it is dropped.
pub(crate) fn close_later(g: PyGenerator) {
    let Some(interp) = CURRENT.try_with(|c| c.borrow().upgrade()).ok().flatten() else {
        forget(g);
        return;
    };
    let mut slot = Some(g);
    let _ = TO_CLOSE.try_with(|q| q.borrow_mut().extend(slot.take()));
    if let Some(g) = slot {
        // The thread is ending: its queue is gone.
        forget(g);
        return;
    }
    interp.pending_closes.fetch_add(1, Ordering::AcqRel);
    interp
        .gil
        .eval_breaker
        .fetch_or(CLOSE_PENDING, Ordering::Release);
}

/// A generator drained by Rust code (`Vm::generator_next_batch`): while
/// its frame (`frame`, the entry frame of the resumption) yields values the
/// batch accepts, YIELD_VALUE stores them in `items` and the frame runs on,
/// as if resumed with None at once. The consumer (`list(g)`, `sum(g)`)
/// takes them afterwards, in order: it runs no Python code between items,
/// so nobody can tell, and a resumption per item is saved.
pub(crate) struct Batch {
    pub frame: usize,
    pub items: Vec<Value>,
    pub max: usize,
    /// Only numbers (the consumer does arithmetic on them, which runs no
    /// Python code); any other value is yielded as usual.
    pub numbers_only: bool,
}

impl Batch {
    /// Whether the frame at `top` yielding `v` may go on running.
    #[inline]
    pub(crate) fn takes(&self, top: usize, v: &Value) -> bool {
        self.frame == top && self.items.len() < self.max && (!self.numbers_only || is_number(v))
    }
}

/// An int, bool, float or big int: arithmetic on it runs no Python code.
pub(crate) fn is_number(v: &Value) -> bool {
    matches!(
        v,
        Value::Int(_) | Value::Bool(_) | Value::Float(_) | Value::BigInt(_)
    )
}

/// Where the caller of an `EXIT_GEN` frame takes the values it yields.
#[derive(Clone, Copy)]
pub(crate) enum Delivery {
    /// On its stack (`FOR_ITER`).
    Push,
    /// Into this local, stepping past the `STORE_FAST` that follows its
    /// `FOR_ITER_STORE_FAST`.
    StoreFast(u32),
    /// Yielded on by the generator whose `YIELD_FROM` delegates to it.
    YieldFrom,
}

/// What the dispatch loop does after an iteration instruction.
pub(crate) enum After {
    /// The next instruction.
    Next,
    /// Return this value: the entry frame yielded it.
    Yield(Value),
    /// Reload the top frame: a generator frame left or entered.
    Reload,
}

/// What a resumption brings into the generator.
pub enum Resume {
    /// `next()` (None) or `send(value)`: the value of the paused `yield`.
    Send(Value),
    /// `throw(exc)`, `close()`: raised at the paused `yield`.
    Throw(PyErr),
    /// The iterator a `yield from` delegates to has returned this value
    /// (after a `throw` into it): the `yield from` is done.
    Delegated(Value),
}

/// How a resumption ended (an exception is the `Err`).
pub enum Step {
    Yielded(Value),
    Returned(Value),
}

impl Vm {
    /// Closes the generators this thread dropped while they were paused
    /// inside a `try` or `with` (at a check point, or as a thread ends). An
    /// error escaping one is reported as CPython reports it, and ignored.
    pub(crate) fn close_dropped_generators(&mut self) {
        let dropped = TO_CLOSE
            .try_with(|q| std::mem::take(&mut *q.borrow_mut()))
            .unwrap_or_default();
        if dropped.is_empty() {
            return;
        }
        let n = dropped.len();
        for g in dropped {
            let g = Arc::new(g);
            if g.never_awaited() {
                self.warn_never_awaited(&g);
                if let Some(mut st) = g.try_state() {
                    st.finish();
                }
                continue;
            }
            let closed = self.generator_close(&g);
            // A generator that refused to close is not queued again.
            if let Some(mut st) = g.try_state() {
                st.finish();
            }
            if let Err(e) = closed {
                self.prepare_traceback(&e);
                let repr = crate::vm::repr::py_repr(&Value::Generator(g.clone()));
                self.interp.runtime.write_stderr(&format!(
                    "Exception ignored in: {repr}\n{}",
                    e.0.format_traceback()
                ));
            }
        }
        let pending = &self.interp.pending_closes;
        if pending.fetch_sub(n, Ordering::AcqRel) == n {
            self.eval_breaker
                .fetch_and(!CLOSE_PENDING, Ordering::Release);
            // Another thread may have queued one in between.
            if pending.load(Ordering::Acquire) > 0 {
                self.eval_breaker.fetch_or(CLOSE_PENDING, Ordering::Release);
            }
        }
    }

    /// The call of a generator function: its arguments, already bound into
    /// the slots from `args_start` (with its closure installed), become the
    /// generator's saved frame; nothing runs yet.
    pub(crate) fn make_generator(&mut self, f: Arc<Function>, args_start: usize) -> Value {
        let values: Vec<Value> = self.stack.drain(args_start..).collect();
        Value::Generator(Arc::new(PyGenerator::new(f, values)))
    }

    /// `YIELD_VALUE` (and a `YIELD_FROM` whose iterator yielded): pops the
    /// running generator frame, to resume at `ip`. Its values, blocks and
    /// handled exceptions stay where they are, above the levels the
    /// resumption pushed them at, for it to save (`resume_generator`). The
    /// caller then returns from the dispatch loop.
    #[inline]
    pub(crate) fn suspend_frame(&mut self, ip: usize) {
        if let Some(mut frame) = self.frames.pop() {
            self.suspended = Some((ip, frame.func.take()));
        }
    }

    /// Runs the generator until it yields, returns or raises. The
    /// generator's lock is held meanwhile: a resumption that finds it taken
    /// (on this thread from inside the generator, or on another one) is of
    /// a generator already executing, refused as CPython refuses it.
    pub(crate) fn resume_generator(
        &mut self,
        g: &Arc<PyGenerator>,
        input: Resume,
    ) -> PyResult<Step> {
        let Some(mut st) = g.try_state() else {
            return Err(already_executing());
        };
        let was = st.status;
        match (was, &input) {
            (GenStatus::Finished, _) if g.is_coroutine() => {
                return Err(crate::vm::coroutines::reused())
            }
            (GenStatus::Finished, Resume::Throw(e)) => return Err(e.clone()),
            (GenStatus::Finished, _) => return Ok(Step::Returned(Value::None)),
            (_, Resume::Send(v)) => self.check_resumable(g, was, v)?,
            _ => self.check_resumable(g, was, &Value::None)?,
        }
        st.status = GenStatus::Running;
        // The generator's values become this thread's value stack, and the
        // caller's stack waits in the generator meanwhile: two swaps, where
        // moving the values in and out cost a copy each way.
        std::mem::swap(&mut self.stack, &mut st.frame.values);
        let (block_base, exc_base) = (self.blocks.len(), self.exc_info.len());
        let r = self.nested_run(|vm| vm.run_generator_frame(&mut st.frame, was, input));
        std::mem::swap(&mut self.stack, &mut st.frame.values);
        match r {
            Ok(v) => match self.suspended.take() {
                Some((ip, func)) => {
                    self.save_frame(&mut st.frame, ip, func, block_base, exc_base);
                    st.status = GenStatus::Suspended;
                    Ok(Step::Yielded(v))
                }
                None => {
                    st.finish();
                    Ok(Step::Returned(v))
                }
            },
            Err(e) => {
                st.finish();
                Err(stop_iteration_inside(e, g.is_coroutine()))
            }
        }
    }

    /// Runs the saved frame, whose values are already the value stack
    /// (`resume_generator` swapped them in), as an entry frame.
    fn run_generator_frame(
        &mut self,
        frame: &mut SuspendedFrame,
        was: GenStatus,
        input: Resume,
    ) -> PyResult<Value> {
        self.push_generator_frame(frame, EXIT_ENTRY);
        match input {
            Resume::Send(v) => {
                if was == GenStatus::Suspended {
                    self.stack.push(v);
                }
            }
            Resume::Delegated(v) => {
                // Replace the delegate with its result and step past the
                // YIELD_FROM.
                if let Some(top) = self.stack.last_mut() {
                    *top = v;
                }
                if let Some(f) = self.frames.last_mut() {
                    f.ip += 1;
                }
            }
            // The frame's `ip` is just past the paused instruction, where
            // `unwind` (and the traceback) expects it.
            Resume::Throw(e) => self.unwind(e)?,
        }
        self.run()
    }

    /// Whether a generator that has not finished may be resumed now,
    /// `sent` sent in: not while it runs, not with a value before it has
    /// started, not beyond the recursion limit.
    fn check_resumable(&self, g: &PyGenerator, status: GenStatus, sent: &Value) -> PyResult<()> {
        match status {
            GenStatus::Running if g.is_coroutine() => Err(PyErr::with_message(
                &TYPES.value_error,
                "coroutine already executing",
            )),
            GenStatus::Running => Err(already_executing()),
            GenStatus::Created if !sent.is_none() => Err(type_error(format!(
                "can't send non-None value to a just-started {}",
                if g.is_coroutine() {
                    "coroutine"
                } else {
                    "generator"
                }
            ))),
            _ if self.frames.len() >= self.recursion_limit() => {
                Err(recursion_error("maximum recursion depth exceeded"))
            }
            _ => Ok(()),
        }
    }

    /// Saves a suspended frame's `ip`, function, and the handler blocks and
    /// handled exceptions it pushed above `block_base` and `exc_base` (its
    /// values stay where they are: the caller swaps them out).
    fn save_frame(
        &mut self,
        saved: &mut SuspendedFrame,
        ip: usize,
        func: Option<Arc<Function>>,
        block_base: usize,
        exc_base: usize,
    ) {
        saved.ip = ip;
        saved.func = func;
        if self.blocks.len() > block_base {
            saved.blocks.extend(self.blocks.drain(block_base..));
        }
        if self.exc_info.len() > exc_base {
            saved.exc_info.extend(self.exc_info.drain(exc_base..));
        }
    }

    /// Pushes the saved frame, whose values are already the value stack,
    /// with its blocks and handled exceptions, as a frame that `exit`s so.
    fn push_generator_frame(&mut self, frame: &mut SuspendedFrame, exit: u8) {
        // Block levels are relative to the frame's locals, which start at 0.
        let block_base = self.blocks.len();
        if !frame.blocks.is_empty() {
            self.blocks.append(&mut frame.blocks);
        }
        let exc_base = self.exc_info.len();
        if !frame.exc_info.is_empty() {
            self.exc_info.append(&mut frame.exc_info);
        }
        // A blank frame, then its fields, as `push_frame` does (built whole,
        // it went through a stack temporary and a store-forwarding stall).
        let owner = self.frames.len();
        self.frames.push(Frame::BLANK);
        let f = &mut self.frames[owner];
        f.func = frame.func.take();
        f.owner = owner;
        f.ip = frame.ip;
        f.base = 0;
        f.ret_base = 0;
        f.block_base = block_base;
        f.exc_base = exc_base;
        f.exit = exit;
    }

    /// A `for` step over the generator on top of the stack, in this
    /// dispatch loop: the generator's frame is pushed above its caller's
    /// (whose `ip` is saved just past the `FOR_ITER`), and the generator
    /// moves from the caller's stack to `gen_frames` while it runs; the
    /// loop takes each value as `delivery` says. A finished generator ends
    /// the loop instead.
    #[inline(never)]
    pub(crate) fn for_step_into_generator(&mut self, delivery: Delivery) -> PyResult<()> {
        let top = self.stack.len() - 1;
        let Value::Generator(g) = std::mem::replace(&mut self.stack[top], Value::Undef) else {
            return Err(runtime_error("FOR_ITER into a generator without one"));
        };
        match self.enter_generator(&g, Value::None) {
            Ok(true) => {
                self.gen_frames.push((g, delivery));
                Ok(())
            }
            Ok(false) => {
                self.pop();
                self.end_caller_loop();
                Ok(())
            }
            Err(e) => {
                self.stack[top] = Value::Generator(g);
                Err(e)
            }
        }
    }

    /// Starts or resumes `g`'s frame as an `EXIT_GEN` frame with `sent`
    /// sent in; false when it has finished.
    fn enter_generator(&mut self, g: &Arc<PyGenerator>, sent: Value) -> PyResult<bool> {
        let Some(mut st) = g.try_state() else {
            return Err(already_executing());
        };
        let was = st.status;
        if was == GenStatus::Finished {
            if g.is_coroutine() {
                return Err(crate::vm::coroutines::reused());
            }
            return Ok(false);
        }
        self.check_resumable(g, was, &sent)?;
        st.status = GenStatus::Running;
        std::mem::swap(&mut self.stack, &mut st.frame.values);
        self.push_generator_frame(&mut st.frame, EXIT_GEN);
        if was == GenStatus::Suspended {
            self.stack.push(sent);
        }
        Ok(true)
    }

    /// `YIELD_FROM` (at `ip - 1`) delegating to the generator below `sent`
    /// on the stack, in this dispatch loop: the delegate's frame is pushed
    /// above this one with `sent` sent in (a finished delegate has returned
    /// None). Its values come back through `yield_to_caller`, which
    /// suspends this frame on its YIELD_FROM in turn; its return value
    /// replaces it on this frame's stack (`generator_returned`).
    fn yield_from_generator(&mut self, ip: usize, sent: Value) -> PyResult<After> {
        let top = self.stack.len() - 1;
        let Value::Generator(g) = std::mem::replace(&mut self.stack[top], Value::Undef) else {
            return Err(runtime_error("YIELD_FROM into a generator without one"));
        };
        if let Some(f) = self.frames.last_mut() {
            f.ip = ip;
        }
        match self.enter_generator(&g, sent) {
            Ok(true) => {
                self.gen_frames.push((g, Delivery::YieldFrom));
                Ok(After::Reload)
            }
            Ok(false) => {
                self.stack[top] = Value::None;
                Ok(After::Next)
            }
            Err(e) => {
                self.stack[top] = Value::Generator(g);
                Err(e)
            }
        }
    }

    /// Takes the running generator out of this dispatch loop (its frame is
    /// already popped, its values are the value stack): gives its caller
    /// back its stack, and the generator back to the caller's stack.
    fn leave_generator(&mut self) -> (Arc<PyGenerator>, Delivery) {
        let (g, delivery) = self
            .gen_frames
            .pop()
            .expect("an EXIT_GEN frame has its generator");
        let mut st = g.lock_state();
        std::mem::swap(&mut self.stack, &mut st.frame.values);
        drop(st);
        (g, delivery)
    }

    /// YIELD_VALUE (or a YIELD_FROM whose delegate yielded) in an
    /// `EXIT_GEN` frame, to resume at `ip`: the frame is saved into its
    /// generator and `v` goes to its caller: a `for` loop takes it; a
    /// generator delegating to it with `yield from` yields it in turn, and
    /// so on down the chain. `Some(v)` when the chain ends at the entry
    /// frame, which is then suspended too: the dispatch loop returns `v`.
    pub(crate) fn yield_to_caller(&mut self, mut ip: usize, v: Value) -> Option<Value> {
        loop {
            let mut frame = self.frames.pop()?;
            let (g, delivery) = self
                .gen_frames
                .pop()
                .expect("an EXIT_GEN frame has its generator");
            {
                let mut st = g.lock_state();
                let func = frame.func.take();
                self.save_frame(&mut st.frame, ip, func, frame.block_base, frame.exc_base);
                std::mem::swap(&mut self.stack, &mut st.frame.values);
                st.status = GenStatus::Suspended;
            }
            if let Some(top) = self.stack.last_mut() {
                std::mem::forget(std::mem::replace(top, Value::Generator(g)));
            }
            let caller = self.frames.last_mut()?;
            match delivery {
                Delivery::Push => {
                    self.stack.push(v);
                    return None;
                }
                Delivery::StoreFast(x) => {
                    caller.ip += 1;
                    let slot = caller.base + x as usize;
                    std::mem::replace(&mut self.stack[slot], v).discard();
                    return None;
                }
                Delivery::YieldFrom => {
                    // The delegating frame resumes on its YIELD_FROM.
                    ip = caller.ip - 1;
                    if caller.exit & EXIT_GEN == 0 {
                        self.suspend_frame(ip);
                        return Some(v);
                    }
                }
            }
        }
    }

    /// The caller's `for` loop is over: its iterator goes, and it jumps
    /// past the loop.
    fn end_caller_loop(&mut self) {
        let k = self.frames.len() - 1;
        let ip = self.frames[k].ip;
        let target = match crate::vm::eval::frame_func(&self.frames, k).code.ops[ip - 1] {
            Op::ForIter(t) | Op::ForIterStoreFast(t) => t as usize,
            _ => ip,
        };
        self.frames[k].ip = target;
    }

    /// RETURN_VALUE of an `EXIT_GEN` frame (popped, its stack cut): the
    /// generator is finished, and the caller's loop ends.
    pub(crate) fn generator_returned(&mut self, value: Value) {
        let (g, delivery) = self.leave_generator();
        g.lock_state().finish();
        match delivery {
            Delivery::YieldFrom => {
                // The value of the `yield from`; the caller goes on past it.
                if let Some(top) = self.stack.last_mut() {
                    std::mem::forget(std::mem::replace(top, value));
                }
            }
            Delivery::Push | Delivery::StoreFast(_) => {
                self.pop();
                self.end_caller_loop();
            }
        }
    }

    /// An exception escaped an `EXIT_GEN` frame (popped by `unwind`): the
    /// generator is finished, and the exception goes on in its caller (a
    /// StopIteration as a RuntimeError, PEP 479).
    pub(crate) fn generator_raised(&mut self, err: PyErr) -> PyErr {
        let (g, _) = self.leave_generator();
        g.lock_state().finish();
        let coroutine = g.is_coroutine();
        if let Some(top) = self.stack.last_mut() {
            *top = Value::Generator(g);
        }
        if !err.is_instance(&TYPES.stop_iteration) {
            return err;
        }
        let err = stop_iteration_inside(err, coroutine);
        self.chain_context(&err);
        err
    }

    /// `next(g)`, `g.send(v)` and a `for` loop's step: the next value, or
    /// None when the generator returns.
    pub(crate) fn generator_next(&mut self, g: &Arc<PyGenerator>) -> PyResult<Option<Value>> {
        match self.resume_generator(g, Resume::Send(Value::None))? {
            Step::Yielded(v) => Ok(Some(v)),
            Step::Returned(_) => Ok(None),
        }
    }

    /// The next items of `g` for a consumer that runs no Python code
    /// between them: the values the generator yields up to `max` (only
    /// numbers, with `numbers_only`) are appended to `out` without leaving
    /// its frame; then the first value it yields that is not taken (`Some`),
    /// or None when it has returned. On an error, `out` may hold the items
    /// yielded before it.
    pub(crate) fn generator_next_batch(
        &mut self,
        g: &Arc<PyGenerator>,
        out: &mut Vec<Value>,
        max: usize,
        numbers_only: bool,
    ) -> PyResult<Option<Value>> {
        let outer = self.batch.replace(Batch {
            frame: self.frames.len(),
            items: std::mem::take(out),
            max,
            numbers_only,
        });
        let r = self.resume_generator(g, Resume::Send(Value::None));
        if let Some(b) = std::mem::replace(&mut self.batch, outer) {
            *out = b.items;
        }
        match r? {
            Step::Yielded(v) => Ok(Some(v)),
            Step::Returned(_) => Ok(None),
        }
    }

    /// `g.send(v)`: the value yielded next; StopIteration (with the return
    /// value) when the generator returns.
    pub(crate) fn generator_send(&mut self, g: &Arc<PyGenerator>, v: Value) -> PyResult<Value> {
        match self.resume_generator(g, Resume::Send(v))? {
            Step::Yielded(v) => Ok(v),
            Step::Returned(v) => Err(stop_iteration(v)),
        }
    }

    /// `g.throw(exc)`: raises `exc` at the paused `yield` of the innermost
    /// generator of the `yield from` (or `await`) chain below `g`. What it
    /// does then climbs the chain: a return resumes the generator above
    /// with the value, an exception is raised in it, a yield is the
    /// result. Returns the value yielded next; StopIteration when `g`
    /// returns. A loop, not a recursion: the chain may be as deep as the
    /// recursion limit.
    pub(crate) fn generator_throw(&mut self, g: &Arc<PyGenerator>, err: PyErr) -> PyResult<Value> {
        let mut chain = vec![g.clone()];
        while let Some(Value::Generator(sub)) = chain.last().and_then(|g| g.delegate()) {
            chain.push(sub);
        }
        let mut input = Resume::Throw(err);
        while let Some(gen) = chain.pop() {
            input = match self.resume_generator(&gen, input) {
                Ok(Step::Yielded(v)) => return Ok(v),
                Ok(Step::Returned(v)) => Resume::Delegated(v),
                Err(e) => Resume::Throw(e),
            };
        }
        match input {
            Resume::Delegated(v) => Err(stop_iteration(v)),
            Resume::Throw(e) => Err(e),
            _ => Err(runtime_error("a generator chain ended without a result")),
        }
    }

    /// `g.close()`: raises GeneratorExit at the paused `yield` so that its
    /// `finally` blocks run; a generator that yields instead is an error.
    pub(crate) fn generator_close(&mut self, g: &Arc<PyGenerator>) -> PyResult<()> {
        match g.status() {
            GenStatus::Created => {
                if let Some(mut st) = g.try_state() {
                    st.finish();
                }
                return Ok(());
            }
            GenStatus::Finished => return Ok(()),
            GenStatus::Running | GenStatus::Suspended => {}
        }
        if let Some(Value::Generator(sub)) = g.delegate() {
            if let Err(e) = self.generator_close(&sub) {
                return match self.resume_generator(g, Resume::Throw(e)) {
                    Ok(Step::Yielded(_)) => Err(ignored_exit()),
                    Ok(Step::Returned(_)) => Ok(()),
                    Err(e) => Err(e),
                };
            }
        }
        let exit = PyErr::new(&TYPES.generator_exit, Vec::new());
        match self.resume_generator(g, Resume::Throw(exit)) {
            Ok(Step::Yielded(_)) => Err(ignored_exit()),
            Ok(Step::Returned(_)) => Ok(()),
            Err(e)
                if e.is_instance(&TYPES.generator_exit) || e.is_instance(&TYPES.stop_iteration) =>
            {
                Ok(())
            }
            Err(e) => Err(e),
        }
    }

    /// `YIELD_FROM`'s step: sends `sent` into the iterator `sub`.
    pub(crate) fn send_into(&mut self, sub: &Value, sent: Value) -> PyResult<Step> {
        match sub {
            Value::Generator(g) => self.resume_generator(g, Resume::Send(sent)),
            _ if sent.is_none() => Ok(match self.next_special(sub)? {
                Some(v) => Step::Yielded(v),
                None => Step::Returned(Value::None),
            }),
            _ => {
                let send = self.get_attr(sub, "send")?;
                match self.call_value(&send, vec![sent]) {
                    Ok(v) => Ok(Step::Yielded(v)),
                    Err(e) if e.is_instance(&TYPES.stop_iteration) => {
                        Ok(Step::Returned(stop_iteration_value(&e.0)))
                    }
                    Err(e) => Err(e),
                }
            }
        }
    }

    /// `GET_YIELD_FROM_ITER`: a generator delegates to itself as it is.
    pub(crate) fn yield_from_iter(&mut self, v: Value) -> PyResult<Value> {
        match v {
            Value::Generator(g) => {
                self.check_yield_from_coroutine(&g)?;
                Ok(Value::Generator(g))
            }
            other => self.get_iter(&other),
        }
    }
}

/// Drops a generator without closing it (nothing can run its cleanup).
fn forget(g: PyGenerator) {
    if let Some(mut st) = g.try_state() {
        st.finish();
    }
}

/// `StopIteration(value)`, or a bare one for None.
pub fn stop_iteration(value: Value) -> PyErr {
    let args = if value.is_none() {
        Vec::new()
    } else {
        vec![value]
    };
    PyErr::new(&TYPES.stop_iteration, args)
}

/// `e.value` of a StopIteration: its first argument, else None.
pub fn stop_iteration_value(e: &PyException) -> Value {
    e.args().into_iter().next().unwrap_or(Value::None)
}

/// A StopIteration escaping a generator's body becomes a RuntimeError
/// (PEP 479), with the StopIteration as its cause.
fn stop_iteration_inside(e: PyErr, coroutine: bool) -> PyErr {
    if !e.is_instance(&TYPES.stop_iteration) {
        return e;
    }
    let what = if coroutine { "coroutine" } else { "generator" };
    let r = runtime_error(format!("{what} raised StopIteration"));
    *r.0.cause.lock() = Some(e.value());
    r
}

fn already_executing() -> PyErr {
    PyErr::with_message(&TYPES.value_error, "generator already executing")
}

fn ignored_exit() -> PyErr {
    runtime_error("generator ignored GeneratorExit")
}

/// The error for `throw()` of something that is not an exception.
pub fn not_an_exception(v: &Value) -> PyErr {
    type_error(format!(
        "exceptions must be classes or instances deriving from BaseException, not {}",
        type_name(v)
    ))
}

/// The methods of generator objects.
pub fn method(name: &str) -> Option<&'static BuiltinFunction> {
    Some(match name {
        "send" => &GEN_SEND,
        "throw" => &GEN_THROW,
        "close" => &GEN_CLOSE,
        "__next__" => &GEN_NEXT,
        "__iter__" => &GEN_ITER,
        _ => return None,
    })
}

/// The methods of coroutine objects: a generator's, less iteration.
pub fn coroutine_method(name: &str) -> Option<&'static BuiltinFunction> {
    match name {
        "__next__" | "__iter__" => None,
        _ => method(name),
    }
}

/// A generator's data attributes (`g.__name__`, `g.gi_running`).
pub fn attribute(g: &PyGenerator, name: &str) -> Option<Value> {
    Some(match name {
        "__name__" => Value::str(g.name()),
        "__qualname__" => Value::str(g.qualname()),
        "gi_running" => Value::bool(g.status() == GenStatus::Running),
        "gi_suspended" => Value::bool(g.status() == GenStatus::Suspended),
        "gi_yieldfrom" => g.delegate().unwrap_or(Value::None),
        _ => return None,
    })
}

/// The generator a method was called on, and the arguments after it.
fn receiver<'a>(
    a: &Args<'a>,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<(Arc<PyGenerator>, &'a [Value])> {
    let v = a.exact(name, min + 1, max + 1)?;
    match &v[0] {
        Value::Generator(g) => Ok((g.clone(), &v[1..])),
        other => Err(type_error(format!(
            "descriptor '{name}' for 'generator' objects doesn't apply to a '{}' object",
            type_name(other)
        ))),
    }
}

builtin!(GEN_SEND, "send", |vm, a| {
    let (g, rest) = receiver(a, "send", 1, 1)?;
    vm.generator_send(&g, rest[0].clone())
});
builtin!(GEN_NEXT, "__next__", |vm, a| {
    let (g, _) = receiver(a, "__next__", 0, 0)?;
    vm.generator_send(&g, Value::None)
});
builtin!(GEN_ITER, "__iter__", |_, a| {
    let (g, _) = receiver(a, "__iter__", 0, 0)?;
    Ok(Value::Generator(g))
});
builtin!(GEN_CLOSE, "close", |vm, a| {
    let (g, _) = receiver(a, "close", 0, 0)?;
    vm.generator_close(&g)?;
    Ok(Value::None)
});
builtin!(GEN_THROW, "throw", |vm, a| {
    let (g, rest) = receiver(a, "throw", 1, 3)?;
    // `throw(type[, value])` (deprecated) or `throw(exception)`.
    let err = match (&rest[0], rest.get(1)) {
        (Value::Exception(e), _) => PyErr(e.clone()),
        (t @ Value::Type(typ), value) if typ.is_exception() => {
            let args = match value {
                None | Some(Value::None) => Vec::new(),
                Some(Value::Exception(e)) => return vm.generator_throw(&g, PyErr(e.clone())),
                Some(v) => vec![v.clone()],
            };
            match vm.call_value(t, args)? {
                Value::Exception(e) => PyErr(e),
                other => return Err(not_an_exception(&other)),
            }
        }
        (other, _) => return Err(not_an_exception(other)),
    };
    vm.generator_throw(&g, err)
});

/// The comprehension and generator instructions, out of line: inlined,
/// they grew the dispatch loop enough to cost every other instruction
/// (loop.py ran 5% more instructions, by callgrind).
impl Vm {
    /// Runs LIST_APPEND, MAP_ADD, YIELD_VALUE, GET_YIELD_FROM_ITER or
    /// YIELD_FROM (whose next instruction is `ip`); `Some` is a value the
    /// frame yields, which the dispatch loop returns.
    #[inline(never)]
    pub(crate) fn iteration_op(&mut self, op: Op, ip: usize) -> PyResult<After> {
        match op {
            Op::ListAppend(n) => {
                let v = self.pop();
                let at = self.stack.len() - n as usize;
                if let Value::List(l) = &self.stack[at] {
                    crate::vm::memory::push(&mut l.items.lock(), v)?;
                }
            }
            Op::MapAdd(n) => self.map_add(n as usize)?,
            Op::YieldValue => {
                let v = self.pop();
                return Ok(self.suspend(ip, v));
            }
            Op::GetYieldFromIter => {
                let v = self.pop();
                let it = self.yield_from_iter(v)?;
                self.stack.push(it);
            }
            Op::GetAwaitable => {
                let v = self.pop();
                let it = self.get_awaitable(v)?;
                self.stack.push(it);
            }
            Op::GetAiter => {
                let v = self.pop();
                let it = self.get_aiter(v)?;
                self.stack.push(it);
            }
            Op::GetAnext => {
                let awaitable = self.get_anext()?;
                self.stack.push(awaitable);
            }
            Op::EndAsyncFor => self.end_async_for()?,
            Op::YieldFrom => return self.yield_from(ip),
            _ => return Err(runtime_error("not an iteration instruction")),
        }
        Ok(After::Next)
    }

    /// Suspends the running generator frame, to resume at `ip`, yielding
    /// `v`: to the caller in this dispatch loop, or out of it to the
    /// resumption that runs the frame as its entry.
    #[inline]
    pub(crate) fn suspend(&mut self, ip: usize, v: Value) -> After {
        match self.frames.last() {
            Some(f) if f.exit & EXIT_GEN != 0 => match self.yield_to_caller(ip, v) {
                Some(v) => After::Yield(v),
                None => After::Reload,
            },
            _ => {
                self.suspend_frame(ip);
                After::Yield(v)
            }
        }
    }

    /// `YIELD_FROM` (at `ip - 1`): the delegate's next value is yielded,
    /// with the frame suspended on this instruction; when the delegate is
    /// done, its return value replaces it on the stack.
    fn yield_from(&mut self, ip: usize) -> PyResult<After> {
        let sent = self.pop();
        let sub = match self.stack.last() {
            Some(Value::Generator(_)) => return self.yield_from_generator(ip, sent),
            Some(v) => v.clone(),
            None => return Err(runtime_error("YIELD_FROM without an iterator")),
        };
        match self.send_into(&sub, sent)? {
            // Resumed, this instruction runs again with the value sent in
            // on top.
            Step::Yielded(v) => Ok(self.suspend(ip - 1, v)),
            Step::Returned(v) => {
                if let Some(top) = self.stack.last_mut() {
                    *top = v;
                }
                Ok(After::Next)
            }
        }
    }

    /// `MAP_ADD n`: a dict comprehension's `key: value` into its dict.
    fn map_add(&mut self, n: usize) -> PyResult<()> {
        let v = self.pop();
        let k = self.pop();
        let at = self.stack.len() - n;
        if let Value::Dict(d) = &self.stack[at] {
            d.set(k, v)?;
        }
        Ok(())
    }

    /// A `for` step over the generator at `stack[top]`. It is moved out
    /// while it runs, and back: cloning the `Arc` cost two atomic counts
    /// per item. Nothing below the generator's frame is touched meanwhile,
    /// so `top` stays where it is.
    #[inline(never)]
    pub(crate) fn next_of_generator(&mut self, top: usize) -> PyResult<Option<Value>> {
        let it = std::mem::replace(&mut self.stack[top], Value::Undef);
        let r = match &it {
            Value::Generator(g) => self.generator_next(g),
            _ => Ok(None),
        };
        self.stack[top] = it;
        r
    }
}
