// The tries of the built-in packs' term lists, compiled into iop-lint (IOPLintCore's
// BuiltInTermForms says where each list's are). BuiltInTermFormsTests generates
// BuiltInTermForms.c from the built-in packs (IOP_LINT_RECORD=1).
#ifndef C_BUILT_IN_TERM_FORMS_H
#define C_BUILT_IN_TERM_FORMS_H

#include <stddef.h>
#include <stdint.h>

/// Every list's tries, one after another: nodes, edges and values, 32 bits each.
const uint32_t *iop_term_forms_words(void);
size_t iop_term_forms_word_count(void);

/// Every list's plain forms' values: a term in the high 32 bits, its word in the low.
const uint64_t *iop_term_forms_references(void);
size_t iop_term_forms_reference_count(void);

#endif
