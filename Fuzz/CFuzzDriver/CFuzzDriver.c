// Declarations only: LLVMFuzzerRunDriver is defined by libFuzzer, linked with -sanitize=fuzzer.
#include "CFuzzDriver.h"
