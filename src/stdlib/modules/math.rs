//! The `math` module: constants, the float functions of C's libm with
//! CPython's error rules, and (in `math_int`, `math_sum`) the exact
//! integer functions and sums.
//!
//! CPython checks every libm result the same way: a NaN from a non-NaN
//! argument is `ValueError: math domain error`, an infinity from a finite
//! argument is `OverflowError: math range error` where the function can
//! overflow (`exp`) and a domain error where it cannot (`log(0)`). Rust's
//! `f64` methods call the same libm, so the values are CPython's too.

use std::sync::Arc;

use crate::builtin;
use crate::stdlib::builtins::float_to_int;
use crate::stdlib::modules::{math_int, math_libm, math_sum};
use crate::vm::native::Args;
use crate::vm::objects::dict::numeric;
use crate::vm::objects::exceptions::{
    overflow_error, type_error, value_error, zero_division_error, PyErr, PyResult,
};
use crate::vm::objects::int::{int_ref, scaled_to_f64, IntRef};
use crate::vm::objects::types::type_name;
use crate::vm::value::{Module, Value};

pub fn module() -> Value {
    let f = |b| Value::Builtin(b);
    Value::Module(Arc::new(Module::new(
        "math",
        vec![
            ("pi", Value::float(std::f64::consts::PI)),
            ("e", Value::float(std::f64::consts::E)),
            ("tau", Value::float(std::f64::consts::TAU)),
            ("inf", Value::float(f64::INFINITY)),
            ("nan", Value::float(f64::NAN)),
            ("sqrt", f(&SQRT)),
            ("isqrt", f(&math_int::ISQRT)),
            ("floor", f(&FLOOR)),
            ("ceil", f(&CEIL)),
            ("trunc", f(&TRUNC)),
            ("factorial", f(&math_int::FACTORIAL)),
            ("gcd", f(&math_int::GCD)),
            ("lcm", f(&math_int::LCM)),
            ("comb", f(&math_int::COMB)),
            ("perm", f(&math_int::PERM)),
            ("prod", f(&math_int::PROD)),
            ("fsum", f(&math_sum::FSUM)),
            ("hypot", f(&math_sum::HYPOT)),
            ("dist", f(&math_sum::DIST)),
            ("fabs", f(&FABS)),
            ("copysign", f(&COPYSIGN)),
            ("exp", f(&EXP)),
            ("exp2", f(&EXP2)),
            ("expm1", f(&EXPM1)),
            ("log", f(&LOG)),
            ("log2", f(&LOG2)),
            ("log10", f(&LOG10)),
            ("log1p", f(&LOG1P)),
            ("pow", f(&POW)),
            ("cbrt", f(&CBRT)),
            ("sin", f(&SIN)),
            ("cos", f(&COS)),
            ("tan", f(&TAN)),
            ("asin", f(&ASIN)),
            ("acos", f(&ACOS)),
            ("atan", f(&ATAN)),
            ("atan2", f(&ATAN2)),
            ("sinh", f(&SINH)),
            ("cosh", f(&COSH)),
            ("tanh", f(&TANH)),
            ("asinh", f(&ASINH)),
            ("acosh", f(&ACOSH)),
            ("atanh", f(&ATANH)),
            ("degrees", f(&DEGREES)),
            ("radians", f(&RADIANS)),
            ("isclose", f(&ISCLOSE)),
            ("isfinite", f(&ISFINITE)),
            ("isinf", f(&ISINF)),
            ("isnan", f(&ISNAN)),
            ("modf", f(&MODF)),
            ("fmod", f(&FMOD)),
            ("frexp", f(&FREXP)),
            ("ldexp", f(&LDEXP)),
        ],
    )))
}

/// `ValueError: math domain error`.
pub fn domain_error() -> PyErr {
    value_error("math domain error")
}

/// `OverflowError: math range error`.
pub fn range_error() -> PyErr {
    overflow_error("math range error")
}

/// An argument as a float, as CPython's `PyFloat_AsDouble` takes it:
/// ints of any size (too large is an `OverflowError`), bools, floats.
pub fn real(v: &Value) -> PyResult<f64> {
    match numeric(v) {
        Some(n) => n.to_f64(),
        None => Err(type_error(format!(
            "must be real number, not {}",
            type_name(v)
        ))),
    }
}

