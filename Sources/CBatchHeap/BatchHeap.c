#include "CBatchHeap.h"

// Any header of the C library says whether it is glibc.
#include <stdlib.h>

#if defined(__GLIBC__)
#include <limits.h>
#include <malloc.h>
#include <stdint.h>
#include <sys/mman.h>
#include <unistd.h>

/// The largest block that glibc accepts as its mapping threshold on 64-bit systems.
static const int largest_heap_block = 32 << 20;

iop_batch_heap_outcome iop_batch_heap_prepare(size_t reserve) {
    if (reserve == 0 || reserve > INT_MAX / 2) return IOP_BATCH_HEAP_UNCHANGED;
    if (!mallopt(M_TRIM_THRESHOLD, (int)(2 * reserve)) || !mallopt(M_TOP_PAD, (int)reserve)
        || !mallopt(M_MMAP_THRESHOLD, largest_heap_block))
        return IOP_BATCH_HEAP_UNCHANGED;
    // A block larger than all the free space the allocator has makes the heap grow by the
    // reserve now (when called on the main thread, whose arena is the heap), so that the new
    // range can be advised once. `volatile` keeps the compiler from leaving the block out.
    size_t page = (size_t)sysconf(_SC_PAGESIZE);
    size_t probe_size = mallinfo2().fordblks + page;
    if (probe_size >= (size_t)largest_heap_block) return IOP_BATCH_HEAP_SETTINGS_ONLY;
    uintptr_t before = (uintptr_t)sbrk(0);
    void *volatile probe = malloc(probe_size);
    free(probe);
    uintptr_t after = (uintptr_t)sbrk(0);
    uintptr_t start = (before + page - 1) & ~(page - 1);
    uintptr_t end = after & ~(page - 1);
    if (before == (uintptr_t)-1 || end <= start) return IOP_BATCH_HEAP_SETTINGS_ONLY;
    if (madvise((void *)start, end - start, MADV_HUGEPAGE) != 0) return IOP_BATCH_HEAP_SETTINGS_ONLY;
    return IOP_BATCH_HEAP_PREPARED;
}

#else

iop_batch_heap_outcome iop_batch_heap_prepare(size_t reserve) {
    (void)reserve;
    return IOP_BATCH_HEAP_UNCHANGED;
}

#endif
