//! CPython 3.11-compatible number and string text conversions for gilvm.
//!
//! Everything in here is a pure function whose output must match CPython
//! character for character:
//!
//! * `repr(float)` / `str(float)` ([`float_repr`]) and `repr(str)` ([`str_repr`]);
//! * `int(str, base)` ([`parse_int`]) and `float(str)` ([`parse_float`]);
//! * the format-spec mini-language used by `format()`, `str.format` and
//!   f-strings ([`parse_spec`], [`format_int`], [`format_float`], [`format_str`]);
//! * `round(float, n)` ([`round_float`]), float `divmod` ([`float_floordiv_mod`])
//!   and `int(float)` ([`float_to_int_checked`]).
//!
//! CPython turns doubles into text with David Gay's `dtoa`. We do not port it:
//! Rust's `{:e}` already gives the shortest round-tripping digits, and
//! `{:.N}` / `{:.Ne}` are exact (correctly rounded, ties-to-even on the exact
//! binary value), which is precisely what `dtoa` modes 0, 2 and 3 return. So
//! we ask Rust for the digits and then lay them out with a port of the rules of
//! CPython's `format_float_short`, `calc_number_widths` and
//! `_PyUnicode_InsertThousandsGrouping`.
//!
//! Error strings are CPython's exact `ValueError` messages unless a function's
//! documentation says otherwise.

use std::sync::OnceLock;

use num_bigint::{BigInt, Sign};

use crate::numeric::big_to_f64;

// ==== Unicode facts (Unicode 14.0.0, the version CPython 3.11 ships) ========

/// The digit zero of every run of ten decimal digits (category Nd).
const ND_ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
    0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
    0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650,
    0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50,
    0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

/// Code points that `str.isprintable()` rejects (categories Cc Cf Cs Co Cn Zl
/// Zp Zs, except the ASCII space), as base-36 deltas between successive range
/// boundaries: non-printable ranges are `[b0, b1)`, `[b2, b3)`, ... This is
/// exact for Unicode 14.0; it was generated from CPython 3.11 with
/// `[cp for cp in range(0x110000) if chr(cp).isprintable() != chr(cp-1).isprintable()]`
/// (plus 0 and 0x110000 as end points).
const NON_PRINTABLE: &str = "\
0,w,2n,y,c,1,ju,2,6,4,7,1,1,1,k,1,b1,1,12,2,1e,2,3,1,1j,8,r,4,6,h,m,1,5c,1,1c,2,1n,2,2t,e,\
     1n,2,1d,2,f,1,s,2,1,1,b,5,v,9,22,1,4h,1,8,2,2,2,m,1,7,1,1,3,4,2,9,2,2,2,4,8,1,4,2,1,5,2,p,2,\
     3,1,6,4,2,2,m,1,7,1,2,1,2,1,2,2,1,1,5,4,2,2,3,3,1,7,4,1,1,7,h,a,3,1,9,1,3,1,m,1,7,1,2,1,5,2,\
     a,1,3,1,3,2,1,f,4,2,c,7,7,1,3,1,8,2,2,2,m,1,7,1,2,1,5,2,9,2,2,2,3,7,3,4,2,1,5,2,i,a,2,1,6,3,\
     3,1,4,3,2,1,1,1,2,3,2,3,3,3,c,4,5,3,3,1,4,2,1,6,1,e,l,5,d,1,3,1,n,1,g,2,9,1,3,1,4,7,2,1,3,2,\
     1,2,4,2,a,7,m,1,3,1,n,1,a,1,5,2,9,1,3,1,4,7,2,6,2,1,4,2,a,1,2,d,d,1,3,1,1f,1,3,1,6,4,g,2,q,\
     1,3,1,i,3,o,1,9,1,1,2,7,3,1,4,6,1,1,1,8,6,a,2,3,c,1m,4,t,11,2,1,1,1,5,1,o,1,1,1,n,2,5,1,1,1,\
     6,2,a,2,4,w,20,1,10,4,13,1,10,1,f,1,d,11,5i,1,1,5,1,2,ah,1,4,2,7,1,1,1,4,2,15,1,4,2,x,1,4,2,\
     7,1,1,1,4,2,f,1,1l,1,4,2,1v,2,w,3,q,6,2e,2,6,2,hs,1,s,3,2h,7,m,9,o,9,k,c,d,1,3,1,2,c,2m,2,a,\
     6,a,6,e,1,b,6,2h,7,17,5,1y,a,v,1,c,4,c,4,1,3,16,2,5,b,18,4,q,6,b,3,1q,2,1t,1,t,2,b,6,a,6,e,\
     2,v,1d,25,3,1b,1,38,8,1o,3,f,3,1o,7,17,2,b,8,17,5,eu,2,6,2,12,2,6,2,8,1,1,1,1,1,1,1,v,2,1h,\
     1,f,1,e,2,6,1,j,2,3,1,9,h,o,8,1b,h,2,2,r,1,d,3,x,f,x,f,3w,4,if,p,b,l,1ec,2,w,1,9p,5,19,1,1,\
     5,1,2,1k,7,2,e,o,9,7,1,7,1,7,1,7,1,7,1,7,1,7,1,7,1,3i,y,q,1,2h,c,5y,q,c,5,1r,1,2e,2,2v,5,17,\
     1,2m,1,2c,c,1b,1,mlp,3,1j,9,9o,k,54,8,5n,5,2,1,1,1,5,o,1n,3,a,6,1k,8,1y,8,c,6,38,b,u,3,26,1,\
     b,4,x,1,1j,9,e,2,a,2,2v,o,s,a,6,2,6,2,6,9,7,1,7,1,1o,4,3i,2,a,6,8mc,c,n,4,1d,6is,a6,2,2y,12,\
     7,c,5,5,q,1,5,1,1,1,2,1,2,1,3h,g,cd,2,1i,7,1,w,16,6,1f,1,j,1,4,4,5,1,3r,4,5a,3,6,2,6,2,6,2,\
     3,3,7,1,7,d,2,2,c,1,q,1,j,1,2,1,f,2,e,y,3f,5,3,4,19,3,2g,1,d,3,1,1b,1a,3m,t,3,1d,f,s,4,10,9,\
     u,5,17,5,u,1,11,4,e,16,4e,2,a,6,10,4,10,4,14,8,1g,b,c,1,f,1,7,1,2,1,b,1,f,1,7,1,2,1v,8n,9,m,\
     a,8,o,6,1,16,1,9,1x,6,2,1,1,18,1,2,3,1,2,n,1,20,8,9,1c,j,1,2,5,x,3,r,5,1,1s,1k,4,k,2,1e,1,2,\
     5,8,1,3,1,t,2,3,4,a,7,9,7,1s,w,13,4,c,9,1i,3,t,2,r,5,q,7,4,c,7,28,21,1j,1f,d,1f,7,1a,8,a,86,\
     v,1,16,1,3,2,2,26,14,8,16,m,q,12,s,k,n,9,26,4,10,9,1q,1,5,d,p,7,a,6,1h,1,i,8,13,9,2o,1,k,b,\
     i,1,18,1t,7,1,1,1,4,1,f,1,b,6,1n,5,a,6,4,1,8,2,2,2,m,1,7,1,2,1,5,1,a,2,2,2,3,2,1,6,1,5,7,2,\
     7,3,5,3v,2k,1,5,u,20,8,a,4m,1i,2,12,y,1x,b,a,6,d,j,1m,6,a,1i,r,2,f,4,n,55,1o,2s,2b,c,8,2,1,\
     2,8,1,2,1,u,1,2,2,c,9,a,1y,8,2,1a,2,b,r,20,8,2b,d,21,7b,9,1,19,1,e,a,t,3,w,2,m,1,e,21,7,1,2,\
     1,18,3,1,1,2,1,9,8,a,6,6,1,2,1,11,1,2,1,6,7,a,8m,p,53,1,f,1e,d,pn,2u,33,1,5,b,5g,218,2r,d,\
     tr,34h,g7,6nt,ft,7,v,1,a,4,29,1,a,6,u,2,6,a,1y,a,a,1,7,1,l,5,j,j4,2j,2t,23,4,1l,7,h,1s,5,b,\
     2,e,4qg,8,ye,16,9,6w7,4,1,7,1,2,1,83,19,3,h,4,8,b0,1s4,2z,5,d,3,9,7,a,2,4,3mo,1a,2,n,9,38,\
     1o,6u,a,13,2,22,8,34,l,1y,4a,k,c,2f,9,p,3r,2d,1,1z,1,2,2,1,2,2,2,4,1,c,1,1,1,7,1,1t,1,4,2,8,\
     1,7,1,s,1,4,1,5,1,1,3,7,1,9g,2,84,2,ji,f,5,1,f,uo,v,69,7,1,h,2,7,1,2,1,5,5x,19,3,e,2,a,4,2,\
     8w,v,h,1m,5,1,yo,7,1,4,1,2,1,f,1,5h,2,g,15,24,4,a,4,2,lt,1w,24,1p,5e,4,1,r,1,2,1,1,2,1,1,a,\
     1,4,1,1,1,1,6,1,4,1,1,1,1,1,1,3,1,2,1,1,2,1,1,1,1,1,1,1,1,1,1,2,1,1,2,4,1,7,1,4,1,4,1,1,1,a,\
     1,h,5,3,1,5,1,h,1g,2,7i,18,4,2s,c,f,2,f,1,f,1,11,a,4u,1k,t,d,18,4,9,7,2,e,6,4a,rc,5,g,3,d,3,\
     38,c,2h,7,c,4,1,f,c,4,1k,8,a,6,14,8,u,2,2,26,9g,c,e,2,5,3,5,3,7,9,t,3,b,5,6,a,a,6,8,8,7,9,\
     43,1,1j,11,a,sm,wyo,w,37d,7,66,2,4g2,e,5rl,2e7,f2,15u,3t7,fcmt,6o,47bk";

