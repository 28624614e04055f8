//! The hash table behind a dict: CPython's compact layout.
//!
//! Entries (hash, key, value) sit in a vector in insertion order; a
//! separate index of `u32` slots, a power of two long, maps a hash to the
//! entry's position. A lookup that hits on its first probe reads one slot
//! and one entry. Deleting leaves a hole in the entries and a `DELETED`
//! mark in the index, so `del d[k]` is O(1) and the order of the rest is
//! kept; holes go when the table is rebuilt, which happens once the
//! entries (holes included) fill two thirds of the index.
//!
//! Probing follows CPython's dict (`Objects/dictobject.c`): start at
//! `hash & mask`, then jump to `i * 5 + perturb + 1` with `perturb` the
//! hash shifted right 5 bits more at every step, so that all the hash's
//! bits take part and every slot is eventually reached. Small ints hash to
//! themselves and so land in consecutive slots.
//!
//! The layout is not observable from Python (iteration follows insertion
//! order either way); what it buys is speed, and deletions that keep order
//! without shifting the entries after them.

use crate::vm::objects::dict::keys_equal;
use crate::vm::objects::exceptions::PyResult;
use crate::vm::value::Value;

/// An index slot never used since the last rebuild: a probe stops here.
const EMPTY: u32 = u32::MAX;
/// An index slot whose entry was deleted: a probe goes on past it.
const DELETED: u32 = u32::MAX - 1;
/// Index slots of the first table (CPython's `PyDict_MINSIZE`).
const MIN_SIZE: usize = 8;
/// How fast the high bits of the hash join the jumps (`PERTURB_SHIFT`).
const PERTURB_SHIFT: u32 = 5;

/// One entry: a key with its Python hash, and its value.
#[derive(Clone)]
pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

/// A dict's table: the index, the entries in insertion order (`None` where
/// one was deleted), how many entries are live, and how many index slots
/// are not `EMPTY` (live or `DELETED`).
#[derive(Clone, Default)]
pub struct DictTable {
    index: Vec<u32>,
    entries: Vec<Option<Entry>>,
    used: usize,
    filled: usize,
}

/// Where a probe for a key ended.
enum Probe {
    /// The key is at this entry position.
    Found(usize),
    /// The key is absent.
    Absent,
}

/// How many entries (holes included) an index of `size` slots takes
/// before it is rebuilt: two thirds, so a probe always meets an empty slot.
fn usable(size: usize) -> usize {
    size * 2 / 3
}

/// The index size for `n` live entries after a rebuild: the smallest power
/// of two with room for `3 n` (CPython's growth rate), at least `MIN_SIZE`.
fn size_for(n: usize) -> Option<usize> {
    n.checked_mul(3)?.max(MIN_SIZE).checked_next_power_of_two()
}

