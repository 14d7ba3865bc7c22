#include "CLargePages.h"

#include <mimalloc.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

const long iop_large_pages_from = 512 * 1024;

/// Whether `name` ends in `suffix`.
static bool ends_with(const char *name, const char *suffix) {
    size_t length = strlen(name), suffix_length = strlen(suffix);
    return length >= suffix_length && memcmp(name + length - suffix_length, suffix, suffix_length) == 0;
}

long iop_large_pages_yaml_bytes(int count, char *const arguments[]) {
    long bytes = 0;
    for (int index = 0; index < count; index += 1) {
        const char *name = arguments[index];
        if (name == NULL || !(ends_with(name, ".yaml") || ends_with(name, ".yml"))) continue;
        struct stat status;
        if (stat(name, &status) == 0 && S_ISREG(status.st_mode)) bytes += (long)status.st_size;
    }
    return bytes;
}

/// Run by the dynamic loader with the program's arguments (glibc passes them to the functions
/// of `.init_array`), before the Swift runtime's first allocation.
__attribute__((constructor(101))) static void ask_for_large_pages(int argc, char **argv, char **environment) {
    (void)environment;
    if (argc < 1 || argv == NULL || getenv("MIMALLOC_LARGE_OS_PAGES") != NULL) return;
    if (iop_large_pages_yaml_bytes(argc - 1, argv + 1) < iop_large_pages_from) return;
    mi_option_enable(mi_option_large_os_pages);
}
