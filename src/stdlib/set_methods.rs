//! The methods of `set` and `frozenset`, calling the two types, and the
//! `isdisjoint` method of dict views. The work is in `set_ops`; here are
//! the signatures and CPython's errors for calling them wrongly.

use std::sync::Arc;

use crate::builtin;
use crate::vm::native::{Args, BuiltinFunction};
use crate::vm::objects::dict::hash_value;
use crate::vm::objects::exceptions::{key_error, type_error, PyResult};
use crate::vm::objects::set::{PySet, SetTable};
use crate::vm::set_ops::{self, descriptor_error, wrap, Dest};
use crate::vm::value::Value;
use crate::vm::Vm;

/// Which type's method table a method was found in: `set.union` refuses a
/// frozenset and `frozenset.union` a set, as in CPython.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Owner {
    Set,
    FrozenSet,
}

impl Owner {
    fn name(self) -> &'static str {
        match self {
            Owner::Set => "set",
            Owner::FrozenSet => "frozenset",
        }
    }
}

/// The method `name` of a set or frozenset value.
pub fn method(obj: &Value, name: &str) -> Option<&'static BuiltinFunction> {
    match obj {
        Value::Set(s) if s.is_frozen() => frozenset_method(name),
        Value::Set(_) => set_method(name),
        _ => None,
    }
}

/// The methods table of `set`.
pub fn set_method(name: &str) -> Option<&'static BuiltinFunction> {
    Some(match name {
        "add" => &SET_ADD,
        "clear" => &SET_CLEAR,
        "copy" => &SET_COPY,
        "discard" => &SET_DISCARD,
        "difference" => &SET_DIFFERENCE,
        "difference_update" => &SET_DIFFERENCE_UPDATE,
        "intersection" => &SET_INTERSECTION,
        "intersection_update" => &SET_INTERSECTION_UPDATE,
        "isdisjoint" => &SET_ISDISJOINT,
        "issubset" => &SET_ISSUBSET,
        "issuperset" => &SET_ISSUPERSET,
        "pop" => &SET_POP,
        "remove" => &SET_REMOVE,
        "symmetric_difference" => &SET_SYMMETRIC_DIFFERENCE,
        "symmetric_difference_update" => &SET_SYMMETRIC_DIFFERENCE_UPDATE,
        "union" => &SET_UNION,
        "update" => &SET_UPDATE,
        _ => return None,
    })
}

/// The methods table of `frozenset`: the ones that change nothing.
pub fn frozenset_method(name: &str) -> Option<&'static BuiltinFunction> {
    Some(match name {
        "copy" => &FROZENSET_COPY,
        "difference" => &FROZENSET_DIFFERENCE,
        "intersection" => &FROZENSET_INTERSECTION,
        "isdisjoint" => &FROZENSET_ISDISJOINT,
        "issubset" => &FROZENSET_ISSUBSET,
        "issuperset" => &FROZENSET_ISSUPERSET,
        "symmetric_difference" => &FROZENSET_SYMMETRIC_DIFFERENCE,
        "union" => &FROZENSET_UNION,
        _ => return None,
    })
}

/// `set(iterable)` and `frozenset(iterable)`; `frozenset(f)` of a
/// frozenset is `f` itself.
pub fn construct(vm: &mut Vm, frozen: bool, a: &Args) -> PyResult<Value> {
    let name = if frozen { "frozenset" } else { "set" };
    if a.has_keywords() {
        return Err(type_error(format!("{name}() takes no keyword arguments")));
    }
    match a.values {
        [] => Ok(wrap(frozen, SetTable::new())),
        [Value::Set(s)] if frozen && s.is_frozen() => Ok(Value::Set(s.clone())),
        [x] => Ok(wrap(frozen, set_ops::table_from(&mut Some(vm), x)?)),
        more => Err(type_error(format!(
            "{name} expected at most 1 argument, got {}",
            more.len()
        ))),
    }
}

/// The receiver of a method of `owner` and the method's own arguments,
/// with CPython's errors for keywords and for a missing or wrong receiver.
fn receiver<'a>(a: &Args<'a>, name: &str, owner: Owner) -> PyResult<(&'a Arc<PySet>, &'a [Value])> {
    let owner_name = owner.name();
    if a.has_keywords() {
        return Err(type_error(format!(
            "{owner_name}.{name}() takes no keyword arguments"
        )));
    }
    match a.values.first() {
        None => Err(type_error(format!(
            "unbound method {owner_name}.{name}() needs an argument"
        ))),
        Some(Value::Set(s)) if s.is_frozen() == (owner == Owner::FrozenSet) => {
            Ok((s, &a.values[1..]))
        }
        Some(other) => Err(descriptor_error(name, owner_name, other)),
    }
}

