//! Int arithmetic off the 64-bit fast path.
//!
//! The dispatch loop computes `i64 op i64` inline (`ops::int_op_fast`);
//! whatever that cannot finish (an overflow, `MIN // -1`, a shift past 63
//! bits, a power too large) and any operation with a big operand comes
//! here, computes in `BigInt` and normalises the result, so that an int
//! that fits in 64 bits is again a `Value::Int`.

use num_bigint::{BigInt, BigUint};
use num_integer::Integer;
use num_traits::{One, ToPrimitive, Zero};

use crate::bytecode::BinaryOperator;
use crate::vm::objects::exceptions::{
    memory_error, type_error, value_error, zero_division_error, PyResult,
};
use crate::vm::objects::int::{big_value, i128_value, scaled_to_f64, IntRef};
use crate::vm::value::Value;

/// No int result may have more bits than this (512 MiB of digits): a
/// larger one is a `MemoryError` at once instead of minutes of work.
const MAX_BITS: u64 = 1 << 32;

/// `x op y` for two ints of any size; the operator is one ints support
/// (the caller rejects `@`).
pub fn big_int_op(op: BinaryOperator, x: IntRef, y: IntRef) -> PyResult<Value> {
    use BinaryOperator::*;
    if let (IntRef::Small(a), IntRef::Small(b)) = (x, y) {
        // Sums, differences and products of two i64s fit in an i128.
        match op {
            Add => return Ok(i128_value(a as i128 + b as i128)),
            Sub => return Ok(i128_value(a as i128 - b as i128)),
            Mul => return Ok(i128_value(a as i128 * b as i128)),
            _ => {}
        }
    }
    let (a, b) = (x.to_big(), y.to_big());
    let (a, b) = (a.as_ref(), b.as_ref());
    Ok(match op {
        Add => big_value(a + b),
        Sub => big_value(a - b),
        Mul => big_value(a * b),
        TrueDiv => Value::float(true_div(x, y)?),
        FloorDiv => {
            if b.is_zero() {
                return Err(zero_division_error("integer division or modulo by zero"));
            }
            big_value(a.div_floor(b))
        }
        Mod => {
            if b.is_zero() {
                return Err(zero_division_error("integer modulo by zero"));
            }
            big_value(a.mod_floor(b))
        }
        Pow => return pow(x, y),
        LShift => return shift_left(x, y),
        RShift => return shift_right(x, y),
        And => big_value(a & b),
        Or => big_value(a | b),
        Xor => big_value(a ^ b),
        MatMul => {
            return Err(type_error(
                "unsupported operand type(s) for @: 'int' and 'int'",
            ))
        }
    })
}

/// `x / y` for ints, correctly rounded as CPython's is: one long division
/// to at least 55 quotient bits, the remainder kept as a sticky bit, then
/// one rounding to the float's precision.
pub fn true_div(x: IntRef, y: IntRef) -> PyResult<f64> {
    if y.is_zero() {
        return Err(zero_division_error("division by zero"));
    }
    if let (IntRef::Small(a), IntRef::Small(b)) = (x, y) {
        return Ok(crate::vm::ops::int_true_div(a, b));
    }
    let negative = x.is_negative() != y.is_negative();
    let (a, b) = (x.to_big(), y.to_big());
    let (a, b) = (a.magnitude(), b.magnitude());
    let k = a.bits() as i64 - b.bits() as i64 - 55;
    let (q, r) = if k >= 0 {
        a.div_rem(&(b << k as u64))
    } else {
        (a << (-k) as u64).div_rem(b)
    };
    let m = scaled_to_f64(&q, k, !r.is_zero()).ok_or_else(|| {
        crate::vm::objects::exceptions::overflow_error(
            "integer division result too large for a float",
        )
    })?;
    Ok(if negative { -m } else { m })
}

/// `x ** y`: an int for `y >= 0`, else the float power (CPython converts
/// both operands to floats).
pub fn pow(x: IntRef, y: IntRef) -> PyResult<Value> {
    if y.is_negative() {
        if x.is_zero() {
            return Err(zero_division_error(
                "0.0 cannot be raised to a negative power",
            ));
        }
        return crate::vm::ops::float_pow(x.to_f64()?, y.to_f64()?);
    }
    match x {
        IntRef::Small(0) => return Ok(Value::Int(y.is_zero() as i64)),
        IntRef::Small(1) => return Ok(Value::Int(1)),
        IntRef::Small(-1) => return Ok(Value::Int(if is_odd(y) { -1 } else { 1 })),
        _ => {}
    }
    // |x| >= 2 here, so the result has at least y + 1 bits.
    let e = match y.small().and_then(|e| u32::try_from(e).ok()) {
        Some(e) if (x.bits() - 1).saturating_mul(e as u64) <= MAX_BITS => e,
        _ => return Err(memory_error()),
    };
    if let IntRef::Small(b) = x {
        if let Some(r) = b.checked_pow(e) {
            return Ok(Value::Int(r));
        }
    }
    Ok(big_value(num_traits::Pow::pow(x.to_big().as_ref(), e)))
}

