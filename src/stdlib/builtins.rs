//! Built-in functions (`print`, `len`, `sorted`...) and calling the
//! built-in types (`int("7")`, `list(xs)`, `ValueError("bad")`).

use std::sync::Arc;

use crate::builtin;
use crate::format::{self, FloatToIntError, IntParseError};
use crate::stdlib::modules::stdio::{Stream, TextStream};
use crate::vm::int_ops;
use crate::vm::lazy_iter::LazyIter;
use crate::vm::native::Args;
use crate::vm::objects::dict::{hash_value, PyDict};
use crate::vm::objects::exceptions::{
    index_error, overflow_error, type_error, value_error, PyErr, PyResult,
};
use crate::vm::objects::int::{big_value, float_to_big, int_ref, ssize_overflow, IntRef};
use crate::vm::objects::iter::{collect, iterate, PyIterator};
use crate::vm::objects::types::{
    is_instance, type_name, type_of, TypeKind, TypeObject, BOOL_TYPE, TYPES,
};
use crate::vm::ops::{self, truthy};
use crate::vm::protocols::has_class;
use crate::vm::repr::{repr_with, str_with};
use crate::vm::value::{PyRange, PySlice, Value};
use crate::vm::Vm;

/// Whether iterating `v` may run Python code (see `vm::lazy_iter`).
fn needs_vm_iter(v: &Value) -> bool {
    has_class(v) || crate::vm::protocols::is_vm_iterator(v)
}

/// The builtin named `name`, if there is one (resolved once per global
/// slot when a module is created).
pub fn lookup(name: &str) -> Option<Value> {
    let f = match name {
        "print" => &PRINT,
        "len" => &LEN,
        "repr" => &REPR,
        "abs" => &ABS,
        "min" => &MIN,
        "max" => &MAX,
        "sum" => &SUM,
        "sorted" => &SORTED,
        "enumerate" => &ENUMERATE,
        "zip" => &ZIP,
        "map" => &MAP,
        "filter" => &FILTER,
        "isinstance" => &ISINSTANCE,
        "ord" => &ORD,
        "chr" => &CHR,
        "round" => &ROUND,
        "hash" => &HASH,
        "id" => &ID,
        "iter" => &ITER,
        "next" => &NEXT,
        "reversed" => &REVERSED,
        "divmod" => &DIVMOD,
        "any" => &ANY,
        "all" => &ALL,
        "format" => &FORMAT,
        "pow" => &POW,
        "hex" => &HEX,
        "oct" => &OCT,
        "bin" => &BIN,
        "callable" => &CALLABLE,
        "dir" => &DIR,
        "vars" => &VARS,
        _ => return crate::stdlib::object_builtins::lookup(name).or_else(|| lookup_type(name)),
    };
    Some(Value::Builtin(f))
}

fn lookup_type(name: &str) -> Option<Value> {
    let t = &*TYPES;
    let ty = match name {
        "int" => &t.int,
        "float" => &t.float,
        "str" => &t.str,
        "bool" => &*BOOL_TYPE,
        "list" => &t.list,
        "tuple" => &t.tuple,
        "dict" => &t.dict,
        "set" => &t.set,
        "frozenset" => &t.frozenset,
        "range" => &t.range,
        "slice" => &t.slice,
        "type" => &t.type_,
        "object" => &t.object,
        "RunAborted" => return None,
        // Old names of OSError, the same class (PEP 3151).
        "IOError" | "EnvironmentError" => &t.os_error,
        _ => t.exception_classes().into_iter().find(|c| c.name == name)?,
    };
    Some(Value::Type(ty.clone()))
}

