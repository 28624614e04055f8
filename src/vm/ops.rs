//! Operators on values: arithmetic, comparison, truth, membership, length.
//!
//! Each function implements one Python operator for the built-in types with
//! CPython's results and CPython's error messages. Two `i64`s are computed
//! inline; a result that leaves that range, and any big operand, go to
//! `int_ops`, which computes in `BigInt`.

use std::cmp::Ordering;
use std::sync::Arc;

use crate::bytecode::{BinaryOperator, Comparison};
use crate::format::float_floordiv_mod;
use crate::vm::int_ops;
use crate::vm::objects::dict::{int_float_eq, numeric, Num};
use crate::vm::objects::exceptions::{
    overflow_error, recursion_error, type_error, value_error, zero_division_error, PyResult,
};
use crate::vm::objects::int::{int_float_cmp, IntRef, INDEX_SIZED};
use crate::vm::objects::types::type_name;
use crate::vm::value::Value;

use crate::vm::objects::views::{DictView, ViewKind};
use compact_str::CompactString;

const MAX_COMPARE_DEPTH: usize = 1000;

/// `bool(v)`.
pub fn truthy(v: &Value) -> bool {
    match v {
        Value::None | Value::Undef => false,
        Value::Bool(b) => b.get(),
        Value::Int(i) => *i != 0,
        Value::Float(f) => f.get() != 0.0,
        Value::Str(s) => !s.as_str().is_empty(),
        Value::ShortStr(s) => !s.is_empty(),
        Value::List(l) => !l.items.lock().is_empty(),
        Value::Tuple(t) => !t.items.is_empty(),
        Value::Dict(d) => !d.is_empty(),
        Value::Set(s) => !s.is_empty(),
        Value::Range(r) => !r.is_empty(),
        Value::Native(n) => n.len().is_none_or(|len| len != 0),
        _ => true,
    }
}

/// `len(v)`.
pub fn len(v: &Value) -> PyResult<usize> {
    Ok(match v {
        Value::Str(s) => s.char_len(),
        Value::ShortStr(s) => s.len(),
        Value::List(l) => l.items.lock().len(),
        Value::Tuple(t) => t.items.len(),
        Value::Dict(d) => d.len(),
        Value::Set(s) => s.len(),
        Value::Range(r) => r.len_checked()? as usize,
        Value::Native(n) => match n.len() {
            Some(len) => len,
            None => return Err(no_len(v)),
        },
        _ => return Err(no_len(v)),
    })
}

fn no_len(v: &Value) -> crate::vm::objects::exceptions::PyErr {
    type_error(format!("object of type '{}' has no len()", type_name(v)))
}

/// The binary operator `op` (also used for augmented assignment to
/// immutable values).
pub fn binary_op(op: BinaryOperator, a: &Value, b: &Value) -> PyResult<Value> {
    // The hot path: two ints.
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        return int_op(op, *x, *y);
    }
    if let (Some(x), Some(y)) = (numeric(a), numeric(b)) {
        return match (x, y) {
            (Num::Int(x), Num::Int(y)) => {
                let r = int_op(op, x, y)?;
                // bool op bool stays bool for the bitwise operators.
                if let (Value::Bool(_), Value::Bool(_), Value::Int(i)) = (a, b, &r) {
                    if matches!(
                        op,
                        BinaryOperator::And | BinaryOperator::Or | BinaryOperator::Xor
                    ) {
                        return Ok(Value::bool(*i != 0));
                    }
                }
                Ok(r)
            }
            (Num::Float(_), _) | (_, Num::Float(_)) => {
                if !float_operator(op) {
                    return Err(unsupported(op, a, b));
                }
                float_op(op, x.to_f64()?, y.to_f64()?, a, b)
            }
            (x, y) => match (x.int(), y.int(), op) {
                (Some(x), Some(y), op) if op != BinaryOperator::MatMul => {
                    int_ops::big_int_op(op, x, y)
                }
                _ => Err(unsupported(op, a, b)),
            },
        };
    }
    sequence_op(op, a, b)
}