/// Why: `int()`, `float()` and format-spec widths accept any Unicode decimal
/// digit, not just ASCII ones.
fn decimal_value(c: char) -> Option<u32> {
    let cp = c as u32;
    let zero = ND_ZEROS[ND_ZEROS.partition_point(|&z| z <= cp).checked_sub(1)?];
    (cp - zero < 10).then_some(cp - zero)
}

/// Why: `repr(str)` escapes exactly the characters for which CPython's
/// `Py_UNICODE_ISPRINTABLE` is false; the table is decoded once, lazily.
fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    static BOUNDS: OnceLock<Vec<u32>> = OnceLock::new();
    let bounds = BOUNDS.get_or_init(|| {
        let mut acc = 0u32;
        NON_PRINTABLE
            .split(',')
            .map(|d| {
                acc += u32::from_str_radix(d.trim(), 36).expect("valid table");
                acc
            })
            .collect()
    });
    bounds.partition_point(|&b| b <= c as u32) % 2 == 0
}

// ==== repr(str) =============================================================

/// CPython's `repr(str)`.
///
/// Why the quote rule: CPython prefers single quotes and switches to double
/// quotes only when that avoids escaping (a `'` but no `"` in the text).
/// Non-printable characters (see [`is_printable`]) become `\xNN`, `\uNNNN` or
/// `\UNNNNNNNN` depending on their size, with lowercase hex digits.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        let cp = c as u32;
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            _ if c == quote => out.extend(['\\', c]),
            _ if is_printable(c) => out.push(c),
            _ => out.push_str(&match cp {
                0..=0xff => format!("\\x{cp:02x}"),
                0x100..=0xffff => format!("\\u{cp:04x}"),
                _ => format!("\\U{cp:08x}"),
            }),
        }
    }
    out.push(quote);
    out
}

// ==== Decimal digits of a double ============================================

/// A finite double's magnitude as `0.DIGITS × 10^decpt`, with no leading or
/// trailing zeros in `digits` (zero is `"0"` with `decpt` 1): the same shape
/// as the output of `dtoa`, which `format_float_short` lays out.
struct Decimal {
    digits: Vec<u8>,
    decpt: i64,
}

impl Decimal {
    /// Why: every digit source below produces stray zeros at one end or the
    /// other, and a value that rounded to zero must read as plain `"0"` so
    /// that the `z` option and the layout treat it like `dtoa` does.
    fn new(mut digits: Vec<u8>, mut decpt: i64) -> Decimal {
        let lead = digits.iter().take_while(|&&d| d == b'0').count();
        digits.drain(..lead);
        decpt -= lead as i64;
        while digits.last() == Some(&b'0') {
            digits.pop();
        }
        if digits.is_empty() {
            (digits, decpt) = (vec![b'0'], 1);
        }
        Decimal { digits, decpt }
    }

    /// Parses Rust's `{:e}` output (`d.ddde-7`) of a non-negative value.
    fn from_exp(s: &str) -> Decimal {
        let (mant, exp) = s.split_once('e').expect("exponent form");
        let exp: i64 = exp.parse().expect("exponent");
        Decimal::new(mant.bytes().filter(|&b| b != b'.').collect(), exp + 1)
    }

    /// `dtoa` mode 0: the shortest digits that round-trip and, of those,
    /// the nearest to `x` (ties to an even last digit).
    ///
    /// Why the second formatting: Rust's shortest digits round-trip but,
    /// when two strings of that length both do, may end in the farther
    /// digit (`1282196827728534.25` gives `...534.3`, CPython `...534.2`).
    /// The correctly rounded string of the same length is the nearest one.
    fn shortest(x: f64) -> Decimal {
        let short = format!("{:e}", x.abs());
        let digits = short
            .split('e')
            .next()
            .map_or(0, |m| m.bytes().filter(u8::is_ascii_digit).count());
        if digits > 1 {
            let nearest = format!("{:.*e}", digits - 1, x.abs());
            if nearest != short && nearest.parse::<f64>() == Ok(x.abs()) {
                return Decimal::from_exp(&nearest);
            }
        }
        Decimal::from_exp(&short)
    }

    /// `dtoa` mode 2: `n >= 1` significant digits, correctly rounded.
    fn significant(x: f64, n: usize) -> Decimal {
        Decimal::from_exp(&format!("{:.*e}", n - 1, x.abs()))
    }

    /// `dtoa` mode 3: `p` digits after the decimal point, correctly rounded.
    fn fixed(x: f64, p: usize) -> Decimal {
        let s = format!("{:.*}", p, x.abs());
        let dot = s.find('.').unwrap_or(s.len());
        Decimal::new(s.bytes().filter(|&b| b != b'.').collect(), dot as i64)
    }
}

/// Port of CPython's `format_float_short`: formats `x` for the format code
/// `code` (`e E f F g G`, or `r` for repr) and returns the sign separately from
/// the text, because the format-spec code places the sign itself.
///
/// Why so many flags: CPython uses this one routine for repr (`r` with
/// `add_dot_0`), for every float presentation type, for the `#` alternate form
/// (keep trailing zeros / the decimal point) and for the `z` option.
fn float_body(
    x: f64,
    code: char,
    precision: usize,
    alt: bool,
    add_dot_0: bool,
    no_neg_0: bool,
) -> (bool, String) {
    let upper = code.is_ascii_uppercase();
    if x.is_nan() {
        return (false, if upper { "NAN" } else { "nan" }.to_string());
    }
    if x.is_infinite() {
        return (x < 0.0, if upper { "INF" } else { "inf" }.to_string());
    }
    let code = code.to_ascii_lowercase();
    let (d, precision) = match code {
        'e' => (Decimal::significant(x, precision + 1), precision + 1),
        'f' => (Decimal::fixed(x, precision), precision),
        'g' => {
            let p = precision.max(1);
            (Decimal::significant(x, p), p)
        }
        _ => (Decimal::shortest(x), 0),
    };
    let neg = x.is_sign_negative() && !(no_neg_0 && d.digits == b"0");
    let precision = precision as i64;
    let digits = &d.digits;
    let ndig = digits.len() as i64;
    let mut decpt = d.decpt;

    // Exponent or not, and where the zero-padded "virtual" digit string ends.
    let (use_exp, mut vend) = match code {
        'e' => (true, precision),
        'f' => (false, decpt + precision),
        'g' => {
            let limit = precision - add_dot_0 as i64;
            (
                decpt <= -4 || decpt > limit,
                if alt { precision } else { ndig },
            )
        }
        _ => (decpt <= -4 || decpt > 16, ndig),
    };
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    vend = if !use_exp && add_dot_0 {
        vend.max(decpt + 1)
    } else {
        vend.max(decpt)
    };

    let zeros = |s: &mut String, n: i64| s.extend(std::iter::repeat_n('0', n.max(0) as usize));
    let mut s = String::new();
    if decpt <= 0 {
        s.push_str("0.");
        zeros(&mut s, -decpt);
    }
    let text = std::str::from_utf8(digits).expect("ascii digits");
    if 0 < decpt && decpt <= ndig {
        s.push_str(&text[..decpt as usize]);
        s.push('.');
        s.push_str(&text[decpt as usize..]);
    } else {
        s.push_str(text);
    }
    if ndig < decpt {
        zeros(&mut s, decpt - ndig);
        s.push('.');
        zeros(&mut s, vend - decpt);
    } else {
        zeros(&mut s, vend - ndig);
    }
    if s.ends_with('.') && !alt {
        s.pop();
    }
    if use_exp {
        s.push_str(&format!("{}{exp:+03}", if upper { 'E' } else { 'e' }));
    }
    (neg, s)
}

