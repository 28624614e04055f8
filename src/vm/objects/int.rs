//! Ints of any size: the two representations and the conversions between
//! them, floats and text.
//!
//! An int is a `Value::Int(i64)` whenever it fits in 64 bits and a
//! `Value::BigInt` only outside that range. Every result is normalised
//! (`big_value`), so the dispatch loop's two-`i64` fast paths stay exact:
//! a `BigInt` operand always means a value no `i64` can hold, and two ints
//! are equal exactly when they have the same representation and value.

use std::borrow::Cow;
use std::cmp::Ordering;
use std::sync::Arc;

use num_bigint::BigInt;
use num_traits::{FromPrimitive, Signed, ToPrimitive};

pub use crate::numeric::{big_to_f64, scaled_to_f64};
use crate::vm::objects::exceptions::{overflow_error, value_error, PyErr, PyResult};
use crate::vm::value::Value;

/// An int of either representation, borrowed from a `Value` (bools count
/// as 0 and 1, as everywhere in Python arithmetic).
#[derive(Clone, Copy, Debug)]
pub enum IntRef<'a> {
    Small(i64),
    Big(&'a BigInt),
}

/// The int inside `v`, if it is an int or a bool.
#[inline]
pub fn int_ref(v: &Value) -> Option<IntRef<'_>> {
    match v {
        Value::Int(i) => Some(IntRef::Small(*i)),
        Value::Bool(b) => Some(IntRef::Small(b.get() as i64)),
        Value::BigInt(b) => Some(IntRef::Big(b)),
        _ => None,
    }
}

/// Whether `v` is an int (or a bool).
#[inline]
pub fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
}

impl<'a> IntRef<'a> {
    /// The value as a `BigInt`, borrowed when it already is one.
    pub fn to_big(self) -> Cow<'a, BigInt> {
        match self {
            IntRef::Small(i) => Cow::Owned(BigInt::from(i)),
            IntRef::Big(b) => Cow::Borrowed(b),
        }
    }

    /// The value as an `i64`; `None` for a big int (never in range).
    #[inline]
    pub fn small(self) -> Option<i64> {
        match self {
            IntRef::Small(i) => Some(i),
            IntRef::Big(_) => None,
        }
    }

    pub fn is_negative(self) -> bool {
        match self {
            IntRef::Small(i) => i < 0,
            IntRef::Big(b) => b.is_negative(),
        }
    }

    pub fn is_zero(self) -> bool {
        matches!(self, IntRef::Small(0))
    }

    /// The value as a float, correctly rounded (`float(n)`), or CPython's
    /// `OverflowError` when it is beyond the largest float.
    pub fn to_f64(self) -> PyResult<f64> {
        match self {
            IntRef::Small(i) => Ok(i as f64),
            IntRef::Big(b) => big_to_f64(b).ok_or_else(int_too_large_for_float),
        }
    }

    /// The number of bits of the magnitude (`int.bit_length()`).
    pub fn bits(self) -> u64 {
        match self {
            IntRef::Small(i) => 64 - i.unsigned_abs().leading_zeros() as u64,
            IntRef::Big(b) => b.bits(),
        }
    }

    /// The exact order of two ints.
    pub fn cmp_int(self, other: IntRef) -> Ordering {
        match (self, other) {
            (IntRef::Small(a), IntRef::Small(b)) => a.cmp(&b),
            // A big int lies outside the i64 range, on the side of its sign.
            (IntRef::Big(a), IntRef::Small(_)) => big_side(a),
            (IntRef::Small(_), IntRef::Big(b)) => big_side(b).reverse(),
            (IntRef::Big(a), IntRef::Big(b)) => a.cmp(b),
        }
    }

    /// An owned value of this int.
    pub fn to_value(self) -> Value {
        match self {
            IntRef::Small(i) => Value::Int(i),
            IntRef::Big(b) => Value::BigInt(Arc::new(b.clone())),
        }
    }
}

/// Where a big int lies relative to every `i64`.
fn big_side(b: &BigInt) -> Ordering {
    if b.is_negative() {
        Ordering::Less
    } else {
        Ordering::Greater
    }
}

/// An int value from a `BigInt`: inline when it fits in 64 bits (the
/// invariant every int result goes through).
pub fn big_value(b: BigInt) -> Value {
    match b.to_i64() {
        Some(i) => Value::Int(i),
        None => Value::BigInt(Arc::new(b)),
    }
}

/// An int value from an `i128` (a sum or product of two `i64`s).
pub fn i128_value(i: i128) -> Value {
    match i64::try_from(i) {
        Ok(i) => Value::Int(i),
        Err(_) => Value::BigInt(Arc::new(BigInt::from(i))),
    }
}

/// `OverflowError: int too large to convert to float`.
pub fn int_too_large_for_float() -> PyErr {
    overflow_error("int too large to convert to float")
}

/// The error for an int that must fit in a C `ssize_t` (a count, an
/// argument of `list.pop`, `len()` of a range).
pub fn ssize_overflow() -> PyErr {
    overflow_error("Python int too large to convert to C ssize_t")
}

/// The message of a sequence index or repeat count beyond 64 bits.
pub const INDEX_SIZED: &str = "cannot fit 'int' into an index-sized integer";

// ==== floats ================================================================

