//! Inline caches for attribute access on instances of user classes.
//!
//! `self.x`, `self.x = v` and `self.m(...)` each looked the name up through
//! the class's MRO (a hash lookup per class, to rule out a property) and
//! then in the instance's own table: two or three hash lookups per access,
//! most of an object-heavy loop's time. A site remembers what it found for
//! the last class it saw: that the class has no property of that name,
//! where (how many bases up, at which index of that class's dict) the
//! class attribute is, and where the instance attribute was in the last
//! instance's table. A later access by an instance of the same class, with
//! no class changed since (`CLASS_EPOCH`), goes straight there; every
//! position is checked against the name before it is used, so a stale hint
//! costs a lookup, never a wrong answer.
//!
//! A site has two ways, so code that sees instances of two classes (a
//! base-class method called on a subclass's instances, a list mixing two
//! kinds) keeps both answers instead of refilling on every alternation; a
//! third class replaces the less recently filled.
//!
//! Each thread keeps its own sites (`Vm::sites`), so filling and reading
//! them needs no synchronisation even with the GIL off. A site is found by
//! the code object's `site_base` plus the instruction's name index (one
//! site per name per kind of access in a code object). Classes are told
//! apart by address; a class made later at a freed class's address was
//! made at a later epoch, so it cannot match an old site.

use std::sync::Arc;

use crate::bytecode::{LocalPair, Op};
use crate::vm::code::Code;
use crate::vm::objects::descriptors::Property;
use crate::vm::objects::exceptions::PyResult;
use crate::vm::objects::instance::PyInstance;
use crate::vm::objects::types::{class_epoch, methods_may_be_shadowed, TypeKind, TypeObject};
use crate::vm::value::Value;
use crate::vm::Vm;

/// The kinds of access with a site each: `Code::site_base + name * KINDS +
/// kind`.
pub const KINDS: usize = 5;
const LOAD: usize = 0;
const STORE: usize = 1;
const METHOD: usize = 2;
/// `Class.m(...)` on a class object (`Base.method(self, ...)` in a
/// subclass): the function the class's MRO holds under the name.
const CLASS_FUNCTION: usize = 3;
/// `super().m(...)`: the function found after the method's own class
/// (`AttrSite::start`) in the MRO of the receiver's class.
const SUPER: usize = 4;

/// How many classes one site remembers.
pub const WAYS: usize = 2;

/// The ways of one site.
pub type Site = [AttrSite; WAYS];

/// No class attribute: `AttrSite::depth` of a name only instances have.
const NOT_IN_CLASS: u8 = u8::MAX;

/// What one site learnt about the last class it saw.
#[derive(Clone, Default)]
pub struct AttrSite {
    /// The class's address; 0 while the site is empty.
    class: usize,
    epoch: u64,
    /// The name's address, to tell apart the sites of code objects that a
    /// second load numbered alike.
    name: usize,
    /// Where the attribute was in the last instance's own table.
    slot_hint: u32,
    /// The class that has the attribute, as bases up from the instance's
    /// class (`NOT_IN_CLASS`: none has it), and its index in that dict.
    depth: u8,
    index: u32,
    /// For a `super()` site, the class whose method calls `super()`.
    start: usize,
    /// For a method site, the function the class has under the name:
    /// calling it needs no look into the class's dict. A class that gets
    /// or loses a function moves the epoch (`TypeObject::set_class_attr`).
    method: Option<Value>,
}

/// Whether a name in an attribute table is `name`: the same string object
/// (the usual case: the key was stored by this code), else equal text.
#[inline(always)]
fn same_name(key: &Arc<str>, name: &Arc<str>) -> bool {
    Arc::ptr_eq(key, name) || **key == **name
}

impl AttrSite {
    /// A site that remembers the function `f` for `class` (and, for a
    /// `super()` site, the class `start` whose method asks).
    fn function(class: &Arc<TypeObject>, name: &Arc<str>, start: usize, f: &Value) -> AttrSite {
        AttrSite {
            class: Arc::as_ptr(class) as usize,
            epoch: class_epoch(),
            name: Arc::as_ptr(name) as *const u8 as usize,
            slot_hint: 0,
            depth: NOT_IN_CLASS,
            index: 0,
            start,
            method: Some(f.clone()),
        }
    }