/// CPython's `repr(float)` (also `str(float)`): shortest round-trip digits,
/// scientific notation when the decimal exponent is < -4 or >= 16.
pub fn float_repr(x: f64) -> String {
    let (neg, body) = float_body(x, 'r', 0, false, true, false);
    if neg {
        format!("-{body}")
    } else {
        body
    }
}

// ==== int(str, base) and float(str) =========================================

/// Why an enum: `int()` may come with other errors one day; today every
/// failure is a `ValueError` with this message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IntParseError {
    /// `ValueError` with CPython's exact message.
    Invalid(String),
}

/// The value of a parsed int: an `i64` when it fits (no allocation for
/// the common case), else a `BigInt`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParsedInt {
    Small(i64),
    Big(BigInt),
}

impl std::fmt::Display for ParsedInt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ParsedInt::Small(i) => write!(f, "{i}"),
            ParsedInt::Big(b) => write!(f, "{b}"),
        }
    }
}

/// Port of `_PyUnicode_TransformDecimalAndSpaceToASCII`, which CPython runs
/// before parsing numbers: Unicode spaces become `' '`, Unicode decimal digits
/// become ASCII digits, and the first other non-ASCII character becomes `'?'`
/// (which no parser accepts) and ends the text.
fn numeric_ascii(s: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c as u8);
        } else if c.is_whitespace() {
            out.push(b' ');
        } else if let Some(d) = decimal_value(c) {
            out.push(b'0' + d as u8);
        } else {
            out.push(b'?');
            break;
        }
    }
    out
}

/// Strips C `isspace` characters (what CPython strips after the transform).
fn trim_c_space(mut b: &[u8]) -> &[u8] {
    let sp = |c: &u8| matches!(c, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r');
    while b.first().is_some_and(sp) {
        b = &b[1..];
    }
    while b.last().is_some_and(sp) {
        b = &b[..b.len() - 1];
    }
    b
}

/// Most digits CPython 3.11 parses in a base that is not a power of two
/// (`sys.get_int_max_str_digits()` default).
const INT_MAX_STR_DIGITS: usize = 4300;

/// `int(s, base)`.
///
/// Why it is written as a scanner rather than with `from_str_radix`: Python
/// allows single underscores between digits and right after a base prefix,
/// a base-0 literal's prefix picks the base and forbids leading zeros
/// (`010`), and the error must quote the original text (repr cut to 200
/// characters, as CPython's `%.200R`).
pub fn parse_int(s: &str, base: u32) -> Result<ParsedInt, IntParseError> {
    if base == 1 || base > 36 {
        return Err(IntParseError::Invalid(
            "int() base must be >= 2 and <= 36, or 0".into(),
        ));
    }
    let invalid = || {
        let r: String = str_repr(s).chars().take(200).collect();
        IntParseError::Invalid(format!("invalid literal for int() with base {base}: {r}"))
    };
    let buf = numeric_ascii(s);
    let b = trim_c_space(&buf);
    let (neg, mut b) = match b.first() {
        Some(b'-') => (true, &b[1..]),
        Some(b'+') => (false, &b[1..]),
        _ => (false, b),
    };
    let zero = b.first() == Some(&b'0');
    let prefix_base = match b.get(1).map(u8::to_ascii_lowercase) {
        Some(b'x') => 16,
        Some(b'o') => 8,
        Some(b'b') => 2,
        _ => 0,
    };
    let radix = match base {
        0 if zero && prefix_base != 0 => prefix_base,
        0 => 10,
        _ => base,
    };
    // A base-0 literal like `017` is only valid if its value is zero.
    let old_octal = base == 0 && zero && prefix_base == 0;
    if zero && prefix_base == radix {
        b = &b[2..];
        if b.first() == Some(&b'_') {
            b = &b[1..];
        }
    }
    if b.first() == Some(&b'_') {
        return Err(invalid());
    }
    let digit = |c: u8| (c as char).to_digit(36).filter(|&d| d < radix);
    // The run of digits and single underscores (it cannot start with `_`).
    let end = b.iter().position(|&c| c != b'_' && digit(c).is_none());
    let run = &b[..end.unwrap_or(b.len())];
    if run.windows(2).any(|w| w == b"__") || run.last() == Some(&b'_') {
        return Err(invalid());
    }
    let ndigits = run.iter().filter(|&&c| c != b'_').count();
    if !radix.is_power_of_two() && ndigits > INT_MAX_STR_DIGITS {
        return Err(IntParseError::Invalid(format!(
            "Exceeds the limit ({INT_MAX_STR_DIGITS} digits) for integer string conversion: \
             value has {ndigits} digits; use sys.set_int_max_str_digits() to increase the limit"
        )));
    }
    if ndigits == 0 || end.is_some() {
        return Err(invalid());
    }
    let digits: Vec<u8> = run
        .iter()
        .filter_map(|&c| digit(c))
        .map(|d| d as u8)
        .collect();
    if old_octal && digits.iter().any(|&d| d != 0) {
        return Err(invalid());
    }
    Ok(int_from_digits(neg, &digits, radix))
}

/// The int whose digits (values below `radix`, most significant first)
/// are `digits`, negated when `neg`: an `i64` when it fits.
pub fn int_from_digits(neg: bool, digits: &[u8], radix: u32) -> ParsedInt {
    let small = digits.iter().try_fold(0u64, |m, &d| {
        m.checked_mul(radix as u64)?.checked_add(d as u64)
    });
    let small = small.and_then(|m| {
        if neg {
            0i64.checked_sub_unsigned(m)
        } else {
            i64::try_from(m).ok()
        }
    });
    if let Some(i) = small {
        return ParsedInt::Small(i);
    }
    let magnitude = BigInt::from_radix_be(Sign::Plus, digits, radix).unwrap_or_default();
    ParsedInt::Big(if neg { -magnitude } else { magnitude })
}

/// `float(s)`.
///
/// Why Rust's `f64::from_str` does the work: it is correctly rounded and its
/// grammar (sign, digits with optional `.`, exponent, case-insensitive
/// `inf`/`infinity`/`nan`) is exactly Python's; Python only adds stripping of
/// (Unicode) whitespace, Unicode digits, and underscores between two digits.
pub fn parse_float(s: &str) -> Result<f64, String> {
    let invalid = || format!("could not convert string to float: {}", str_repr(s));
    let mut buf = numeric_ascii(s);
    let digit_at = |i: usize| buf.get(i).is_some_and(u8::is_ascii_digit);
    let bad_underscore =
        |(i, &c): (usize, &u8)| c == b'_' && !(i > 0 && digit_at(i - 1) && digit_at(i + 1));
    if buf.iter().enumerate().any(bad_underscore) {
        return Err(invalid());
    }
    buf.retain(|&c| c != b'_');
    std::str::from_utf8(trim_c_space(&buf))
        .ok()
        .and_then(|t| t.parse::<f64>().ok())
        .ok_or_else(invalid)
}

// ==== The format-spec mini-language =========================================

/// A parsed format spec:
/// `[[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]`.
///
/// Fields hold what was written; defaults that depend on the value's type
/// (alignment, type) are applied by the `format_*` functions.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FormatSpec {
    /// Explicit fill character (only recorded together with an alignment).
    pub fill: Option<char>,
    /// One of `< > = ^`.
    pub align: Option<char>,
    /// One of `+ - ' '`.
    pub sign: Option<char>,
    /// The `z` option: coerce negative zero to positive zero.
    pub no_neg_zero: bool,
    /// The `#` option.
    pub alternate: bool,
    /// The `0` option (only recognised when no explicit fill was given).
    pub zero_pad: bool,
    pub width: Option<usize>,
    /// `,` or `_`.
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    /// The presentation type, if given.
    pub ty: Option<char>,
}

/// Fill, alignment and width after the type's defaults are applied.
struct Layout {
    fill: char,
    align: char,
    sign: Option<char>,
    width: i64,
}