builtin!(PRINT, "print", builtin_print);
builtin!(LEN, "len", |vm, a| {
    let v = a.exact("len", 1, 1)?;
    Ok(Value::Int(vm.length(&v[0])? as i64))
});
builtin!(REPR, "repr", |vm, a| {
    let v = a.exact("repr", 1, 1)?;
    Ok(Value::str(repr_with(vm, &v[0])?))
});
builtin!(ABS, "abs", |vm, a| {
    let v = a.exact("abs", 1, 1)?;
    if let Some(r) = vm.call_special(&v[0], "__abs__", Vec::new()) {
        return r;
    }
    match &v[0] {
        Value::Int(i) => Ok(int_ops::abs(IntRef::Small(*i))),
        Value::BigInt(b) => Ok(int_ops::abs(IntRef::Big(b))),
        Value::Bool(b) => Ok(Value::Int(b.get() as i64)),
        Value::Float(f) => Ok(Value::float(f.get().abs())),
        other => Err(type_error(format!(
            "bad operand type for abs(): '{}'",
            type_name(other)
        ))),
    }
});
builtin!(MIN, "min", |vm, a| min_max(vm, a, "min", true));
builtin!(MAX, "max", |vm, a| min_max(vm, a, "max", false));
builtin!(SUM, "sum", builtin_sum);
builtin!(SORTED, "sorted", |vm, a| {
    let n = a.positional().len();
    if n != 1 {
        return Err(type_error(format!("sorted expected 1 argument, got {n}")));
    }
    if let Some((k, _)) = a.keywords().find(|(k, _)| !matches!(*k, "key" | "reverse")) {
        return Err(type_error(format!(
            "'{k}' is an invalid keyword argument for sort()"
        )));
    }
    let [iterable, key, reverse] = a.bind("sorted", ["iterable", "key", "reverse"], 1)?;
    let mut items = vm.collect_items(&iterable.unwrap_or(Value::None))?;
    sort_values(vm, &mut items, key, reverse.as_ref().is_some_and(truthy))?;
    Ok(Value::list(items))
});
builtin!(ENUMERATE, "enumerate", |vm, a| {
    let [iterable, start] = a.bind("enumerate", ["iterable", "start"], 0)?;
    let Some(iterable) = iterable else {
        return Err(type_error(
            "enumerate() missing required argument 'iterable'",
        ));
    };
    let start = match start {
        None => 0,
        Some(Value::Int(i)) => i,
        Some(Value::Bool(b)) => b.get() as i64,
        Some(Value::BigInt(_)) => return Err(ssize_overflow()),
        Some(other) => {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(&other)
            )))
        }
    };
    if needs_vm_iter(&iterable) {
        let inner = vm.get_iter(&iterable)?;
        return Ok(LazyIter::enumerate(inner, start));
    }
    let it = iterate(&iterable)?;
    Ok(Value::Iterator(PyIterator::enumerate(it, start)))
});
builtin!(ZIP, "zip", |vm, a| {
    let mut strict = false;
    for (k, v) in a.keywords() {
        match k {
            "strict" => strict = vm.truth(v)?,
            other => {
                return Err(type_error(format!(
                    "'{other}' is an invalid keyword argument for zip()"
                )))
            }
        }
    }
    let vals = a.positional();
    if strict || vals.iter().any(needs_vm_iter) {
        let inners = vals
            .iter()
            .map(|v| vm.get_iter(v))
            .collect::<PyResult<_>>()?;
        return Ok(LazyIter::zip(inners, strict));
    }
    let mut its = Vec::with_capacity(vals.len());
    for v in vals.iter() {
        its.push(iterate(v)?);
    }
    Ok(Value::Iterator(PyIterator::zip(its)))
});
builtin!(MAP, "map", |vm, a| {
    if a.has_keywords() {
        return Err(type_error("map() takes no keyword arguments"));
    }
    let Some((func, iterables)) = a.values.split_first().filter(|(_, r)| !r.is_empty()) else {
        return Err(type_error("map() must have at least two arguments."));
    };
    let inners = iterables
        .iter()
        .map(|v| vm.get_iter(v))
        .collect::<PyResult<_>>()?;
    Ok(LazyIter::map(func.clone(), inners))
});
builtin!(FILTER, "filter", |vm, a| {
    if a.has_keywords() {
        return Err(type_error("filter() takes no keyword arguments"));
    }
    let v = a.exact("filter", 2, 2)?;
    let inner = vm.get_iter(&v[1])?;
    Ok(LazyIter::filter(v[0].clone(), inner))
});
builtin!(ISINSTANCE, "isinstance", |vm, a| {
    let v = a.exact("isinstance", 2, 2)?;
    // A class whose metaclass decides (`__instancecheck__`: abc's ABCMeta),
    // or an object whose class does (`typing.List`).
    if !matches!(v[1], Value::Tuple(_)) {
        if let Some(r) = vm.call_special(&v[1], "__instancecheck__", vec![v[0].clone()]) {
            let r = r?;
            let direct = match &v[1] {
                Value::Type(t) => is_instance(&v[0], t),
                _ => false,
            };
            return Ok(Value::bool(direct || vm.truth(&r)?));
        }
    }
    Ok(Value::bool(isinstance_check(&v[0], &v[1])?))
});
builtin!(ORD, "ord", |_, a| {
    let v = a.exact("ord", 1, 1)?;
    match (v[0].as_str_ref(), &v[0]) {
        (Some(s), _) if s.char_len() == 1 => Ok(Value::Int(s.char_at(0) as i64)),
        (Some(s), _) => Err(type_error(format!(
            "ord() expected a character, but string of length {} found",
            s.char_len()
        ))),
        (None, other) => Err(type_error(format!(
            "ord() expected string of length 1, but {} found",
            type_name(other)
        ))),
    }
});
builtin!(CHR, "chr", |_, a| {
    let v = a.exact("chr", 1, 1)?;
    let i = match &v[0] {
        Value::BigInt(_) => i64::MAX, // too large for a C int, as below
        other => int_arg(other)?,
    };
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => Ok(Value::str(c.to_string())),
        None if (0..0x110000).contains(&i) => Err(value_error(
            "chr() arg is a surrogate, which gilvm strings cannot hold",
        )),
        // CPython converts to a C int first.
        None if i32::try_from(i).is_err() => {
            Err(overflow_error("Python int too large to convert to C int"))
        }
        None => Err(value_error("chr() arg not in range(0x110000)")),
    }
});
builtin!(ROUND, "round", builtin_round);
builtin!(HASH, "hash", |vm, a| {
    let v = a.exact("hash", 1, 1)?;
    if let Value::Instance(i) = &v[0] {
        if i.class.has_flag(crate::vm::objects::types::CLASS_USER_HASH) {
            return Ok(Value::Int(vm.user_hash(&v[0])?));
        }
    }
    Ok(Value::Int(hash_value(&v[0])?))
});
builtin!(ID, "id", |_, a| {
    let v = a.exact("id", 1, 1)?;
    Ok(Value::Int(crate::vm::address::shown(&v[0])))
});
builtin!(ITER, "iter", |vm, a| {
    let v = a.exact("iter", 1, 2)?;
    if let [func, sentinel] = v {
        if !is_callable(func) {
            return Err(type_error("iter(v, w): v must be callable"));
        }
        return Ok(LazyIter::callable(func.clone(), sentinel.clone()));
    }
    vm.get_iter(&v[0])
});
builtin!(NEXT, "next", |vm, a| {
    let v = a.exact("next", 1, 2)?;
    let it = &v[0];
    let is_iterator = match it {
        Value::Iterator(_) => true,
        Value::Instance(_) => vm.special(it, "__next__").is_some(),
        other => crate::vm::protocols::is_vm_iterator(other),
    };
    if !is_iterator {
        return Err(type_error(format!(
            "'{}' object is not an iterator",
            type_name(it)
        )));
    }
    if let Value::Generator(g) = it {
        // StopIteration carries the generator's return value.
        return match (vm.generator_send(g, Value::None), v.get(1)) {
            (Err(e), Some(default)) if e.is_instance(&TYPES.stop_iteration) => Ok(default.clone()),
            (r, _) => r,
        };
    }
    if has_class(it) {
        // The StopIteration `__next__` raised, with its arguments, unless
        // there is a default.
        let r = vm.call_special(it, "__next__", Vec::new());
        return match (r.unwrap_or(Ok(Value::None)), v.get(1)) {
            (Err(e), Some(default)) if e.is_instance(&TYPES.stop_iteration) => Ok(default.clone()),
            (r, _) => r,
        };
    }
    match vm.next_special(it)? {
        Some(x) => Ok(x),
        None => match v.get(1) {
            Some(default) => Ok(default.clone()),
            None => Err(PyErr::new(&TYPES.stop_iteration, Vec::new())),
        },
    }
});
builtin!(REVERSED, "reversed", |vm, a| {
    let v = a
        .exact("reversed", 1, 1)
        .map_err(|e| match a.has_keywords() {
            true => e,
            false => type_error(format!(
                "reversed expected 1 argument, got {}",
                a.values.len()
            )),
        })?;
    match &v[0] {
        Value::List(l) => Ok(Value::Iterator(PyIterator::reversed_list(l.clone()))),
        Value::Tuple(_) | Value::Str(_) | Value::ShortStr(_) | Value::Range(_) => {
            let mut items = collect(&v[0])?;
            items.reverse();
            Ok(Value::Iterator(PyIterator::over_values(items)))
        }
        // `__reversed__`, else `__len__` and `__getitem__` from the end.
        inst @ Value::Instance(_) => {
            if let Some(r) = vm.call_special(inst, "__reversed__", Vec::new()) {
                return r;
            }
            // A sequence (`__getitem__`) without `__len__` fails in
            // `len()`, as CPython's does.
            if vm.special(inst, "__getitem__").is_some() {
                let n = vm.length(inst)?;
                return Ok(LazyIter::reversed(inst.clone(), n));
            }
            Err(type_error(format!(
                "'{}' object is not reversible",
                type_name(inst)
            )))
        }
        other => Err(type_error(format!(
            "'{}' object is not reversible",
            type_name(other)
        ))),
    }
});
builtin!(DIVMOD, "divmod", |_, a| {
    let v = a.exact("divmod", 2, 2)?;
    let q = ops::binary_op(crate::bytecode::BinaryOperator::FloorDiv, &v[0], &v[1])?;
    let r = ops::binary_op(crate::bytecode::BinaryOperator::Mod, &v[0], &v[1])?;
    Ok(Value::tuple(vec![q, r]))
});
builtin!(POW, "pow", |_, a| {
    let v = a.exact("pow", 2, 3)?;
    match v {
        [base, exp] => ops::binary_op(crate::bytecode::BinaryOperator::Pow, base, exp),
        [base, exp, modulus] => pow_mod(base, exp, modulus),
        _ => unreachable!("checked by exact"),
    }
});

