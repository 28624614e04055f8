//! Runtime values.
//!
//! A `Value` is 16 bytes: small immutable data (`None`, bools, 64-bit ints,
//! floats, strings of up to 7 ASCII bytes) is stored inline, everything
//! else is an `Arc` to a heap object (ints beyond 64 bits too).
//! Mutable containers carry their own `parking_lot` lock (as in PEP 703), so
//! values are `Send + Sync` and stay consistent even with the GIL switched
//! off; the GIL serialises execution, it is not what keeps memory safe.

use std::fmt;

use compact_str::CompactString;
use num_bigint::BigInt;
use std::sync::Arc;

pub use crate::vm::objects::function::{Function, PyCell, PyMethod};
pub use crate::vm::objects::generator::PyGenerator;
pub use crate::vm::objects::instance::PyInstance;
pub use crate::vm::objects::list::{ObjectLock, PyList};
pub use crate::vm::objects::module::{Globals, Module};
pub use crate::vm::objects::range::{PyRange, PySlice};
pub use crate::vm::objects::str::PyStr;
pub use crate::vm::objects::tuple::PyTuple;

use crate::vm::code::Code;
use crate::vm::native::{BoundMethod, BuiltinFunction, NativeObject};
use crate::vm::objects::dict::PyDict;
use crate::vm::objects::exceptions::PyException;
use crate::vm::objects::iter::PyIterator;
use crate::vm::objects::loop_cursor::LoopCursor;
use crate::vm::objects::set::PySet;
use crate::vm::objects::short_str::{ShortStr, StrRef};
use crate::vm::objects::types::TypeObject;

pub enum Value {
    /// Not a Python value: marks an unbound local or global slot, and the
    /// absent `self` of a LOAD_METHOD that found a plain attribute.
    Undef,
    None,
    Bool(PyBool),
    Int(i64),
    Float(PyFloat),
    Str(Arc<PyStr>),
    /// A string of up to 7 ASCII bytes, stored inline (see `short_str`).
    /// Text that fits is never a `Str`.
    ShortStr(ShortStr),
    Tuple(Arc<PyTuple>),
    List(Arc<PyList>),
    Dict(Arc<PyDict>),
    /// A `set` or a `frozenset`: one variant, the frozen flag inside
    /// (`PySet::is_frozen`). Both share every operation that reads them,
    /// so one variant keeps each match over values one arm shorter; a
    /// frozenset's table simply has no lock (see `objects::set`).
    Set(Arc<PySet>),
    Range(Arc<PyRange>),
    Slice(Arc<PySlice>),
    Function(Arc<Function>),
    Builtin(&'static BuiltinFunction),
    BoundMethod(Arc<BoundMethod>),
    Module(Arc<Module>),
    Type(Arc<TypeObject>),
    Exception(Arc<PyException>),
    Iterator(Arc<PyIterator>),
    /// The hidden iterator of a `for` loop (see `loop_cursor`).
    ForLoop(Box<LoopCursor>),
    /// A compiled code object (only ever a constant of another code object).
    Code(Arc<Code>),
    /// An instance of a user class.
    Instance(Arc<PyInstance>),
    /// A Python function bound to a receiver (`obj.method`).
    Method(Arc<PyMethod>),
    /// An int outside the 64-bit range (`2**100`). Every int that fits in
    /// an `i64` is a `Value::Int`, so the small-int fast paths never see
    /// one of these (see `objects::int`).
    BigInt(Arc<BigInt>),
    /// A closure cell: only ever in a frame's slot or a closure, never a
    /// value a script sees.
    Cell(Arc<PyCell>),
    /// A generator: a suspended frame (see `objects::generator`).
    Generator(Arc<PyGenerator>),
    /// An object implemented in Rust by a built-in module (locks, threads...).
    /// Boxed once more so the pointer is thin and `Value` stays 16 bytes.
    Native(Arc<Box<dyn NativeObject>>),
}

// Every push, pop and copy moves a `Value`: keep it two words.
const _: () = assert!(std::mem::size_of::<Value>() == 16);

/// A bool stored as a whole word.
///
/// Why not `bool` and `f64`: when every payload of an enum is one
/// integer or pointer of the same size, rustc lays the enum out as a
/// *scalar pair* (tag word, payload word). A `Value` then travels in two
/// registers (returned in rax:rdx, copied as two integer moves). With a
/// one-byte `bool` or an `f64` among the payloads, it becomes an opaque
/// 16-byte blob instead: returned through memory, written as two 8-byte
/// stores and read back as one 16-byte load, a store-forwarding stall on
/// nearly every push. Measured on lists.py: a third of the run time.
/// Keep every payload one integer or pointer word: a variant with a
/// smaller or a float payload would quietly bring the stalls back.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct PyBool(u64);

impl PyBool {
    pub const FALSE: PyBool = PyBool(0);
    pub const TRUE: PyBool = PyBool(1);