impl DictTable {
    pub fn new() -> DictTable {
        DictTable::default()
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// The slots a probe for `hash` visits: `hash & mask` first, then
    /// CPython's perturbed jumps. The caller stops at what it looks for.
    #[inline(always)]
    fn probe(hash: i64, mask: usize) -> impl FnMut() -> usize {
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut first = true;
        move || {
            if first {
                first = false;
            } else {
                perturb >>= PERTURB_SHIFT;
                i = (i
                    .wrapping_mul(5)
                    .wrapping_add(perturb as usize)
                    .wrapping_add(1))
                    & mask;
            }
            i
        }
    }

    /// The position of `key`'s entry, if it is in the table.
    ///
    /// **The first probe is inline.** Most lookups end at the key's home
    /// slot: found there, or the slot is empty. Only a collision calls the
    /// out-of-line loop, so a hit costs the caller one index read and one
    /// entry comparison, not a call that saves half a dozen registers.
    #[inline(always)]
    fn find(&self, hash: i64, key: &Value) -> Probe {
        if self.used == 0 {
            return Probe::Absent;
        }
        let home = (hash as u64 as usize) & (self.index.len() - 1);
        match self.index[home] {
            EMPTY => Probe::Absent,
            ix if (ix as usize) < self.entries.len() => match &self.entries[ix as usize] {
                Some(e) if e.hash == hash && keys_equal(&e.key, key) => Probe::Found(ix as usize),
                _ => self.find_beyond_home(hash, key),
            },
            _ => self.find_beyond_home(hash, key),
        }
    }

    /// `find` past the home slot, which held another key or a deleted one.
    #[inline(never)]
    fn find_beyond_home(&self, hash: i64, key: &Value) -> Probe {
        let mut next = Self::probe(hash, self.index.len() - 1);
        next();
        loop {
            match self.index[next()] {
                EMPTY => return Probe::Absent,
                DELETED => {}
                ix => {
                    let ix = ix as usize;
                    if let Some(e) = &self.entries[ix] {
                        if e.hash == hash && keys_equal(&e.key, key) {
                            return Probe::Found(ix);
                        }
                    }
                }
            }
        }
    }

    #[inline]
    pub fn get(&self, hash: i64, key: &Value) -> Option<&Value> {
        match self.find(hash, key) {
            Probe::Found(ix) => self.entries[ix].as_ref().map(|e| &e.value),
            Probe::Absent => None,
        }
    }

    #[inline]
    pub fn contains(&self, hash: i64, key: &Value) -> bool {
        matches!(self.find(hash, key), Probe::Found(_))
    }

    /// `d[key] = value` with a borrowed key: the value it replaced, if the
    /// key was there (the key is cloned only when it is new).
    #[inline]
    pub fn insert_ref(&mut self, hash: i64, key: &Value, value: Value) -> PyResult<Option<Value>> {
        if let Probe::Found(ix) = self.find(hash, key) {
            if let Some(e) = &mut self.entries[ix] {
                return Ok(Some(std::mem::replace(&mut e.value, value)));
            }
        }
        self.append(hash, key.clone(), value)?;
        Ok(None)
    }

    /// `d[key] = value`: the value it replaced, if the key was there (the
    /// stored key stays, as in CPython).
    pub fn insert(&mut self, hash: i64, key: Value, value: Value) -> PyResult<Option<Value>> {
        if let Probe::Found(ix) = self.find(hash, &key) {
            if let Some(e) = &mut self.entries[ix] {
                return Ok(Some(std::mem::replace(&mut e.value, value)));
            }
        }
        self.append(hash, key, value)?;
        Ok(None)
    }

    /// `d.setdefault(key, default)`: the value now stored for `key`.
    pub fn get_or_insert(&mut self, hash: i64, key: Value, default: Value) -> PyResult<Value> {
        if let Probe::Found(ix) = self.find(hash, &key) {
            if let Some(e) = &self.entries[ix] {
                return Ok(e.value.clone());
            }
        }
        self.append(hash, key, default.clone())?;
        Ok(default)
    }

    /// Adds an entry for a key known to be absent, rebuilding the table
    /// first when it is full.
    ///
    /// The table is full when either the entries (holes included) or the
    /// used index slots reach two thirds of the index: the first bounds
    /// the entries' vector, the second keeps an empty slot in every
    /// probe's way (`popitem` shortens the entries but leaves its slot
    /// `DELETED`).
    fn append(&mut self, hash: i64, key: Value, value: Value) -> PyResult<()> {
        let room = usable(self.index.len());
        if self.entries.len() >= room || self.filled >= room {
            self.rebuild(self.used + 1)?;
        }
        let pos = self.entries.len();
        // Within capacity: `rebuild` reserved `usable` entries.
        self.entries.push(Some(Entry { hash, key, value }));
        let slot = self.free_slot(hash);
        if self.index[slot] == EMPTY {
            self.filled += 1;
        }
        self.index[slot] = pos as u32;
        self.used += 1;
        Ok(())
    }

    /// The first slot of `hash`'s probe that holds no entry (empty or
    /// deleted), where a new entry's position goes.
    #[inline]
    fn free_slot(&self, hash: i64) -> usize {
        let mut next = Self::probe(hash, self.index.len() - 1);
        loop {
            let slot = next();
            if matches!(self.index[slot], EMPTY | DELETED) {
                return slot;
            }
        }
    }

    /// Makes a new index with room for `n` live entries and packs the
    /// entries into it, dropping the holes; a `MemoryError` leaves the
    /// table as it was.
    fn rebuild(&mut self, n: usize) -> PyResult<()> {
        let size = size_for(n).ok_or_else(crate::vm::memory::refused)?;
        if size > EMPTY as usize / 2 {
            return Err(crate::vm::memory::refused());
        }
        let room = usable(size);
        let bytes = size * std::mem::size_of::<u32>() + room * std::mem::size_of::<Option<Entry>>();
        crate::vm::memory::check(bytes)?;
        let mut index = Vec::new();
        index
            .try_reserve_exact(size)
            .map_err(|_| crate::vm::memory::refused())?;
        let mut entries = Vec::new();
        entries
            .try_reserve_exact(room)
            .map_err(|_| crate::vm::memory::refused())?;
        index.resize(size, EMPTY);
        entries.extend(self.entries.drain(..).filter(Option::is_some));
        self.index = index;
        for (pos, e) in entries.iter().enumerate() {
            let slot = self.free_slot(e.as_ref().map_or(0, |e| e.hash));
            self.index[slot] = pos as u32;
        }
        self.filled = entries.len();
        self.entries = entries;
        Ok(())
    }

    /// Removes `key`, keeping the order of the rest: its value, if it was
    /// there.
    pub fn remove(&mut self, hash: i64, key: &Value) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let mut next = Self::probe(hash, self.index.len() - 1);
        loop {
            let slot = next();
            match self.index[slot] {
                EMPTY => return None,
                DELETED => {}
                ix => {
                    let ix = ix as usize;
                    let hit = matches!(&self.entries[ix],
                        Some(e) if e.hash == hash && keys_equal(&e.key, key));
                    if hit {
                        self.index[slot] = DELETED;
                        self.used -= 1;
                        // The hole stays until the next rebuild: the
                        // entries' count bounds the used index slots, which
                        // keeps an empty slot in every probe's way.
                        return self.entries[ix].take().map(|e| e.value);
                    }
                }
            }
        }
    }

