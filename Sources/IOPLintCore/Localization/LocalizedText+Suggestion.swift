extension LocalizedText {
    /// This text followed by "; did you mean `hint`?" in each language, when there is a hint
    /// (from ``NameSuggestion``); unchanged when there is none.
    public func suggesting(_ hint: String?) -> LocalizedText {
        guard let hint else { return self }
        return LocalizedText(en: en + "; did you mean `\(hint)`?", sv: sv + "; menade du `\(hint)`?")
    }
}

extension RuleRegistry {
    /// "no rule has the id `text`", with the nearest id the registry knows.
    public func unknownRuleMessage(_ text: String) -> LocalizedText {
        LocalizedText(en: "no rule has the id `\(text)`", sv: "ingen regel har id `\(text)`")
            .suggesting(suggestion(for: text)?.description)
    }
}
