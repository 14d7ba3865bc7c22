#include "CAllocatorSettings.h"

#include <stdio.h>
#include <stdlib.h>  // defines __GLIBC__ where the C library is glibc
#include <string.h>
#include <unistd.h>

#if defined(__linux__)
#include <sys/auxv.h>
#endif

/// The tunable glibc reads from GLIBC_TUNABLES at start-up, and only there.
static const char hugetlb_tunable[] = "glibc.malloc.hugetlb=";
/// Set for the second start: its GLIBC_TUNABLES is the restart's, to be given back.
static const char restarted_variable[] = "IOP_LINT_RESTARTED_FOR_HUGE_PAGES";
/// The GLIBC_TUNABLES given to the first start, when it had one.
static const char given_variable[] = "IOP_LINT_GIVEN_GLIBC_TUNABLES";
/// Whether this process is the second start, its environment given back.
static bool is_restarted = false;

int iop_allocator_huge_pages_setting(const char *tunables) {
    if (tunables == NULL) return -1;
    // The last mention counts, as for glibc: `name=value` items separated by colons.
    int setting = -1;
    const char *item = tunables;
    while (item != NULL && *item != '\0') {
        if (strncmp(item, hugetlb_tunable, sizeof hugetlb_tunable - 1) == 0) {
            setting = atoi(item + sizeof hugetlb_tunable - 1);
        }
        item = strchr(item, ':');
        if (item != NULL) item += 1;
    }
    return setting;
}

bool iop_allocator_huge_pages_on_request(const char *mode) {
    // glibc's own test: it takes the setting only where the kernel gives huge pages to the
    // ranges a process asks for them (madvise), not where it gives them always or never.
    return mode != NULL && strstr(mode, "[madvise]") != NULL;
}

#if defined(__GLIBC__) && defined(__linux__)
/// Whether this kernel hands transparent huge pages out on request.
static bool kernel_gives_huge_pages_on_request(void) {
    FILE *file = fopen("/sys/kernel/mm/transparent_hugepage/enabled", "re");
    if (file == NULL) return false;
    char mode[128];
    bool read = fgets(mode, sizeof mode, file) != NULL;
    fclose(file);
    return read && iop_allocator_huge_pages_on_request(mode);
}
#endif

bool iop_allocator_heap_in_huge_pages(void) {
#if defined(__GLIBC__) && defined(__linux__)
    return (is_restarted || iop_allocator_huge_pages_setting(getenv("GLIBC_TUNABLES")) == 1)
        && kernel_gives_huge_pages_on_request();
#else
    return false;
#endif
}

/// GLIBC_TUNABLES back to `given` (unset when NULL, copied before anything is unset), and the
/// restart's own variables gone.
static void give_back_environment(const char *given) {
    if (given == NULL) {
        unsetenv("GLIBC_TUNABLES");
    } else {
        setenv("GLIBC_TUNABLES", given, 1);
    }
    unsetenv(given_variable);
    unsetenv(restarted_variable);
}

bool iop_allocator_settle_after_restart(void) {
    if (getenv(restarted_variable) == NULL) return false;
    // glibc has read the tunables: the environment goes back to what the first start was
    // given, so that programs this one starts (git) see the user's.
    give_back_environment(getenv(given_variable));
    is_restarted = true;
    return true;
}

void iop_allocator_restart_with_huge_pages(char *const argv[]) {
#if defined(__GLIBC__) && defined(__linux__)
    // Started by naming the dynamic loader (`ld.so iop-lint …`), the process has no loader of
    // its own, and /proc/self/exe is the loader, which would take the first argument for the
    // program: no restart then.
    if (getauxval(AT_BASE) == 0) return;
    const char *tunables = getenv("GLIBC_TUNABLES");
    // A setting already made (by the user, or by this restart) is kept as it is.
    if (iop_allocator_huge_pages_setting(tunables) >= 0 || !kernel_gives_huge_pages_on_request()) return;
    char *previous = tunables == NULL ? NULL : strdup(tunables);
    if (tunables != NULL && previous == NULL) return;
    // The tunables given, if any, then this one.
    const char *given = previous == NULL ? "" : previous;
    const char *separator = given[0] == '\0' ? "" : ":";
    size_t length = strlen(given) + strlen(separator) + sizeof hugetlb_tunable + 1;
    char *value = malloc(length);
    if (value == NULL) {
        free(previous);
        return;
    }
    snprintf(value, length, "%s%s%s1", given, separator, hugetlb_tunable);
    if (setenv(restarted_variable, "1", 1) == 0 && (previous == NULL || setenv(given_variable, previous, 1) == 0)
        && setenv("GLIBC_TUNABLES", value, 1) == 0)
    {
        execv("/proc/self/exe", argv);
    }
    // Still here: the program could not be started again (no /proc, say). The run goes on as
    // it is, in the environment it was given.
    give_back_environment(previous);
    free(value);
    free(previous);
#else
    (void)argv;
#endif
}
