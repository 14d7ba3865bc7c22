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

/// Starts the program again with glibc's heap in transparent huge pages
/// (`GLIBC_TUNABLES=glibc.malloc.hugetlb=1`, added to the tunables already given), for a run
/// over a large agreement: its heap of some hundred megabytes then faults in 2 MB at a time
/// rather than 4 KB (an 8 MB agreement: 11 000 page faults instead of 39 000). glibc reads the
/// setting only from the environment at start-up, so the process executes `/proc/self/exe`
/// with the same `argv` and the new environment. Call it before anything is read or written.
///
/// Does nothing where the C library is not glibc, where the tunables already say how
/// glibc.malloc.hugetlb is set (the user's choice, or this restart's), and where the kernel
/// does not hand huge pages out on request (its mode is not `madvise`), nor when the program
/// was started by naming the dynamic loader. Returns only when it did not restart; the
/// environment is then as it was. A tool that follows the process without following `exec`
/// (valgrind without `--trace-children=yes`) sees only the first start: set
/// `glibc.malloc.hugetlb=0` there.
void iop_allocator_restart_with_huge_pages(char *const argv[]);

/// In the process that ``iop_allocator_restart_with_huge_pages`` started, gives the environment
/// back as the first start was given it (GLIBC_TUNABLES without the restart's setting, which
/// glibc has read by now), so that programs it starts see the user's; returns whether this
/// process is such a second start. Call it first, before any restart.
bool iop_allocator_settle_after_restart(void);

/// Whether glibc keeps this process's heap in transparent huge pages: the restart asked for
/// them, or GLIBC_TUNABLES sets glibc.malloc.hugetlb=1; and the kernel hands them out on
/// request.
bool iop_allocator_heap_in_huge_pages(void);

/// glibc.malloc.hugetlb's value in `tunables` (GLIBC_TUNABLES's form, `name=value` items
/// separated by colons; the last mention counts), or -1 when it is not set there.
int iop_allocator_huge_pages_setting(const char *tunables);

/// Whether the kernel's mode for transparent huge pages, as
/// /sys/kernel/mm/transparent_hugepage/enabled gives it (`always [madvise] never`), hands them
/// out on request: then glibc takes glibc.malloc.hugetlb=1, else it ignores it.
bool iop_allocator_huge_pages_on_request(const char *mode);

#endif
