//! Functions, classes and instances at run time: making functions and
//! classes, attribute access on instances and classes (through the MRO),
//! constructing instances, spreading `*args`/`**kwargs` into a call, and
//! exception chaining (`raise ... from`, `__context__`).

use std::sync::Arc;

use crate::stdlib::modules::local::{is_local_class, local_of, LocalObject};
use crate::vm::native::NativeObject;
use crate::vm::native::{Args, BoundMethod};
use crate::vm::objects::descriptors::{ClassMethod, Property, StaticMethod};
use crate::vm::objects::dict::PyDict;
use crate::vm::objects::exceptions::{
    attribute_error, runtime_error, type_error, PyErr, PyException, PyResult,
};
use crate::vm::objects::instance::{check_init_result, Attrs, PyInstance};
use crate::vm::objects::list::ObjectLock;
use crate::vm::objects::types::{
    note_method_shadowed, type_name, ClassDict, TypeKind, TypeObject, CLASS_THREAD_LOCAL, TYPES,
};
use crate::vm::value::{Function, Globals, PyMethod, PyTuple, Value};
use crate::vm::Vm;

impl Vm {
    /// MAKE_FUNCTION: pops the code and, by flag, the closure, keyword-only
    /// defaults and defaults (see the opcode table).
    pub(crate) fn make_function(&mut self, flags: u32, globals: &Arc<Globals>) -> PyResult<Value> {
        let code = self.pop();
        let closure_value = if flags & 4 != 0 {
            Some(self.pop())
        } else {
            None
        };
        let annotations = if flags & 8 != 0 {
            Some(self.pop())
        } else {
            None
        };
        let closure = if let Some(closure) = closure_value {
            match closure {
                Value::Tuple(t) => t
                    .items
                    .iter()
                    .filter_map(|c| match c {
                        Value::Cell(c) => Some(c.clone()),
                        _ => None,
                    })
                    .collect(),
                _ => Box::default(),
            }
        } else {
            Box::default()
        };
        let kwdefaults = if flags & 2 != 0 {
            match self.pop() {
                Value::Dict(d) => d
                    .items()
                    .into_iter()
                    .map(|(k, v)| (Arc::from(k.as_str().unwrap_or_default()), v))
                    .collect(),
                _ => Box::default(),
            }
        } else {
            Box::default()
        };
        let defaults = if flags & 1 != 0 {
            match self.pop() {
                Value::Tuple(t) => t.items.to_vec().into_boxed_slice(),
                _ => Box::default(),
            }
        } else {
            Box::default()
        };
        let Value::Code(code) = code else {
            return Err(crate::vm::objects::exceptions::runtime_error(
                "MAKE_FUNCTION without a code object",
            ));
        };
        let name = Arc::from(code.name.as_str());
        let mut attrs = Attrs::default();
        if let Some(a) = annotations {
            attrs.insert(Arc::from("__annotations__"), a);
        }
        Ok(Value::Function(Arc::new(Function {
            code,
            defaults,
            kwdefaults,
            closure,
            globals: globals.clone(),
            name: ObjectLock::new(name),
            attrs: ObjectLock::new(attrs),
        })))
    }

    /// BUILD_CLASS_KW: a class statement with keywords. `metaclass=M`
    /// chooses the metaclass (a user class derived from `type`); the other
    /// keywords go to the base's `__init_subclass__`.
    pub(crate) fn build_class_with(
        &mut self,
        parts: Vec<Value>,
        globals: &Globals,
        keywords: Value,
    ) -> PyResult<Value> {
        let mut meta = None;
        let mut rest = Vec::new();
        if let Value::Dict(d) = &keywords {
            for (k, v) in d.items() {
                match k.as_str() {
                    Some("metaclass") => meta = Some(v),
                    Some(name) => rest.push((Value::str(name), v)),
                    None => {}
                }
            }
        }
        let meta = match meta {
            None => None,
            Some(Value::Type(m)) if Arc::ptr_eq(&m, &TYPES.type_) => None,
            Some(Value::Type(m)) if m.is_subtype(&TYPES.type_) => Some(m),
            Some(other) => {
                return Err(type_error(format!(
                    "gilvm supports as metaclass only a class derived from type, not {}",
                    crate::vm::repr::repr_with(self, &other)?
                )))
            }
        };
        self.class_keywords = rest;
        self.class_metaclass = meta;
        let r = self.build_class(parts, globals);
        self.class_keywords.clear();
        self.class_metaclass = None;
        r
    }

