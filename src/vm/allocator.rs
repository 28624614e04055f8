//! The process's allocator: the system's, with a memory budget and an
//! emergency reserve, so that memory running out is a `MemoryError`, never
//! an abort.
//!
//! `memory` checks every allocation whose size a script decides and asks
//! for it fallibly. What it cannot see is memory used up one small piece at
//! a time (a dict of a hundred million little lists), where the allocation
//! that fails is a 32-byte box deep inside the VM, and Rust aborts the
//! process when any allocation fails. Two things catch that case:
//!
//! - **The budget.** The allocator counts the bytes the process holds
//!   (per thread, added to one total every MiB, so counting costs a
//!   thread-local add). When the total passes `memory`'s budget
//!   (`--max-memory`, or three quarters of the machine's memory), it sets
//!   the `MEMORY` bit in the eval breaker of every interpreter: the next
//!   check point raises `MemoryError`, before the OS kills the process.
//!   Each further sixteenth of the budget raises again.
//! - **The reserve**, for an address-space limit (`ulimit -v`) that is
//!   reached first: a block of address space taken at start-up and never
//!   touched. When a small request fails, the allocator gives the reserve
//!   back, retries (now it succeeds), and signals `MEMORY` the same way.
//!   The reserve is what the traceback and the unwinding run in; once
//!   memory is free again, check points take it back (`rearm`).

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::sync::atomic::{AtomicBool, AtomicIsize, AtomicU32, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, Weak};

/// Eval-breaker bit: memory ran out; the thread that sees it first raises
/// `MemoryError`.
pub const MEMORY: u32 = 16;
/// Eval-breaker bit: the reserve is spent; check points try to take it
/// back.
pub const REARM: u32 = 32;

/// The size of the reserve: room for a traceback, for the unwinding, and
/// for a new thread's allocator arena (64 MiB of address space).
const RESERVE_SIZE: usize = 256 << 20;
/// A thread adds what it allocated to the total once it reaches this.
const FLUSH: isize = 1 << 20;

/// The reserve: untouched memory, so it costs address space, not RAM.
static RESERVE: Mutex<Vec<u8>> = Mutex::new(Vec::new());
/// Whether the reserve is held.
static ARMED: AtomicBool = AtomicBool::new(false);
/// Set when the reserve was spent, until a thread raises for it.
static SPENT: AtomicBool = AtomicBool::new(false);
/// The eval breakers to signal when memory runs out.
static BREAKERS: Mutex<Vec<Weak<AtomicU32>>> = Mutex::new(Vec::new());
/// Bytes the process holds, as far as the threads have reported.
static HELD: AtomicIsize = AtomicIsize::new(0);
/// The budget in bytes (`memory::set_limit`); no budget until one is set.
static BUDGET: AtomicUsize = AtomicUsize::new(usize::MAX);
/// Past this many bytes held, the next report signals `MEMORY`.
static NEXT_SIGNAL: AtomicUsize = AtomicUsize::new(usize::MAX);

thread_local! {
    /// Bytes this thread allocated (or freed) since it last reported.
    static UNREPORTED: Cell<isize> = const { Cell::new(0) };
}

/// The process's allocator: the system allocator, counting what it hands
/// out and spending the reserve when a small request fails.
pub struct Allocator;

