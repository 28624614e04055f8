//! The exact float sums of `math`: `fsum` (Shewchuk's algorithm, as
//! CPython's `msum`) and the Euclidean norms of `hypot` and `dist`
//! (CPython's compensated `vector_norm`).
//!
//! Both are written to do the same floating-point operations in the same
//! order as CPython, so they give the same last bit, not just a close
//! answer.

use crate::builtin;
use crate::stdlib::modules::math::{frexp, real};
use crate::vm::native::Args;
use crate::vm::objects::exceptions::{overflow_error, value_error, PyResult};
use crate::vm::value::Value;

/// The correctly rounded sum of `xs`, or CPython's errors: an overflow
/// of finite partial sums, and `inf + -inf`.
///
/// The partials are non-overlapping floats whose exact sum is the sum so
/// far, kept in increasing magnitude; each new value is added exactly
/// (`hi + lo` two-sums) and only the final collapse rounds, once, with a
/// correction so that a tie spread over several partials rounds to even.
pub fn fsum(xs: impl IntoIterator<Item = f64>) -> PyResult<f64> {
    let mut partials: Vec<f64> = Vec::new();
    let (mut special_sum, mut inf_sum) = (0.0f64, 0.0f64);
    for item in xs {
        let mut x = item;
        let mut n = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[n] = lo;
                n += 1;
            }
            x = hi;
        }
        partials.truncate(n);
        if x != 0.0 {
            if !x.is_finite() {
                // From an infinity or NaN among the values, or an overflow.
                if item.is_finite() {
                    return Err(overflow_error("intermediate overflow in fsum"));
                }
                if item.is_infinite() {
                    inf_sum += item;
                }
                special_sum += item;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(value_error("-inf + inf in fsum"));
        }
        return Ok(special_sum);
    }
    let Some(mut hi) = partials.pop() else {
        return Ok(0.0);
    };
    // Add from the top down while the sum stays exact.
    let mut lo = 0.0;
    while let Some(y) = partials.pop() {
        let x = hi;
        hi = x + y;
        let yr = hi - x;
        lo = y - yr;
        if lo != 0.0 {
            break;
        }
    }
    // Half-even rounding across partials: when the rest has the sign of
    // `lo`, the true sum is beyond the halfway point `hi + lo`.
    if let Some(&next) = partials.last() {
        if (lo < 0.0 && next < 0.0) || (lo > 0.0 && next > 0.0) {
            let y = lo * 2.0;
            let x = hi + y;
            if y == x - hi {
                hi = x;
            }
        }
    }
    Ok(hi)
}

builtin!(FSUM, "fsum", |vm, a| {
    let v = a.exact("math.fsum", 1, 1)?;
    let items = vm.collect_items(&v[0])?;
    let xs = items.iter().map(real).collect::<PyResult<Vec<f64>>>()?;
    Ok(Value::float(fsum(xs)?))
});

/// The Euclidean norm of `vec`, whose largest magnitude is `max`.
///
/// The values are scaled by a power of two so the largest lies in
/// [0.5, 1), each square is split exactly into a high and a low part
/// (Veltkamp's split by 2**27 + 1) and summed with compensation, and the
/// square root gets one Newton correction from the residual.
fn vector_norm(vec: &mut [f64], max: f64, found_nan: bool) -> f64 {
    const T27: f64 = 134_217_729.0; // 2**27 + 1
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = frexp(max);
    if max_e < -1023 {
        // 2**-max_e would overflow: make the subnormals normal first.
        for x in vec.iter_mut() {
            *x /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(vec, max / f64::MIN_POSITIVE, found_nan);
    }
    let scale = pow2(-max_e);
    let (mut csum, mut frac1, mut frac2, mut frac3) = (1.0f64, 0.0f64, 0.0f64, 0.0f64);
    let split = |x: f64| {
        let t = x * T27;
        let hi = t - (t - x);
        (hi, x - hi)
    };
    for &v in vec.iter() {
        let (hi, lo) = split(v * scale);
        let x = hi * hi;
        let old = csum;
        csum += x;
        frac1 += (old - csum) + x;
        let x = 2.0 * hi * lo;
        let old = csum;
        csum += x;
        frac2 += (old - csum) + x;
        frac3 += lo * lo;
    }
    let h = (csum - 1.0 + (frac1 + frac2 + frac3)).sqrt();
    let (hi, lo) = split(h);
    let x = -hi * hi;
    let old = csum;
    csum += x;
    frac1 += (old - csum) + x;
    let x = -2.0 * hi * lo;
    let old = csum;
    csum += x;
    frac2 += (old - csum) + x;
    let x = -lo * lo;
    let old = csum;
    csum += x;
    frac3 += (old - csum) + x;
    let x = csum - 1.0 + (frac1 + frac2 + frac3);
    (h + x / (2.0 * h)) / scale
}

/// `2**e`, exactly, for `e` in the float range (`powi` would divide by
/// an overflowing `2**1024`).
fn pow2(e: i64) -> f64 {
    if e >= -1022 {
        f64::from_bits(((e + 1023) as u64) << 52)
    } else {
        f64::from_bits(1 << (e + 1074))
    }
}

/// The norm of `coordinates`, converted to floats as `hypot` takes them.
fn norm_of(coordinates: impl IntoIterator<Item = f64>) -> f64 {
    let mut vec: Vec<f64> = Vec::new();
    let (mut max, mut found_nan) = (0.0f64, false);
    for x in coordinates {
        let x = x.abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        vec.push(x);
    }
    vector_norm(&mut vec, max, found_nan)
}

builtin!(HYPOT, "hypot", |_, a| {
    let v = a.exact("hypot", 0, usize::MAX)?;
    let xs = v.iter().map(real).collect::<PyResult<Vec<f64>>>()?;
    Ok(Value::float(norm_of(xs)))
});

builtin!(DIST, "dist", |vm, a: &Args| {
    let v = a.exact("dist", 2, 2)?;
    let p = vm.collect_items(&v[0])?;
    let q = vm.collect_items(&v[1])?;
    if p.len() != q.len() {
        return Err(value_error(
            "both points must have the same number of dimensions",
        ));
    }
    let mut diffs = Vec::with_capacity(p.len());
    for (x, y) in p.iter().zip(&q) {
        diffs.push(real(x)? - real(y)?);
    }
    Ok(Value::float(norm_of(diffs)))
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fsum_is_exact() {
        assert_eq!(fsum([0.1; 10]).ok(), Some(1.0));
        let xs = [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50];
        assert_eq!(fsum(xs).ok(), Some(1e-100));
        assert_eq!(
            fsum([2f64.powi(53), 1.0, 2f64.powi(-53)]).ok(),
            Some(9007199254740994.0)
        );
        assert!(fsum([1e308, 1e308]).is_err());
        assert!(fsum([f64::INFINITY, f64::NEG_INFINITY]).is_err());
        assert_eq!(fsum([f64::INFINITY, 1.0]).ok(), Some(f64::INFINITY));
        assert_eq!(fsum([]).ok(), Some(0.0));
    }

    #[test]
    fn norms() {
        assert_eq!(norm_of([3.0, 4.0]), 5.0);
        assert_eq!(norm_of([1.0, 2.0, 3.0]), 3.7416573867739413);
        assert_eq!(norm_of([1e308, 1e308]), 1.4142135623730951e308);
        assert_eq!(norm_of([f64::INFINITY, f64::NAN]), f64::INFINITY);
        assert_eq!(norm_of([]), 0.0);
        assert_eq!(norm_of([5e-324, 5e-324]), 5e-324);
    }
}