    /// BUILD_CLASS: `[name, bases, namespace, body result]` to a class.
    pub(crate) fn build_class(&mut self, parts: Vec<Value>, globals: &Globals) -> PyResult<Value> {
        let [name, bases, ns, body_result]: [Value; 4] = parts
            .try_into()
            .map_err(|_| type_error("BUILD_CLASS needs four values"))?;
        let name = name.as_str().unwrap_or("?").to_string();
        // This statement's metaclass and keywords, taken before any user
        // code (`__mro_entries__`) can make another class.
        let class_metaclass = self.class_metaclass.take();
        let class_keywords = std::mem::take(&mut self.class_keywords);
        let orig_bases = bases.clone();
        let bases = self.resolve_bases(&bases)?;
        let base = match &bases {
            Value::Tuple(t) => match &t.items[..] {
                [] => TYPES.object.clone(),
                [Value::Type(b)] => acceptable_base(b)?.clone(),
                [other] => {
                    return Err(type_error(format!(
                        "bases must be types, not {}",
                        type_name(other)
                    )))
                }
                _ => {
                    return Err(type_error(
                        "multiple inheritance is not supported by gilvm yet",
                    ))
                }
            },
            _ => TYPES.object.clone(),
        };
        let mut dict = ClassDict::default();
        if let Value::Dict(d) = &ns {
            for (k, v) in d.items() {
                if let Some(k) = k.as_str() {
                    dict.insert(Arc::from(k), v);
                }
            }
        }
        // Hooks that would change what every attribute access or every
        // construction means: a clear refusal, never another meaning.
        for hook in ["__getattribute__"] {
            if dict.contains_key(hook) {
                return Err(type_error(format!(
                    "a class defining {hook} is not supported by gilvm yet"
                )));
            }
        }
        if !orig_bases.is(&bases) {
            dict.insert(Arc::from("__orig_bases__"), orig_bases);
        }
        // A class that defines `__eq__` but not `__hash__` is unhashable.
        if dict.contains_key("__eq__") && !dict.contains_key("__hash__") {
            dict.insert(Arc::from("__hash__"), Value::None);
        }
        if !dict.contains_key("__module__") {
            let module = globals
                .slot_of("__name__")
                .and_then(|i| globals.slots[i].lock().as_str().map(str::to_string))
                .unwrap_or_else(|| "__main__".to_string());
            dict.insert(Arc::from("__module__"), Value::str(module));
        }
        let qualname = match dict.shift_remove("__qualname__") {
            Some(q) => Some(q.as_str().map(str::to_string).ok_or_else(|| {
                type_error(format!(
                    "type __qualname__ must be a str, not {}",
                    type_name(&q)
                ))
            })?),
            None => None,
        };
        let class = TypeObject::class(&name, qualname, &base, dict);
        // The metaclass: the one the statement names, else the base's.
        let meta = class_metaclass.or_else(|| base.metaclass.get().cloned());
        // What gilvm does not run is refused, never skipped.
        if let Some(m) = &meta {
            for hook in ["__new__", "__prepare__"] {
                if user_hook(m, hook).is_some() {
                    return Err(type_error(format!(
                        "a metaclass defining {hook} is not supported by gilvm yet"
                    )));
                }
            }
        }
        if let Some(m) = &meta {
            let _ = class.metaclass.set(m.clone());
        }
        if let Value::Cell(cell) = &body_result {
            cell.set(Value::Type(class.clone())).discard();
        }
        self.finish_class(&class, class_keywords)?;
        // A metaclass's `__init__(cls, name, bases, namespace)` runs last.
        if let Some(init) = class.meta_hook("__init__") {
            let args = vec![
                Value::Type(class.clone()),
                Value::str(&name),
                bases.clone(),
                ns.clone(),
            ];
            self.call_value(&init, args)?;
        }
        Ok(Value::Type(class))
    }

    /// The bases a class statement lists, with each base that is not a
    /// class replaced by what its `__mro_entries__` gives (PEP 560:
    /// `class Stack(Generic[T])`). A typing marker class (`Generic`,
    /// `Protocol`) beside another base is left out: gilvm has single
    /// inheritance, and the marker adds no behaviour of its own.
    fn resolve_bases(&mut self, bases: &Value) -> PyResult<Value> {
        let Value::Tuple(t) = bases else {
            return Ok(bases.clone());
        };
        if t.items.iter().all(|b| matches!(b, Value::Type(_))) {
            return Ok(bases.clone());
        }
        let mut out = Vec::new();
        for b in t.items.iter() {
            match b {
                Value::Type(_) => out.push(b.clone()),
                other => match self.get_attr(other, "__mro_entries__") {
                    Ok(f) => {
                        let entries = self.call_value(&f, vec![bases.clone()])?;
                        out.extend(crate::vm::objects::iter::collect(&entries)?);
                    }
                    Err(_) => out.push(other.clone()),
                },
            }
        }
        if out.len() > 1 {
            let is_marker = |v: &Value| {
                matches!(v, Value::Type(t) if t.is_class
                    && matches!(t.name.as_str(), "Generic" | "Protocol")
                    && t.module_name().as_deref() == Some("typing"))
            };
            if out.iter().any(|v| !is_marker(v)) {
                out.retain(|v| !is_marker(v));
            } else {
                out.truncate(1);
            }
        }
        Ok(Value::tuple(out))
    }

    /// The module globals of the running frame (what a class made by
    /// `type(name, bases, ns)` takes its `__module__` from).
    pub(crate) fn current_globals(&self) -> Arc<Globals> {
        match self.frames.len() {
            0 => Arc::new(Globals::new(Arc::from(Vec::new()))),
            n => crate::vm::eval::frame_func(&self.frames, n - 1)
                .globals
                .clone(),
        }
    }

    /// What a class statement does once the class exists: its flags
    /// (`__hash__`), `__set_name__` of the descriptors in it, the
    /// `__init_subclass__` of its base, and whether it is abstract.
    fn finish_class(
        &mut self,
        class: &Arc<TypeObject>,
        keywords: Vec<(Value, Value)>,
    ) -> PyResult<()> {
        use crate::vm::objects::types::{CLASS_SLOTS, CLASS_USER_NEW};
        let mut flags = hash_flag(class);
        if user_hook(class, "__new__").is_some() {
            flags |= CLASS_USER_NEW;
        }
        if is_local_class(class) {
            flags |= crate::vm::objects::types::CLASS_THREAD_LOCAL;
        }
        if class
            .mro()
            .filter(|c| c.is_class)
            .all(|c| c.dict.lock().contains_key("__slots__"))
        {
            flags |= CLASS_SLOTS;
        }
        class
            .flags
            .store(flags, std::sync::atomic::Ordering::Relaxed);
        let own: Vec<(Arc<str>, Value)> = class
            .dict
            .lock()
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        for (name, v) in own {
            if let Value::Instance(i) = &v {
                if let Some(hook) = user_hook(&i.class, "__set_name__") {
                    self.call_value(
                        &hook,
                        vec![v.clone(), Value::Type(class.clone()), Value::str(&*name)],
                    )?;
                }
            }
        }
        if let Some(base) = &class.base {
            match user_hook(base, "__init_subclass__") {
                Some(hook) => {
                    let hook =
                        crate::vm::objects::descriptors::ClassMethod::of(&hook).unwrap_or(hook);
                    let mut args = vec![Value::Type(class.clone())];
                    let mut names = Vec::new();
                    for (k, v) in keywords {
                        names.push(k);
                        args.push(v);
                    }
                    self.call_value_kw(&hook, args, &names)?;
                }
                None if !keywords.is_empty() => {
                    return Err(type_error(format!(
                        "{}.__init_subclass__() takes no keyword arguments",
                        class.name
                    )));
                }
                None => {}
            }
        }
        update_abstract_flag(class);
        Ok(())
    }

