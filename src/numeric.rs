//! Exact conversions between big ints and floats.
//!
//! Both `float(n)` and `n / m` must round once, to the nearest float with
//! ties to even, at the precision of the result (53 bits, fewer for a
//! subnormal). Converting to a float first and scaling afterwards would
//! round twice, so the rounding is done here, by hand, on the bits.

use num_bigint::{BigInt, BigUint};
use num_traits::{Signed, ToPrimitive};

/// A big int as the nearest float (ties to even), `None` beyond the
/// float range.
pub fn big_to_f64(b: &BigInt) -> Option<f64> {
    let m = scaled_to_f64(b.magnitude(), 0, false)?;
    Some(if b.is_negative() { -m } else { m })
}

/// `m * 2**exp` rounded to the nearest float, ties to even, where `sticky`
/// says that the true value is a little more than `m * 2**exp` (a
/// remainder was dropped below it). `None` when it rounds beyond the
/// largest float.
///
/// Why by hand: a quotient or a huge int must be rounded once, at the
/// precision of the result (53 bits, fewer for a subnormal); converting
/// to a float and then scaling would round twice.
pub fn scaled_to_f64(m: &BigUint, exp: i64, sticky: bool) -> Option<f64> {
    let n = m.bits() as i64;
    if n == 0 {
        return Some(0.0);
    }
    let top = n - 1 + exp; // the exponent of the leading bit
    if top > 1023 {
        return None;
    }
    // Bits the result can keep: 53, fewer below the normal range.
    let precision = if top >= -1022 { 53 } else { 53 - (-1022 - top) };
    let drop = n - precision;
    if drop <= 0 {
        return compose(m.to_u64().unwrap_or(0), exp);
    }
    let drop_u = drop as u64;
    let mut kept = (m >> drop_u).to_u64().unwrap_or(0);
    let round_bit = m.bit(drop_u - 1);
    let below = sticky || m.trailing_zeros().is_some_and(|z| z < drop_u - 1);
    if round_bit && (below || kept & 1 == 1) {
        kept += 1;
    }
    compose(kept, exp + drop)
}

/// The float `keep * 2**e`, which is exactly representable unless it is
/// too large (`keep` has at most 53 significant bits, or is 2**53).
fn compose(keep: u64, e: i64) -> Option<f64> {
    if keep == 0 {
        return Some(0.0);
    }
    let nb = 64 - keep.leading_zeros() as i64;
    let top = nb - 1 + e;
    if top > 1023 {
        return None;
    }
    let bits = if top >= -1022 {
        let mant = if nb <= 53 {
            keep << (53 - nb)
        } else {
            keep >> (nb - 53)
        };
        (((top + 1023) as u64) << 52) | (mant & ((1 << 52) - 1))
    } else {
        // A subnormal: the value in units of 2**-1074.
        keep << (e + 1074).clamp(0, 63)
    };
    Some(f64::from_bits(bits))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn big(s: &str) -> BigInt {
        s.parse().unwrap()
    }

    #[test]
    fn floats_round_once_to_nearest_even() {
        // 2**64 + 2**11 is a tie between two floats: to even.
        let tie = big("18446744073709553664");
        assert_eq!(big_to_f64(&tie), Some(1.8446744073709552e19));
        let above = big("18446744073709553665");
        assert_eq!(big_to_f64(&above), Some(1.8446744073709556e19));
        let top = (BigInt::from(1) << 1024u32) - (BigInt::from(1) << 971u32);
        assert_eq!(big_to_f64(&top), Some(f64::MAX));
        let over = (BigInt::from(1) << 1024u32) - (BigInt::from(1) << 970u32);
        assert_eq!(big_to_f64(&over), None);
        assert_eq!(
            big_to_f64(&-big("1267650600228229401496703205376")),
            Some(-1.2676506002282294e30)
        );
        // A subnormal: 3 * 2**-1076 rounds to 2**-1074.
        assert_eq!(
            scaled_to_f64(&BigUint::from(3u8), -1076, false),
            Some(5e-324)
        );
        assert_eq!(scaled_to_f64(&BigUint::from(1u8), -1075, false), Some(0.0));
        assert_eq!(
            scaled_to_f64(&BigUint::from(1u8), -1075, true),
            Some(5e-324)
        );
    }
}