/// The receiver and exactly `n` (0 or 1) arguments.
fn fixed<'a>(
    a: &Args<'a>,
    name: &str,
    owner: Owner,
    n: usize,
) -> PyResult<(&'a Arc<PySet>, &'a [Value])> {
    let (s, args) = receiver(a, name, owner)?;
    if args.len() != n {
        let given = args.len();
        let owner = owner.name();
        return Err(type_error(if n == 0 {
            format!("{owner}.{name}() takes no arguments ({given} given)")
        } else {
            format!("{owner}.{name}() takes exactly one argument ({given} given)")
        }));
    }
    Ok((s, args))
}

/// The receiver of a `set`-only method, to change in place.
fn dest<'a>(s: &'a Arc<PySet>, name: &str) -> PyResult<Dest<'a>> {
    Dest::shared(s).ok_or_else(|| descriptor_error(name, "set", &Value::Set(s.clone())))
}

/// Declares a method of both types from one function taking the owner.
macro_rules! both {
    ($set:ident, $frozen:ident, $name:literal, $f:path) => {
        builtin!($set, $name, |vm, a| $f(vm, a, Owner::Set));
        builtin!($frozen, $name, |vm, a| $f(vm, a, Owner::FrozenSet));
    };
}

builtin!(SET_ADD, "add", |vm, a| {
    let (s, args) = fixed(a, "add", Owner::Set, 1)?;
    let item = vm.canonical_key(&Value::Set(s.clone()), &args[0])?;
    let h = hash_value(&item)?;
    s.write(|t| t.add(h, item));
    Ok(Value::None)
});

builtin!(SET_CLEAR, "clear", |_, a| {
    let (s, _) = fixed(a, "clear", Owner::Set, 0)?;
    let old = s.write(SetTable::clear);
    drop(old);
    Ok(Value::None)
});

builtin!(SET_DISCARD, "discard", |_, a| {
    let (s, args) = fixed(a, "discard", Owner::Set, 1)?;
    let (h, key) = set_ops::lookup_key(&args[0])?;
    let old = s.write(|t| t.discard(h, &key));
    drop(old);
    Ok(Value::None)
});

builtin!(SET_REMOVE, "remove", |_, a| {
    let (s, args) = fixed(a, "remove", Owner::Set, 1)?;
    let (h, key) = set_ops::lookup_key(&args[0])?;
    match s.write(|t| t.discard(h, &key)).flatten() {
        Some(old) => {
            drop(old);
            Ok(Value::None)
        }
        None => Err(key_error(args[0].clone())),
    }
});

builtin!(SET_POP, "pop", |_, a| {
    let (s, _) = fixed(a, "pop", Owner::Set, 0)?;
    s.write(SetTable::pop)
        .flatten()
        .ok_or_else(|| key_error(Value::str("pop from an empty set")))
});

/// `copy()`: a set's is a new set (laid out afresh); a frozenset's is
/// itself.
fn copy(_: &mut Vm, a: &Args, owner: Owner) -> PyResult<Value> {
    let (s, _) = fixed(a, "copy", owner, 0)?;
    if s.is_frozen() {
        return Ok(Value::Set(s.clone()));
    }
    Ok(wrap(false, set_ops::copy_of(s)?))
}
both!(SET_COPY, FROZENSET_COPY, "copy", copy);

fn union(vm: &mut Vm, a: &Args, owner: Owner) -> PyResult<Value> {
    let (s, others) = receiver(a, "union", owner)?;
    let t = set_ops::union(&mut Some(vm), s, others)?;
    Ok(wrap(s.is_frozen(), t))
}
both!(SET_UNION, FROZENSET_UNION, "union", union);

/// `intersection(*others)` (`set_intersection_multi`): each step
/// intersects the previous result with the next operand.
fn intersection_table(vm: &mut Vm, s: &Arc<PySet>, others: &[Value]) -> PyResult<SetTable> {
    let vm = &mut Some(vm);
    let Some((first, rest)) = others.split_first() else {
        return set_ops::copy_of(s);
    };
    let mut table = set_ops::intersection(vm, s, first)?;
    for other in rest {
        let previous = Arc::new(PySet::mutable(table));
        table = set_ops::intersection(vm, &previous, other)?;
    }
    Ok(table)
}

fn intersection(vm: &mut Vm, a: &Args, owner: Owner) -> PyResult<Value> {
    let (s, others) = receiver(a, "intersection", owner)?;
    let t = intersection_table(vm, s, others)?;
    Ok(wrap(s.is_frozen(), t))
}
both!(
    SET_INTERSECTION,
    FROZENSET_INTERSECTION,
    "intersection",
    intersection
);