    /// For a class with its own `__hash__`: runs it and keeps the value
    /// for dicts and sets (after `__init__`, and after each attribute
    /// store once it has run). A `__hash__` that fails leaves none kept.
    pub(crate) fn remember_hash(&mut self, obj: &Value) {
        let Value::Instance(inst) = obj else { return };
        if !inst
            .class
            .has_flag(crate::vm::objects::types::CLASS_USER_HASH)
        {
            return;
        }
        // A `__hash__` that stores attributes must not hash again from
        // inside itself.
        if self.remembering_hash {
            return;
        }
        self.remembering_hash = true;
        let h = self
            .user_hash(obj)
            .unwrap_or(crate::vm::objects::instance::HASH_UNSET);
        self.remembering_hash = false;
        inst.hash.store(h, std::sync::atomic::Ordering::Release);
    }

    /// The key of `container` (a dict or a set) that `key`, an instance of
    /// a class with its own `__hash__`, stands for: an element with the
    /// same hash that `__eq__` finds equal, so that the container's own
    /// lookup, which runs no Python code, finds it by identity. `key`
    /// itself when there is none, or when `key` is not such an instance.
    pub(crate) fn canonical_key(&mut self, container: &Value, key: &Value) -> PyResult<Value> {
        let Value::Instance(inst) = key else {
            return Ok(key.clone());
        };
        if !inst
            .class
            .has_flag(crate::vm::objects::types::CLASS_USER_HASH)
        {
            return Ok(key.clone());
        }
        let h = self.user_hash(key)?;
        inst.hash.store(h, std::sync::atomic::Ordering::Release);
        let candidates = match container {
            Value::Dict(d) => d.keys_with_hash(h),
            Value::Set(s) => s.with_hash(h),
            _ => return Ok(key.clone()),
        };
        for c in candidates {
            if c.is(key) || self.rich_compare(crate::bytecode::Comparison::Eq, key, &c)? {
                return Ok(c);
            }
        }
        Ok(key.clone())
    }

    /// `{**m}`: the items of a mapping (a dict, an instance's `__dict__`,
    /// an object with `keys()`), with CPython's error for anything else.
    pub(crate) fn dict_update_mapping(&mut self, d: &Arc<PyDict>, m: &Value) -> PyResult<()> {
        let is_mapping = match m {
            Value::Dict(_) => true,
            Value::Native(n) => n.is_mapping(),
            Value::Instance(_) => self.get_attr(m, "keys").is_ok(),
            _ => false,
        };
        if !is_mapping {
            return Err(type_error(format!(
                "'{}' object is not a mapping",
                type_name(m)
            )));
        }
        crate::stdlib::builtins::update_dict(self, d, m)
    }

    /// A dict display `{k: v, ...}` whose keys may be instances with their
    /// own `__hash__` and `__eq__`: later equal keys replace earlier ones.
    pub(crate) fn dict_of_pairs(&mut self, pairs: Vec<(Value, Value)>) -> PyResult<Value> {
        let d = Value::Dict(Arc::new(PyDict::new()));
        for (k, v) in pairs {
            self.set_item(&d, &k, v)?;
        }
        Ok(d)
    }

    /// `hash(obj)` by the class's own `__hash__`, checked and folded as
    /// CPython folds it (an int, -1 becomes -2).
    pub(crate) fn user_hash(&mut self, obj: &Value) -> PyResult<i64> {
        let Value::Instance(inst) = obj else {
            return crate::vm::objects::dict::hash_value(obj);
        };
        let Some(hook) = user_hook(&inst.class, "__hash__") else {
            return crate::vm::objects::dict::hash_value(obj);
        };
        let r = self.call_value(&hook, vec![obj.clone()])?;
        // An int that fits is the hash itself; a bigger one is hashed.
        let h = match &r {
            Value::Int(i) => *i,
            Value::Bool(b) => b.get() as i64,
            Value::BigInt(_) => crate::vm::objects::dict::hash_value(&r)?,
            _ => return Err(type_error("__hash__ method should return an integer")),
        };
        Ok(if h == -1 { -2 } else { h })
    }

    /// `raise err from cause`.
    pub(crate) fn set_cause(&mut self, err: &PyErr, cause: Value) -> PyResult<()> {
        let cause = match cause {
            Value::None | Value::Exception(_) => cause,
            Value::Type(t) if t.is_exception() => self.call_value(&Value::Type(t), Vec::new())?,
            _ => {
                return Err(type_error(
                    "exception causes must derive from BaseException",
                ))
            }
        };
        *err.0.cause.lock() = Some(cause);
        Ok(())
    }

    /// Records the exception being handled, if any, as the context of
    /// `err`, which is being raised. A chain that would loop back to `err`
    /// is cut first, as CPython cuts it (and so no reference cycle forms).
    pub(crate) fn chain_context(&mut self, err: &PyErr) {
        let Some(Value::Exception(current)) = self.exc_info.last() else {
            return;
        };
        if Arc::ptr_eq(current, &err.0) || err.0.context.lock().is_some() {
            return;
        }
        let mut link = current.clone();
        for _ in 0..1000 {
            let next = match &*link.context.lock() {
                Some(Value::Exception(c)) => c.clone(),
                _ => break,
            };
            if Arc::ptr_eq(&next, &err.0) {
                *link.context.lock() = None;
                break;
            }
            link = next;
        }
        *err.0.context.lock() = Some(Value::Exception(current.clone()));
    }

    /// Runs the user `__str__` of every exception in `err`'s chain now,
    /// while Python code can run, so the traceback printed later shows it.
    pub fn prepare_traceback(&mut self, err: &PyErr) {
        let mut next = Some(err.0.clone());
        let mut seen = 0;
        while let Some(e) = next {
            if e.typ.is_class && e.rendered.get().is_none() {
                let text = crate::vm::repr::str_with(self, &Value::Exception(e.clone()))
                    .unwrap_or_else(|_| "<exception str() failed>".to_string());
                let _ = e.rendered.set(text);
            }
            seen += 1;
            next = if seen < 100 {
                e.chained().map(|(c, _)| c)
            } else {
                None
            };
        }
    }

    /// Puts the arguments of a CALL_EX on the stack (positional, then the
    /// keyword values) and returns the names of the keyword ones.
    pub(crate) fn spread_call_args(
        &mut self,
        args: Value,
        kwargs: Option<Value>,
    ) -> Option<Arc<PyTuple>> {
        match &args {
            Value::List(l) => self.stack.extend(l.snapshot()),
            Value::Tuple(t) => self.stack.extend(t.items.iter().cloned()),
            _ => {}
        }
        let Some(Value::Dict(d)) = kwargs else {
            return None;
        };
        if d.is_empty() {
            return None;
        }
        let mut names = Vec::with_capacity(d.len());
        for (k, v) in d.items() {
            names.push(k);
            self.stack.push(v);
        }
        Some(Arc::new(PyTuple::new(names)))
    }

