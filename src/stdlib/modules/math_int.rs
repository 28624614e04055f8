//! The integer functions of `math`: `factorial`, `isqrt`, `gcd`, `lcm`,
//! `comb`, `perm`, and `prod` (which multiplies anything).
//!
//! Results are exact ints of any size. Products of many factors are
//! computed as balanced trees (`product`), so that the multiplications
//! are of numbers of similar size, which num-bigint does fastest.

use num_bigint::BigInt;
use num_traits::{One, ToPrimitive};

use crate::builtin;
use crate::bytecode::BinaryOperator;
use crate::stdlib::modules::math::integer;
use crate::vm::int_ops;
use crate::vm::native::Args;
use crate::vm::objects::exceptions::{
    memory_error, overflow_error, type_error, value_error, PyResult,
};
use crate::vm::objects::int::{big_value, IntRef};
use crate::vm::protocols::has_class;
use crate::vm::value::Value;

/// Results of more bits than this are a `MemoryError` at once.
const MAX_BITS: f64 = 4_294_967_296.0;

/// `first * (first + 1) * ... * (first + count - 1)`.
fn product(first: &BigInt, count: u64) -> BigInt {
    if count <= 8 {
        let mut acc = BigInt::one();
        for i in 0..count {
            acc *= first + i;
        }
        return acc;
    }
    let half = count / 2;
    product(first, half) * product(&(first + half), count - half)
}

/// `n!` for `n >= 0`.
fn factorial(n: u64) -> PyResult<BigInt> {
    // log2(n!) < n * log2(n).
    if n as f64 * (n.max(2) as f64).log2() > MAX_BITS {
        return Err(memory_error());
    }
    Ok(product(&BigInt::one(), n))
}

/// A non-negative count that must fit in an `i64`, with CPython's errors.
fn count(v: IntRef, negative: &str, too_big: &str) -> PyResult<u64> {
    if v.is_negative() {
        return Err(value_error(negative.to_string()));
    }
    int_ops::small_count(v).ok_or_else(|| overflow_error(too_big.to_string()))
}

builtin!(FACTORIAL, "factorial", |_, a| {
    let v = a.exact("math.factorial", 1, 1)?;
    let n = count(
        integer(&v[0])?,
        "factorial() not defined for negative values",
        "factorial() argument should not exceed 9223372036854775807",
    )?;
    Ok(big_value(factorial(n)?))
});

builtin!(ISQRT, "isqrt", |_, a| {
    let v = a.exact("math.isqrt", 1, 1)?;
    let n = integer(&v[0])?;
    if n.is_negative() {
        return Err(value_error("isqrt() argument must be nonnegative"));
    }
    Ok(int_ops::isqrt(n))
});

/// The ints of a variadic `gcd` or `lcm`.
fn int_args<'a>(a: &Args<'a>, name: &str) -> PyResult<Vec<IntRef<'a>>> {
    if a.has_keywords() {
        return Err(type_error(format!("{name}() takes no keyword arguments")));
    }
    a.values.iter().map(integer).collect()
}

builtin!(GCD, "gcd", |_, a| {
    let mut acc = Value::Int(0);
    for x in int_args(a, "gcd")? {
        let g = int_ops::gcd(integer(&acc)?, x);
        acc = g;
    }
    Ok(acc)
});

builtin!(LCM, "lcm", |_, a| {
    let mut acc = Value::Int(1);
    for x in int_args(a, "lcm")? {
        let y = integer(&acc)?;
        if x.is_zero() || y.is_zero() {
            acc = Value::Int(0);
            continue;
        }
        let g = int_ops::gcd(y, x);
        let g = integer(&g)?.to_big().into_owned();
        let l = (y.to_big().as_ref() / g) * x.to_big().as_ref();
        acc = big_value(num_traits::Signed::abs(&l));
    }
    Ok(acc)
});

/// `n * (n - 1) * ... * (n - k + 1)`: the falling factorial, 0 for k > n.
fn falling(n: IntRef, k: u64) -> PyResult<BigInt> {
    let n = n.to_big();
    if *n.as_ref() < BigInt::from(k) {
        return Ok(BigInt::from(0));
    }
    if n.bits() as f64 * k as f64 > MAX_BITS {
        return Err(memory_error());
    }
    Ok(product(&(n.as_ref() - k + 1u32), k))
}

builtin!(COMB, "comb", |_, a| {
    let v = a.exact("comb", 2, 2)?;
    let (n, k) = (integer(&v[0])?, integer(&v[1])?);
    if n.is_negative() {
        return Err(value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(value_error("k must be a non-negative integer"));
    }
    if n.cmp_int(k).is_lt() {
        return Ok(Value::Int(0));
    }
    // C(n, k) = C(n, n - k): the smaller is the work.
    let rest = n.to_big().as_ref() - k.to_big().as_ref();
    let k = k.to_big().into_owned().min(rest);
    let k = k
        .to_u64()
        .filter(|&k| k <= i64::MAX as u64)
        .ok_or_else(|| overflow_error("min(n - k, k) must not exceed 9223372036854775807"))?;
    Ok(big_value(falling(n, k)? / factorial(k)?))
});

builtin!(PERM, "perm", |_, a| {
    let v = a.exact("perm", 1, 2)?;
    let n = integer(&v[0])?;
    let k = match v.get(1) {
        None | Some(Value::None) => {
            let n = count(
                n,
                "factorial() not defined for negative values",
                "factorial() argument should not exceed 9223372036854775807",
            )?;
            return Ok(big_value(factorial(n)?));
        }
        Some(k) => integer(k)?,
    };
    if n.is_negative() {
        return Err(value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(value_error("k must be a non-negative integer"));
    }
    if n.cmp_int(k).is_lt() {
        return Ok(Value::Int(0));
    }
    let k = count(k, "", "k must not exceed 9223372036854775807")?;
    Ok(big_value(falling(n, k)?))
});

// `prod(iterable, *, start=1)`: the product by `*`, so it multiplies
// floats, ints of any size and even sequences, as CPython's does.
builtin!(PROD, "prod", |vm, a| {
    let pos = a.positional();
    let mut acc = Value::Int(1);
    for (k, v) in a.keywords() {
        match k {
            "start" => acc = v.clone(),
            other => {
                return Err(type_error(format!(
                    "'{other}' is an invalid keyword argument for prod()"
                )))
            }
        }
    }
    let [iterable] = pos else {
        return Err(type_error(format!(
            "prod() takes exactly 1 positional argument ({} given)",
            pos.len()
        )));
    };
    for x in vm.collect_items(iterable)? {
        acc = if has_class(&acc) || has_class(&x) {
            vm.binary_special(BinaryOperator::Mul, false, &acc, &x)?
        } else {
            crate::vm::ops::binary_op(BinaryOperator::Mul, &acc, &x)?
        };
    }
    Ok(acc)
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn products_and_factorials() {
        assert_eq!(factorial(0).ok(), Some(BigInt::one()));
        assert_eq!(
            factorial(30).ok().map(|f| f.to_string()).as_deref(),
            Some("265252859812191058636308480000000")
        );
        assert_eq!(product(&BigInt::from(5), 3), BigInt::from(210));
        assert!(factorial(1 << 40).is_err());
        let f = falling(IntRef::Small(10), 3).ok();
        assert_eq!(f, Some(BigInt::from(720)));
        assert_eq!(falling(IntRef::Small(2), 3).ok(), Some(BigInt::from(0)));
    }
}
