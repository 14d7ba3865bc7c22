extension SARIFReporter {
    /// SARIF's description of a rule: summary, rationale, help in text and Markdown, default
    /// level, and the pack as a tag.
    static func descriptor(of rule: RuleDescription, in language: Language) -> SARIFLog.ReportingDescriptor {
        SARIFLog.ReportingDescriptor(
            id: rule.id.description, name: pascalCase(rule.id.name),
            shortDescription: SARIFLog.Message(text: rule.summary[language]),
            fullDescription: SARIFLog.Message(text: rule.rationale[language]),
            help: SARIFLog.MultiformatMessage(
                text: helpText(of: rule, in: language), markdown: helpMarkdown(of: rule, in: language)),
            defaultConfiguration: SARIFLog.Configuration(level: level(of: rule.severity)),
            properties: SARIFLog.Properties(
                tags: [rule.id.pack], precision: rule.precision.rawValue,
                problemSeverity: problemSeverity(of: rule.severity)))
    }

    /// GitHub's `problem.severity` of a rule that is not about security: `error`, `warning`, or
    /// `recommendation` for info.
    static func problemSeverity(of severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "recommendation"
        }
    }

    /// `duplicate-key` → `DuplicateKey`.
    static func pascalCase(_ kebab: String) -> String {
        kebab.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    static func helpText(of rule: RuleDescription, in language: Language) -> String {
        let words = HelpWords(language)
        var parts = [rule.summary[language], rule.rationale[language]]
        parts += notes(of: rule, words: words).map { "\($0): \($1)" }
        for (heading, examples) in [(words.passes, rule.examples.pass), (words.fails, rule.examples.fail)]
        where !examples.isEmpty {
            parts.append(heading + ":\n\n" + examples.map { indented(trimmed($0.yaml)) }.joined(separator: "\n\n"))
        }
        return parts.joined(separator: "\n\n")
    }

    static func helpMarkdown(of rule: RuleDescription, in language: Language) -> String {
        let words = HelpWords(language)
        var parts = [rule.summary[language], rule.rationale[language]]
        parts += notes(of: rule, words: words).map { "**\($0):** \($1)" }
        for (heading, examples) in [(words.passes, rule.examples.pass), (words.fails, rule.examples.fail)]
        where !examples.isEmpty {
            parts.append("**\(heading):**")
            parts += examples.map { codeBlock(trimmed($0.yaml)) }
        }
        return parts.joined(separator: "\n\n")
    }

    private static func notes(of rule: RuleDescription, words: HelpWords) -> [(String, String)] {
        [(words.source, rule.source), (words.appliesWhen, rule.appliesWhen)].compactMap { label, value in
            value.map { (label, $0) }
        }
    }

    /// A fenced `yaml` block whose fence is longer than any run of backticks in `code`.
    private static func codeBlock(_ code: String) -> String {
        var longest = 0
        var run = 0
        for character in code {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: max(3, longest + 1))
        return "\(fence)yaml\n\(code)\n\(fence)"
    }

    private static func indented(_ code: String) -> String {
        code.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "    \($0)" }
            .joined(separator: "\n")
    }

    private static func trimmed(_ code: String) -> String {
        String(code.reversed().drop { $0 == "\n" }.reversed())
    }

    /// The headings of rule help, in one language.
    private struct HelpWords {
        var source, appliesWhen, passes, fails: String

        init(_ language: Language) {
            switch language {
            case .en: (source, appliesWhen, passes, fails) = ("Source", "Applies when", "Passes", "Fails")
            case .sv: (source, appliesWhen, passes, fails) = ("Källa", "Gäller när", "Godkänns", "Underkänns")
            }
        }
    }
}
