#ifndef IOP_LINT_CMIMALLOC_SHIM_H
#define IOP_LINT_CMIMALLOC_SHIM_H
#include <mimalloc.h>
#endif
