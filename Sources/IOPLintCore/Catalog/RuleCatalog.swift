import Foundation

/// Lists rules for people and tools: `iop-lint rules` and `docs/rules.md`.
public struct RuleCatalog: Sendable {
    public enum Format: String, Sendable, CaseIterable {
        case text, json, markdown
    }

    public var rules: [RuleDescription]
    public var language: Language

    public init(rules: [RuleDescription], language: Language) {
        self.rules = rules.sorted { $0.id < $1.id }
        self.language = language
    }

    public func render(_ format: Format) -> String {
        switch format {
        case .text: text()
        case .json: json()
        case .markdown: markdownTable()
        }
    }

    private func text() -> String {
        let headers =
            language == .sv
            ? ["REGEL", "NIVÅ", "GÄLLER NÄR", "SAMMANFATTNING"] : ["RULE", "SEVERITY", "APPLIES WHEN", "SUMMARY"]
        let rows = rules.map { [$0.id.description, $0.severity.rawValue, $0.appliesWhen ?? "–", $0.summary[language]] }
        let widths = (0..<3).map { column in ([headers] + rows).map { $0[column].count }.max() ?? 0 }
        return ([headers] + rows).map { row in
            (0..<3).map { row[$0].padding(toLength: widths[$0], withPad: " ", startingAt: 0) }.joined(separator: "  ")
                + "  " + row[3]
        }.joined(separator: "\n") + "\n"
    }

    private func json() -> String {
        struct Entry: Encodable {
            var id: String
            var pack: String
            var severity: String
            var appliesWhen: String?
            var summary: String
            var source: String?
        }
        let entries = rules.map {
            Entry(
                id: $0.id.description, pack: $0.id.pack, severity: $0.severity.rawValue, appliesWhen: $0.appliesWhen,
                summary: $0.summary[language], source: $0.source)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(entries)) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private func markdownTable() -> String {
        let header =
            language == .sv
            ? "| regel | nivå | gäller när | sammanfattning |\n| --- | --- | --- | --- |\n"
            : "| rule | severity | applies when | summary |\n| --- | --- | --- | --- |\n"
        return header
            + rules.map {
                "| `\($0.id)` | \($0.severity.rawValue) | \(Markdown.cell($0.appliesWhen.map { "`\($0)`" } ?? "–")) | \(Markdown.cell($0.summary[language])) |\n"
            }.joined()
    }
}

/// Small helpers for writing Markdown.
enum Markdown {
    /// Text made safe inside a table cell.
    static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }

    /// A fenced code block.
    static func code(_ text: String, language: String = "yaml") -> String {
        let fence = text.contains("```") ? "~~~~" : "```"
        return "\(fence)\(language)\n\(text.hasSuffix("\n") ? text : text + "\n")\(fence)\n"
    }
}