/// Whether floats support `op` (the bitwise operators and `@` they do not).
fn float_operator(op: BinaryOperator) -> bool {
    use BinaryOperator::*;
    matches!(op, Add | Sub | Mul | TrueDiv | FloorDiv | Mod | Pow)
}

/// The common int operations, inlined into the dispatch loop; `None`
/// leaves overflow, division by zero and the rarer operators to `int_op`.
#[inline(always)]
pub fn int_op_fast(op: BinaryOperator, x: i64, y: i64) -> Option<i64> {
    match op {
        BinaryOperator::Add => x.checked_add(y),
        BinaryOperator::Sub => x.checked_sub(y),
        BinaryOperator::Mul => x.checked_mul(y),
        BinaryOperator::Mod if y > 0 && x >= 0 => Some(x % y),
        BinaryOperator::FloorDiv if y > 0 && x >= 0 => Some(x / y),
        BinaryOperator::And => Some(x & y),
        BinaryOperator::Or => Some(x | y),
        BinaryOperator::Xor => Some(x ^ y),
        _ => None,
    }
}

pub fn int_op(op: BinaryOperator, x: i64, y: i64) -> PyResult<Value> {
    use BinaryOperator::*;
    let r = match op {
        Add => x.checked_add(y),
        Sub => x.checked_sub(y),
        Mul => x.checked_mul(y),
        TrueDiv => {
            if y == 0 {
                return Err(zero_division_error("division by zero"));
            }
            return Ok(Value::float(int_true_div(x, y)));
        }
        FloorDiv => {
            if y == 0 {
                return Err(zero_division_error("integer division or modulo by zero"));
            }
            x.checked_div_euclid(y).map(|_| floor_div(x, y))
        }
        Mod => {
            if y == 0 {
                return Err(zero_division_error("integer modulo by zero"));
            }
            Some(floor_mod(x, y))
        }
        Pow => return int_ops::pow(IntRef::Small(x), IntRef::Small(y)),
        LShift => {
            if y < 0 {
                return Err(value_error("negative shift count"));
            }
            if x == 0 {
                Some(0)
            } else if y >= 64 {
                None
            } else {
                let r = x << y;
                if r >> y == x {
                    Some(r)
                } else {
                    None
                }
            }
        }
        RShift => {
            if y < 0 {
                return Err(value_error("negative shift count"));
            }
            Some(if y >= 64 {
                if x < 0 {
                    -1
                } else {
                    0
                }
            } else {
                x >> y
            })
        }
        And => Some(x & y),
        Or => Some(x | y),
        Xor => Some(x ^ y),
        MatMul => return Err(unsupported(op, &Value::Int(x), &Value::Int(y))),
    };
    match r {
        Some(r) => Ok(Value::Int(r)),
        // Out of the 64-bit range (or `MIN // -1`): compute it big.
        None => int_ops::big_int_op(op, IntRef::Small(x), IntRef::Small(y)),
    }
}

/// Floor division as Python defines it (rounds toward negative infinity).
fn floor_div(x: i64, y: i64) -> i64 {
    let q = x / y;
    if (x % y != 0) && ((x < 0) != (y < 0)) {
        q - 1
    } else {
        q
    }
}

/// Python's modulo: the result has the sign of the divisor.
fn floor_mod(x: i64, y: i64) -> i64 {
    if y == -1 {
        return 0;
    }
    let r = x % y;
    if r != 0 && ((r < 0) != (y < 0)) {
        r + y
    } else {
        r
    }
}

/// int / int, correctly rounded as CPython's is (y != 0).
pub(crate) fn int_true_div(x: i64, y: i64) -> f64 {
    const EXACT: u64 = 1 << 53;
    let (ax, ay) = (x.unsigned_abs(), y.unsigned_abs());
    let negative = (x < 0) != (y < 0);
    let magnitude = if ax <= EXACT && ay <= EXACT {
        // Both convert exactly, and IEEE division rounds correctly.
        ax as f64 / ay as f64
    } else if ax == 0 {
        0.0
    } else {
        // Long division with at least 56 quotient bits, the remainder
        // folded into the lowest bit (a "sticky" bit), then one correctly
        // rounded conversion and an exact power-of-two scaling.
        let (lx, ly) = (
            64 - ax.leading_zeros() as i32,
            64 - ay.leading_zeros() as i32,
        );
        let shift = (56 + ly - lx).max(0);
        let n = (ax as u128) << shift;
        let (q, r) = (n / ay as u128, n % ay as u128);
        let q = if r != 0 { q | 1 } else { q };
        q as f64 * 2f64.powi(-shift)
    };
    if negative {
        -magnitude
    } else {
        magnitude
    }
}