    #[inline(always)]
    fn matches(&self, class: &Arc<TypeObject>, name: &Arc<str>) -> bool {
        self.class == Arc::as_ptr(class) as usize
            && self.name == Arc::as_ptr(name) as *const u8 as usize
            && self.epoch == class_epoch()
    }

    /// The class attribute the site points at, if it is still `name`.
    /// (An `if` rather than `bool::then`: the closure was sometimes left
    /// out of line in the dispatch loop, costing registers there.)
    #[inline(always)]
    fn class_attr(&self, class: &Arc<TypeObject>, name: &Arc<str>) -> Option<Value> {
        let owner = class.mro().nth(self.depth as usize)?;
        let dict = owner.dict.lock();
        let (key, v) = dict.get_index(self.index as usize)?;
        if same_name(key, name) {
            Some(v.clone())
        } else {
            None
        }
    }
}

/// Where `name` is in the MRO of `class`, for a site: `None` when no site
/// can stand for the lookup (a property, a class carrying a built-in
/// object, or an attribute of a built-in base's method table).
fn locate(class: &Arc<TypeObject>, name: &str) -> Option<(u8, u32)> {
    if class.kind != TypeKind::Instance || class.builtin_base().kind != TypeKind::Object {
        return None;
    }
    // A class with its own `__hash__` takes the slow path, which keeps
    // the instance's hash up to date; so does one with attribute hooks,
    // which the slow path calls.
    if class.has_flag(
        crate::vm::objects::types::CLASS_USER_HASH | crate::vm::objects::types::CLASS_SLOTS,
    ) {
        return None;
    }
    for hook in ["__setattr__", "__delattr__"] {
        if crate::vm::classes::user_hook(class, hook).is_some() {
            return None;
        }
    }
    for (depth, t) in class.mro().enumerate() {
        if t.is_class {
            let dict = t.dict.lock();
            if let Some((index, _, v)) = dict.get_full(name) {
                if Property::of(v).is_some() {
                    return None;
                }
                let depth = u8::try_from(depth).ok().filter(|d| *d != NOT_IN_CLASS)?;
                return Some((depth, u32::try_from(index).ok()?));
            }
        } else if t.own_attr(name).is_some() {
            return None;
        }
    }
    Some((NOT_IN_CLASS, 0))
}

/// The way of the site of kind `kind` for `names[name]` of `code` that
/// this thread filled for `class`, if any.
#[inline(always)]
fn site<'s>(
    sites: &'s mut [Site],
    code: &Code,
    name: u32,
    kind: usize,
    class: &Arc<TypeObject>,
) -> Option<&'s mut AttrSite> {
    let name_str = &code.names[name as usize];
    sites
        .get_mut(code.site_base + name as usize * KINDS + kind)?
        .iter_mut()
        .find(|way| way.matches(class, name_str))
}

/// LOAD_ATTR `names[name]` on `obj` (an instance, `inst`) from the site,
/// when it knows the answer. It takes the sites apart from the VM so that
/// the dispatch loop can read `obj` where it lies on the stack.
#[inline(always)]
pub(crate) fn cached_load(
    sites: &mut [Site],
    code: &Code,
    name: u32,
    obj: &Value,
    inst: &PyInstance,
) -> Option<Value> {
    let name_str = &code.names[name as usize];
    let site = site(sites, code, name, LOAD, &inst.class)?;
    {
        let attrs = inst.attrs.lock();
        if let Some((key, v)) = attrs.get_index(site.slot_hint as usize) {
            if same_name(key, name_str) {
                return Some(v.clone());
            }
        }
        if let Some((i, _, v)) = attrs.get_full(&**name_str) {
            site.slot_hint = i as u32;
            return Some(v.clone());
        }
    }
    if site.depth == NOT_IN_CLASS {
        return None;
    }
    let v = site.class_attr(&inst.class, name_str)?;
    if matches!(v, Value::Builtin(_))
        && crate::vm::classes::builtin_in_class_dict(&inst.class, name_str)
    {
        return Some(v);
    }
    Some(crate::vm::classes::bind(v, obj, &inst.class))
}

