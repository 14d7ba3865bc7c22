import IOPYAML

/// `terms-absent: {sv: [..], en: [..], unless: REGEX}` and `terms-present: {sv: [..], en: [..]}`:
/// the text contains none / at least one of the terms, in the list of the agreement's
/// `language` (both lists when it says none). See ``TermMatcher`` for how terms match.
/// `{{term}}` names the term found (absent), or lists the terms looked for (present);
/// `{{match}}` is the word as the agreement writes it.
struct TermsCheck: NodeCheck {
    let matchers: [Language: TermMatcher]
    let absent: Bool
    /// Every matcher, in the order of `Language.allCases`: for agreements that name no language.
    private let everyMatcher: [TermMatcher]

    init(matchers: [Language: TermMatcher], absent: Bool) {
        self.matchers = matchers
        self.absent = absent
        everyMatcher = Language.allCases.compactMap { matchers[$0] }
    }

    /// A term found (`terms-absent`) is reported at the word itself, also inside a text over
    /// several lines; a term missing (`terms-present`) at the text.
    func evaluate(_ selected: SelectedNode, in context: CheckContext) -> [CheckFailure] {
        guard let text = context.document.analysis(of: selected.node) else { return [] }
        // No array of matchers is made per text: this runs for every text of every term list.
        guard let language = context.language else { return evaluate(selected, text, in: context, with: everyMatcher) }
        guard let matcher = matchers[language] else { return [] }
        return evaluate(selected, text, in: context, with: CollectionOfOne(matcher))
    }

    private func evaluate(
        _ selected: SelectedNode, _ text: TextAnalysis, in context: CheckContext,
        with matchers: some Collection<TermMatcher>
    ) -> [CheckFailure] {
        guard !matchers.isEmpty else { return [] }
        if absent {
            for matcher in matchers {
                if let match = matcher.firstViolation(in: text) {
                    return [
                        CheckFailure(
                            selected, piece: match.range, in: context,
                            values: ["term": match.term, "match": match.text])
                    ]
                }
            }
            return []
        }
        if matchers.contains(where: { $0.firstAffirmedMatch(in: text) != nil }) { return [] }
        return [CheckFailure(selected, values: ["term": matchers.flatMap(\.terms).joined(separator: ", ")])]
    }

    static func parse(_ node: RuleFileNode, absent: Bool) -> (any Check)? {
        guard let fields = node.fields(allowed: absent ? ["sv", "en", "unless"] : ["sv", "en"]) else { return nil }
        // The pattern is the same for both languages: compiled (and reported) once.
        var unless: String?
        if let unlessNode = fields["unless"] {
            guard let regex = unlessNode.regex() else { return nil }
            unless = regex.pattern
        }
        var matchers: [Language: TermMatcher] = [:]
        var failed = false
        for language in Language.allCases {
            guard let listNode = fields[language.rawValue] else { continue }
            guard let terms = listNode.strings() else {
                failed = true
                continue
            }
            do {
                matchers[language] = try TermMatcher(terms: terms, language: language, unless: unless)
            } catch {
                (fields["unless"] ?? listNode).diagnostics.error(
                    error.message, at: (fields["unless"] ?? listNode).node.range.start)
                failed = true
            }
        }
        if matchers.isEmpty && !failed {
            node.error(en: "give the terms in `sv`, `en` or both", sv: "ange termerna under `sv`, `en` eller båda")
            return nil
        }
        return failed ? nil : TermsCheck(matchers: matchers, absent: absent)
    }
}
