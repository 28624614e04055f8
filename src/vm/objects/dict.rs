//! Dictionaries and hashing.
//!
//! A dict is an insertion-ordered hash table (`dict_table`, CPython's
//! compact layout) behind its own lock.
//! Keys carry their Python hash, computed the way CPython computes it for
//! numbers and tuples, so `hash(x)` prints what CPython prints and `1`,
//! `1.0` and `True` are one key. String hashes are deterministic (CPython
//! randomises them per process; nothing may depend on their value).

use std::hash::Hasher;
use std::sync::Arc;

use crate::vm::objects::dict_table::DictTable;
use crate::vm::value::ObjectLock;

use num_bigint::BigInt;

use crate::vm::objects::exceptions::{recursion_error, type_error, PyResult};
use crate::vm::objects::int::{hash_big, int_float_cmp, IntRef};
use crate::vm::objects::types::type_name;
use crate::vm::value::Value;

/// CPython's hash modulus for numbers: the Mersenne prime 2**61 - 1.
const MODULUS: u64 = (1 << 61) - 1;
/// Deeper keys than this are refused when hashed, which bounds every later
/// recursive comparison of stored keys too.
const MAX_KEY_DEPTH: usize = 10_000;

pub struct PyDict {
    pub table: ObjectLock<DictTable>,
}

impl Default for PyDict {
    fn default() -> Self {
        PyDict::new()
    }
}

impl PyDict {
    pub fn new() -> PyDict {
        PyDict {
            table: ObjectLock::new(DictTable::new()),
        }
    }

    pub fn from_pairs(pairs: Vec<(Value, Value)>) -> PyResult<PyDict> {
        let d = PyDict::new();
        {
            let mut table = d.table.lock();
            for (k, v) in pairs {
                let hash = hash_value(&k)?;
                table.insert(hash, k, v)?;
            }
        }
        Ok(d)
    }

