// The C allocator's settings for a run that reads its inputs, writes its report and exits.
#ifndef C_ALLOCATOR_SETTINGS_H
#define C_ALLOCATOR_SETTINGS_H

/// Sets glibc's allocator up for one lint run (a no-op where the C library is not glibc):
/// blocks up to 32 MB come from the heap rather than a mapping of their own, up to 64 MB freed
/// at the heap's top stay with the process, and the heap grows 8 MB ahead.
///
/// A large agreement's arrays grow by doubling; with glibc's defaults each growth past 128 KB
/// maps fresh pages, which the kernel must zero and fault in, and unmaps the old ones, and a
/// thread's heap shrinks and grows again as rules free and allocate. A process that exits
/// after one report gains nothing from handing memory back in between. Call it before any
/// thread starts; not for the language server, which runs for hours.
///
/// Returns whether the C library took every setting: `false` where it is not glibc (or, with
/// another glibc, where it refused a value).
#include <stdbool.h>
bool iop_allocator_settings_for_one_run(void);

#endif
