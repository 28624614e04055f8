//! Methods of the built-in types: `list`, `dict`, `tuple`, and the
//! method lookup of every built-in type (`str`'s methods are in
//! `str_methods`).
//!
//! Each method is a `BuiltinFunction` whose first argument is the object;
//! `lookup` finds one by the receiver's type and the method name.

use std::sync::Arc;

use crate::builtin;
use crate::stdlib::builtins::{clamp_index, empty_pop, int_arg, sort_values};
use crate::stdlib::str_methods::str_method;
use crate::vm::native::{Args, BuiltinFunction};
use crate::vm::objects::exceptions::{key_error, type_error, value_error, PyResult};
use crate::vm::objects::types::type_name;
use crate::vm::objects::views::{DictView, ViewKind};
use crate::vm::ops::truthy;
use crate::vm::value::{PyList, Value};
use crate::vm::Vm;

/// The built-in methods one attribute name stands for on each built-in
/// type. Each code object resolves its names once (`CodeObject::methods`),
/// so LOAD_METHOD on a str, list, dict or tuple is an index, not a string
/// comparison per call.
#[derive(Clone, Copy, Default)]
pub struct MethodsNamed {
    str: Option<&'static BuiltinFunction>,
    list: Option<&'static BuiltinFunction>,
    dict: Option<&'static BuiltinFunction>,
    tuple: Option<&'static BuiltinFunction>,
}

impl std::fmt::Debug for MethodsNamed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let on: Vec<&str> = [
            ("str", self.str),
            ("list", self.list),
            ("dict", self.dict),
            ("tuple", self.tuple),
        ]
        .iter()
        .filter(|(_, m)| m.is_some())
        .map(|(t, _)| *t)
        .collect();
        write!(f, "MethodsNamed{on:?}")
    }
}

impl MethodsNamed {
    pub fn new(name: &str) -> MethodsNamed {
        MethodsNamed {
            str: str_method(name),
            list: list_method(name),
            dict: dict_method(name),
            tuple: tuple_method(name),
        }
    }

    /// The method for `obj`, as `lookup` would find it.
    #[inline(always)]
    pub fn of(&self, obj: &Value) -> Option<&'static BuiltinFunction> {
        match obj {
            Value::Str(_) | Value::ShortStr(_) => self.str,
            Value::List(_) => self.list,
            Value::Dict(_) => self.dict,
            Value::Tuple(_) => self.tuple,
            _ => None,
        }
    }
}

/// The method `name` of `obj`'s type.
pub fn lookup(obj: &Value, name: &str) -> Option<&'static BuiltinFunction> {
    match obj {
        Value::Str(_) | Value::ShortStr(_) => str_method(name),
        Value::List(_) => list_method(name),
        Value::Dict(_) => dict_method(name),
        Value::Tuple(_) => tuple_method(name),
        Value::Generator(g) if g.is_coroutine() => crate::vm::generators::coroutine_method(name),
        Value::Generator(_) => crate::vm::generators::method(name),
        Value::Set(_) => crate::stdlib::set_methods::method(obj, name),
        _ => None,
    }
}

fn tuple_method(name: &str) -> Option<&'static BuiltinFunction> {
    match name {
        "index" => Some(&TUPLE_INDEX),
        "count" => Some(&TUPLE_COUNT),
        _ => None,
    }
}

fn list_method(name: &str) -> Option<&'static BuiltinFunction> {
    Some(match name {
        "append" => &LIST_APPEND,
        "pop" => &LIST_POP,
        "insert" => &LIST_INSERT,
        "remove" => &LIST_REMOVE,
        "index" => &LIST_INDEX,
        "count" => &LIST_COUNT,
        "sort" => &LIST_SORT,
        "reverse" => &LIST_REVERSE,
        "extend" => &LIST_EXTEND,
        "copy" => &LIST_COPY,
        "clear" => &LIST_CLEAR,
        _ => return None,
    })
}