/// The exact order of an int and a float (`None` against NaN), as
/// CPython compares them: no rounding of either side.
pub fn int_float_cmp(i: IntRef, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    if let IntRef::Small(i) = i {
        // Both convert exactly into i128 territory once floored.
        if f.abs() < 1.7e38 {
            let fl = f.floor();
            return Some(match (i as i128).cmp(&(fl as i128)) {
                Ordering::Equal if fl != f => Ordering::Less,
                o => o,
            });
        }
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let fl = f.floor();
    let fb = BigInt::from_f64(fl)?;
    Some(match i.to_big().as_ref().cmp(&fb) {
        Ordering::Equal if fl != f => Ordering::Less,
        o => o,
    })
}

/// `int(x)` for a finite float beyond the `i64` range: truncated, exact.
pub fn float_to_big(x: f64) -> Value {
    match BigInt::from_f64(x.trunc()) {
        Some(b) => big_value(b),
        None => Value::Int(0),
    }
}

// ==== hashing ===============================================================

/// CPython's hash modulus for numbers: the Mersenne prime 2**61 - 1.
const MODULUS: u64 = (1 << 61) - 1;

/// CPython's `hash(int)` of a big int: the magnitude modulo 2**61 - 1 with
/// the int's sign, and -1 (an error in C) mapped to -2.
pub fn hash_big(b: &BigInt) -> i64 {
    // 2**64 is 8 modulo 2**61 - 1: fold the 64-bit digits from the top.
    let mut acc: u128 = 0;
    for d in b.magnitude().iter_u64_digits().rev() {
        acc = ((acc << 64) | d as u128) % MODULUS as u128;
    }
    let m = acc as i64;
    let h = if b.is_negative() { -m } else { m };
    if h == -1 {
        -2
    } else {
        h
    }
}

// ==== text ==================================================================

/// Most decimal digits an int may have when turned into text or made from
/// it (CPython 3.11's default `sys.get_int_max_str_digits()`).
pub const MAX_STR_DIGITS: usize = 4300;

/// The error of `str(n)` for an int of more than 4300 digits.
pub fn str_digits_error() -> PyErr {
    value_error(format!(
        "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion; \
         use sys.set_int_max_str_digits() to increase the limit"
    ))
}

/// The decimal text of a big int (`str`, `repr`), refused beyond 4300
/// digits as CPython refuses it.
pub fn big_str(b: &BigInt) -> PyResult<String> {
    // 2**14285 > 10**4300: an int that long has too many digits, known
    // without converting it.
    if b.bits() > 14_285 {
        return Err(str_digits_error());
    }
    let s = b.to_string();
    let digits = s.len() - b.is_negative() as usize;
    if digits > MAX_STR_DIGITS {
        return Err(str_digits_error());
    }
    Ok(s)
}

/// The digits of a big int's magnitude in base 2, 8, 10 or 16 (`hex`,
/// format specs); decimal is limited as `str` is.
pub fn big_digits(b: &BigInt, radix: u32) -> PyResult<String> {
    if radix == 10 {
        let s = big_str(b)?;
        return Ok(s.trim_start_matches('-').to_string());
    }
    Ok(b.magnitude().to_str_radix(radix))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn big(s: &str) -> BigInt {
        s.parse().unwrap()
    }

    #[test]
    fn results_are_normalised() {
        assert!(matches!(big_value(BigInt::from(5)), Value::Int(5)));
        assert!(matches!(
            big_value(BigInt::from(i64::MIN)),
            Value::Int(i64::MIN)
        ));
        assert!(matches!(
            big_value(BigInt::from(i64::MAX) + 1),
            Value::BigInt(_)
        ));
        assert!(matches!(i128_value(-(1i128 << 63)), Value::Int(i64::MIN)));
        assert!(matches!(i128_value(1i128 << 63), Value::BigInt(_)));
    }

    #[test]
    fn ints_and_floats_compare_exactly() {
        let two63 = BigInt::from(1u64 << 63);
        assert_eq!(
            int_float_cmp(IntRef::Big(&two63), 9.2e18),
            Some(Ordering::Greater)
        );
        assert_eq!(
            int_float_cmp(IntRef::Big(&two63), 2f64.powi(63)),
            Some(Ordering::Equal)
        );
        let p1000 = BigInt::from(1) << 1000u32;
        assert_eq!(
            int_float_cmp(IntRef::Big(&p1000), 1e308),
            Some(Ordering::Less)
        );
        assert_eq!(
            int_float_cmp(IntRef::Small(i64::MAX), 2f64.powi(63)),
            Some(Ordering::Less)
        );
        assert_eq!(int_float_cmp(IntRef::Small(3), 3.5), Some(Ordering::Less));
        assert_eq!(
            int_float_cmp(IntRef::Small(-3), -3.5),
            Some(Ordering::Greater)
        );
        assert_eq!(int_float_cmp(IntRef::Small(1), f64::NAN), None);
    }

    #[test]
    fn hashes_match_cpython() {
        assert_eq!(hash_big(&(BigInt::from(1) << 64u32)), 8);
        assert_eq!(hash_big(&(BigInt::from(1) << 100u32)), 549_755_813_888);
        assert_eq!(hash_big(&-(BigInt::from(1) << 100u32)), -549_755_813_888);
        assert_eq!(hash_big(&big("9223372036854775808")), 4);
        assert_eq!(hash_big(&big("-9223372036854775809")), -5);
    }

    #[test]
    fn text_is_limited_to_4300_digits() {
        let ok = BigInt::from(10).pow(4299u32);
        assert_eq!(big_str(&ok).ok().map(|s| s.len()), Some(4300));
        assert_eq!(big_str(&-ok).ok().map(|s| s.len()), Some(4301));
        assert!(big_str(&BigInt::from(10).pow(4300u32)).is_err());
        assert!(big_str(&BigInt::from(10).pow(50_000u32)).is_err());
        assert_eq!(
            big_digits(&-(BigInt::from(1) << 68u32), 16).ok().as_deref(),
            Some("100000000000000000")
        );
    }
}
