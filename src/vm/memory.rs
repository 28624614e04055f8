//! Running out of memory is a `MemoryError`, never an abort.
//!
//! Rust aborts the process when an allocation fails, so every allocation
//! whose size a script decides (`'x' * n`, `xs + xs`, `set(range(n))`, a
//! list grown in a loop) goes through this module: it checks the request
//! against the run's memory budget, then reserves it fallibly. Small
//! requests (under `SMALL`) skip the check: `allocator` holds them to the
//! budget as they add up.
//!
//! The budget is `--max-memory` when given (`set_limit`), else three
//! quarters of the machine's memory, and the bytes held are the
//! allocator's count. Under an address-space limit (`ulimit -v`) the
//! process's address space must also stay below 90 % of it, so that
//! printing the `MemoryError`'s traceback still has room.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

use crate::vm::objects::exceptions::{memory_error, PyResult};

/// Requests below this size are not checked against the budget.
pub const SMALL: usize = 1 << 20;

/// The budget set by `--max-memory` (0: the default).
static LIMIT: AtomicUsize = AtomicUsize::new(0);

/// Sets the run's memory budget, in bytes (`--max-memory`).
pub fn set_limit(bytes: usize) {
    LIMIT.store(bytes, Ordering::Relaxed);
    crate::vm::allocator::set_budget(bytes);
}

/// Gives the allocator the budget (called as an interpreter starts).
pub fn init() {
    crate::vm::allocator::set_budget(limit());
}

/// The budget: `--max-memory`, or three quarters of physical memory.
pub fn limit() -> usize {
    match LIMIT.load(Ordering::Relaxed) {
        0 => *DEFAULT_LIMIT
            .get_or_init(|| physical_memory().map_or(usize::MAX, |total| total / 4 * 3)),
        n => n,
    }
}

static DEFAULT_LIMIT: OnceLock<usize> = OnceLock::new();
static ADDRESS_SPACE_LIMIT: OnceLock<Option<usize>> = OnceLock::new();

/// `MemTotal` of `/proc/meminfo`.
fn physical_memory() -> Option<usize> {
    let info = std::fs::read_to_string("/proc/meminfo").ok()?;
    let line = info.lines().find(|l| l.starts_with("MemTotal:"))?;
    let kib: usize = line.split_whitespace().nth(1)?.parse().ok()?;
    kib.checked_mul(1024)
}

/// The soft `RLIMIT_AS` (`ulimit -v`), from `/proc/self/limits`.
fn address_space_limit() -> Option<usize> {
    *ADDRESS_SPACE_LIMIT.get_or_init(|| {
        let limits = std::fs::read_to_string("/proc/self/limits").ok()?;
        let line = limits
            .lines()
            .find(|l| l.starts_with("Max address space"))?;
        line.split_whitespace().nth(3)?.parse().ok()
    })
}

/// The process's address space in bytes, from `/proc/self/statm`.
fn address_space() -> Option<usize> {
    const PAGE: usize = 4096;
    let statm = std::fs::read_to_string("/proc/self/statm").ok()?;
    let pages: usize = statm.split_whitespace().next()?.parse().ok()?;
    Some(pages * PAGE)
}

/// Whether `bytes` more may be allocated: within the budget, and within
/// 90 % of an address-space limit if there is one.
pub fn check(bytes: usize) -> PyResult<()> {
    if bytes < SMALL || fits(bytes) {
        return Ok(());
    }
    Err(refused())
}

/// The `MemoryError` for a request refused here or by a fallible
/// reservation (see `allocator::acknowledge`).
pub fn refused() -> crate::vm::objects::exceptions::PyErr {
    crate::vm::allocator::acknowledge();
    memory_error()
}

fn fits(bytes: usize) -> bool {
    if crate::vm::allocator::held().saturating_add(bytes) > limit() {
        return false;
    }
    match address_space_limit() {
        Some(cap) => {
            let size = address_space().unwrap_or(0);
            size.saturating_add(bytes) <= cap / 10 * 9
        }
        None => true,
    }
}

/// A vector with room for `n` items, or a `MemoryError`.
pub fn vec_with_capacity<T>(n: usize) -> PyResult<Vec<T>> {
    let mut v = Vec::new();
    reserve(&mut v, n)?;
    Ok(v)
}

/// Room for `extra` more items in `v`, or a `MemoryError`. Growth beyond
/// the capacity at hand doubles it, as `Vec` does, so appending in a loop
/// stays amortised O(1).
pub fn reserve<T>(v: &mut Vec<T>, extra: usize) -> PyResult<()> {
    let needed = v.len().checked_add(extra).ok_or_else(refused)?;
    if needed <= v.capacity() {
        return Ok(());
    }
    let target = needed.max(v.capacity().saturating_mul(2));
    let bytes = target.saturating_mul(std::mem::size_of::<T>().max(1));
    check(bytes)?;
    v.try_reserve(target - v.len()).map_err(|_| refused())
}

/// `v.push(item)`, growing `v` through `reserve` when it is full (a list
/// appended to in a loop).
#[inline]
pub fn push<T>(v: &mut Vec<T>, item: T) -> PyResult<()> {
    if v.len() == v.capacity() {
        reserve(v, 1)?;
    }
    v.push(item);
    Ok(())
}

/// A string with room for `n` bytes, or a `MemoryError`.
pub fn string_with_capacity(n: usize) -> PyResult<String> {
    let mut s = String::new();
    reserve_str(&mut s, n)?;
    Ok(s)
}

/// Room for `extra` more bytes in `s`, or a `MemoryError`.
pub fn reserve_str(s: &mut String, extra: usize) -> PyResult<()> {
    let needed = s.len().checked_add(extra).ok_or_else(refused)?;
    if needed <= s.capacity() {
        return Ok(());
    }
    check(needed)?;
    s.try_reserve(extra).map_err(|_| refused())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_requests_pass_and_absurd_ones_fail() {
        assert!(check(100).is_ok());
        assert!(check(usize::MAX / 2).is_err());
        assert!(vec_with_capacity::<u64>(usize::MAX / 16).is_err());
        let mut s = String::from("ab");
        assert!(reserve_str(&mut s, usize::MAX - 1).is_err());
        assert!(reserve_str(&mut s, 10).is_ok());
    }
}
