//! Runtime values.
//!
//! A `Value` is 16 bytes: small immutable data (`None`, bools, 64-bit ints,
//! floats, strings of up to 7 ASCII bytes) is stored inline, everything
//! else is an `Arc` to a heap object.
//! Mutable containers carry their own `parking_lot` lock (as in PEP 703), so
//! values are `Send + Sync` and stay consistent even with the GIL switched
//! off; the GIL serialises execution, it is not what keeps memory safe.

use std::fmt;
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};

use compact_str::CompactString;
use std::sync::Arc;

use parking_lot::Mutex;

use crate::vm::code::Code;
use crate::vm::dict::PyDict;
use crate::vm::exceptions::{int_overflow, overflow_error, PyException, PyResult};
use crate::vm::iter::PyIterator;
use crate::vm::loop_cursor::LoopCursor;
use crate::vm::native::{BoundMethod, BuiltinFunction, NativeObject};
use crate::vm::short_str::{ShortStr, StrRef};
use crate::vm::types::TypeObject;

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
            Value::Native(a) => addr(a),
        }
    }
}

/// An immutable string. Python indexes strings by code point; `char_len`
/// and the ASCII flag make `len()` and indexing of ASCII text O(1).
///
/// **One allocation per short string.** The text is a `CompactString`,
/// which keeps up to 24 bytes inside itself: a short string is then one
/// malloc (the `Arc`'s), not two (`Arc` plus `Box<str>`). `PyStr` is 40
/// bytes, so with the `Arc`'s counts a short string is one 64-byte malloc
/// chunk where it was a 48-byte and a 32-byte one. strings.py builds a
/// million of them: 120 to 104 MB peak, and a third fewer mallocs.
///
/// **The hash is cached** (`hash`), as CPython caches it in the object: a
/// dict key is hashed at every `k in d`, `d[k]` and `d[k] = v`, and the
/// same few strings are looked up again and again (dicts.py: three times
/// per iteration). It is computed on first use; `NO_HASH` (-1, which no
/// Python hash is) means "not yet". Relaxed ordering suffices: every thread
/// that computes it computes the same value.
pub struct PyStr {
    text: CompactString,
    char_len: usize,
    hash: AtomicI64,
}

/// The `hash` of a `PyStr` whose hash is not computed yet.
const NO_HASH: i64 = -1;

const _: () = assert!(std::mem::size_of::<PyStr>() == 40);

impl PyStr {
    pub fn new(s: String) -> PyStr {
        PyStr::from_compact(CompactString::from(s))
    }

    pub fn from_compact(text: CompactString) -> PyStr {
        let char_len = if text.is_ascii() {
            text.len()
        } else {
            text.chars().count()
        };
        PyStr {
            text,
            char_len,
            hash: AtomicI64::new(NO_HASH),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }

    pub fn char_len(&self) -> usize {
        self.char_len
    }

    pub fn is_ascii(&self) -> bool {
        self.char_len == self.text.len()
    }

    /// `hash(s)`, computed once (see the type's comment).
    #[inline]
    pub fn hash(&self) -> i64 {
        let h = self.hash.load(Ordering::Relaxed);
        if h != NO_HASH {
            return h;
        }
        let h = crate::vm::dict::hash_str(&self.text);
        self.hash.store(h, Ordering::Relaxed);
        h
    }

    /// The text with its length in code points.
    #[inline]
    pub fn str_ref(&self) -> StrRef<'_> {
        StrRef::new(&self.text, self.char_len)
    }
}

/// **String equality: identity, then length, then bytes.** Interned
/// constants and dict keys looked up with the very object stored compare
/// by pointer; unequal strings of different lengths never touch their
/// bytes.
impl PartialEq for PyStr {
    #[inline]
    fn eq(&self, other: &PyStr) -> bool {
        std::ptr::eq(self, other)
            || (self.text.len() == other.text.len()
                && self.text.as_bytes() == other.text.as_bytes())
    }
}

impl fmt::Debug for PyStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.text, f)
    }
}

/// An immutable tuple.
pub struct PyTuple {
    pub items: Box<[Value]>,
}

impl PyTuple {
    pub fn new(items: Vec<Value>) -> PyTuple {
        PyTuple {
            items: items.into_boxed_slice(),
        }
    }
}

impl Drop for PyTuple {
    fn drop(&mut self) {
        crate::vm::drop::drop_later(std::mem::take(&mut self.items).into_vec());
    }
}

/// The lock inside a mutable container (list, dict). Uncontended, which
/// is the rule under every GIL policy, a spin lock's unlock is a plain
/// store, where `parking_lot`'s is a second atomic read-modify-write; on
/// lists.py that was 10% of the run. Critical sections are a few instructions and never
/// call back into Python, so a waiter (only with `--gil none`) spins
/// briefly, yielding to the OS scheduler between tries.
pub type ObjectLock<T> = spin::mutex::SpinMutex<T, spin::Yield>;

