//! Calling conventions and attribute access.
//!
//! A call finds its callable and arguments on the value stack. A Python
//! function gets a new frame whose locals *are* those argument slots (no
//! copying, no allocation); a Rust function gets the arguments as a slice.
//! Rust code that needs to call back into Python (`sorted(key=f)`, a
//! thread's target) uses `call_value`, which runs a nested dispatch loop.

use std::sync::Arc;

use crate::vm::eval::{frame_func, Frame, FrameFunc};
use crate::vm::native::{Args, BoundMethod};
use crate::vm::objects::dict::PyDict;
use crate::vm::objects::exceptions::{attribute_error, recursion_error, type_error, PyResult};
use crate::vm::objects::types::{type_name, TypeKind};
use crate::vm::value::{Function, PyTuple, Value};
use crate::vm::Vm;

impl Vm {
    /// Calls `stack[func_slot]` with the arguments `stack[args_start..]`
    /// (the last `kwnames.len()` of them by keyword). Returns the result
    /// with the stack cut back to `func_slot`, or `None` when a Python
    /// frame was pushed and the dispatch loop must switch to it.
    pub(crate) fn call(
        &mut self,
        func_slot: usize,
        args_start: usize,
        kwnames: Option<Arc<PyTuple>>,
    ) -> PyResult<Option<Value>> {
        let mut args_start = args_start;
        if let Value::Method(m) = &self.stack[func_slot] {
            // A bound method: its function, with the receiver as the first
            // argument (into the empty receiver slot a LOAD_METHOD left,
            // or inserted).
            let (func, receiver) = (m.func.clone(), m.receiver.clone());
            self.stack[func_slot] = func;
            if args_start == func_slot + 2 {
                self.stack[func_slot + 1] = receiver;
            } else {
                self.stack.insert(func_slot + 1, receiver);
            }
            args_start = func_slot + 1;
        }
        let nargs = self.stack.len() - args_start;
        // `args_start == func_slot + 2`: a LOAD_METHOD that found a plain
        // function (`Base.method(self, ...)`) left its receiver slot empty.
        if kwnames.is_none() && self.push_exact_call_at(func_slot, args_start, nargs)? {
            return Ok(None);
        }
        if let Value::Function(f) = &self.stack[func_slot] {
            let f = f.clone();
            let npos = nargs - kwnames.as_ref().map_or(0, |k| k.items.len());
            self.bind_arguments(&f, args_start, npos, kwnames.as_deref())?;
            if f.code.is_generator {
                let nlocals = f.code.varnames.len();
                self.stack.resize(args_start + nlocals, Value::Undef);
                self.install_closure(&f, args_start);
                let g = self.make_generator(f, args_start);
                self.stack.truncate(func_slot);
                return Ok(Some(g));
            }
            let func = new_frame_func(&self.frames, &f);
            self.push_frame(func, f.code.varnames.len(), func_slot, args_start)?;
            self.install_closure(&f, args_start);
            return Ok(None);
        }
        // A Rust callable reads its arguments where they lie: the value
        // stack is lent to it, and the VM runs on a spare stack meanwhile,
        // since the callable may call back into Python (`sorted(key=f)`).
        // Frames pushed by such a call index the spare stack, and they are
        // all gone when it returns. Copying the arguments out instead cost
        // 5-10% of a method-heavy loop.
        let callee = std::mem::replace(&mut self.stack[func_slot], Value::Undef);
        let names: &[Value] = match &kwnames {
            Some(t) => &t.items,
            None => &[],
        };
        let r = self.call_native_in_place(&callee, args_start..self.stack.len(), names);
        self.stack.truncate(func_slot);
        r.map(Some)
    }

    /// **The common call, inlined into the dispatch loop.** When
    /// `stack[func_slot]` is a Python function and the `nargs` values above
    /// it are exactly its parameters, pushes its frame and returns true;
    /// otherwise does nothing and returns false, leaving the call to `call`.
    /// (Through `call`, a recursive call paid for its generality: the
    /// keyword tuple, the result's `Option`, a second lookup of the code.)
    #[inline(always)]
    pub(crate) fn push_exact_call(&mut self, func_slot: usize, nargs: usize) -> PyResult<bool> {
        self.push_exact_call_at(func_slot, func_slot + 1, nargs)
    }