fn float_op(op: BinaryOperator, x: f64, y: f64, a: &Value, b: &Value) -> PyResult<Value> {
    use BinaryOperator::*;
    Ok(Value::float(match op {
        Add => x + y,
        Sub => x - y,
        Mul => x * y,
        TrueDiv => {
            if y == 0.0 {
                return Err(zero_division_error("float division by zero"));
            }
            x / y
        }
        FloorDiv => {
            if y == 0.0 {
                return Err(zero_division_error("float floor division by zero"));
            }
            float_floordiv_mod(x, y).0
        }
        Mod => {
            if y == 0.0 {
                return Err(zero_division_error("float modulo"));
            }
            float_floordiv_mod(x, y).1
        }
        Pow => return float_pow(x, y),
        _ => return Err(unsupported(op, a, b)),
    }))
}

/// `x ** y` for floats (and for ints with a negative exponent).
pub(crate) fn float_pow(x: f64, y: f64) -> PyResult<Value> {
    if x == 0.0 && y < 0.0 {
        return Err(zero_division_error(
            "0.0 cannot be raised to a negative power",
        ));
    }
    if x < 0.0 && y.is_finite() && y.fract() != 0.0 {
        return Err(value_error(
            "a negative number raised to a fractional power is complex; gilvm has no complex numbers",
        ));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(overflow_error("(34, 'Numerical result out of range')"));
    }
    Ok(Value::float(r))
}

fn sequence_op(op: BinaryOperator, a: &Value, b: &Value) -> PyResult<Value> {
    use BinaryOperator::*;
    // `int | None`: a union of classes (3.10).
    if op == Or {
        if let Some(u) = crate::vm::objects::generic_alias::union_of(a, b) {
            return Ok(u);
        }
    }
    match (op, a, b) {
        (Mod, x, args) if x.is_str() => {
            crate::stdlib::str_printf::format(None, x.as_str().unwrap_or_default(), args)
        }
        (Add, x, y) if x.is_str() && y.is_str() => {
            let (x, y) = (
                x.as_str().unwrap_or_default(),
                y.as_str().unwrap_or_default(),
            );
            // Built in place: a short result ("k" + str(i)) is inline, a
            // longer one stays inline in the `PyStr` up to 24 bytes.
            let total = x.len().saturating_add(y.len());
            crate::vm::memory::check(total)?;
            let mut s = CompactString::try_with_capacity(total)
                .map_err(|_| crate::vm::memory::refused())?;
            s.push_str(x);
            s.push_str(y);
            Ok(Value::compact_str(s))
        }
        (Add, Value::List(x), Value::List(y)) => {
            // One lock at a time: `x` and `y` may be the same list.
            let nx = x.items.lock().len();
            let ny = y.items.lock().len();
            let mut items = crate::vm::memory::vec_with_capacity(nx.saturating_add(ny))?;
            items.extend(x.items.lock().iter().cloned());
            let right = y.items.lock();
            crate::vm::memory::reserve(&mut items, right.len())?;
            items.extend(right.iter().cloned());
            drop(right);
            Ok(Value::list(items))
        }
        (Add, Value::Tuple(x), Value::Tuple(y)) => {
            let mut items =
                crate::vm::memory::vec_with_capacity(x.items.len().saturating_add(y.items.len()))?;
            items.extend(x.items.iter().cloned());
            items.extend(y.items.iter().cloned());
            Ok(Value::tuple(items))
        }
        // `d | other`: a new dict, `other`'s values winning (3.9).
        (Or, Value::Dict(x), Value::Dict(y)) => {
            let merged = x.copy();
            for (k, v) in y.items() {
                merged.set(k, v)?;
            }
            Ok(Value::Dict(std::sync::Arc::new(merged)))
        }
        (Add, Value::Str(_) | Value::ShortStr(_) | Value::List(_) | Value::Tuple(_), _) => {
            Err(type_error(format!(
                "can only concatenate {} (not \"{}\") to {}",
                type_name(a),
                type_name(b),
                type_name(a)
            )))
        }
        (Mul, seq, Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) if is_sequence(seq) => {
            repeat(seq, b)
        }
        (Mul, Value::Int(_) | Value::Bool(_) | Value::BigInt(_), seq) if is_sequence(seq) => {
            repeat(seq, a)
        }
        // The left operand's repeat wins when both are sequences (`'a' * [1]`
        // blames the list), as in CPython.
        (Mul, seq, other) | (Mul, other, seq) if is_sequence(seq) => {
            let other = if is_sequence(a) { b } else { other };
            Err(type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                type_name(other)
            )))
        }
        // Sets and dict views (`{1} | {2}`, `d.keys() & other`).
        _ => crate::vm::set_ops::binary(op, a, b).unwrap_or_else(|| Err(unsupported(op, a, b))),
    }
}

