//! The set operations of dict views: `d.keys() | other`, `&`, `-`, `^`
//! (on either side, with any iterable), `isdisjoint`, and comparisons with
//! sets, as Objects/dictobject.c does them. Keys and items views are
//! set-like; a values view is not. Each result is a new `set`, built with
//! the set operations of `set_ops` in CPython's order.

use crate::bytecode::{BinaryOperator, Comparison};
use crate::vm::objects::dict::hash_value;
use crate::vm::objects::exceptions::PyResult;
use crate::vm::objects::set::{set_value, SetTable};
use crate::vm::objects::views::{DictView, ViewKind};
use crate::vm::set_ops::{
    contains, difference_update, each_item, intersection, symmetric_difference_update, table_from,
    update, Dest, MaybeVm,
};
use crate::vm::value::Value;

/// The dict view in `v`, when it is a keys or items view (the set-like
/// ones; a values view is not).
pub fn set_like_view(v: &Value) -> Option<&DictView> {
    match v {
        Value::Native(n) => n
            .as_any()
            .downcast_ref::<DictView>()
            .filter(|view| view.kind != ViewKind::Values),
        _ => None,
    }
}

/// `item in view` for a keys or items view: an items view holds `(k, v)`
/// when `k` is a key whose value is (or equals) `v`.
pub fn view_contains(view: &DictView, item: &Value) -> PyResult<bool> {
    match view.kind {
        ViewKind::Keys => view.dict.contains(item),
        _ => match item {
            Value::Tuple(t) if t.items.len() == 2 => match view.dict.get(&t.items[0])? {
                Some(v) => Ok(v.is(&t.items[1]) || crate::vm::ops::eq(&v, &t.items[1])?),
                None => Ok(false),
            },
            _ => Ok(false),
        },
    }
}

/// `dictviews_to_set`: a new set of a view's elements, a keys view
/// taking its dict's keys with their hashes.
fn view_to_set(vm: MaybeVm, v: &Value) -> PyResult<SetTable> {
    match set_like_view(v) {
        Some(view) if view.kind == ViewKind::Keys => {
            table_from(vm, &Value::Dict(view.dict.clone()))
        }
        _ => table_from(vm, v),
    }
}

/// `a op b` with a dict keys or items view on either side (CPython calls
/// the view's operator with the operands in their order, whichever side
/// the view is on): a new set.
pub fn view_binary(
    vm: MaybeVm,
    op: BinaryOperator,
    a: &Value,
    b: &Value,
) -> Option<PyResult<Value>> {
    if set_like_view(a).is_none() && set_like_view(b).is_none() {
        return None;
    }
    let result = match op {
        BinaryOperator::And => view_intersection(vm, a, b),
        BinaryOperator::Or => view_to_set(vm, a).and_then(|mut t| {
            update(vm, &mut Dest::Local(&mut t), b)?;
            Ok(set_value(t))
        }),
        BinaryOperator::Sub => view_to_set(vm, a).and_then(|mut t| {
            difference_update(vm, &mut Dest::Local(&mut t), b)?;
            Ok(set_value(t))
        }),
        BinaryOperator::Xor => match (set_like_view(a), set_like_view(b)) {
            (Some(x), Some(y)) if x.kind == ViewKind::Items && y.kind == ViewKind::Items => {
                items_xor(x, y)
            }
            _ => view_to_set(vm, a).and_then(|mut t| {
                symmetric_difference_update(vm, &mut Dest::Local(&mut t), b)?;
                Ok(set_value(t))
            }),
        },
        _ => return None,
    };
    Some(result)
}

/// `_PyDictView_Intersect`: a set's own intersection when the other
/// operand is a set at least as large; else the elements of the smaller
/// operand (or of the non-view one) that the view holds, in that one's
/// order.
fn view_intersection(vm: MaybeVm, a: &Value, b: &Value) -> PyResult<Value> {
    let (mut this, mut other) = if set_like_view(a).is_some() {
        (a, b)
    } else {
        (b, a)
    };
    let len_this = set_like_view(this).map_or(0, |v| v.dict.len());
    if let Value::Set(s) = other {
        if !s.is_frozen() && len_this <= s.len() {
            return Ok(set_value(intersection(vm, s, this)?));
        }
    }
    if let Some(o) = set_like_view(other) {
        if o.dict.len() > len_this {
            std::mem::swap(&mut this, &mut other);
        }
    }
    let Some(view) = set_like_view(this) else {
        return Ok(set_value(SetTable::new()));
    };
    let mut result = SetTable::new();
    each_item(vm, other, |x| {
        if view_contains(view, &x)? {
            let h = hash_value(&x)?;
            result.add(h, x)?;
        }
        Ok(true)
    })?;
    Ok(set_value(result))
}