/// A list: a vector behind its own lock.
pub struct PyList {
    pub items: ObjectLock<Vec<Value>>,
}

impl PyList {
    pub fn new(items: Vec<Value>) -> PyList {
        PyList {
            items: ObjectLock::new(items),
        }
    }

    /// A copy of the items, so that no lock is held while they are compared,
    /// printed or iterated by code that might touch this list again.
    pub fn snapshot(&self) -> Vec<Value> {
        self.items.lock().clone()
    }
}

impl Drop for PyList {
    fn drop(&mut self) {
        crate::vm::drop::drop_later(std::mem::take(self.items.get_mut()));
    }
}

/// `range(start, stop, step)`; step is never zero.
#[derive(Debug, Clone, Copy)]
pub struct PyRange {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl PyRange {
    /// The exact length: `range(-2**63, 2**63 - 1)` has more items than an
    /// `i64` can count.
    pub fn len(&self) -> i128 {
        let (lo, hi, step) = if self.step > 0 {
            (self.start as i128, self.stop as i128, self.step as i128)
        } else {
            (self.stop as i128, self.start as i128, -(self.step as i128))
        };
        if lo >= hi {
            0
        } else {
            (hi - lo - 1) / step + 1
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The length as a Python `len()`, which must fit a machine word.
    pub fn len_checked(&self) -> PyResult<i64> {
        i64::try_from(self.len())
            .map_err(|_| overflow_error("Python int too large to convert to C ssize_t"))
    }

    /// Item `i` (which may be one past either end, for slicing), or
    /// `OverflowError` when it leaves the 64-bit ints.
    pub fn get(&self, i: i64) -> PyResult<i64> {
        i64::try_from(self.start as i128 + i as i128 * self.step as i128)
            .map_err(|_| int_overflow())
    }
}

/// `slice(start, stop, step)` with each part possibly None.
#[derive(Debug)]
pub struct PySlice {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

/// A user-defined function: code plus its defaults and module globals.
pub struct Function {
    pub code: Arc<Code>,
    pub defaults: Box<[Value]>,
    pub globals: Arc<Globals>,
}

impl Function {
    pub fn name(&self) -> &str {
        &self.code.name
    }
}

/// A module's global variables, one slot per name the compiler found.
/// Each slot has its own lock so that threads updating different globals do
/// not contend; a slot holding `Undef` falls back to the builtin of the same
/// name, resolved once when the module is created.
pub struct Globals {
    pub names: Arc<[Arc<str>]>,
    pub slots: Box<[Mutex<Value>]>,
    pub builtins: Box<[Option<Value>]>,
    /// Bumped after every store or delete, so each thread can cache what
    /// it loaded and skip the slot's lock while nothing changed (see
    /// `Vm::load_global`).
    version: AtomicU64,
}

impl Globals {
    pub fn new(names: Arc<[Arc<str>]>) -> Globals {
        let slots = names.iter().map(|_| Mutex::new(Value::Undef)).collect();
        let builtins = names
            .iter()
            .map(|n| crate::vm::builtins::lookup(n))
            .collect();
        Globals {
            names,
            slots,
            builtins,
            version: AtomicU64::new(0),
        }
    }

    /// Replaces slot `i`, returning the old value.
    pub fn store(&self, i: usize, v: Value) -> Value {
        let old = std::mem::replace(&mut *self.slots[i].lock(), v);
        self.version.fetch_add(1, Ordering::Release);
        old
    }

    /// The store count. Read it *before* a slot: a value read after seeing
    /// version n is at least as new as every store counted in n.
    #[inline(always)]
    pub fn version(&self) -> u64 {
        self.version.load(Ordering::Acquire)
    }

    /// The slot of a global name, if the compiler gave it one.
    pub fn slot_of(&self, name: &str) -> Option<usize> {
        self.names.iter().position(|n| &**n == name)
    }
}

/// A module: a name and its attributes. Built-in modules (`sys`, `time`)
/// are made by Rust code; the script itself runs as `__main__`.
pub struct Module {
    pub name: String,
    pub attrs: Mutex<indexmap::IndexMap<String, Value>>,
}

impl Module {
    pub fn new(name: &str, attrs: Vec<(&str, Value)>) -> Module {
        Module {
            name: name.to_string(),
            attrs: Mutex::new(attrs.into_iter().map(|(k, v)| (k.to_string(), v)).collect()),
        }
    }

    pub fn get(&self, name: &str) -> Option<Value> {
        self.attrs.lock().get(name).cloned()
    }
}
