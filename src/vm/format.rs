//! Temporary stand-in; replaced by the full formatting module.
#[derive(Debug)]
pub enum IntParseError {
    Invalid(String),
    Overflow,
}
#[derive(Debug)]
pub enum FloatToIntError {
    Nan,
    Infinity,
    Overflow,
}
pub fn float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let s = format!("{x:?}");
    s
}
pub fn str_repr(s: &str) -> String {
    let q = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::new();
    out.push(q);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c == q => {
                out.push('\\');
                out.push(c)
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push(q);
    out
}
pub fn parse_int(s: &str, base: u32) -> Result<i64, IntParseError> {
    let t = s.trim().replace('_', "");
    i64::from_str_radix(&t, base).map_err(|_| {
        IntParseError::Invalid(format!(
            "invalid literal for int() with base {base}: {}",
            str_repr(s)
        ))
    })
}
pub fn parse_float(s: &str) -> Result<f64, String> {
    s.trim()
        .parse::<f64>()
        .map_err(|_| format!("could not convert string to float: {}", str_repr(s)))
}
pub fn format_int(v: i64, spec: &str) -> Result<String, String> {
    if spec.is_empty() {
        Ok(v.to_string())
    } else {
        Err(format!("unsupported spec {spec}"))
    }
}
pub fn format_float(v: f64, spec: &str) -> Result<String, String> {
    if spec.is_empty() {
        Ok(float_repr(v))
    } else {
        Err(format!("unsupported spec {spec}"))
    }
}
pub fn format_str(v: &str, spec: &str) -> Result<String, String> {
    if spec.is_empty() {
        Ok(v.to_string())
    } else {
        Err(format!("unsupported spec {spec}"))
    }
}
pub fn round_float(x: f64, ndigits: i64) -> f64 {
    let m = 10f64.powi(ndigits as i32);
    (x * m).round_ties_even() / m
}
pub fn float_floordiv_mod(a: f64, b: f64) -> (f64, f64) {
    let m = a % b;
    let m = if m != 0.0 && ((b < 0.0) != (m < 0.0)) { m + b } else { m };
    (((a - m) / b).round(), m)
}
pub fn float_to_int_checked(x: f64) -> Result<i64, FloatToIntError> {
    if x.is_nan() {
        Err(FloatToIntError::Nan)
    } else if x.is_infinite() {
        Err(FloatToIntError::Infinity)
    } else if x.trunc() >= 9.223372036854776e18 || x.trunc() < -9.223372036854776e18 {
        Err(FloatToIntError::Overflow)
    } else {
        Ok(x.trunc() as i64)
    }
}
