//! The dispatch loop.
//!
//! `run` executes frames until the entry frame returns. `execute` runs the
//! instructions of one frame until it calls, returns or raises; keeping the
//! instruction pointer in a local makes the hot loop cheap. Backward jumps
//! and calls are check points where the eval breaker is polled, as in
//! CPython 3.10+: that is where the GIL may change hands.

use std::sync::atomic::Ordering;
use std::sync::Arc;

use crate::bytecode::{BinaryOperator, CodeObject, Comparison, LocalConst, LocalPair, Op};
use crate::vm::code::Code;
use crate::vm::generators::{After, Delivery};
use crate::vm::objects::exceptions::{
    name_error, runtime_error, type_error, unbound_local_error, PyErr, PyResult,
};
use crate::vm::objects::instance::check_init_result;
use crate::vm::objects::iter::{iterate, PairStep};
use crate::vm::objects::loop_cursor::LoopCursor;
use crate::vm::objects::types::{type_name, TYPES};
use crate::vm::ops;
use crate::vm::protocols::{has_class, needs_vm};
use crate::vm::subscript;
use crate::vm::value::{Globals, PyCell, PySlice, PyTuple, Value};
use crate::vm::Vm;

/// What a frame runs: its code and module globals.
pub type FrameFunc = Arc<crate::vm::value::Function>;

/// A running function or module body.
pub struct Frame {
    /// The frame's code and globals, or `None` when they are those of frame
    /// `owner` below it. A recursive call then costs no reference counts:
    /// atomic increments and decrements were most of a call's price.
    pub func: Option<FrameFunc>,
    /// Index in `Vm::frames` of the frame holding this one's `func`
    /// (its own index when `func` is set).
    pub owner: usize,
    /// Next instruction to execute (saved when the frame is not running).
    pub ip: usize,
    /// Index in the value stack of local slot 0.
    pub base: usize,
    /// Stack height to restore when the frame returns (drops the callee).
    pub ret_base: usize,
    /// Index in the block stack of this frame's first handler block.
    pub block_base: usize,
    /// Length of the handled-exception stack when the frame started.
    pub exc_base: usize,
    /// What returning from this frame does beyond handing back its value
    /// (`EXIT_ENTRY`, `EXIT_INIT`; 0 for a plain call).
    pub exit: u8,
}

/// Returning from the frame returns from `Vm::run`.
pub(crate) const EXIT_ENTRY: u8 = 1;
/// The frame is a generator's, resumed by its caller's `FOR_ITER` or
/// `YIELD_FROM` in the same dispatch loop; the generator is the last of
/// `Vm::gen_frames` (see `generators`).
pub(crate) const EXIT_GEN: u8 = 4;
/// The frame runs `__init__` for a class call (`Vm::push_init_frame`): its
/// result must be `None`, and the caller gets the instance, which waits on
/// the stack just below the frame's function.
pub(crate) const EXIT_INIT: u8 = 2;

impl Frame {
    /// A frame with nothing set, to be filled in place (`push_frame`).
    pub(crate) const BLANK: Frame = Frame {
        func: None,
        owner: 0,
        ip: 0,
        base: 0,
        ret_base: 0,
        block_base: 0,
        exc_base: 0,
        exit: 0,
    };
}

