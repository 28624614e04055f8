//! Indexing and slicing: `a[i]`, `a[i:j:k]`, `a[i] = v`, `del a[i]`.

use std::sync::Arc;

use crate::vm::objects::exceptions::{
    index_error, int_overflow, key_error, type_error, value_error, PyResult,
};
use crate::vm::objects::int::{i128_value, INDEX_SIZED};
use crate::vm::objects::iter::collect;
use crate::vm::objects::types::type_name;
use crate::vm::value::{PyRange, PySlice, Value};

/// An index as an i64: ints and bools only.
fn index_value(container: &Value, key: &Value) -> PyResult<i64> {
    match key {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(b.get() as i64),
        Value::BigInt(_) => Err(index_error(INDEX_SIZED)),
        _ if container.is_str() => Err(type_error(format!(
            "string indices must be integers, not '{}'",
            type_name(key)
        ))),
        _ => Err(type_error(format!(
            "{} indices must be integers or slices, not {}",
            type_name(container),
            type_name(key)
        ))),
    }
}

/// Resolves a possibly negative index against `len`; `None` if out of range.
fn normalize(i: i64, len: usize) -> Option<usize> {
    let len = len as i64;
    let i = if i < 0 { i + len } else { i };
    if (0..len).contains(&i) {
        Some(i as usize)
    } else {
        None
    }
}

/// The (start, stop, step) a slice selects from a sequence of `len` items,
/// clamped as CPython's `PySlice_AdjustIndices` does.
pub fn slice_indices(s: &PySlice, len: usize) -> PyResult<(i64, i64, i64)> {
    let part = |v: &Value| -> PyResult<Option<i64>> {
        match v {
            Value::None => Ok(None),
            Value::Int(i) => Ok(Some(*i)),
            Value::Bool(b) => Ok(Some(b.get() as i64)),
            // Beyond any length: clamped like the rest, as CPython clamps.
            Value::BigInt(b) if b.sign() == num_bigint::Sign::Minus => Ok(Some(i64::MIN)),
            Value::BigInt(_) => Ok(Some(i64::MAX)),
            _ => Err(type_error(
                "slice indices must be integers or None or have an __index__ method",
            )),
        }
    };
    let step = part(&s.step)?.unwrap_or(1);
    if step == 0 {
        return Err(value_error("slice step cannot be zero"));
    }
    let len = len as i64;
    let clamp = |v: Option<i64>, default: i64| -> i64 {
        match v {
            None => default,
            Some(mut i) => {
                if i < 0 {
                    i += len;
                    if i < 0 {
                        i = if step < 0 { -1 } else { 0 };
                    }
                } else if i >= len {
                    i = if step < 0 { len - 1 } else { len };
                }
                i
            }
        }
    };
    let start = clamp(part(&s.start)?, if step < 0 { len - 1 } else { 0 });
    let stop = clamp(part(&s.stop)?, if step < 0 { -1 } else { len });
    Ok((start, stop, step))
}

/// The positions a slice selects, in order.
fn slice_positions(s: &PySlice, len: usize) -> PyResult<Vec<usize>> {
    let (start, stop, step) = slice_indices(s, len)?;
    let count = slice_len(start, stop, step);
    // In i128, so that a step near i64::MAX cannot overflow.
    Ok((0..count)
        .map(|k| (start as i128 + k as i128 * step as i128) as usize)
        .collect())
}

/// How many positions `start:stop:step` (already clamped) selects.
fn slice_len(start: i64, stop: i64, step: i64) -> usize {
    let (start, stop, step) = (start as i128, stop as i128, step as i128);
    if step > 0 && start < stop {
        ((stop - start - 1) / step + 1) as usize
    } else if step < 0 && start > stop {
        ((start - stop - 1) / -step + 1) as usize
    } else {
        0
    }
}

/// `container[key]`.
///
/// **The two commonest subscripts inline** (`xs[i]` with an int, `d[k]`),
/// in the dispatch loop; everything else is `get_item_general`.
#[inline(always)]
pub fn get_item(container: &Value, key: &Value) -> PyResult<Value> {
    match (container, key) {
        (Value::List(l), &Value::Int(i)) => {
            let items = l.items.lock();
            match normalize(i, items.len()) {
                Some(i) => Ok(items[i].clone()),
                None => Err(index_error("list index out of range")),
            }
        }
        (Value::Dict(d), _) => match d.get(key)? {
            Some(v) => Ok(v),
            None => Err(key_error(key.clone())),
        },
        _ => get_item_general(container, key),
    }
}

