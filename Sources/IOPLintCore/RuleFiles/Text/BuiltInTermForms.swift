/// The forms of the built-in packs' term lists (`terms-absent`, `terms-present`), compiled
/// when iop-lint is built: a run reads a list's tries (TermForms+Encoding.swift) instead of
/// inflecting its terms and building them, which is most of the start-up of a one-file run.
///
/// The table (``entries``) is generated: `IOP_LINT_RECORD=1 swift test --filter
/// BuiltInTermFormsTests` writes it from the built-in packs after a change to `rules/` or to
/// the inflection, and the same test fails while it is stale. A list that is not in the table,
/// such as one of a user's rule file, is compiled as before.
enum BuiltInTermForms {
    /// One term list of the built-in packs, in one language.
    struct Entry: Sendable {
        let language: Language
        /// The terms as the pack writes them.
        let terms: [String]
        /// Each term's words, folded (what ``TermMatcher`` makes of `terms`).
        let termWords: [[String]]
        /// The forms' tries (``TermForms/encoded``).
        let forms: String
    }

    /// The compiled forms of `terms` in `language`, when they are a built-in list.
    static func entry(terms: [String], language: Language) -> Entry? {
        entries.first { $0.language == language && $0.terms == terms }
    }
}