fn dict_method(name: &str) -> Option<&'static BuiltinFunction> {
    Some(match name {
        "get" => &DICT_GET,
        "keys" => &DICT_KEYS,
        "values" => &DICT_VALUES,
        "items" => &DICT_ITEMS,
        "pop" => &DICT_POP,
        "popitem" => &DICT_POPITEM,
        "setdefault" => &DICT_SETDEFAULT,
        "update" => &DICT_UPDATE,
        "copy" => &DICT_COPY,
        "clear" => &DICT_CLEAR,
        _ => return None,
    })
}

/// The method's own arguments (after the receiver), positional only.
///
/// The arity error copies CPython's wording, which depends on how the C
/// method is declared: no-argument and one-argument methods name the type
/// (`list.append() takes exactly one argument (0 given)`), the older `str`
/// search methods say `find() takes at least 1 argument (0 given)`, and
/// Argument-Clinic methods say `insert expected 2 arguments, got 0`.
pub(crate) fn rest<'a>(a: &Args<'a>, name: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
    let all = a.exact(name, min + 1, max + 1).map_err(|_| {
        let given = a.values.len().saturating_sub(1);
        let owner = a.values.first().map_or_else(|| "object".into(), type_name);
        let plural = |n: usize| if n == 1 { "" } else { "s" };
        type_error(match (min, max) {
            (0, 0) => format!("{owner}.{name}() takes no arguments ({given} given)"),
            (1, 1) => format!("{owner}.{name}() takes exactly one argument ({given} given)"),
            _ if owner == "str"
                && matches!(
                    name,
                    "count" | "find" | "rfind" | "index" | "rindex" | "startswith" | "endswith"
                ) =>
            {
                let (bound, n) = if given < min {
                    ("least", min)
                } else {
                    ("most", max)
                };
                format!(
                    "{name}() takes at {bound} {n} argument{} ({given} given)",
                    plural(n)
                )
            }
            _ if min == max => {
                format!("{name} expected {min} argument{}, got {given}", plural(min))
            }
            _ => {
                let (bound, n) = if given < min {
                    ("least", min)
                } else {
                    ("most", max)
                };
                format!(
                    "{name} expected at {bound} {n} argument{}, got {given}",
                    plural(n)
                )
            }
        })
    })?;
    Ok(&all[1..])
}

// ---- list -----------------------------------------------------------------

fn this_list(a: &Args) -> Arc<PyList> {
    match a.values.first() {
        Some(Value::List(l)) => l.clone(),
        _ => Arc::new(PyList::new(Vec::new())),
    }
}

builtin!(LIST_APPEND, "append", |_, a| {
    let r = rest(a, "append", 1, 1)?;
    if let Some(Value::List(l)) = a.values.first() {
        crate::vm::memory::push(&mut l.items.lock(), r[0].clone())?;
    }
    Ok(Value::None)
});
builtin!(LIST_POP, "pop", |_, a| {
    let l = this_list(a);
    let r = rest(a, "pop", 0, 1)?;
    let mut items = l.items.lock();
    if items.is_empty() {
        return Err(empty_pop("list"));
    }
    let len = items.len() as i64;
    let i = match r.first() {
        Some(v) => int_arg(v)?,
        None => -1,
    };
    let i = if i < 0 { i + len } else { i };
    if !(0..len).contains(&i) {
        return Err(crate::vm::objects::exceptions::index_error(
            "pop index out of range",
        ));
    }
    Ok(items.remove(i as usize))
});
builtin!(LIST_INSERT, "insert", |_, a| {
    let l = this_list(a);
    let r = rest(a, "insert", 2, 2)?;
    let mut items = l.items.lock();
    let i = clamp_index(&r[0], items.len())?;
    items.insert(i, r[1].clone());
    Ok(Value::None)
});
builtin!(LIST_REMOVE, "remove", |vm, a| {
    let l = this_list(a);
    let r = rest(a, "remove", 1, 1)?;
    let items = l.snapshot();
    for (i, x) in items.iter().enumerate() {
        if vm.values_eq(x, &r[0])? {
            let mut live = l.items.lock();
            if i < live.len() {
                live.remove(i);
            }
            return Ok(Value::None);
        }
    }
    Err(value_error("list.remove(x): x not in list"))
});
builtin!(LIST_INDEX, "index", |vm, a| {
    let l = this_list(a);
    let r = rest(a, "index", 1, 3)?;
    let items = l.snapshot();
    match seq_index(vm, &items, r)? {
        Some(i) => Ok(i),
        None => {
            let missing = crate::vm::repr::repr_with(vm, &r[0])?;
            Err(value_error(format!("{missing} is not in list")))
        }
    }
});
builtin!(TUPLE_INDEX, "index", |vm, a| {
    let r = rest(a, "index", 1, 3)?;
    let items = match a.values.first() {
        Some(Value::Tuple(t)) => t.items.to_vec(),
        _ => Vec::new(),
    };
    seq_index(vm, &items, r)?.ok_or_else(|| value_error("tuple.index(x): x not in tuple"))
});