    /// `push_exact_call` with the arguments from `args_start` (the slots
    /// between the function and them are dropped with the frame).
    #[inline(always)]
    fn push_exact_call_at(
        &mut self,
        func_slot: usize,
        args_start: usize,
        nargs: usize,
    ) -> PyResult<bool> {
        let Value::Function(f) = &self.stack[func_slot] else {
            return Ok(false);
        };
        if nargs != f.code.exact_arity {
            return Ok(false);
        }
        let nlocals = f.code.varnames.len();
        let has_closure = !f.closure.is_empty();
        match shared_owner(&self.frames, f) {
            Some(owner) => {
                self.push_frame((None, owner), nlocals, func_slot, args_start)?;
                if has_closure {
                    self.install_closure_of(func_slot, args_start);
                }
                self.return_lent_global(func_slot);
            }
            None => {
                let func = self.take_callee(func_slot);
                self.push_frame(
                    (Some(func), self.frames.len()),
                    nlocals,
                    func_slot,
                    args_start,
                )?;
                if has_closure {
                    let f = self.frames.last().and_then(|f| f.func.as_ref());
                    if let Some(f) = f {
                        install_closure_into(&mut self.stack, f, args_start);
                    }
                }
            }
        }
        Ok(true)
    }

    /// The function at `func_slot`, for the frame about to run it: moved
    /// out of its slot (which the return cuts anyway), so the call costs
    /// no reference count on it; cloned only when the slot's reference
    /// goes back to the global cache it was lent from (`LentGlobal`).
    #[inline(always)]
    fn take_callee(&mut self, func_slot: usize) -> Arc<Function> {
        let Value::Function(f) = std::mem::replace(&mut self.stack[func_slot], Value::Undef) else {
            unreachable!("take_callee is called on a function's slot")
        };
        if let Some(slot) = self.claim_lent_entry(Arc::as_ptr(&f) as usize, Some(func_slot)) {
            let mine = f.clone();
            std::mem::replace(&mut self.global_cache.entries[slot].1, Value::Function(f)).discard();
            return mine;
        }
        f
    }

    /// Puts the closure cells of the function at `func_slot` into the
    /// free-variable slots of the frame just pushed for it.
    #[cold]
    fn install_closure_of(&mut self, func_slot: usize, base: usize) {
        if let Value::Function(f) = &self.stack[func_slot] {
            let f = f.clone();
            self.install_closure(&f, base);
        }
    }

    fn install_closure(&mut self, f: &Function, base: usize) {
        install_closure_into(&mut self.stack, f, base);
    }

    /// Calls a Rust callable with the arguments `stack[args]`, lending it
    /// the value stack (see `call`). Inlined so that the caller matches on
    /// the result where the callable wrote it: passed on through another
    /// return slot, it was copied through a store-forwarding stall.
    #[inline(always)]
    pub(crate) fn call_native_in_place(
        &mut self,
        callee: &Value,
        args: std::ops::Range<usize>,
        kwnames: &[Value],
    ) -> PyResult<Value> {
        let spare = std::mem::take(&mut self.spare_stack);
        let mut stack = std::mem::replace(&mut self.stack, spare);
        let r = self.call_native(callee, &stack[args], kwnames);
        std::mem::swap(&mut self.stack, &mut stack);
        stack.clear();
        self.spare_stack = stack;
        r
    }

    /// Calls a callable that is not a Python function, with the arguments
    /// in `args`. A Python function found inside (a bound method of one,
    /// later) is run to completion by a nested loop.
    fn call_native(
        &mut self,
        callee: &Value,
        args: &[Value],
        kwnames: &[Value],
    ) -> PyResult<Value> {
        match callee {
            Value::Builtin(b) => (b.func)(
                self,
                &Args {
                    values: args,
                    kwnames,
                },
            ),
            Value::BoundMethod(m) => {
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(m.receiver.clone());
                all.extend_from_slice(args);
                (m.func.func)(
                    self,
                    &Args {
                        values: &all,
                        kwnames,
                    },
                )
            }
            Value::Type(t) => crate::stdlib::builtins::call_type(
                self,
                t,
                Args {
                    values: args,
                    kwnames,
                },
            ),
            Value::Function(_) | Value::Method(_) => {
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(callee.clone());
                all.extend_from_slice(args);
                self.call_with_stack(all, kwnames)
            }
            Value::Instance(inst) => match inst.class.lookup("__call__") {
                Some(f) => {
                    let mut all = Vec::with_capacity(args.len() + 2);
                    all.push(f);
                    all.push(callee.clone());
                    all.extend_from_slice(args);
                    self.call_with_stack(all, kwnames)
                }
                None => Err(type_error(format!(
                    "'{}' object is not callable",
                    inst.class.name
                ))),
            },
            Value::Native(n) => {
                let args = Args {
                    values: args,
                    kwnames,
                };
                n.call(self, &args).unwrap_or_else(|| {
                    Err(type_error(format!(
                        "'{}' object is not callable",
                        type_name(callee)
                    )))
                })
            }
            _ => Err(type_error(format!(
                "'{}' object is not callable",
                type_name(callee)
            ))),
        }
    }

