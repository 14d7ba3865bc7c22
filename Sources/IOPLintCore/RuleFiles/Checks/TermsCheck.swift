import IOPYAML

/// `terms-absent: {sv: [..], en: [..], unless: REGEX}` and `terms-present: {sv: [..], en: [..]}`:
/// the text contains none / at least one of the terms, in the list of the agreement's
/// `language` (both lists when it says none). See ``TermMatcher`` for how terms match.
/// `{{term}}` names the term found (absent), or lists the terms looked for (present);
/// `{{match}}` is the word as the agreement writes it.
struct TermsCheck: NodeCheck {
    let absent: Bool
    /// Every matcher, in the order of `Language.allCases`: for agreements that name no language.
    private let everyMatcher: [TermMatcher]
    /// The language of each of `everyMatcher`.
    private let languages: [Language]
    var readsProse: Bool { true }

    init(matchers: [Language: TermMatcher], absent: Bool) {
        self.absent = absent
        languages = Language.allCases.filter { matchers[$0] != nil }
        everyMatcher = languages.compactMap { matchers[$0] }
    }

    /// A term found (`terms-absent`) is reported at the word itself, also inside a text over
    /// several lines; a term missing (`terms-present`) at the text.
    func evaluate(_ selected: SelectedNode, in context: CheckContext) -> [CheckFailure] {
        guard let text = context.document.analysis(of: selected.node) else { return [] }
        // The matchers are borrowed, not copied: this runs for every text of every term list,
        // and a copy would retain what the matcher holds, which rules on other threads retain too.
        let matchers = everyMatcher.span
        guard let language = context.language else { return evaluate(selected, text, in: context, with: matchers) }
        guard let index = languages.firstIndex(of: language) else { return [] }
        return evaluate(selected, text, in: context, with: matchers.extracting(index..<index + 1))
    }

    private func evaluate(
        _ selected: SelectedNode, _ text: TextAnalysis, in context: CheckContext, with matchers: Span<TermMatcher>
    ) -> [CheckFailure] {
        guard !matchers.isEmpty else { return [] }
        if absent {
            for index in matchers.indices {
                if let match = matchers[index].firstViolation(in: text) {
                    return [
                        CheckFailure(
                            selected, piece: match.range, in: context,
                            values: ["term": match.term, "match": match.text])
                    ]
                }
            }
            return []
        }
        for index in matchers.indices where matchers[index].firstAffirmedMatch(in: text) != nil { return [] }
        var terms: [String] = []
        for index in matchers.indices { terms += matchers[index].terms }
        return [CheckFailure(selected, values: ["term": terms.joined(separator: ", ")])]
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