/// `dictitems_xor`: the pairs of the second dict not equal in the first,
/// in its order, then what is left of the first.
fn items_xor(x: &DictView, y: &DictView) -> PyResult<Value> {
    let rest = x.dict.copy();
    let mut result = SetTable::new();
    for (k, v2) in y.dict.items() {
        let same = match rest.get(&k)? {
            Some(v1) => v1.is(&v2) || crate::vm::ops::eq(&v1, &v2)?,
            None => false,
        };
        if same {
            drop(rest.remove(&k)?);
        } else {
            let pair = Value::tuple(vec![k, v2]);
            result.add(hash_value(&pair)?, pair)?;
        }
    }
    for (k, v) in rest.items() {
        let pair = Value::tuple(vec![k, v]);
        result.add(hash_value(&pair)?, pair)?;
    }
    Ok(set_value(result))
}

/// `view.isdisjoint(other)` (`dictviews_isdisjoint`): walks the smaller
/// of two set-likes, or `other`.
pub fn view_is_disjoint(vm: MaybeVm, this: &Value, other: &Value) -> PyResult<bool> {
    let Some(view) = set_like_view(this) else {
        return Ok(true);
    };
    if this.is(other) {
        return Ok(view.dict.is_empty());
    }
    let (mut walked, mut probed) = (other, this);
    let other_len = match other {
        Value::Set(s) => Some(s.len()),
        _ => set_like_view(other).map(|v| v.dict.len()),
    };
    if other_len.is_some_and(|n| n > view.dict.len()) {
        std::mem::swap(&mut walked, &mut probed);
    }
    let mut disjoint = true;
    each_item(vm, walked, |x| {
        disjoint = !contains_in(probed, &x)?;
        Ok(disjoint)
    })?;
    Ok(disjoint)
}

/// `item in v` for a set or a set-like view.
fn contains_in(v: &Value, item: &Value) -> PyResult<bool> {
    match (v, set_like_view(v)) {
        (Value::Set(s), _) => contains(s, item),
        (_, Some(view)) => view_contains(view, item),
        _ => crate::vm::ops::contains(v, item),
    }
}

/// Whether every element of `a` (a set or set-like view) is in `b`.
fn all_contained_in(a: &Value, b: &Value) -> PyResult<bool> {
    let mut all = true;
    each_item(&mut None, a, |x| {
        all = contains_in(b, &x)?;
        Ok(all)
    })?;
    Ok(all)
}

/// The size of a set or a set-like view.
fn set_like_len(v: &Value) -> Option<usize> {
    match v {
        Value::Set(s) => Some(s.len()),
        _ => set_like_view(v).map(|view| view.dict.len()),
    }
}

/// `dictview_richcompare`: a view compared with a set or another set-like
/// view, by sizes and containment.
pub(crate) fn view_compare(op: Comparison, view: &Value, other: &Value) -> Option<PyResult<bool>> {
    let (Some(len_self), Some(len_other)) = (set_like_len(view), set_like_len(other)) else {
        return None;
    };
    let (sizes, within) = match op {
        Comparison::Eq | Comparison::Ne => (len_self == len_other, (view, other)),
        Comparison::Lt => (len_self < len_other, (view, other)),
        Comparison::Le => (len_self <= len_other, (view, other)),
        Comparison::Gt => (len_self > len_other, (other, view)),
        Comparison::Ge => (len_self >= len_other, (other, view)),
    };
    let r = if sizes {
        all_contained_in(within.0, within.1)
    } else {
        Ok(false)
    };
    Some(r.map(|ok| if op == Comparison::Ne { !ok } else { ok }))
}

/// The comparison seen from the right operand (`a < b` is `b > a`).
pub(crate) fn reflected(op: Comparison) -> Comparison {
    match op {
        Comparison::Lt => Comparison::Gt,
        Comparison::Le => Comparison::Ge,
        Comparison::Gt => Comparison::Lt,
        Comparison::Ge => Comparison::Le,
        other => other,
    }
}