    /// Removes the last entry and returns it (`d.popitem()`, LIFO as in
    /// CPython). Trailing holes go with it, so popping every item is
    /// linear.
    pub fn pop_last(&mut self) -> Option<Entry> {
        while let Some(last) = self.entries.pop() {
            let Some(e) = last else { continue };
            let pos = self.entries.len() as u32;
            let mut next = Self::probe(e.hash, self.index.len() - 1);
            loop {
                let slot = next();
                if self.index[slot] == pos {
                    self.index[slot] = DELETED;
                    break;
                }
            }
            self.used -= 1;
            while matches!(self.entries.last(), Some(None)) {
                self.entries.pop();
            }
            return Some(e);
        }
        None
    }

    /// The live entries, in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().flatten()
    }

    /// The first live entry at or after position `pos`, with the position
    /// after it: an iterator's step.
    pub fn entry_from(&self, pos: usize) -> Option<(usize, &Entry)> {
        let rest = self.entries.get(pos..)?;
        rest.iter()
            .enumerate()
            .find_map(|(i, e)| e.as_ref().map(|e| (pos + i + 1, e)))
    }

    /// Takes every entry out, leaving the table empty.
    pub fn into_entries(self) -> impl Iterator<Item = Entry> {
        self.entries.into_iter().flatten()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vm::objects::dict::hash_value;

    fn table_of(keys: impl IntoIterator<Item = i64>) -> DictTable {
        let mut t = DictTable::new();
        for k in keys {
            let key = Value::Int(k);
            t.insert(hash_value(&key).unwrap(), key, Value::Int(k * 10))
                .unwrap();
        }
        t
    }

    fn keys(t: &DictTable) -> Vec<i64> {
        t.iter()
            .map(|e| match e.key {
                Value::Int(i) => i,
                _ => panic!("not an int key"),
            })
            .collect()
    }

    fn get(t: &DictTable, k: i64) -> Option<i64> {
        let key = Value::Int(k);
        t.get(hash_value(&key).unwrap(), &key).map(|v| match v {
            Value::Int(i) => *i,
            _ => panic!("not an int value"),
        })
    }

    fn remove(t: &mut DictTable, k: i64) -> bool {
        let key = Value::Int(k);
        t.remove(hash_value(&key).unwrap(), &key).is_some()
    }

    #[test]
    fn keeps_insertion_order_through_growth() {
        let order: Vec<i64> = (0..1000).map(|i| (i * 7919) % 1000).collect();
        let t = table_of(order.clone());
        assert_eq!(t.len(), 1000);
        assert_eq!(keys(&t), order);
        for k in 0..1000 {
            assert_eq!(get(&t, k), Some(k * 10));
        }
        assert_eq!(get(&t, 1000), None);
    }

    #[test]
    fn deleting_keeps_the_order_of_the_rest_and_reinsertion_goes_last() {
        let mut t = table_of(0..10);
        assert!(remove(&mut t, 3));
        assert!(!remove(&mut t, 3));
        assert!(remove(&mut t, 0));
        assert_eq!(keys(&t), vec![1, 2, 4, 5, 6, 7, 8, 9]);
        let key = Value::Int(3);
        t.insert(hash_value(&key).unwrap(), key, Value::Int(0))
            .unwrap();
        assert_eq!(keys(&t), vec![1, 2, 4, 5, 6, 7, 8, 9, 3]);
        assert_eq!(get(&t, 3), Some(0));
        assert_eq!(t.len(), 9);
    }

    #[test]
    fn colliding_hashes_all_stay_reachable_across_deletes() {
        // Multiples of 4096 share their low bits in every small index.
        let ks: Vec<i64> = (0..200).map(|i| i * 4096).collect();
        let mut t = table_of(ks.clone());
        for k in ks.iter().step_by(2) {
            assert!(remove(&mut t, *k));
        }
        for (i, k) in ks.iter().enumerate() {
            assert_eq!(get(&t, *k).is_some(), i % 2 == 1, "key {k}");
        }
        // Churn: holes are cleared by rebuilds, so the table stays the
        // size its 100 live keys need, and absent keys still end a probe.
        for round in 0..10_000 {
            let k = 1_000_000 + round;
            let key = Value::Int(k);
            t.insert(hash_value(&key).unwrap(), key, Value::None)
                .unwrap();
            assert!(remove(&mut t, k));
            assert_eq!(get(&t, k), None);
        }
        assert_eq!(t.len(), 100);
        assert!(t.index.len() <= 512, "index of {} slots", t.index.len());
        assert!(t.entries.len() <= usable(t.index.len()));
    }

    #[test]
    fn pop_last_is_lifo_and_keeps_probes_finite() {
        let mut t = table_of(0..5);
        remove(&mut t, 4);
        let popped = t.pop_last().map(|e| e.key);
        assert!(matches!(popped, Some(Value::Int(3))));
        assert_eq!(keys(&t), vec![0, 1, 2]);
        // Push and pop many times over: the used slots are counted, so
        // rebuilds come and a probe for an absent key still ends.
        for k in 100..20_000 {
            let key = Value::Int(k);
            t.insert(hash_value(&key).unwrap(), key, Value::None)
                .unwrap();
            assert!(t.pop_last().is_some());
            assert_eq!(get(&t, k), None);
        }
        assert_eq!(keys(&t), vec![0, 1, 2]);
        assert!(t.filled < t.index.len());
        while t.pop_last().is_some() {}
        assert!(t.is_empty());
        assert!(t.pop_last().is_none());
    }

    #[test]
    fn iteration_steps_over_holes() {
        let mut t = table_of(0..6);
        remove(&mut t, 1);
        remove(&mut t, 2);
        let mut pos = 0;
        let mut seen = vec![];
        while let Some((next, e)) = t.entry_from(pos) {
            if let Value::Int(i) = e.key {
                seen.push(i);
            }
            pos = next;
        }
        assert_eq!(seen, vec![0, 3, 4, 5]);
    }

    #[test]
    fn emptied_table_takes_new_keys() {
        let mut t = table_of(0..20);
        for k in 0..20 {
            assert!(remove(&mut t, k));
        }
        assert!(t.is_empty());
        assert_eq!(get(&t, 5), None);
        let key = Value::Int(5);
        t.insert(hash_value(&key).unwrap(), key, Value::Int(1))
            .unwrap();
        assert_eq!(keys(&t), vec![5]);
    }
}