    /// `obj.name` for an instance of a user class: a data descriptor of
    /// the class (a property), else the instance's own attribute, else the
    /// class's (a function found there comes back bound to `obj`).
    pub(crate) fn instance_getattr(
        &mut self,
        obj: &Value,
        inst: &PyInstance,
        name: &str,
    ) -> PyResult<Value> {
        let found = inst.class.lookup(name);
        if let Some(p) = found.as_ref().and_then(Property::of) {
            return p.get(self, obj, name, &inst.class);
        }
        if inst.class.has_flag(CLASS_THREAD_LOCAL) {
            if let Some(v) = self.local_getattr(obj, inst, name)? {
                return Ok(v);
            }
        } else if let Some(v) = inst.get(name) {
            return Ok(v);
        }
        if let Some(Value::Native(n)) = inst.native.get() {
            if let Some(v) = n.attribute(name) {
                return Ok(v);
            }
        }
        match found {
            Some(v @ Value::Builtin(_)) if builtin_in_class_dict(&inst.class, name) => Ok(v),
            Some(v) => Ok(bind(v, obj, &inst.class)),
            None if name == "__class__" => Ok(Value::Type(inst.class.clone())),
            None if name == "__dict__" => Ok(match obj {
                Value::Instance(i) => crate::vm::objects::instance_dict::value_of(i),
                _ => attrs_dict(&inst.attrs.lock()),
            }),
            None => match inst.class.lookup("__getattr__") {
                // Asked only for what normal lookup does not find.
                Some(hook) => {
                    let hook = bind(hook, obj, &inst.class);
                    self.call_value(&hook, vec![Value::str(name)])
                }
                None => Err(attribute_error(format!(
                    "'{}' object has no attribute '{name}'",
                    inst.class.name
                ))),
            },
        }
    }

    /// `obj.name = value` for an instance of a user class: its class's
    /// `__setattr__` when it has one, else the plain store.
    pub(crate) fn instance_setattr(
        &mut self,
        obj: &Value,
        inst: &PyInstance,
        name: &str,
        value: Value,
    ) -> PyResult<()> {
        if let Some(hook) = user_hook(&inst.class, "__setattr__") {
            return self
                .call_value(&hook, vec![obj.clone(), Value::str(name), value])
                .map(drop);
        }
        self.instance_setattr_plain(obj, inst, name, value)
    }

    /// `object.__setattr__(obj, name, value)`: the store itself.
    pub(crate) fn instance_setattr_plain(
        &mut self,
        obj: &Value,
        inst: &PyInstance,
        name: &str,
        value: Value,
    ) -> PyResult<()> {
        if name == "__class__" {
            // The class of an instance is fixed in gilvm: refused, never
            // ignored (which would run the old class's methods).
            let _ = value;
            return Err(type_error(format!(
                "assigning __class__ is not supported by gilvm yet ('{}' object)",
                inst.class.name
            )));
        }
        if inst.class.has_flag(crate::vm::objects::types::CLASS_SLOTS)
            && !slot_named(&inst.class, name)
        {
            let owner = if inst.class.lookup(name).is_some() {
                format!(
                    "'{}' object attribute '{name}' is read-only",
                    inst.class.name
                )
            } else {
                format!("'{}' object has no attribute '{name}'", inst.class.name)
            };
            return Err(attribute_error(owner));
        }
        if !inst.class.is_class {
            // `object()`: no `__dict__`, so no attributes of its own.
            return Err(attribute_error(format!(
                "'{}' object has no attribute '{name}'",
                inst.class.name
            )));
        }
        if let Some(found) = inst.class.lookup(name) {
            if let Some(p) = Property::of(&found) {
                return p.set(self, obj, name, &inst.class, Some(value));
            }
            if let Value::Function(_) = found {
                note_method_shadowed();
            }
        }
        if inst.class.has_flag(CLASS_THREAD_LOCAL) {
            return self.local_setattr(obj, inst, name, value);
        }
        if let Some(Value::Native(n)) = inst.native.get() {
            if n.attribute(name).is_some() {
                return n.set_attribute(self, name, value);
            }
        }
        drop(inst.set(&Arc::from(name), value));
        if inst
            .class
            .has_flag(crate::vm::objects::types::CLASS_USER_HASH)
            && inst.hash.load(std::sync::atomic::Ordering::Acquire)
                != crate::vm::objects::instance::HASH_UNSET
        {
            self.remember_hash(obj);
        }
        Ok(())
    }

    /// `del obj.name` for an instance of a user class: its class's
    /// `__delattr__` when it has one, else the plain delete.
    pub(crate) fn instance_delattr(
        &mut self,
        obj: &Value,
        inst: &PyInstance,
        name: &str,
    ) -> PyResult<()> {
        if let Some(hook) = user_hook(&inst.class, "__delattr__") {
            return self
                .call_value(&hook, vec![obj.clone(), Value::str(name)])
                .map(drop);
        }
        self.instance_delattr_plain(obj, inst, name)
    }

    /// `object.__delattr__(obj, name)`: the delete itself.
    pub(crate) fn instance_delattr_plain(
        &mut self,
        obj: &Value,
        inst: &PyInstance,
        name: &str,
    ) -> PyResult<()> {
        if let Some(found) = inst.class.lookup(name) {
            if let Some(p) = Property::of(&found) {
                return p.set(self, obj, name, &inst.class, None);
            }
        }
        if inst.class.has_flag(CLASS_THREAD_LOCAL) {
            return self.local_delattr(obj, inst, name);
        }
        match inst.delete(name) {
            Some(old) => {
                drop(old);
                Ok(())
            }
            None => Err(attribute_error(format!(
                "'{}' object has no attribute '{name}'",
                inst.class.name
            ))),
        }
    }