impl FormatSpec {
    /// Why: CPython's `0` option means "fill with zeros", and for numbers (whose
    /// default alignment is `>`) also "align `=`" unless an alignment was given;
    /// strings keep their default `<` alignment.
    fn layout(&self, default_align: char) -> Layout {
        let fill = self.fill.unwrap_or(if self.zero_pad { '0' } else { ' ' });
        let align = self
            .align
            .unwrap_or(if self.zero_pad && default_align == '>' {
                '='
            } else {
                default_align
            });
        Layout {
            fill,
            align,
            sign: self.sign,
            width: self.width.map_or(-1, |w| w as i64),
        }
    }
}

/// Parses a format spec without knowing the value's type; the
/// "Invalid format specifier" message then names type `object`. Prefer
/// [`parse_spec_for`] when the type is known.
pub fn parse_spec(spec: &str) -> Result<FormatSpec, String> {
    parse_spec_for(spec, "object")
}

/// Why a separate reader: widths and precisions accept Unicode digits and
/// overflow at `Py_ssize_t`, with CPython's message.
fn spec_integer(c: &[char], pos: &mut usize) -> Result<Option<usize>, String> {
    let mut acc: i64 = 0;
    let start = *pos;
    while let Some(d) = c.get(*pos).and_then(|&ch| decimal_value(ch)) {
        if acc > (i64::MAX - d as i64) / 10 {
            return err("Too many decimal digits in format string");
        }
        acc = acc * 10 + d as i64;
        *pos += 1;
    }
    Ok((*pos > start).then_some(acc as usize))
}

/// Port of CPython's `parse_internal_render_format_spec` (minus the checks
/// that depend on the default type); `type_name` is only used in the
/// "Invalid format specifier" message.
pub fn parse_spec_for(spec: &str, type_name: &str) -> Result<FormatSpec, String> {
    let c: Vec<char> = spec.chars().collect();
    let n = c.len();
    let mut pos = 0;
    let mut fs = FormatSpec::default();
    let eat = |pos: &mut usize, want: &[char]| -> Option<char> {
        let ch = *c.get(*pos)?;
        want.contains(&ch).then(|| *pos += 1).map(|_| ch)
    };
    let aligns = ['<', '>', '=', '^'];
    if n >= 2 && aligns.contains(&c[1]) {
        (fs.fill, fs.align, pos) = (Some(c[0]), Some(c[1]), 2);
    } else {
        fs.align = eat(&mut pos, &aligns);
    }
    fs.sign = eat(&mut pos, &['+', '-', ' ']);
    fs.no_neg_zero = eat(&mut pos, &['z']).is_some();
    fs.alternate = eat(&mut pos, &['#']).is_some();
    fs.zero_pad = fs.fill.is_none() && eat(&mut pos, &['0']).is_some();
    fs.width = spec_integer(&c, &mut pos)?;
    if fs.width.is_some_and(|w| w > MAX_WIDTH) {
        return Err(WIDTH_MEMORY_ERROR.to_string());
    }
    const BOTH: &str = "Cannot specify both ',' and '_'.";
    fs.grouping = eat(&mut pos, &[',']);
    if eat(&mut pos, &['_']).is_some() {
        if fs.grouping.is_some() {
            return err(BOTH);
        }
        fs.grouping = Some('_');
    }
    if fs.grouping == Some('_') && c.get(pos) == Some(&',') {
        return err(BOTH);
    }
    if eat(&mut pos, &['.']).is_some() {
        fs.precision = spec_integer(&c, &mut pos)?;
        if fs.precision.is_none() {
            return err("Format specifier missing precision");
        }
    }
    if n - pos > 1 {
        return Err(format!(
            "Invalid format specifier '{spec}' for object of type '{type_name}'"
        ));
    }
    if n - pos == 1 {
        fs.ty = Some(c[pos]);
    }
    Ok(fs)
}

fn err<T>(msg: &str) -> Result<T, String> {
    Err(msg.to_string())
}

/// How CPython quotes a presentation type in messages (`'x'` or `'\x1'`).
fn type_char(t: char) -> String {
    if (t as u32) > 32 && (t as u32) < 128 {
        t.to_string()
    } else {
        format!("\\x{:x}", t as u32)
    }
}

fn unknown_code(t: char, type_name: &str) -> String {
    format!(
        "Unknown format code '{}' for object of type '{type_name}'",
        type_char(t)
    )
}

/// Why: `,` and `_` are legal only with some presentation types, and `_`
/// groups by four in binary/octal/hex. `ty` is the effective type (`'\0'` for
/// the float default). Returns the group size and separator to use.
fn grouping_for(sep: Option<char>, ty: char) -> Result<Option<(i64, char)>, String> {
    let Some(sep) = sep else { return Ok(None) };
    match ty {
        'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => Ok(Some((3, sep))),
        'b' | 'o' | 'x' | 'X' if sep == '_' => Ok(Some((4, sep))),
        _ => Err(format!("Cannot specify '{sep}' with '{}'.", type_char(ty))),
    }
}

/// Port of `_PyUnicode_InsertThousandsGrouping`. Why it is this odd: with
/// `0` padding CPython pads the *digits* with zeros up to `min_width`,
/// inserting separators among the padding zeros too (`format(1234, '08,')` is
/// `0,001,234`, wider than 8 because a group never starts with a separator).
fn group_digits(digits: &[char], min_width: i64, grouping: Option<(i64, char)>) -> String {
    // No grouping behaves like one group of unbounded size.
    let (size, sep) = grouping.unwrap_or((i64::MAX, ' '));
    let mut out: Vec<char> = Vec::new(); // built right to left
    let mut pos = digits.len();
    let mut remaining = digits.len() as i64;
    let mut min_width = min_width.max(0);
    loop {
        let len = size.min(remaining.max(min_width).max(1));
        let n_chars = remaining.min(len);
        for _ in 0..n_chars {
            pos -= 1;
            out.push(digits[pos]);
        }
        out.extend(std::iter::repeat_n('0', (len - remaining).max(0) as usize));
        remaining -= n_chars;
        min_width -= len;
        if remaining <= 0 && min_width <= 0 {
            break;
        }
        out.push(sep);
        min_width -= 1;
    }
    out.iter().rev().collect()
}

/// Port of `calc_number_widths` + `fill_number`: lays out
/// `[lpad][sign][prefix][spad][grouped digits][.][remainder][rpad]`.
///
/// Why `rest`: only the integer digits are grouped and zero-padded; whatever
/// follows them (`.` and fraction, exponent, `%`, the text of `inf`/`nan`, or
/// the character of `c`) is copied verbatim.
fn render_number(
    neg: bool,
    prefix: &str,
    digits: &str,
    rest: &str,
    lay: &Layout,
    grouping: Option<(i64, char)>,
) -> String {
    let sign = match lay.sign {
        Some('+') => Some(if neg { '-' } else { '+' }),
        Some(' ') => Some(if neg { '-' } else { ' ' }),
        _ => neg.then_some('-'),
    };
    let non_digit = (sign.is_some() as usize + prefix.len() + rest.chars().count()) as i64;
    let min_width = if lay.fill == '0' && lay.align == '=' {
        lay.width - non_digit
    } else {
        0
    };
    let digit_chars: Vec<char> = digits.chars().collect();
    let grouped = if digit_chars.is_empty() {
        String::new()
    } else {
        group_digits(&digit_chars, min_width, grouping)
    };
    let padding = (lay.width - non_digit - grouped.chars().count() as i64).max(0) as usize;
    let (lpad, spad, rpad) = match lay.align {
        '<' => (0, 0, padding),
        '^' => (padding / 2, 0, padding - padding / 2),
        '=' => (0, padding, 0),
        _ => (padding, 0, 0),
    };
    let fill = |s: &mut String, k: usize| s.extend(std::iter::repeat_n(lay.fill, k));
    let mut s = String::new();
    fill(&mut s, lpad);
    s.extend(sign);
    s.push_str(prefix);
    fill(&mut s, spad);
    s.push_str(&grouped);
    s.push_str(rest);
    fill(&mut s, rpad);
    s
}

