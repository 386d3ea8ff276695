//! Sixteen bytes at once, by SSE2, which every x86-64 processor has: the
//! few byte tests the hot loops ask (where a word ends, which bytes
//! continue a character, which need escaping in JSON, which letters are
//! capitals). Each caller keeps a plain path for other processors, and
//! its tests compare the two.

use std::arch::x86_64::{
    __m128i, _mm_add_epi8, _mm_and_si128, _mm_cmpeq_epi8, _mm_cmplt_epi8, _mm_loadu_si128, _mm_movemask_epi8,
    _mm_or_si128, _mm_set1_epi8, _mm_setzero_si128, _mm_storeu_si128, _mm_subs_epu8,
};

/// Sixteen bytes in one register. Every test gives 0xff in the bytes
/// where it holds and 0 elsewhere.
#[derive(Clone, Copy)]
pub(crate) struct Bytes16(__m128i);

// SAFETY (every `unsafe` block below): the intrinsics called need SSE2,
// part of every x86-64 target; the loads and stores read or write the
// sixteen bytes of an array or a slice checked to hold them, at any
// alignment.
impl Bytes16 {
    /// The sixteen bytes of `chunk`, which must hold exactly sixteen.
    #[inline(always)]
    pub(crate) fn load(chunk: &[u8]) -> Self {
        assert_eq!(chunk.len(), 16);
        Bytes16(unsafe { _mm_loadu_si128(chunk.as_ptr().cast::<__m128i>()) })
    }

    /// The bytes of `x`, lowest first.
    #[inline(always)]
    pub(crate) fn of_u128(x: u128) -> Self {
        Self::load(&x.to_le_bytes())
    }

    /// The bytes as a number, the first lowest.
    #[inline(always)]
    pub(crate) fn to_u128(self) -> u128 {
        let mut out = [0u8; 16];
        unsafe { _mm_storeu_si128(out.as_mut_ptr().cast::<__m128i>(), self.0) };
        u128::from_le_bytes(out)
    }

    /// `b` in every byte.
    #[inline(always)]
    pub(crate) fn splat(b: u8) -> Self {
        Bytes16(unsafe { _mm_set1_epi8(i8::from_ne_bytes([b])) })
    }

    /// The bytes from `lo` to `hi` (both below 0x80): shifted so that
    /// `lo` is -128, they are the ones a signed compare finds below the
    /// shifted `hi + 1`; a byte of 0x80 or more lands above.
    #[inline(always)]
    pub(crate) fn in_range(self, lo: u8, hi: u8) -> Self {
        debug_assert!(lo <= hi && hi < 0x80);
        unsafe {
            let shifted = _mm_add_epi8(self.0, Self::splat(0x80u8.wrapping_sub(lo)).0);
            Bytes16(_mm_cmplt_epi8(shifted, Self::splat(0x80u8.wrapping_add(hi - lo + 1)).0))
        }
    }

    /// The bytes equal to `b`.
    #[inline(always)]
    pub(crate) fn eq(self, b: u8) -> Self {
        Bytes16(unsafe { _mm_cmpeq_epi8(self.0, Self::splat(b).0) })
    }

    /// The bytes of at most `b`, unsigned.
    #[inline(always)]
    pub(crate) fn at_most(self, b: u8) -> Self {
        unsafe { Bytes16(_mm_cmpeq_epi8(_mm_subs_epu8(self.0, Self::splat(b).0), _mm_setzero_si128())) }
    }

    /// The bytes from 0x80 to 0xbf: those that continue a UTF-8
    /// character (as signed bytes, the ones below -64).
    #[inline(always)]
    pub(crate) fn continuing(self) -> Self {
        Bytes16(unsafe { _mm_cmplt_epi8(self.0, Self::splat(0xc0).0) })
    }

    #[inline(always)]
    pub(crate) fn or(self, other: Self) -> Self {
        Bytes16(unsafe { _mm_or_si128(self.0, other.0) })
    }

    #[inline(always)]
    pub(crate) fn and(self, other: Self) -> Self {
        Bytes16(unsafe { _mm_and_si128(self.0, other.0) })
    }

    /// The top bit of each byte, the first byte's lowest.
    #[inline(always)]
    pub(crate) fn mask(self) -> u32 {
        (unsafe { _mm_movemask_epi8(self.0) }) as u32
    }
}

#[cfg(test)]
mod tests {
    use super::Bytes16;

    #[test]
    fn each_test_holds_for_exactly_its_bytes() {
        for b in 0..=255u8 {
            let mut block = [b'x'; 16];
            block[7] = b;
            let v = Bytes16::load(&block);
            let at = |m: u32| m >> 7 & 1 == 1;
            assert_eq!(at(v.in_range(b'a', b'z').mask()), b.is_ascii_lowercase(), "{b:#x}");
            assert_eq!(at(v.in_range(b'0', b'9').mask()), b.is_ascii_digit(), "{b:#x}");
            assert_eq!(at(v.eq(b'"').mask()), b == b'"', "{b:#x}");
            assert_eq!(at(v.at_most(0x1f).mask()), b <= 0x1f, "{b:#x}");
            assert_eq!(at(v.continuing().mask()), b & 0xc0 == 0x80, "{b:#x}");
            assert_eq!(Bytes16::of_u128(u128::from_le_bytes(block)).to_u128(), u128::from_le_bytes(block));
        }
    }
}
