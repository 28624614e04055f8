//! `str` objects longer than a `ShortStr`.

use std::fmt;
use std::sync::atomic::{AtomicI64, Ordering};

use compact_str::CompactString;

use crate::vm::objects::short_str::StrRef;

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
        let h = crate::vm::objects::dict::hash_str(&self.text);
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
