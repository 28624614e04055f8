//! What sets do with other values: union, intersection, difference and
//! symmetric difference (as operators, in place and as methods), subset
//! tests, membership, and the same operators on dict views.
//!
//! Each function follows its CPython counterpart in Objects/setobject.c
//! (and dictobject.c for views) step for step: which operand it walks,
//! in which order it adds, when it copies, when it resizes. The elements
//! of the result then land in the same slots, so the result prints in
//! CPython's order (see `objects::set`).
//!
//! The other operand may be a set (read table to table), a dict (its keys
//! with their stored hashes), or any iterable. Iterating one may run
//! Python code (an instance's `__iter__`), so items are pulled one at a
//! time through the VM when there is one, and no set's lock is held while
//! that happens. The operators `| & - ^` run without a VM (`ops` is pure),
//! which only matters for a dict view combined with a lazy iterator. The
//! dict views' own set operations are in `view_ops`.

use std::sync::Arc;

use crate::bytecode::{BinaryOperator, Comparison};
use crate::vm::lazy_iter::LazyIter;
use crate::vm::objects::dict::{hash_value, PyDict};
use crate::vm::objects::exceptions::{type_error, PyErr, PyResult};
use crate::vm::objects::iter::iterate;
use crate::vm::objects::set::{frozenset_value, set_value, PySet, SetTable};
use crate::vm::objects::types::type_name;
use crate::vm::value::{ObjectLock, Value};
use crate::vm::view_ops;
use crate::vm::Vm;

/// The VM, when the caller has one (methods do, operators do not).
pub type MaybeVm<'a, 'v> = &'a mut Option<&'v mut Vm>;

