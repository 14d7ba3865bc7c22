import Foundation
import IOPYAML

/// The baseline file: JSON with `version`, `tool` and `findings`, keys sorted, findings sorted
/// by file, rule and fingerprint (docs/baseline.md).
extension Baseline {
    /// The file's text: the same baseline always gives the same bytes.
    public var fileText: String {
        JSONOutput.render(
            FileFormat(
                version: Self.formatVersion, tool: .init(name: ToolInfo.name, version: ToolInfo.version),
                findings: entries.map(FileFormat.Entry.init)))
    }

    /// Writes the baseline to `path` atomically: readers see the old file or the new, whole.
    public func write(to path: String) throws(ToolFailure) {
        try AtomicFile.write(fileText, to: path)
    }

    /// The baseline in the file at `path`, shown in messages as `path`.
    public static func load(_ path: String) throws(ToolFailures) -> Baseline {
        guard let data = FileBytes.readCapped(atPath: path) else {
            throw ToolFailures([
                ToolFailure(
                    message: LocalizedText(
                        en: "cannot read the baseline \(path)", sv: "kan inte läsa baslinjen \(path)"),
                    file: path)
            ])
        }
        return try read(data, file: path)
    }

    /// The baseline written in `bytes`; every problem with `file`, line and column.
    public static func read(_ bytes: [UInt8], file: String) throws(ToolFailures) -> Baseline {
        // JSON is YAML: the YAML loader gives positions for syntax errors and for every value.
        let yaml = YAMLLoader().load(bytes: bytes)
        if let problem = yaml.problems.first {
            throw ToolFailures([ToolFailure(message: message(for: problem), file: file, position: problem.range.start)])
        }
        let diagnostics = RuleFileDiagnostics(file: file)
        let root =
            yaml.documents.first?.root ?? YAMLNode(content: .scalar(YAMLScalar("")), range: SourceRange(at: .start))
        let entries = read(RuleFileNode(node: root, diagnostics: diagnostics, path: .root))
        guard diagnostics.failures.isEmpty, let entries else { throw ToolFailures(shown(diagnostics.failures)) }
        return Baseline(entries: entries)
    }

    private static func read(_ root: RuleFileNode) -> [BaselineEntry]? {
        let keys = root.node.mapping?.compactMap(\.key.scalar?.value) ?? []
        if keys.contains("counts") || keys.contains("runs") {
            root.error(
                en: "this is a report, not a baseline: write a baseline with --write-baseline",
                sv: "det här är en rapport, inte en baslinje: skriv en baslinje med --write-baseline")
            return nil
        }
        guard let fields = root.fields(allowed: ["version", "tool", "findings"], required: ["version", "findings"]),
            let version = fields["version"]?.integer(minimum: 1)
        else { return nil }
        guard version <= formatVersion else {
            fields["version"]?.error(
                en:
                    "baseline version \(version) was written by a newer iop-lint; this one reads version \(formatVersion)",
                sv: "baslinjeversion \(version) skrevs av en nyare iop-lint; den här läser version \(formatVersion)")
            return nil
        }
        return fields["findings"]?.items()?.compactMap(entry)
    }

    private static func entry(_ node: RuleFileNode) -> BaselineEntry? {
        guard
            let fields = node.fields(
                allowed: ["file", "rule", "fingerprint", "line", "message"], required: ["file", "rule", "fingerprint"]),
            let file = fields["file"]?.string(), let ruleNode = fields["rule"], let rule = ruleNode.string(),
            let fingerprintNode = fields["fingerprint"], let fingerprint = fingerprintNode.string()
        else { return nil }
        guard let id = RuleID(rule) else {
            ruleNode.error(
                en: "`\(rule)` is not a rule id (pack/name)", sv: "`\(rule)` är inte ett regel-id (paket/namn)")
            return nil
        }
        guard isFingerprint(fingerprint) else {
            fingerprintNode.error(
                en: "`\(fingerprintNode.path)` must be 32 lowercase hexadecimal digits, as iop-lint writes it",
                sv: "`\(fingerprintNode.path)` ska vara 32 hexadecimala siffror med gemener, som iop-lint skriver det")
            return nil
        }
        let line = fields["line"].flatMap { $0.integer(minimum: 1) }
        let message = fields["message"].flatMap { $0.string() }
        return BaselineEntry(file: file, rule: id, fingerprint: fingerprint, line: line, message: message)
    }

    private static func isFingerprint(_ text: String) -> Bool {
        text.utf8.count == 32 && text.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }

    /// A loading problem in words for a JSON file.
    private static func message(for problem: YAMLProblem) -> LocalizedText {
        switch problem.kind {
        case .syntax(let problem, _):
            LocalizedText(
                en: "the baseline is not valid JSON: \(problem)",
                sv: "baslinjen är inte giltig JSON: \(LibYAMLMessages.swedish(problem))")
        case .duplicateKey(let key, let firstLine):
            LocalizedText(
                en: "key `\(key)` is written twice (first on line \(firstLine))",
                sv: "nyckeln `\(key)` står två gånger (första gången på rad \(firstLine))")
        case .empty:
            LocalizedText(
                en: "the baseline is empty: write one with --write-baseline",
                sv: "baslinjen är tom: skriv en med --write-baseline")
        default:
            problem.message
        }
    }

    /// The first few failures, then how many more there are: a file that is not a baseline at
    /// all would otherwise give one failure per value.
    private static func shown(_ failures: [ToolFailure]) -> [ToolFailure] {
        let limit = 10
        guard failures.count > limit, let file = failures.first?.file else { return failures }
        let more = failures.count - limit
        return Array(failures.prefix(limit)) + [
            ToolFailure(
                message: LocalizedText(
                    en: "\(more) more problems in the baseline \(file)", sv: "\(more) problem till i baslinjen \(file)")
            )
        ]
    }

    /// The JSON of a baseline file.
    private struct FileFormat: Encodable {
        var version: Int
        var tool: Tool
        var findings: [Entry]

        struct Tool: Encodable {
            var name: String
            var version: String
        }

        struct Entry: Encodable {
            var file: String
            var rule: String
            var fingerprint: String
            var line: Int?
            var message: String?

            init(_ entry: BaselineEntry) {
                (file, rule, fingerprint) = (entry.file, entry.rule.description, entry.fingerprint)
                (line, message) = (entry.line, entry.message)
            }
        }
    }
}