    /// `C.name` for any type: through the MRO; a classmethod comes back
    /// bound to `C`, a staticmethod as its function.
    pub(crate) fn type_getattr(&mut self, t: &Arc<TypeObject>, name: &str) -> PyResult<Value> {
        match name {
            "__name__" => return Ok(Value::str(t.name.clone())),
            "__qualname__" => return Ok(Value::str(t.qualname.clone())),
            "__bases__" => {
                return Ok(Value::tuple(
                    t.base.iter().map(|b| Value::Type(b.clone())).collect(),
                ))
            }
            "__mro__" => {
                return Ok(Value::tuple(
                    t.mro().map(|b| Value::Type(b.clone())).collect(),
                ))
            }
            "__base__" => {
                return Ok(t.base.clone().map_or(Value::None, Value::Type));
            }
            "__annotations__" if t.is_class => {
                // A class's own, never a base's; made empty on first use.
                let mut dict = t.dict.lock();
                let d = dict
                    .entry(Arc::from(name))
                    .or_insert_with(|| Value::Dict(Arc::new(PyDict::new())));
                return Ok(d.clone());
            }
            "__dict__" => {
                // A copy (CPython's is a read-only proxy).
                let d = PyDict::new();
                for (k, v) in t.dict.lock().iter() {
                    d.set(Value::str(&**k), v.clone())?;
                }
                return Ok(Value::Dict(Arc::new(d)));
            }
            _ => {}
        }
        match t.lookup(name) {
            Some(v) => {
                if let Some(f) = StaticMethod::of(&v) {
                    return Ok(f);
                }
                if let Some(f) = ClassMethod::of(&v) {
                    return Ok(Value::Method(Arc::new(PyMethod {
                        func: f,
                        receiver: Value::Type(t.clone()),
                    })));
                }
                Ok(v)
            }
            None if name == "__module__" => Ok(Value::str(t.module.unwrap_or("builtins"))),
            None if name == "__doc__" => Ok(Value::None),
            // What the class lacks, its metaclass may have: a method bound
            // to the class, a property computed for it.
            None => match t.metaclass.get().and_then(|m| m.lookup(name)) {
                Some(v) => {
                    let class = Value::Type(t.clone());
                    if let Some(p) = Property::of(&v) {
                        let meta = t
                            .metaclass
                            .get()
                            .cloned()
                            .unwrap_or_else(|| TYPES.type_.clone());
                        return p.get(self, &class, name, &meta);
                    }
                    let meta = t
                        .metaclass
                        .get()
                        .cloned()
                        .unwrap_or_else(|| TYPES.type_.clone());
                    Ok(bind(v, &class, &meta))
                }
                None => Err(attribute_error(format!(
                    "type object '{}' has no attribute '{name}'",
                    t.name
                ))),
            },
        }
    }

    /// `C.name = value` (`None`: `del C.name`).
    pub(crate) fn type_setattr(
        &mut self,
        t: &Arc<TypeObject>,
        name: &str,
        value: Option<Value>,
    ) -> PyResult<()> {
        if !t.is_class {
            return Err(type_error(format!(
                "cannot set '{name}' attribute of immutable type '{}'",
                t.name
            )));
        }
        let deleting = value.is_none();
        let r = match t.set_class_attr(name, value) {
            None if deleting => Err(attribute_error(format!(
                "type object '{}' has no attribute '{name}'",
                t.name
            ))),
            old => {
                drop(old);
                Ok(())
            }
        };
        match name {
            "__abstractmethods__" => update_abstract_flag(t),
            "__hash__" => {
                use crate::vm::objects::types::{CLASS_UNHASHABLE, CLASS_USER_HASH};
                let keep = t.flags.load(std::sync::atomic::Ordering::Relaxed)
                    & !(CLASS_UNHASHABLE | CLASS_USER_HASH);
                t.flags
                    .store(keep | hash_flag(t), std::sync::atomic::Ordering::Relaxed);
            }
            _ => {}
        }
        r
    }

    /// `e.name` for an exception: `args` and the chaining attributes, an
    /// attribute its `__init__` set, or one of its class (a method).
    pub(crate) fn exception_getattr(
        &mut self,
        obj: &Value,
        e: &PyException,
        name: &str,
    ) -> PyResult<Value> {
        match name {
            "args" => return Ok(Value::tuple(e.args())),
            "message" | "exceptions" if crate::vm::objects::exception_group::is_group(e) => {
                if let Some(v) = crate::vm::objects::exception_group::attribute(e, name) {
                    return Ok(v);
                }
            }
            "value" if e.typ.is_subtype(&TYPES.stop_iteration) => {
                return Ok(crate::vm::generators::stop_iteration_value(e))
            }
            "__cause__" => return Ok(e.cause.lock().clone().unwrap_or(Value::None)),
            "__traceback__" => {
                return Ok(match obj {
                    Value::Exception(e) => crate::stdlib::modules::frames::traceback_of(e),
                    _ => Value::None,
                })
            }
            "__context__" => return Ok(e.context.lock().clone().unwrap_or(Value::None)),
            "__suppress_context__" => return Ok(Value::bool(e.cause.lock().is_some())),
            "__class__" => return Ok(Value::Type(e.typ.clone())),
            "errno" | "strerror" | "filename" if e.typ.is_subtype(&TYPES.os_error) => {
                // Set from the arguments when there are two to five of them.
                if let Some(v) = e.attrs.lock().get(name) {
                    return Ok(v.clone());
                }
                let args = e.args();
                let at = ["errno", "strerror", "filename"]
                    .iter()
                    .position(|n| *n == name)
                    .unwrap_or(0);
                return Ok(match args.len() {
                    2..=5 => args.get(at).cloned().unwrap_or(Value::None),
                    _ => Value::None,
                });
            }
            _ => {}
        }
        let found = e.typ.lookup(name);
        if let Some(p) = found.as_ref().and_then(Property::of) {
            return p.get(self, obj, name, &e.typ);
        }
        if let Some(v) = e.attrs.lock().get(name) {
            return Ok(v.clone());
        }
        if name == "code" && e.typ.is_subtype(&TYPES.system_exit) {
            return Ok(match e.args().as_slice() {
                [] => Value::None,
                [one] => one.clone(),
                many => Value::tuple(many.to_vec()),
            });
        }
        match found {
            Some(v) => Ok(bind(v, obj, &e.typ)),
            None => Err(attribute_error(format!(
                "'{}' object has no attribute '{name}'",
                e.typ.name
            ))),
        }
    }