    pub fn len(&self) -> usize {
        self.table.lock().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn get(&self, key: &Value) -> PyResult<Option<Value>> {
        let hash = hash_value(key)?;
        Ok(self.table.lock().get(hash, key).cloned())
    }

    pub fn contains(&self, key: &Value) -> PyResult<bool> {
        let hash = hash_value(key)?;
        Ok(self.table.lock().contains(hash, key))
    }

    /// `d[key] = value`: one atomic step under the dict's lock.
    pub fn set(&self, key: Value, value: Value) -> PyResult<()> {
        let hash = hash_value(&key)?;
        let old = self.table.lock().insert(hash, key, value)?;
        // The old value may be a container whose drop takes other locks.
        drop(old);
        Ok(())
    }

    /// `d[key] = value` with a borrowed key.
    ///
    /// **Updating a key clones nothing.** The key is cloned (a reference
    /// count) only when it is new; `d[k] = d[k] + 1` on an existing key
    /// replaces the value in place, where `set` took an owned clone of the
    /// key only to drop it again (two atomic operations per store).
    pub fn set_ref(&self, key: &Value, value: Value) -> PyResult<()> {
        let hash = hash_value(key)?;
        let old = self.table.lock().insert_ref(hash, key, value)?;
        // The old value may be a container whose drop takes other locks.
        if let Some(old) = old {
            old.discard();
        }
        Ok(())
    }

    /// `d.setdefault(key, default)`: the value stored for `key` after it.
    pub fn setdefault(&self, key: Value, default: Value) -> PyResult<Value> {
        let hash = hash_value(&key)?;
        self.table.lock().get_or_insert(hash, key, default)
    }

    /// Removes `key`, keeping the order of the rest.
    pub fn remove(&self, key: &Value) -> PyResult<Option<Value>> {
        let hash = hash_value(key)?;
        Ok(self.table.lock().remove(hash, key))
    }

    /// `d.popitem()`: the last pair, removed.
    pub fn pop_last(&self) -> Option<(Value, Value)> {
        let e = self.table.lock().pop_last()?;
        Some((e.key, e.value))
    }

    /// Removes every entry (`d.clear()`), dropping them after the lock.
    pub fn clear(&self) {
        let old = std::mem::take(&mut *self.table.lock());
        drop(old);
    }

    /// The keys whose hash is `hash`.
    pub fn keys_with_hash(&self, hash: i64) -> Vec<Value> {
        let table = self.table.lock();
        table
            .iter()
            .filter(|e| e.hash == hash)
            .map(|e| e.key.clone())
            .collect()
    }

    pub fn keys(&self) -> Vec<Value> {
        self.table.lock().iter().map(|e| e.key.clone()).collect()
    }

    pub fn values(&self) -> Vec<Value> {
        self.table.lock().iter().map(|e| e.value.clone()).collect()
    }

    pub fn items(&self) -> Vec<(Value, Value)> {
        self.table
            .lock()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect()
    }

    /// The first entry at or after position `pos` (positions count deleted
    /// entries too), with the position after it: an iterator's step.
    #[inline(never)]
    pub fn entry_from(&self, pos: usize) -> Option<(usize, Value, Value)> {
        self.table
            .lock()
            .entry_from(pos)
            .map(|(next, e)| (next, e.key.clone(), e.value.clone()))
    }

    pub fn copy(&self) -> PyDict {
        PyDict {
            table: ObjectLock::new(self.table.lock().clone()),
        }
    }
}

impl Drop for PyDict {
    fn drop(&mut self) {
        let table = std::mem::take(self.table.get_mut());
        let mut items = Vec::with_capacity(table.len() * 2);
        for e in table.into_entries() {
            items.push(e.key);
            items.push(e.value);
        }
        crate::vm::drop::drop_later(items);
    }
}

/// `hash(v)`, with CPython's values for numbers and tuples.
///
/// **Str and int keys hash inline.** `hash_at_depth` is recursive (tuples)
/// and saves half a dozen registers on entry; a string's hash is one load
/// of its cached value, an int's a few arithmetic instructions. Calling it
/// cost dicts.py some 25 instructions per lookup, three lookups per loop.
#[inline(always)]
pub fn hash_value(v: &Value) -> PyResult<i64> {
    match v {
        Value::ShortStr(s) => Ok(s.hash()),
        Value::Str(s) => Ok(s.hash()),
        Value::Int(i) => Ok(hash_int(*i)),
        _ => hash_at_depth(v, 0),
    }
}

fn hash_at_depth(v: &Value, depth: usize) -> PyResult<i64> {
    Ok(match v {
        Value::Int(i) => hash_int(*i),
        Value::BigInt(b) => hash_big(b),
        Value::Bool(b) => b.get() as i64,
        Value::Float(f) => hash_float(f.get()),
        Value::Str(s) => s.hash(),
        Value::ShortStr(s) => s.hash(),
        Value::None => 0x5f5e_1000,
        Value::Tuple(t) => {
            if depth > MAX_KEY_DEPTH {
                return Err(recursion_error(
                    "maximum recursion depth exceeded while hashing",
                ));
            }
            let mut hashes = Vec::with_capacity(t.items.len());
            for item in t.items.iter() {
                hashes.push(hash_at_depth(item, depth + 1)?);
            }
            hash_tuple(&hashes)
        }
        Value::Range(r) => hash_tuple(&[
            hash_int(r.len() as i64),
            hash_int(r.start),
            hash_int(r.step),
        ]),
        // A frozenset's hash is computed once, from its elements' hashes;
        // its nesting counts towards the depth limit as a tuple's does.
        Value::Set(s) => match s.hash() {
            Some(_) if depth + s.depth() > MAX_KEY_DEPTH => {
                return Err(recursion_error(
                    "maximum recursion depth exceeded while hashing",
                ))
            }
            Some(h) => h,
            None => return Err(type_error("unhashable type: 'set'")),
        },
        Value::List(_) | Value::Dict(_) | Value::Slice(_) => {
            return Err(type_error(format!("unhashable type: '{}'", type_name(v))))
        }
        // Dict views are unhashable too (they compare by contents).
        Value::Native(n) if n.as_any().is::<crate::vm::objects::views::DictView>() => {
            return Err(type_error(format!("unhashable type: '{}'", type_name(v))))
        }
        // By the class's own `__hash__` (its last value), else by the
        // instance's serial number, not its address, so that a set of
        // instances iterates in the same order on every run.
        Value::Instance(i) => {
            use crate::vm::objects::types::{CLASS_UNHASHABLE, CLASS_USER_HASH};
            let memo = i.hash.load(std::sync::atomic::Ordering::Acquire);
            if i.class.has_flag(CLASS_USER_HASH) && memo != crate::vm::objects::instance::HASH_UNSET
            {
                memo
            } else if i.class.has_flag(CLASS_UNHASHABLE) {
                return Err(type_error(format!("unhashable type: '{}'", i.class.name)));
            } else {
                hash_int(i.serial as i64)
            }
        }
        other => (other.id() >> 4).wrapping_add(1),
    })
}

/// CPython's `hash(int)`: the value modulo 2**61 - 1, keeping the sign,
/// with -1 (reserved for errors in C) mapped to -2.
pub fn hash_int(i: i64) -> i64 {
    let m = (i.unsigned_abs() % MODULUS) as i64;
    let h = if i < 0 { -m } else { m };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// CPython's `hash(float)`: the value as a rational reduced modulo
/// 2**61 - 1, so that integral floats hash like the equal int.
pub fn hash_float(v: f64) -> i64 {
    if v.is_nan() {
        return 0;
    }
    if v.is_infinite() {
        return if v > 0.0 { 314_159 } else { -314_159 };
    }
    let (mut m, mut e) = frexp(v);
    let mut sign: i64 = 1;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (61 - 28));
        m *= 268_435_456.0; // 2**28
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 {
        e % 61
    } else {
        61 - 1 - ((-1 - e) % 61)
    } as u32;
    x = ((x << e) & MODULUS) | (x >> (61 - e));
    let h = (x as i64).wrapping_mul(sign);
    if h == -1 {
        -2
    } else {
        h
    }
}

/// Splits a finite non-zero float into mantissa in [0.5, 1) and exponent.
fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 || !v.is_finite() {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp(v * f64::from_bits(0x4350_0000_0000_0000)); // 2**54
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// A deterministic string hash (CPython's is randomised per process).
/// Text of up to 7 bytes hashes as its packed word, the way an inline
/// `ShortStr` does.
pub fn hash_str(s: &str) -> i64 {
    if let Some(h) = crate::vm::objects::short_str::hash_short_text(s) {
        return h;
    }
    let mut h = rustc_hash::FxHasher::default();
    h.write(s.as_bytes());
    let v = (h.finish() >> 1) as i64;
    if v == -1 {
        -2
    } else {
        v
    }
}

/// CPython 3.8+'s tuple hash (an xxHash-style mix of the item hashes).
pub fn hash_tuple(item_hashes: &[i64]) -> i64 {
    const P1: u64 = 11_400_714_785_074_694_791;
    const P2: u64 = 14_029_467_366_897_019_727;
    const P5: u64 = 2_870_177_450_012_600_261;
    let mut acc = P5;
    for &h in item_hashes {
        acc = acc.wrapping_add((h as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((item_hashes.len() as u64) ^ (P5 ^ 3_527_539));
    if acc == u64::MAX {
        1_546_275_796
    } else {
        acc as i64
    }
}

/// Equality of two hashable keys. Only built-in hashable types reach here
/// (numbers, strings, tuples, None, and identity-hashed objects), so no
/// user code runs under the dict's lock.
///
/// Two strings (the common key) compare inline, before `Value::is`'s match
/// over every variant and the out-of-line general case.
#[inline]
pub fn keys_equal(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::ShortStr(x), Value::ShortStr(y)) => return x == y,
        (Value::Str(x), Value::Str(y)) => return **x == **y,
        _ => {}
    }
    keys_equal_general(a, b)
}

fn keys_equal_general(a: &Value, b: &Value) -> bool {
    if a.is(b) {
        return true;
    }
    match (a, b) {
        (Value::Tuple(x), Value::Tuple(y)) => {
            x.items.len() == y.items.len()
                && x.items
                    .iter()
                    .zip(y.items.iter())
                    .all(|(p, q)| keys_equal(p, q))
        }
        (Value::Range(x), Value::Range(y)) => {
            let (lx, ly) = (x.len(), y.len());
            lx == ly && (lx == 0 || (x.start == y.start && (lx == 1 || x.step == y.step)))
        }
        // Only frozensets are keys; they need no lock to read.
        (Value::Set(x), Value::Set(y)) => crate::vm::objects::set::same_elements(x, y),
        _ => match (numeric(a), numeric(b)) {
            (Some(x), Some(y)) => x.equals(&y),
            // A heap string and an inline one (never equal when both were
            // made by the constructors, but compared by text all the same).
            _ => matches!((a.as_str(), b.as_str()), (Some(x), Some(y)) if x == y),
        },
    }
}

/// A number, for mixed int/float/bool comparisons and arithmetic.
#[derive(Clone, Copy)]
pub enum Num<'a> {
    Int(i64),
    /// An int outside the 64-bit range.
    Big(&'a BigInt),
    Float(f64),
}

impl<'a> Num<'a> {
    /// Exact equality between an int and a float (no rounding of big ints).
    pub fn equals(&self, other: &Num) -> bool {
        match (*self, *other) {
            (Num::Int(a), Num::Int(b)) => a == b,
            (Num::Float(a), Num::Float(b)) => a == b,
            (Num::Int(i), Num::Float(f)) | (Num::Float(f), Num::Int(i)) => int_float_eq(i, f),
            (Num::Big(a), Num::Big(b)) => a == b,
            // Normalised: a big int never equals an i64.
            (Num::Big(_), Num::Int(_)) | (Num::Int(_), Num::Big(_)) => false,
            (Num::Big(b), Num::Float(f)) | (Num::Float(f), Num::Big(b)) => {
                int_float_cmp(IntRef::Big(b), f) == Some(std::cmp::Ordering::Equal)
            }
        }
    }

    /// The int this number is, if it is one.
    pub fn int(self) -> Option<IntRef<'a>> {
        match self {
            Num::Int(i) => Some(IntRef::Small(i)),
            Num::Big(b) => Some(IntRef::Big(b)),
            Num::Float(_) => None,
        }
    }

    /// The number as a float; a big int beyond the float range is an
    /// `OverflowError`, as in CPython's mixed arithmetic.
    pub fn to_f64(self) -> PyResult<f64> {
        match self {
            Num::Int(i) => Ok(i as f64),
            Num::Big(b) => IntRef::Big(b).to_f64(),
            Num::Float(f) => Ok(f),
        }
    }
}

pub fn numeric(v: &Value) -> Option<Num<'_>> {
    match v {
        Value::Int(i) => Some(Num::Int(*i)),
        Value::Bool(b) => Some(Num::Int(b.get() as i64)),
        Value::Float(f) => Some(Num::Float(f.get())),
        Value::BigInt(b) => Some(Num::Big(b)),
        _ => None,
    }
}

pub fn int_float_eq(i: i64, f: f64) -> bool {
    if f.fract() != 0.0 || !f.is_finite() {
        return false;
    }
    if !(-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&f) {
        return false;
    }
    f as i64 == i
}

/// Shared handle used by `dict(...)` results and displays.
pub fn new_dict_value(d: PyDict) -> Value {
    Value::Dict(Arc::new(d))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_match_cpython() {
        assert_eq!(hash_int(1), 1);
        assert_eq!(hash_int(-1), -2);
        assert_eq!(hash_int(i64::MAX), 3);
        assert_eq!(hash_float(1.5), 1_152_921_504_606_846_977);
        assert_eq!(hash_float(2.0), 2);
        assert_eq!(hash_float(-0.5), -1_152_921_504_606_846_976);
        let t = hash_tuple(&[1, 2]);
        assert_eq!(t, -3_550_055_125_485_641_917);
        assert_eq!(hash_tuple(&[]), 5_740_354_900_026_072_187);
    }

    #[test]
    fn one_one_point_zero_and_true_are_one_key() {
        let d = PyDict::new();
        d.set(Value::Int(1), Value::str("a")).unwrap();
        d.set(Value::float(1.0), Value::str("b")).unwrap();
        d.set(Value::bool(true), Value::str("c")).unwrap();
        assert_eq!(d.len(), 1);
        assert!(d.contains(&Value::Int(1)).unwrap());
    }
}