/// UPDATE_ATTR: `a.b op= v` on an instance, as one step under the
/// instance's lock, when its sites know the class, `a.b` and `v` are ints
/// and the result fits. `locals` are the frame's, `copy_at` the index of
/// the COPY after the fused LOAD_FAST; returns how many instructions
/// from there the statement covers, or `None` when the plain
/// instructions must run (nothing was changed).
#[inline(always)]
pub(crate) fn cached_int_update(
    sites: &mut [Site],
    code: &Code,
    ops: &[Op],
    locals: &[Value],
    p: LocalPair,
    copy_at: usize,
) -> Option<usize> {
    let Value::Instance(inst) = &locals[p.a as usize] else {
        return None;
    };
    // The value: an int local or constant, or another attribute of `a`.
    let (operand, other_attr, len) = match (ops[copy_at + 2], ops.get(copy_at + 3)) {
        (Op::LoadFast(a), Some(&Op::LoadAttr(c))) if a == u32::from(p.a) => {
            (&Value::Undef, Some(c), 2)
        }
        (Op::LoadFast(b), _) => (locals.get(b as usize)?, None, 1),
        (Op::LoadConst(k), _) => (&code.consts[k as usize], None, 1),
        _ => return None,
    };
    let Op::InplaceOp(kind) = ops[copy_at + 2 + len] else {
        return None;
    };
    let name = u32::from(p.b);
    let store = site(sites, code, name, STORE, &inst.class)?;
    if store.depth != NOT_IN_CLASS {
        return None;
    }
    let hint = store.slot_hint as usize;
    let other = match other_attr {
        Some(c) => Some((
            site(sites, code, c, LOAD, &inst.class)?.slot_hint as usize,
            c,
        )),
        None => None,
    };
    let mut attrs = inst.attrs.lock();
    let y = match (other, operand) {
        (Some((at, c)), _) => match attrs.get_index(at) {
            Some((key, &Value::Int(y))) if same_name(key, &code.names[c as usize]) => y,
            _ => return None,
        },
        (None, &Value::Int(y)) => y,
        _ => return None,
    };
    let (key, slot) = attrs.get_index_mut(hint)?;
    let (true, &mut Value::Int(x)) = (same_name(key, &code.names[name as usize]), &mut *slot)
    else {
        return None;
    };
    *slot = Value::Int(crate::vm::ops::int_op_fast(kind, x, y)?);
    // COPY, LOAD_ATTR, the value, INPLACE_OP, SWAP, STORE_ATTR.
    Some(len + 5)
}

/// STORE_ATTR `names[name]` on an instance from the site, when no class
/// in the MRO has the name (nothing to shadow, no property to run); the
/// value comes back when the site cannot do it.
#[inline(always)]
pub(crate) fn cached_store(
    sites: &mut [Site],
    code: &Code,
    name: u32,
    inst: &PyInstance,
    value: Value,
) -> Result<(), Value> {
    let name_str = &code.names[name as usize];
    let Some(site) = site(sites, code, name, STORE, &inst.class) else {
        return Err(value);
    };
    if site.depth != NOT_IN_CLASS {
        return Err(value);
    }
    let old = {
        let mut attrs = inst.attrs.lock();
        match attrs.get_index_mut(site.slot_hint as usize) {
            Some((key, slot)) if same_name(key, name_str) => Some(std::mem::replace(slot, value)),
            _ => {
                let (i, old) = attrs.insert_full(name_str.clone(), value);
                site.slot_hint = i as u32;
                if old.is_none() {
                    inst.note_size(attrs.len());
                }
                old
            }
        }
    };
    drop(old);
    Ok(())
}

