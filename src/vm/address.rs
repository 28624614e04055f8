//! The addresses a script can see: `id(x)` and the `at 0x...` of default
//! reprs (`<function f at 0x7f...>`).
//!
//! A normal run shows real addresses, as CPython does. A deterministic
//! run must print the same bytes every time, and real addresses change
//! from run to run (address-space randomisation, allocator timing), so
//! there every address is a stand-in: objects are numbered in the order
//! the script first sees their address, and the number is shown in an
//! address's clothes (`0x7f2000000010`, `0x7f2000000020`, ...). An object
//! keeps its stand-in while it lives; once it is gone, a new object at
//! the same address gets a new one (CPython's ids may be reused; ours
//! simply are not).
//!
//! Instances carry a serial number from birth, so theirs needs no table:
//! `0x7f1000000000 + 16 * serial`.

use std::collections::HashMap;
use std::sync::Arc;

use parking_lot::Mutex;

use crate::vm::value::Value;

/// Where instances' stand-ins start.
const INSTANCE_BASE: i64 = 0x7f10_0000_0000;
/// Where the stand-ins of everything else start.
const TABLE_BASE: i64 = 0x7f20_0000_0000;

/// Tells whether the object an entry was made for still lives.
type Liveness = Box<dyn Fn() -> bool + Send + Sync>;

/// A stand-in given, and how to tell whether its object still lives.
type Entry = (i64, Option<Liveness>);

/// The stand-ins given so far in one deterministic run.
#[derive(Default)]
pub struct StandIns {
    /// How many were given, and the live ones by real address.
    seen: Mutex<(i64, HashMap<usize, Entry>)>,
}

impl StandIns {
    /// The stand-in of the object at `address`; `alive` makes the
    /// check that it still lives, for a new entry.
    fn get(&self, address: usize, alive: impl FnOnce() -> Option<Liveness>) -> i64 {
        let mut guard = self.seen.lock();
        let (given, seen) = &mut *guard;
        if let Some((n, alive)) = seen.get(&address) {
            if alive.as_ref().is_none_or(|alive| alive()) {
                return *n;
            }
        }
        *given += 1;
        let n = TABLE_BASE + 16 * *given;
        seen.insert(address, (n, alive()));
        n
    }
}

/// A check that the object behind `v` still lives, for values that have
/// an allocation of their own.
fn liveness(v: &Value) -> Option<Liveness> {
    fn weak<T: ?Sized + Send + Sync + 'static>(a: &Arc<T>) -> Option<Liveness> {
        let w = Arc::downgrade(a);
        Some(Box::new(move || w.strong_count() > 0))
    }
    match v {
        Value::Str(a) => weak(a),
        Value::Tuple(a) => weak(a),
        Value::List(a) => weak(a),
        Value::Dict(a) => weak(a),
        Value::Set(a) => weak(a),
        Value::Range(a) => weak(a),
        Value::Slice(a) => weak(a),
        Value::Function(a) => weak(a),
        Value::BoundMethod(a) => weak(a),
        Value::Module(a) => weak(a),
        Value::Type(a) => weak(a),
        Value::Exception(a) => weak(a),
        Value::Iterator(a) => weak(a),
        Value::Code(a) => weak(a),
        Value::Instance(a) => weak(a),
        Value::Method(a) => weak(a),
        Value::BigInt(a) => weak(a),
        Value::Cell(a) => weak(a),
        Value::Generator(a) => weak(a),
        Value::Native(a) => weak(a),
        // Statics live for ever; a `for` loop's cursor is never seen.
        _ => None,
    }
}

/// The address of `v` as the script sees it (`id(v)`).
pub fn shown(v: &Value) -> i64 {
    match v {
        // These ids are made up already, the same on every run.
        Value::Undef
        | Value::None
        | Value::Bool(_)
        | Value::Int(_)
        | Value::Float(_)
        | Value::ShortStr(_) => v.id(),
        _ => match crate::vm::generators::thread_interpreter() {
            Some(interp) => match (&interp.runtime.stand_ins, v) {
                (Some(_), Value::Instance(inst)) => INSTANCE_BASE + 16 * inst.serial as i64,
                (Some(table), _) => table.get(v.id() as usize, || liveness(v)),
                (None, _) => v.id(),
            },
            None => v.id(),
        },
    }
}

/// The address a built-in object shows for itself (its `repr` knows only
/// `self`). The repr of a value registers the value first (`shown`), so
/// this finds its entry; an address never seen before gets a stand-in
/// with no way to tell when its object dies.
pub fn shown_at<T: ?Sized>(this: &T) -> i64 {
    let address = this as *const T as *const u8 as usize;
    match crate::vm::generators::thread_interpreter() {
        Some(interp) => match &interp.runtime.stand_ins {
            Some(table) => table.get(address, || None),
            None => address as i64,
        },
        None => address as i64,
    }
}