    /// Calls any callable from Rust and waits for the result.
    pub fn call_value(&mut self, callee: &Value, mut args: Vec<Value>) -> PyResult<Value> {
        match callee {
            Value::Function(_) | Value::Method(_) => {
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(callee.clone());
                all.append(&mut args);
                self.call_with_stack(all, &[])
            }
            _ => self.call_native(callee, &args, &[]),
        }
    }

    /// Calls a callable with keyword arguments from Rust.
    pub fn call_value_kw(
        &mut self,
        callee: &Value,
        mut args: Vec<Value>,
        kwnames: &[Value],
    ) -> PyResult<Value> {
        match callee {
            Value::Function(_) | Value::Method(_) => {
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(callee.clone());
                all.append(&mut args);
                self.call_with_stack(all, kwnames)
            }
            _ => self.call_native(callee, &args, kwnames),
        }
    }

    /// Pushes `[callee, args...]`, calls, and runs a nested dispatch loop
    /// if a frame was pushed.
    fn call_with_stack(&mut self, values: Vec<Value>, kwnames: &[Value]) -> PyResult<Value> {
        self.nested_run(|vm| vm.call_with_stack_inner(values, kwnames))
    }

    /// Runs `f`, which starts a nested dispatch loop. Python frames live on
    /// the heap, but each builtin that calls back into Python (`min(xs,
    /// key=f)` inside `f`) and each generator resumption nests a dispatch
    /// loop on the Rust stack. The recursion limit alone cannot bound that
    /// when a script raises it, so refuse before the thread's stack runs
    /// out.
    pub(crate) fn nested_run<T>(&mut self, f: impl FnOnce(&mut Vm) -> PyResult<T>) -> PyResult<T> {
        self.check_native_stack()?;
        f(self)
    }

    /// Refuses to go deeper when this thread's Rust stack is nearly used
    /// up: a `RecursionError`, as CPython 3.12 raises for C recursion,
    /// instead of a crash. Besides nested dispatch loops, iterators that
    /// wrap iterators (`filter(None, filter(None, ...))` 300,000 deep)
    /// recurse once per layer.
    #[inline]
    pub(crate) fn check_native_stack(&self) -> PyResult<()> {
        if self.stack_base.abs_diff(stack_position()) > self.stack_budget {
            return Err(recursion_error("maximum recursion depth exceeded"));
        }
        Ok(())
    }

    fn call_with_stack_inner(&mut self, values: Vec<Value>, kwnames: &[Value]) -> PyResult<Value> {
        let func_slot = self.stack.len();
        self.stack.extend(values);
        let names = if kwnames.is_empty() {
            None
        } else {
            Some(Arc::new(PyTuple::new(kwnames.to_vec())))
        };
        match self.call(func_slot, func_slot + 1, names) {
            Ok(Some(v)) => Ok(v),
            Ok(None) => {
                self.frames.last_mut().expect("pushed").exit |= crate::vm::eval::EXIT_ENTRY;
                self.run()
            }
            Err(e) => {
                self.stack.truncate(func_slot);
                Err(e)
            }
        }
    }