/// An argument that must be an int (of any size).
pub fn integer(v: &Value) -> PyResult<IntRef<'_>> {
    int_ref(v).ok_or_else(|| {
        type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(v)
        ))
    })
}

/// The one argument of `math.name(x)`.
fn one<'a>(a: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    Ok(&a.exact(&format!("math.{name}"), 1, 1)?[0])
}

/// A one-argument libm function with CPython's checks of its result.
fn unary(a: &Args, name: &str, f: fn(f64) -> f64, can_overflow: bool) -> PyResult<Value> {
    let x = real(one(a, name)?)?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_error()
        } else {
            domain_error()
        });
    }
    Ok(Value::float(r))
}

/// A two-argument libm function with CPython's checks of its result.
fn binary(a: &Args, name: &str, f: fn(f64, f64) -> f64) -> PyResult<Value> {
    let v = a.exact(name, 2, 2)?;
    let (x, y) = (real(&v[0])?, real(&v[1])?);
    let r = f(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_error());
    }
    Ok(Value::float(r))
}

builtin!(SQRT, "sqrt", |_, a| unary(a, "sqrt", f64::sqrt, false));
builtin!(FABS, "fabs", |_, a| unary(a, "fabs", f64::abs, false));
builtin!(EXP, "exp", |_, a| unary(a, "exp", f64::exp, true));
builtin!(EXP2, "exp2", |_, a| unary(a, "exp2", f64::exp2, true));
builtin!(EXPM1, "expm1", |_, a| unary(a, "expm1", f64::exp_m1, true));
builtin!(LOG1P, "log1p", |_, a| unary(a, "log1p", f64::ln_1p, false));
builtin!(CBRT, "cbrt", |_, a| unary(
    a,
    "cbrt",
    math_libm::cbrt,
    false
));
builtin!(SIN, "sin", |_, a| unary(a, "sin", f64::sin, false));
builtin!(COS, "cos", |_, a| unary(a, "cos", f64::cos, false));
builtin!(TAN, "tan", |_, a| unary(a, "tan", f64::tan, false));
builtin!(ASIN, "asin", |_, a| unary(a, "asin", f64::asin, false));
builtin!(ACOS, "acos", |_, a| unary(a, "acos", f64::acos, false));
builtin!(ATAN, "atan", |_, a| unary(a, "atan", f64::atan, false));
builtin!(SINH, "sinh", |_, a| unary(a, "sinh", f64::sinh, true));
builtin!(COSH, "cosh", |_, a| unary(a, "cosh", f64::cosh, true));
builtin!(TANH, "tanh", |_, a| unary(a, "tanh", f64::tanh, false));
builtin!(ASINH, "asinh", |_, a| unary(
    a,
    "asinh",
    math_libm::asinh,
    false
));
builtin!(ACOSH, "acosh", |_, a| unary(
    a,
    "acosh",
    math_libm::acosh,
    false
));
builtin!(ATANH, "atanh", |_, a| unary(
    a,
    "atanh",
    math_libm::atanh,
    false
));
builtin!(ATAN2, "atan2", |_, a| binary(a, "atan2", f64::atan2));
builtin!(COPYSIGN, "copysign", |_, a| binary(
    a,
    "copysign",
    f64::copysign
));

builtin!(DEGREES, "degrees", |_, a| {
    let x = real(one(a, "degrees")?)?;
    Ok(Value::float(x * (180.0 / std::f64::consts::PI)))
});
builtin!(RADIANS, "radians", |_, a| {
    let x = real(one(a, "radians")?)?;
    Ok(Value::float(x * (std::f64::consts::PI / 180.0)))
});
builtin!(ISFINITE, "isfinite", |_, a| Ok(Value::bool(
    real(one(a, "isfinite")?)?.is_finite()
)));
builtin!(ISINF, "isinf", |_, a| Ok(Value::bool(
    real(one(a, "isinf")?)?.is_infinite()
)));
builtin!(ISNAN, "isnan", |_, a| Ok(Value::bool(
    real(one(a, "isnan")?)?.is_nan()
)));