#[inline(never)]
fn get_item_general(container: &Value, key: &Value) -> PyResult<Value> {
    match container {
        Value::List(l) => {
            if let Value::Slice(s) = key {
                let items = l.items.lock();
                let pos = slice_positions(s, items.len())?;
                return Ok(Value::list(pos.iter().map(|&i| items[i].clone()).collect()));
            }
            let i = index_value(container, key)?;
            let items = l.items.lock();
            match normalize(i, items.len()) {
                Some(i) => Ok(items[i].clone()),
                None => Err(index_error("list index out of range")),
            }
        }
        Value::Tuple(t) => {
            if let Value::Slice(s) = key {
                let pos = slice_positions(s, t.items.len())?;
                return Ok(Value::tuple(
                    pos.iter().map(|&i| t.items[i].clone()).collect(),
                ));
            }
            let i = index_value(container, key)?;
            match normalize(i, t.items.len()) {
                Some(i) => Ok(t.items[i].clone()),
                None => Err(index_error("tuple index out of range")),
            }
        }
        Value::Str(_) | Value::ShortStr(_) => {
            let s = container.as_str_ref().expect("a string");
            if let Value::Slice(sl) = key {
                let pos = slice_positions(sl, s.char_len())?;
                if s.is_ascii() {
                    let b = s.as_str().as_bytes();
                    return Ok(Value::str(
                        pos.iter().map(|&i| b[i] as char).collect::<String>(),
                    ));
                }
                let chars: Vec<char> = s.as_str().chars().collect();
                return Ok(Value::str(
                    pos.iter().map(|&i| chars[i]).collect::<String>(),
                ));
            }
            let i = index_value(container, key)?;
            match normalize(i, s.char_len()) {
                Some(i) => Ok(Value::str(s.char_at(i).encode_utf8(&mut [0; 4]))),
                None => Err(index_error("string index out of range")),
            }
        }
        Value::Dict(d) => match d.get(key)? {
            Some(v) => Ok(v),
            None => Err(key_error(key.clone())),
        },
        Value::Range(r) => {
            if let Value::Slice(sl) = key {
                let (start, stop, step) = slice_indices(sl, r.len_checked()? as usize)?;
                return Ok(Value::Range(Arc::new(PyRange {
                    start: r.get(start)?,
                    stop: r.get(stop)?,
                    step: r.step.checked_mul(step).ok_or_else(int_overflow)?,
                })));
            }
            // Indexing works even on ranges longer than i64::MAX (only
            // len() of those overflows, as in CPython).
            if let Value::BigInt(_) = key {
                return Err(index_error("range object index out of range"));
            }
            let i = index_value(container, key)? as i128;
            let len = r.len();
            let i = if i < 0 { i + len } else { i };
            if !(0..len).contains(&i) {
                return Err(index_error("range object index out of range"));
            }
            let v = r.start as i128 + i * r.step as i128;
            Ok(i128_value(v))
        }
        Value::Native(n) => n.get_item(key).unwrap_or_else(|| {
            Err(type_error(format!(
                "'{}' object is not subscriptable",
                type_name(container)
            )))
        }),
        _ => Err(type_error(format!(
            "'{}' object is not subscriptable",
            type_name(container)
        ))),
    }
}

/// `container[key] = value`, inline for a list and an int or a dict (see
/// `get_item`).
#[inline(always)]
pub fn set_item(container: &Value, key: &Value, value: Value) -> PyResult<()> {
    match (container, key) {
        (Value::List(l), &Value::Int(i)) => {
            let mut items = l.items.lock();
            match normalize(i, items.len()) {
                Some(i) => {
                    let old = std::mem::replace(&mut items[i], value);
                    drop(items);
                    old.discard();
                    Ok(())
                }
                None => Err(index_error("list assignment index out of range")),
            }
        }
        (Value::Dict(d), _) => d.set_ref(key, value),
        _ => set_item_general(container, key, value),
    }
}

#[inline(never)]
fn set_item_general(container: &Value, key: &Value, value: Value) -> PyResult<()> {
    match container {
        Value::List(l) => {
            if let Value::Slice(s) = key {
                let new_items = collect(&value)?;
                let mut items = l.items.lock();
                let (start, stop, step) = slice_indices(s, items.len())?;
                if step == 1 {
                    let start = start as usize;
                    let stop = (stop as usize).max(start);
                    items.splice(start..stop, new_items);
                    return Ok(());
                }
                let pos = slice_positions(s, items.len())?;
                if pos.len() != new_items.len() {
                    return Err(value_error(format!(
                        "attempt to assign sequence of size {} to extended slice of size {}",
                        new_items.len(),
                        pos.len()
                    )));
                }
                for (i, v) in pos.into_iter().zip(new_items) {
                    items[i] = v;
                }
                return Ok(());
            }
            let i = index_value(container, key)?;
            let mut items = l.items.lock();
            match normalize(i, items.len()) {
                Some(i) => {
                    let old = std::mem::replace(&mut items[i], value);
                    drop(items);
                    drop(old);
                    Ok(())
                }
                None => Err(index_error("list assignment index out of range")),
            }
        }
        Value::Dict(d) => d.set_ref(key, value),
        Value::Native(n) => match n.set_item(key, value) {
            Some(r) => r,
            None => Err(type_error(format!(
                "'{}' object does not support item assignment",
                type_name(container)
            ))),
        },
        _ => Err(type_error(format!(
            "'{}' object does not support item assignment",
            type_name(container)
        ))),
    }
}

/// `del container[key]`.
pub fn del_item(container: &Value, key: &Value) -> PyResult<()> {
    match container {
        Value::List(l) => {
            if let Value::Slice(s) = key {
                let mut items = l.items.lock();
                let mut pos = slice_positions(s, items.len())?;
                pos.sort_unstable();
                let mut removed = Vec::with_capacity(pos.len());
                for i in pos.into_iter().rev() {
                    removed.push(items.remove(i));
                }
                drop(items);
                return Ok(());
            }
            let i = index_value(container, key)?;
            let mut items = l.items.lock();
            match normalize(i, items.len()) {
                Some(i) => {
                    let old = items.remove(i);
                    drop(items);
                    drop(old);
                    Ok(())
                }
                None => Err(index_error("list assignment index out of range")),
            }
        }
        Value::Dict(d) => match d.remove(key)? {
            Some(_) => Ok(()),
            None => Err(key_error(key.clone())),
        },
        _ => Err(type_error(format!(
            "'{}' object doesn't support item deletion",
            type_name(container)
        ))),
    }
}