fn is_sequence(v: &Value) -> bool {
    matches!(
        v,
        Value::Str(_) | Value::ShortStr(_) | Value::List(_) | Value::Tuple(_)
    )
}

pub(crate) fn repeat(seq: &Value, count: &Value) -> PyResult<Value> {
    let n = match count {
        Value::Int(i) => (*i).max(0) as usize,
        Value::Bool(b) => b.get() as usize,
        // Even a negative one: CPython converts the count to a C ssize_t.
        Value::BigInt(_) => return Err(overflow_error(INDEX_SIZED)),
        _ => 0,
    };
    let too_big = crate::vm::memory::refused;
    match seq {
        Value::Str(_) | Value::ShortStr(_) => {
            let s = seq.as_str().unwrap_or_default();
            let total = s.len().checked_mul(n).ok_or_else(too_big)?;
            if total > (1 << 34) {
                return Err(too_big());
            }
            crate::vm::memory::check(total)?;
            let mut out: Vec<u8> = Vec::new();
            out.try_reserve_exact(total).map_err(|_| too_big())?;
            // Doubling: `'y' * 10**6` is twenty copies, not a million.
            if total > 0 {
                out.extend_from_slice(s.as_bytes());
            }
            while out.len() < total {
                let more = out.len().min(total - out.len());
                out.extend_from_within(..more);
            }
            // Whole copies of a valid string are valid.
            let out = String::from_utf8(out).map_err(|_| too_big())?;
            Ok(Value::str(out))
        }
        Value::List(l) => {
            let items = l.snapshot();
            let total = items.len().checked_mul(n).ok_or_else(too_big)?;
            let mut out = crate::vm::objects::exceptions::try_vec(total)?;
            for _ in 0..n {
                out.extend(items.iter().cloned());
            }
            Ok(Value::list(out))
        }
        Value::Tuple(t) => {
            let total = t.items.len().checked_mul(n).ok_or_else(too_big)?;
            let mut out = crate::vm::objects::exceptions::try_vec(total)?;
            for _ in 0..n {
                out.extend(t.items.iter().cloned());
            }
            Ok(Value::tuple(out))
        }
        _ => Err(type_error("can't multiply")),
    }
}

pub fn unsupported(
    op: BinaryOperator,
    a: &Value,
    b: &Value,
) -> crate::vm::objects::exceptions::PyErr {
    type_error(format!(
        "unsupported operand type(s) for {}: '{}' and '{}'",
        op.symbol(),
        type_name(a),
        type_name(b)
    ))
}

/// The error of `a op= b`: as that of `a op b`, except that "unsupported
/// operand" names the augmented operator (`+=`), as CPython's does.
#[cold]
pub fn inplace_error(
    err: crate::vm::objects::exceptions::PyErr,
    op: BinaryOperator,
    a: &Value,
    b: &Value,
) -> crate::vm::objects::exceptions::PyErr {
    if err.0.message() != unsupported(op, a, b).0.message() {
        return err;
    }
    type_error(format!(
        "unsupported operand type(s) for {}=: '{}' and '{}'",
        op.symbol(),
        type_name(a),
        type_name(b)
    ))
}

