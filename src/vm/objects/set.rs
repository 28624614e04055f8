//! `set` and `frozenset` objects.
//!
//! A set's elements come out in the order of the slots of its hash table,
//! so printing `{10, 3, 5}` or popping an element shows where each one
//! landed. To print what CPython prints, `SetTable` is CPython's table
//! (Objects/setobject.c) re-implemented slot for slot: 8 slots to start
//! with, up to 9 linear probes and then a perturbed jump, deleted slots
//! left as dummies, a resize when the table is three-fifths full, and the
//! same shortcuts where one set is merged into another. Ints, floats,
//! tuples of them, `True` and `None` hash as in CPython (`dict::hash_value`),
//! so sets of them iterate in CPython's order; strings hash differently
//! (CPython randomises them), so their order differs but is stable.
//!
//! A mutable set keeps its table behind the object's own lock, as a list or
//! dict does. A frozenset never changes once made, so its table needs no
//! lock: comparing two frozensets, which happens under a dict's or a set's
//! lock when one is an element or key, then takes no second lock and
//! cannot deadlock with a thread comparing them the other way round.

use std::sync::Arc;

use crate::vm::objects::dict::keys_equal;
use crate::vm::objects::exceptions::{memory_error, PyResult};
use crate::vm::value::{ObjectLock, Value};

/// Slots of a new table (CPython's `PySet_MINSIZE`).
const MIN_SIZE: usize = 8;
/// Slots probed one after another before jumping (`LINEAR_PROBES`).
const LINEAR_PROBES: usize = 9;
/// How fast the high bits of the hash join the jumps (`PERTURB_SHIFT`).
const PERTURB_SHIFT: u32 = 5;
/// The hash of a deleted slot; no element hashes to -1.
const DUMMY: i64 = -1;

/// One slot: an element with its hash, or none (`Value::Undef`), either
/// never used (hash 0) or deleted (hash -1).
#[derive(Clone)]
pub struct Entry {
    pub hash: i64,
    pub key: Value,
}

impl Entry {
    const EMPTY: Entry = Entry {
        hash: 0,
        key: Value::Undef,
    };

    #[inline]
    pub fn is_active(&self) -> bool {
        !matches!(self.key, Value::Undef)
    }

    #[inline]
    fn is_empty(&self) -> bool {
        self.hash == 0 && !self.is_active()
    }
}

/// CPython's set table. `fill` counts active and deleted slots, `used`
/// the active ones; `finger` is where the next `pop` starts looking.
#[derive(Clone)]
pub struct SetTable {
    slots: Vec<Entry>,
    fill: usize,
    used: usize,
    finger: usize,
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable::new()
    }
}

/// The slots a probe for `hash` visits, in order, in a table of `mask + 1`
/// slots: runs of up to `LINEAR_PROBES + 1` neighbours, then a jump. The
/// jumps end in the full-period sequence `i * 5 + 1`, so every slot is
/// reached and a probe stops at the first empty slot, which the
/// three-fifths load limit guarantees.
struct Probe {
    mask: usize,
    perturb: u64,
    start: usize,
    offset: usize,
    run: usize,
}

impl Probe {
    fn new(hash: i64, mask: usize) -> Probe {
        let start = (hash as u64 & mask as u64) as usize;
        Probe {
            mask,
            perturb: hash as u64,
            start,
            offset: 0,
            run: run_length(start, mask),
        }
    }

    /// The next slot to look at.
    fn next(&mut self) -> usize {
        if self.offset > self.run {
            self.perturb >>= PERTURB_SHIFT;
            let i = (self.start as u64)
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(self.perturb);
            self.start = (i & self.mask as u64) as usize;
            self.offset = 0;
            self.run = run_length(self.start, self.mask);
        }
        let slot = self.start + self.offset;
        self.offset += 1;
        slot
    }
}

/// How many neighbours after slot `i` a probe also looks at: the linear
/// probes, unless they would run off the end of the table.
fn run_length(i: usize, mask: usize) -> usize {
    if i + LINEAR_PROBES <= mask {
        LINEAR_PROBES
    } else {
        0
    }
}

