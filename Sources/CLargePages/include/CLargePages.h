// Huge pages for a run over large agreements, asked for before the program allocates anything.
#ifndef C_LARGE_PAGES_H
#define C_LARGE_PAGES_H

#include <stdbool.h>

/// The bytes of the YAML files named on a command line from which a run asks for its memory in
/// transparent huge pages: 512 KiB.
extern const long iop_large_pages_from;

/// The bytes of the regular files among `arguments` (`count` of them) whose names end in
/// `.yaml` or `.yml`, as a folder walk picks agreements up; the files are followed through
/// symbolic links. Folders are not walked.
long iop_large_pages_yaml_bytes(int count, char *const arguments[]);

// When the program is loaded, before its first allocation, a constructor of this module turns
// mimalloc's option `large_os_pages` on if the command line names YAML files of
// iop_large_pages_from bytes or more and the environment does not set MIMALLOC_LARGE_OS_PAGES
// (which then decides). mimalloc takes the option for the memory it maps from then on, and the
// first 32 MB it maps for the main thread hold most of a 1 MB agreement's documents: turned on
// from `main`, the 1 MB agreement took 6 400 page faults instead of 3 000.

#endif