/// Unary minus.
pub fn negate(v: &Value) -> PyResult<Value> {
    match v {
        Value::Int(i) => Ok(int_ops::negate(IntRef::Small(*i))),
        Value::BigInt(b) => Ok(int_ops::negate(IntRef::Big(b))),
        Value::Bool(b) => Ok(Value::Int(-(b.get() as i64))),
        Value::Float(f) => Ok(Value::float(-f.get())),
        _ => Err(type_error(format!(
            "bad operand type for unary -: '{}'",
            type_name(v)
        ))),
    }
}

/// Unary plus.
pub fn positive(v: &Value) -> PyResult<Value> {
    match v {
        Value::Int(_) | Value::Float(_) | Value::BigInt(_) => Ok(v.clone()),
        Value::Bool(b) => Ok(Value::Int(b.get() as i64)),
        _ => Err(type_error(format!(
            "bad operand type for unary +: '{}'",
            type_name(v)
        ))),
    }
}

/// Unary `~`.
pub fn invert(v: &Value) -> PyResult<Value> {
    match v {
        Value::Int(i) => Ok(Value::Int(!i)),
        Value::BigInt(b) => Ok(int_ops::invert(IntRef::Big(b))),
        Value::Bool(b) => Ok(Value::Int(!(b.get() as i64))),
        _ => Err(type_error(format!(
            "bad operand type for unary ~: '{}'",
            type_name(v)
        ))),
    }
}

/// What a comparison inside a container does when it reaches an instance
/// of a user class. The VM runs the instance's special methods
/// (`impl InstanceCompare for Vm`); the plain functions here, which have
/// no VM to run Python code on, compare instances by identity. Generic,
/// so that values with no instance in them pay nothing for it.
pub trait InstanceCompare {
    fn compare_instances(&mut self, op: Comparison, a: &Value, b: &Value) -> PyResult<bool>;
}

/// Instances compared by identity, as `object`'s own methods do.
pub struct Identity;

impl InstanceCompare for Identity {
    fn compare_instances(&mut self, op: Comparison, a: &Value, b: &Value) -> PyResult<bool> {
        match op {
            Comparison::Eq => Ok(a.is(b)),
            Comparison::Ne => Ok(!a.is(b)),
            _ => Err(not_supported(op, a, b)),
        }
    }
}

fn not_supported(op: Comparison, a: &Value, b: &Value) -> crate::vm::objects::exceptions::PyErr {
    type_error(format!(
        "'{}' not supported between instances of '{}' and '{}'",
        op.symbol(),
        type_name(a),
        type_name(b)
    ))
}

/// `a == b`.
pub fn eq(a: &Value, b: &Value) -> PyResult<bool> {
    eq_at_depth(&mut Identity, a, b, 0)
}

/// `a == b`, with `h` deciding for the instances met inside containers.
pub fn eq_with<H: InstanceCompare>(h: &mut H, a: &Value, b: &Value) -> PyResult<bool> {
    eq_at_depth(h, a, b, 0)
}