    /// Binds arguments to a Python function's parameters and pushes its
    /// frame. The arguments already sit where the locals go.
    #[inline(always)]
    fn push_frame(
        &mut self,
        func: (Option<FrameFunc>, usize),
        nlocals: usize,
        func_slot: usize,
        args_start: usize,
    ) -> PyResult<()> {
        if self.frames.len() >= self.recursion_limit() {
            return Err(recursion_error("maximum recursion depth exceeded"));
        }
        let (func, owner) = func;
        if self.stack.len() < args_start + nlocals {
            self.stack.resize(args_start + nlocals, Value::Undef);
        }
        // A blank frame, then its fields: a `Frame` built whole goes through
        // a stack temporary whose one-byte `entry` is read back inside an
        // eight-byte load, stalling store forwarding on every call.
        let (block_base, exc_base) = (self.blocks.len(), self.exc_info.len());
        self.frames.push(Frame::BLANK);
        let top = self.frames.len() - 1;
        let f = &mut self.frames[top];
        // The blank frame's `func` is `None`: nothing to drop.
        std::mem::forget(std::mem::replace(&mut f.func, func));
        f.owner = owner;
        f.base = args_start;
        f.ret_base = func_slot;
        f.block_base = block_base;
        f.exc_base = exc_base;
        Ok(())
    }

    /// The slow path of argument binding: keywords, defaults, `*args`,
    /// `**kwargs`, keyword-only parameters, and CPython's messages for
    /// every mismatch. On entry the positional arguments sit where the
    /// first locals go, followed by the keyword values; on return every
    /// parameter slot holds its value.
    fn bind_arguments(
        &mut self,
        f: &Function,
        args_start: usize,
        npos: usize,
        kwnames: Option<&PyTuple>,
    ) -> PyResult<()> {
        let code = &f.code;
        let name = &code.qualname;
        let argc = code.argcount;
        let kwonly = code.kwonlyargcount;
        let ndefaults = f.defaults.len();
        let kw_values = self.stack.split_off(args_start + npos);
        let extra = if npos > argc {
            self.stack.split_off(args_start + argc)
        } else {
            Vec::new()
        };
        let nparams = argc + kwonly + code.varargs as usize + code.varkeywords as usize;
        self.stack.resize(args_start + nparams, Value::Undef);
        let kwargs = code.varkeywords.then(PyDict::new);
        let mut posonly_as_keyword = Vec::new();
        if let Some(names) = kwnames {
            for (kname, value) in names.items.iter().zip(kw_values) {
                let kname = kname.as_str().unwrap_or_default();
                let slot = code.varnames[code.posonlyargcount..argc + kwonly]
                    .iter()
                    .position(|p| p == kname)
                    .map(|i| i + code.posonlyargcount);
                match (slot, &kwargs) {
                    (Some(i), _) => {
                        let slot = &mut self.stack[args_start + i];
                        if !matches!(slot, Value::Undef) {
                            return Err(type_error(format!(
                                "{name}() got multiple values for argument '{kname}'"
                            )));
                        }
                        *slot = value;
                    }
                    (None, Some(d)) => d.set(Value::str(kname), value)?,
                    (None, None)
                        if code.varnames[..code.posonlyargcount]
                            .iter()
                            .any(|p| p == kname) =>
                    {
                        posonly_as_keyword.push(kname.to_string());
                    }
                    (None, None) => {
                        return Err(type_error(format!(
                            "{name}() got an unexpected keyword argument '{kname}'"
                        )))
                    }
                }
            }
        }
        if !posonly_as_keyword.is_empty() {
            return Err(type_error(format!(
                "{name}() got some positional-only arguments passed as keyword arguments: '{}'",
                posonly_as_keyword.join(", ")
            )));
        }
        // CPython reports bad keywords before surplus positionals.
        if npos > argc && !code.varargs {
            let takes = if ndefaults > 0 {
                format!("from {} to {}", argc - ndefaults, argc)
            } else {
                argc.to_string()
            };
            let plural = if argc == 1 && ndefaults == 0 { "" } else { "s" };
            let kw_given = (argc..argc + kwonly)
                .filter(|&i| !matches!(self.stack[args_start + i], Value::Undef))
                .count();
            let given = match (kw_given, npos) {
                (0, 1) => "1 was".to_string(),
                (0, n) => format!("{n} were"),
                (k, n) => format!(
                    "{n} positional argument{} (and {k} keyword-only argument{}) were",
                    if n == 1 { "" } else { "s" },
                    if k == 1 { "" } else { "s" }
                ),
            };
            return Err(type_error(format!(
                "{name}() takes {takes} positional argument{plural} but {given} given"
            )));
        }
        let mut missing = Vec::new();
        for i in 0..argc {
            if let Value::Undef = self.stack[args_start + i] {
                if i + ndefaults >= argc {
                    self.stack[args_start + i] = f.defaults[i + ndefaults - argc].clone();
                } else {
                    missing.push(format!("'{}'", code.varnames[i]));
                }
            }
        }
        if !missing.is_empty() {
            return Err(missing_error(name, "positional", &missing));
        }
        for i in argc..argc + kwonly {
            if let Value::Undef = self.stack[args_start + i] {
                let pname = &code.varnames[i];
                match f.kwdefaults.iter().find(|(k, _)| **k == **pname) {
                    Some((_, v)) => self.stack[args_start + i] = v.clone(),
                    None => missing.push(format!("'{pname}'")),
                }
            }
        }
        if !missing.is_empty() {
            return Err(missing_error(name, "keyword-only", &missing));
        }
        let mut next = argc + kwonly;
        if code.varargs {
            self.stack[args_start + next] = Value::tuple(extra);
            next += 1;
        }
        if let Some(d) = kwargs {
            self.stack[args_start + next] = Value::Dict(Arc::new(d));
        }
        Ok(())
    }

