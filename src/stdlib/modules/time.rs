//! The `time` module: `sleep`, the clocks (`time`, `perf_counter`,
//! `monotonic`, `process_time`, `thread_time` and their `_ns` twins, all
//! virtual in deterministic mode), and calendar time (`gmtime`,
//! `localtime`, `strftime`, `ctime`, `asctime`, `mktime`). gilvm's local
//! time is UTC on every machine, so that what a run prints does not
//! depend on where it ran.

use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use crate::builtin;
use crate::vm::objects::exceptions::{type_error, value_error, PyResult};
use crate::vm::objects::types::type_name;
use crate::vm::value::{Module, Value};

pub fn module() -> Value {
    Value::Module(Arc::new(Module::new(
        "time",
        vec![
            ("sleep", Value::Builtin(&SLEEP)),
            ("time", Value::Builtin(&TIME)),
            ("perf_counter", Value::Builtin(&PERF_COUNTER)),
            ("monotonic", Value::Builtin(&MONOTONIC)),
            ("time_ns", Value::Builtin(&TIME_NS)),
            ("perf_counter_ns", Value::Builtin(&PERF_COUNTER_NS)),
            ("monotonic_ns", Value::Builtin(&PERF_COUNTER_NS)),
            ("process_time", Value::Builtin(&PROCESS_TIME)),
            ("process_time_ns", Value::Builtin(&PROCESS_TIME_NS)),
            ("thread_time", Value::Builtin(&THREAD_TIME)),
            ("thread_time_ns", Value::Builtin(&THREAD_TIME_NS)),
            ("gmtime", Value::Builtin(&GMTIME)),
            ("localtime", Value::Builtin(&LOCALTIME)),
            ("mktime", Value::Builtin(&MKTIME)),
            ("strftime", Value::Builtin(&STRFTIME)),
            ("asctime", Value::Builtin(&ASCTIME)),
            ("ctime", Value::Builtin(&CTIME)),
            ("timezone", Value::Int(0)),
            ("altzone", Value::Int(0)),
            ("daylight", Value::Int(0)),
            (
                "tzname",
                Value::tuple(vec![Value::str("UTC"), Value::str("UTC")]),
            ),
        ],
    )))
}

/// CPython's error for a number of seconds beyond its clock's range.
pub fn timestamp_too_large() -> crate::vm::objects::exceptions::PyErr {
    crate::vm::objects::exceptions::overflow_error("timestamp too large to convert to C _PyTime_t")
}

/// CPython counts time in nanoseconds in a 64-bit integer: an int of more
/// seconds than this does not fit.
const MAX_WHOLE_SECONDS: u64 = i64::MAX as u64 / 1_000_000_000;

/// A number of seconds as CPython's clock takes it (`time.sleep`, a
/// lock's timeout): a length it cannot count is an `OverflowError`,
/// worded as CPython words it for ints and for floats, and NaN a
/// `ValueError`. `what` names the expected type in a `TypeError`.
pub fn seconds_checked(v: &Value, what: &str) -> PyResult<f64> {
    match v {
        Value::Int(i) if i.unsigned_abs() > MAX_WHOLE_SECONDS => Err(timestamp_too_large()),
        Value::Int(i) => Ok(*i as f64),
        Value::BigInt(_) => Err(timestamp_too_large()),
        Value::Bool(b) => Ok(b.get() as i64 as f64),
        Value::Float(f) => float_seconds_checked(f.get()),
        other => Err(type_error(format!(
            "'{}' object cannot be interpreted as {what}",
            type_name(other)
        ))),
    }
}

/// `seconds_checked` for a float.
pub fn float_seconds_checked(secs: f64) -> PyResult<f64> {
    if secs.is_nan() {
        return Err(value_error("Invalid value NaN (not a number)"));
    }
    let nanos = secs * 1e9;
    if !(nanos >= i64::MIN as f64 && nanos < i64::MAX as f64) {
        return Err(crate::vm::objects::exceptions::overflow_error(
            "timestamp out of range for platform time_t",
        ));
    }
    Ok(secs)
}

/// A length of time to wait or sleep, from seconds already checked; the
/// longest that can be asked (292 years) is cut to one that `Instant` can
/// add (31 years), which no run outlives.
pub fn wait_duration(secs: f64) -> Duration {
    Duration::from_secs_f64(secs.clamp(0.0, 1e9))
}