fn eq_at_depth<H: InstanceCompare>(
    h: &mut H,
    a: &Value,
    b: &Value,
    depth: usize,
) -> PyResult<bool> {
    if depth > MAX_COMPARE_DEPTH {
        return Err(recursion_error(
            "maximum recursion depth exceeded in comparison",
        ));
    }
    if matches!(
        (a, b),
        (Value::Native(_), Value::Tuple(_)) | (Value::Tuple(_), Value::Native(_))
    ) {
        if let Some((x, y)) = tuple_views(a, b) {
            return eq_at_depth(h, &x, &y, depth + 1);
        }
    }
    Ok(match (a, b) {
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::ShortStr(x), Value::ShortStr(y)) => x == y,
        (Value::Str(x), Value::Str(y)) => **x == **y,
        (x, y) if x.is_str() && y.is_str() => x.as_str() == y.as_str(),
        (Value::List(x), Value::List(y)) => {
            if Arc::ptr_eq(x, y) {
                return Ok(true);
            }
            let (xs, ys) = (x.snapshot(), y.snapshot());
            seq_eq(h, &xs, &ys, depth)?
        }
        (Value::Tuple(x), Value::Tuple(y)) => {
            Arc::ptr_eq(x, y) || seq_eq(h, &x.items, &y.items, depth)?
        }
        (Value::Dict(x), Value::Dict(y)) => {
            if Arc::ptr_eq(x, y) {
                return Ok(true);
            }
            let xs = x.items();
            if xs.len() != y.len() {
                return Ok(false);
            }
            for (k, v) in xs {
                match y.get(&k)? {
                    Some(w) => {
                        if !(v.is(&w) || eq_at_depth(h, &v, &w, depth + 1)?) {
                            return Ok(false);
                        }
                    }
                    None => return Ok(false),
                }
            }
            true
        }
        (Value::Range(x), Value::Range(y)) => {
            let (lx, ly) = (x.len(), y.len());
            lx == ly && (lx == 0 || (x.start == y.start && (lx == 1 || x.step == y.step)))
        }
        (Value::Slice(x), Value::Slice(y)) => {
            eq_at_depth(h, &x.start, &y.start, depth + 1)?
                && eq_at_depth(h, &x.stop, &y.stop, depth + 1)?
                && eq_at_depth(h, &x.step, &y.step, depth + 1)?
        }
        (Value::Instance(_), _) | (_, Value::Instance(_)) => {
            h.compare_instances(Comparison::Eq, a, b)?
        }
        // A set equals a set or frozenset, or a dict view, of the same
        // elements; anything else is unequal.
        (Value::Set(_), _) | (_, Value::Set(_)) => {
            crate::vm::set_ops::compare(Comparison::Eq, a, b).unwrap_or(Ok(false))?
        }
        _ => match (numeric(a), numeric(b)) {
            (Some(x), Some(y)) => x.equals(&y),
            _ => match (a, b) {
                (Value::Native(x), Value::Native(y)) => {
                    match crate::vm::objects::views::as_views(&***x, &***y) {
                        // A keys view and an items view compare as sets.
                        Some((vx, vy))
                            if vx.kind != vy.kind
                                && vx.kind != ViewKind::Values
                                && vy.kind != ViewKind::Values =>
                        {
                            crate::vm::set_ops::compare(Comparison::Eq, a, b)
                                .unwrap_or(Ok(false))?
                        }
                        Some((vx, vy)) => a.is(b) || view_eq(h, vx, vy, depth)?,
                        None => a.is(b) || x.equals(b).transpose()?.unwrap_or(false),
                    }
                }
                _ => a.is(b),
            },
        },
    })
}

/// `a == b` for dict views: keys and items views compare as sets would;
/// values views only by identity. Items may hold views again, so this goes
/// through the depth-counting `eq_at_depth`.
fn view_eq<H: InstanceCompare>(
    h: &mut H,
    x: &DictView,
    y: &DictView,
    depth: usize,
) -> PyResult<bool> {
    if x.kind != y.kind || x.kind == ViewKind::Values || x.dict.len() != y.dict.len() {
        return Ok(false);
    }
    for (k, v) in x.dict.items() {
        let same = match y.dict.get(&k)? {
            None => false,
            Some(_) if x.kind == ViewKind::Keys => true,
            Some(w) => v.is(&w) || eq_at_depth(h, &v, &w, depth + 1)?,
        };
        if !same {
            return Ok(false);
        }
    }
    Ok(true)
}

