import Foundation

extension LocalizedText {
    /// This text followed by "; did you mean `hint`?" in each language, when there is a hint
    /// (from ``NameSuggestion``); unchanged when there is none.
    public func suggesting(_ hint: String?) -> LocalizedText {
        guard let hint else { return self }
        return LocalizedText(en: en + "; did you mean `\(hint)`?", sv: sv + "; menade du `\(hint)`?")
    }

    /// The name this text suggests with "did you mean `name`?" (as ``suggesting(_:)`` and the
    /// messages about values outside a list write it); `nil` when it suggests none.
    public var suggestedName: String? {
        guard let start = en.range(of: "did you mean `", options: .backwards) else { return nil }
        let rest = en[start.upperBound...]
        guard let end = rest.range(of: "`?") else { return nil }
        return String(rest[..<end.lowerBound])
    }
}

extension RuleRegistry {
    /// "no rule has the id `text`", with the nearest id the registry knows.
    public func unknownRuleMessage(_ text: String) -> LocalizedText {
        LocalizedText(en: "no rule has the id `\(text)`", sv: "ingen regel har id `\(text)`")
            .suggesting(suggestion(for: text)?.description)
    }
}
