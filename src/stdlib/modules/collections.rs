//! `_collections`: the `deque` that `collections.deque` is. Written in
//! Rust, as CPython's is, so that `append` and `popleft` are each one
//! step under the deque's own lock: atomic under `--gil none` as they are
//! under the GIL, which is what makes a deque a safe hand-off between a
//! producer and a consumer thread.

use std::any::Any;
use std::collections::VecDeque;
use std::sync::{Arc, LazyLock};

use parking_lot::Mutex;

use crate::builtin;
use crate::vm::native::{Args, BuiltinFunction, NativeObject};
use crate::vm::objects::exceptions::{index_error, type_error, value_error, PyResult};
use crate::vm::objects::iter::collect;
use crate::vm::objects::types::{type_name, TypeObject, TYPES};
use crate::vm::ops;
use crate::vm::repr::py_repr;
use crate::vm::value::{Module, Value};

pub static DEQUE_TYPE: LazyLock<Arc<TypeObject>> = LazyLock::new(|| {
    TypeObject::native("collections", "deque", &TYPES.object, deque_method, &DEQUE)
});

pub fn module() -> Value {
    Value::Module(Arc::new(Module::new(
        "_collections",
        vec![("deque", Value::Type(DEQUE_TYPE.clone()))],
    )))
}

pub struct Deque {
    items: Mutex<VecDeque<Value>>,
    maxlen: Option<usize>,
}

impl Deque {
    /// Adds at the right (or left), dropping from the other end when full.
    fn push(&self, v: Value, left: bool) {
        let mut items = self.items.lock();
        if self.maxlen == Some(0) {
            return;
        }
        let dropped = if self.maxlen.is_some_and(|m| items.len() >= m) {
            if left {
                items.pop_back()
            } else {
                items.pop_front()
            }
        } else {
            None
        };
        if left {
            items.push_front(v);
        } else {
            items.push_back(v);
        }
        drop(items);
        drop(dropped);
    }

    fn snapshot(&self) -> Vec<Value> {
        self.items.lock().iter().cloned().collect()
    }

    fn position(&self, x: &Value) -> PyResult<Option<usize>> {
        for (i, item) in self.snapshot().iter().enumerate() {
            if ops::eq(item, x)? {
                return Ok(Some(i));
            }
        }
        Ok(None)
    }
}

impl NativeObject for Deque {
    fn type_object(&self) -> Arc<TypeObject> {
        DEQUE_TYPE.clone()
    }
    fn method(&self, name: &str) -> Option<&'static BuiltinFunction> {
        deque_method(name)
    }
    fn attribute(&self, name: &str) -> Option<Value> {
        (name == "maxlen").then(|| self.maxlen.map_or(Value::None, |m| Value::Int(m as i64)))
    }
    fn len(&self) -> Option<usize> {
        Some(self.items.lock().len())
    }
    fn contains(&self, item: &Value) -> Option<PyResult<bool>> {
        Some(self.position(item).map(|p| p.is_some()))
    }
    fn items(&self) -> Option<Vec<Value>> {
        Some(self.snapshot())
    }
    fn get_item(&self, key: &Value) -> Option<PyResult<Value>> {
        // The position is found and used under one lock: another thread
        // may pop meanwhile under `--gil none`.
        let items = self.items.lock();
        Some(index_in(key, items.len()).map(|i| items[i].clone()))
    }
    fn set_item(&self, key: &Value, value: Value) -> Option<PyResult<()>> {
        let mut items = self.items.lock();
        let r = index_in(key, items.len()).map(|i| std::mem::replace(&mut items[i], value));
        drop(items);
        Some(r.map(drop))
    }
    fn equals(&self, other: &Value) -> Option<PyResult<bool>> {
        let other = as_deque(other)?;
        let (a, b) = (self.snapshot(), other.snapshot());
        Some(ops::eq(&Value::list(a), &Value::list(b)))
    }
    fn repr_items(&self) -> Option<(String, Vec<Value>, String)> {
        let close = match self.maxlen {
            Some(m) => format!("], maxlen={m})"),
            None => "])".to_string(),
        };
        Some(("deque([".to_string(), self.snapshot(), close))
    }
    fn repr(&self) -> String {
        let (open, items, close) = self.repr_items().unwrap_or_default();
        let inner = py_repr(&Value::list(items));
        format!("{open}{}{close}", &inner[1..inner.len() - 1])
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// The position `d[key]` names in a deque of `len` items.
fn index_in(key: &Value, len: usize) -> PyResult<usize> {
    {
        let i = match key {
            Value::Int(i) => *i,
            Value::Bool(b) => b.get() as i64,
            _ => {
                return Err(type_error(format!(
                    "sequence index must be integer, not '{}'",
                    type_name(key)
                )))
            }
        };
        let len = len as i64;
        let i = if i < 0 { i.saturating_add(len) } else { i };
        if (0..len).contains(&i) {
            Ok(i as usize)
        } else {
            Err(index_error("deque index out of range"))
        }
    }
}

fn as_deque(v: &Value) -> Option<&Deque> {
    match v {
        Value::Native(n) => n.as_any().downcast_ref::<Deque>(),
        _ => None,
    }
}

/// The deque a method was called on, and its other arguments.
fn this<'a>(a: &Args<'a>, name: &str) -> PyResult<(&'a Deque, &'a [Value])> {
    let d = a
        .values
        .first()
        .and_then(as_deque)
        .ok_or_else(|| type_error(format!("descriptor '{name}' requires a 'deque' object")))?;
    if a.has_keywords() {
        return Err(type_error(format!(
            "deque.{name}() takes no keyword arguments"
        )));
    }
    Ok((d, &a.values[1..]))
}