/// The code and globals of `frames[k]`.
pub(crate) fn frame_func(frames: &[Frame], k: usize) -> &FrameFunc {
    let f = &frames[k];
    match &f.func {
        Some(func) => func,
        None => frames[f.owner]
            .func
            .as_ref()
            .expect("an owner frame holds its code"),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    /// An `except`/`finally`/`with` handler: the exception becomes the one
    /// being handled.
    Except,
    /// Cleanup after a handler: the exception only passes through.
    Cleanup,
}

/// A handler pushed by SETUP_EXCEPT / SETUP_CLEANUP.
#[derive(Debug, Clone, Copy)]
pub struct Block {
    pub handler: u32,
    /// Value-stack height to cut back to before jumping to the handler.
    pub level: u32,
    pub kind: BlockKind,
}

impl Vm {
    /// Runs until the entry frame on top of the frame stack returns.
    pub(crate) fn run(&mut self) -> PyResult<Value> {
        let count_ticks = self.counts_ticks();
        loop {
            let result = if count_ticks {
                self.execute::<true>()
            } else {
                self.execute::<false>()
            };
            match result {
                Ok(v) => return Ok(v),
                Err(e) => self.unwind(e)?,
            }
        }
    }

    /// Finds the handler for `err`: in the current frame, or in a caller,
    /// popping frames on the way and recording each in the traceback.
    /// Returns the error again when it escapes the entry frame.
    pub(crate) fn unwind(&mut self, mut err: PyErr) -> PyResult<()> {
        let mut skip_traceback = std::mem::take(&mut self.reraising);
        if !skip_traceback {
            self.chain_context(&err);
        }
        loop {
            let top = self.frames.len() - 1;
            if !skip_traceback {
                let ip = self.frames[top].ip.saturating_sub(1);
                err.add_traceback(&frame_func(&self.frames, top).code.bytecode, ip);
            }
            skip_traceback = false;
            let frame = self.frames.last_mut().expect("unwind needs a frame");
            if self.blocks.len() > frame.block_base {
                let block = self.blocks.pop().expect("checked above");
                frame.ip = block.handler as usize;
                self.stack.truncate(block.level as usize);
                if block.kind == BlockKind::Except {
                    self.exc_info.push(err.value());
                }
                self.stack.push(err.value());
                return Ok(());
            }
            let frame = self.frames.pop().expect("checked above");
            self.stack.truncate(frame.ret_base);
            self.exc_info.truncate(frame.exc_base);
            if frame.exit & EXIT_ENTRY != 0 {
                return Err(err);
            }
            if frame.exit & EXIT_GEN != 0 {
                err = self.generator_raised(err);
            }
        }
    }

    /// RETURN_VALUE from a frame with an `exit` (its frame already popped),
    /// out of the dispatch loop's way: `Some` is the value the loop
    /// returns (an entry frame's).
    #[cold]
    #[inline(never)]
    fn special_return(&mut self, exit: u8, v: Value) -> PyResult<Option<Value>> {
        if exit & EXIT_ENTRY != 0 {
            return Ok(Some(v));
        }
        if exit & EXIT_GEN != 0 {
            self.generator_returned(v);
            return Ok(None);
        }
        // EXIT_INIT: the instance is already where the call's result goes.
        check_init_result(&v)?;
        if let Some(Value::Instance(i)) = self.stack.last() {
            if i.class.has_flag(crate::vm::objects::types::CLASS_USER_HASH) {
                let obj = Value::Instance(i.clone());
                self.remember_hash(&obj);
            }
        }
        Ok(None)
    }

    /// Pops TOS. (`unwrap_or(Value::Undef)` would run the drop glue on
    /// the unused default at every pop.)
    #[inline(always)]
    pub(crate) fn pop(&mut self) -> Value {
        match self.stack.pop() {
            Some(v) => v,
            None => Value::Undef,
        }
    }

    #[inline(always)]
    fn top(&self) -> &Value {
        self.stack.last().unwrap_or(&Value::Undef)
    }

    /// A GIL check point: poll the eval breaker.
    #[inline(always)]
    fn check_point(&mut self) -> PyResult<()> {
        if self.eval_breaker.load(Ordering::Relaxed) != 0 {
            self.handle_eval_breaker()?;
        }
        Ok(())
    }

    /// Runs one frame's instructions. `COUNT_TICKS` compiles in the
    /// per-instruction countdown of the `legacy` policy, so the other
    /// policies pay nothing for it.
    ///
    /// The instruction pointer lives in a local of this function: the
    /// dispatch loop is inlined here, so the compiler can keep it in a
    /// register instead of going through `ip` at every instruction.
    ///
    /// Python-to-Python calls and returns stay in this loop: the frame on
    /// top of `frames` is reloaded, and its code and globals are only
    /// re-cloned when they differ from the ones running (a recursive call
    /// or a call within one module reuses them, saving atomic counts).
    /// Returns the entry frame's result; on an error, the failing frame's
    /// `ip` is saved for `unwind`.
    fn execute<const COUNT_TICKS: bool>(&mut self) -> PyResult<Value> {
        let mut globals = frame_func(&self.frames, self.frames.len() - 1)
            .globals
            .clone();
        let mut pc = 0;
        let r = self.dispatch::<COUNT_TICKS>(&mut globals, &mut pc);
        if r.is_err() {
            if let Some(f) = self.frames.last_mut() {
                f.ip = pc;
            }
        }
        r
    }

    #[inline(always)]
    fn dispatch<const COUNT_TICKS: bool>(
        &mut self,
        globals_slot: &mut Arc<Globals>,
        ip: &mut usize,
    ) -> PyResult<Value> {
        'frames: loop {
            let (code, mut base) = {
                let top = self.frames.len() - 1;
                let crate::vm::value::Function { code, globals, .. } =
                    &**frame_func(&self.frames, top);
                if !Arc::ptr_eq(globals, globals_slot) {
                    *globals_slot = globals.clone();
                }
                let f = &self.frames[top];
                *ip = f.ip;
                (Arc::as_ptr(code), f.base)
            };
            // The running code is borrowed from its frame, not cloned:
            // holding an `Arc` of it here cost an atomic increment and
            // decrement at every call and every return, a tenth of an
            // object-heavy run (bench/objects.py, measured with perf).
            //
            // SAFETY: `frames[top]`, or the frame below it that it borrows
            // its code from (`Frame::owner`), holds an `Arc` of this code
            // for as long as it is on the frame stack, and the code is only
            // read through `code` while it is. Calls and nested runs push
            // frames above and pop only what they pushed; a `Vec` that
            // grows moves the `Frame`s, not the `Arc`'s heap block. The
            // frame leaves only by RETURN_VALUE, after which `code` is read
            // again only when the caller runs the same code, owned by a
            // frame still below (the `shared` case), and otherwise reloaded
            // by `continue 'frames`; by YIELD_VALUE or YIELD_FROM, which
            // return from this function as soon as the frame is saved; or
            // by `unwind`, which runs after this function has returned.
            let code: &Code = unsafe { &*code };
            // RETURN_VALUE, and the fused instructions that end in it: pops
            // the frame and hands `v` to its caller, in this loop when the
            // caller runs here.
            macro_rules! return_value {
                ($v:ident) => {{
                    let v = $v;
                    let mut frame = self.frames.pop().expect("frame");
                    self.cut_stack(frame.ret_base);
                    self.blocks.truncate(frame.block_base);
                    // Guarded: `truncate` calls the slice drop glue
                    // even when there is nothing to drop.
                    if self.exc_info.len() > frame.exc_base {
                        self.exc_info.truncate(frame.exc_base);
                    }
                    // A frame that shares its caller's code and
                    // globals owns nothing: skip its out-of-line drop.
                    let shared = match frame.func.take() {
                        Some(func) => {
                            drop(func);
                            false
                        }
                        None => true,
                    };
                    let exit = frame.exit;
                    std::mem::forget(frame);
                    if exit == 0 {
                        self.stack.push(v);
                    } else if let Some(v) = self.special_return(exit, v)? {
                        return Ok(v);
                    }
                    debug_assert!(
                        !shared
                            || std::ptr::eq(
                                &*frame_func(&self.frames, self.frames.len() - 1).code,
                                code
                            ),
                        "a shared frame returned to a caller running other code"
                    );
                    if shared {
                        // The caller runs the same code (see
                        // `runs_same_code`): no reload.
                        let caller = self.frames.last().expect("a caller");
                        *ip = caller.ip;
                        base = caller.base;
                        continue;
                    }
                    continue 'frames;
                }};
            }
            let globals: &Globals = globals_slot;
            let ops = &code.ops[..];
            // FOR_ITER_STORE_FAST, with `ip` on the STORE_FAST after it;
            // also run by the loop's back edge (JUMP_FOR_ITER).
            macro_rules! for_iter_store_fast {
                ($target:ident) => {{
                    let Op::StoreFast(x) = ops[*ip] else {
                        return Err(runtime_error("FOR_ITER_STORE_FAST without its STORE_FAST"));
                    };
                    if let Some(Value::Generator(_)) = self.stack.last() {
                        self.frames.last_mut().expect("frame").ip = *ip;
                        self.for_step_into_generator(Delivery::StoreFast(x))?;
                        continue 'frames;
                    }
                    match self.next_of_top()? {
                        Some(v) => {
                            std::mem::replace(&mut self.stack[base + x as usize], v).discard();
                            *ip += 1;
                        }
                        None => {
                            self.pop();
                            *ip = $target as usize;
                        }
                    }
                }};
            }
            loop {
                if COUNT_TICKS {
                    if self.track_lines {
                        self.note_step(code, *ip);
                    }
                    self.ticks -= 1;
                    if self.ticks == 0 {
                        self.legacy_tick()?;
                    }
                }
                let op = ops[*ip];
                *ip += 1;
                match op {
                    Op::Nop => {}
                    Op::LoadConst(i) => self.stack.push(code.consts[i as usize].clone()),
                    Op::LoadFast(i) => {
                        let v = &self.stack[base + i as usize];
                        if let Value::Undef = v {
                            return Err(unbound_local(code, i));
                        }
                        let v = v.clone();
                        self.stack.push(v);
                    }
                    Op::StoreFast(i) => {
                        let v = self.pop();
                        std::mem::replace(&mut self.stack[base + i as usize], v).discard();
                    }
                    Op::DeleteFast(i) => {
                        let slot = &mut self.stack[base + i as usize];
                        if let Value::Undef = slot {
                            return Err(unbound_local(code, i));
                        }
                        *slot = Value::Undef;
                    }
                    Op::LoadGlobal(i) => {
                        let v = self.load_global::<false>(globals_slot, i as usize)?;
                        self.stack.push(v);
                    }
                    Op::StoreGlobal(i) => {
                        let v = self.pop();
                        self.forget_cached_global(globals, i as usize);
                        drop(globals.store(i as usize, v));
                    }
                    Op::DeleteGlobal(i) => {
                        self.forget_cached_global(globals, i as usize);
                        let old = globals.store(i as usize, Value::Undef);
                        if let Value::Undef = old {
                            return Err(undefined_name(&globals.names[i as usize]));
                        }
                    }
                    Op::LoadAttr(i) => {
                        let obj = self.pop();
                        let v = match &obj {
                            Value::Instance(inst) => {
                                self.load_instance_attr(code, i, &obj, inst)?
                            }
                            _ => self.get_attr(&obj, &code.names[i as usize])?,
                        };
                        self.stack.push(v);
                    }
                    Op::StoreAttr(i) => {
                        let obj = self.pop();
                        let value = self.pop();
                        match &obj {
                            Value::Instance(inst) => {
                                self.store_instance_attr(code, i, &obj, inst, value)?
                            }
                            _ => self.set_attr(&obj, &code.names[i as usize], value)?,
                        }
                    }
                    Op::DeleteAttr(i) => {
                        let obj = self.pop();
                        self.del_attr(&obj, &code.names[i as usize])?;
                    }
                    Op::LoadMethod(i) => {
                        let obj = self.pop();
                        let (method, receiver) = match code.methods[i as usize].of(&obj) {
                            Some(m) => (Value::Builtin(m), obj),
                            None => self.load_instance_method(code, i, obj)?,
                        };
                        self.stack.push(method);
                        self.stack.push(receiver);
                    }
                    Op::BinarySubscr => {
                        // Operands are read where they lie: popped into
                        // locals first, they were copied through a
                        // store-forwarding stall (see `PyBool`).
                        let n = self.stack.len();
                        let v = if needs_vm_subscript(&self.stack[n - 2])
                            || matches!(self.stack[n - 1], Value::Instance(_))
                        {
                            let (c, k) = (self.stack[n - 2].clone(), self.stack[n - 1].clone());
                            self.get_item(&c, &k)?
                        } else {
                            subscript::get_item(&self.stack[n - 2], &self.stack[n - 1])?
                        };
                        self.pop().discard();
                        std::mem::replace(&mut self.stack[n - 2], v).discard();
                    }
                    Op::StoreSubscr => {
                        let key = self.pop();
                        let obj = self.pop();
                        let value = self.pop();
                        self.set_item(&obj, &key, value)?;
                    }
                    Op::DeleteSubscr => {
                        let key = self.pop();
                        let obj = self.pop();
                        self.del_item(&obj, &key)?;
                    }
                    Op::BuildSlice(n) => {
                        let step = if n == 3 { self.pop() } else { Value::None };
                        let stop = self.pop();
                        let start = self.pop();
                        self.stack
                            .push(Value::Slice(Arc::new(PySlice { start, stop, step })));
                    }
                    Op::BinaryOp(op_kind) | Op::InplaceOp(op_kind) => {
                        let n = self.stack.len();
                        if let (&Value::Int(x), &Value::Int(y)) =
                            (&self.stack[n - 2], &self.stack[n - 1])
                        {
                            // Two ints: the result replaces the left one in
                            // place, and ints own nothing to drop.
                            let r = match ops::int_op_fast(op_kind, x, y) {
                                Some(r) => Value::Int(r),
                                None => int_op_slow(op_kind, matches!(op, Op::InplaceOp(_)), x, y)?,
                            };
                            std::mem::forget(self.pop());
                            std::mem::forget(std::mem::replace(&mut self.stack[n - 2], r));
                        } else {
                            let b = self.pop();
                            let a = self.pop();
                            let inplace = matches!(op, Op::InplaceOp(_));
                            let r = if needs_vm(op_kind, &a, &b) {
                                self.binary_special(op_kind, inplace, &a, &b)?
                            } else {
                                binary_or_inplace(op_kind, inplace, &a, &b)?
                            };
                            a.discard();
                            b.discard();
                            self.stack.push(r);
                        }
                    }
                    Op::CallGlobalFast(p) => {
                        *ip += 2; // errors point at the CALL
                        self.frames.last_mut().expect("frame").ip = *ip;
                        self.check_point()?;
                        let callee = self.load_global::<true>(globals_slot, p.global as usize)?;
                        self.local(code, base, p.local)?;
                        let slot = base + p.local as usize;
                        if let Value::Function(_) = callee {
                            // Its argument becomes its first local: push it.
                            let func_slot = self.stack.len();
                            let arg = self.stack[slot].clone();
                            self.stack.push(callee);
                            self.stack.push(arg);
                            if self.push_exact_call(func_slot, 1)? {
                                continue 'frames;
                            }
                            match self.call(func_slot, func_slot + 1, None)? {
                                Some(v) => self.stack.push(v),
                                None => continue 'frames,
                            }
                        } else if matches!(&callee, Value::Type(t) if t.is_class) {
                            let func_slot = self.stack.len();
                            let arg = self.stack[slot].clone();
                            self.stack.push(callee);
                            self.stack.push(arg);
                            if let Some(class) = self.push_init_frame(func_slot, &mut None)? {
                                self.give_back_global(class);
                                continue 'frames;
                            }
                            match self.call(func_slot, func_slot + 1, None)? {
                                Some(v) => self.stack.push(v),
                                None => continue 'frames,
                            }
                        } else {
                            let r = self.call_native_in_place(&callee, slot..slot + 1, &[]);
                            self.give_back_global(callee);
                            self.stack.push(r?);
                        }
                    }
                    Op::BinaryOpFastConst(p) => {
                        // The operator is that of the skipped BINARY_OP.
                        let (kind, inplace) = operator_at(ops, *ip + 1)?;
                        *ip += 2; // errors point at the BINARY_OP
                        let r = self.local_op_const(code, base, p, kind, inplace)?;
                        self.stack.push(r);
                    }
                    Op::BinaryOpFastConstStore(p) => {
                        let (kind, inplace) = operator_at(ops, *ip + 1)?;
                        *ip += 2; // errors point at the BINARY_OP
                        let r = self.local_op_const(code, base, p, kind, inplace)?;
                        self.store_skipped(ops, ip, base, r)?;
                    }
                    Op::BinaryOpFastFast(p) => {
                        let (kind, inplace) = operator_at(ops, *ip + 1)?;
                        *ip += 2; // errors point at the BINARY_OP
                        let r = self.local_op_local(code, base, p, kind, inplace)?;
                        self.stack.push(r);
                    }
                    Op::BinaryOpFastFastStore(p) => {
                        let (kind, inplace) = operator_at(ops, *ip + 1)?;
                        *ip += 2; // errors point at the BINARY_OP
                        let r = self.local_op_local(code, base, p, kind, inplace)?;
                        self.store_skipped(ops, ip, base, r)?;
                    }
                    Op::BinaryOpStoreFast(kind) | Op::InplaceOpStoreFast(kind) => {
                        let inplace = matches!(op, Op::InplaceOpStoreFast(_));
                        let r = self.pop_binary(kind, inplace)?;
                        self.store_skipped(ops, ip, base, r)?;
                    }
                    Op::BinaryOpConst(c) => {
                        let (kind, inplace) = operator_at(ops, *ip)?;
                        *ip += 1; // errors point at the BINARY_OP
                        let top = self.stack.len() - 1;
                        let r = if needs_vm(kind, &self.stack[top], &code.consts[c as usize]) {
                            let a = self.stack[top].clone();
                            self.binary_special(kind, inplace, &a, &code.consts[c as usize])?
                        } else {
                            binary_value(kind, inplace, &self.stack[top], &code.consts[c as usize])?
                        };
                        std::mem::replace(&mut self.stack[top], r).discard();
                    }
                    Op::UnaryNegative => {
                        let v = self.pop();
                        let r = match has_class(&v) {
                            true => self.unary_special(&v, "__neg__", ops::negate)?,
                            false => ops::negate(&v)?,
                        };
                        self.stack.push(r);
                    }
                    Op::UnaryPositive => {
                        let v = self.pop();
                        let r = match has_class(&v) {
                            true => self.unary_special(&v, "__pos__", ops::positive)?,
                            false => ops::positive(&v)?,
                        };
                        self.stack.push(r);
                    }
                    Op::UnaryNot => {
                        let v = self.pop();
                        let t = self.truth(&v)?;
                        self.stack.push(Value::bool(!t));
                    }
                    Op::UnaryInvert => {
                        let v = self.pop();
                        let r = match has_class(&v) {
                            true => self.unary_special(&v, "__invert__", ops::invert)?,
                            false => ops::invert(&v)?,
                        };
                        self.stack.push(r);
                    }
                    Op::CompareOp(cmp) => {
                        let r = self.pop_and_compare(cmp)?;
                        self.stack.push(Value::bool(r));
                    }
                    Op::IsOp(invert) => {
                        let b = self.pop();
                        let a = self.pop();
                        self.stack.push(Value::bool(a.is(&b) != (invert != 0)));
                    }
                    Op::ContainsOp(invert) => {
                        let n = self.stack.len();
                        let r = if needs_vm_contains(&self.stack[n - 1], &self.stack[n - 2]) {
                            let (c, x) = (self.stack[n - 1].clone(), self.stack[n - 2].clone());
                            self.contains(&c, &x)?
                        } else {
                            ops::contains(&self.stack[n - 1], &self.stack[n - 2])?
                        };
                        self.pop().discard();
                        let r = Value::bool(r != (invert != 0));
                        std::mem::replace(&mut self.stack[n - 2], r).discard();
                    }
                    Op::Jump(target) => {
                        if (target as usize) < *ip {
                            self.check_point()?;
                        }
                        *ip = target as usize;
                    }
                    Op::PopJumpIfFalse(target) => {
                        let t = match self.pop() {
                            Value::Bool(b) => b.get(),
                            v => self.truth(&v)?,
                        };
                        if !t {
                            *ip = target as usize;
                        }
                    }
                    Op::PopJumpIfTrue(target) => {
                        let t = match self.pop() {
                            Value::Bool(b) => b.get(),
                            v => self.truth(&v)?,
                        };
                        if t {
                            *ip = target as usize;
                        }
                    }
                    Op::JumpIfFalseOrPop(target) => {
                        let top = self.top().clone();
                        if self.truth(&top)? {
                            self.pop();
                        } else {
                            *ip = target as usize;
                        }
                    }
                    Op::JumpIfTrueOrPop(target) => {
                        let top = self.top().clone();
                        if self.truth(&top)? {
                            *ip = target as usize;
                        } else {
                            self.pop();
                        }
                    }
                    Op::GetIter => {
                        let v = self.pop();
                        let it = match LoopCursor::over(&v) {
                            Some(c) => Value::ForLoop(Box::new(c)),
                            None if has_class(&v)
                                || matches!(v, Value::Native(_) | Value::Generator(_))
                                || crate::vm::protocols::has_meta(&v) =>
                            {
                                self.get_iter(&v)?
                            }
                            None => Value::Iterator(iterate(&v)?),
                        };
                        self.stack.push(it);
                    }
                    Op::ForIter(target) => {
                        if let Some(Value::Generator(_)) = self.stack.last() {
                            self.frames.last_mut().expect("frame").ip = *ip;
                            self.for_step_into_generator(Delivery::Push)?;
                            continue 'frames;
                        }
                        if let (false, Op::UnpackSequence(2), Some(Value::Iterator(it))) =
                            (COUNT_TICKS, ops[*ip], self.stack.last())
                        {
                            // `for a, b in enumerate(xs)` / `d.items()`:
                            // the pair goes straight to the stack. Runs that
                            // count instructions take both, as `dis` shows.
                            match it.next_pair()? {
                                PairStep::Pair(a, b) => {
                                    self.stack.push(b);
                                    self.stack.push(a);
                                    *ip += 1;
                                    continue;
                                }
                                PairStep::Done => {
                                    self.pop();
                                    *ip = target as usize;
                                    continue;
                                }
                                PairStep::NotPairs => {}
                            }
                        }
                        match self.next_of_top()? {
                            Some(v) => self.stack.push(v),
                            None => {
                                self.pop();
                                *ip = target as usize;
                            }
                        }
                    }
                    Op::ForIterStoreFast(target) => for_iter_store_fast!(target),
                    Op::JumpForIter(at) => {
                        self.check_point()?;
                        let Op::ForIterStoreFast(target) = ops[at as usize] else {
                            return Err(runtime_error("JUMP_FOR_ITER without its FOR_ITER"));
                        };
                        *ip = at as usize + 1;
                        for_iter_store_fast!(target)
                    }
                    Op::PopTop => match self.pop() {
                        Value::Generator(g) if Arc::strong_count(&g) == 1 && g.never_awaited() => {
                            self.drop_unawaited(*ip, g)
                        }
                        v => v.discard(),
                    },
                    Op::Copy(n) => {
                        let v = self.stack[self.stack.len() - n as usize].clone();
                        self.stack.push(v);
                    }
                    Op::Swap(n) => {
                        let len = self.stack.len();
                        self.stack.swap(len - 1, len - n as usize);
                    }
                    Op::BuildTuple(n) => {
                        let items = self.stack.split_off(self.stack.len() - n as usize);
                        self.stack.push(Value::tuple(items));
                    }
                    Op::BuildList(n) => {
                        let items = self.stack.split_off(self.stack.len() - n as usize);
                        self.stack.push(Value::list(items));
                    }
                    Op::BuildMap(n) => {
                        let flat = self.stack.split_off(self.stack.len() - 2 * n as usize);
                        let mut pairs = Vec::with_capacity(n as usize);
                        let mut it = flat.into_iter();
                        while let (Some(k), Some(v)) = (it.next(), it.next()) {
                            pairs.push((k, v));
                        }
                        let d = if pairs.iter().any(|(k, _)| matches!(k, Value::Instance(_))) {
                            self.dict_of_pairs(pairs)?
                        } else {
                            Value::Dict(Arc::new(crate::vm::objects::dict::PyDict::from_pairs(
                                pairs,
                            )?))
                        };
                        self.stack.push(d);
                    }
                    Op::BuildSet(n) => {
                        let items = self.stack.split_off(self.stack.len() - n as usize);
                        let set = if items.iter().any(|k| matches!(k, Value::Instance(_))) {
                            let set = crate::vm::set_ops::build_set(Vec::new())?;
                            for item in items {
                                let item = self.canonical_key(&set, &item)?;
                                crate::vm::set_ops::add_to(&set, item)?;
                            }
                            set
                        } else {
                            crate::vm::set_ops::build_set(items)?
                        };
                        self.stack.push(set);
                    }
                    Op::SetAdd(i) => {
                        let item = self.pop();
                        let at = self.stack.len() - i as usize;
                        let item = if matches!(item, Value::Instance(_)) {
                            let set = self.stack[at].clone();
                            self.canonical_key(&set, &item)?
                        } else {
                            item
                        };
                        crate::vm::set_ops::add_to(&self.stack[at], item)?;
                    }
                    Op::DisplayExtend(i) => {
                        let iterable = self.pop();
                        let at = self.stack.len() - i as usize;
                        let items = self.collect_items(&iterable).map_err(|e| {
                            if e.is_instance(&TYPES.type_error) {
                                type_error(format!(
                                    "Value after * must be an iterable, not {}",
                                    type_name(&iterable)
                                ))
                            } else {
                                e
                            }
                        })?;
                        if let Value::List(l) = &self.stack[at] {
                            l.items.lock().extend(items);
                        }
                    }
                    Op::ListToTuple => {
                        let top = self.stack.len() - 1;
                        if let Value::List(l) = &self.stack[top] {
                            let items = l.snapshot();
                            self.stack[top] = Value::tuple(items);
                        }
                    }
                    Op::DictUpdate(i) => {
                        let mapping = self.pop();
                        let at = self.stack.len() - i as usize;
                        let Value::Dict(d) = self.stack[at].clone() else {
                            return Err(crate::vm::objects::exceptions::runtime_error(
                                "DICT_UPDATE without its dict",
                            ));
                        };
                        self.dict_update_mapping(&d, &mapping)?;
                    }
                    Op::SetUpdate(i) => {
                        let iterable = self.pop();
                        let at = self.stack.len() - i as usize;
                        let set = self.stack[at].clone();
                        self.set_update(&set, &iterable)?;
                    }
                    Op::BuildString(n) => {
                        let parts = self.stack.split_off(self.stack.len() - n as usize);
                        let mut s = String::new();
                        for p in &parts {
                            s.push_str(p.as_str().unwrap_or_default());
                        }
                        self.stack.push(Value::str(s));
                    }
                    Op::FormatValue(flags) => {
                        let spec = if flags & 4 != 0 {
                            Some(self.pop())
                        } else {
                            None
                        };
                        let v = self.pop();
                        let s = crate::stdlib::builtins::format_value(
                            self,
                            &v,
                            flags & 3,
                            spec.as_ref(),
                        )?;
                        self.stack.push(Value::str(s));
                    }
                    Op::UnpackSequence(n) => {
                        let v = self.pop();
                        self.unpack(v, n as usize)?;
                    }
                    Op::UnpackEx(n) => {
                        let v = self.pop();
                        self.unpack_ex(v, (n & 0xff) as usize, (n >> 8) as usize)?;
                    }
                    Op::MakeFunction(flags) => {
                        let f = self.make_function(flags, globals_slot)?;
                        self.stack.push(f);
                    }
                    Op::MakeCell(i) => {
                        let slot = &mut self.stack[base + i as usize];
                        let v = std::mem::replace(slot, Value::Undef);
                        *slot = Value::Cell(PyCell::new(v));
                    }
                    Op::LoadDeref(i) => {
                        let v = self.load_deref(code, base, i)?;
                        self.stack.push(v);
                    }
                    Op::StoreDeref(i) => {
                        let v = self.pop();
                        if let Value::Cell(c) = &self.stack[base + i as usize] {
                            c.set(v).discard();
                        }
                    }
                    Op::DeleteDeref(i) => {
                        let old = match &self.stack[base + i as usize] {
                            Value::Cell(c) => c.set(Value::Undef),
                            _ => Value::Undef,
                        };
                        if let Value::Undef = old {
                            return Err(unbound_deref(code, i));
                        }
                        drop(old);
                    }
                    Op::LoadClosure(i) => {
                        let v = self.stack[base + i as usize].clone();
                        self.stack.push(v);
                    }
                    Op::LoadClassDeref(i) => {
                        let name = &code.varnames[i as usize];
                        let v = match namespace_get(&self.stack[base], name)? {
                            Some(v) => Some(v),
                            None => match &self.stack[base + i as usize] {
                                Value::Cell(c) => c.get(),
                                _ => None,
                            },
                        };
                        match v {
                            Some(v) => self.stack.push(v),
                            None => return Err(unbound_deref(code, i)),
                        }
                    }
                    Op::LoadName(g) => {
                        let name = &globals.names[g as usize];
                        let v = match namespace_get(&self.stack[base], name)? {
                            Some(v) => v,
                            None => self.load_global::<false>(globals_slot, g as usize)?,
                        };
                        self.stack.push(v);
                    }
                    Op::StoreName(g) => {
                        let v = self.pop();
                        let name = &globals.names[g as usize];
                        if let Value::Dict(ns) = &self.stack[base] {
                            ns.set(Value::str(&**name), v)?;
                        }
                    }
                    Op::DeleteName(g) => {
                        let name = &globals.names[g as usize];
                        let removed = match &self.stack[base] {
                            Value::Dict(ns) => ns.remove(&Value::str(&**name))?,
                            _ => None,
                        };
                        if removed.is_none() {
                            return Err(undefined_name(name));
                        }
                    }
                    Op::BuildClass => {
                        self.frames.last_mut().expect("frame").ip = *ip;
                        let parts = self.stack.split_off(self.stack.len() - 4);
                        let class = self.build_class(parts, globals)?;
                        self.stack.push(class);
                    }
                    Op::BuildClassKw => {
                        self.frames.last_mut().expect("frame").ip = *ip;
                        let mut parts = self.stack.split_off(self.stack.len() - 5);
                        let keywords = parts.remove(2);
                        let class = self.build_class_with(parts, globals, keywords)?;
                        self.stack.push(class);
                    }
                    Op::ListExtend(depth) => {
                        let items = self.pop();
                        let n = self.stack.len();
                        let func = self.stack[n - 1 - depth as usize].clone();
                        let extra = self.star_args(&items, &func)?;
                        if let Value::List(l) = &self.stack[n - 1] {
                            l.items.lock().extend(extra);
                        }
                    }
                    Op::DictMerge(depth) => {
                        let mapping = self.pop();
                        let n = self.stack.len();
                        crate::vm::classes::merge_kwargs(
                            &self.stack[n - 1],
                            &mapping,
                            &self.stack[n - 1 - depth as usize],
                        )?;
                    }
                    Op::CallEx(flags) => {
                        self.frames.last_mut().expect("frame").ip = *ip;
                        self.check_point()?;
                        let kwargs = if flags & 1 != 0 {
                            Some(self.pop())
                        } else {
                            None
                        };
                        let args = self.pop();
                        let func_slot = self.stack.len() - 1;
                        let names = self.spread_call_args(args, kwargs);
                        match self.call(func_slot, func_slot + 1, names)? {
                            Some(v) => self.stack.push(v),
                            None => continue 'frames,
                        }
                    }
                    Op::Call(n) => {
                        self.frames.last_mut().expect("frame").ip = *ip;
                        self.check_point()?;
                        let func_slot = self.stack.len() - n as usize - 1;
                        if self.push_exact_call(func_slot, n as usize)? {
                            if self.runs_same_code() {
                                // Same code and globals: only the frame's
                                // position changes.
                                *ip = 0;
                                base = func_slot + 1;
                                continue;
                            }
                            continue 'frames;
                        }
                        if let Some(class) = self.push_init_frame(func_slot, &mut None)? {
                            drop(class);
                            continue 'frames;
                        }
                        match self.call(func_slot, func_slot + 1, None)? {
                            Some(v) => self.stack.push(v),
                            None => continue 'frames,
                        }
                    }
                    Op::CallKw(n) => {
                        self.frames.last_mut().expect("frame").ip = *ip;
                        self.check_point()?;
                        let mut kwnames = self.pop_kwnames();
                        let func_slot = self.stack.len() - n as usize - 1;
                        if let Some(class) = self.push_init_frame(func_slot, &mut kwnames)? {
                            drop(class);
                            continue 'frames;
                        }
                        match self.call(func_slot, func_slot + 1, kwnames)? {
                            Some(v) => self.stack.push(v),
                            None => continue 'frames,
                        }
                    }
                    Op::CallMethod(n) | Op::CallMethodKw(n) => {
                        self.frames.last_mut().expect("frame").ip = *ip;
                        self.check_point()?;
                        if n == 1 && matches!(op, Op::CallMethod(_)) && self.calls_list_append() {
                            // `xs.append(x)`, the commonest method call,
                            // skips the generic call: no argument checks,
                            // and the item moves into the list (CPython 3.11
                            // specialises it the same way).
                            let item = self.pop();
                            let receiver = self.pop();
                            if let Value::List(l) = &receiver {
                                crate::vm::memory::push(&mut l.items.lock(), item)?;
                            }
                            drop(receiver);
                            let top = self.stack.len() - 1;
                            self.stack[top] = Value::None; // was the method
                            continue;
                        }
                        let kwnames = if let Op::CallMethodKw(_) = op {
                            self.pop_kwnames()
                        } else {
                            None
                        };
                        let (func_slot, args_start) = self.method_call_slots(n as usize);
                        // `obj.method(args)` on a plain function found in the
                        // class: the receiver is already the first argument,
                        // so the frame is pushed right here, as for CALL.
                        if kwnames.is_none()
                            && args_start == func_slot + 1
                            && self.push_exact_call(func_slot, n as usize + 1)?
                        {
                            if self.runs_same_code() {
                                *ip = 0;
                                base = func_slot + 1;
                                continue;
                            }
                            continue 'frames;
                        }
                        match self.call(func_slot, args_start, kwnames)? {
                            Some(v) => self.stack.push(v),
                            None => continue 'frames,
                        }
                    }
                    Op::ReturnValue => {
                        let v = self.pop();
                        return_value!(v);
                    }
                    Op::ReturnConst(c) => {
                        let v = code.consts[c as usize].clone();
                        return_value!(v);
                    }
                    Op::ReturnFast(a) => {
                        let v = self.local(code, base, a as u16)?.clone();
                        return_value!(v);
                    }
                    Op::BinaryOpReturn(kind) => {
                        let r = self.pop_binary(kind, false)?;
                        return_value!(r);
                    }
                    Op::ImportName(i) => {
                        let name = &code.names[i as usize];
                        let m = self.import_module(name)?;
                        self.stack.push(m);
                    }
                    Op::ImportStar => {
                        let m = self.pop();
                        self.import_star(&m, globals)?;
                    }
                    Op::ImportFrom(i) => {
                        let name = &code.names[i as usize];
                        let v = match self.top() {
                            Value::Module(m) => match m.get(name) {
                                Some(v) => v,
                                None => {
                                    // `from package import submodule`.
                                    let m = m.clone();
                                    self.import_submodule(&m, name)?
                                }
                            },
                            _ => return Err(runtime_error("IMPORT_FROM without a module")),
                        };
                        self.stack.push(v);
                    }
                    Op::SetupExcept(target) => {
                        self.push_block(target, super::eval::BlockKind::Except)
                    }
                    Op::SetupCleanup(target) => {
                        self.push_block(target, super::eval::BlockKind::Cleanup)
                    }
                    Op::PopBlock => {
                        self.blocks.pop();
                    }
                    Op::PopExcept => {
                        self.exc_info.pop();
                    }
                    Op::Reraise => {
                        let v = self.pop();
                        self.reraising = true;
                        return Err(match v {
                            Value::Exception(e) => PyErr(e),
                            _ => runtime_error("RERAISE without an exception"),
                        });
                    }
                    Op::Raise(n) => {
                        if n == 0 {
                            return Err(match self.exc_info.last() {
                                Some(Value::Exception(e)) => {
                                    self.reraising = true;
                                    PyErr(e.clone())
                                }
                                _ => runtime_error("No active exception to reraise"),
                            });
                        }
                        let cause = if n == 2 { Some(self.pop()) } else { None };
                        let v = self.pop();
                        let err = self.make_exception(v)?;
                        if let Some(cause) = cause {
                            self.set_cause(&err, cause)?;
                        }
                        return Err(err);
                    }
                    Op::YieldValue => {
                        let v = self.pop();
                        if let Some(b) = &mut self.batch {
                            // (Out of memory, the value is yielded as usual:
                            // the MemoryError belongs to the consumer, not
                            // to the generator's frame.)
                            if b.takes(self.frames.len() - 1, &v)
                                && crate::vm::memory::reserve(&mut b.items, 1).is_ok()
                            {
                                b.items.push(v);
                                self.stack.push(Value::None);
                                continue;
                            }
                        }
                        match self.suspend(*ip, v) {
                            After::Yield(v) => return Ok(v),
                            After::Reload | After::Next => continue 'frames,
                        }
                    }
                    Op::ListAppend(_)
                    | Op::MapAdd(_)
                    | Op::GetYieldFromIter
                    | Op::GetAwaitable
                    | Op::GetAiter
                    | Op::GetAnext
                    | Op::EndAsyncFor
                    | Op::YieldFrom => match self.iteration_op(op, *ip)? {
                        After::Next => {}
                        After::Yield(v) => return Ok(v),
                        After::Reload => continue 'frames,
                    },
                    Op::CheckExcMatch => {
                        let typ = self.pop();
                        let r = exception_matches(self.top(), &typ)?;
                        self.stack.push(Value::bool(r));
                    }
                    Op::LoadFastForAppend(a) => {
                        let v = &self.stack[base + a as usize];
                        match v {
                            Value::List(_) => *ip += 1, // the LOAD_METHOD
                            Value::Undef => return Err(unbound_local(code, a)),
                            _ => {
                                let v = v.clone();
                                self.stack.push(v);
                            }
                        }
                    }
                    Op::AppendToFast(a) => {
                        self.frames.last_mut().expect("frame").ip = *ip;
                        self.check_point()?;
                        if let Value::List(_) = &self.stack[base + a as usize] {
                            let item = self.pop();
                            if let Value::List(l) = &self.stack[base + a as usize] {
                                crate::vm::memory::push(&mut l.items.lock(), item)?;
                            }
                            *ip += 1; // the POP_TOP
                        } else {
                            let (func_slot, args_start) = self.method_call_slots(1);
                            match self.call(func_slot, args_start, None)? {
                                Some(v) => self.stack.push(v),
                                None => continue 'frames,
                            }
                        }
                    }
                    Op::CheckFast(a) => {
                        if let Value::Undef = self.stack[base + a as usize] {
                            return Err(unbound_local(code, a));
                        }
                    }
                    Op::SubscrLocal(a) => {
                        let top = self.stack.len() - 1;
                        let container = &self.stack[base + a as usize];
                        let v = if needs_vm_subscript(container)
                            || matches!(self.stack[top], Value::Instance(_))
                        {
                            let (c, k) = (container.clone(), self.stack[top].clone());
                            self.get_item(&c, &k)?
                        } else {
                            subscript::get_item(container, &self.stack[top])?
                        };
                        std::mem::replace(&mut self.stack[top], v).discard();
                    }
                    Op::LoadFastAttr(p) => {
                        *ip += 1; // errors point at the LOAD_ATTR
                        self.load_local_attr(code, base, p)?;
                    }
                    Op::UpdateAttr(p) => {
                        match crate::vm::attr_cache::cached_int_update(
                            &mut self.sites,
                            code,
                            ops,
                            &self.stack[base..],
                            p,
                            *ip,
                        ) {
                            Some(skip) => *ip += skip,
                            None => {
                                // The plain instructions, from the COPY on.
                                let v = self.local(code, base, p.a)?.clone();
                                self.stack.push(v);
                            }
                        }
                    }
                    Op::LoadSuperMethod(c) => {
                        if let Some((f, receiver)) = self.super_method(code, ops, base, *ip, c) {
                            self.pop().discard(); // the built-in super
                            self.stack.push(f);
                            self.stack.push(receiver);
                            *ip += 3;
                        } else {
                            // LOAD_DEREF c, then the plain instructions.
                            let v = self.load_deref(code, base, c)?;
                            self.stack.push(v);
                        }
                    }
                    Op::LoadFastAttrUpdate(p) => {
                        *ip += 2; // errors point at the LOAD_ATTR
                        self.load_local_attr(code, base, p)?;
                    }
                    Op::StoreFastAttr(p) | Op::StoreAttrUpdate(p) => {
                        *ip += 1; // errors point at the STORE_ATTR
                        self.store_local_attr(code, base, p)?;
                    }
                    Op::BinaryOpFast(a) => {
                        let (kind, inplace) = operator_at(ops, *ip)?;
                        *ip += 1; // errors point at the BINARY_OP
                        let top = self.stack.len() - 1;
                        let operand = self.local(code, base, a as u16)?;
                        let r = if needs_vm(kind, &self.stack[top], operand) {
                            let (a, b) = (self.stack[top].clone(), operand.clone());
                            self.binary_special(kind, inplace, &a, &b)?
                        } else {
                            binary_value(kind, inplace, &self.stack[top], operand)?
                        };
                        std::mem::replace(&mut self.stack[top], r).discard();
                    }
                    Op::LoadFastPair(p) => {
                        let a = self.local(code, base, p.a)?.clone();
                        let b = self.local(code, base, p.b)?.clone();
                        self.stack.push(a);
                        self.stack.push(b);
                        *ip += 1;
                    }
                    Op::SubscrFastFast(p) => {
                        *ip += 2; // errors point at the BINARY_SUBSCR
                        let obj = self.local(code, base, p.a)?;
                        let key = self.local(code, base, p.b)?;
                        let v = if needs_vm_subscript(obj) || matches!(key, Value::Instance(_)) {
                            let (c, k) = (obj.clone(), key.clone());
                            self.get_item(&c, &k)?
                        } else {
                            subscript::get_item(obj, key)?
                        };
                        self.stack.push(v);
                    }
                    Op::StoreSubscrFastFast(p) => {
                        *ip += 2;
                        let value = self.pop();
                        let obj = self.local(code, base, p.a)?;
                        let key = self.local(code, base, p.b)?;
                        if needs_vm_subscript(obj) || matches!(key, Value::Instance(_)) {
                            let (c, k) = (obj.clone(), key.clone());
                            self.set_item(&c, &k, value)?;
                        } else {
                            subscript::set_item(obj, key, value)?;
                        }
                    }
                    Op::InFastFast(p) | Op::NotInFastFast(p) => {
                        *ip += 2;
                        let item = self.local(code, base, p.a)?;
                        let container = self.local(code, base, p.b)?;
                        let r = if needs_vm_contains(container, item) {
                            let (c, x) = (container.clone(), item.clone());
                            self.contains(&c, &x)?
                        } else {
                            ops::contains(container, item)?
                        };
                        let invert = matches!(op, Op::NotInFastFast(_));
                        self.stack.push(Value::bool(r != invert));
                    }
                    Op::ContainsFastFastJump(p) => {
                        let invert = matches!(ops[*ip + 1], Op::ContainsOp(1));
                        let (target, jump_if) = match ops[*ip + 2] {
                            Op::PopJumpIfFalse(t) => (t, false),
                            Op::PopJumpIfTrue(t) => (t, true),
                            _ => return Err(runtime_error("a fused `in` without its branch")),
                        };
                        *ip += 2; // errors point at the CONTAINS_OP
                        let item = self.local(code, base, p.a)?;
                        let container = self.local(code, base, p.b)?;
                        let r = if needs_vm_contains(container, item) {
                            let (c, x) = (container.clone(), item.clone());
                            self.contains(&c, &x)?
                        } else {
                            ops::contains(container, item)?
                        } != invert;
                        *ip = if r == jump_if {
                            target as usize
                        } else {
                            *ip + 1
                        };
                    }
                    Op::CompareFastConstJump(_) | Op::CompareFastFastJump(_) => {
                        let (cj, jump_if) = match ops[*ip + 1] {
                            Op::CompareJumpIfFalse(cj) => (cj, false),
                            Op::CompareJumpIfTrue(cj) => (cj, true),
                            _ => return Err(runtime_error("a fused compare without its branch")),
                        };
                        *ip += 2; // errors point at the comparison
                        let (a, b) = match op {
                            Op::CompareFastConstJump(p) => (
                                self.local(code, base, p.local)?,
                                &code.consts[p.konst as usize],
                            ),
                            Op::CompareFastFastJump(p) => {
                                (self.local(code, base, p.a)?, self.local(code, base, p.b)?)
                            }
                            _ => unreachable!("matched above"),
                        };
                        let r = match (a, b) {
                            (&Value::Int(x), &Value::Int(y)) => cj.cmp().ints(x, y),
                            // Containers may hold instances, whose `==` runs
                            // Python code.
                            _ if !a.is_leaf() || !b.is_leaf() => {
                                let (a, b) = (a.clone(), b.clone());
                                self.rich_compare(cj.cmp(), &a, &b)?
                            }
                            _ => ops::compare(cj.cmp(), a, b)?,
                        };
                        *ip = if r == jump_if { cj.target() } else { *ip + 1 };
                    }
                    Op::CompareJumpIfFalse(cj) => {
                        let r = self.pop_and_compare(cj.cmp())?;
                        *ip = if r { *ip + 1 } else { cj.target() };
                    }
                    Op::CompareJumpIfTrue(cj) => {
                        let r = self.pop_and_compare(cj.cmp())?;
                        *ip = if r { cj.target() } else { *ip + 1 };
                    }
                    Op::LoadAssertionError => {
                        self.stack.push(Value::Type(TYPES.assertion_error.clone()));
                    }
                    Op::BeforeWith => {
                        self.frames.last_mut().expect("frame").ip = *ip;
                        let mgr = self.pop();
                        let (exit, entered) = self.enter_context(&mgr)?;
                        self.stack.push(exit);
                        self.stack.push(entered);
                    }
                    Op::BeforeAsyncWith => {
                        self.frames.last_mut().expect("frame").ip = *ip;
                        let mgr = self.pop();
                        let (exit, entering) = self.enter_async_context(&mgr)?;
                        self.stack.push(exit);
                        self.stack.push(entering);
                    }
                    Op::AsyncWithExit => {
                        self.frames.last_mut().expect("frame").ip = *ip;
                        let exit = self.pop();
                        let r =
                            self.call_value(&exit, vec![Value::None, Value::None, Value::None])?;
                        self.stack.push(r);
                    }
                    Op::WithExit => {
                        self.frames.last_mut().expect("frame").ip = *ip;
                        let exit = self.pop();
                        self.call_value(&exit, vec![Value::None, Value::None, Value::None])?;
                    }
                    Op::WithExceptStart => {
                        self.frames.last_mut().expect("frame").ip = *ip;
                        let exc = self.top().clone();
                        let exit = self.stack[self.stack.len() - 2].clone();
                        let typ = match &exc {
                            Value::Exception(e) => Value::Type(e.typ.clone()),
                            _ => Value::None,
                        };
                        let r = self.call_value(&exit, vec![typ, exc, Value::None])?;
                        self.stack.push(r);
                    }
                }
            }
        }
    }

    /// Pops TOS1 and TOS and compares them (COMPARE_OP and its fused
    /// branch). Two ints compare in place and skip the drop glue.
    #[inline(always)]
    fn pop_and_compare(&mut self, cmp: Comparison) -> PyResult<bool> {
        let b = self.pop();
        let a = self.pop();
        match (&a, &b) {
            (&Value::Int(x), &Value::Int(y)) => {
                std::mem::forget(a);
                std::mem::forget(b);
                Ok(cmp.ints(x, y))
            }
            _ => {
                let r = self.rich_compare(cmp, &a, &b)?;
                a.discard();
                b.discard();
                Ok(r)
            }
        }
    }

    /// Cuts the stack back to `height` (a returning frame's callee, locals
    /// and temporaries). `truncate` would run the out-of-line drop glue
    /// on every slot; most hold ints or nothing.
    #[inline(always)]
    fn cut_stack(&mut self, height: usize) {
        while self.stack.len() > height {
            self.pop().discard();
        }
    }

    /// Whether the frame just pushed runs the code and globals of the one
    /// that called it. A frame shares its code and globals with an owner
    /// frame (`func` is `None`) only when they are equal, and frames between
    /// it and its owner share the same owner, so its caller runs that code
    /// too: calling or returning between such frames changes only the
    /// instruction pointer and the frame's base.
    #[inline(always)]
    fn runs_same_code(&self) -> bool {
        self.frames.last().is_some_and(|f| f.func.is_none())
    }

    /// The value in cell variable `i` of the frame at `base`.
    #[inline(always)]
    fn load_deref(&self, code: &Code, base: usize, i: u32) -> PyResult<Value> {
        let v = match &self.stack[base + i as usize] {
            Value::Cell(c) => c.get(),
            _ => None,
        };
        v.ok_or_else(|| unbound_deref(code, i))
    }

    /// LOAD_SUPER_METHOD's fast case: `(function, self)` for `super().m`
    /// when TOS is the built-in `super`, cell `c` holds the class and the
    /// local after it an instance of it, and `m` is a plain function found
    /// after that class in the instance's MRO. `at` indexes the LOAD_FAST
    /// that follows the fused instruction.
    #[inline(never)]
    fn super_method(
        &mut self,
        code: &Code,
        ops: &[Op],
        base: usize,
        at: usize,
        c: u32,
    ) -> Option<(Value, Value)> {
        let (Op::LoadFast(s), Op::LoadMethod(m)) = (ops[at], ops[at + 2]) else {
            return None;
        };
        match self.stack.last() {
            Some(Value::Builtin(b)) if std::ptr::eq(*b, &crate::stdlib::object_builtins::SUPER) => {
            }
            _ => return None,
        }
        let Value::Cell(cell) = &self.stack[base + c as usize] else {
            return None;
        };
        let Some(Value::Type(start)) = cell.get() else {
            return None;
        };
        let receiver = &self.stack[base + s as usize];
        let Value::Instance(inst) = receiver else {
            return None;
        };
        if let Some(f) =
            crate::vm::attr_cache::cached_super(&mut self.sites, code, m, &inst.class, &start)
        {
            return Some((f, receiver.clone()));
        }
        let name = &code.names[m as usize];
        let found = inst
            .class
            .mro()
            .skip_while(|t| !Arc::ptr_eq(t, &start))
            .skip(1)
            .find_map(|t| t.own_attr(name))?;
        match found {
            Value::Function(_) => {
                let class = inst.class.clone();
                let receiver = receiver.clone();
                crate::vm::attr_cache::fill_super(&mut self.sites, code, m, &class, &start, &found);
                Some((found, receiver))
            }
            _ => None,
        }
    }

    /// Pushes `local[p.a].names[p.b]`, reading the local in place.
    #[inline(always)]
    fn load_local_attr(&mut self, code: &Code, base: usize, p: LocalPair) -> PyResult<()> {
        let obj = &self.stack[base + p.a as usize];
        let hit = match obj {
            Value::Undef => return Err(unbound_local(code, p.a as u32)),
            Value::Instance(inst) => {
                crate::vm::attr_cache::cached_load(&mut self.sites, code, p.b as u32, obj, inst)
            }
            _ => None,
        };
        let v = match hit {
            Some(v) => v,
            None => {
                let obj = obj.clone();
                match &obj {
                    Value::Instance(inst) => {
                        self.load_instance_attr_slow(code, p.b as u32, &obj, inst)?
                    }
                    _ => self.get_attr(&obj, &code.names[p.b as usize])?,
                }
            }
        };
        self.stack.push(v);
        Ok(())
    }

    /// Pops TOS into `local[p.a].names[p.b]`, reading the local in place.
    #[inline(always)]
    fn store_local_attr(&mut self, code: &Code, base: usize, p: LocalPair) -> PyResult<()> {
        let value = self.pop();
        let obj = &self.stack[base + p.a as usize];
        let value = match obj {
            Value::Undef => return Err(unbound_local(code, p.a as u32)),
            Value::Instance(inst) => {
                crate::vm::attr_cache::cached_store(&mut self.sites, code, p.b as u32, inst, value)
            }
            _ => Err(value),
        };
        if let Err(value) = value {
            let obj = obj.clone();
            match &obj {
                Value::Instance(inst) => {
                    self.store_instance_attr_slow(code, p.b as u32, &obj, inst, value)?
                }
                _ => self.set_attr(&obj, &code.names[p.b as usize], value)?,
            }
        }
        Ok(())
    }

    /// Where the callable and the arguments of a method call with `n`
    /// arguments lie: LOAD_METHOD pushed the method and its receiver, or a
    /// plain attribute and `Undef` (then the receiver is no argument).
    #[inline(always)]
    fn method_call_slots(&self, n: usize) -> (usize, usize) {
        let func_slot = self.stack.len() - n - 2;
        match self.stack[func_slot + 1] {
            Value::Undef => (func_slot, func_slot + 2),
            _ => (func_slot, func_slot + 1),
        }
    }

    /// The next item of the iterator on TOS (FOR_ITER).
    #[inline(always)]
    fn next_of_top(&mut self) -> PyResult<Option<Value>> {
        let top = self.stack.len() - 1;
        match &mut self.stack[top] {
            Value::ForLoop(c) => Ok(c.step()),
            Value::Iterator(it) => it.next(),
            Value::Generator(_) => self.next_of_generator(top),
            Value::Instance(_) | Value::Native(_) => {
                let it = self.stack[top].clone();
                self.next_special(&it)
            }
            other => Err(type_error(format!(
                "'{}' object is not an iterator",
                type_name(other)
            ))),
        }
    }

    /// Whether the stack holds `[list.append, a list, item]` on top.
    #[inline(always)]
    fn calls_list_append(&self) -> bool {
        match self.stack.len().checked_sub(3).map(|i| &self.stack[i..]) {
            Some([Value::Builtin(m), Value::List(_), _]) => {
                std::ptr::eq(*m, &crate::stdlib::methods::LIST_APPEND)
            }
            _ => false,
        }
    }

    /// `a op c` for local `p.local` and constant `p.konst`, read in place.
    #[inline(always)]
    fn local_op_const(
        &mut self,
        code: &Code,
        base: usize,
        p: LocalConst,
        kind: BinaryOperator,
        inplace: bool,
    ) -> PyResult<Value> {
        let a = self.local(code, base, p.local)?;
        let c = &code.consts[p.konst as usize];
        if needs_vm(kind, a, c) {
            let a = a.clone();
            self.binary_special(kind, inplace, &a, c)
        } else {
            binary_value(kind, inplace, a, c)
        }
    }

    /// `a op b` for locals `p.a` and `p.b`, read in place.
    #[inline(always)]
    fn local_op_local(
        &mut self,
        code: &Code,
        base: usize,
        p: LocalPair,
        kind: BinaryOperator,
        inplace: bool,
    ) -> PyResult<Value> {
        self.local(code, base, p.a)?;
        self.local(code, base, p.b)?;
        self.binary_at(kind, inplace, base + p.a as usize, base + p.b as usize)
    }

    /// `a op b` for the two values on top of the stack, popped once it is
    /// computed (an error leaves them there, as BINARY_OP does).
    #[inline(always)]
    fn pop_binary(&mut self, kind: BinaryOperator, inplace: bool) -> PyResult<Value> {
        let n = self.stack.len();
        let r = self.binary_at(kind, inplace, n - 2, n - 1)?;
        self.pop().discard();
        self.pop().discard();
        Ok(r)
    }

    /// Stores `r` where the STORE_FAST at `*ip`, skipped by a fused
    /// instruction, would have, and steps over it.
    #[inline(always)]
    fn store_skipped(&mut self, ops: &[Op], ip: &mut usize, base: usize, r: Value) -> PyResult<()> {
        let target = store_target(ops, *ip)?;
        *ip += 1;
        std::mem::replace(&mut self.stack[base + target], r).discard();
        Ok(())
    }

    /// `a op b` for the values at stack indexes `i` and `j`, read in place.
    #[inline(always)]
    fn binary_at(
        &mut self,
        kind: BinaryOperator,
        inplace: bool,
        i: usize,
        j: usize,
    ) -> PyResult<Value> {
        let (a, b) = (&self.stack[i], &self.stack[j]);
        if needs_vm(kind, a, b) {
            let (a, b) = (a.clone(), b.clone());
            self.binary_special(kind, inplace, &a, &b)
        } else {
            binary_value(kind, inplace, a, b)
        }
    }

    /// Local slot `i` of the frame at `base`, which must be bound.
    #[inline(always)]
    fn local(&self, code: &Code, base: usize, i: u16) -> PyResult<&Value> {
        match &self.stack[base + i as usize] {
            Value::Undef => Err(unbound_local(code, i as u32)),
            v => Ok(v),
        }
    }

    fn push_block(&mut self, target: u32, kind: BlockKind) {
        self.blocks.push(Block {
            handler: target,
            level: self.stack.len() as u32,
            kind,
        });
    }

    fn pop_kwnames(&mut self) -> Option<Arc<PyTuple>> {
        match self.pop() {
            Value::Tuple(t) => Some(t),
            _ => None,
        }
    }

    /// Pushes the items of `v` so that the first ends on top.
    fn unpack(&mut self, v: Value, n: usize) -> PyResult<()> {
        let v = match v {
            Value::Tuple(t) if t.items.len() == n => {
                // The commonest case, with no temporary vector: the items
                // move out of a tuple nobody else holds.
                match Arc::try_unwrap(t) {
                    Ok(mut t) => {
                        let items = std::mem::take(&mut t.items);
                        self.stack.extend(items.into_vec().into_iter().rev());
                    }
                    Err(t) => self.stack.extend(t.items.iter().rev().cloned()),
                }
                return Ok(());
            }
            v => v,
        };
        let items = match &v {
            Value::Tuple(t) => t.items.to_vec(),
            Value::List(l) => l.snapshot(),
            _ => {
                let cannot = |v: &Value| {
                    type_error(format!(
                        "cannot unpack non-iterable {} object",
                        type_name(v)
                    ))
                };
                // What an instance's `__iter__` raises is its own error.
                let it = match (has_class(&v), self.iterable(&v)) {
                    (true, true) => self.get_iter(&v)?,
                    (true, false) => return Err(cannot(&v)),
                    (false, _) => self.get_iter(&v).map_err(|_| cannot(&v))?,
                };
                let mut items = Vec::with_capacity(n);
                while let Some(x) = self.next_special(&it)? {
                    items.push(x);
                    if items.len() > n {
                        break;
                    }
                }
                items
            }
        };
        if items.len() < n {
            return Err(crate::vm::objects::exceptions::value_error(format!(
                "not enough values to unpack (expected {n}, got {})",
                items.len()
            )));
        }
        if items.len() > n {
            return Err(crate::vm::objects::exceptions::value_error(format!(
                "too many values to unpack (expected {n})"
            )));
        }
        self.stack.extend(items.into_iter().rev());
        Ok(())
    }

    /// UNPACK_EX: `before` items, a list of the middle, `after` items.
    fn unpack_ex(&mut self, v: Value, before: usize, after: usize) -> PyResult<()> {
        let items = match &v {
            Value::Tuple(t) => t.items.to_vec(),
            Value::List(l) => l.snapshot(),
            _ => {
                if has_class(&v) && !self.iterable(&v) {
                    return Err(type_error(format!(
                        "cannot unpack non-iterable {} object",
                        type_name(&v)
                    )));
                }
                let it = self.get_iter(&v).map_err(|_| {
                    type_error(format!(
                        "cannot unpack non-iterable {} object",
                        type_name(&v)
                    ))
                })?;
                let mut items = Vec::new();
                while let Some(x) = self.next_special(&it)? {
                    items.push(x);
                }
                items
            }
        };
        if items.len() < before + after {
            return Err(crate::vm::objects::exceptions::value_error(format!(
                "not enough values to unpack (expected at least {}, got {})",
                before + after,
                items.len()
            )));
        }
        let mut items = items;
        let tail = items.split_off(items.len() - after);
        let middle = items.split_off(before);
        // Pushed in reverse: the first target is stored first.
        self.stack.extend(tail.into_iter().rev());
        self.stack.push(Value::list(middle));
        self.stack.extend(items.into_iter().rev());
        Ok(())
    }

    /// The exception that `raise v` raises.
    fn make_exception(&mut self, v: Value) -> PyResult<PyErr> {
        match v {
            Value::Exception(e) => Ok(PyErr(e)),
            Value::Type(t) if t.is_exception() => {
                // A class is called: a user exception's `__init__` runs.
                match self.call_value(&Value::Type(t), Vec::new())? {
                    Value::Exception(e) => Ok(PyErr(e)),
                    _ => Ok(type_error(
                        "calling an exception class did not make an exception",
                    )),
                }
            }
            _ => Ok(type_error("exceptions must derive from BaseException")),
        }
    }
}