    /// `obj.name`.
    pub fn get_attr(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        match obj {
            Value::Instance(inst) => self.instance_getattr(obj, inst, name),
            Value::Module(m) => m.get(name).ok_or_else(|| {
                attribute_error(format!("module '{}' has no attribute '{}'", m.name, name))
            }),
            Value::Exception(e) => self.exception_getattr(obj, e, name),
            Value::Type(t) => self.type_getattr(t, name),
            Value::Function(f) => match name {
                "__name__" => Ok(Value::str(&*f.name())),
                "__qualname__" | "__module__" | "__doc__" => Ok(f.dunder(name)),
                "__defaults__" if !f.defaults.is_empty() => Ok(Value::tuple(f.defaults.to_vec())),
                "__defaults__" => Ok(Value::None),
                "__kwdefaults__" if f.kwdefaults.is_empty() => Ok(Value::None),
                "__kwdefaults__" => {
                    let d = PyDict::new();
                    for (k, v) in f.kwdefaults.iter() {
                        d.set(Value::str(&**k), v.clone())?;
                    }
                    Ok(Value::Dict(Arc::new(d)))
                }
                "__annotations__" => {
                    // Made empty on first use, as CPython does.
                    let mut attrs = f.attrs.lock();
                    let d = attrs
                        .entry(Arc::from(name))
                        .or_insert_with(|| Value::Dict(Arc::new(PyDict::new())));
                    Ok(d.clone())
                }
                "__dict__" => {
                    let d = PyDict::new();
                    for (k, v) in f.attrs.lock().iter() {
                        if !Function::is_dunder_attr(k) {
                            d.set(Value::str(&**k), v.clone())?;
                        }
                    }
                    Ok(Value::Dict(Arc::new(d)))
                }
                _ => f
                    .attrs
                    .lock()
                    .get(name)
                    .cloned()
                    .ok_or_else(|| no_attribute(obj, name)),
            },
            Value::Method(m) => match name {
                "__self__" => Ok(m.receiver.clone()),
                "__func__" => Ok(m.func.clone()),
                _ => self.get_attr(&m.func.clone(), name),
            },
            Value::Builtin(b) if name == "__name__" => Ok(Value::str(b.name)),
            Value::Native(n) => {
                let sup = n
                    .as_any()
                    .downcast_ref::<crate::stdlib::object_builtins::Super>();
                if let Some(r) = sup.and_then(|s| s.get_property(self, name)) {
                    return r;
                }
                if let Some(v) = n.attribute_for(self, name)? {
                    return Ok(v);
                }
                if let Some(func) = n.method(name) {
                    return Ok(Value::BoundMethod(Arc::new(BoundMethod {
                        receiver: obj.clone(),
                        func,
                    })));
                }
                Err(no_attribute(obj, name))
            }
            Value::Generator(g) if crate::vm::generators::attribute(g, name).is_some() => {
                Ok(crate::vm::generators::attribute(g, name).unwrap_or(Value::None))
            }
            _ => match crate::stdlib::methods::lookup(obj, name) {
                Some(func) => Ok(Value::BoundMethod(Arc::new(BoundMethod {
                    receiver: obj.clone(),
                    func,
                }))),
                None if name == "__class__" => {
                    Ok(Value::Type(crate::vm::objects::types::type_of(obj)))
                }
                None => number_attribute(obj, name).ok_or_else(|| no_attribute(obj, name)),
            },
        }
    }

