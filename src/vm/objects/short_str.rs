//! Short strings stored inside the `Value`, and a borrowed view of any
//! string.
//!
//! **Why inline strings.** A program's strings are mostly short: the
//! digits of `str(i)`, dict keys like `"k7"`, single characters from
//! indexing, separators. As heap objects each costs a malloc and a free,
//! and every copy onto the stack or into a list an atomic increment and
//! decrement of its count. A `ShortStr` is up to 7 ASCII bytes packed into
//! the `Value`'s payload word: made without allocating, copied and dropped
//! like an int. strings.py builds and walks a million of them.
//!
//! **One representation per text.** Every constructor (`Value::str`,
//! `Value::compact_str`, concatenation, f-strings) stores text that fits as
//! a `ShortStr`, so two short strings are equal exactly when their words
//! are. Equality and hashing still go by the text, so a heap string that
//! happened to hold short text would compare and hash the same.
//!
//! The payload is one `u64` (not a byte array) so that `Value` stays a
//! scalar pair (see `PyBool`): bytes 0..len hold the text, byte 7 its
//! length, the rest are zero.

use zerocopy::IntoBytes;

/// Up to `ShortStr::MAX` ASCII bytes, inline.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct ShortStr(u64);

impl ShortStr {
    /// The longest text stored inline, in bytes.
    pub const MAX: usize = 7;

    /// `text` inline, if it is short and ASCII. (ASCII only, so a short
    /// string's length in characters is its length in bytes and indexing
    /// it needs no decoding.)
    #[inline]
    pub fn new(text: &str) -> Option<ShortStr> {
        if text.len() <= Self::MAX && text.is_ascii() {
            Some(ShortStr(pack(text.as_bytes())))
        } else {
            None
        }
    }

    #[inline]
    pub fn len(self) -> usize {
        (self.0.to_ne_bytes()[7]) as usize
    }

    #[inline]
    pub fn is_empty(self) -> bool {
        self.len() == 0
    }

    /// The text. Borrowed from the word itself: `as_bytes` views the `u64`
    /// as its eight bytes in memory order, the order `pack` wrote them in.
    #[inline]
    pub fn as_str(&self) -> &str {
        let bytes = self.as_bytes();
        // Only ASCII is ever packed, so this never fails.
        std::str::from_utf8(bytes).unwrap_or_default()
    }

    /// The text's bytes, without the UTF-8 check `as_str` makes: code that
    /// only copies text (`str.join`) takes these.
    #[inline]
    pub fn as_bytes(&self) -> &[u8] {
        &self.0.as_bytes()[..self.len()]
    }

    /// The whole payload word as bytes: the text, then zeros and the
    /// length. `str.join` copies all eight in one store and advances by
    /// `len`, so the next piece overwrites the rest.
    #[inline]
    pub fn word_bytes(self) -> [u8; 8] {
        self.0.to_ne_bytes()
    }

    /// `hash(s)`: the same as `hash_str` of its text, without reading it.
    #[inline]
    pub fn hash(self) -> i64 {
        hash_packed(self.0)
    }

    /// The payload word, for `id()`.
    pub fn bits(self) -> u64 {
        self.0
    }
}

impl std::fmt::Debug for ShortStr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self.as_str(), f)
    }
}

/// Packs at most 7 bytes and their length into a word (see the module
/// comment for the layout).
#[inline]
fn pack(bytes: &[u8]) -> u64 {
    let mut word = [0u8; 8];
    word[..bytes.len()].copy_from_slice(bytes);
    word[7] = bytes.len() as u8;
    u64::from_ne_bytes(word)
}

/// The hash of a text of at most 7 bytes: its packed word, mixed by a
/// folded 128-bit multiply. Never -1 (the top bit is cleared).
#[inline]
fn hash_packed(word: u64) -> i64 {
    const K: u64 = 0x9E37_79B9_7F4A_7C15;
    let m = (word as u128) * (K as u128);
    ((m as u64 ^ (m >> 64) as u64) >> 1) as i64
}

/// The hash of a text that fits in a word, whether or not it is stored
/// inline (non-ASCII short text lives on the heap but hashes the same
/// way), so that equal strings always hash alike.
#[inline]
pub fn hash_short_text(text: &str) -> Option<i64> {
    (text.len() <= ShortStr::MAX).then(|| hash_packed(pack(text.as_bytes())))
}

/// Any string, borrowed: its text and its length in code points. Code that
/// indexes or measures strings takes this, whichever way they are stored.
#[derive(Clone, Copy)]
pub struct StrRef<'a> {
    text: &'a str,
    char_len: usize,
}

impl<'a> StrRef<'a> {
    #[inline]
    pub fn new(text: &'a str, char_len: usize) -> StrRef<'a> {
        StrRef { text, char_len }
    }

    #[inline]
    pub fn as_str(self) -> &'a str {
        self.text
    }

    #[inline]
    pub fn char_len(self) -> usize {
        self.char_len
    }

    #[inline]
    pub fn is_ascii(self) -> bool {
        self.char_len == self.text.len()
    }

    /// The code point at character index `i` (already bounds-checked).
    pub fn char_at(self, i: usize) -> char {
        if self.is_ascii() {
            self.text.as_bytes()[i] as char
        } else {
            self.text.chars().nth(i).unwrap_or('\0')
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_ascii_text_packs_and_reads_back() {
        for text in ["", "a", "k7", "999999", "1234567"] {
            let s = ShortStr::new(text).expect("fits");
            assert_eq!(s.as_str(), text);
            assert_eq!(s.len(), text.len());
        }
    }

    #[test]
    fn long_or_non_ascii_text_is_not_packed() {
        assert!(ShortStr::new("12345678").is_none());
        assert!(ShortStr::new("é").is_none());
    }

    #[test]
    fn text_with_nul_bytes_keeps_its_length() {
        let s = ShortStr::new("a\0\0").expect("fits");
        assert_eq!(s.as_str(), "a\0\0");
        assert_ne!(s, ShortStr::new("a").expect("fits"));
    }

    #[test]
    fn equal_text_hashes_alike_inline_or_not() {
        let s = ShortStr::new("k7").expect("fits");
        assert_eq!(Some(s.hash()), hash_short_text("k7"));
        assert_ne!(s.hash(), ShortStr::new("k8").expect("fits").hash());
        assert!(hash_short_text("é").is_some());
        assert!(hash_short_text("12345678").is_none());
    }
}