    /// `e.name = value` for an exception.
    pub(crate) fn exception_setattr(
        &mut self,
        obj: &Value,
        e: &PyException,
        name: &str,
        value: Value,
    ) -> PyResult<()> {
        if let Some(found) = e.typ.lookup(name) {
            if let Some(p) = Property::of(&found) {
                return p.set(self, obj, name, &e.typ, Some(value));
            }
        }
        match name {
            "args" => {
                let args = crate::vm::objects::iter::collect(&value)?;
                drop(std::mem::replace(&mut *e.args.lock(), args));
            }
            "__cause__" => *e.cause.lock() = Some(value),
            "__context__" => *e.context.lock() = Some(value),
            _ => drop(e.attrs.lock().insert(Arc::from(name), value)),
        }
        Ok(())
    }

    /// A call of a user class from the dispatch loop whose `__init__` is a
    /// Python function: makes the instance and pushes the `__init__` frame
    /// instead of running it in a nested loop (`construct`). The stack
    /// `[class, args...]` becomes `[instance, __init__, instance, args...]`;
    /// the frame returns to the instance left below it (`EXIT_INIT`).
    /// Returns the class, taken off the stack, when the frame was pushed;
    /// `None` (and `kwnames` untouched) when the call is for `call`.
    pub(crate) fn push_init_frame(
        &mut self,
        func_slot: usize,
        kwnames: &mut Option<Arc<PyTuple>>,
    ) -> PyResult<Option<Value>> {
        let Value::Type(t) = &self.stack[func_slot] else {
            return Ok(None);
        };
        if t.kind != TypeKind::Instance
            || !t.is_class
            || t.metaclass.get().is_some()
            || t.has_flag(crate::vm::objects::types::CLASS_USER_NEW)
            || t.has_flag(CLASS_THREAD_LOCAL)
        {
            return Ok(None);
        }
        if t.has_flag(crate::vm::objects::types::CLASS_ABSTRACT) {
            return Err(abstract_error(t));
        }
        let init = match t.lookup("__init__") {
            Some(Value::Function(f)) if !f.code.is_generator => Value::Function(f),
            _ => return Ok(None),
        };
        let inst = Value::Instance(Arc::new(PyInstance::new(
            t.clone(),
            self.interp.runtime.next_serial(),
        )));
        let class = std::mem::replace(&mut self.stack[func_slot], inst.clone());
        self.stack
            .splice(func_slot + 1..func_slot + 1, [init, inst]);
        if self
            .call(func_slot + 1, func_slot + 2, kwnames.take())?
            .is_some()
        {
            return Err(crate::vm::objects::exceptions::runtime_error(
                "__init__ did not start a frame",
            ));
        }
        self.frames.last_mut().expect("pushed").exit |= crate::vm::eval::EXIT_INIT;
        Ok(Some(class))
    }

    /// `obj.name` from the attributes of this thread, for an instance of
    /// a `threading.local` subclass (`None`: the class's turn).
    #[cold]
    #[inline(never)]
    fn local_getattr(
        &mut self,
        obj: &Value,
        inst: &PyInstance,
        name: &str,
    ) -> PyResult<Option<Value>> {
        let local = self.enter_local(obj, inst)?;
        if let Some(v) = local.get(self, name) {
            return Ok(Some(v));
        }
        if name == "__dict__" {
            return local_dict(local.items(self)).map(Some);
        }
        Ok(None)
    }

    /// `obj.name = value` into this thread's attributes.
    #[cold]
    #[inline(never)]
    fn local_setattr(
        &mut self,
        obj: &Value,
        inst: &PyInstance,
        name: &str,
        value: Value,
    ) -> PyResult<()> {
        let local = self.enter_local(obj, inst)?;
        local.set_attribute(self, name, value)
    }

    /// `del obj.name` from this thread's attributes.
    #[cold]
    #[inline(never)]
    fn local_delattr(&mut self, obj: &Value, inst: &PyInstance, name: &str) -> PyResult<()> {
        match self.enter_local(obj, inst)?.remove(self, name) {
            true => Ok(()),
            false => Err(attribute_error(format!(
                "'{}' object has no attribute '{name}'",
                inst.class.name
            ))),
        }
    }

    /// The per-thread attributes of an instance of a `threading.local`
    /// subclass, before this thread reads or writes them: the first time,
    /// the thread gets its own table and the class's `__init__` runs
    /// again with the arguments the instance was made with (CPython's
    /// behaviour). An instance made without `construct`
    /// (`object.__new__(C)`) gets its tables here, with no arguments.
    fn enter_local<'i>(&mut self, obj: &Value, inst: &'i PyInstance) -> PyResult<&'i LocalObject> {
        inst.native
            .get_or_init(|| LocalObject::for_instance(self.thread, None));
        let Some(local) = local_of(inst) else {
            return Err(runtime_error(
                "a threading.local instance without its tables",
            ));
        };
        if let Some(Some((values, kwnames))) = local.enter(self) {
            if let Some(hook) = user_hook(&inst.class, "__init__") {
                let mut all = Vec::with_capacity(values.len() + 1);
                all.push(obj.clone());
                all.extend(values);
                let r = self.call_value_kw(&hook, all, &kwnames)?;
                check_init_result(&r)?;
            }
        }
        Ok(local)
    }

    /// LOAD_METHOD on an instance: a function of its class that the
    /// instance does not shadow is pushed with the instance as its first
    /// argument, with no bound method made.
    pub(crate) fn instance_method(&mut self, obj: Value, name: &str) -> PyResult<(Value, Value)> {
        if let Value::Instance(inst) = &obj {
            if let Some(f @ Value::Function(_)) = inst.class.lookup(name) {
                if inst.get(name).is_none() && !inst.class.has_flag(CLASS_THREAD_LOCAL) {
                    return Ok((f, obj));
                }
            }
        }
        Ok((self.get_attr(&obj, name)?, Value::Undef))
    }
}

/// How `class` hashes its instances: by its own `__hash__`
/// (`CLASS_USER_HASH`), not at all (`__hash__ = None`: `CLASS_UNHASHABLE`),
/// or by identity (0).
fn hash_flag(class: &Arc<TypeObject>) -> u8 {
    use crate::vm::objects::types::{CLASS_UNHASHABLE, CLASS_USER_HASH};
    match class.lookup_with_owner("__hash__") {
        Some((Value::None, owner)) if owner.is_class => CLASS_UNHASHABLE,
        Some((_, owner)) if owner.is_class => CLASS_USER_HASH,
        _ => 0,
    }
}