fn one<'a>(args: &'a [Value], name: &str) -> PyResult<&'a Value> {
    match args {
        [v] => Ok(v),
        _ => Err(type_error(format!(
            "deque.{name}() takes exactly one argument ({} given)",
            args.len()
        ))),
    }
}

fn deque_method(name: &str) -> Option<&'static BuiltinFunction> {
    Some(match name {
        "append" => &APPEND,
        "appendleft" => &APPENDLEFT,
        "pop" => &POP,
        "popleft" => &POPLEFT,
        "extend" => &EXTEND,
        "extendleft" => &EXTENDLEFT,
        "rotate" => &ROTATE,
        "clear" => &CLEAR,
        "count" => &COUNT,
        "index" => &INDEX,
        "remove" => &REMOVE,
        "reverse" => &REVERSE,
        "copy" => &COPY,
        "insert" => &INSERT,
        _ => return None,
    })
}

builtin!(DEQUE, "deque", |_, a| {
    let [iterable, maxlen] = a.bind("deque", ["iterable", "maxlen"], 0)?;
    let maxlen = match maxlen {
        None | Some(Value::None) => None,
        Some(Value::Int(m)) if m < 0 => return Err(value_error("maxlen must be non-negative")),
        Some(Value::Int(m)) => Some(m as usize),
        Some(v) => {
            return Err(type_error(format!(
                "an integer is required, not {}",
                type_name(&v)
            )))
        }
    };
    let d = Deque {
        items: Mutex::new(VecDeque::new()),
        maxlen,
    };
    if let Some(it) = iterable {
        for v in collect(&it)? {
            d.push(v, false);
        }
    }
    Ok(Value::Native(Arc::new(Box::new(d))))
});

builtin!(APPEND, "append", |_, a| {
    let (d, args) = this(a, "append")?;
    d.push(one(args, "append")?.clone(), false);
    Ok(Value::None)
});
builtin!(APPENDLEFT, "appendleft", |_, a| {
    let (d, args) = this(a, "appendleft")?;
    d.push(one(args, "appendleft")?.clone(), true);
    Ok(Value::None)
});
builtin!(POP, "pop", |_, a| {
    let (d, _) = this(a, "pop")?;
    let v = d.items.lock().pop_back();
    v.ok_or_else(|| index_error("pop from an empty deque"))
});
builtin!(POPLEFT, "popleft", |_, a| {
    let (d, _) = this(a, "popleft")?;
    let v = d.items.lock().pop_front();
    v.ok_or_else(|| index_error("pop from an empty deque"))
});
builtin!(EXTEND, "extend", |_, a| {
    let (d, args) = this(a, "extend")?;
    for v in collect(one(args, "extend")?)? {
        d.push(v, false);
    }
    Ok(Value::None)
});
builtin!(EXTENDLEFT, "extendleft", |_, a| {
    let (d, args) = this(a, "extendleft")?;
    for v in collect(one(args, "extendleft")?)? {
        d.push(v, true);
    }
    Ok(Value::None)
});
builtin!(ROTATE, "rotate", |_, a| {
    let (d, args) = this(a, "rotate")?;
    let n = match args {
        [] => 1,
        [Value::Int(n)] => *n,
        [v] => {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(v)
            )))
        }
        _ => return Err(type_error("rotate expected at most 1 argument")),
    };
    let mut items = d.items.lock();
    let len = items.len() as i64;
    if len > 0 {
        let k = (n as i128).rem_euclid(len as i128) as usize;
        items.rotate_right(k);
    }
    Ok(Value::None)
});
builtin!(CLEAR, "clear", |_, a| {
    let (d, _) = this(a, "clear")?;
    let old = std::mem::take(&mut *d.items.lock());
    drop(old);
    Ok(Value::None)
});
builtin!(COUNT, "count", |_, a| {
    let (d, args) = this(a, "count")?;
    let x = one(args, "count")?;
    let mut n = 0;
    for item in d.snapshot() {
        if ops::eq(&item, x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
});
builtin!(INDEX, "index", |_, a| {
    let (d, args) = this(a, "index")?;
    let x = args
        .first()
        .ok_or_else(|| type_error("index expected at least 1 argument, got 0"))?;
    match d.position(x)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(value_error(format!("{} is not in deque", py_repr(x)))),
    }
});
builtin!(REMOVE, "remove", |_, a| {
    let (d, args) = this(a, "remove")?;
    let x = one(args, "remove")?;
    match d.position(x)? {
        Some(i) => {
            let old = d.items.lock().remove(i);
            drop(old);
            Ok(Value::None)
        }
        None => Err(value_error(format!("{} is not in deque", py_repr(x)))),
    }
});
builtin!(REVERSE, "reverse", |_, a| {
    let (d, _) = this(a, "reverse")?;
    d.items.lock().make_contiguous().reverse();
    Ok(Value::None)
});
builtin!(COPY, "copy", |_, a| {
    let (d, _) = this(a, "copy")?;
    Ok(Value::Native(Arc::new(Box::new(Deque {
        items: Mutex::new(d.snapshot().into()),
        maxlen: d.maxlen,
    }))))
});
builtin!(INSERT, "insert", |_, a| {
    let (d, args) = this(a, "insert")?;
    let [Value::Int(i), v] = args else {
        return Err(type_error("insert expected 2 arguments"));
    };
    let mut items = d.items.lock();
    if d.maxlen.is_some_and(|m| items.len() >= m) {
        return Err(index_error("deque already at its maximum size"));
    }
    let len = items.len() as i64;
    let i = if *i < 0 {
        (*i + len).max(0)
    } else {
        (*i).min(len)
    };
    items.insert(i as usize, v.clone());
    Ok(Value::None)
});