/// The operator of the BINARY_OP or INPLACE_OP at `ops[i]`, which a fused
/// instruction skipped, and whether it is in place.
#[inline(always)]
fn operator_at(ops: &[Op], i: usize) -> PyResult<(BinaryOperator, bool)> {
    match ops[i] {
        Op::BinaryOp(k) => Ok((k, false)),
        Op::InplaceOp(k) => Ok((k, true)),
        _ => Err(runtime_error(
            "a fused binary operation without its operator",
        )),
    }
}

/// The local a STORE_FAST at `i`, skipped by a fused instruction, stores
/// to.
#[inline(always)]
fn store_target(ops: &[Op], i: usize) -> PyResult<usize> {
    match ops[i] {
        Op::StoreFast(t) => Ok(t as usize),
        _ => Err(runtime_error("a fused store without its STORE_FAST")),
    }
}

/// `a op b` (or `a op= b`) on borrowed operands, two ints inline.
#[inline(always)]
fn binary_value(kind: BinaryOperator, inplace: bool, a: &Value, b: &Value) -> PyResult<Value> {
    match (a, b) {
        (&Value::Int(x), &Value::Int(y)) => match ops::int_op_fast(kind, x, y) {
            Some(r) => Ok(Value::Int(r)),
            None => int_op_slow(kind, inplace, x, y),
        },
        _ => binary_or_inplace(kind, inplace, a, b),
    }
}