    /// `obj.name = value`.
    pub fn set_attr(&mut self, obj: &Value, name: &str, value: Value) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => self.instance_setattr(obj, inst, name, value),
            Value::Exception(e) => self.exception_setattr(obj, e, name, value),
            Value::Type(t) => self.type_setattr(t, name, Some(value)),
            Value::Function(f) => {
                if name == "__name__" {
                    let Some(s) = value.as_str() else {
                        return Err(type_error("__name__ must be set to a string object"));
                    };
                    *f.name.lock() = Arc::from(s);
                } else if name == "__qualname__" && value.as_str().is_none() {
                    return Err(type_error("__qualname__ must be set to a string object"));
                } else {
                    drop(f.attrs.lock().insert(Arc::from(name), value));
                }
                Ok(())
            }
            Value::Module(m) => {
                // `print()` and tracebacks write to the real streams, so
                // redirecting them would silently mean something else.
                if m.name == "sys" && matches!(name, "stdout" | "stderr") {
                    return Err(type_error(format!(
                        "assigning sys.{name} is not supported by gilvm; pass file= to print instead"
                    )));
                }
                m.set(name, value);
                Ok(())
            }
            Value::Native(n) => n.set_attribute(self, name, value),
            _ => {
                if crate::stdlib::methods::lookup(obj, name).is_some() {
                    Err(attribute_error(format!(
                        "'{}' object attribute '{}' is read-only",
                        type_name(obj),
                        name
                    )))
                } else {
                    Err(attribute_error(format!(
                        "'{}' object has no attribute '{}'",
                        type_name(obj),
                        name
                    )))
                }
            }
        }
    }

    /// `del obj.name`.
    pub fn del_attr(&mut self, obj: &Value, name: &str) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => self.instance_delattr(obj, inst, name),
            Value::Type(t) => self.type_setattr(t, name, None),
            Value::Function(f) => match f.attrs.lock().shift_remove(name) {
                Some(_) => Ok(()),
                None => Err(no_attribute(obj, name)),
            },
            Value::Exception(e) => match e.attrs.lock().shift_remove(name) {
                Some(_) => Ok(()),
                None => Err(no_attribute(obj, name)),
            },
            Value::Native(n) => n.delete_attribute(self, name),
            _ => Err(attribute_error(format!(
                "'{}' object attribute '{}' is read-only",
                type_name(obj),
                name
            ))),
        }
    }

    /// The pair LOAD_METHOD pushes: a method and its receiver, or an
    /// attribute and `Undef` when the attribute is not a method.
    pub(crate) fn load_method(&mut self, obj: Value, name: &str) -> PyResult<(Value, Value)> {
        let method = match &obj {
            Value::Instance(_) => return self.instance_method(obj, name),
            Value::Module(_) | Value::Type(_) | Value::Function(_) | Value::Exception(_) => None,
            Value::Native(n) => {
                // `super().m(...)`: the function and the receiver, with no
                // bound method made and unmade between them.
                let sup = n
                    .as_any()
                    .downcast_ref::<crate::stdlib::object_builtins::Super>();
                if let Some(pair) = sup.and_then(|s| s.method_with_receiver(name)) {
                    return Ok(pair);
                }
                n.method(name)
            }
            _ => crate::stdlib::methods::lookup(&obj, name),
        };
        match method {
            Some(m) => Ok((Value::Builtin(m), obj)),
            None => Ok((self.get_attr(&obj, name)?, Value::Undef)),
        }
    }

    /// BEFORE_WITH: `(mgr.__exit__, mgr.__enter__())`.
    pub(crate) fn enter_context(&mut self, mgr: &Value) -> PyResult<(Value, Value)> {
        let enter = self.get_attr(mgr, "__enter__");
        let exit = self.get_attr(mgr, "__exit__");
        match (enter, exit) {
            (Ok(enter), Ok(exit)) => {
                let entered = self.call_value(&enter, Vec::new())?;
                Ok((exit, entered))
            }
            _ => Err(type_error(format!(
                "'{}' object does not support the context manager protocol",
                type_name(mgr)
            ))),
        }
    }
}

fn no_attribute(obj: &Value, name: &str) -> crate::vm::objects::exceptions::PyErr {
    match obj {
        Value::Function(_) => {
            attribute_error(format!("'function' object has no attribute '{name}'"))
        }
        Value::Type(t) if t.kind != TypeKind::Object => attribute_error(format!(
            "type object '{}' has no attribute '{}'",
            t.name, name
        )),
        _ => attribute_error(format!(
            "'{}' object has no attribute '{}'",
            type_name(obj),
            name
        )),
    }
}

