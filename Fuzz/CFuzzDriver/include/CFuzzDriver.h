// libFuzzer's entry for programs that have their own `main` (SwiftPM gives every executable
// one): runs the fuzzer with the command line and calls `callback` for each input.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
