//! Tests on eight bytes at once, read as one little-endian `u64` ("SIMD
//! within a register"). Every byte of every document passes through the
//! two word-start scans (the automaton's and the one for names the
//! gazetteer does not list), and the crate forbids `unsafe`, so SIMD
//! intrinsics are out of reach. Each test leaves its answer for byte `k`
//! in bit `8k + 7` (the byte's high bit); the byte before byte `k` is byte
//! `k - 1`, eight bits lower, so `mask << 8` moves "this byte" to "the byte
//! after it".

/// Each byte's high bit, of a `u64`.
pub(super) const HIGH: u64 = 0x8080_8080_8080_8080;

/// The eight bytes from `at` as one word, or `None` past the last eight.
#[inline]
pub(super) fn load(bytes: &[u8], at: usize) -> Option<u64> {
    let chunk = bytes.get(at..at.checked_add(8)?)?;
    Some(u64::from_le_bytes(chunk.try_into().ok()?))
}

/// The high bit of each byte of `word` at most 0x20 (a space, a line break
/// or another control byte). A byte's low seven bits plus 0x5F carry into
/// its high bit when they are 0x21 or more, and no further: bytes do not
/// disturb each other.
#[inline]
pub(super) fn at_most_space(word: u64) -> u64 {
    let low = word & !HIGH;
    !((low + 0x5F5F_5F5F_5F5F_5F5F) | word) & HIGH
}

/// The high bit of each byte of `word` at most 0x28 (a space, a control
/// byte, `!"#$%&'` or an opening bracket), by the same carry as
/// [`at_most_space`].
#[inline]
pub(super) fn at_most_bracket(word: u64) -> u64 {
    let low = word & !HIGH;
    !((low + 0x5757_5757_5757_5757) | word) & HIGH
}

/// The high bit of each byte of `word` that is an ASCII letter: with bit
/// 5 set (lower case), from `a` (0x61) to `z` (0x7A), high bit clear. The
/// sums stay below 0x100 per byte, so no byte disturbs the next.
#[inline]
pub(super) fn ascii_letters(word: u64) -> u64 {
    let low = (word | 0x2020_2020_2020_2020) & !HIGH;
    let from_a = low + 0x1F1F_1F1F_1F1F_1F1F;
    let past_z = low + 0x0505_0505_0505_0505;
    from_a & !past_z & !word & HIGH
}

/// The high bit of each byte of `word` from 0x40 to 0x5F (the ASCII
/// capitals and `@[\]^_`) or from 0xC0 (the first byte of a letter from
/// `À` on, and a few others): bit 6 set, and bit 7 set or bit 5 clear.
#[inline]
pub(super) fn may_be_capital(word: u64) -> u64 {
    let bit6 = (word << 1) & HIGH;
    let bit5_clear = (!word << 2) & HIGH;
    bit6 & ((word & HIGH) | bit5_clear)
}

/// The offsets in a word of the bytes whose high bit `mask` sets, from the
/// first.
#[inline]
pub(super) fn offsets(mut mask: u64) -> impl Iterator<Item = usize> {
    std::iter::from_fn(move || {
        let at = (mask != 0).then(|| mask.trailing_zeros() as usize / 8)?;
        mask &= mask - 1;
        Some(at)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The bytes of `mask`'s answers, as a test on each byte would give.
    fn answers(bytes: [u8; 8], test: fn(u8) -> bool) -> u64 {
        bytes
            .iter()
            .enumerate()
            .filter(|&(_, &b)| test(b))
            .map(|(k, _)| 0x80 << (8 * k))
            .sum()
    }

    fn word(bytes: [u8; 8]) -> u64 {
        u64::from_le_bytes(bytes)
    }

    proptest::proptest! {
        #[test]
        fn each_test_answers_as_the_byte_by_byte_one(bytes in proptest::array::uniform8(0u8..)) {
            let w = word(bytes);
            proptest::prop_assert_eq!(at_most_space(w), answers(bytes, |b| b <= 0x20));
            proptest::prop_assert_eq!(at_most_bracket(w), answers(bytes, |b| b <= 0x28));
            proptest::prop_assert_eq!(ascii_letters(w), answers(bytes, |b| b.is_ascii_alphabetic()));
            proptest::prop_assert_eq!(
                may_be_capital(w),
                answers(bytes, |b| (0x40..=0x5F).contains(&b) || b >= 0xC0)
            );
        }
    }

    #[test]
    fn every_byte_value_is_tested_in_every_position() {
        for b in 0..=255u8 {
            for k in 0..8 {
                let mut bytes = [b'.'; 8];
                bytes[k] = b;
                let w = word(bytes);
                assert_eq!(
                    ascii_letters(w),
                    answers(bytes, |b| b.is_ascii_alphabetic()),
                    "{b:#x} at {k}"
                );
                assert_eq!(
                    at_most_space(w),
                    answers(bytes, |b| b <= 0x20),
                    "{b:#x} at {k}"
                );
                assert_eq!(
                    at_most_bracket(w),
                    answers(bytes, |b| b <= 0x28),
                    "{b:#x} at {k}"
                );
            }
        }
    }

    #[test]
    fn offsets_are_the_bytes_with_their_high_bit_set() {
        assert_eq!(offsets(0).count(), 0);
        assert_eq!(
            offsets(0x80 | 0x80 << 24 | 0x80 << 56).collect::<Vec<_>>(),
            [0, 3, 7]
        );
    }

    #[test]
    fn load_reads_little_endian_and_stops_before_the_end() {
        let bytes = b"abcdefghi";
        assert_eq!(load(bytes, 1), Some(u64::from_le_bytes(*b"bcdefghi")));
        assert_eq!(load(bytes, 2), None);
        assert_eq!(load(bytes, usize::MAX), None);
    }
}