/// Port of `format_float_internal`, shared by floats and by ints formatted
/// with a float presentation type.
fn format_float_parsed(
    v: f64,
    fs: &FormatSpec,
    grouping: Option<(i64, char)>,
) -> Result<String, String> {
    if fs.precision.is_some_and(|p| p > i32::MAX as usize) {
        return err("precision too big");
    }
    let (mut code, default_precision, add_dot_0) = match fs.ty {
        None => ('r', 0, true),
        Some('n') => ('g', 6, false),
        Some('%') => ('f', 6, false),
        Some(t) => (t, 6, false),
    };
    let pct = fs.ty == Some('%');
    let val = if pct { v * 100.0 } else { v };
    if fs.precision.is_some() && code == 'r' {
        code = 'g';
    }
    let precision = fs.precision.unwrap_or(default_precision);
    let (alt, no_neg_0) = (fs.alternate, fs.no_neg_zero);
    let (neg, mut body) = float_body(val, code, precision, alt, add_dot_0, no_neg_0);
    if pct {
        body.push('%');
    }
    let (digits, rest) = body.split_at(body.bytes().take_while(u8::is_ascii_digit).count());
    Ok(render_number(
        neg,
        "",
        digits,
        rest,
        &fs.layout('>'),
        grouping,
    ))
}

/// The `OverflowError` message of `format(n, 'c')` for `n` outside
/// `range(0x110000)`; every other error of [`format_int`] is a `ValueError`.
pub const CHAR_RANGE_ERROR: &str = "%c arg not in range(0x110000)";

/// The error of a width too large to allocate (a `MemoryError`, as in
/// CPython, rather than aborting the process).
pub const WIDTH_MEMORY_ERROR: &str = "format width too large to allocate";

/// Widths beyond this many characters are refused with
/// [`WIDTH_MEMORY_ERROR`].
const MAX_WIDTH: usize = 1 << 32;

/// `format(v, spec)` for an `int`. Errors are `ValueError` messages except
/// [`CHAR_RANGE_ERROR`] (an `OverflowError`).
pub fn format_int(v: i64, spec: &str) -> Result<String, String> {
    format_int_as(v, spec, "int")
}

/// [`format_int`] for int-like values whose type name appears in error
/// messages (e.g. `bool`; the caller handles `format(True, '')` == `'True'`).
///
/// Why the order of checks: it is CPython's (spec syntax, grouping vs. type,
/// unknown type, then precision, `z`, and the `c`-specific checks).
pub fn format_int_as(v: i64, spec: &str, type_name: &str) -> Result<String, String> {
    if spec.is_empty() {
        return Ok(v.to_string());
    }
    let m = v.unsigned_abs();
    let digits = |ty: char| {
        Ok(match ty {
            'b' => format!("{m:b}"),
            'o' => format!("{m:o}"),
            'x' => format!("{m:x}"),
            'X' => format!("{m:X}"),
            _ => m.to_string(),
        })
    };
    format_int_with(
        IntForFormat {
            negative: v < 0,
            value: Some(v),
            as_f64: Ok(v as f64),
            digits: &digits,
        },
        spec,
        type_name,
    )
}

/// The error of an int too large for a float presentation type
/// (`OverflowError`, as `float(n)`).
pub const INT_TOO_LARGE_FOR_FLOAT: &str = "int too large to convert to float";

/// The error of `format(n, 'c')` for an int beyond 64 bits (an
/// `OverflowError`).
pub const INT_TOO_LARGE_FOR_LONG: &str = "Python int too large to convert to C long";

/// The error of a decimal int of more than 4300 digits (a `ValueError`).
pub const INT_MAX_STR_DIGITS_ERROR: &str = "Exceeds the limit (4300 digits) for integer string \
     conversion; use sys.set_int_max_str_digits() to increase the limit";

/// `format(v, spec)` for an int beyond 64 bits: as [`format_int`], with
/// CPython's errors where a big int differs (no `c`, floats may
/// overflow, decimal text is limited to 4300 digits).
pub fn format_bigint(v: &BigInt, spec: &str) -> Result<String, String> {
    let decimal = || {
        // 2**14285 > 10**4300: too long, known without converting it.
        if v.bits() > 14_285 {
            return Err(INT_MAX_STR_DIGITS_ERROR.to_string());
        }
        let s = v.magnitude().to_string();
        if s.len() > INT_MAX_STR_DIGITS {
            return Err(INT_MAX_STR_DIGITS_ERROR.to_string());
        }
        Ok(s)
    };
    if spec.is_empty() {
        let sign = if v.sign() == Sign::Minus { "-" } else { "" };
        return Ok(format!("{sign}{}", decimal()?));
    }
    let digits = |ty: char| match ty {
        'b' => Ok(v.magnitude().to_str_radix(2)),
        'o' => Ok(v.magnitude().to_str_radix(8)),
        'x' => Ok(v.magnitude().to_str_radix(16)),
        'X' => Ok(v.magnitude().to_str_radix(16).to_ascii_uppercase()),
        _ => decimal(),
    };
    let as_f64 = big_to_f64(v).ok_or_else(|| INT_TOO_LARGE_FOR_FLOAT.to_string());
    format_int_with(
        IntForFormat {
            negative: v.sign() == Sign::Minus,
            value: None,
            as_f64,
            digits: &digits,
        },
        spec,
        "int",
    )
}

/// What formatting needs to know of an int of either size.
struct IntForFormat<'a> {
    negative: bool,
    /// The value, when it fits in an `i64` (for `c`).
    value: Option<i64>,
    /// The value as a float, or why it has none.
    as_f64: Result<f64, String>,
    /// The magnitude's digits for a presentation type (`b o x X`, else
    /// decimal).
    digits: &'a dyn Fn(char) -> Result<String, String>,
}

/// The body of [`format_int_as`] and [`format_bigint`].
fn format_int_with(n: IntForFormat, spec: &str, type_name: &str) -> Result<String, String> {
    let fs = parse_spec_for(spec, type_name)?;
    let ty = fs.ty.unwrap_or('d');
    let grouping = grouping_for(fs.grouping, ty)?;
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            return format_float_parsed(n.as_f64?, &fs, grouping)
        }
        _ => return Err(unknown_code(ty, type_name)),
    }
    if fs.precision.is_some() {
        return err("Precision not allowed in integer format specifier");
    }
    if fs.no_neg_zero {
        return err("Negative zero coercion (z) not allowed in integer format specifier");
    }
    let lay = fs.layout('>');
    if ty == 'c' {
        if fs.sign.is_some() {
            return err("Sign not allowed with integer format specifier 'c'");
        }
        if fs.alternate {
            return err("Alternate form (#) not allowed with integer format specifier 'c'");
        }
        let Some(v) = n.value else {
            return Err(INT_TOO_LARGE_FOR_LONG.to_string());
        };
        if !(0..=0x10ffff).contains(&v) {
            return Err(CHAR_RANGE_ERROR.to_string());
        }
        let ch = char::from_u32(v as u32)
            .ok_or_else(|| format!("surrogate U+{v:04X} cannot be represented"))?;
        return Ok(render_number(false, "", "", &ch.to_string(), &lay, None));
    }
    let digits = (n.digits)(ty)?;
    let prefix = match ty {
        'b' => "0b",
        'o' => "0o",
        'x' => "0x",
        'X' => "0X",
        _ => "",
    };
    let prefix = if fs.alternate { prefix } else { "" };
    Ok(render_number(
        n.negative, prefix, &digits, "", &lay, grouping,
    ))
}

/// `format(v, spec)` for a `float`: types `e E f F g G n %` and none (which is
/// repr without a precision, and `g` that keeps at least one fractional digit
/// with one).
pub fn format_float(v: f64, spec: &str) -> Result<String, String> {
    if spec.is_empty() {
        return Ok(float_repr(v));
    }
    let mut fs = parse_spec_for(spec, "float")?;
    fs.ty = fs.ty.filter(|&t| t != '\0'); // an explicit NUL type is the default type
    let grouping = grouping_for(fs.grouping, fs.ty.unwrap_or('\0'))?;
    match fs.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {
            format_float_parsed(v, &fs, grouping)
        }
        Some(t) => Err(unknown_code(t, "float")),
    }
}

/// `format(v, spec)` for a `str`: type `s` or none; precision truncates;
/// default alignment is left. Widths count characters.
pub fn format_str(v: &str, spec: &str) -> Result<String, String> {
    if spec.is_empty() {
        return Ok(v.to_string());
    }
    let fs = parse_spec_for(spec, "str")?;
    let ty = fs.ty.unwrap_or('s');
    grouping_for(fs.grouping, ty)?;
    if ty != 's' {
        return Err(unknown_code(ty, "str"));
    }
    match fs.sign {
        Some(' ') => return err("Space not allowed in string format specifier"),
        Some(_) => return err("Sign not allowed in string format specifier"),
        None => {}
    }
    if fs.no_neg_zero {
        return err("Negative zero coercion (z) not allowed in string format specifier");
    }
    if fs.alternate {
        return err("Alternate form (#) not allowed in string format specifier");
    }
    let lay = fs.layout('<');
    if lay.align == '=' {
        return err("'=' alignment not allowed in string format specifier");
    }
    let len = v.chars().count().min(fs.precision.unwrap_or(usize::MAX));
    let padding = (lay.width.max(0) as usize).saturating_sub(len);
    let lpad = match lay.align {
        '>' => padding,
        '^' => padding / 2,
        _ => 0,
    };
    let mut s = String::new();
    s.extend(std::iter::repeat_n(lay.fill, lpad));
    s.extend(v.chars().take(len));
    s.extend(std::iter::repeat_n(lay.fill, padding - lpad));
    Ok(s)
}