builtin!(SLEEP, "sleep", |vm, a| {
    let v = a.exact("sleep", 1, 1)?;
    let secs = seconds_checked(&v[0], "an integer")?;
    if secs < 0.0 {
        return Err(value_error("sleep length must be non-negative"));
    }
    vm.sleep(wait_duration(secs))?;
    Ok(Value::None)
});
/// Deterministic mode's `time.time()` starts at this fixed date
/// (2023-11-14T22:13:20Z), so printed timestamps are reproducible.
const VIRTUAL_EPOCH: f64 = 1_700_000_000.0;

builtin!(TIME, "time", |vm, a| {
    a.exact("time", 0, 0)?;
    if vm.interp.runtime.clock.is_virtual() {
        vm.sync_clock();
        return Ok(Value::float(VIRTUAL_EPOCH + vm.interp.clock_secs()));
    }
    let d = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    Ok(Value::float(d.as_secs_f64()))
});
builtin!(TIME_NS, "time_ns", |vm, a| {
    a.exact("time_ns", 0, 0)?;
    if vm.interp.runtime.clock.is_virtual() {
        vm.sync_clock();
        let ns = (vm.interp.clock_secs() * 1e9) as i64;
        return Ok(Value::Int(VIRTUAL_EPOCH as i64 * 1_000_000_000 + ns));
    }
    let d = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    Ok(Value::Int(d.as_nanos() as i64))
});
builtin!(PERF_COUNTER, "perf_counter", |vm, a| {
    a.exact("perf_counter", 0, 0)?;
    vm.sync_clock();
    Ok(Value::float(vm.interp.clock_secs()))
});
builtin!(MONOTONIC, "monotonic", |vm, a| {
    a.exact("monotonic", 0, 0)?;
    vm.sync_clock();
    Ok(Value::float(vm.interp.clock_secs()))
});
builtin!(PERF_COUNTER_NS, "perf_counter_ns", |vm, a| {
    a.exact("perf_counter_ns", 0, 0)?;
    vm.sync_clock();
    Ok(Value::Int((vm.interp.clock_secs() * 1e9) as i64))
});

/// CPU time used, in seconds, from `/proc` (`self` or `thread-self`);
/// the run's clock in deterministic mode or where `/proc` is missing.
fn cpu_seconds(vm: &mut crate::vm::Vm, whose: &str) -> f64 {
    vm.sync_clock();
    if vm.interp.runtime.clock.is_virtual() {
        return vm.interp.clock_secs();
    }
    let stat = std::fs::read_to_string(format!("/proc/{whose}/stat")).unwrap_or_default();
    // Fields after the command name (which may hold spaces) in parentheses.
    let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
    let fields: Vec<&str> = rest.split_whitespace().collect();
    match (fields.get(11), fields.get(12)) {
        (Some(u), Some(s)) => {
            let ticks = u.parse::<u64>().unwrap_or(0) + s.parse::<u64>().unwrap_or(0);
            ticks as f64 / 100.0
        }
        _ => vm.interp.clock_secs(),
    }
}

builtin!(PROCESS_TIME, "process_time", |vm, a| {
    a.exact("process_time", 0, 0)?;
    Ok(Value::float(cpu_seconds(vm, "self")))
});
builtin!(PROCESS_TIME_NS, "process_time_ns", |vm, a| {
    a.exact("process_time_ns", 0, 0)?;
    Ok(Value::Int((cpu_seconds(vm, "self") * 1e9) as i64))
});
builtin!(THREAD_TIME, "thread_time", |vm, a| {
    a.exact("thread_time", 0, 0)?;
    Ok(Value::float(cpu_seconds(vm, "thread-self")))
});
builtin!(THREAD_TIME_NS, "thread_time_ns", |vm, a| {
    a.exact("thread_time_ns", 0, 0)?;
    Ok(Value::Int((cpu_seconds(vm, "thread-self") * 1e9) as i64))
});

/// Broken-down UTC time.
struct Civil {
    year: i64,
    month: u32,
    day: u32,
    hour: u32,
    minute: u32,
    second: u32,
    weekday: u32, // Monday is 0
    yearday: u32, // January 1st is 1
}

/// The proleptic Gregorian date of a day count from 1970-01-01
/// (Howard Hinnant's `civil_from_days`).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// Days from 1970-01-01 to a date (Hinnant's `days_from_civil`).
fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = if m > 2 { m - 3 } else { m + 9 } as i64;
    let doy = (153 * mp + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil(secs: i64) -> Civil {
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400) as u32;
    let (year, month, day) = civil_from_days(days);
    let yearday = (days - days_from_civil(year, 1, 1) + 1) as u32;
    Civil {
        year,
        month,
        day,
        hour: rem / 3600,
        minute: rem / 60 % 60,
        second: rem % 60,
        weekday: (days + 3).rem_euclid(7) as u32,
        yearday,
    }
}