    #[inline(always)]
    pub const fn new(b: bool) -> PyBool {
        PyBool(b as u64)
    }

    #[inline(always)]
    pub const fn get(self) -> bool {
        self.0 != 0
    }
}

/// A float stored as its bits, for the same reason as `PyBool`.
#[derive(Clone, Copy)]
pub struct PyFloat(u64);

impl PyFloat {
    #[inline(always)]
    pub const fn new(f: f64) -> PyFloat {
        PyFloat(f.to_bits())
    }

    #[inline(always)]
    pub const fn get(self) -> f64 {
        f64::from_bits(self.0)
    }
}

/// Cloning is on every hot path (LOAD_FAST, LOAD_CONST), and the derived
/// impl is one out-of-line function over all variants. This one copies the
/// inline variants in place and leaves only reference counting to the
/// out-of-line part.
impl Clone for Value {
    #[inline(always)]
    fn clone(&self) -> Value {
        match self {
            Value::Undef => Value::Undef,
            Value::None => Value::None,
            Value::Bool(b) => Value::Bool(*b),
            Value::Int(i) => Value::Int(*i),
            Value::Float(f) => Value::Float(*f),
            Value::ShortStr(s) => Value::ShortStr(*s),
            _ => self.clone_heap(),
        }
    }
}

impl Value {
    #[inline(never)]
    fn clone_heap(&self) -> Value {
        match self {
            Value::Undef
            | Value::None
            | Value::Bool(_)
            | Value::Int(_)
            | Value::Float(_)
            | Value::ShortStr(_) => self.clone(),
            Value::Str(a) => Value::Str(a.clone()),
            Value::Tuple(a) => Value::Tuple(a.clone()),
            Value::List(a) => Value::List(a.clone()),
            Value::Dict(a) => Value::Dict(a.clone()),
            Value::Set(a) => Value::Set(a.clone()),
            Value::Range(a) => Value::Range(a.clone()),
            Value::Slice(a) => Value::Slice(a.clone()),
            Value::Function(a) => Value::Function(a.clone()),
            Value::Builtin(b) => Value::Builtin(b),
            Value::BoundMethod(a) => Value::BoundMethod(a.clone()),
            Value::Module(a) => Value::Module(a.clone()),
            Value::Type(a) => Value::Type(a.clone()),
            Value::Exception(a) => Value::Exception(a.clone()),
            Value::Iterator(a) => Value::Iterator(a.clone()),
            Value::ForLoop(c) => Value::ForLoop(c.clone()),
            Value::Code(a) => Value::Code(a.clone()),
            Value::Instance(a) => Value::Instance(a.clone()),
            Value::Method(a) => Value::Method(a.clone()),
            Value::BigInt(a) => Value::BigInt(a.clone()),
            Value::Cell(a) => Value::Cell(a.clone()),
            Value::Generator(a) => Value::Generator(a.clone()),
            Value::Native(a) => Value::Native(a.clone()),
        }
    }