/// LOAD_METHOD `names[name]` on an instance from the site: the class's
/// function, when the instance does not shadow it.
#[inline(always)]
pub(crate) fn cached_method(
    sites: &mut [Site],
    code: &Code,
    name: u32,
    inst: &PyInstance,
) -> Option<Value> {
    let site = site(sites, code, name, METHOD, &inst.class)?;
    let f = site.method.as_ref()?;
    // Only when some instance attribute may be named like a method need
    // this one's own attributes be looked at.
    if methods_may_be_shadowed() && inst.attrs.lock().contains_key(&*code.names[name as usize]) {
        return None;
    }
    Some(f.clone())
}

/// The function `super().names[name]` found for an instance of `class`
/// in a method of `start`, if the site knows it.
#[inline(always)]
pub(crate) fn cached_super(
    sites: &mut [Site],
    code: &Code,
    name: u32,
    class: &Arc<TypeObject>,
    start: &Arc<TypeObject>,
) -> Option<Value> {
    let way = site(sites, code, name, SUPER, class)?;
    if way.start != Arc::as_ptr(start) as usize {
        return None;
    }
    way.method.clone()
}

/// Records `f` as what `super().names[name]` finds for an instance of
/// `class` in a method of `start`: the function held by a class after
/// `start` in `class`'s MRO, which only a class changing (the epoch) can
/// change.
pub(crate) fn fill_super(
    sites: &mut Vec<Site>,
    code: &Code,
    name: u32,
    class: &Arc<TypeObject>,
    start: &Arc<TypeObject>,
    f: &Value,
) {
    let at = code.site_base + name as usize * KINDS + SUPER;
    let start = Arc::as_ptr(start) as usize;
    install(
        sites,
        at,
        AttrSite::function(class, &code.names[name as usize], start, f),
    );
}

/// Writes `way` into the site at `at`, growing this thread's sites as
/// needed: in the way that already stands for its class, else in the
/// first way, the older answer moving to the second.
fn install(sites: &mut Vec<Site>, at: usize, way: AttrSite) {
    if sites.len() <= at {
        sites.resize(at + 1, Site::default());
    }
    let ways = &mut sites[at];
    if ways[0].class != way.class {
        ways[1] = std::mem::take(&mut ways[0]);
    }
    ways[0] = way;
}

impl Vm {
    /// Records what a lookup found, growing this thread's sites as needed:
    /// in the way that already stands for the class, else in the first
    /// way, the older answer moving to the second.
    #[cold]
    fn fill_site(&mut self, code: &Code, name: u32, kind: usize, inst: &PyInstance) {
        let name_str = &code.names[name as usize];
        let Some((depth, index)) = locate(&inst.class, name_str) else {
            return;
        };
        let at = code.site_base + name as usize * KINDS + kind;
        if self.sites.len() <= at {
            self.sites.resize(at + 1, Site::default());
        }
        let slot_hint = inst
            .attrs
            .lock()
            .get_index_of(&**name_str)
            .map_or(0, |i| i as u32);
        let class = Arc::as_ptr(&inst.class) as usize;
        let method = match kind {
            METHOD if depth != NOT_IN_CLASS => inst
                .class
                .mro()
                .nth(depth as usize)
                .and_then(|owner| {
                    owner
                        .dict
                        .lock()
                        .get_index(index as usize)
                        .map(|(_, v)| v.clone())
                })
                .filter(|v| matches!(v, Value::Function(_))),
            _ => None,
        };
        let way = AttrSite {
            class,
            epoch: class_epoch(),
            name: Arc::as_ptr(name_str) as *const u8 as usize,
            slot_hint,
            depth,
            index,
            start: 0,
            method,
        };
        install(&mut self.sites, at, way);
    }