/// Puts an element into a slot that holds none: the slot's old value is
/// `Undef`, so it is forgotten rather than run through the drop glue.
#[inline]
fn place(slot: &mut Entry, hash: i64, key: Value) {
    std::mem::replace(slot, Entry { hash, key }).key.discard();
}

/// Places an element known to be absent in a table with no deleted slots
/// (`set_insert_clean`): the first empty slot of its probe.
fn insert_clean(slots: &mut [Entry], hash: i64, key: Value) {
    let mut probe = Probe::new(hash, slots.len() - 1);
    loop {
        let i = probe.next();
        if !slots[i].is_active() {
            place(&mut slots[i], hash, key);
            return;
        }
    }
}

/// The size a table grows to after an insertion fills it
/// (`set_add_entry`'s rule, also used after a large difference).
fn grown(used: usize) -> usize {
    if used > 50_000 {
        used * 2
    } else {
        used * 4
    }
}

impl SetTable {
    pub fn new() -> SetTable {
        SetTable {
            slots: vec![Entry::EMPTY; MIN_SIZE],
            fill: 0,
            used: 0,
            finger: 0,
        }
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// The elements with their hashes, in slot order: the iteration order.
    pub fn entries(&self) -> impl Iterator<Item = &Entry> {
        self.slots.iter().filter(|e| e.is_active())
    }

    /// The elements in iteration order.
    pub fn keys(&self) -> Vec<Value> {
        self.entries().map(|e| e.key.clone()).collect()
    }

    /// The first element at or after slot `pos`, with the slot after it:
    /// one step of an iterator (`setiter_iternext`).
    pub fn next_from(&self, pos: usize) -> Option<(usize, Value)> {
        let i = (pos..self.slots.len()).find(|&i| self.slots[i].is_active())?;
        Some((i + 1, self.slots[i].key.clone()))
    }

    /// The slot holding an element equal to `key` (`set_lookkey`).
    fn find(&self, hash: i64, key: &Value) -> Option<usize> {
        let mut probe = Probe::new(hash, self.mask());
        loop {
            let i = probe.next();
            let e = &self.slots[i];
            if e.is_empty() {
                return None;
            }
            if e.hash == hash && e.is_active() && keys_equal(&e.key, key) {
                return Some(i);
            }
        }
    }

    pub fn contains(&self, hash: i64, key: &Value) -> bool {
        self.find(hash, key).is_some()
    }

    /// Adds `key` unless an equal element is there (`set_add_entry`): into
    /// the last deleted slot its probe passed, else the empty slot that
    /// ended it, growing the table when that makes it three-fifths full.
    /// Returns whether it was added; a table that cannot grow is a
    /// `MemoryError`.
    pub fn add(&mut self, hash: i64, key: Value) -> PyResult<bool> {
        let mask = self.mask();
        let mut probe = Probe::new(hash, mask);
        let mut freeslot = None;
        let empty = loop {
            let i = probe.next();
            let e = &self.slots[i];
            if e.is_empty() {
                break i;
            }
            if e.hash == hash {
                if keys_equal(&e.key, &key) {
                    return Ok(false);
                }
            } else if e.hash == DUMMY && !e.is_active() {
                freeslot = Some(i);
            }
        };
        if let Some(i) = freeslot {
            self.used += 1;
            place(&mut self.slots[i], hash, key);
            return Ok(true);
        }
        place(&mut self.slots[empty], hash, key);
        self.used += 1;
        self.fill += 1;
        if self.fill * 5 >= mask * 3 {
            if let Err(e) = self.resize(grown(self.used)) {
                // The table cannot grow: take the new element out again,
                // leaving the table as it was.
                let taken = std::mem::replace(&mut self.slots[empty], Entry::EMPTY);
                self.used -= 1;
                self.fill -= 1;
                taken.key.discard();
                return Err(e);
            }
        }
        Ok(true)
    }

    /// Rebuilds the table with the smallest power-of-two size above
    /// `minused` (`set_table_resize`), dropping the deleted slots. A small
    /// table with nothing deleted is left as it is.
    fn resize(&mut self, minused: usize) -> PyResult<()> {
        let mut size = MIN_SIZE;
        while size <= minused {
            size = size.checked_shl(1).ok_or_else(memory_error)?;
        }
        if size == MIN_SIZE && self.slots.len() == MIN_SIZE && self.fill == self.used {
            return Ok(());
        }
        let mut slots = crate::vm::memory::vec_with_capacity(size)?;
        slots.resize(size, Entry::EMPTY);
        let old = std::mem::replace(&mut self.slots, slots);
        self.fill = self.used;
        for e in old {
            if e.is_active() {
                insert_clean(&mut self.slots, e.hash, e.key);
            } else {
                e.key.discard();
            }
        }
        Ok(())
    }

    /// Removes the element equal to `key`, leaving a deleted slot
    /// (`set_discard_entry`), and returns it, to be dropped once no lock
    /// is held.
    pub fn discard(&mut self, hash: i64, key: &Value) -> Option<Value> {
        let i = self.find(hash, key)?;
        let old = std::mem::replace(
            &mut self.slots[i],
            Entry {
                hash: DUMMY,
                key: Value::Undef,
            },
        );
        self.used -= 1;
        Some(old.key)
    }

    /// Removes and returns the first element from the finger on, wrapping
    /// around (`set_pop`).
    pub fn pop(&mut self) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = self.finger & mask;
        while !self.slots[i].is_active() {
            i = if i == mask { 0 } else { i + 1 };
        }
        let old = std::mem::replace(
            &mut self.slots[i],
            Entry {
                hash: DUMMY,
                key: Value::Undef,
            },
        );
        self.used -= 1;
        self.finger = i + 1;
        Some(old.key)
    }

