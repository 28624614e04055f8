//! The Mersenne Twister (MT19937) that CPython's `random` module runs on,
//! with the seeding CPython does (`init_by_array` over the 32-bit words of
//! the seed), so a seeded gilvm script draws the very numbers CPython's
//! would. The algorithm is Matsumoto and Nishimura's, public since 1998.

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

#[derive(Clone)]
pub struct Mt19937 {
    state: [u32; N],
    /// The next word of `state` to temper; `N` means "regenerate first".
    index: usize,
}

impl Mt19937 {
    /// The generator seeded with one word (the reference `init_genrand`).
    fn with_word(seed: u32) -> Mt19937 {
        let mut state = [0u32; N];
        state[0] = seed;
        for i in 1..N {
            let prev = state[i - 1];
            state[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        Mt19937 { state, index: N }
    }

    /// The generator seeded with a key of words, least significant first
    /// (the reference `init_by_array`; CPython seeds every generator so).
    pub fn with_key(key: &[u32]) -> Mt19937 {
        let key: &[u32] = if key.is_empty() { &[0] } else { key };
        let mut g = Mt19937::with_word(19_650_218);
        let mt = &mut g.state;
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            let prev = mt[i - 1];
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = mt[i - 1];
            mt[i] =
                (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
        g
    }

    /// The next 32 random bits.
    pub fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            self.regenerate();
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^= y >> 18;
        y
    }

    /// Refills the whole state at once, as the reference does.
    fn regenerate(&mut self) {
        let mt = &mut self.state;
        let twist = |a: u32, b: u32, far: u32| {
            let y = (a & UPPER_MASK) | (b & LOWER_MASK);
            far ^ (y >> 1) ^ if y & 1 == 1 { MATRIX_A } else { 0 }
        };
        for k in 0..N {
            mt[k] = twist(mt[k], mt[(k + 1) % N], mt[(k + M) % N]);
        }
        self.index = 0;
    }

    /// `random.random()`: 53 random bits as a float in [0, 1).
    pub fn random(&mut self) -> f64 {
        let a = self.next_u32() >> 5;
        let b = self.next_u32() >> 6;
        (a as f64 * 67_108_864.0 + b as f64) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `getrandbits(k)` as 32-bit words, least significant first: each
    /// word is one draw, the last one shifted down to the bits left.
    pub fn bits_words(&mut self, k: usize) -> Vec<u32> {
        let mut left = k;
        let mut words = Vec::with_capacity(k.div_ceil(32));
        while left > 0 {
            let r = self.next_u32();
            words.push(if left < 32 { r >> (32 - left) } else { r });
            left = left.saturating_sub(32);
        }
        words
    }

    /// `getrandbits(k)` for `k <= 128`.
    pub fn bits(&mut self, k: u32) -> u128 {
        self.bits_words(k as usize)
            .iter()
            .rev()
            .fold(0u128, |acc, &w| (acc << 32) | w as u128)
    }

    /// CPython's `_randbelow(n)` for `0 < n < 2**127`: draws
    /// `n.bit_length()` bits until the number is below `n`.
    pub fn below(&mut self, n: u128) -> u128 {
        let k = 128 - n.leading_zeros();
        loop {
            let r = self.bits(k);
            if r < n {
                return r;
            }
        }
    }

    /// The state as `getstate()` shows it: the 624 words, then the index.
    pub fn state(&self) -> (&[u32; N], usize) {
        (&self.state, self.index)
    }

    /// The generator `setstate()` restores; `None` for a bad index.
    pub fn from_state(words: &[u32], index: usize) -> Option<Mt19937> {
        let state: [u32; N] = words.try_into().ok()?;
        (index <= N).then_some(Mt19937 { state, index })
    }
}

/// The key CPython seeds with for a non-negative integer given as
/// big-endian bytes: its 32-bit words, least significant first, as many
/// as its bit length needs (at least one).
pub fn key_from_be_bytes(bytes: &[u8]) -> Vec<u32> {
    let start = bytes.iter().position(|&b| b != 0).unwrap_or(bytes.len());
    let digits = &bytes[start..];
    let mut key: Vec<u32> = digits
        .rchunks(4)
        .map(|c| c.iter().fold(0u32, |acc, &b| (acc << 8) | b as u32))
        .collect();
    if key.is_empty() {
        key.push(0);
    }
    key
}

#[cfg(test)]
mod tests {
    use super::*;

    // The reference implementation's published first outputs for
    // init_by_array({0x123, 0x234, 0x345, 0x456}).
    #[test]
    fn matches_the_reference_outputs() {
        let mut g = Mt19937::with_key(&[0x123, 0x234, 0x345, 0x456]);
        let first: Vec<u32> = (0..5).map(|_| g.next_u32()).collect();
        assert_eq!(
            first,
            [1067595299, 955945823, 477289528, 4107218783, 4228976476]
        );
    }

    // CPython: `random.seed(42); random.random()` and the same for seed 0
    // (checked with python3).
    #[test]
    fn seeds_as_cpython_does() {
        let mut g = Mt19937::with_key(&key_from_be_bytes(&42u64.to_be_bytes()));
        assert_eq!(g.random(), 0.6394267984578837);
        let mut g = Mt19937::with_key(&key_from_be_bytes(&0u64.to_be_bytes()));
        assert_eq!(g.random(), 0.8444218515250481);
    }

    #[test]
    fn keys_drop_leading_zero_words() {
        assert_eq!(key_from_be_bytes(&[0, 0, 0, 0, 0, 0, 0, 0]), vec![0]);
        assert_eq!(key_from_be_bytes(&[0, 0, 0, 1, 0, 0, 0, 2]), vec![2, 1]);
        assert_eq!(key_from_be_bytes(&[1, 2, 3, 4, 5]), vec![0x0203_0405, 1]);
    }
}