/// How CPython's set code looks at the other operand.
enum Operand<'a> {
    Set(&'a Arc<PySet>),
    Dict(&'a Arc<PyDict>),
    Iterable(&'a Value),
}

fn operand(v: &Value) -> Operand<'_> {
    match v {
        Value::Set(s) => Operand::Set(s),
        Value::Dict(d) => Operand::Dict(d),
        other => Operand::Iterable(other),
    }
}

/// A dict's keys with the hashes it stored, in its order.
fn dict_keys(d: &PyDict) -> Vec<(i64, Value)> {
    d.table
        .lock()
        .iter()
        .map(|e| (e.hash, e.key.clone()))
        .collect()
}

/// Runs `f` on each item of `iterable` until it returns false. With a VM
/// the items come through the iteration protocol (an instance's
/// `__iter__`, `map`); without one only built-in iterables can be walked.
pub(crate) fn each_item(
    vm: MaybeVm,
    iterable: &Value,
    mut f: impl FnMut(Value) -> PyResult<bool>,
) -> PyResult<()> {
    match vm {
        Some(vm) => {
            let it = vm.get_iter(iterable)?;
            while let Some(x) = vm.next_special(&it)? {
                if !f(x)? {
                    break;
                }
            }
        }
        None => {
            if LazyIter::of(iterable).is_some() {
                return Err(type_error(format!(
                    "gilvm does not yet combine a dict view with a '{}' object; use list() on it first",
                    type_name(iterable)
                )));
            }
            let it = iterate(iterable)?;
            while let Some(x) = it.next()? {
                if !f(x)? {
                    break;
                }
            }
        }
    }
    Ok(())
}

/// Where an operation puts its result: a table being built, or a set
/// changed in place, whose lock is taken for each step and never held
/// while Python code runs or another set's lock is taken.
pub enum Dest<'a> {
    Local(&'a mut SetTable),
    Shared(&'a Arc<PySet>, &'a ObjectLock<SetTable>),
}

impl<'a> Dest<'a> {
    /// `s` changed in place; `None` for a frozenset.
    pub fn shared(s: &'a Arc<PySet>) -> Option<Dest<'a>> {
        s.table_lock().map(|lock| Dest::Shared(s, lock))
    }

    fn edit<R>(&mut self, f: impl FnOnce(&mut SetTable) -> R) -> R {
        match self {
            Dest::Local(t) => f(t),
            Dest::Shared(_, lock) => f(&mut lock.lock()),
        }
    }

    /// Whether `v` is the very set being changed (`s.update(s)`).
    fn is(&self, v: &Value) -> bool {
        matches!((self, v), (Dest::Shared(s, _), Value::Set(o)) if Arc::ptr_eq(s, o))
    }

    /// `set_merge` from another set, holding at most one lock at a time.
    fn merge_from(&mut self, other: &PySet) -> PyResult<()> {
        match self {
            Dest::Local(t) => other.read(|o| t.merge(o)),
            Dest::Shared(_, lock) => other.read_detached(|o| lock.lock().merge(o)),
        }
    }

    /// Empties the set (`a.difference_update(a)`).
    fn clear(&mut self) {
        let old = self.edit(SetTable::clear);
        drop(old);
    }
}

/// The hash of an element; a `set` given where an element is looked up
/// stands for the frozenset of its elements, as in CPython's `in`,
/// `remove` and `discard`.
pub fn lookup_key(item: &Value) -> PyResult<(i64, Value)> {
    match hash_value(item) {
        Ok(h) => Ok((h, item.clone())),
        Err(e) => match item {
            Value::Set(s) if !s.is_frozen() => {
                let frozen = frozenset_value(copy_of(s)?);
                Ok((hash_value(&frozen)?, frozen))
            }
            _ => Err(e),
        },
    }
}

/// `item in s`.
pub fn contains(s: &PySet, item: &Value) -> PyResult<bool> {
    let (h, key) = lookup_key(item)?;
    Ok(s.read(|t| t.contains(h, &key)))
}

/// A new table with `s`'s elements (`set_copy`: a merge into an empty
/// table, so the copy of a grown set may be laid out differently).
pub fn copy_of(s: &PySet) -> PyResult<SetTable> {
    let mut t = SetTable::new();
    s.read(|st| t.merge(st))?;
    Ok(t)
}

/// The value of a result table: a set or a frozenset like the operand
/// whose method made it.
pub fn wrap(frozen: bool, t: SetTable) -> Value {
    if frozen {
        frozenset_value(t)
    } else {
        set_value(t)
    }
}

/// `set_update_internal`: adds every element of `other`.
pub fn update(vm: MaybeVm, dest: &mut Dest, other: &Value) -> PyResult<()> {
    match operand(other) {
        Operand::Set(o) => {
            if !dest.is(other) {
                dest.merge_from(o)?;
            }
            Ok(())
        }
        Operand::Dict(d) => {
            let keys = dict_keys(d);
            dest.edit(|t| t.merge_keys(keys))?;
            Ok(())
        }
        Operand::Iterable(v) => {
            let mut hashed = Vec::new();
            each_item(vm, v, |x| {
                // An instance of a class with its own `__hash__` and
                // `__eq__` is added below, where Python code can run.
                if is_user_hashed(&x) {
                    hashed.push(x);
                    return Ok(true);
                }
                let h = hash_value(&x)?;
                dest.edit(|t| t.add(h, x))?;
                Ok(true)
            })?;
            for x in hashed {
                add_user_hashed(vm, dest, x)?;
            }
            Ok(())
        }
    }
}

fn is_user_hashed(x: &Value) -> bool {
    matches!(x, Value::Instance(i) if i.class.has_flag(crate::vm::objects::types::CLASS_USER_HASH))
}

/// Adds an instance whose class has its own `__hash__`: by that hash,
/// unless `__eq__` finds an equal element there already. (Items keep
/// their order among themselves; mixed with other items, theirs come
/// after: the set's order is its table's, so only a collision could tell.)
fn add_user_hashed(vm: MaybeVm, dest: &mut Dest, x: Value) -> PyResult<()> {
    let Some(vm) = vm.as_deref_mut() else {
        let h = hash_value(&x)?;
        dest.edit(|t| t.add(h, x))?;
        return Ok(());
    };
    let h = vm.user_hash(&x)?;
    if let Value::Instance(i) = &x {
        i.hash.store(h, std::sync::atomic::Ordering::Release);
    }
    let candidates: Vec<Value> = dest.edit(|t| {
        t.entries()
            .filter(|e| e.hash == h)
            .map(|e| e.key.clone())
            .collect()
    });
    for c in candidates {
        if c.is(&x) || vm.rich_compare(crate::bytecode::Comparison::Eq, &x, &c)? {
            return Ok(());
        }
    }
    dest.edit(|t| t.add(h, x))?;
    Ok(())
}

/// A new table of `other`'s elements: `set(other)`.
pub fn table_from(vm: MaybeVm, other: &Value) -> PyResult<SetTable> {
    let mut t = SetTable::new();
    update(vm, &mut Dest::Local(&mut t), other)?;
    Ok(t)
}

/// `set_intersection`: walks the smaller set and probes the larger, or
/// walks an iterable in its order, stopping once every element of `so`
/// has been found.
pub fn intersection(vm: MaybeVm, so: &Arc<PySet>, other: &Value) -> PyResult<SetTable> {
    let mut result = SetTable::new();
    match operand(other) {
        Operand::Set(o) => {
            if Arc::ptr_eq(so, o) {
                return copy_of(so);
            }
            let (walked, probed) = if o.len() > so.len() { (so, o) } else { (o, so) };
            walked.read_detached(|w| {
                probed.read(|p| -> PyResult<()> {
                    for e in w.entries() {
                        if p.contains(e.hash, &e.key) {
                            result.add(e.hash, e.key.clone())?;
                        }
                    }
                    Ok(())
                })
            })?;
        }
        Operand::Dict(_) | Operand::Iterable(_) => each_item(vm, other, |x| {
            let h = hash_value(&x)?;
            let (found, size) = so.read(|t| (t.contains(h, &x), t.len()));
            if found {
                result.add(h, x)?;
                return Ok(result.len() < size);
            }
            Ok(true)
        })?,
    }
    Ok(result)
}

/// `set_difference`: the elements of `so` not in `other`, walking `so`,
/// unless `other` is no set or dict, or much smaller, when it copies `so`
/// and removes `other`'s elements instead.
pub fn difference(vm: MaybeVm, so: &Arc<PySet>, other: &Value) -> PyResult<SetTable> {
    let other_size = match operand(other) {
        Operand::Set(o) => Some(o.len()),
        Operand::Dict(d) => Some(d.len()),
        Operand::Iterable(_) => None,
    };
    if other_size.is_none_or(|n| (so.len() >> 2) > n) {
        let mut result = copy_of(so)?;
        difference_update(vm, &mut Dest::Local(&mut result), other)?;
        return Ok(result);
    }
    let mut result = SetTable::new();
    match operand(other) {
        Operand::Dict(d) => so.read_detached(|st| -> PyResult<()> {
            for e in st.entries() {
                if !d.contains(&e.key)? {
                    result.add(e.hash, e.key.clone())?;
                }
            }
            Ok(())
        })?,
        Operand::Set(o) => so.read_detached(|st| {
            o.read(|ot| -> PyResult<()> {
                for e in st.entries() {
                    if !ot.contains(e.hash, &e.key) {
                        result.add(e.hash, e.key.clone())?;
                    }
                }
                Ok(())
            })
        })?,
        Operand::Iterable(_) => {}
    }
    Ok(result)
}

/// `set_difference_update_internal`: removes `other`'s elements, then
/// rebuilds the table if more than a quarter of it is deleted slots.
pub fn difference_update(vm: MaybeVm, dest: &mut Dest, other: &Value) -> PyResult<()> {
    if dest.is(other) {
        dest.clear();
        return Ok(());
    }
    let mut removed = Vec::new();
    match operand(other) {
        // CPython first intersects with a much larger `other`; the same
        // elements go either way, and the slots they leave are the same.
        Operand::Set(o) => o.read_detached(|ot| {
            dest.edit(|t| {
                for e in ot.entries() {
                    removed.extend(t.discard(e.hash, &e.key));
                }
            })
        }),
        Operand::Dict(_) | Operand::Iterable(_) => each_item(vm, other, |x| {
            let h = hash_value(&x)?;
            removed.extend(dest.edit(|t| t.discard(h, &x)));
            Ok(true)
        })?,
    }
    dest.edit(SetTable::purge_dummies)?;
    drop(removed);
    Ok(())
}

/// One step of a symmetric difference: removes `key`, or adds it if it
/// was not there. Returns what was removed.
fn toggle(t: &mut SetTable, hash: i64, key: &Value) -> PyResult<Option<Value>> {
    let old = t.discard(hash, key);
    if old.is_none() {
        t.add(hash, key.clone())?;
    }
    Ok(old)
}

/// `set_symmetric_difference_update`: toggles each element of `other`,
/// a dict's keys in its order, else a set's (an iterable made one first).
pub fn symmetric_difference_update(vm: MaybeVm, dest: &mut Dest, other: &Value) -> PyResult<()> {
    if dest.is(other) {
        dest.clear();
        return Ok(());
    }
    let (removed, result) = match operand(other) {
        Operand::Dict(d) => {
            let keys = dict_keys(d);
            dest.edit(|t| toggle_each(t, keys.iter().map(|(h, k)| (*h, k))))
        }
        Operand::Set(o) => o.read_detached(|ot| toggle_all(dest, ot)),
        Operand::Iterable(v) => {
            let made = table_from(vm, v)?;
            toggle_all(dest, &made)
        }
    };
    drop(removed);
    result
}

/// Toggles each element of `other` in slot order (`toggle_each`).
fn toggle_all(dest: &mut Dest, other: &SetTable) -> (Vec<Value>, PyResult<()>) {
    dest.edit(|t| toggle_each(t, other.entries().map(|e| (e.hash, &e.key))))
}

/// Toggles each element in turn, stopping at the first that cannot be
/// added; returns what was removed, to be dropped with no lock held.
fn toggle_each<'k>(
    t: &mut SetTable,
    items: impl Iterator<Item = (i64, &'k Value)>,
) -> (Vec<Value>, PyResult<()>) {
    let mut removed = Vec::new();
    for (h, k) in items {
        match toggle(t, h, k) {
            Ok(old) => removed.extend(old),
            Err(e) => return (removed, Err(e)),
        }
    }
    (removed, Ok(()))
}

/// `set_symmetric_difference`: a copy of `other` (as a set) with `so`'s
/// elements toggled in it.
pub fn symmetric_difference(vm: MaybeVm, so: &Arc<PySet>, other: &Value) -> PyResult<SetTable> {
    let mut result = table_from(vm, other)?;
    symmetric_difference_update(vm, &mut Dest::Local(&mut result), &Value::Set(so.clone()))?;
    Ok(result)
}

/// `set_union` / `set_or`: a copy of `so`, updated with each other
/// operand in turn (`so` itself is skipped).
pub fn union(vm: MaybeVm, so: &Arc<PySet>, others: &[Value]) -> PyResult<SetTable> {
    let mut result = copy_of(so)?;
    for other in others {
        if matches!(other, Value::Set(o) if Arc::ptr_eq(o, so)) {
            continue;
        }
        update(vm, &mut Dest::Local(&mut result), other)?;
    }
    Ok(result)
}

/// `set_issubset`.
pub fn is_subset(vm: MaybeVm, so: &Arc<PySet>, other: &Value) -> PyResult<bool> {
    match operand(other) {
        Operand::Set(o) => Ok(table_subset(so, o)),
        _ => Ok(intersection(vm, so, other)?.len() == so.len()),
    }
}

/// Whether every element of `a` is in `b`.
pub(crate) fn table_subset(a: &PySet, b: &PySet) -> bool {
    if a.len() > b.len() {
        return false;
    }
    a.read_detached(|at| b.read(|bt| at.entries().all(|e| bt.contains(e.hash, &e.key))))
}

/// `set_issuperset`: an iterable's items are looked up one by one until
/// one is missing.
pub fn is_superset(vm: MaybeVm, so: &Arc<PySet>, other: &Value) -> PyResult<bool> {
    if let Operand::Set(o) = operand(other) {
        return Ok(table_subset(o, so));
    }
    let mut all = true;
    each_item(vm, other, |x| {
        let h = hash_value(&x)?;
        all = so.read(|t| t.contains(h, &x));
        Ok(all)
    })?;
    Ok(all)
}

/// `set_isdisjoint`: walks the smaller of two sets, or the iterable.
pub fn is_disjoint(vm: MaybeVm, so: &Arc<PySet>, other: &Value) -> PyResult<bool> {
    if let Operand::Set(o) = operand(other) {
        if Arc::ptr_eq(so, o) {
            return Ok(so.is_empty());
        }
        let (walked, probed) = if o.len() > so.len() { (so, o) } else { (o, so) };
        return Ok(walked
            .read_detached(|w| probed.read(|p| !w.entries().any(|e| p.contains(e.hash, &e.key)))));
    }
    let mut disjoint = true;
    each_item(vm, other, |x| {
        let h = hash_value(&x)?;
        disjoint = !so.read(|t| t.contains(h, &x));
        Ok(disjoint)
    })?;
    Ok(disjoint)
}

/// `a op b` for two sets: the operator methods, whose result is of the
/// left operand's kind. `None` for another operator.
fn set_binary(op: BinaryOperator, x: &Arc<PySet>, b: &Value) -> Option<PyResult<Value>> {
    let vm = &mut None;
    let table = match op {
        BinaryOperator::Or => union(vm, x, std::slice::from_ref(b)),
        BinaryOperator::And => intersection(vm, x, b),
        BinaryOperator::Sub => difference(vm, x, b),
        BinaryOperator::Xor => symmetric_difference(vm, x, b),
        _ => return None,
    };
    Some(table.map(|t| wrap(x.is_frozen(), t)))
}

/// `a op b` when an operand is a set or a dict keys/items view; `None`
/// when neither applies, so the caller reports unsupported operands.
pub fn binary(op: BinaryOperator, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    if let (Value::Set(x), Value::Set(_)) = (a, b) {
        return set_binary(op, x, b);
    }
    view_ops::view_binary(&mut None, op, a, b)
}

/// `a op= b` for a set and a set: changes `a` in place. `None` when `a`
/// is a frozenset or `b` no set, which then get `a op b` (or its error).
pub fn inplace(op: BinaryOperator, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    let (Value::Set(x), Value::Set(_)) = (a, b) else {
        return None;
    };
    let mut dest = Dest::shared(x)?;
    let vm = &mut None;
    let done = match op {
        BinaryOperator::Or => update(vm, &mut dest, b),
        BinaryOperator::And => intersection(vm, x, b).map(|t| {
            let old = dest.edit(|mine| mine.replace_body(t));
            drop(old);
        }),
        BinaryOperator::Sub => difference_update(vm, &mut dest, b),
        BinaryOperator::Xor => symmetric_difference_update(vm, &mut dest, b),
        _ => return None,
    };
    Some(done.map(|()| a.clone()))
}

/// `a op b` when `a` or `b` is a set or a set-like dict view: subset and
/// superset tests (`set_richcompare`), views by `view_compare`. `None`
/// when the pair does not compare (the caller's error, or identity for
/// `==`). Two views compare for equality in `ops` already.
pub fn compare(op: Comparison, a: &Value, b: &Value) -> Option<PyResult<bool>> {
    if let (Value::Set(x), Value::Set(y)) = (a, b) {
        return Some(Ok(match op {
            Comparison::Eq => crate::vm::objects::set::same_elements(x, y),
            Comparison::Ne => !crate::vm::objects::set::same_elements(x, y),
            Comparison::Le => table_subset(x, y),
            Comparison::Lt => x.len() < y.len() && table_subset(x, y),
            Comparison::Ge => table_subset(y, x),
            Comparison::Gt => x.len() > y.len() && table_subset(y, x),
        }));
    }
    if view_ops::set_like_view(a).is_some() {
        return view_ops::view_compare(op, a, b);
    }
    if view_ops::set_like_view(b).is_some() {
        return view_ops::view_compare(view_ops::reflected(op), b, a);
    }
    None
}

/// The error of a method called on the wrong kind of object
/// (`set.add(frozenset(), 1)`).
pub fn descriptor_error(name: &str, owner: &str, got: &Value) -> PyErr {
    type_error(format!(
        "descriptor '{name}' for '{owner}' objects doesn't apply to a '{}' object",
        type_name(got)
    ))
}

// ---- the instructions ------------------------------------------------------

/// BUILD_SET: a set of the values, added in order.
pub fn build_set(items: Vec<Value>) -> PyResult<Value> {
    let mut t = SetTable::new();
    for x in items {
        let h = hash_value(&x)?;
        t.add(h, x)?;
    }
    Ok(set_value(t))
}

/// SET_ADD: `set.add(item)` on the set a comprehension is building.
pub fn add_to(set: &Value, item: Value) -> PyResult<()> {
    let h = hash_value(&item)?;
    match set {
        Value::Set(s) if !s.is_frozen() => {
            s.write(|t| t.add(h, item));
            Ok(())
        }
        _ => Err(crate::vm::objects::exceptions::runtime_error(
            "SET_ADD without its set",
        )),
    }
}

/// A frozenset constant as CPython makes it: built from the elements in
/// source order, then built again from that set's own order (the
/// compiler's merging of constants rebuilds every frozenset).
pub fn constant_frozenset(items: Vec<Value>) -> Value {
    let mut first = SetTable::new();
    for x in items {
        // Constants always hash; a failure could only drop an element.
        if let Ok(h) = hash_value(&x) {
            // A few constants always fit in memory.
            let _ = first.add(h, x);
        }
    }
    let mut again = SetTable::new();
    for e in first.entries() {
        let _ = again.add(e.hash, e.key.clone());
    }
    frozenset_value(again)
}

impl Vm {
    /// SET_UPDATE: `set.update(iterable)`, pulling the items through the
    /// VM (`{*gen}`).
    pub(crate) fn set_update(&mut self, set: &Value, iterable: &Value) -> PyResult<()> {
        let dest = match set {
            Value::Set(s) => Dest::shared(s),
            _ => None,
        };
        let Some(mut dest) = dest else {
            return Err(crate::vm::objects::exceptions::runtime_error(
                "SET_UPDATE without its set",
            ));
        };
        update(&mut Some(self), &mut dest, iterable)
    }
}