    /// Empties the table back to 8 slots (`set_clear_internal`; the finger
    /// stays), handing back the old slots to drop outside any lock.
    pub fn clear(&mut self) -> Vec<Entry> {
        self.fill = 0;
        self.used = 0;
        std::mem::replace(&mut self.slots, vec![Entry::EMPTY; MIN_SIZE])
    }

    /// Takes `other`'s elements, layout and counts, keeping this table's
    /// finger: CPython's `set_swap_bodies`, which in-place intersection
    /// uses. Returns the old slots to drop outside any lock.
    pub fn replace_body(&mut self, other: SetTable) -> Vec<Entry> {
        self.fill = other.fill;
        self.used = other.used;
        std::mem::replace(&mut self.slots, other.slots)
    }

    /// Adds every element of another table (`set_merge`): one resize up
    /// front, then a copy slot for slot when this table is empty and the
    /// same size, a clean insertion when it is only empty, else adds.
    pub fn merge(&mut self, other: &SetTable) -> PyResult<()> {
        if other.used == 0 {
            return Ok(());
        }
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2)?;
        }
        if self.fill == 0 && self.mask() == other.mask() && other.fill == other.used {
            for (mine, theirs) in self.slots.iter_mut().zip(&other.slots) {
                if theirs.is_active() {
                    place(mine, theirs.hash, theirs.key.clone());
                }
            }
            self.fill = other.fill;
            self.used = other.used;
            return Ok(());
        }
        if self.fill == 0 {
            self.fill = other.used;
            self.used = other.used;
            for e in other.entries() {
                insert_clean(&mut self.slots, e.hash, e.key.clone());
            }
            return Ok(());
        }
        for e in other.entries() {
            self.add(e.hash, e.key.clone())?;
        }
        Ok(())
    }

    /// Adds a dict's keys, given with their hashes in the dict's order
    /// (`set_update_internal` on a dict): one resize up front, then adds.
    pub fn merge_keys(&mut self, keys: Vec<(i64, Value)>) -> PyResult<()> {
        if (self.fill + keys.len()) * 5 >= self.mask() * 3 {
            self.resize((self.used + keys.len()) * 2)?;
        }
        for (hash, key) in keys {
            self.add(hash, key)?;
        }
        Ok(())
    }

    /// After removing many elements: rebuild when more than a quarter of
    /// the slots are deleted ones (the end of
    /// `set_difference_update_internal`).
    pub fn purge_dummies(&mut self) -> PyResult<()> {
        if self.fill - self.used > self.mask() / 4 {
            self.resize(grown(self.used))?;
        }
        Ok(())
    }

    /// CPython's `frozenset_hash`: the elements' hashes, bit-shuffled and
    /// xored (so the order does not matter), mixed with the size.
    pub fn frozen_hash(&self) -> i64 {
        fn shuffle(h: u64) -> u64 {
            ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167)
        }
        let mut hash: u64 = 0;
        for e in self.entries() {
            hash ^= shuffle(e.hash as u64);
        }
        hash ^= (self.used as u64 + 1).wrapping_mul(1_927_868_237);
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash.wrapping_mul(69_069).wrapping_add(907_133_923);
        if hash == u64::MAX {
            hash = 590_923_713;
        }
        hash as i64
    }

    /// Empties the table without allocating, handing back its values
    /// (for dropping).
    fn take_keys(&mut self) -> Vec<Value> {
        let mut keys = Vec::with_capacity(self.used);
        self.fill = 0;
        self.used = 0;
        for e in std::mem::take(&mut self.slots) {
            if e.is_active() {
                keys.push(e.key);
            } else {
                e.key.discard();
            }
        }
        keys
    }
}