/// `pow(base, exp, mod)`: ints only (`int_ops::pow_mod` has the rules).
fn pow_mod(base: &Value, exp: &Value, modulus: &Value) -> PyResult<Value> {
    match (int_ref(base), int_ref(exp), int_ref(modulus)) {
        (Some(b), Some(e), Some(m)) => int_ops::pow_mod(b, e, m),
        _ => Err(type_error(
            "pow() 3rd argument not allowed unless all arguments are integers",
        )),
    }
}

/// `hex`, `oct` and `bin`: the sign, the prefix, then the magnitude's
/// digits in that base.
fn int_in_base(a: &Args, name: &str, prefix: &str, radix: u32) -> PyResult<Value> {
    let v = a.exact(name, 1, 1)?;
    let (negative, digits) = match &v[0] {
        Value::BigInt(b) => (
            b.sign() == num_bigint::Sign::Minus,
            b.magnitude().to_str_radix(radix),
        ),
        other => {
            let i = int_arg(other)?;
            let magnitude = i.unsigned_abs();
            let digits = match radix {
                16 => format!("{magnitude:x}"),
                8 => format!("{magnitude:o}"),
                _ => format!("{magnitude:b}"),
            };
            (i < 0, digits)
        }
    };
    let sign = if negative { "-" } else { "" };
    Ok(Value::str(format!("{sign}{prefix}{digits}")))
}
builtin!(HEX, "hex", |_, a| int_in_base(a, "hex", "0x", 16));
builtin!(OCT, "oct", |_, a| int_in_base(a, "oct", "0o", 8));
builtin!(BIN, "bin", |_, a| int_in_base(a, "bin", "0b", 2));
// `any` and `all` stop at the first item that decides, as CPython's do,
// so an iterator is left just past it and an endless one can end.
builtin!(ANY, "any", |vm, a| {
    let v = a.exact("any", 1, 1)?;
    let it = vm.get_iter(&v[0])?;
    while let Some(x) = vm.next_special(&it)? {
        if vm.truth(&x)? {
            return Ok(Value::bool(true));
        }
    }
    Ok(Value::bool(false))
});
builtin!(ALL, "all", |vm, a| {
    let v = a.exact("all", 1, 1)?;
    let it = vm.get_iter(&v[0])?;
    while let Some(x) = vm.next_special(&it)? {
        if !vm.truth(&x)? {
            return Ok(Value::bool(false));
        }
    }
    Ok(Value::bool(true))
});
builtin!(FORMAT, "format", |vm, a| {
    let v = a.exact("format", 1, 2)?;
    Ok(Value::str(format_value(vm, &v[0], 0, v.get(1))?))
});
/// The attributes every object has, as `dir()` lists them (CPython 3.11).
const OBJECT_DUNDERS: &[&str] = &[
    "__class__",
    "__delattr__",
    "__dir__",
    "__doc__",
    "__eq__",
    "__format__",
    "__ge__",
    "__getattribute__",
    "__getstate__",
    "__gt__",
    "__hash__",
    "__init__",
    "__init_subclass__",
    "__le__",
    "__lt__",
    "__ne__",
    "__new__",
    "__reduce__",
    "__reduce_ex__",
    "__repr__",
    "__setattr__",
    "__sizeof__",
    "__str__",
    "__subclasshook__",
];

/// The names `dir(class)` lists: the class's and its bases' attributes,
/// and what every object has.
fn class_names(t: &Arc<TypeObject>, names: &mut std::collections::BTreeSet<String>) {
    for c in t.mro() {
        if c.is_class {
            names.extend(c.dict.lock().keys().map(|k| k.to_string()));
        }
    }
    names.extend(OBJECT_DUNDERS.iter().map(|n| n.to_string()));
    if t.is_class {
        names.extend(["__dict__", "__module__", "__weakref__"].map(String::from));
    }
}