fn is_odd(y: IntRef) -> bool {
    match y {
        IntRef::Small(i) => i & 1 == 1,
        IntRef::Big(b) => b.magnitude().bit(0),
    }
}

/// `x << y`.
fn shift_left(x: IntRef, y: IntRef) -> PyResult<Value> {
    if y.is_negative() {
        return Err(value_error("negative shift count"));
    }
    if x.is_zero() {
        return Ok(Value::Int(0));
    }
    let n = match y.small() {
        Some(n) if x.bits().saturating_add(n as u64) <= MAX_BITS => n as u64,
        _ => return Err(memory_error()),
    };
    Ok(big_value(x.to_big().as_ref() << n))
}

/// `x >> y`: floor division by `2**y`, so a negative int ends at -1.
fn shift_right(x: IntRef, y: IntRef) -> PyResult<Value> {
    if y.is_negative() {
        return Err(value_error("negative shift count"));
    }
    match y.small() {
        Some(n) if (n as u64) < x.bits() => Ok(big_value(x.to_big().as_ref() >> n as u64)),
        _ => Ok(Value::Int(if x.is_negative() { -1 } else { 0 })),
    }
}

/// `-x`.
pub fn negate(x: IntRef) -> Value {
    match x {
        IntRef::Small(i) => match i.checked_neg() {
            Some(n) => Value::Int(n),
            None => i128_value(-(i as i128)),
        },
        IntRef::Big(b) => big_value(-b),
    }
}

/// `abs(x)`.
pub fn abs(x: IntRef) -> Value {
    if x.is_negative() {
        negate(x)
    } else {
        x.to_value()
    }
}

/// `~x`, which is `-x - 1` in two's complement of unbounded width.
pub fn invert(x: IntRef) -> Value {
    match x {
        IntRef::Small(i) => Value::Int(!i),
        IntRef::Big(b) => big_value(!b),
    }
}

/// `pow(base, exp, mod)`: modular exponentiation, with the inverse for a
/// negative exponent (Python 3.8+); the result has the modulus's sign,
/// as `%` does.
pub fn pow_mod(base: IntRef, exp: IntRef, modulus: IntRef) -> PyResult<Value> {
    if modulus.is_zero() {
        return Err(value_error("pow() 3rd argument cannot be 0"));
    }
    let m = modulus.to_big();
    let m = m.as_ref();
    if m.magnitude().is_one() {
        return Ok(Value::Int(0));
    }
    let mut b = base.to_big().into_owned();
    let e = exp.to_big();
    if exp.is_negative() {
        b = b
            .modinv(m)
            .ok_or_else(|| value_error("base is not invertible for the given modulus"))?;
    }
    Ok(big_value(b.modpow(&BigInt::from(e.magnitude().clone()), m)))
}

/// `round(x, n)` for an int: unchanged for `n >= 0`, else rounded to a
/// multiple of `10**-n`, ties to even.
pub fn round(x: IntRef, n: i64) -> Value {
    if n >= 0 {
        return x.to_value();
    }
    let k = n.unsigned_abs();
    // 10**k > 2**(3k) > 2 * |x|: nearer to 0 than to any other multiple.
    if k > x.bits() / 3 + 2 {
        return Value::Int(0);
    }
    let p: BigInt = num_traits::Pow::pow(BigInt::from(10), k as u32);
    let (q, r) = x.to_big().div_mod_floor(&p);
    let twice = r * 2;
    let q = if twice > p || (twice == p && q.is_odd()) {
        q + 1
    } else {
        q
    };
    big_value(q * p)
}

/// The integer square root of a non-negative int (`math.isqrt`).
pub fn isqrt(x: IntRef) -> Value {
    match x {
        IntRef::Small(i) => {
            let i = i.unsigned_abs();
            let mut r = (i as f64).sqrt() as u64;
            while r.checked_mul(r).is_none_or(|sq| sq > i) {
                r -= 1;
            }
            while (r + 1).checked_mul(r + 1).is_some_and(|sq| sq <= i) {
                r += 1;
            }
            Value::Int(r as i64)
        }
        IntRef::Big(b) => big_value(BigInt::from(b.magnitude().sqrt())),
    }
}