/// `floor`, `ceil` and `trunc`: an int stays itself (a bool becomes an
/// int), a float is rounded to an int of whatever size it needs.
fn to_integral(a: &Args, name: &str, round: fn(f64) -> f64) -> PyResult<Value> {
    let v = one(a, name)?;
    match int_ref(v) {
        Some(i) => Ok(i.to_value()),
        None if name == "trunc" && !matches!(v, Value::Float(_)) => Err(type_error(format!(
            "type {} doesn't define __trunc__ method",
            type_name(v)
        ))),
        None => float_to_int(round(real(v)?)),
    }
}

builtin!(FLOOR, "floor", |_, a| to_integral(a, "floor", f64::floor));
builtin!(CEIL, "ceil", |_, a| to_integral(a, "ceil", f64::ceil));
builtin!(TRUNC, "trunc", |_, a| to_integral(a, "trunc", f64::trunc));

/// `math.pow(x, y)`: C99's special values, then libm, then CPython's
/// checks (a NaN is a domain error, an infinity from finite operands a
/// range error, or a domain error for `0 ** negative`).
fn pow(x: f64, y: f64) -> PyResult<f64> {
    if !x.is_finite() || !y.is_finite() {
        return Ok(x.powf(y));
    }
    let r = x.powf(y);
    if r.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() {
        return Err(if x == 0.0 {
            domain_error()
        } else {
            range_error()
        });
    }
    Ok(r)
}

builtin!(POW, "pow", |_, a| {
    let v = a.exact("pow", 2, 2)?;
    Ok(Value::float(pow(real(&v[0])?, real(&v[1])?)?))
});

/// A logarithm of `v` (`ln`, `log2`, `log10`) as CPython's `loghelper`
/// takes it: an int too large for a float is split into a mantissa and a
/// power of two (`log(10**400)` works); zero and negatives are domain
/// errors.
fn log_of(v: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(i) = int_ref(v) {
        if i.is_negative() || i.is_zero() {
            return Err(domain_error());
        }
        if let IntRef::Big(b) = i {
            let mut bits = b.bits() as i64;
            let mut m = scaled_to_f64(b.magnitude(), -bits, false).ok_or_else(domain_error)?;
            if m == 1.0 {
                // Rounded up to the next power of two: keep m in [0.5, 1).
                m = 0.5;
                bits += 1;
            }
            return Ok(f(m) + f(2.0) * bits as f64);
        }
    }
    let x = real(v)?;
    let r = f(x);
    if (r.is_nan() && !x.is_nan()) || (r.is_infinite() && x.is_finite()) {
        return Err(domain_error());
    }
    Ok(r)
}

builtin!(LOG, "log", |_, a| {
    let v = a.positional();
    if a.has_keywords() {
        return Err(type_error("math.log() takes no keyword arguments"));
    }
    match v {
        [x] => Ok(Value::float(log_of(x, f64::ln)?)),
        [x, base] => {
            let num = log_of(x, f64::ln)?;
            let den = log_of(base, f64::ln)?;
            if den == 0.0 {
                return Err(zero_division_error("float division by zero"));
            }
            Ok(Value::float(num / den))
        }
        _ => Err(type_error("math.log requires 1 to 2 arguments")),
    }
});
builtin!(LOG2, "log2", |_, a| Ok(Value::float(log_of(
    one(a, "log2")?,
    f64::log2
)?)));
builtin!(LOG10, "log10", |_, a| Ok(Value::float(log_of(
    one(a, "log10")?,
    f64::log10
)?)));

builtin!(FMOD, "fmod", |_, a| {
    let v = a.exact("fmod", 2, 2)?;
    let (x, y) = (real(&v[0])?, real(&v[1])?);
    // fmod(x, ±inf) is x for a finite x.
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error());
    }
    Ok(Value::float(r))
});