// `dir(obj)`: the sorted names of a module's, a class's or an instance's
// attributes (the instance's own, then its class's). `dir()` with no
// argument: the module's global names.
builtin!(DIR, "dir", |vm, a| {
    let v = a.exact("dir", 0, 1)?;
    let mut names = std::collections::BTreeSet::new();
    match v.first() {
        None => {
            let globals = vm.current_globals();
            for (i, n) in globals.names.iter().enumerate() {
                if !matches!(*globals.slots[i].lock(), Value::Undef) {
                    names.insert(n.to_string());
                }
            }
        }
        Some(Value::Module(m)) => {
            names.extend(m.attrs.lock().keys().cloned());
            if let Some(g) = &m.globals {
                for (i, n) in g.names.iter().enumerate() {
                    if !matches!(*g.slots[i].lock(), Value::Undef) {
                        names.insert(n.to_string());
                    }
                }
            }
        }
        Some(Value::Type(t)) => class_names(t, &mut names),
        Some(Value::Instance(inst)) => {
            match crate::stdlib::modules::local::local_of(inst) {
                // A `threading.local` subclass: this thread's attributes.
                Some(local) => names.extend(local.items(vm).into_iter().map(|(k, _)| k)),
                None => names.extend(inst.attrs.lock().keys().map(|k| k.to_string())),
            }
            class_names(&inst.class, &mut names);
        }
        Some(other) => {
            return Err(type_error(format!(
                "dir() of a '{}' object is not supported by gilvm yet",
                type_name(other)
            )))
        }
    }
    Ok(Value::list(names.into_iter().map(Value::str).collect()))
});

// `vars(obj)`: the object's `__dict__` (live for an instance).
builtin!(VARS, "vars", |vm, a| {
    let v = a.exact("vars", 1, 1)?;
    vm.get_attr(&v[0], "__dict__")
        .map_err(|_| type_error("vars() argument must have __dict__ attribute"))
});

builtin!(CALLABLE, "callable", |_, a| {
    let v = a.exact("callable", 1, 1)?;
    Ok(Value::bool(is_callable(&v[0])))
});

/// `callable(v)`.
pub fn is_callable(v: &Value) -> bool {
    match v {
        Value::Function(_)
        | Value::Builtin(_)
        | Value::BoundMethod(_)
        | Value::Type(_)
        | Value::Method(_) => true,
        Value::Instance(i) => i.class.lookup("__call__").is_some(),
        Value::Native(n) => n
            .as_any()
            .is::<crate::stdlib::modules::functools::Partial>(),
        _ => false,
    }
}

/// `print(*args, sep=' ', end='\n', file=None, flush=False)`. To
/// `sys.stdout` or `sys.stderr` the line goes as one piece; to any other
/// object with a `write` method, piece by piece as CPython writes it.
fn builtin_print(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let mut sep = " ".to_string();
    let mut end = "\n".to_string();
    let mut flush = false;
    let mut file = Value::None;
    for (name, v) in a.keywords() {
        let as_text = |what: &str| -> PyResult<Option<String>> {
            match v {
                Value::None => Ok(None),
                _ if v.is_str() => Ok(v.as_str().map(str::to_string)),
                other => Err(type_error(format!(
                    "{what} must be None or a string, not {}",
                    type_name(other)
                ))),
            }
        };
        match name {
            "sep" => sep = as_text("sep")?.unwrap_or_else(|| " ".into()),
            "end" => end = as_text("end")?.unwrap_or_else(|| "\n".into()),
            "flush" => flush = vm.truth(v)?,
            "file" => file = v.clone(),
            other => {
                return Err(type_error(format!(
                    "'{other}' is an invalid keyword argument for print()"
                )))
            }
        }
    }
    let stream = match &file {
        Value::None => Some(Stream::Stdout),
        other => TextStream::of(other),
    };
    let Some(stream) = stream else {
        return print_to_object(vm, a.positional(), &sep, &end, &file, flush);
    };
    let mut line = String::new();
    for (i, v) in a.positional().iter().enumerate() {
        if i > 0 {
            line.push_str(&sep);
        }
        // A string is copied once, into the line, and only once there is
        // room for it (`print(' ' * 2**31)`).
        match v.as_str() {
            Some(s) => {
                crate::vm::memory::reserve_str(&mut line, s.len().saturating_add(end.len()))?;
                line.push_str(s);
            }
            None => line.push_str(&str_with(vm, v)?),
        }
    }
    line.push_str(&end);
    vm.write_stream(stream, &line)?;
    if flush {
        vm.flush_stream(stream)?;
    }
    Ok(Value::None)
}

/// `print(..., file=obj)` for an object that is not a standard stream:
/// `obj.write` is called with each argument's `str`, each separator and
/// the end, then `obj.flush()` if asked.
fn print_to_object(
    vm: &mut Vm,
    args: &[Value],
    sep: &str,
    end: &str,
    file: &Value,
    flush: bool,
) -> PyResult<Value> {
    for (i, v) in args.iter().enumerate() {
        if i > 0 {
            let write = vm.get_attr(file, "write")?;
            vm.call_value(&write, vec![Value::str(sep)])?;
        }
        let write = vm.get_attr(file, "write")?;
        let text = Value::str(str_with(vm, v)?);
        vm.call_value(&write, vec![text])?;
    }
    let write = vm.get_attr(file, "write")?;
    vm.call_value(&write, vec![Value::str(end)])?;
    if flush {
        let f = vm.get_attr(file, "flush")?;
        vm.call_value(&f, Vec::new())?;
    }
    Ok(Value::None)
}

