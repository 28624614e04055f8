//! The few libm functions whose Rust `f64` method is not the C library's:
//! `cbrt`, `asinh`, `acosh` and `atanh` are computed by Rust's own code,
//! which can differ from glibc's in the last bit. CPython calls glibc, so
//! these follow glibc's algorithms (fdlibm's for the inverse hyperbolic
//! functions, with the `log` and `log1p` that Rust takes from the C
//! library), and print what CPython prints.

// The coefficients are written as glibc writes them (the same doubles).
#![allow(clippy::excessive_precision)]

use std::f64::consts::LN_2 as LN2;

use crate::stdlib::modules::math::{frexp, ldexp};
use crate::vm::objects::int::IntRef;

/// The high 32 bits of `x` without the sign: fdlibm's range tests.
fn high_word(x: f64) -> u32 {
    ((x.to_bits() >> 32) as u32) & 0x7fff_ffff
}

/// The cube root: a polynomial guess in [0.5, 1), one Halley step, and
/// the exponent divided by three (the remainder goes into a factor).
pub fn cbrt(x: f64) -> f64 {
    const CBRT2: f64 = 1.259_921_049_894_873_164_8;
    const SQR_CBRT2: f64 = 1.587_401_051_968_199_474_8;
    const FACTOR: [f64; 5] = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];
    if x == 0.0 || !x.is_finite() {
        return x + x;
    }
    let (xm, xe) = frexp(x.abs());
    let u = 0.354_895_765_043_919_86
        + ((1.508_191_937_815_848_96
            + ((-2.114_994_941_673_712_87
                + ((2.446_931_225_635_344_3
                    + ((-1.834_692_774_836_130_86
                        + (0.784_932_344_976_639_262 - 0.145_263_899_385_486_377 * xm) * xm)
                        * xm))
                    * xm))
                * xm))
            * xm);
    let t2 = u * u * u;
    let ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * FACTOR[(2 + xe % 3) as usize];
    let ym = if x > 0.0 { ym } else { -ym };
    ldexp(ym, IntRef::Small(xe / 3)).unwrap_or(ym)
}

/// `asinh(x) = sign(x) * log(|x| + sqrt(x*x + 1))`, evaluated in three
/// ranges to keep its precision.
pub fn asinh(x: f64) -> f64 {
    let ix = high_word(x);
    if ix < 0x3e30_0000 {
        return x; // |x| < 2**-28
    }
    let xa = x.abs();
    let w = if ix > 0x41b0_0000 {
        if !x.is_finite() {
            return x + x;
        }
        xa.ln() + LN2
    } else if ix > 0x4000_0000 {
        (2.0 * xa + 1.0 / ((xa * xa + 1.0).sqrt() + xa)).ln()
    } else {
        let t = xa * xa;
        (xa + t / (1.0 + (1.0 + t).sqrt())).ln_1p()
    };
    w.copysign(x)
}

/// `acosh(x) = log(x + sqrt(x*x - 1))` for `x >= 1`, in three ranges.
pub fn acosh(x: f64) -> f64 {
    let hx = (x.to_bits() >> 32) as i32;
    if hx < 0x3ff0_0000 {
        return f64::NAN; // x < 1 (or negative)
    }
    if hx >= 0x41b0_0000 {
        if !x.is_finite() {
            return x + x;
        }
        return x.ln() + LN2;
    }
    if x == 1.0 {
        return 0.0;
    }
    if hx > 0x4000_0000 {
        let t = x * x;
        return (2.0 * x - 1.0 / (x + (t - 1.0).sqrt())).ln();
    }
    let t = x - 1.0;
    (t + (2.0 * t + t * t).sqrt()).ln_1p()
}

/// `atanh(x) = log((1 + x) / (1 - x)) / 2`, through `log1p`.
pub fn atanh(x: f64) -> f64 {
    let xa = x.abs();
    let t = if xa < 0.5 {
        if xa < 2f64.powi(-28) {
            return x;
        }
        let t = xa + xa;
        0.5 * (t + t * xa / (1.0 - xa)).ln_1p()
    } else if xa < 1.0 {
        0.5 * ((xa + xa) / (1.0 - xa)).ln_1p()
    } else if xa > 1.0 || x.is_nan() {
        return f64::NAN;
    } else {
        return x / 0.0;
    };
    t.copysign(x)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Values CPython 3.11 prints on glibc.
    #[test]
    fn match_glibc() {
        assert_eq!(cbrt(-27.0), -3.0000000000000004);
        assert_eq!(cbrt(8.0), 2.0);
        assert_eq!(asinh(1.0), 0.881373587019543);
        assert_eq!(acosh(2.0), 1.3169578969248166);
        assert_eq!(atanh(0.5), 0.5493061443340548);
        assert!(atanh(1.0).is_infinite() && acosh(0.5).is_nan() && atanh(1.5).is_nan());
    }
}