    /// LOAD_METHOD of `names[name]` on a class object, filling the
    /// class-function site when the answer is a plain function of a user
    /// class without a metaclass: then only a class changing (the epoch)
    /// can change it, as `TypeObject::set_class_attr` moves the epoch
    /// whenever a function or descriptor comes or goes.
    #[inline(never)]
    fn load_class_function(
        &mut self,
        code: &Code,
        name: u32,
        obj: Value,
    ) -> PyResult<(Value, Value)> {
        let Value::Type(class) = &obj else {
            unreachable!("load_class_function is called on a class");
        };
        let class = class.clone();
        let name_str = &code.names[name as usize];
        let (f, receiver) = self.load_method(obj, name_str)?;
        // The function must be the one the class's MRO holds, not one a
        // descriptor's `__get__` made (which may answer differently).
        let in_mro = || {
            let (depth, index) = locate(&class, name_str).filter(|(d, _)| *d != NOT_IN_CLASS)?;
            let owner = class.mro().nth(depth as usize)?;
            let dict = owner.dict.lock();
            let (_, v) = dict.get_index(index as usize)?;
            match (v, &f) {
                (Value::Function(held), Value::Function(got)) => Some(Arc::ptr_eq(held, got)),
                _ => None,
            }
        };
        let cacheable = class.is_class
            && class.metaclass.get().is_none()
            && matches!(receiver, Value::Undef)
            && in_mro() == Some(true);
        if cacheable {
            let at = code.site_base + name as usize * KINDS + CLASS_FUNCTION;
            install(
                &mut self.sites,
                at,
                AttrSite::function(&class, name_str, 0, &f),
            );
        }
        Ok((f, receiver))
    }

    /// LOAD_ATTR of `names[name]` on an instance.
    #[inline(always)]
    pub(crate) fn load_instance_attr(
        &mut self,
        code: &Code,
        name: u32,
        obj: &Value,
        inst: &PyInstance,
    ) -> PyResult<Value> {
        match cached_load(&mut self.sites, code, name, obj, inst) {
            Some(v) => Ok(v),
            None => self.load_instance_attr_slow(code, name, obj, inst),
        }
    }

    /// LOAD_ATTR through the MRO, filling the site.
    #[inline(never)]
    pub(crate) fn load_instance_attr_slow(
        &mut self,
        code: &Code,
        name: u32,
        obj: &Value,
        inst: &PyInstance,
    ) -> PyResult<Value> {
        let v = self.instance_getattr(obj, inst, &code.names[name as usize])?;
        self.fill_site(code, name, LOAD, inst);
        Ok(v)
    }

    /// STORE_ATTR of `names[name]` on an instance.
    #[inline(always)]
    pub(crate) fn store_instance_attr(
        &mut self,
        code: &Code,
        name: u32,
        obj: &Value,
        inst: &PyInstance,
        value: Value,
    ) -> PyResult<()> {
        match cached_store(&mut self.sites, code, name, inst, value) {
            Ok(()) => Ok(()),
            Err(value) => self.store_instance_attr_slow(code, name, obj, inst, value),
        }
    }

    /// STORE_ATTR through the MRO (properties, shadowing), filling the site.
    #[inline(never)]
    pub(crate) fn store_instance_attr_slow(
        &mut self,
        code: &Code,
        name: u32,
        obj: &Value,
        inst: &PyInstance,
        value: Value,
    ) -> PyResult<()> {
        self.instance_setattr(obj, inst, &code.names[name as usize], value)?;
        self.fill_site(code, name, STORE, inst);
        Ok(())
    }

    /// LOAD_METHOD of `names[name]` on any object: pushes nothing itself,
    /// returns `(method, receiver)` as `load_method` does.
    #[inline(always)]
    pub(crate) fn load_instance_method(
        &mut self,
        code: &Code,
        name: u32,
        obj: Value,
    ) -> PyResult<(Value, Value)> {
        let Value::Instance(inst) = &obj else {
            if let Value::Type(class) = &obj {
                if let Some(f) = site(&mut self.sites, code, name, CLASS_FUNCTION, class)
                    .and_then(|way| way.method.clone())
                {
                    return Ok((f, Value::Undef));
                }
                return self.load_class_function(code, name, obj);
            }
            return self.load_method(obj, &code.names[name as usize]);
        };
        if let Some(f) = cached_method(&mut self.sites, code, name, inst) {
            return Ok((f, obj));
        }
        let inst = inst.clone();
        let r = self.instance_method(obj, &code.names[name as usize])?;
        self.fill_site(code, name, METHOD, &inst);
        Ok(r)
    }
}