/// Marks `class` abstract when its `__abstractmethods__` (what `abc.ABC`
/// computes) names any method.
pub(crate) fn update_abstract_flag(class: &Arc<TypeObject>) {
    use crate::vm::objects::types::CLASS_ABSTRACT;
    let abstract_methods = class.dict.lock().get("__abstractmethods__").cloned();
    let abstract_now = match abstract_methods {
        Some(Value::Set(s)) => !s.is_empty(),
        Some(Value::Tuple(t)) => !t.items.is_empty(),
        Some(Value::List(l)) => !l.snapshot().is_empty(),
        _ => false,
    };
    if abstract_now {
        class
            .flags
            .fetch_or(CLASS_ABSTRACT, std::sync::atomic::Ordering::Relaxed);
    } else {
        class
            .flags
            .fetch_and(!CLASS_ABSTRACT, std::sync::atomic::Ordering::Relaxed);
    }
}

/// CPython's refusal to make an instance of an abstract class.
pub(crate) fn abstract_error(class: &Arc<TypeObject>) -> crate::vm::objects::exceptions::PyErr {
    let mut names: Vec<String> = match class.dict.lock().get("__abstractmethods__") {
        Some(v) => crate::vm::objects::iter::collect(v)
            .unwrap_or_default()
            .iter()
            .filter_map(|n| n.as_str().map(str::to_string))
            .collect(),
        None => Vec::new(),
    };
    names.sort();
    let s = if names.len() == 1 { "" } else { "s" };
    type_error(format!(
        "Can't instantiate abstract class {} with abstract method{s} {}",
        class.name,
        names.join(", ")
    ))
}

/// Calling a class with its own `__new__`: `__new__(cls, *args)` makes
/// the object (a static method without saying so, as in CPython), then
/// `__init__(obj, *args)` runs if it made an instance of the class.
fn construct_with_new(vm: &mut Vm, t: &Arc<TypeObject>, a: Args) -> PyResult<Value> {
    let new = user_hook(t, "__new__").unwrap_or(Value::None);
    let new = StaticMethod::of(&new).unwrap_or(new);
    let mut all = Vec::with_capacity(a.values.len() + 1);
    all.push(Value::Type(t.clone()));
    all.extend_from_slice(a.values);
    let obj = vm.call_value_kw(&new, all, a.kwnames)?;
    let made_here = match &obj {
        Value::Instance(i) => i.class.is_subtype(t),
        Value::Exception(e) => e.typ.is_subtype(t),
        _ => false,
    };
    if made_here {
        if let Some((init, owner)) = t.lookup_with_owner("__init__") {
            if owner.is_class || !matches!(owner.kind, TypeKind::Object) {
                let mut all = Vec::with_capacity(a.values.len() + 1);
                all.push(obj.clone());
                all.extend_from_slice(a.values);
                let r = vm.call_value_kw(&init, all, a.kwnames)?;
                check_init_result(&r)?;
            }
        }
        vm.remember_hash(&obj);
    }
    Ok(obj)
}

/// Whether `name` is among the `__slots__` of `class` or a base.
fn slot_named(class: &Arc<TypeObject>, name: &str) -> bool {
    class.mro().filter(|c| c.is_class).any(|c| {
        let slots = c.dict.lock().get("__slots__").cloned();
        match slots {
            Some(v) if v.as_str() == Some(name) => true,
            Some(v) => crate::vm::objects::iter::collect(&v)
                .unwrap_or_default()
                .iter()
                .any(|s| s.as_str() == Some(name) || s.as_str() == Some("__dict__")),
            None => false,
        }
    })
}

/// A special method that a user class (not `object`) defines, found
/// through the MRO: `__setattr__`, `__delattr__`.
pub(crate) fn user_hook(class: &Arc<TypeObject>, name: &str) -> Option<Value> {
    match class.lookup_with_owner(name) {
        Some((v, owner)) if owner.is_class => Some(v),
        _ => None,
    }
}

/// Whether `name` is a built-in function stored in a class's own
/// dictionary (`f = time.time`): unlike a built-in type's method, it does
/// not bind to the instance, as in CPython.
pub(crate) fn builtin_in_class_dict(class: &Arc<TypeObject>, name: &str) -> bool {
    class
        .lookup_with_owner(name)
        .is_some_and(|(v, owner)| owner.is_class && matches!(v, Value::Builtin(_)))
}

/// A class attribute as seen through an instance or exception `receiver`:
/// functions and built-in methods bind to it, descriptors do their part.
pub(crate) fn bind(v: Value, receiver: &Value, class: &Arc<TypeObject>) -> Value {
    match v {
        Value::Function(_) => Value::Method(Arc::new(PyMethod {
            func: v,
            receiver: receiver.clone(),
        })),
        Value::Builtin(b) => Value::BoundMethod(Arc::new(BoundMethod {
            receiver: receiver.clone(),
            func: b,
        })),
        other => {
            if let Some(f) = StaticMethod::of(&other) {
                return f;
            }
            if let Some(f) = ClassMethod::of(&other) {
                return Value::Method(Arc::new(PyMethod {
                    func: f,
                    receiver: Value::Type(class.clone()),
                }));
            }
            other
        }
    }
}

/// A dict with the attributes, for `obj.__dict__` (a copy: writes to it do
/// not reach the object).
fn attrs_dict(attrs: &Attrs) -> Value {
    let d = PyDict::new();
    for (k, v) in attrs {
        let _ = d.set(Value::str(&**k), v.clone());
    }
    Value::Dict(Arc::new(d))
}

/// Whether a class may derive from `base`.
fn acceptable_base(base: &Arc<TypeObject>) -> PyResult<&Arc<TypeObject>> {
    // `type` is a base for metaclasses.
    if base.is_class
        || matches!(
            base.kind,
            TypeKind::Object | TypeKind::Exception | TypeKind::Type
        )
    {
        return Ok(base);
    }
    // A module's type whose `__init__` equips an instance (`threading.Thread`).
    if base.kind == TypeKind::Native && base.own_attr("__init__").is_some() {
        return Ok(base);
    }
    // `threading.local`: `construct` equips the instance.
    if is_local_class(base) {
        return Ok(base);
    }
    if base.kind == TypeKind::Native {
        return Err(type_error(format!(
            "subclassing '{}' is not supported by gilvm yet",
            base.qualified_name()
        )));
    }
    if base.kind == TypeKind::Bool {
        return Err(type_error("type 'bool' is not an acceptable base type"));
    }
    Err(type_error(format!(
        "subclassing the built-in type '{}' is not supported by gilvm yet",
        base.name
    )))
}