// ==== round(), divmod(), int(float) =========================================

/// `round(x, ndigits)` for a float, correctly rounded (ties to even on the
/// exact binary value, so `round(2.675, 2)` is `2.67`).
///
/// Why via text: CPython rounds by formatting with `dtoa` to `ndigits` places
/// and parsing back; exact formatting plus correctly rounded parsing is the
/// same computation. When the rounded value overflows (e.g.
/// `round(1.7976931348623157e308, -308)`) this returns an infinity for a
/// finite `x`: the caller must then raise
/// `OverflowError("rounded value too large to represent")`.
pub fn round_float(x: f64, ndigits: i64) -> f64 {
    // CPython's NDIGITS_MAX / NDIGITS_MIN for IEEE doubles.
    if !x.is_finite() || ndigits > 323 {
        return x;
    }
    if ndigits < -308 {
        return 0.0 * x;
    }
    if ndigits >= 0 {
        return parse_exact(&format!("{:.*}", ndigits as usize, x));
    }
    // Keep `k` significant digits, where 10^(-ndigits) is the last one kept.
    // The exponent comes from 21 digits, not the shortest repr: 1e23 is really
    // 9.99...e22. (21 digits cannot round up to a power of ten: no double has
    // 21 leading nines.)
    let exp10 = Decimal::significant(x, 21).decpt - 1;
    let k = exp10 + 1 + ndigits;
    if k >= 1 {
        return parse_exact(&format!("{:.*e}", (k - 1) as usize, x));
    }
    let up = k == 0 && {
        // Round half-even to 0 or 10^-ndigits: up only when |x| > 5 * 10^exp10
        // exactly, which the exact expansion tells (800 digits is exact).
        let exact = format!("{:.800e}", x.abs());
        let digits = exact.split('e').next().expect("mantissa").as_bytes();
        digits[0] > b'5' || (digits[0] == b'5' && digits[2..].iter().any(|&d| d != b'0'))
    };
    let magnitude: f64 = if up {
        parse_exact(&format!("1e{}", -ndigits))
    } else {
        0.0
    };
    magnitude.copysign(x)
}

fn parse_exact(text: &str) -> f64 {
    text.parse().expect("Rust float text")
}

/// CPython's float `divmod(a, b)` (`_float_div_mod`); the caller handles
/// `b == 0`. Why not just `(a / b).floor()`: CPython derives the quotient from
/// `fmod` so that `q * b + r` is as exact as possible, snaps it to an integer,
/// and gives a zero remainder the sign of `b`.
pub fn float_floordiv_mod(a: f64, b: f64) -> (f64, f64) {
    let mut m = a % b; // fmod
    let mut div = (a - m) / b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    let q = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0f64.copysign(a / b)
    };
    (q, m)
}

/// Why an enum: `int(nan)` is a `ValueError` while `int(inf)` and values out
/// of gilvm's 64-bit range are `OverflowError`s.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FloatToIntError {
    Nan,
    Infinity,
    Overflow,
}

impl FloatToIntError {
    /// The exception message (CPython's for `Nan` and `Infinity`).
    pub fn message(self) -> &'static str {
        match self {
            FloatToIntError::Nan => "cannot convert float NaN to integer",
            FloatToIntError::Infinity => "cannot convert float infinity to integer",
            FloatToIntError::Overflow => "Python int too large to convert to C long",
        }
    }

    /// True for the `OverflowError` cases, false for the `ValueError` one.
    pub fn is_overflow(self) -> bool {
        self != FloatToIntError::Nan
    }
}