/// The greatest common divisor of two ints, never negative.
pub fn gcd(x: IntRef, y: IntRef) -> Value {
    if let (IntRef::Small(a), IntRef::Small(b)) = (x, y) {
        let (mut a, mut b) = (a.unsigned_abs(), b.unsigned_abs());
        while b != 0 {
            (a, b) = (b, a % b);
        }
        return match i64::try_from(a) {
            Ok(a) => Value::Int(a),
            Err(_) => big_value(BigInt::from(a)),
        };
    }
    let g: BigUint = x.to_big().magnitude().gcd(y.to_big().magnitude());
    big_value(BigInt::from(g))
}

/// A count that must fit in a machine word (a shift, `math.comb`'s `k`),
/// or `None` when it is too big for any allocation.
pub fn small_count(x: IntRef) -> Option<u64> {
    x.small().and_then(|i| u64::try_from(i).ok())
}

/// Whether the int `x` converts to an `i64` (a big int never does).
pub fn to_i64(x: IntRef) -> Option<i64> {
    match x {
        IntRef::Small(i) => Some(i),
        IntRef::Big(b) => b.to_i64(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vm::repr::py_repr;
    use BinaryOperator::*;

    fn run(op: BinaryOperator, x: i64, y: i64) -> String {
        match big_int_op(op, IntRef::Small(x), IntRef::Small(y)) {
            Ok(v) => py_repr(&v),
            Err(e) => e.0.message(),
        }
    }

    #[test]
    fn results_cross_the_64_bit_boundary_both_ways() {
        assert_eq!(run(Add, i64::MAX, 1), "9223372036854775808");
        assert_eq!(run(Sub, i64::MIN, 1), "-9223372036854775809");
        assert_eq!(run(Mul, i64::MIN, -1), "9223372036854775808");
        assert_eq!(run(FloorDiv, i64::MIN, -1), "9223372036854775808");
        assert_eq!(run(Mod, i64::MIN, -1), "0");
        assert_eq!(run(Pow, 2, 64), "18446744073709551616");
        assert_eq!(run(LShift, -1, 63), "-9223372036854775808");
        assert_eq!(run(LShift, 1, 63), "9223372036854775808");
        assert_eq!(run(RShift, -5, 100), "-1");
        assert_eq!(run(Pow, 2, -2), "0.25");
        assert_eq!(run(LShift, 1, -1), "negative shift count");
        assert!(matches!(negate(IntRef::Small(i64::MIN)), Value::BigInt(_)));
        let big = BigInt::from(1u64 << 63);
        assert!(matches!(negate(IntRef::Big(&big)), Value::Int(i64::MIN)));
    }

    #[test]
    fn true_division_rounds_once() {
        let a: BigInt = BigInt::from(10).pow(400u32);
        let b: BigInt = BigInt::from(10).pow(399u32);
        assert_eq!(true_div(IntRef::Big(&a), IntRef::Big(&b)).ok(), Some(10.0));
        let p = BigInt::from(1) << 1076u32;
        assert_eq!(
            true_div(IntRef::Small(3), IntRef::Big(&p)).ok(),
            Some(5e-324)
        );
        let huge = BigInt::from(1) << 1024u32;
        assert!(true_div(IntRef::Big(&huge), IntRef::Small(1)).is_err());
        assert_eq!(
            true_div(IntRef::Big(&huge), IntRef::Small(3)).ok(),
            Some(5.992310449541053e307)
        );
    }

    #[test]
    fn modular_powers_follow_the_modulus_sign() {
        let r = pow_mod(IntRef::Small(2), IntRef::Small(3), IntRef::Small(-5)).unwrap();
        assert_eq!(py_repr(&r), "-2");
        let r = pow_mod(IntRef::Small(3), IntRef::Small(-1), IntRef::Small(7)).unwrap();
        assert_eq!(py_repr(&r), "5");
        assert!(pow_mod(IntRef::Small(2), IntRef::Small(-1), IntRef::Small(4)).is_err());
    }

    #[test]
    fn integer_square_roots() {
        for i in [0i64, 1, 2, 3, 4, 15, 16, 17, i64::MAX] {
            let Value::Int(r) = isqrt(IntRef::Small(i)) else {
                panic!("not small")
            };
            assert!(r * r <= i && (r as i128 + 1) * (r as i128 + 1) > i as i128);
        }
    }
}
