#include "CAllocatorSettings.h"

#include <stdlib.h>  // defines __GLIBC__ where the C library is glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

bool iop_allocator_settings_for_one_run(void) {
#if defined(__GLIBC__)
    // Up to 32 MB, every array of an 8 MB agreement comes from the heap; a larger block (a
    // file near the 100 MB limit) still gets a mapping of its own, handed back when freed.
    // Each mallopt returns 1 when it took the value.
    int taken = mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
    taken &= mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024);
    taken &= mallopt(M_TOP_PAD, 8 * 1024 * 1024);
    return taken == 1;
#else
    return false;
#endif
}
