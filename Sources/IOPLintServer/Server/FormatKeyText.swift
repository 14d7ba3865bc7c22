import IOPLintCore

/// A key of the format as the editor shows it: its reference entry in one language.
enum FormatKeyText {
    /// "one of the values", "list of party-ref", … with "required" when the format requires it.
    static func type(of key: FormatKey, in language: Language) -> String {
        let name = key.type.name[language]
        guard key.isRequired else { return name }
        return name + (language == .sv ? " (krävs)" : " (required)")
    }

    /// The key's reference entry: path, type, meaning, values and an example.
    static func markdown(_ key: FormatKey, in language: Language) -> String {
        var text = "**`\(key.path)`** — \(type(of: key, in: language))\n\n\(key.meaning[language])"
        if !key.values.isEmpty {
            let heading =
                key.isEnumeration
                ? (language == .sv ? "Värden" : "Values")
                : (language == .sv ? "Förslag (annan text går också bra)" : "Suggestions (other text is allowed)")
            text += "\n\n\(heading):\n"
            for value in key.values {
                let meaning = value.meaning[language]
                text += "\n- `\(value.value)`" + (meaning.isEmpty ? "" : " — \(meaning)")
            }
        }
        text += "\n\n" + (language == .sv ? "Exempel" : "Example") + ": `\(key.name): \(key.example)`"
        text += "\n\n" + (language == .sv ? "Referens" : "Reference") + ": docs/agreement-format.md"
        return text
    }
}