/// How deeply frozensets and tuples nest inside a key: hashing refuses
/// keys nested deeper than `dict`'s limit, which bounds the recursion of
/// every later comparison of them (`dict::keys_equal`).
pub fn key_depth(v: &Value) -> usize {
    match v {
        Value::Tuple(t) => 1 + t.items.iter().map(key_depth).max().unwrap_or(0),
        Value::Set(s) => s.depth(),
        _ => 0,
    }
}

/// Whether two sets hold equal elements (`set == frozenset` included):
/// the same size and every element of one in the other. No Python code
/// runs, as elements are hashable built-in values.
pub fn same_elements(x: &PySet, y: &PySet) -> bool {
    if std::ptr::eq(x, y) {
        return true;
    }
    if let (Some(a), Some(b)) = (x.hash(), y.hash()) {
        if a != b {
            return false;
        }
    }
    x.read_detached(|xs| {
        y.read(|ys| xs.len() == ys.len() && xs.entries().all(|e| ys.contains(e.hash, &e.key)))
    })
}

/// A `set` or a `frozenset`. One `Value` variant serves both: the frozen
/// flag is which body it has, and every operation that reads elements
/// reads a `SetTable` either way (`read`).
pub struct PySet {
    body: Body,
}

enum Body {
    Mutable(ObjectLock<SetTable>),
    /// Never changed once made, so read without a lock; its hash and
    /// nesting depth are computed once.
    Frozen {
        table: SetTable,
        hash: i64,
        depth: usize,
    },
}

impl PySet {
    pub fn mutable(table: SetTable) -> PySet {
        PySet {
            body: Body::Mutable(ObjectLock::new(table)),
        }
    }

    pub fn frozen(table: SetTable) -> PySet {
        let hash = table.frozen_hash();
        let depth = 1 + table
            .entries()
            .map(|e| key_depth(&e.key))
            .max()
            .unwrap_or(0);
        PySet {
            body: Body::Frozen { table, hash, depth },
        }
    }

    pub fn is_frozen(&self) -> bool {
        matches!(self.body, Body::Frozen { .. })
    }

    /// Runs `f` on the table: under the lock for a set, directly for a
    /// frozenset. `f` must not run Python code or take another set's lock.
    pub fn read<R>(&self, f: impl FnOnce(&SetTable) -> R) -> R {
        match &self.body {
            Body::Mutable(t) => f(&t.lock()),
            Body::Frozen { table, .. } => f(table),
        }
    }

    /// A set's lock; `None` for a frozenset, which has none.
    pub fn table_lock(&self) -> Option<&ObjectLock<SetTable>> {
        match &self.body {
            Body::Mutable(t) => Some(t),
            Body::Frozen { .. } => None,
        }
    }

    /// Runs `f` on a set's table under its lock; `None` for a frozenset.
    pub fn write<R>(&self, f: impl FnOnce(&mut SetTable) -> R) -> Option<R> {
        self.table_lock().map(|t| f(&mut t.lock()))
    }