/// Gives a new instance of a `threading.local` subclass its per-thread
/// attributes, remembering the arguments for other threads' `__init__`.
/// Without an `__init__` of its own the class takes no arguments, as
/// CPython's `_thread._local`.
fn equip_local(vm: &Vm, t: &Arc<TypeObject>, inst: &PyInstance, a: &Args) -> PyResult<()> {
    let init = match user_hook(t, "__init__") {
        Some(_) => Some((a.values.to_vec(), a.kwnames.to_vec())),
        None if !a.values.is_empty() => {
            return Err(type_error("Initialization arguments are not supported"))
        }
        None => None,
    };
    drop(inst.native.set(LocalObject::for_instance(vm.thread, init)));
    Ok(())
}

/// `__dict__` of an instance of a `threading.local` subclass: a copy of
/// this thread's attributes.
fn local_dict(items: Vec<(String, Value)>) -> PyResult<Value> {
    let d = PyDict::new();
    for (k, v) in items {
        d.set(Value::str(&*k), v)?;
    }
    Ok(Value::Dict(Arc::new(d)))
}

/// Calling a user class: makes the instance (an exception for a class
/// derived from one) and runs the `__init__` its MRO finds.
pub fn construct(vm: &mut Vm, t: &Arc<TypeObject>, a: Args) -> PyResult<Value> {
    if t.has_flag(crate::vm::objects::types::CLASS_ABSTRACT) {
        return Err(abstract_error(t));
    }
    // Calling a metaclass (`Meta(name, bases, namespace)`) makes a class.
    if t.builtin_base().kind == TypeKind::Type {
        let [name, bases, ns] = a.positional() else {
            return Err(type_error(format!(
                "{}() takes 3 arguments (name, bases, namespace)",
                t.name
            )));
        };
        let Value::Dict(d) = ns else {
            return Err(type_error("type.__new__() argument 3 must be dict"));
        };
        let ns = Value::Dict(Arc::new(d.copy()));
        let globals = vm.current_globals();
        vm.class_metaclass = Some(t.clone());
        let r = vm.build_class(vec![name.clone(), bases.clone(), ns, Value::None], &globals);
        vm.class_metaclass = None;
        return r;
    }
    if t.has_flag(crate::vm::objects::types::CLASS_USER_NEW) {
        return construct_with_new(vm, t, a);
    }
    let obj = match t.kind {
        TypeKind::Exception => {
            Value::Exception(Arc::new(PyException::new(t, a.positional().to_vec())))
        }
        _ => Value::Instance(Arc::new(PyInstance::new(
            t.clone(),
            vm.interp.runtime.next_serial(),
        ))),
    };
    if let Value::Instance(inst) = &obj {
        if t.has_flag(CLASS_THREAD_LOCAL) {
            equip_local(vm, t, inst, &a)?;
        }
    }
    match t.lookup_with_owner("__init__") {
        Some((init, owner)) if owner.is_class || !matches!(owner.kind, TypeKind::Object) => {
            let mut all = Vec::with_capacity(a.values.len() + 1);
            all.push(obj.clone());
            all.extend_from_slice(a.values);
            let r = vm.call_value_kw(&init, all, a.kwnames)?;
            check_init_result(&r)?;
            vm.remember_hash(&obj);
        }
        _ => {
            if !a.values.is_empty() {
                return Err(type_error(format!("{}() takes no arguments", t.name)));
            }
        }
    }
    Ok(obj)
}

impl Vm {
    /// The items of `*items` in a call of `func`. Only a value that cannot
    /// be iterated gets the TypeError naming the call: what an instance's
    /// `__iter__` raises propagates.
    pub(crate) fn star_args(&mut self, items: &Value, func: &Value) -> PyResult<Vec<Value>> {
        let not_iterable = || {
            type_error(format!(
                "{} argument after * must be an iterable, not {}",
                callable_name(func),
                type_name(items)
            ))
        };
        if crate::vm::protocols::has_class(items) {
            if !self.iterable(items) {
                return Err(not_iterable());
            }
            return self.collect_items(items);
        }
        if crate::vm::protocols::is_vm_iterator(items) {
            return self.collect_items(items);
        }
        crate::vm::objects::iter::collect(items).map_err(|e| {
            if e.is_instance(&TYPES.type_error) {
                not_iterable()
            } else {
                e
            }
        })
    }
}

/// Adds `**mapping` to the keyword arguments `into` of a call of `func`.
pub fn merge_kwargs(into: &Value, mapping: &Value, func: &Value) -> PyResult<()> {
    // An instance's `__dict__` spreads as the dict it stands for.
    let copied;
    let mapping = match mapping {
        Value::Native(n) => match n
            .as_any()
            .downcast_ref::<crate::vm::objects::instance_dict::InstanceDict>()
        {
            Some(d) => {
                copied = d.to_dict();
                &copied
            }
            None => mapping,
        },
        _ => mapping,
    };
    let (Value::Dict(into), Value::Dict(from)) = (into, mapping) else {
        return Err(type_error(format!(
            "{} argument after ** must be a mapping, not {}",
            callable_name(func),
            type_name(mapping)
        )));
    };
    for (k, v) in from.items() {
        let Some(name) = k.as_str() else {
            return Err(type_error("keywords must be strings"));
        };
        if into.contains(&k)? {
            return Err(type_error(format!(
                "{} got multiple values for keyword argument '{name}'",
                callable_name(func)
            )));
        }
        into.set(k, v)?;
    }
    Ok(())
}

/// How CPython names a callable in argument-spreading errors:
/// `__main__.f()` for a function.
fn callable_name(func: &Value) -> String {
    match func {
        Value::Function(f) => format!("__main__.{}()", f.code.qualname),
        Value::Method(m) => callable_name(&m.func),
        Value::Builtin(b) => format!("{}()", b.name),
        Value::Type(t) => format!("{}()", t.name),
        other => format!("{}()", type_name(other)),
    }
}
