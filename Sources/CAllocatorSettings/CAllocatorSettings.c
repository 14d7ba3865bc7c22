#include "CAllocatorSettings.h"

#include <stdlib.h>  // defines __GLIBC__ where the C library is glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

void iop_allocator_settings_for_one_run(void) {
#if defined(__GLIBC__)
    // 32 MB is the most glibc takes for the mapping threshold on a 64-bit system.
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024);
    mallopt(M_TOP_PAD, 8 * 1024 * 1024);
#endif
}