/// Two ints that `int_op_fast` left alone (overflow, division by zero,
/// the rarer operators): out of the dispatch loop's way.
#[inline(never)]
fn int_op_slow(kind: BinaryOperator, inplace: bool, x: i64, y: i64) -> PyResult<Value> {
    ops::int_op(kind, x, y).map_err(|e| {
        if inplace {
            ops::inplace_error(e, kind, &Value::Int(x), &Value::Int(y))
        } else {
            e
        }
    })
}

/// `a op b` or `a op= b` when the operands are not two ints.
fn binary_or_inplace(kind: BinaryOperator, inplace: bool, a: &Value, b: &Value) -> PyResult<Value> {
    if !inplace {
        return ops::binary_op(kind, a, b);
    }
    match (a, kind, b) {
        // `d |= other` updates the dict in place.
        (Value::Dict(d), BinaryOperator::Or, Value::Dict(o)) => {
            for (k, v) in o.items() {
                d.set(k, v)?;
            }
            Ok(a.clone())
        }
        // `s |= t` and friends change a set in place.
        (Value::Set(_), _, Value::Set(_)) => match crate::vm::set_ops::inplace(kind, a, b) {
            Some(r) => r,
            None => ops::binary_op(kind, a, b).map_err(|e| ops::inplace_error(e, kind, a, b)),
        },
        (Value::List(l), BinaryOperator::Add, _) => {
            // `xs += iterable` extends the list in place.
            let items = crate::vm::objects::iter::collect(b)?;
            l.items.lock().extend(items);
            Ok(a.clone())
        }
        (
            Value::List(l),
            BinaryOperator::Mul,
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_),
        ) => {
            // `xs *= n` repeats the list in place.
            if let Value::List(repeated) = ops::repeat(a, b)? {
                let items = std::mem::take(&mut *repeated.items.lock());
                let old = std::mem::replace(&mut *l.items.lock(), items);
                drop(old);
            }
            Ok(a.clone())
        }
        _ => ops::binary_op(kind, a, b).map_err(|e| ops::inplace_error(e, kind, a, b)),
    }
}

