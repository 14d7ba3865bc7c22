import CBuiltInTermForms

/// The forms of the built-in packs' term lists (`terms-absent`, `terms-present`), compiled
/// when iop-lint is built: a run reads a list's tries where the binary holds them
/// (TermForms+Encoding.swift) instead of inflecting its terms and building them, which was most
/// of the start-up of a one-file run, and then of decoding them.
///
/// The table (``entries``, with the tries' words in the C target `CBuiltInTermForms`) is
/// generated: `IOP_LINT_RECORD=1 swift test --filter BuiltInTermFormsTests` writes both from the
/// built-in packs after a change to `rules/` or to the inflection, and the same test fails
/// while they are stale. A list that is not in the table, such as one of a user's rule file, is
/// compiled as before.
enum BuiltInTermForms {
    /// One term list of the built-in packs, in one language.
    struct Entry: Sendable {
        let language: Language
        /// The terms as the pack writes them.
        let terms: [String]
        /// Each term's words, folded (what ``TermMatcher`` makes of `terms`).
        let termWords: [[String]]
        /// Where the forms' tries are.
        let forms: Forms
    }

    /// Where a list's tries start: in ``words``, and its plain forms' values in ``references``.
    struct Forms: Sendable {
        let words: Int
        let references: Int
    }

    /// The compiled forms of `terms` in `language`, when they are a built-in list.
    static func entry(terms: [String], language: Language) -> Entry? {
        entries.first { $0.language == language && $0.terms == terms }
    }

    /// The tries of every list, one after another, as the binary holds them.
    static var words: UnsafeBufferPointer<UInt32> {
        UnsafeBufferPointer(start: iop_term_forms_words(), count: iop_term_forms_word_count())
    }

    /// The plain forms' values of every list, one after another, as the binary holds them.
    static var references: UnsafeBufferPointer<UInt64> {
        UnsafeBufferPointer(start: iop_term_forms_references(), count: iop_term_forms_reference_count())
    }
}