/// `difference(*others)` (`set_difference_multi`): the difference with
/// the first, then the others removed from it.
fn difference(vm: &mut Vm, a: &Args, owner: Owner) -> PyResult<Value> {
    let (s, others) = receiver(a, "difference", owner)?;
    let vm = &mut Some(vm);
    let t = match others.split_first() {
        None => set_ops::copy_of(s)?,
        Some((first, rest)) => {
            let mut t = set_ops::difference(vm, s, first)?;
            for other in rest {
                set_ops::difference_update(vm, &mut Dest::Local(&mut t), other)?;
            }
            t
        }
    };
    Ok(wrap(s.is_frozen(), t))
}
both!(
    SET_DIFFERENCE,
    FROZENSET_DIFFERENCE,
    "difference",
    difference
);

fn symmetric_difference(vm: &mut Vm, a: &Args, owner: Owner) -> PyResult<Value> {
    let (s, args) = fixed(a, "symmetric_difference", owner, 1)?;
    let t = set_ops::symmetric_difference(&mut Some(vm), s, &args[0])?;
    Ok(wrap(s.is_frozen(), t))
}
both!(
    SET_SYMMETRIC_DIFFERENCE,
    FROZENSET_SYMMETRIC_DIFFERENCE,
    "symmetric_difference",
    symmetric_difference
);

fn isdisjoint(vm: &mut Vm, a: &Args, owner: Owner) -> PyResult<Value> {
    let (s, args) = fixed(a, "isdisjoint", owner, 1)?;
    Ok(Value::bool(set_ops::is_disjoint(
        &mut Some(vm),
        s,
        &args[0],
    )?))
}
both!(
    SET_ISDISJOINT,
    FROZENSET_ISDISJOINT,
    "isdisjoint",
    isdisjoint
);

fn issubset(vm: &mut Vm, a: &Args, owner: Owner) -> PyResult<Value> {
    let (s, args) = fixed(a, "issubset", owner, 1)?;
    Ok(Value::bool(set_ops::is_subset(&mut Some(vm), s, &args[0])?))
}
both!(SET_ISSUBSET, FROZENSET_ISSUBSET, "issubset", issubset);

fn issuperset(vm: &mut Vm, a: &Args, owner: Owner) -> PyResult<Value> {
    let (s, args) = fixed(a, "issuperset", owner, 1)?;
    Ok(Value::bool(set_ops::is_superset(
        &mut Some(vm),
        s,
        &args[0],
    )?))
}
both!(
    SET_ISSUPERSET,
    FROZENSET_ISSUPERSET,
    "issuperset",
    issuperset
);

builtin!(SET_UPDATE, "update", |vm, a| {
    let (s, others) = receiver(a, "update", Owner::Set)?;
    let mut dest = dest(s, "update")?;
    let vm = &mut Some(vm);
    for other in others {
        set_ops::update(vm, &mut dest, other)?;
    }
    Ok(Value::None)
});

builtin!(SET_DIFFERENCE_UPDATE, "difference_update", |vm, a| {
    let (s, others) = receiver(a, "difference_update", Owner::Set)?;
    let mut dest = dest(s, "difference_update")?;
    let vm = &mut Some(vm);
    for other in others {
        set_ops::difference_update(vm, &mut dest, other)?;
    }
    Ok(Value::None)
});

builtin!(SET_INTERSECTION_UPDATE, "intersection_update", |vm, a| {
    let (s, others) = receiver(a, "intersection_update", Owner::Set)?;
    let t = intersection_table(vm, s, others)?;
    let old = s.write(|mine| mine.replace_body(t));
    drop(old);
    Ok(Value::None)
});

builtin!(
    SET_SYMMETRIC_DIFFERENCE_UPDATE,
    "symmetric_difference_update",
    |vm, a| {
        let (s, args) = fixed(a, "symmetric_difference_update", Owner::Set, 1)?;
        let mut dest = dest(s, "symmetric_difference_update")?;
        set_ops::symmetric_difference_update(&mut Some(vm), &mut dest, &args[0])?;
        Ok(Value::None)
    }
);

builtin!(VIEW_ISDISJOINT, "isdisjoint", |vm, a| {
    match a.values {
        [view, other] if !a.has_keywords() => Ok(Value::bool(
            crate::vm::view_ops::view_is_disjoint(&mut Some(vm), view, other)?,
        )),
        _ => {
            let owner = a
                .values
                .first()
                .map_or_else(|| "dict_keys".into(), crate::vm::objects::types::type_name);
            Err(type_error(format!(
                "{owner}.isdisjoint() takes exactly one argument ({} given)",
                a.values.len().saturating_sub(1)
            )))
        }
    }
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_frozenset_method_is_a_set_method() {
        for name in [
            "copy",
            "difference",
            "intersection",
            "isdisjoint",
            "issubset",
            "issuperset",
            "symmetric_difference",
            "union",
        ] {
            assert!(frozenset_method(name).is_some());
            assert!(set_method(name).is_some());
        }
        assert!(frozenset_method("add").is_none());
    }
}