/// Whether the exception `exc` is an instance of `typ` (a class or a tuple
/// of classes), for `except typ:`.
fn exception_matches(exc: &Value, typ: &Value) -> PyResult<bool> {
    let Value::Exception(e) = exc else {
        return Ok(false);
    };
    match typ {
        Value::Type(t) if t.is_exception() => Ok(e.typ.is_subtype(t)),
        Value::Tuple(ts) => {
            for t in ts.items.iter() {
                if exception_matches(exc, t)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(type_error(
            "catching classes that do not inherit from BaseException is not allowed",
        )),
    }
}

pub(crate) fn load_global(globals: &Globals, i: usize) -> PyResult<Value> {
    let v = globals.slots[i].lock().clone();
    if let Value::Undef = v {
        return match &globals.builtins[i] {
            Some(b) => Ok(b.clone()),
            None => Err(undefined_name(&globals.names[i])),
        };
    }
    Ok(v)
}

#[cold]
#[inline(never)]
fn undefined_name(name: &str) -> PyErr {
    name_error(format!("name '{name}' is not defined"))
}

#[cold]
#[inline(never)]
fn unbound_local(code: &CodeObject, slot: u32) -> PyErr {
    let name = code
        .varnames
        .get(slot as usize)
        .map(String::as_str)
        .unwrap_or("?");
    unbound_local_error(format!(
        "cannot access local variable '{name}' where it is not associated with a value"
    ))
}

/// An empty cell: a local read before assignment, or a free variable its
/// enclosing function has not bound (yet, or any more).
#[cold]
#[inline(never)]
fn unbound_deref(code: &CodeObject, slot: u32) -> PyErr {
    let name = code
        .varnames
        .get(slot as usize)
        .map(String::as_str)
        .unwrap_or("?");
    if slot as usize >= code.free_start {
        name_error(format!(
            "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
        ))
    } else {
        unbound_local_error(format!(
            "cannot access local variable '{name}' where it is not associated with a value"
        ))
    }
}

/// The entry `name` of a class body's namespace (the dict in its slot 0).
fn namespace_get(ns: &Value, name: &str) -> PyResult<Option<Value>> {
    match ns {
        Value::Dict(d) => d.get(&Value::str(name)),
        _ => Ok(None),
    }
}

/// Whether `container[key]` may run Python code: a user class's
/// `__getitem__`/`__setitem__`, or a class's `__class_getitem__`.
#[inline(always)]
fn needs_vm_subscript(container: &Value) -> bool {
    matches!(container, Value::Instance(_) | Value::Type(_))
}

/// Whether `item in container` may run Python code: a container that is
/// not built in (an instance, a `map`), or an item that is an instance or
/// holds values (instances inside compare with `__eq__`) searched for in a
/// sequence. A dict's keys compare without Python code, but an instance
/// key is found through its class's `__hash__` and `__eq__`.
#[inline(always)]
fn needs_vm_contains(container: &Value, item: &Value) -> bool {
    match container {
        // An instance key may have its own `__hash__` and `__eq__`.
        Value::Dict(_) => matches!(item, Value::Instance(_)),
        Value::Instance(_) | Value::Native(_) | Value::Generator(_) => true,
        Value::Type(t) => t.metaclass.get().is_some(),
        _ => !item.is_leaf(),
    }
}