    /// Whether the value lives inline (nothing to count or free), so
    /// dropping it is a no-op.
    #[inline(always)]
    pub fn is_inline(&self) -> bool {
        matches!(
            self,
            Value::Undef
                | Value::None
                | Value::Bool(_)
                | Value::Int(_)
                | Value::Float(_)
                | Value::ShortStr(_)
        )
    }

    /// Whether the value holds no other values (a number, a string, `None`):
    /// comparing or dropping it takes no lock and runs no Python code.
    #[inline]
    /// (A big int holds no values either, but is left out: this test is
    /// inlined into the dispatch loop, and one more variant cost loop.py
    /// 2% in register spills. A big int takes the general path.)
    pub fn is_leaf(&self) -> bool {
        self.is_inline() || matches!(self, Value::Str(_))
    }

    /// Drops a value, skipping the out-of-line drop glue for inline ones:
    /// the dispatch loop discards many small ints and bools.
    #[inline(always)]
    pub fn discard(self) {
        if self.is_inline() {
            std::mem::forget(self);
        } else {
            drop(self);
        }
    }
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::vm::repr::repr_for_display(self))
    }
}

impl Value {
    #[inline(always)]
    pub fn bool(b: bool) -> Value {
        Value::Bool(PyBool::new(b))
    }

    #[inline(always)]
    pub fn float(f: f64) -> Value {
        Value::Float(PyFloat::new(f))
    }

    /// A string: inline when it fits (`ShortStr`), else on the heap (a
    /// `String` given is handed over, a `&str` copied).
    pub fn str(s: impl AsRef<str> + Into<String>) -> Value {
        match ShortStr::new(s.as_ref()) {
            Some(short) => Value::ShortStr(short),
            None => Value::Str(Arc::new(PyStr::new(s.into()))),
        }
    }

    /// A string built in place: short text goes inline, longer text that
    /// fits the `CompactString` stays inline in the `PyStr`, so the `Arc`
    /// is the only allocation. Hot paths use this rather than `str`, whose
    /// `String` is one more malloc and free.
    pub fn compact_str(s: CompactString) -> Value {
        match ShortStr::new(&s) {
            Some(short) => Value::ShortStr(short),
            None => Value::Str(Arc::new(PyStr::from_compact(s))),
        }
    }

