//! The allocator of the binary and the extraction bench: mimalloc, asked
//! the plain way for every block whose alignment any block has.
//!
//! Extraction makes and drops many small strings and vectors for every
//! statement (about 720 an article), which mimalloc serves for fewer
//! instructions than glibc's malloc. The `mimalloc` crate's own
//! allocator asks for every block by `mi_malloc_aligned`, whose check of
//! the alignment and look-up of the thread's heap came to a fifth of the
//! allocator's instructions; every mimalloc block is aligned to a word
//! (8 bytes) at least, so a block needing no more than that is asked of
//! `mi_malloc` and `mi_realloc`, and only wider alignments go the aligned
//! way.

use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;

/// The alignment every block mimalloc hands out has: its blocks are
/// whole words within word-aligned pages.
const WORD: usize = 8;

/// mimalloc as the global allocator (`#[global_allocator]`).
pub struct Mimalloc;

// SAFETY: each method hands mimalloc what its C interface documents:
// blocks it made, sizes and alignments from a valid `Layout` (a power of
// two), and, for the plain calls, only alignments every block meets.
unsafe impl GlobalAlloc for Mimalloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: see the impl
        unsafe {
            if layout.align() <= WORD {
                libmimalloc_sys::mi_malloc(layout.size()).cast()
            } else {
                libmimalloc_sys::mi_malloc_aligned(layout.size(), layout.align()).cast()
            }
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: see the impl
        unsafe {
            if layout.align() <= WORD {
                libmimalloc_sys::mi_zalloc(layout.size()).cast()
            } else {
                libmimalloc_sys::mi_zalloc_aligned(layout.size(), layout.align()).cast()
            }
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        // SAFETY: see the impl; `ptr` came from this allocator
        unsafe { libmimalloc_sys::mi_free(ptr.cast::<c_void>()) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: see the impl; `ptr` came from this allocator with
        // `layout`'s alignment, which the new block keeps
        unsafe {
            if layout.align() <= WORD {
                libmimalloc_sys::mi_realloc(ptr.cast::<c_void>(), new_size).cast()
            } else {
                libmimalloc_sys::mi_realloc_aligned(ptr.cast::<c_void>(), new_size, layout.align()).cast()
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Blocks of every size class and alignment the program asks, grown
    /// and shrunk: each is aligned as asked, keeps what was written in it
    /// and is zeroed where asked.
    #[test]
    fn blocks_are_aligned_as_asked_and_keep_their_bytes() {
        let a = Mimalloc;
        for align in [1, 2, 4, 8, 16, 32, 64, 4096] {
            for size in (1..200).chain([255, 256, 1000, 4096, 70_000, 1 << 20]) {
                let layout = Layout::from_size_align(size, align).expect("a valid layout");
                // SAFETY: the layout is valid and not empty; each block is
                // used within its size and freed once, with its layout
                unsafe {
                    let p = a.alloc(layout);
                    assert!(!p.is_null());
                    assert_eq!(p as usize % align, 0, "size {size}, alignment {align}");
                    for i in 0..size {
                        *p.add(i) = (i % 251) as u8;
                    }
                    let grown = a.realloc(p, layout, size * 3);
                    assert_eq!(grown as usize % align, 0, "grown: size {size}, alignment {align}");
                    assert!((0..size).all(|i| *grown.add(i) == (i % 251) as u8), "size {size}");
                    let shrunk =
                        a.realloc(grown, Layout::from_size_align(size * 3, align).expect("valid"), size / 2 + 1);
                    assert_eq!(shrunk as usize % align, 0);
                    assert!((0..=size / 2).all(|i| *shrunk.add(i) == (i % 251) as u8), "shrunk, size {size}");
                    a.dealloc(shrunk, Layout::from_size_align(size / 2 + 1, align).expect("valid"));
                    let z = a.alloc_zeroed(layout);
                    assert_eq!(z as usize % align, 0);
                    assert!((0..size).all(|i| *z.add(i) == 0), "zeroed: size {size}");
                    a.dealloc(z, layout);
                }
            }
        }
    }
}