// SAFETY: every method forwards to `System`, which upholds `GlobalAlloc`'s
// contract, with the caller's own arguments. Around that the allocator
// only counts (a `const` thread-local without destructor, and atomics),
// frees the reserve (a `Vec` dropped through this same allocator, which
// forwards to `System::dealloc`) and stores to atomics; none of it
// allocates, so no allocation is re-entered, and `try_lock` keeps a
// failure inside `rearm` or `watch` (which hold the locks) from
// deadlocking. This cannot be done without `unsafe`: stable Rust offers no
// other way to see an allocation fail before the process aborts.
unsafe impl GlobalAlloc for Allocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as documented for `GlobalAlloc::alloc`, forwarded.
        with_retry(layout.size(), layout.size() as isize, || unsafe {
            System.alloc(layout)
        })
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as documented for `GlobalAlloc::alloc_zeroed`, forwarded.
        with_retry(layout.size(), layout.size() as isize, || unsafe {
            System.alloc_zeroed(layout)
        })
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` came from `System` through this allocator.
        unsafe { System.dealloc(ptr, layout) };
        count(-(layout.size() as isize));
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: `ptr` came from `System` through this allocator; on
        // failure it is left as it was, so the retry may use it.
        let grown = new_size as isize - layout.size() as isize;
        with_retry(new_size, grown, || unsafe {
            System.realloc(ptr, layout, new_size)
        })
    }
}

/// Runs `request` (one call to `System` for `size` bytes); if it fails,
/// spends the reserve and runs it once more. Counts `delta` bytes when it
/// succeeds.
#[inline]
fn with_retry(size: usize, delta: isize, request: impl Fn() -> *mut u8) -> *mut u8 {
    let mut p = request();
    if p.is_null() && spend_reserve(size) {
        p = request();
    }
    if !p.is_null() {
        count(delta);
    }
    p
}

/// Counts `delta` bytes allocated (or freed, when negative).
#[inline]
fn count(delta: isize) {
    let _ = UNREPORTED.try_with(|unreported| {
        let pending = unreported.get() + delta;
        if pending.abs() < FLUSH {
            unreported.set(pending);
        } else {
            unreported.set(0);
            report(pending);
        }
    });
}

/// Adds a thread's count to the total; signals `MEMORY` when the total
/// passes the next mark.
#[cold]
fn report(pending: isize) {
    let held = (HELD.fetch_add(pending, Ordering::Relaxed) + pending).max(0) as usize;
    let budget = BUDGET.load(Ordering::Relaxed);
    let next = NEXT_SIGNAL.load(Ordering::Relaxed);
    if held > next {
        let mark = held.saturating_add(budget / 16);
        if NEXT_SIGNAL
            .compare_exchange(next, mark, Ordering::Relaxed, Ordering::Relaxed)
            .is_ok()
        {
            signal();
        }
    } else if pending < 0 && next != budget && held < budget - budget / 16 {
        // Memory was given back: the budget's own mark again.
        NEXT_SIGNAL.store(budget, Ordering::Relaxed);
    }
}

/// Sets the `MEMORY` bit in every interpreter's eval breaker.
fn signal() {
    if let Ok(breakers) = BREAKERS.try_lock() {
        for breaker in breakers.iter().filter_map(Weak::upgrade) {
            breaker.fetch_or(MEMORY, Ordering::Release);
        }
    }
}

/// A request of `size` bytes failed: gives the reserve back and signals.
/// Returns whether a retry may succeed. Large requests go through
/// `memory`, which reports their failure itself.
fn spend_reserve(size: usize) -> bool {
    if size >= crate::vm::memory::SMALL || !ARMED.swap(false, Ordering::AcqRel) {
        return false;
    }
    SPENT.store(true, Ordering::Release);
    if let Ok(mut reserve) = RESERVE.try_lock() {
        drop(std::mem::take(&mut *reserve));
        // Freeing it was counted; holding it was not.
        HELD.fetch_add(RESERVE_SIZE as isize, Ordering::Relaxed);
    }
    if let Ok(breakers) = BREAKERS.try_lock() {
        for breaker in breakers.iter().filter_map(Weak::upgrade) {
            breaker.fetch_or(MEMORY | REARM, Ordering::Release);
        }
    }
    true
}

/// A `MemoryError` is being raised for a request `memory` refused: a
/// signal pending for the same exhaustion would raise a second one, in
/// the `except` clause that handles the first, so it is withdrawn, and the
/// next signal waits for a sixteenth of the budget more.
pub fn acknowledge() {
    // The handling gets the same headroom as after a signal.
    let budget = BUDGET.load(Ordering::Relaxed);
    let mark = held().saturating_add(budget / 16);
    NEXT_SIGNAL.fetch_max(mark.max(budget), Ordering::Relaxed);
    if let Ok(breakers) = BREAKERS.try_lock() {
        for breaker in breakers.iter().filter_map(Weak::upgrade) {
            breaker.fetch_and(!MEMORY, Ordering::Release);
        }
    }
}

/// A check point found the `MEMORY` bit: whether memory is still short,
/// so that it must raise. A signal from the budget can come while memory
/// is being freed (dropping a large container queues its items first) and
/// be stale by the check point; a spent reserve always raises.
pub fn still_short() -> bool {
    SPENT.swap(false, Ordering::AcqRel) || held() > BUDGET.load(Ordering::Relaxed)
}

/// Bytes the process holds (within a MiB per thread).
pub fn held() -> usize {
    HELD.load(Ordering::Relaxed).max(0) as usize
}

/// Sets the budget the total is held to.
pub fn set_budget(bytes: usize) {
    BUDGET.store(bytes, Ordering::Relaxed);
    NEXT_SIGNAL.store(bytes, Ordering::Relaxed);
}

/// Takes the reserve (back). Returns whether it is held now.
pub fn rearm() -> bool {
    if ARMED.load(Ordering::Acquire) {
        return true;
    }
    let Ok(mut reserve) = RESERVE.try_lock() else {
        return false;
    };
    // Untouched address space: not counted against the budget (taken off
    // first, so that taking it never looks like passing the budget).
    HELD.fetch_sub(RESERVE_SIZE as isize, Ordering::Relaxed);
    let mut block = Vec::new();
    if block.try_reserve_exact(RESERVE_SIZE).is_err() {
        HELD.fetch_add(RESERVE_SIZE as isize, Ordering::Relaxed);
        return false;
    }
    *reserve = block;
    ARMED.store(true, Ordering::Release);
    true
}

/// Signals `breaker` when memory runs out (one per interpreter), and takes
/// the reserve if it is not held yet.
pub fn watch(breaker: &Arc<AtomicU32>) {
    if let Ok(mut breakers) = BREAKERS.lock() {
        breakers.retain(|b| b.strong_count() > 0);
        breakers.push(Arc::downgrade(breaker));
    }
    rearm();
}