    pub fn len(&self) -> usize {
        self.read(SetTable::len)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// A copy of the table, to work on with no lock held.
    pub fn snapshot(&self) -> SetTable {
        self.read(SetTable::clone)
    }

    /// Runs `f` on the table with no lock of this set held: a frozenset's
    /// own table, or a copy of a set's. `f` may then read another set
    /// (under that one's lock) without two locks ever being held.
    pub fn read_detached<R>(&self, f: impl FnOnce(&SetTable) -> R) -> R {
        match &self.body {
            Body::Mutable(_) => f(&self.snapshot()),
            Body::Frozen { table, .. } => f(table),
        }
    }

    /// The elements in iteration order.
    pub fn keys(&self) -> Vec<Value> {
        self.read(SetTable::keys)
    }

    /// The elements whose hash is `hash`.
    pub fn with_hash(&self, hash: i64) -> Vec<Value> {
        self.read(|t| {
            t.entries()
                .filter(|e| e.hash == hash)
                .map(|e| e.key.clone())
                .collect()
        })
    }

    /// A frozenset's hash; `None` for a (mutable, unhashable) set.
    pub fn hash(&self) -> Option<i64> {
        match &self.body {
            Body::Frozen { hash, .. } => Some(*hash),
            Body::Mutable(_) => None,
        }
    }

    /// How deeply frozensets and tuples nest in this frozenset (1 for one
    /// of numbers); 0 for a set.
    pub fn depth(&self) -> usize {
        match &self.body {
            Body::Frozen { depth, .. } => *depth,
            Body::Mutable(_) => 0,
        }
    }
}

impl Drop for PySet {
    fn drop(&mut self) {
        let table = match &mut self.body {
            Body::Mutable(t) => t.get_mut(),
            Body::Frozen { table, .. } => table,
        };
        crate::vm::drop::drop_later(table.take_keys());
    }
}

/// A new `set` value.
pub fn set_value(table: SetTable) -> Value {
    Value::Set(Arc::new(PySet::mutable(table)))
}

/// A new `frozenset` value.
pub fn frozenset_value(table: SetTable) -> Value {
    Value::Set(Arc::new(PySet::frozen(table)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vm::objects::dict::hash_value;

    fn table_of(items: &[i64]) -> SetTable {
        let mut t = SetTable::new();
        for &i in items {
            let v = Value::Int(i);
            assert!(t.add(hash_value(&v).unwrap(), v).is_ok());
        }
        t
    }

    fn ints(t: &SetTable) -> Vec<i64> {
        t.entries()
            .map(|e| match e.key {
                Value::Int(i) => i,
                _ => panic!("not an int"),
            })
            .collect()
    }

    // Orders checked against python3: `s = set(); s.add(...)`.
    #[test]
    fn iteration_follows_cpythons_slots() {
        assert_eq!(ints(&table_of(&[10, 3, 5])), [10, 3, 5]);
        assert_eq!(ints(&table_of(&[100, 1, 2])), [1, 2, 100]);
        assert_eq!(ints(&table_of(&[10, 20, 30, 40, 50])), [40, 10, 50, 20, 30]);
    }

    #[test]
    fn an_insertion_reuses_the_last_deleted_slot_it_passed() {
        let mut t = table_of(&[1, 2, 3, 20, 21]);
        for k in [1, 3] {
            let v = Value::Int(k);
            assert!(t.discard(hash_value(&v).unwrap(), &v).is_some());
        }
        assert_eq!(t.add(33, Value::Int(33)).ok(), Some(true));
        assert_eq!(ints(&t), [2, 33, 20, 21]);
    }

    #[test]
    fn pop_walks_from_the_finger() {
        let mut t = table_of(&[5, 1, 9]);
        let popped: Vec<Value> = (0..3).filter_map(|_| t.pop()).collect();
        assert_eq!(format!("{popped:?}"), "[1, 5, 9]");
        assert!(t.pop().is_none());
    }

    #[test]
    fn frozenset_hashes_match_cpython() {
        assert_eq!(SetTable::new().frozen_hash(), 133_146_708_735_736);
        assert_eq!(table_of(&[1, 2]).frozen_hash(), -1_826_646_154_956_904_602);
    }
}
