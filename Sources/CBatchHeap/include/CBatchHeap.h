#ifndef IOP_LINT_C_BATCH_HEAP_H
#define IOP_LINT_C_BATCH_HEAP_H

#include <stddef.h>

/// What iop_batch_heap_prepare did.
typedef enum {
    /// The allocator's settings were changed and the heap's reserve is backed by huge pages
    /// where the kernel allows them.
    IOP_BATCH_HEAP_PREPARED = 0,
    /// The settings were changed, but the heap did not grow or refused the advice.
    IOP_BATCH_HEAP_SETTINGS_ONLY = 1,
    /// Nothing was changed: the C library is not glibc, or it refused a setting.
    IOP_BATCH_HEAP_UNCHANGED = 2,
} iop_batch_heap_outcome;

/// Sets up the C library's allocator for a run that allocates much and exits soon after:
/// the heap grows `reserve` bytes at a time and is not shrunk while less than twice that is
/// free, blocks below 32 MB come from the heap rather than from mappings of their own, and
/// the heap's address range is advised to the kernel for transparent huge pages. Pages are
/// still allocated when first written, so a small run uses no more memory than before.
///
/// Call it once, before any thread is started. On systems without glibc it does nothing.
iop_batch_heap_outcome iop_batch_heap_prepare(size_t reserve);

#endif