    /// The text of a string value, however it is stored.
    #[inline]
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::ShortStr(s) => Some(s.as_str()),
            Value::Str(s) => Some(s.as_str()),
            _ => None,
        }
    }

    /// A string value's text as bytes. For a short string this skips the
    /// UTF-8 check of `as_str` (a tenth of strings.py's time went to it in
    /// `str.join`); the caller only copies the bytes.
    #[inline]
    pub fn str_bytes(&self) -> Option<&[u8]> {
        match self {
            Value::ShortStr(s) => Some(s.as_bytes()),
            Value::Str(s) => Some(s.as_str().as_bytes()),
            _ => None,
        }
    }

    /// A string value's text and length in code points.
    #[inline]
    pub fn as_str_ref(&self) -> Option<StrRef<'_>> {
        match self {
            Value::ShortStr(s) => Some(StrRef::new(s.as_str(), s.len())),
            Value::Str(s) => Some(s.str_ref()),
            _ => None,
        }
    }

    #[inline]
    pub fn is_str(&self) -> bool {
        matches!(self, Value::Str(_) | Value::ShortStr(_))
    }

    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(Arc::new(PyTuple::new(items)))
    }

    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Arc::new(PyList::new(items)))
    }

    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// Identity, as Python's `is`: the same heap object, or the same inline
    /// singleton/number (CPython caches small ints; gilvm treats equal
    /// inline ints as identical, which is what scripts observe for them).
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::None, Value::None) | (Value::Undef, Value::Undef) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.0 == b.0,
            (Value::Str(a), Value::Str(b)) => Arc::ptr_eq(a, b),
            (Value::ShortStr(a), Value::ShortStr(b)) => a == b,
            (Value::Tuple(a), Value::Tuple(b)) => Arc::ptr_eq(a, b),
            (Value::List(a), Value::List(b)) => Arc::ptr_eq(a, b),
            (Value::Dict(a), Value::Dict(b)) => Arc::ptr_eq(a, b),
            (Value::Set(a), Value::Set(b)) => Arc::ptr_eq(a, b),
            (Value::Range(a), Value::Range(b)) => Arc::ptr_eq(a, b),
            (Value::Slice(a), Value::Slice(b)) => Arc::ptr_eq(a, b),
            (Value::Function(a), Value::Function(b)) => Arc::ptr_eq(a, b),
            (Value::Builtin(a), Value::Builtin(b)) => std::ptr::eq(*a, *b),
            (Value::BoundMethod(a), Value::BoundMethod(b)) => Arc::ptr_eq(a, b),
            (Value::Module(a), Value::Module(b)) => Arc::ptr_eq(a, b),
            (Value::Type(a), Value::Type(b)) => Arc::ptr_eq(a, b),
            (Value::Exception(a), Value::Exception(b)) => Arc::ptr_eq(a, b),
            (Value::Iterator(a), Value::Iterator(b)) => Arc::ptr_eq(a, b),
            (Value::ForLoop(a), Value::ForLoop(b)) => std::ptr::eq(&**a, &**b),
            (Value::Code(a), Value::Code(b)) => Arc::ptr_eq(a, b),
            (Value::Instance(a), Value::Instance(b)) => Arc::ptr_eq(a, b),
            (Value::Method(a), Value::Method(b)) => Arc::ptr_eq(a, b),
            (Value::BigInt(a), Value::BigInt(b)) => Arc::ptr_eq(a, b),
            (Value::Cell(a), Value::Cell(b)) => Arc::ptr_eq(a, b),
            (Value::Generator(a), Value::Generator(b)) => Arc::ptr_eq(a, b),
            (Value::Native(a), Value::Native(b)) => Arc::ptr_eq(a, b),
            _ => false,
        }
    }

    /// A number identifying the object while it lives (`id()`).
    pub fn id(&self) -> i64 {
        fn addr<T: ?Sized>(a: &Arc<T>) -> i64 {
            Arc::as_ptr(a) as *const u8 as usize as i64
        }
        match self {
            Value::Undef => 0,
            Value::None => 0x1000,
            Value::Bool(b) => 0x1010 + b.get() as i64 * 0x10,
            // Inline numbers have no address; give them a stable fake one.
            Value::Int(i) => 0x2000_0000_0000 ^ i.wrapping_mul(0x10),
            Value::Float(f) => 0x3000_0000_0000 ^ (f.0 as i64 >> 4 << 4),
            Value::Str(a) => addr(a),
            // The word (below 2**59: byte 7 is a length up to 7) shifted
            // and tagged: never a multiple of 16 like the other fake ids
            // and heap addresses, and far above any static one.
            Value::ShortStr(s) => ((s.bits() << 4) | 8) as i64,
            Value::Tuple(a) => addr(a),
            Value::List(a) => addr(a),
            Value::Dict(a) => addr(a),
            Value::Set(a) => addr(a),
            Value::Range(a) => addr(a),
            Value::Slice(a) => addr(a),
            Value::Function(a) => addr(a),
            Value::Builtin(b) => *b as *const BuiltinFunction as usize as i64,
            Value::BoundMethod(a) => addr(a),
            Value::Module(a) => addr(a),
            Value::Type(a) => addr(a),
            Value::Exception(a) => addr(a),
            Value::Iterator(a) => addr(a),
            Value::ForLoop(c) => &**c as *const LoopCursor as usize as i64,
            Value::Code(a) => addr(a),
            Value::Instance(a) => addr(a),
            Value::Method(a) => addr(a),
            Value::BigInt(a) => addr(a),
            Value::Cell(a) => addr(a),
            Value::Generator(a) => addr(a),
            // The object in the box: the address its own `repr` sees.
            Value::Native(a) => &***a as *const dyn NativeObject as *const u8 as usize as i64,
        }
    }
}
