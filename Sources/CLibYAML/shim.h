#ifndef IOP_LINT_CLIBYAML_SHIM_H
#define IOP_LINT_CLIBYAML_SHIM_H
#include <yaml.h>
#endif