impl Vm {
    /// Writes program output (print) as one piece, so lines from different
    /// threads never interleave mid-line.
    pub fn write_output(&mut self, text: &str) -> PyResult<()> {
        let written = self.interp.runtime.write_stdout(text);
        if self.interp.runtime.recorder.is_some() {
            self.sync_clock();
            for line in text.split_inclusive('\n') {
                let line = line.strip_suffix('\n').unwrap_or(line);
                self.interp.emit(
                    self.thread,
                    crate::trace::EventKind::Output {
                        text: line.to_string(),
                    },
                );
            }
        }
        written.map_err(|e| crate::vm::objects::exceptions::io_error(&e))
    }
}

fn builtin_sum(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if a.positional().is_empty() {
        return Err(type_error(
            "sum() takes at least 1 positional argument (0 given)",
        ));
    }
    let [iterable, start] = a.bind("sum", ["iterable", "start"], 1)?;
    let mut total = start.unwrap_or(Value::Int(0));
    if total.is_str() {
        return Err(type_error(
            "sum() can't sum strings [use ''.join(seq) instead]",
        ));
    }
    let iterable = iterable.unwrap_or(Value::None);
    let add = |vm: &mut Vm, total: &Value, x: &Value| {
        // Small ints first, as CPython's sum keeps a C long while it can.
        if let (Value::Int(t), Value::Int(i)) = (total, x) {
            if let Some(s) = t.checked_add(*i) {
                return Ok(Value::Int(s));
            }
        }
        if has_class(total) || has_class(x) {
            vm.binary_special(crate::bytecode::BinaryOperator::Add, false, total, x)
        } else {
            ops::binary_op(crate::bytecode::BinaryOperator::Add, total, x)
        }
    };
    if needs_vm_iter(&iterable) {
        // Item by item: a generator's items are never all held at once.
        let it = vm.get_iter(&iterable)?;
        if let Value::Generator(g) = &it {
            // While the total and the items are numbers, adding them runs
            // no Python code: the generator may run on past its yields
            // (`Batch`), a bounded stretch at a time.
            let mut numbers = Vec::new();
            loop {
                let next = if crate::vm::generators::is_number(&total) {
                    vm.generator_next_batch(g, &mut numbers, 1024, true)?
                } else {
                    vm.generator_next(g)?
                };
                for x in numbers.drain(..) {
                    total = add(vm, &total, &x)?;
                }
                match next {
                    Some(x) => total = add(vm, &total, &x)?,
                    None => return Ok(total),
                }
            }
        }
        while let Some(x) = vm.next_special(&it)? {
            total = add(vm, &total, &x)?;
        }
        return Ok(total);
    }
    for x in vm.collect_items(&iterable)? {
        total = add(vm, &total, &x)?;
    }
    Ok(total)
}

fn min_max(vm: &mut Vm, a: &Args, name: &str, want_min: bool) -> PyResult<Value> {
    let mut key = None;
    let mut default = None;
    for (k, v) in a.keywords() {
        match k {
            "key" => key = Some(v.clone()).filter(|v| !v.is_none()),
            "default" => default = Some(v.clone()),
            other => {
                return Err(type_error(format!(
                    "'{other}' is an invalid keyword argument for {name}()"
                )))
            }
        }
    }
    let pos = a.positional();
    let items = match pos.len() {
        0 => {
            return Err(type_error(format!(
                "{name} expected at least 1 argument, got 0"
            )))
        }
        1 => vm.collect_items(&pos[0])?,
        _ => {
            if default.is_some() {
                return Err(type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            pos.to_vec()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for item in items {
        let k = match &key {
            Some(f) => vm.call_value(f, vec![item.clone()])?,
            None => item.clone(),
        };
        let better = match &best {
            None => true,
            Some((_, bk)) => {
                let cmp = if want_min {
                    crate::bytecode::Comparison::Lt
                } else {
                    crate::bytecode::Comparison::Gt
                };
                vm.rich_compare(cmp, &k, bk)?
            }
        };
        if better {
            best = Some((item, k));
        }
    }
    match best {
        Some((item, _)) => Ok(item),
        None => default.ok_or_else(|| value_error(format!("{name}() arg is an empty sequence"))),
    }
}

/// Sorts in place with `<`, stable, optionally by key and reversed. A
/// merge sort of our own: Rust's sort may panic on an inconsistent order
/// (NaN), and Python's never does.
pub fn sort_values(
    vm: &mut Vm,
    items: &mut Vec<Value>,
    key: Option<Value>,
    reverse: bool,
) -> PyResult<()> {
    let keys = match key.filter(|k| !k.is_none()) {
        Some(f) => {
            let mut keys = Vec::with_capacity(items.len());
            for item in items.iter() {
                keys.push(vm.call_value(&f, vec![item.clone()])?);
            }
            keys
        }
        None => items.clone(),
    };
    let mut order: Vec<usize> = (0..items.len()).collect();
    if reverse {
        order.reverse();
    }
    let mut less = |a: usize, b: usize| -> PyResult<bool> {
        let r = vm.rich_compare(crate::bytecode::Comparison::Lt, &keys[a], &keys[b])?;
        Ok(r)
    };
    merge_sort(&mut order, &mut less)?;
    if reverse {
        order.reverse();
    }
    let sorted: Vec<Value> = order.iter().map(|&i| items[i].clone()).collect();
    *items = sorted;
    Ok(())
}

fn merge_sort(
    v: &mut [usize],
    less: &mut dyn FnMut(usize, usize) -> PyResult<bool>,
) -> PyResult<()> {
    // Insertion sort for short runs, then bottom-up merges.
    const RUN: usize = 16;
    let n = v.len();
    for chunk in v.chunks_mut(RUN) {
        for i in 1..chunk.len() {
            let mut j = i;
            while j > 0 && less(chunk[j], chunk[j - 1])? {
                chunk.swap(j, j - 1);
                j -= 1;
            }
        }
    }
    let mut width = RUN;
    let mut buf = vec![0usize; n];
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut i, mut j, mut k) = (start, mid, start);
            while i < mid && j < end {
                // Take from the right only when strictly less: stability.
                if less(v[j], v[i])? {
                    buf[k] = v[j];
                    j += 1;
                } else {
                    buf[k] = v[i];
                    i += 1;
                }
                k += 1;
            }
            buf[k..k + (mid - i)].copy_from_slice(&v[i..mid]);
            k += mid - i;
            buf[k..k + (end - j)].copy_from_slice(&v[j..end]);
            start = end;
        }
        v.copy_from_slice(&buf);
        width *= 2;
    }
    Ok(())
}

fn builtin_round(_: &mut Vm, a: &Args) -> PyResult<Value> {
    let [number, ndigits] = a.bind("round", ["number", "ndigits"], 1)?;
    let number = number.unwrap_or(Value::None);
    let ndigits = match ndigits {
        None | Some(Value::None) => None,
        // A huge ndigits keeps every digit, or none.
        Some(Value::BigInt(b)) if b.sign() == num_bigint::Sign::Minus => Some(i64::MIN),
        Some(Value::BigInt(_)) => Some(i64::MAX),
        Some(v) => Some(int_arg(&v)?),
    };
    match (int_ref(&number), ndigits) {
        (Some(i), None) => Ok(i.to_value()),
        (Some(i), Some(n)) => Ok(int_ops::round(i, n)),
        (None, _) => round_non_int(&number, ndigits),
    }
}

/// `round(x)` and `round(x, n)` for what is not an int.
fn round_non_int(number: &Value, ndigits: Option<i64>) -> PyResult<Value> {
    match (number, ndigits) {
        (Value::Float(f), None) => float_to_int(f.get().round_ties_even()),
        (Value::Float(f), Some(n)) => Ok(Value::float(format::round_float(f.get(), n))),
        (other, _) => Err(type_error(format!(
            "type {} doesn't define __round__ method",
            type_name(other)
        ))),
    }
}

/// `int(x)` of a float: truncated, big when it must be; NaN and the
/// infinities are errors.
pub fn float_to_int(x: f64) -> PyResult<Value> {
    match format::float_to_int_checked(x) {
        Ok(i) => Ok(Value::Int(i)),
        Err(FloatToIntError::Nan) => Err(value_error("cannot convert float NaN to integer")),
        Err(FloatToIntError::Infinity) => {
            Err(overflow_error("cannot convert float infinity to integer"))
        }
        Err(FloatToIntError::Overflow) => Ok(float_to_big(x)),
    }
}

/// An argument that must be an int (bools count) small enough for a C
/// `ssize_t`, as CPython's counts, widths and positions must be.
pub fn int_arg(v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(b.get() as i64),
        Value::BigInt(_) => Err(ssize_overflow()),
        other => Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(other)
        ))),
    }
}