/// `int(x)` for a float: truncation toward zero.
pub fn float_to_int_checked(x: f64) -> Result<i64, FloatToIntError> {
    if x.is_nan() {
        return Err(FloatToIntError::Nan);
    }
    if x.is_infinite() {
        return Err(FloatToIntError::Infinity);
    }
    let t = x.trunc();
    // -2^63 is representable; 2^63 is the first value that is not.
    if (-9_223_372_036_854_775_808.0..9_223_372_036_854_775_808.0).contains(&t) {
        Ok(t as i64)
    } else {
        Err(FloatToIntError::Overflow)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Cases computed by CPython 3.11 with `gen_cases.py embed` (kept in the
    /// scratch crate): `kind│args…│expected` (`!` marks an error message),
    /// several per line separated by `║`. Escapes: `\\` and `\u{hex}`. Float
    /// inputs are reprs, except `r` (repr) inputs, which are IEEE bits in hex.
    const CASES: &str = r#"
r│0000000000000000│0.0║r│8000000000000000│-0.0║r│3ff0000000000000│1.0║r│bff0000000000000│-1.0
r│3fb999999999999a│0.1║r│3fc999999999999a│0.2║r│3fd3333333333334│0.30000000000000004
r│3fd5555555555555│0.3333333333333333║r│3fe5555555555555│0.6666666666666666║r│4004000000000000│2.5
r│3fe0000000000000│0.5║r│3ff8000000000000│1.5║r│bf50624dd2f1a9fc│-0.001
r│3c32725dd1d243ad│1.0000000000000003e-18║r│3f847ae147ae147c│0.010000000000000002
r│42d6bcc41e900001│100000000000000.02║r│46293e5939a08ceb│1.0000000000000002e+30
r│ea394aba6a42ed19│-4.956084037695639e+203║r│3f6779e693d40e9a│0.002865743967619694
r│408f270b780346dc│996.8806║f│0.0│.2f│0.00║f│-0.0│f│-0.000000║f│1.0│.0f│1║f│-1.0│\u{23}.0f│-1.
f│0.1│e│1.000000e-01║f│0.2│.3e│2.000e-01║f│0.30000000000000004│E│3.000000E-01
f│0.3333333333333333│g│0.333333║f│0.6666666666666666│.3g│0.667║f│2.5│\u{23}g│2.50000║f│0.5│G│0.5
f│1.5│n│1.5║f│2.675│%│267.500000%║f│0.125│.1%│12.5%║f│0.375││0.375║f│1.005│.3│1.0║f│1.25│.2│1.2
f│1.35│.17│1.3500000000000001║f│0.045│\u{23}│0.045║f│5e-324│10│    5e-324║f│-5e-324│<10│-5e-324   
f│2.2250738585072014e-308│^12.3│ 2.23e-308  ║f│2.225073858507201e-308│=+12.4│+ 2.225e-308
f│1e+16│012,.2f│10,000,000,000,000,000.00║f│1000000000000000.0│+,│+1,000,000,000,000,000.0
f│9999999999999998.0│_│9_999_999_999_999_998.0║f│123456789012345.0│z.1f│123456789012345.0
f│1.2345678901234568e+17│,.2e│1.23e+17║f│1e+22│0=8│0001e+22
f│1e+23│x>15,.1f│99,999,999,999,999,991,611,392.0║f│9007199254740992.0│-^9g│9.0072e+15
f│9007199254740994.0│ .4│ 9.007e+15║f│9.223372036854776e+18│+\u{23}.0e│+9.e+18
f│-9.223372036854776e+18│*<+9.1%│-922337203685477580800.0%║f│1e-05│,.0f│0║f│0.0001│_.3f│0.000
f│0.0001│020_.10g│000_000_000_000.0001
f│0.00012345│a│!Unknown format code 'a' for object of type 'float'
f│1234.5│d│!Unknown format code 'd' for object of type 'float'║f│2.675│.2f│2.67║f│0.125│.2f│0.12
f│0.375│.2f│0.38║f│1e+22│f│10000000000000000000000.000000║f│0.5│.0f│0║f│1.5│.0f│2║f│2.5│.0f│2
f│0.5│.0e│5e-01║f│-0.0│z.1f│0.0║f│-0.0001│z.2f│0.00║f│-0.0001│z.2e│-1.00e-04║f│1e-05││1e-05
f│1e+16││1e+16║f│1.0││1.0║f│1.5│.3│1.5║f│1234.5│.2│1.2e+03║f│100.0│.3│1e+02║f│inf│010│0000000inf
f│nan│+010│+000000nan║f│-inf│=10,F│-      INF║f│inf│%│inf%║f│1e+308│%│inf%║f│0.2│\u{23}.0f│0.
i│0││0║i│0│05c│0000\u{0}║i│0│abc│!Invalid format specifier 'abc' for object of type 'int'║i│1│d│1
i│1│+c│!Sign not allowed with integer format specifier 'c'║i│1│٥│    1║i│-1│5│   -1
i│-1│\u{23}c│!Alternate form (\u{23}) not allowed with integer format specifier 'c'
i│-1│x=010│-xxxxxxxx1║i│7│05│00007║i│7│n│7║i│-7│+05│-0007║i│-7│,n│!Cannot specify ',' with 'n'.
i│42│08,d│0,000,042║i│42│e│4.200000e+01║i│65│08,│0,000,065║i│65│.2f│65.00║i│255│_│255
i│255│%│25500.000000%║i│-255│b│-11111111║i│-255│,.1f│-255.0║i│1000│\u{23}b│0b1111101000
i│1000│.2│!Precision not allowed in integer format specifier║i│1234│o│2322
i│1234│z│!Negative zero coercion (z) not allowed in integer format specifier
i│-1234│\u{23}o│-0o2322║i│-1234│s│!Unknown format code 's' for object of type 'int'║i│99999│x│1869f
i│99999│<08│99999000║i│1234567│\u{23}x│0x12d687║i│1234567│^9,│1,234,567║s│││║s││05│00000
s││é>6│éééééé║s│abc│10.2s│ab        ║s│abc│x^7.1│xxxaxxx║s│héllo│.2│hé
s│héllo│d│!Unknown format code 'd' for object of type 'str'║s│日本語│*^9│***日本語***
s│日本語│,│!Cannot specify ',' with 's'.║s│a\u{9}b│^9│   a\u{9}b   
s│a\u{9}b│z5│!Negative zero coercion (z) not allowed in string format specifier
s│xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx│^10│xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx║q││''║q│abc│'abc'
q│it's│\u{22}it's\u{22}║q│say \u{22}hi\u{22}│'say \u{22}hi\u{22}'
q│both ' and \u{22}│'both \\' and \u{22}'║q│back\\slash│'back\\\\slash'
q│\u{9}\u{a}\u{d}\u{0}\u{1f}\u{7f}│'\\t\\n\\r\\x00\\x1f\\x7f'
q│\u{80}\u{9f}\u{a0}\u{ad}│'\\x80\\x9f\\xa0\\xad'
q│é日本\u{2028}\u{200b}\u{feff}│'é日本\\u2028\\u200b\\ufeff'
q│\u{e000}\u{10ffff}😀\u{e0001}│'\\ue000\\U0010ffff😀\\U000e0001'║n│0│10│0║n│-0│10│0║n│  42  │10│42
n│+7│10│7║n│- 7│10│!invalid literal for int() with base 10: '- 7'║n│1_000│10│1000
n│1__000│10│!invalid literal for int() with base 10: '1__000'
n│_1│10│!invalid literal for int() with base 10: '_1'
n│1_│10│!invalid literal for int() with base 10: '1_'║n│0x1f│16│31║n│0x1f│0│31║n│0X_1F│0│31
n│0x_│0│!invalid literal for int() with base 0: '0x_'
n│0x│16│!invalid literal for int() with base 16: '0x'║n│0b1│16│177║n│0b101│0│5║n│0o17│0│15
n│0o17│8│15║n│017│0│!invalid literal for int() with base 0: '017'
n│010│0│!invalid literal for int() with base 0: '010'║n│00│0│0║n│0_0│0│0
n│0_7│0│!invalid literal for int() with base 0: '0_7'║n│07│10│7║n│z│36│35║n│Z│36│35║n│10│2│2
n│2│2│!invalid literal for int() with base 2: '2'║n││10│!invalid literal for int() with base 10: ''
n│ │10│!invalid literal for int() with base 10: ' '
n│abc│10│!invalid literal for int() with base 10: 'abc'║n│abc│16│2748
n│9223372036854775807│10│9223372036854775807║n│9223372036854775808│10│9223372036854775808
n│-9223372036854775808│10│-9223372036854775808║n│-9223372036854775809│10│-9223372036854775809
n│0x7fffffffffffffff│0│9223372036854775807║n│-0x8000000000000000│0│-9223372036854775808
n│0x8000000000000000│0│9223372036854775808║n│١٢٣│10│123║n│١x│10│!invalid literal for int() with base 10: '١x'
n│٠x1f│0│31║n│\u{3000}5\u{3000}│10│5║n│\u{1c}5│10│!invalid literal for int() with base 10: '\\x1c5'
n│5\u{0}│10│!invalid literal for int() with base 10: '5\\x00'
n│1111111111111111111111111111111111111111111111111111111111111111111111│2│1180591620717411303423
n│5│1│!int() base must be >= 2 and <= 36, or 0║n│5│37│!int() base must be >= 2 and <= 36, or 0
n│12│0│12║n│1e5│10│!invalid literal for int() with base 10: '1e5'
n│1.0│10│!invalid literal for int() with base 10: '1.0'║n│0b_1_0│2│2
n│0b__1│2│!invalid literal for int() with base 2: '0b__1'
n│0o8│8│!invalid literal for int() with base 8: '0o8'║n│ff│16│255║n│-0b1│0│-1║n│+0o7_7│0│63║p│1│1.0
p│-1│-1.0║p│ 1.5 │1.5║p│1e5│100000.0║p│1E-5│1e-05║p│.5│0.5║p│5.│5.0
p│.│!could not convert string to float: '.'║p│-.5e+3│-500.0║p│1_000.5│1000.5
p│1__0│!could not convert string to float: '1__0'║p│_1│!could not convert string to float: '_1'
p│1_│!could not convert string to float: '1_'║p│1_.5│!could not convert string to float: '1_.5'
p│1._5│!could not convert string to float: '1._5'║p│1e_5│!could not convert string to float: '1e_5'
p│1e1_0│10000000000.0║p│1_0.5_5e1_0│105500000000.0║p│inf│inf║p│-Infinity│-inf║p│nAn│nan║p│+nan│nan
p│infinit│!could not convert string to float: 'infinit'
p│in│!could not convert string to float: 'in'║p│1e│!could not convert string to float: '1e'
p│1e+│!could not convert string to float: '1e+'║p│e5│!could not convert string to float: 'e5'
p││!could not convert string to float: ''║p│ │!could not convert string to float: ' '
p│abc│!could not convert string to float: 'abc'║p│0x10│!could not convert string to float: '0x10'
p│1e500│inf║p│-1e500│-inf║p│1e-400│0.0║p│\u{3000}١.٥\u{3000}│1.5
p│1\u{0}│!could not convert string to float: '1\\x00'║p│١_٢│12.0
p│1 2│!could not convert string to float: '1 2'║p│++1│!could not convert string to float: '++1'
p│4.9e-324│5e-324║p│0.1│0.1║p│9007199254740993│9007199254740992.0║p│1.e5│100000.0
p│+.e1│!could not convert string to float: '+.e1'║p│.e1│!could not convert string to float: '.e1'
p│in f│!could not convert string to float: 'in f'
p│infinityy│!could not convert string to float: 'infinityy'║p│-iNF│-inf
p│1e5.│!could not convert string to float: '1e5.'║p│1.5.│!could not convert string to float: '1.5.'
p│0e0│0.0║p│00.00│0.0║p│1_2_3.4_5e-6_7│1.2345e-65║R│2.675│2│2.67║R│0.5│0│0.0║R│1.5│0│2.0
R│2.5│0│2.0║R│-0.4│0│-0.0║R│1234.5│-2│1200.0║R│1250.0│-2│1200.0║R│1350.0│-2│1400.0║R│500.0│-3│0.0
R│501.0│-3│1000.0║R│5000.1│-4│10000.0║R│0.0│-1│0.0║R│-3.0│-1│-0.0║R│1e+300│-301│0.0
R│1.7976931348623157e+308│-308│!Overflow║R│1e-300│2│0.0║R│-1e-300│2│-0.0║R│1.23│400│1.23
R│1.23│-400│0.0║R│-1.23│-400│-0.0║R│inf│2│inf║R│nan│0│nan║d│-7.5│2.0│-4.0,0.5║d│7.5│-2.0│-4.0,-0.5
d│7.5│2.0│3.0,1.5║d│-7.5│-2.0│3.0,-1.5║d│-0.0│5.0│-0.0,0.0║d│0.0│-5.0│-0.0,-0.0
d│-0.0│-5.0│0.0,-0.0║d│5.0│inf│0.0,5.0║d│-5.0│inf│-1.0,inf║d│5.0│-inf│-1.0,-inf║d│inf│2.0│nan,nan
d│nan│2.0│nan,nan║d│1.0│0.1│9.0,0.09999999999999995║d│-1.0│0.1│-10.0,5.551115123125783e-17║t│0.0│0
t│-0.0│0║t│1.9│1║t│-1.9│-1║t│1e+18│1000000000000000000
t│-9.223372036854776e+18│-9223372036854775808║t│9.223372036854776e+18│!Overflow║t│1e+19│!Overflow
t│-1e+19│!Overflow║t│inf│!cannot convert float infinity to integer
t│-inf│!cannot convert float infinity to integer║t│nan│!cannot convert float NaN to integer
t│9.223372036854775e+18│9223372036854774784
"#;

    #[test]
    fn cpython_table() {
        let cases = CASES.lines().flat_map(|l| l.split('\u{2551}'));
        let fails: Vec<_> = cases
            .filter(|c| !c.is_empty())
            .filter_map(|c| check(c).err())
            .collect();
        assert!(fails.is_empty(), "failures:\n{}", fails.join("\n"));
    }

    fn unescape(s: &str) -> String {
        let (mut out, mut it) = (String::new(), s.chars());
        while let Some(c) = it.next() {
            if c != '\\' {
                out.push(c);
            } else if it.clone().next() == Some('\\') {
                out.push(it.next().unwrap());
            } else {
                let hex: String = it.by_ref().take_while(|&c| c != '}').skip(2).collect();
                out.push(char::from_u32(u32::from_str_radix(&hex, 16).unwrap()).unwrap());
            }
        }
        out
    }

    /// `want` if `got` is bit-identical to it (any NaN matches any NaN).
    fn show(got: f64, want: &str) -> String {
        let same = |w: f64| got.to_bits() == w.to_bits() || (got.is_nan() && w.is_nan());
        match want.parse::<f64>() {
            Ok(w) if same(w) => want.to_string(),
            _ => float_repr(got),
        }
    }

    fn check(case: &str) -> Result<(), String> {
        let f: Vec<String> = case.split('\u{2502}').map(unescape).collect();
        let num = |i: usize| -> f64 { f[i].parse().unwrap() };
        let want = f.last().unwrap().as_str();
        let text = |r: Result<String, String>| r.unwrap_or_else(|e| format!("!{e}"));
        let float = |x: f64| show(x, want);
        let got = match f[0].as_str() {
            "r" => float_repr(f64::from_bits(u64::from_str_radix(&f[1], 16).unwrap())),
            "f" => text(format_float(num(1), &f[2])),
            "i" => text(format_int(f[1].parse().unwrap(), &f[2])),
            "s" => text(format_str(&f[1], &f[2])),
            "q" => str_repr(&f[1]),
            "n" => match parse_int(&f[1], f[2].parse().unwrap()) {
                Ok(v) => v.to_string(),
                Err(IntParseError::Invalid(m)) => format!("!{m}"),
            },
            "p" => parse_float(&f[1]).map_or_else(|e| format!("!{e}"), float),
            "R" => match round_float(num(1), f[2].parse().unwrap()) {
                r if r.is_infinite() && num(1).is_finite() => "!Overflow".into(),
                r => float(r),
            },
            "d" => {
                let (q, m) = float_floordiv_mod(num(1), num(2));
                let (wq, wm) = want.split_once(',').unwrap();
                format!("{},{}", show(q, wq), show(m, wm))
            }
            "t" => match float_to_int_checked(num(1)) {
                Ok(v) => v.to_string(),
                Err(FloatToIntError::Overflow) => "!Overflow".to_string(),
                Err(e) => format!("!{}", e.message()),
            },
            k => panic!("unknown case kind {k}"),
        };
        let msg = format!("{case}\n  got: {got:?}\n want: {want:?}");
        (got == want).then_some(()).ok_or(msg)
    }

    #[test]
    fn repr_and_parse_edges() {
        assert_eq!(float_repr(1.2345678901234568e17), "1.2345678901234568e+17");
        let all = "a'\"\\\n\u{7f}\u{ad}é\u{e000}\u{1f600}\u{e0001}";
        assert_eq!(str_repr(all), r#"'a\'"\\\n\x7f\xadé\ue000😀\U000e0001'"#);
        let inv = |m: &str| Err(IntParseError::Invalid(m.to_string()));
        assert_eq!(
            parse_int("0", 1),
            inv("int() base must be >= 2 and <= 36, or 0")
        );
        let small = |i| Ok(ParsedInt::Small(i));
        assert_eq!(parse_int(" -0x_7F ", 0), small(-127));
        assert_eq!(parse_int("-9223372036854775808", 10), small(i64::MIN));
        assert_eq!(
            parse_int("9223372036854775808", 0),
            Ok(ParsedInt::Big(BigInt::from(1u64 << 63)))
        );
        assert_eq!(parse_int("٠x1f", 0), small(31)); // digits are mapped before the prefix check
        assert!(parse_float("-nan").unwrap().is_sign_negative());
        assert_eq!(parse_float(" 1_0.5e1_0\u{3000}"), Ok(105e9));
    }

    #[test]
    fn format_edges() {
        let fs = parse_spec("*^+z#012_.3e").unwrap();
        assert_eq!(
            (fs.fill, fs.align, fs.sign),
            (Some('*'), Some('^'), Some('+'))
        );
        assert!(fs.no_neg_zero && fs.alternate && !fs.zero_pad && fs.width == Some(12));
        assert_eq!(
            (fs.grouping, fs.precision, fs.ty),
            (Some('_'), Some(3), Some('e'))
        );
        assert_eq!(
            parse_spec("08").map(|s| (s.fill, s.zero_pad)),
            Ok((None, true))
        );
        assert_eq!(format_int(0x110000, "c"), Err(CHAR_RANGE_ERROR.to_string()));
        assert!(format_int(0xd800, "c").is_err());
        let bool_err = "Unknown format code 's' for object of type 'bool'";
        assert_eq!(format_int_as(1, "s", "bool"), Err(bool_err.into()));
        assert_eq!(format_str("日本", "*^6").as_deref(), Ok("**日本**"));
        assert_eq!(format_float(1.5, ">5\0").as_deref(), Ok("  1.5"));
        assert_eq!(
            format_float(1e22, "f").as_deref(),
            Ok("10000000000000000000000.000000")
        );
        assert_eq!(format_float(5e-324, ".330f").unwrap().len(), 332);
        assert_eq!(
            format_float(1.0, ".2147483648f"),
            Err("precision too big".into())
        );
        let digits_err = Err("Too many decimal digits in format string".into());
        assert_eq!(format_int(1, &"9".repeat(20)), digits_err);
    }

    #[test]
    fn arithmetic_edges() {
        assert_eq!((round_float(0.5, 0), round_float(1.5, 0)), (0.0, 2.0));
        assert_eq!(round_float(1e-300, 400), 1e-300);
        assert!(round_float(-0.4, 0).is_sign_negative());
        assert!(round_float(f64::MAX, -308).is_infinite()); // caller raises OverflowError
        assert!(round_float(f64::NAN, 2).is_nan());
        let (q, m) = float_floordiv_mod(-0.0, 5.0);
        assert!(q.is_sign_negative() && m == 0.0 && !m.is_sign_negative());
        assert_eq!(
            float_floordiv_mod(-5.0, f64::INFINITY),
            (-1.0, f64::INFINITY)
        );
        assert_eq!(float_to_int_checked(-(2f64.powi(63))), Ok(i64::MIN));
        let big = float_to_int_checked(2f64.powi(63));
        assert_eq!(big, Err(FloatToIntError::Overflow));
        let nan = float_to_int_checked(f64::NAN).unwrap_err();
        assert_eq!(nan.message(), "cannot convert float NaN to integer");
        let inf = float_to_int_checked(f64::INFINITY).unwrap_err();
        assert_eq!(inf.message(), "cannot convert float infinity to integer");
        assert!(!nan.is_overflow() && inf.is_overflow() && big.unwrap_err().is_overflow());
    }
}