fn struct_time(c: &Civil) -> Value {
    crate::stdlib::modules::frames::named_tuple(
        "time.struct_time",
        &[
            ("tm_year", Value::Int(c.year)),
            ("tm_mon", Value::Int(c.month as i64)),
            ("tm_mday", Value::Int(c.day as i64)),
            ("tm_hour", Value::Int(c.hour as i64)),
            ("tm_min", Value::Int(c.minute as i64)),
            ("tm_sec", Value::Int(c.second as i64)),
            ("tm_wday", Value::Int(c.weekday as i64)),
            ("tm_yday", Value::Int(c.yearday as i64)),
            ("tm_isdst", Value::Int(0)),
        ],
    )
}

/// The current time in seconds: virtual in deterministic mode.
fn now(vm: &mut crate::vm::Vm) -> f64 {
    if vm.interp.runtime.clock.is_virtual() {
        vm.sync_clock();
        return VIRTUAL_EPOCH + vm.interp.clock_secs();
    }
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
        .as_secs_f64()
}

/// The seconds argument of `gmtime`/`localtime`/`ctime` (now when absent
/// or None).
fn secs_arg(vm: &mut crate::vm::Vm, v: Option<&Value>) -> PyResult<i64> {
    let s = match v {
        None | Some(Value::None) => now(vm),
        Some(Value::Int(i)) => *i as f64,
        Some(Value::Float(f)) if f.get().is_nan() => {
            return Err(value_error("Invalid value NaN (not a number)"))
        }
        Some(v) => seconds_checked(v, "an integer").or_else(|e| match v {
            // Dates take whole seconds beyond the nanosecond clock's range.
            Value::Float(f) => Ok(f.get()),
            _ => Err(e),
        })?,
    };
    if !s.is_finite() || s.abs() > 1e15 {
        return Err(crate::vm::objects::exceptions::overflow_error(
            "timestamp out of range for platform time_t",
        ));
    }
    Ok(s.floor() as i64)
}

/// A struct_time (or 9-tuple) argument as broken-down time.
fn civil_arg(vm: &mut crate::vm::Vm, v: Option<&Value>) -> PyResult<Civil> {
    let Some(v) = v else {
        let s = secs_arg(vm, None)?;
        return Ok(civil(s));
    };
    let items = match v {
        Value::Native(n) => n.items(),
        Value::Tuple(t) => Some(t.items.to_vec()),
        _ => None,
    };
    let fields: Vec<i64> = match items {
        Some(items) if items.len() == 9 => items
            .iter()
            .map(|x| match x {
                Value::Int(i) => Ok(*i),
                _ => Err(type_error("an integer is required")),
            })
            .collect::<PyResult<_>>()?,
        _ => return Err(type_error("Tuple or struct_time argument required")),
    };
    // Years that would overflow the day count are CPython's OverflowError.
    if !(-100_000_000..=100_000_000).contains(&fields[0]) {
        return Err(crate::vm::objects::exceptions::overflow_error(
            "year out of range",
        ));
    }
    if !(0..=12).contains(&fields[1]) {
        return Err(value_error("month out of range"));
    }
    let (year, month, day) = (
        fields[0],
        fields[1].clamp(1, 12) as u32,
        fields[2].clamp(1, 31) as u32,
    );
    let days = days_from_civil(year, month, day);
    Ok(Civil {
        year,
        month,
        day,
        hour: fields[3].clamp(0, 23) as u32,
        minute: fields[4].clamp(0, 59) as u32,
        second: fields[5].clamp(0, 61) as u32,
        weekday: (days + 3).rem_euclid(7) as u32,
        yearday: (days - days_from_civil(year, 1, 1) + 1) as u32,
    })
}

builtin!(GMTIME, "gmtime", |vm, a| {
    let v = a.exact("gmtime", 0, 1)?;
    let s = secs_arg(vm, v.first())?;
    Ok(struct_time(&civil(s)))
});
builtin!(LOCALTIME, "localtime", |vm, a| {
    let v = a.exact("localtime", 0, 1)?;
    let s = secs_arg(vm, v.first())?;
    Ok(struct_time(&civil(s)))
});
builtin!(MKTIME, "mktime", |vm, a| {
    let v = a.exact("mktime", 1, 1)?;
    let c = civil_arg(vm, v.first())?;
    let days = days_from_civil(c.year, c.month, c.day);
    let secs = days * 86_400 + (c.hour * 3600 + c.minute * 60 + c.second) as i64;
    Ok(Value::float(secs as f64))
});

const DAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// `strftime` in the C locale, for the directives scripts use.
fn strftime(fmt: &str, c: &Civil) -> PyResult<String> {
    let mut out = String::new();
    let mut chars = fmt.chars();
    let day = DAYS[c.weekday as usize % 7];
    let month = MONTHS[(c.month as usize + 11) % 12];
    let hour12 = if c.hour.is_multiple_of(12) {
        12
    } else {
        c.hour % 12
    };
    while let Some(ch) = chars.next() {
        if ch != '%' {
            out.push(ch);
            continue;
        }
        let Some(d) = chars.next() else {
            out.push('%');
            break;
        };
        let piece = match d {
            'Y' => c.year.to_string(),
            'y' => format!("{:02}", c.year.rem_euclid(100)),
            'C' => format!("{:02}", c.year.div_euclid(100)),
            'm' => format!("{:02}", c.month),
            'd' => format!("{:02}", c.day),
            'e' => format!("{:2}", c.day),
            'H' => format!("{:02}", c.hour),
            'I' => format!("{:02}", hour12),
            'M' => format!("{:02}", c.minute),
            'S' => format!("{:02}", c.second),
            'p' => (if c.hour < 12 { "AM" } else { "PM" }).to_string(),
            'a' => day[..3].to_string(),
            'A' => day.to_string(),
            'b' | 'h' => month[..3].to_string(),
            'B' => month.to_string(),
            'j' => format!("{:03}", c.yearday),
            'w' => ((c.weekday + 1) % 7).to_string(),
            'u' => (c.weekday + 1).to_string(),
            'Z' => "UTC".to_string(),
            'z' => "+0000".to_string(),
            'F' => format!("{}-{:02}-{:02}", c.year, c.month, c.day),
            'T' | 'X' => format!("{:02}:{:02}:{:02}", c.hour, c.minute, c.second),
            'R' => format!("{:02}:{:02}", c.hour, c.minute),
            'D' | 'x' => format!("{:02}/{:02}/{:02}", c.month, c.day, c.year.rem_euclid(100)),
            'c' => asctime(c),
            'n' => "\n".to_string(),
            't' => "\t".to_string(),
            '%' => "%".to_string(),
            other => format!("%{other}"),
        };
        out.push_str(&piece);
    }
    Ok(out)
}

/// `Thu Jan  1 00:00:00 1970`.
fn asctime(c: &Civil) -> String {
    format!(
        "{} {} {:2} {:02}:{:02}:{:02} {}",
        &DAYS[c.weekday as usize % 7][..3],
        &MONTHS[(c.month as usize + 11) % 12][..3],
        c.day,
        c.hour,
        c.minute,
        c.second,
        c.year
    )
}

builtin!(STRFTIME, "strftime", |vm, a| {
    let v = a.exact("strftime", 1, 2)?;
    let Some(fmt) = v[0].as_str() else {
        return Err(type_error(format!(
            "strftime() argument 1 must be str, not {}",
            type_name(&v[0])
        )));
    };
    let fmt = fmt.to_string();
    let c = civil_arg(vm, v.get(1))?;
    Ok(Value::str(strftime(&fmt, &c)?))
});
builtin!(ASCTIME, "asctime", |vm, a| {
    let v = a.exact("asctime", 0, 1)?;
    let c = civil_arg(vm, v.first())?;
    Ok(Value::str(asctime(&c)))
});
builtin!(CTIME, "ctime", |vm, a| {
    let v = a.exact("ctime", 0, 1)?;
    let s = secs_arg(vm, v.first())?;
    Ok(Value::str(asctime(&civil(s))))
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_dates_round_trip() {
        let c = civil(0);
        assert_eq!(
            (c.year, c.month, c.day, c.weekday, c.yearday),
            (1970, 1, 1, 3, 1)
        );
        let c = civil(951_782_400); // 2000-02-29
        assert_eq!((c.year, c.month, c.day, c.yearday), (2000, 2, 29, 60));
        for days in [-800_000, -1, 0, 59, 11_016, 20_000, 2_932_896] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
        assert_eq!(asctime(&civil(0)), "Thu Jan  1 00:00:00 1970");
    }
}
