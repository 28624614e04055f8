//! `obj.__dict__`: the instance's own attributes, seen as a dict. A live
//! view, as in CPython: `self.__dict__[k] = v` (what a `__setattr__` hook
//! stores through) and `self.__dict__.update(kwargs)` change the instance.

use std::any::Any;
use std::sync::Arc;

use crate::builtin;
use crate::vm::native::{Args, BuiltinFunction, NativeObject};
use crate::vm::objects::dict::PyDict;
use crate::vm::objects::exceptions::{key_error, type_error, PyResult};
use crate::vm::objects::instance::PyInstance;
use crate::vm::objects::types::{type_name, TypeObject, TYPES};
use crate::vm::repr::py_repr;
use crate::vm::value::Value;

pub struct InstanceDict(pub Arc<PyInstance>);

pub fn value_of(inst: &Arc<PyInstance>) -> Value {
    Value::Native(Arc::new(Box::new(InstanceDict(inst.clone()))))
}

impl InstanceDict {
    fn pairs(&self) -> Vec<(Value, Value)> {
        let attrs = self.0.attrs.lock();
        attrs
            .iter()
            .map(|(k, v)| (Value::str(&**k), v.clone()))
            .collect()
    }

    /// A copy as a plain dict.
    pub fn to_dict(&self) -> Value {
        let d = PyDict::new();
        for (k, v) in self.pairs() {
            let _ = d.set(k, v);
        }
        Value::Dict(Arc::new(d))
    }
}

fn key_str(key: &Value) -> PyResult<&str> {
    key.as_str().ok_or_else(|| {
        type_error(format!(
            "attribute name must be string, not '{}'",
            type_name(key)
        ))
    })
}

impl NativeObject for InstanceDict {
    fn type_object(&self) -> Arc<TypeObject> {
        TYPES.dict.clone()
    }
    fn method(&self, name: &str) -> Option<&'static BuiltinFunction> {
        Some(match name {
            "keys" => &KEYS,
            "values" => &VALUES,
            "items" => &ITEMS,
            "get" => &GET,
            "update" => &UPDATE,
            "pop" => &POP,
            "setdefault" => &SETDEFAULT,
            "copy" => &COPY,
            "clear" => &CLEAR,
            _ => return None,
        })
    }
    fn len(&self) -> Option<usize> {
        Some(self.0.attrs.lock().len())
    }
    fn is_mapping(&self) -> bool {
        true
    }
    fn contains(&self, item: &Value) -> Option<PyResult<bool>> {
        Some(Ok(item.as_str().is_some_and(|k| self.0.get(k).is_some())))
    }
    fn items(&self) -> Option<Vec<Value>> {
        Some(self.pairs().into_iter().map(|(k, _)| k).collect())
    }
    fn get_item(&self, key: &Value) -> Option<PyResult<Value>> {
        Some(key_str(key).and_then(|k| self.0.get(k).ok_or_else(|| key_error(key.clone()))))
    }
    fn set_item(&self, key: &Value, value: Value) -> Option<PyResult<()>> {
        Some(key_str(key).map(|k| drop(self.0.set(&Arc::from(k), value))))
    }
    fn equals(&self, other: &Value) -> Option<PyResult<bool>> {
        let other = match other {
            Value::Native(n) => match n.as_any().downcast_ref::<InstanceDict>() {
                Some(d) => d.to_dict(),
                None => return Some(Ok(false)),
            },
            Value::Dict(_) => other.clone(),
            _ => return Some(Ok(false)),
        };
        Some(crate::vm::ops::eq(&self.to_dict(), &other))
    }
    fn repr(&self) -> String {
        py_repr(&self.to_dict())
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn this<'a>(a: &Args<'a>) -> PyResult<&'a InstanceDict> {
    match a.values.first() {
        Some(Value::Native(n)) => n
            .as_any()
            .downcast_ref::<InstanceDict>()
            .ok_or_else(|| type_error("expected a __dict__")),
        _ => Err(type_error("expected a __dict__")),
    }
}

builtin!(KEYS, "keys", |_, a| {
    let d = this(a)?;
    Ok(Value::list(d.items().unwrap_or_default()))
});
builtin!(VALUES, "values", |_, a| {
    let d = this(a)?;
    Ok(Value::list(d.pairs().into_iter().map(|(_, v)| v).collect()))
});
builtin!(ITEMS, "items", |_, a| {
    let d = this(a)?;
    Ok(Value::list(
        d.pairs()
            .into_iter()
            .map(|(k, v)| Value::tuple(vec![k, v]))
            .collect(),
    ))
});
builtin!(GET, "get", |_, a| {
    let d = this(a)?;
    let v = &a.values[1..];
    let Some(key) = v.first() else {
        return Err(type_error("get expected at least 1 argument, got 0"));
    };
    Ok(key
        .as_str()
        .and_then(|k| d.0.get(k))
        .or_else(|| v.get(1).cloned())
        .unwrap_or(Value::None))
});
builtin!(UPDATE, "update", |vm, a| {
    let d = this(a)?;
    let pairs: Vec<(Value, Value)> = match a.positional().get(1) {
        None => Vec::new(),
        Some(Value::Dict(src)) => src.items(),
        Some(Value::Native(n)) if n.as_any().is::<InstanceDict>() => n
            .as_any()
            .downcast_ref::<InstanceDict>()
            .map(InstanceDict::pairs)
            .unwrap_or_default(),
        Some(other) => {
            let it = vm.get_iter(other)?;
            let mut out = Vec::new();
            while let Some(pair) = vm.next_special(&it)? {
                let kv = crate::vm::objects::iter::collect(&pair)?;
                if let [k, v] = &kv[..] {
                    out.push((k.clone(), v.clone()));
                }
            }
            out
        }
    };
    let keywords = a.keywords().map(|(k, v)| (Value::str(k), v.clone()));
    for (k, v) in pairs.into_iter().chain(keywords) {
        d.0.set(&Arc::from(key_str(&k)?), v);
    }
    Ok(Value::None)
});
builtin!(POP, "pop", |_, a| {
    let d = this(a)?;
    let v = &a.values[1..];
    let Some(key) = v.first() else {
        return Err(type_error("pop expected at least 1 argument, got 0"));
    };
    match key.as_str().and_then(|k| d.0.delete(k)) {
        Some(old) => Ok(old),
        None => v.get(1).cloned().ok_or_else(|| key_error(key.clone())),
    }
});
builtin!(SETDEFAULT, "setdefault", |_, a| {
    let d = this(a)?;
    let v = &a.values[1..];
    let Some(key) = v.first() else {
        return Err(type_error("setdefault expected at least 1 argument, got 0"));
    };
    let k = key_str(key)?;
    if let Some(old) = d.0.get(k) {
        return Ok(old);
    }
    let value = v.get(1).cloned().unwrap_or(Value::None);
    d.0.set(&Arc::from(k), value.clone());
    Ok(value)
});
builtin!(COPY, "copy", |_, a| Ok(this(a)?.to_dict()));
builtin!(CLEAR, "clear", |_, a| {
    let d = this(a)?;
    let old = std::mem::take(&mut *d.0.attrs.lock());
    drop(old);
    Ok(Value::None)
});