builtin!(MODF, "modf", |_, a| {
    let x = real(one(a, "modf")?)?;
    let (frac, int) = if x.is_infinite() {
        (0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        // The fraction keeps the sign of x, even when it is zero.
        ((x - x.trunc()).copysign(x), x.trunc())
    };
    Ok(Value::tuple(vec![Value::float(frac), Value::float(int)]))
});

/// `frexp(x)`: the mantissa in [0.5, 1) and the power of two, exactly.
pub fn frexp(x: f64) -> (f64, i64) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    if exp == 0 {
        // A subnormal: scale it into the normal range first (exactly).
        let (m, e) = frexp(x * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

builtin!(FREXP, "frexp", |_, a| {
    let (m, e) = frexp(real(one(a, "frexp")?)?);
    Ok(Value::tuple(vec![Value::float(m), Value::Int(e)]))
});

/// `ldexp(x, i)`: `x * 2**i` rounded once (a subnormal result is rounded
/// at its own precision), or a range error when it overflows.
pub fn ldexp(x: f64, i: IntRef) -> PyResult<f64> {
    if x == 0.0 || !x.is_finite() {
        return Ok(x);
    }
    // Beyond ±2**40 the result is an overflow or a zero either way.
    let i = match i {
        IntRef::Small(i) => i.clamp(-(1 << 40), 1 << 40),
        IntRef::Big(_) if i.is_negative() => -(1 << 40),
        IntRef::Big(_) => 1 << 40,
    };
    let (m, e) = frexp(x.abs());
    let mantissa = (m * 2f64.powi(53)) as u64; // exact: 53 bits
    let r = scaled_to_f64(&mantissa.into(), e - 53 + i, false).ok_or_else(range_error)?;
    Ok(r.copysign(x))
}

builtin!(LDEXP, "ldexp", |_, a| {
    let v = a.exact("ldexp", 2, 2)?;
    let x = real(&v[0])?;
    let Some(i) = int_ref(&v[1]) else {
        return Err(type_error("Expected an int as second argument to ldexp."));
    };
    Ok(Value::float(ldexp(x, i)?))
});

// `isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`.
builtin!(ISCLOSE, "isclose", |_, a| {
    let pos = a.positional();
    let (mut rel_tol, mut abs_tol) = (1e-9, 0.0);
    for (k, v) in a.keywords() {
        match k {
            "rel_tol" => rel_tol = real(v)?,
            "abs_tol" => abs_tol = real(v)?,
            other => {
                return Err(type_error(format!(
                    "'{other}' is an invalid keyword argument for isclose()"
                )))
            }
        }
    }
    let [x, y] = pos else {
        return Err(type_error(match pos.len() {
            0 => "isclose() missing required argument 'a' (pos 1)".to_string(),
            1 => "isclose() missing required argument 'b' (pos 2)".to_string(),
            n => format!("isclose() takes exactly 2 positional arguments ({n} given)"),
        }));
    };
    let (x, y) = (real(x)?, real(y)?);
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(value_error("tolerances must be non-negative"));
    }
    if x == y {
        return Ok(Value::bool(true));
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(Value::bool(false));
    }
    let diff = (y - x).abs();
    Ok(Value::bool(
        diff <= (rel_tol * y).abs() || diff <= (rel_tol * x).abs() || diff <= abs_tol,
    ))
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frexp_and_ldexp_are_exact() {
        assert_eq!(frexp(8.0), (0.5, 4));
        assert_eq!(frexp(5e-324), (0.5, -1073));
        assert_eq!(frexp(-3.0), (-0.75, 2));
        assert_eq!(ldexp(1.0, IntRef::Small(-1074)).ok(), Some(5e-324));
        assert_eq!(ldexp(1.0, IntRef::Small(-1075)).ok(), Some(0.0));
        assert_eq!(ldexp(3.0, IntRef::Small(-1075)).ok(), Some(1e-323));
        assert_eq!(ldexp(-1.5, IntRef::Small(1)).ok(), Some(-3.0));
        assert!(ldexp(1.0, IntRef::Small(1024)).is_err());
        assert_eq!(
            ldexp(0.75, IntRef::Small(1024)).ok(),
            Some(0.75 * 2f64.powi(1023) * 2.0)
        );
    }

    #[test]
    fn pow_errors_follow_cpython() {
        assert!(pow(0.0, -1.0).is_err());
        assert!(pow(-8.0, 1.0 / 3.0).is_err());
        assert!(pow(10.0, 400.0).is_err());
        assert_eq!(pow(f64::INFINITY, -1.0).ok(), Some(0.0));
        assert_eq!(pow(f64::NAN, 0.0).ok(), Some(1.0));
    }
}