fn seq_eq<H: InstanceCompare>(
    h: &mut H,
    xs: &[Value],
    ys: &[Value],
    depth: usize,
) -> PyResult<bool> {
    if xs.len() != ys.len() {
        return Ok(false);
    }
    for (x, y) in xs.iter().zip(ys) {
        if !(x.is(y) || eq_at_depth(h, x, y, depth + 1)?) {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Both operands as tuples, when one is a named tuple of Rust's
/// (`sys.version_info >= (3, 8)`) and the other a tuple or another one.
fn tuple_views(a: &Value, b: &Value) -> Option<(Value, Value)> {
    let view = |v: &Value| match v {
        Value::Native(n) => n.as_tuple(),
        Value::Tuple(_) => Some(v.clone()),
        _ => None,
    };
    if !matches!(a, Value::Native(_)) && !matches!(b, Value::Native(_)) {
        return None;
    }
    Some((view(a)?, view(b)?))
}

/// A rich comparison `a op b`.
pub fn compare(op: Comparison, a: &Value, b: &Value) -> PyResult<bool> {
    compare_with(&mut Identity, op, a, b)
}

/// `a op b`, with `h` deciding for the instances met inside containers.
pub fn compare_with<H: InstanceCompare>(
    h: &mut H,
    op: Comparison,
    a: &Value,
    b: &Value,
) -> PyResult<bool> {
    // `s == "7"`: strings compare here, before the general equality's
    // depth check and its match over every pair of types.
    match (op, a, b) {
        (Comparison::Eq, Value::ShortStr(x), Value::ShortStr(y)) => return Ok(x == y),
        (Comparison::Ne, Value::ShortStr(x), Value::ShortStr(y)) => return Ok(x != y),
        (Comparison::Eq, Value::Str(x), Value::Str(y)) => return Ok(**x == **y),
        (Comparison::Ne, Value::Str(x), Value::Str(y)) => return Ok(**x != **y),
        _ => {}
    }
    compare_at(h, op, a, b, 0)
}

fn compare_at<H: InstanceCompare>(
    h: &mut H,
    op: Comparison,
    a: &Value,
    b: &Value,
    depth: usize,
) -> PyResult<bool> {
    match op {
        Comparison::Eq => return eq_at_depth(h, a, b, depth),
        Comparison::Ne => return Ok(!eq_at_depth(h, a, b, depth)?),
        _ => {}
    }
    if depth > MAX_COMPARE_DEPTH {
        return Err(recursion_error(
            "maximum recursion depth exceeded in comparison",
        ));
    }
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        return Ok(op.ints(*x, *y));
    }
    if let (Some(x), Some(y)) = (numeric(a), numeric(b)) {
        return Ok(ordered(op, num_cmp(x, y)));
    }
    if let Some((x, y)) = tuple_views(a, b) {
        return compare_at(h, op, &x, &y, depth + 1);
    }
    match (a, b) {
        (x, y) if x.is_str() && y.is_str() => Ok(ordered(op, Some(x.as_str().cmp(&y.as_str())))),
        (Value::List(x), Value::List(y)) => seq_order(h, op, &x.snapshot(), &y.snapshot(), depth),
        (Value::Tuple(x), Value::Tuple(y)) => seq_order(h, op, &x.items, &y.items, depth),
        (Value::Instance(_), _) | (_, Value::Instance(_)) => h.compare_instances(op, a, b),
        // Subsets and supersets: sets and set-like dict views.
        _ => crate::vm::set_ops::compare(op, a, b).unwrap_or_else(|| Err(not_supported(op, a, b))),
    }
}

/// Whether an ordering (`None`: unordered, NaN) satisfies `op`.
fn ordered(op: Comparison, ord: Option<Ordering>) -> bool {
    match op {
        Comparison::Lt => ord == Some(Ordering::Less),
        Comparison::Le => matches!(ord, Some(Ordering::Less | Ordering::Equal)),
        Comparison::Gt => ord == Some(Ordering::Greater),
        Comparison::Ge => matches!(ord, Some(Ordering::Greater | Ordering::Equal)),
        Comparison::Eq => ord == Some(Ordering::Equal),
        Comparison::Ne => ord != Some(Ordering::Equal),
    }
}

/// Lexicographic order: the first unequal pair decides.
fn seq_order<H: InstanceCompare>(
    h: &mut H,
    op: Comparison,
    xs: &[Value],
    ys: &[Value],
    depth: usize,
) -> PyResult<bool> {
    for (x, y) in xs.iter().zip(ys) {
        if x.is(y) || eq_at_depth(h, x, y, depth + 1)? {
            continue;
        }
        return compare_at(h, op, x, y, depth + 1);
    }
    Ok(ordered(op, Some(xs.len().cmp(&ys.len()))))
}

/// Compares two numbers exactly, as CPython does: an int and a float
/// with no rounding of either.
fn num_cmp(x: Num, y: Num) -> Option<Ordering> {
    match (x, y) {
        (Num::Float(a), Num::Float(b)) => a.partial_cmp(&b),
        (Num::Float(f), i) => int_float_cmp(i.int()?, f).map(Ordering::reverse),
        (i, Num::Float(f)) => int_float_cmp(i.int()?, f),
        (a, b) => Some(a.int()?.cmp_int(b.int()?)),
    }
}

/// `item in xs`, over a copy of the items, so that no lock is held while
/// comparisons may take others.
fn contains_in_copy<H: InstanceCompare>(
    h: &mut H,
    l: &crate::vm::value::PyList,
    item: &Value,
) -> PyResult<bool> {
    for x in &l.snapshot() {
        if x.is(item) || eq_at_depth(h, x, item, 0)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// `item in container`.
///
/// A dict goes straight to its table: `k in d` is the common test, and
/// `contains_with`'s frame (its list scan and iterator loop) cost it
/// some 30 instructions per test (bench/dicts.py, callgrind).
pub fn contains(container: &Value, item: &Value) -> PyResult<bool> {
    if let Value::Dict(d) = container {
        return d.contains(item);
    }
    contains_with(&mut Identity, container, item)
}

/// `item in container`, with `h` deciding for the instances it meets.
pub fn contains_with<H: InstanceCompare>(
    h: &mut H,
    container: &Value,
    item: &Value,
) -> PyResult<bool> {
    match container {
        Value::List(l) => {
            // **Leaves compare under the lock.** Comparing two numbers or
            // strings takes no other lock, so the common `x in xs` scans
            // the list in place; only an item that holds values (a nested
            // list may be this very list) sends the search to a copy.
            if item.is_leaf() {
                let items = l.items.lock();
                let mut found = false;
                for x in items.iter() {
                    if !x.is_leaf() {
                        drop(items);
                        return contains_in_copy(h, l, item);
                    }
                    if x.is(item) || eq(x, item)? {
                        found = true;
                        break;
                    }
                }
                return Ok(found);
            }
            contains_in_copy(h, l, item)
        }
        Value::Tuple(t) => {
            for x in t.items.iter() {
                if x.is(item) || eq_at_depth(h, x, item, 0)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Value::Str(_) | Value::ShortStr(_) => match (container.as_str(), item.as_str()) {
            (Some(s), Some(sub)) => Ok(s.contains(sub)),
            _ => Err(type_error(format!(
                "'in <string>' requires string as left operand, not {}",
                type_name(item)
            ))),
        },
        Value::Dict(d) => d.contains(item),
        Value::Set(s) => crate::vm::set_ops::contains(s, item),
        Value::Range(r) => Ok(range_contains(r, item)),
        Value::Native(n) => match n.contains(item) {
            Some(r) => r,
            None => Err(not_iterable(container)),
        },
        Value::Iterator(it) => {
            while let Some(x) = it.next()? {
                if x.is(item) || eq_at_depth(h, &x, item, 0)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(not_iterable(container)),
    }
}

/// `item in range`, out of line: `contains_with` is inlined into the
/// dispatch loop, where every byte of code costs registers.
#[inline(never)]
fn range_contains(r: &crate::vm::value::PyRange, item: &Value) -> bool {
    match numeric(item) {
        Some(Num::Int(i)) => {
            let n = r.len();
            n > 0 && {
                let off = i as i128 - r.start as i128;
                off % r.step as i128 == 0 && {
                    let k = off / r.step as i128;
                    k >= 0 && k < n
                }
            }
        }
        // A float is in the range when it equals an int that is.
        Some(Num::Float(f)) => {
            f.fract() == 0.0
                && f.is_finite()
                && int_float_eq(f as i64, f)
                && range_contains(r, &Value::Int(f as i64))
        }
        // Ranges hold 64-bit ints only.
        Some(Num::Big(_)) | None => false,
    }
}

fn not_iterable(v: &Value) -> crate::vm::objects::exceptions::PyErr {
    type_error(format!(
        "argument of type '{}' is not iterable",
        type_name(v)
    ))
}