/// `f() missing 2 required positional arguments: 'a' and 'b'`.
fn missing_error(
    fname: &str,
    kind: &str,
    missing: &[String],
) -> crate::vm::objects::exceptions::PyErr {
    let n = missing.len();
    let list = match n {
        1 => missing[0].clone(),
        2 => format!("{} and {}", missing[0], missing[1]),
        _ => format!("{}, and {}", missing[..n - 1].join(", "), missing[n - 1]),
    };
    type_error(format!(
        "{fname}() missing {n} required {kind} argument{}: {list}",
        if n == 1 { "" } else { "s" }
    ))
}

thread_local! {
    /// This thread's stack base and budget, as its VM has them, for code
    /// that runs without the VM (`check_thread_stack`).
    static THREAD_STACK: std::cell::Cell<(usize, usize)> =
        const { std::cell::Cell::new((0, usize::MAX)) };
}

/// Records the calling thread's stack base and budget (`Vm::new`).
pub(crate) fn set_thread_stack(base: usize, budget: usize) {
    let _ = THREAD_STACK.try_with(|s| s.set((base, budget)));
}

/// `Vm::check_native_stack` for code without a VM at hand (iterators that
/// wrap plain iterators).
pub(crate) fn check_thread_stack() -> PyResult<()> {
    let (base, budget) = THREAD_STACK
        .try_with(|s| s.get())
        .unwrap_or((0, usize::MAX));
    if base != 0 && base.abs_diff(stack_position()) > budget {
        return Err(recursion_error("maximum recursion depth exceeded"));
    }
    Ok(())
}

/// The address of a local: how deep the current thread's Rust stack is.
#[inline(always)]
pub(crate) fn stack_position() -> usize {
    let marker = 0u8;
    std::hint::black_box(std::ptr::addr_of!(marker)) as usize
}

/// Puts the closure cells of `f` into the free-variable slots of its frame
/// at `base` in `stack`.
fn install_closure_into(stack: &mut [Value], f: &Function, base: usize) {
    let start = base + f.code.free_start;
    for (k, cell) in f.closure.iter().enumerate() {
        if let Some(slot) = stack.get_mut(start + k) {
            *slot = Value::Cell(cell.clone());
        }
    }
}

/// The frame whose code and globals a new frame running `f` can share
/// (see `Frame::func`), if the running code is `f`'s.
#[inline(always)]
fn shared_owner(frames: &[Frame], f: &Function) -> Option<usize> {
    let top = frames.len().checked_sub(1)?;
    let owner = if frames[top].func.is_some() {
        top
    } else {
        frames[top].owner
    };
    let running = frame_func(frames, owner);
    (Arc::ptr_eq(&running.code, &f.code) && Arc::ptr_eq(&running.globals, &f.globals))
        .then_some(owner)
}

/// The `func` and `owner` of a new frame running `f` above `frames`:
/// shared with the caller's owner when the code and globals are the same.
#[inline(always)]
fn new_frame_func(frames: &[Frame], f: &Arc<Function>) -> (Option<FrameFunc>, usize) {
    match shared_owner(frames, f) {
        Some(owner) => (None, owner),
        None => (Some(f.clone()), frames.len()),
    }
}

/// The data attributes of numbers (`(5).real`, `x.imag`), which code
/// generic over numbers reads.
fn number_attribute(obj: &Value, name: &str) -> Option<Value> {
    let int = match obj {
        Value::Int(i) => *i,
        Value::Bool(b) => b.get() as i64,
        Value::BigInt(_) => {
            return match name {
                "real" | "numerator" => Some(obj.clone()),
                "imag" => Some(Value::Int(0)),
                "denominator" => Some(Value::Int(1)),
                _ => None,
            }
        }
        Value::Float(f) => {
            return match name {
                "real" => Some(Value::float(f.get())),
                "imag" => Some(Value::float(0.0)),
                _ => None,
            }
        }
        _ => return None,
    };
    match name {
        "real" | "numerator" => Some(Value::Int(int)),
        "imag" => Some(Value::Int(0)),
        "denominator" => Some(Value::Int(1)),
        _ => None,
    }
}