/// Where `r[0]` first is in `items[start:end]`.
fn seq_index(vm: &mut Vm, items: &[Value], r: &[Value]) -> PyResult<Option<Value>> {
    let start = match r.get(1) {
        Some(v) => clamp_index(v, items.len())?,
        None => 0,
    };
    let end = match r.get(2) {
        Some(v) => clamp_index(v, items.len())?,
        None => items.len(),
    };
    for (i, x) in items.iter().enumerate().take(end).skip(start) {
        if vm.values_eq(x, &r[0])? {
            return Ok(Some(Value::Int(i as i64)));
        }
    }
    Ok(None)
}

fn seq_count(vm: &mut Vm, items: &[Value], x: &Value) -> PyResult<Value> {
    let mut n = 0;
    for item in items {
        if vm.values_eq(item, x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

builtin!(LIST_COUNT, "count", |vm, a| {
    let r = rest(a, "count", 1, 1)?;
    seq_count(vm, &this_list(a).snapshot(), &r[0])
});
builtin!(TUPLE_COUNT, "count", |vm, a| {
    let r = rest(a, "count", 1, 1)?;
    match a.values.first() {
        Some(Value::Tuple(t)) => seq_count(vm, &t.items, &r[0]),
        _ => Ok(Value::Int(0)),
    }
});
builtin!(LIST_SORT, "sort", |vm, a| {
    let l = this_list(a);
    let own = Args {
        values: &a.values[1..],
        kwnames: a.kwnames,
    };
    if !own.positional().is_empty() {
        return Err(type_error("sort() takes no positional arguments"));
    }
    let [key, reverse] = own.bind("sort", ["key", "reverse"], 0)?;
    let mut items = std::mem::take(&mut *l.items.lock());
    let r = sort_values(vm, &mut items, key, reverse.as_ref().is_some_and(truthy));
    let mut live = l.items.lock();
    let modified = !live.is_empty();
    *live = items;
    drop(live);
    r?;
    if modified {
        return Err(value_error("list modified during sort"));
    }
    Ok(Value::None)
});
builtin!(LIST_REVERSE, "reverse", |_, a| {
    rest(a, "reverse", 0, 0)?;
    this_list(a).items.lock().reverse();
    Ok(Value::None)
});
builtin!(LIST_EXTEND, "extend", |vm, a| {
    let r = rest(a, "extend", 1, 1)?;
    let items = vm.collect_items(&r[0])?;
    this_list(a).items.lock().extend(items);
    Ok(Value::None)
});
builtin!(LIST_COPY, "copy", |_, a| {
    rest(a, "copy", 0, 0)?;
    Ok(Value::list(this_list(a).snapshot()))
});
builtin!(LIST_CLEAR, "clear", |_, a| {
    rest(a, "clear", 0, 0)?;
    let old = std::mem::take(&mut *this_list(a).items.lock());
    drop(old);
    Ok(Value::None)
});

// ---- dict -----------------------------------------------------------------

fn this_dict(a: &Args) -> Arc<crate::vm::objects::dict::PyDict> {
    match a.values.first() {
        Some(Value::Dict(d)) => d.clone(),
        _ => Arc::new(crate::vm::objects::dict::PyDict::new()),
    }
}

builtin!(DICT_GET, "get", |_, a| {
    let r = rest(a, "get", 1, 2)?;
    Ok(this_dict(a)
        .get(&r[0])?
        .unwrap_or_else(|| r.get(1).cloned().unwrap_or(Value::None)))
});
builtin!(DICT_KEYS, "keys", |_, a| {
    rest(a, "keys", 0, 0)?;
    Ok(DictView::value(this_dict(a), ViewKind::Keys))
});
builtin!(DICT_VALUES, "values", |_, a| {
    rest(a, "values", 0, 0)?;
    Ok(DictView::value(this_dict(a), ViewKind::Values))
});
builtin!(DICT_ITEMS, "items", |_, a| {
    rest(a, "items", 0, 0)?;
    Ok(DictView::value(this_dict(a), ViewKind::Items))
});
builtin!(DICT_POP, "pop", |_, a| {
    let r = rest(a, "pop", 1, 2)?;
    match this_dict(a).remove(&r[0])? {
        Some(v) => Ok(v),
        None => match r.get(1) {
            Some(default) => Ok(default.clone()),
            None => Err(key_error(r[0].clone())),
        },
    }
});
builtin!(DICT_POPITEM, "popitem", |_, a| {
    rest(a, "popitem", 0, 0)?;
    match this_dict(a).pop_last() {
        Some((k, v)) => Ok(Value::tuple(vec![k, v])),
        None => Err(key_error(Value::str("popitem(): dictionary is empty"))),
    }
});
builtin!(DICT_SETDEFAULT, "setdefault", |_, a| {
    let r = rest(a, "setdefault", 1, 2)?;
    let d = this_dict(a);
    let default = r.get(1).cloned().unwrap_or(Value::None);
    d.setdefault(r[0].clone(), default)
});
builtin!(DICT_UPDATE, "update", |vm, a| {
    let d = this_dict(a);
    let pos = a.positional();
    if pos.len() > 2 {
        return Err(type_error(format!(
            "update expected at most 1 argument, got {}",
            pos.len() - 1
        )));
    }
    if let Some(other) = pos.get(1) {
        crate::stdlib::builtins::update_dict(vm, &d, other)?;
    }
    for (k, v) in a.keywords() {
        d.set(Value::str(k), v.clone())?;
    }
    Ok(Value::None)
});
builtin!(DICT_COPY, "copy", |_, a| {
    rest(a, "copy", 0, 0)?;
    Ok(Value::Dict(Arc::new(this_dict(a).copy())))
});
builtin!(DICT_CLEAR, "clear", |_, a| {
    rest(a, "clear", 0, 0)?;
    this_dict(a).clear();
    Ok(Value::None)
});

/// The methods table of a built-in type, for its `TypeObject`.
pub fn table_for(
    kind: crate::vm::objects::types::TypeKind,
) -> Option<crate::vm::objects::types::MethodTable> {
    use crate::vm::objects::types::TypeKind;
    match kind {
        TypeKind::Str => Some(crate::stdlib::str_methods::str_type_method),
        TypeKind::List => Some(list_method),
        TypeKind::Dict => Some(dict_method),
        TypeKind::Tuple => Some(tuple_method),
        TypeKind::Set => Some(crate::stdlib::set_methods::set_method),
        TypeKind::FrozenSet => Some(crate::stdlib::set_methods::frozenset_method),
        TypeKind::Object => Some(crate::vm::objects::instance::object_method),
        TypeKind::Type => Some(crate::vm::objects::instance::type_method),
        TypeKind::Exception => Some(crate::vm::objects::exceptions::exception_method),
        _ => None,
    }
}
