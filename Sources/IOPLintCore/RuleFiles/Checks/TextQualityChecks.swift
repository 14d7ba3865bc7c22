import IOPYAML

/// `no-placeholders: true`: the text holds no draft placeholder (TODO, `[fyll i]`, `<namn>`,
/// `ÅÅÅÅ-MM-DD`, …; see ``PlaceholderDetector``). `{{term}}` is the placeholder found.
struct NoPlaceholdersCheck: ScreenedCheck {
    var readsProse: Bool { true }

    /// Most texts show no sign of a placeholder, and are passed without taking them apart.
    func mayFail(_ string: String) -> Bool {
        PlaceholderScreen.mayHold(string)
    }

    /// At the placeholder itself, also inside a text over several lines.
    func evaluate(_ selected: SelectedNode, in context: CheckContext) -> [CheckFailure] {
        guard let string = selected.node.stringValue, mayFail(string),
            let text = context.document.analysis(of: selected.node),
            let placeholder = PlaceholderDetector.all(in: text).first
        else { return [] }
        return [CheckFailure(selected, piece: placeholder.range, in: context, values: ["term": placeholder.text])]
    }
}

/// `readability: {max-lix: N}` for Swedish text, `{min-flesch: N}` for English (both may be
/// given). The agreement's `language` decides which applies; with none, Swedish. Text too short
/// to measure passes. `{{lix}}` is the score (LIX or Flesch reading ease, one decimal) and
/// `{{readability}}` the score with its name (`LIX 61,3` in a Swedish message, `LIX 61.3` in an
/// English one; `Flesch 35.2` for English text): a decimal comma in Swedish.
struct ReadabilityCheck: PredicateCheck {
    var readsProse: Bool { true }
    let maximumLIX: Double?
    let minimumFlesch: Double?

    func failure(of node: YAMLNode, in context: CheckContext) -> [String: String]? {
        guard let text = context.document.analysis(of: node) else { return nil }
        switch context.language ?? .sv {
        case .sv:
            guard let maximumLIX, let lix = Readability.lix(of: text), lix > maximumLIX else { return nil }
            return Self.values(score: lix, name: "LIX").merging(["max": Bounds.format(maximumLIX)]) { $1 }
        case .en:
            guard let minimumFlesch, let flesch = Readability.fleschReadingEase(of: text), flesch < minimumFlesch else {
                return nil
            }
            return Self.values(score: flesch, name: "Flesch").merging(["min": Bounds.format(minimumFlesch)]) { $1 }
        }
    }

    /// `{{lix}}` and `{{readability}}`, with the Swedish message's own values (decimal comma)
    /// under `…@sv` (``MessageTemplate/values(_:in:)``).
    private static func values(score: Double, name: String) -> [String: String] {
        let english = String((score * 10).rounded() / 10)
        // Not Foundation's `replacingOccurrences`, which goes through NSString at tens of
        // thousands of instructions a call (hundreds of thousands the first time).
        let swedish = String(english.map { $0 == "." ? "," : $0 })
        return [
            "lix": english, "lix@sv": swedish, "readability": "\(name) \(english)",
            "readability@sv": "\(name) \(swedish)",
        ]
    }

    static func parse(_ node: RuleFileNode) -> (any Check)? {
        guard let fields = node.fields(allowed: ["max-lix", "min-flesch"]) else { return nil }
        let lix = fields["max-lix"].map { $0.number() }, flesch = fields["min-flesch"].map { $0.number() }
        if lix == .some(nil) || flesch == .some(nil) { return nil }
        guard lix != nil || flesch != nil else {
            node.error(en: "give `max-lix`, `min-flesch` or both", sv: "ange `max-lix`, `min-flesch` eller båda")
            return nil
        }
        return ReadabilityCheck(maximumLIX: lix ?? nil, minimumFlesch: flesch ?? nil)
    }
}

/// `max-sentence-words: N`: no sentence of the text has more than N words. `{{count}}` is the
/// length of the longest sentence, `{{max}}` the limit.
struct SentenceLengthCheck: PredicateCheck, ScreenedCheck {
    var readsProse: Bool { true }
    let maximum: Int

    /// No sentence is longer than its text: most texts are shorter than the limit, and are
    /// passed without taking them apart.
    func mayFail(_ string: String) -> Bool {
        !Words.surelyAtMost(maximum, in: string)
    }

    func failure(of node: YAMLNode, in context: CheckContext) -> [String: String]? {
        guard let string = node.stringValue, mayFail(string),
            let text = context.document.analysis(of: node), !text.sentences.isEmpty
        else { return nil }
        // A loop rather than `lazy.map(\.words.count).max()`: a key path costs more than the rest.
        var longest = 0
        for sentence in text.sentences { longest = max(longest, sentence.words.count) }
        guard longest > maximum else { return nil }
        return ["count": String(longest), "max": String(maximum)]
    }
}

/// `org-number: true`: a Swedish organisation number `NNNNNN-NNNN` whose last digit is its Luhn
/// check digit.
struct OrgNumberCheck: PredicateCheck {
    func failure(of node: YAMLNode, in context: CheckContext) -> [String: String]? {
        guard let text = node.text, OrganisationNumber.problem(in: text) != nil else { return nil }
        return [:]
    }
}