pub fn isinstance_check(v: &Value, classinfo: &Value) -> PyResult<bool> {
    match classinfo {
        Value::Type(t) => Ok(is_instance(v, t)),
        Value::Tuple(ts) => {
            for t in ts.items.iter() {
                if isinstance_check(v, t)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        union if crate::vm::objects::generic_alias::UnionType::of(union).is_some() => {
            let members = crate::vm::objects::generic_alias::UnionType::of(union)
                .map(|u| u.members())
                .unwrap_or_default();
            isinstance_check(v, &Value::tuple(members))
        }
        v if crate::vm::objects::generic_alias::GenericAlias::of(v).is_some() => Err(type_error(
            "isinstance() argument 2 cannot be a parameterized generic",
        )),
        _ => Err(type_error(
            "isinstance() arg 2 must be a type, a tuple of types, or a union",
        )),
    }
}

/// `format(v, spec)` and f-string fields; `conversion` is 1 for `!s`, 2
/// for `!r`, 3 for `!a`.
pub fn format_value(
    vm: &mut Vm,
    v: &Value,
    conversion: u32,
    spec: Option<&Value>,
) -> PyResult<String> {
    let converted;
    let v = match conversion {
        1 => {
            converted = Value::str(str_with(vm, v)?);
            &converted
        }
        2 | 3 => {
            let r = repr_with(vm, v)?;
            converted = Value::str(if conversion == 3 { ascii_escape(&r) } else { r });
            &converted
        }
        _ => v,
    };
    let spec = match spec {
        Some(s) if s.is_str() => s.as_str().unwrap_or_default(),
        Some(other) => {
            return Err(type_error(format!(
                "format() argument 2 must be str, not {}",
                type_name(other)
            )))
        }
        None => "",
    };
    let r = match v {
        Value::Int(i) => format::format_int(*i, spec),
        Value::BigInt(b) => format::format_bigint(b, spec),
        Value::Bool(b) if !spec.is_empty() => format::format_int(b.get() as i64, spec),
        Value::Float(f) => format::format_float(f.get(), spec),
        Value::Str(_) | Value::ShortStr(_) => {
            format::format_str(v.as_str().unwrap_or_default(), spec)
        }
        other => {
            // A class's own `__format__` decides (f-strings, `format()`
            // and `str.format` alike).
            let spec_value = Value::str(spec);
            if let Some(r) = vm.call_special(other, "__format__", vec![spec_value]) {
                let r = r?;
                return match r.as_str() {
                    Some(s) => Ok(s.to_string()),
                    None => Err(type_error(format!(
                        "__format__ must return a str, not {}",
                        type_name(&r)
                    ))),
                };
            }
            if spec.is_empty() {
                return str_with(vm, other);
            }
            return Err(type_error(format!(
                "unsupported format string passed to {}.__format__",
                type_name(other)
            )));
        }
    };
    r.map_err(|e| match e.as_str() {
        format::CHAR_RANGE_ERROR
        | format::INT_TOO_LARGE_FOR_FLOAT
        | format::INT_TOO_LARGE_FOR_LONG => overflow_error(e),
        format::WIDTH_MEMORY_ERROR => crate::vm::objects::exceptions::memory_error(),
        _ => value_error(e),
    })
}

pub(crate) fn ascii_escape(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}

/// Calling a type: a conversion (`int("7")`), a container constructor, or
/// an exception class (`ValueError("bad")`).
pub fn call_type(vm: &mut Vm, t: &Arc<TypeObject>, a: Args) -> PyResult<Value> {
    // `str(i)`, the commonest conversion (building keys, joining numbers),
    // needs none of the checks below: the built-in `str` has no metaclass
    // and no constructor of its own.
    if let (TypeKind::Str, false, [Value::Int(i)], []) = (t.kind, t.is_class, a.values, a.kwnames) {
        return Ok(crate::vm::repr::int_str(*i));
    }
    // A metaclass's `__call__` decides what calling its class does.
    if let Some(hook) = t.meta_hook("__call__") {
        let mut all = Vec::with_capacity(a.values.len() + 1);
        all.push(Value::Type(t.clone()));
        all.extend_from_slice(a.values);
        return vm.call_value_kw(&hook, all, a.kwnames);
    }
    if t.is_class {
        return crate::vm::classes::construct(vm, t, a);
    }
    if let Some(make) = t.constructor {
        return (make.func)(vm, &a);
    }
    if let Some(r) = crate::stdlib::object_builtins::construct_descriptor(t, &a) {
        return r;
    }
    if t.is_exception() && t.is_subtype(&TYPES.base_exception_group) {
        return crate::vm::objects::exception_group::construct(t, &a);
    }
    if t.is_exception() {
        if let Some((name, _)) = a.keywords().next() {
            return Err(type_error(format!(
                "{}() takes no keyword arguments (got '{name}')",
                t.name
            )));
        }
        return Ok(PyErr::new(t, a.values.to_vec()).value());
    }
    let name = t.name.as_str();
    match t.kind {
        TypeKind::Int => {
            // `x` is positional-only in CPython: `int(x=1)` is an error.
            if a.keywords().any(|(k, _)| k == "x") {
                return Err(type_error("'x' is an invalid keyword argument for int()"));
            }
            let [x, base] = a.bind("int", ["x", "base"], 0)?;
            // An object that says what int it is (`__int__`, `__index__`).
            if let (Some(v @ Value::Instance(_)), None) = (&x, &base) {
                for hook in ["__int__", "__index__", "__trunc__"] {
                    if let Some(r) = vm.call_special(v, hook, Vec::new()) {
                        return r;
                    }
                }
            }
            construct_int(x, base)
        }
        TypeKind::Float => {
            let v = a.exact("float", 0, 1)?;
            match v.first() {
                None => Ok(Value::float(0.0)),
                Some(Value::Float(f)) => Ok(Value::Float(*f)),
                Some(Value::Int(i)) => Ok(Value::float(*i as f64)),
                Some(Value::BigInt(b)) => Ok(Value::float(IntRef::Big(b).to_f64()?)),
                Some(Value::Bool(b)) => Ok(Value::float(b.get() as i64 as f64)),
                Some(v @ Value::Instance(_)) => {
                    for hook in ["__float__", "__index__"] {
                        if let Some(r) = vm.call_special(v, hook, Vec::new()) {
                            let r = r?;
                            return match r {
                                Value::Int(i) => Ok(Value::float(i as f64)),
                                other => Ok(other),
                            };
                        }
                    }
                    Err(type_error(format!(
                        "float() argument must be a string or a real number, not '{}'",
                        type_name(v)
                    )))
                }
                Some(s) if s.is_str() => format::parse_float(s.as_str().unwrap_or_default())
                    .map(Value::float)
                    .map_err(value_error),
                Some(other) => Err(type_error(format!(
                    "float() argument must be a string or a real number, not '{}'",
                    type_name(other)
                ))),
            }
        }
        TypeKind::Str => {
            let v = a.exact("str", 0, 1)?;
            match v.first() {
                None => Ok(Value::str("")),
                Some(s) if s.is_str() => Ok(s.clone()),
                Some(Value::Int(i)) => Ok(crate::vm::repr::int_str(*i)),
                Some(x) => Ok(Value::str(str_with(vm, x)?)),
            }
        }
        TypeKind::Bool => {
            let v = a.exact("bool", 0, 1)?;
            Ok(Value::bool(match v.first() {
                Some(x) => vm.truth(x)?,
                None => false,
            }))
        }
        TypeKind::List => {
            let v = a.exact("list", 0, 1)?;
            Ok(Value::list(match v.first() {
                None => Vec::new(),
                Some(x) => vm.collect_items(x)?,
            }))
        }
        TypeKind::Tuple => {
            let v = a.exact("tuple", 0, 1)?;
            match v.first() {
                None => Ok(Value::tuple(Vec::new())),
                Some(Value::Tuple(t)) => Ok(Value::Tuple(t.clone())),
                Some(x) => Ok(Value::tuple(vm.collect_items(x)?)),
            }
        }
        TypeKind::Dict => construct_dict(vm, a),
        TypeKind::Set => crate::stdlib::set_methods::construct(vm, false, &a),
        TypeKind::FrozenSet => crate::stdlib::set_methods::construct(vm, true, &a),
        TypeKind::Range => {
            let v = a.exact("range", 1, 3)?;
            let nums: Vec<i64> = v.iter().map(int_arg).collect::<PyResult<_>>()?;
            let (start, stop, step) = match nums.as_slice() {
                [stop] => (0, *stop, 1),
                [start, stop] => (*start, *stop, 1),
                [start, stop, step] => (*start, *stop, *step),
                _ => unreachable!("checked by exact"),
            };
            if step == 0 {
                return Err(value_error("range() arg 3 must not be zero"));
            }
            Ok(Value::Range(Arc::new(PyRange { start, stop, step })))
        }
        TypeKind::Slice => {
            let v = a.exact("slice", 1, 3)?;
            let (start, stop, step) = match v {
                [stop] => (Value::None, stop.clone(), Value::None),
                [start, stop] => (start.clone(), stop.clone(), Value::None),
                [start, stop, step] => (start.clone(), stop.clone(), step.clone()),
                _ => unreachable!("checked by exact"),
            };
            Ok(Value::Slice(Arc::new(PySlice { start, stop, step })))
        }
        TypeKind::Type if a.values.len() == 3 && !a.has_keywords() => {
            // `type(name, bases, namespace)`: a class made as a class
            // statement makes one, in the caller's module.
            let v = a.values;
            if !v[0].is_str() {
                return Err(type_error(format!(
                    "type.__new__() argument 1 must be str, not {}",
                    type_name(&v[0])
                )));
            }
            if !matches!(v[1], Value::Tuple(_)) {
                return Err(type_error(format!(
                    "type.__new__() argument 2 must be tuple, not {}",
                    type_name(&v[1])
                )));
            }
            let Value::Dict(ns) = &v[2] else {
                return Err(type_error(format!(
                    "type.__new__() argument 3 must be dict, not {}",
                    type_name(&v[2])
                )));
            };
            let ns = Value::Dict(Arc::new(ns.copy()));
            let globals = vm.current_globals();
            vm.build_class(vec![v[0].clone(), v[1].clone(), ns, Value::None], &globals)
        }
        TypeKind::Type => {
            let v = a.exact("type", 1, 1).map_err(|e| match a.has_keywords() {
                true => e,
                false => type_error("type() takes 1 or 3 arguments"),
            })?;
            Ok(Value::Type(type_of(&v[0])))
        }
        TypeKind::Object => {
            if !a.values.is_empty() {
                return Err(type_error("object() takes no arguments"));
            }
            Ok(Value::Instance(Arc::new(
                crate::vm::objects::instance::PyInstance::new(
                    t.clone(),
                    vm.interp.runtime.next_serial(),
                ),
            )))
        }
        TypeKind::NoneType => Ok(Value::None),
        _ if t.name == "ellipsis" => {
            a.exact("ellipsis", 0, 0)
                .map_err(|_| type_error("EllipsisType takes no arguments"))?;
            Ok(crate::vm::protocols::ELLIPSIS.clone())
        }
        _ => {
            let _ = vm;
            Err(type_error(format!("cannot create '{name}' instances")))
        }
    }
}

fn construct_int(x: Option<Value>, base: Option<Value>) -> PyResult<Value> {
    let Some(x) = x else {
        return Ok(Value::Int(0));
    };
    if let Some(base) = base {
        let base = int_arg(&base)?;
        if base != 0 && !(2..=36).contains(&base) {
            return Err(value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        return match x.as_str() {
            Some(s) => parse_int_value(s, base as u32),
            None => Err(type_error(
                "int() can't convert non-string with explicit base",
            )),
        };
    }
    match &x {
        Value::Int(_) | Value::BigInt(_) => Ok(x.clone()),
        Value::Bool(b) => Ok(Value::Int(b.get() as i64)),
        Value::Float(f) => float_to_int(f.get()),
        Value::Str(_) | Value::ShortStr(_) => parse_int_value(x.as_str().unwrap_or_default(), 10),
        other => Err(type_error(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            type_name(other)
        ))),
    }
}

fn parse_int_value(s: &str, base: u32) -> PyResult<Value> {
    match format::parse_int(s, base) {
        Ok(format::ParsedInt::Small(i)) => Ok(Value::Int(i)),
        Ok(format::ParsedInt::Big(b)) => Ok(big_value(b)),
        Err(IntParseError::Invalid(msg)) => Err(value_error(msg)),
    }
}

fn construct_dict(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let pos = a.positional();
    if pos.len() > 1 {
        return Err(type_error(format!(
            "dict expected at most 1 argument, got {}",
            pos.len()
        )));
    }
    let d = match pos.first() {
        Some(Value::Dict(src)) => src.copy(),
        _ => PyDict::new(),
    };
    match pos.first() {
        Some(Value::Dict(_)) | None => {}
        Some(other) => update_dict(vm, &d, other)?,
    }
    for (k, v) in a.keywords() {
        d.set(Value::str(k), v.clone())?;
    }
    Ok(Value::Dict(Arc::new(d)))
}

/// `dict(source)` and `d.update(source)`: copy a mapping, or insert the
/// key/value pairs of an iterable of pairs, with CPython's messages for
/// an element that is not a pair.
pub fn update_dict(vm: &mut Vm, d: &PyDict, source: &Value) -> PyResult<()> {
    if let Value::Dict(src) = source {
        for (k, v) in src.items() {
            d.set(k, v)?;
        }
        return Ok(());
    }
    // A native mapping (an instance's `__dict__`): its keys, then its items.
    if let Value::Native(n) = source {
        if n.is_mapping() {
            for k in n.items().unwrap_or_default() {
                let v = vm.get_item(source, &k)?;
                d.set(k, v)?;
            }
            return Ok(());
        }
    }
    // An instance with `keys()` is a mapping: its keys, then `obj[key]`.
    if let Some(keys) = vm.call_special(source, "keys", Vec::new()) {
        for k in vm.collect_items(&keys?)? {
            let v = vm.get_item(source, &k)?;
            d.set(k, v)?;
        }
        return Ok(());
    }
    for (i, item) in vm.collect_items(source)?.into_iter().enumerate() {
        let not_sequence = || {
            type_error(format!(
                "cannot convert dictionary update sequence element #{i} to a sequence"
            ))
        };
        let pair = match (has_class(&item), vm.iterable(&item)) {
            (true, false) => return Err(not_sequence()),
            (true, true) => vm.collect_items(&item)?,
            (false, _) => vm.collect_items(&item).map_err(|_| not_sequence())?,
        };
        let [k, v] = <[Value; 2]>::try_from(pair).map_err(|pair| {
            value_error(format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                pair.len()
            ))
        })?;
        d.set(k, v)?;
    }
    Ok(())
}

/// For `list.index` and friends: an index argument that may be negative.
pub fn clamp_index(v: &Value, len: usize) -> PyResult<usize> {
    let i = match v {
        // Beyond any length: clamped like the rest, as CPython clamps.
        Value::BigInt(b) if b.sign() == num_bigint::Sign::Minus => i64::MIN,
        Value::BigInt(_) => i64::MAX,
        _ => int_arg(v)?,
    };
    let len = len as i64;
    let i = if i < 0 { (i + len).max(0) } else { i.min(len) };
    Ok(i as usize)
}

/// The error for popping from an empty container.
pub fn empty_pop(what: &str) -> PyErr {
    index_error(format!("pop from empty {what}"))
}
