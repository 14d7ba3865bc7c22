import IOPYAML

/// Reads and validates rule files (rule-files.md). A file with any error yields no pack at all:
/// every error is reported, with the file, line and column, and nothing is linted with half a
/// rule set.
public struct RuleFileLoader: Sendable {
    public init() {}

    private static let fileKeys = ["iop-lint-rules", "pack", "title", "source", "applies-when", "rules", "checklist"]
    private static let ruleKeys = [
        "id", "severity", "summary", "message", "rationale", "source", "when", "given", "check", "examples",
    ]

    /// The pack in `text`, read from `file` (as shown in messages).
    public func load(_ text: String, file: String) throws(ToolFailures) -> RulePack {
        try load(bytes: Array(text.utf8), file: file)
    }

    public func load(bytes: [UInt8], file: String) throws(ToolFailures) -> RulePack {
        let (root, text) = try parse(bytes, file: file)
        var pack = try read(root: root, text: text, file: file, documentation: [:])
        pack.bytes = bytes
        return pack
    }

    /// The built-in pack in `text`, a rule file as linting reads it: the words and examples of
    /// its rules are left out of the text and given in `documentation`, by rule name. The pack's
    /// ``RulePack/bytes`` are those of `fileText`, the file's own. Its YAML tree is the one compiled into
    /// iop-lint from this text (``BuiltInPacks/tree(of:)``), when there is one, and its checks are
    /// parsed on first use (``DeferredCheck``).
    func load(
        builtIn text: String, documentation: [String: BuiltInPacks.RuleDocumentation], file: String,
        fileText: String
    ) throws(ToolFailures) -> RulePack {
        // The tree compiled into iop-lint, when it was compiled from this text; else the text.
        let parsed: (root: YAMLNode, text: String)
        if let tree = BuiltInPacks.tree(of: text) {
            parsed = (tree, text)
        } else {
            parsed = try parse(Array(text.utf8), file: file)
        }
        var pack = try read(
            root: parsed.root, text: parsed.text, file: file, documentation: documentation, defersChecks: true)
        pack.contents = .text(fileText)
        return pack
    }

    /// The root of the one YAML document in `bytes`, and the text it was read from.
    private func parse(_ bytes: [UInt8], file: String) throws(ToolFailures) -> (root: YAMLNode, text: String) {
        let yaml = YAMLLoader().load(bytes: bytes)
        if let problem = yaml.problems.first {
            throw ToolFailures([ToolFailure(message: problem.message, file: file, position: problem.range.start)])
        }
        guard yaml.documents.count == 1, let root = yaml.documents.first?.root else {
            throw ToolFailures([
                ToolFailure(
                    message: LocalizedText(
                        en: "a rule file holds exactly one YAML document",
                        sv: "en regelfil innehåller exakt ett YAML-dokument"),
                    file: file, position: .start)
            ])
        }
        return (root, yaml.text)
    }

    /// The pack whose YAML tree is `root`, read from `text`; with `defersChecks` (built-in
    /// packs), each rule's check is parsed on first use (``DeferredCheck``).
    private func read(
        root: YAMLNode, text: String, file: String, documentation: [String: BuiltInPacks.RuleDocumentation],
        defersChecks: Bool = false
    ) throws(ToolFailures) -> RulePack {
        let diagnostics = RuleFileDiagnostics(file: file)
        let reader = PackReader(
            lines: PackLines(text), diagnostics: diagnostics, documentation: documentation,
            defersChecks: defersChecks)
        let pack = reader.pack(RuleFileNode(node: root, diagnostics: diagnostics, path: .root))
        guard let pack, diagnostics.failures.isEmpty else {
            throw ToolFailures(diagnostics.failures.sorted { ($0.position ?? .start) < ($1.position ?? .start) })
        }
        return pack
    }

    /// A pack's text, split into lines the first time a rule's example quotes it (the
    /// built-in packs have none: splitting their text took 0.5 M instructions a run).
    private final class PackLines: Sendable {
        private let text: String
        private let lines = MadeOnce<SourceLines>()

        init(_ text: String) {
            self.text = text
        }

        /// The text of line `number` (from 1), without its line break.
        func line(_ number: Int) -> Substring? {
            lines.value { SourceLines(text) }.line(number)
        }
    }

    /// Reads one file's pack, reporting into `diagnostics`.
    private struct PackReader {
        let lines: PackLines
        let diagnostics: RuleFileDiagnostics
        /// The words and examples of rules whose text leaves them out, by rule name.
        let documentation: [String: BuiltInPacks.RuleDocumentation]
        /// Whether each rule's check is parsed on first use (built-in packs, ``DeferredCheck``).
        let defersChecks: Bool

        /// The keys every rule has; where the documentation gives a rule's words, only those
        /// that are left.
        private var requiredRuleKeys: [String] {
            documentation.isEmpty ? ["id", "severity", "summary", "message", "check"] : ["id", "severity", "check"]
        }

        func pack(_ root: RuleFileNode) -> RulePack? {
            guard let fields = root.fields(allowed: fileKeys, required: ["iop-lint-rules", "pack", "rules"]) else {
                return nil
            }
            if let version = fields["iop-lint-rules"], let value = version.integer(), value != 1 {
                version.error(
                    en: "rule-file version \(value) is not supported; use 1",
                    sv: "regelfilsversion \(value) stöds inte; använd 1")
            }
            guard let packNode = fields["pack"], let name = packNode.string() else { return nil }
            if !RuleID.isPart(name) {
                packNode.error(
                    en: "pack name `\(name)` must be lower-case letters, digits and -",
                    sv: "paketnamnet `\(name)` får bara innehålla gemener, siffror och -")
            }
            let appliesWhen = fields["applies-when"].flatMap(Condition.parse)
            let appliesWhenText = fields["applies-when"]?.node.flowText
            var seen: [String: Int] = [:]
            // A bad pack name is reported once, above; rule ids are checked as if it were good,
            // so that it does not make every rule id look wrong.
            let idPack = RuleID.isPart(name) ? name : "pack"
            let rules = (fields["rules"]?.items() ?? []).compactMap { item -> FileRule? in
                rule(
                    item, pack: idPack, packCondition: appliesWhen,
                    appliesWhenText: appliesWhenText, seen: &seen)
            }
            return RulePack(
                name: name, title: fields["title"]?.localized(), source: fields["source"]?.string(),
                appliesWhen: appliesWhenText, rules: rules,
                checklist: fields["checklist"].flatMap { checklist($0, pack: name) }, file: diagnostics.file,
                condition: appliesWhen)
        }

        private func rule(
            _ node: RuleFileNode, pack: String, packCondition: Condition?, appliesWhenText: String?,
            seen: inout [String: Int]
        ) -> FileRule? {
            let errorsBefore = diagnostics.failures.count
            guard
                let fields = node.fields(
                    allowed: ruleKeys, required: requiredRuleKeys)
            else { return nil }
            let id = fields["id"].flatMap { ruleID($0, pack: pack, seen: &seen) }
            let severity = fields["severity"].flatMap(severity)
            let documented = id.flatMap { documentation[$0.name] }
            let summary = fields["summary"]?.localized() ?? documented?.summary
            let message = fields["message"]?.localized() ?? documented?.message
            let rationale = fields["rationale"]?.localized() ?? documented?.rationale
            let condition = fields["when"].flatMap(Condition.parse)
            let given = fields["given"].map(selectors) ?? [try? Selector.parse("$")].compactMap { $0 }
            let check = fields["check"].flatMap { node in defersChecks ? DeferredCheck(node) : CheckParser.parse(node) }
            let examples = fields["examples"].map(examples) ?? documented?.examples ?? RuleExamples()
            guard let id, let severity, let summary, let message, let given, let check else {
                if diagnostics.failures.count == errorsBefore {
                    node.error(en: "this rule could not be read", sv: "regeln gick inte att läsa")
                }
                return nil
            }
            checkPlaceholders(message, at: fields["message"])
            var whenText = appliesWhenText
            if let ruleWhen = fields["when"]?.node.flowText {
                whenText = [whenText, ruleWhen].compactMap { $0 }.joined(separator: "; ")
            }
            return FileRule(
                description: RuleDescription(
                    id: id, severity: severity, summary: summary, message: message,
                    rationale: rationale ?? LocalizedText(""),
                    source: fields["source"]?.string() ?? documented?.source,
                    appliesWhen: whenText, examples: examples,
                    precision: fields["check"].map { RulePrecision.of(check: $0.node) }),
                packCondition: packCondition, condition: condition, given: given, check: check)
        }

        /// Reports a placeholder that no check fills (`{{vaule}}`), with "did you mean".
        private func checkPlaceholders(_ message: LocalizedText, at node: RuleFileNode?) {
            guard let node else { return }
            for name in Set(MessageTemplate.placeholders(in: message.en) + MessageTemplate.placeholders(in: message.sv))
                .sorted()
            where !MessageTemplate.known.contains(name) {
                let hint = NameSuggestion.nearest(to: name, among: MessageTemplate.known)
                node.diagnostics.error(
                    LocalizedText(en: "unknown placeholder `{{\(name)}}`", sv: "okänd platshållare `{{\(name)}}`")
                        .suggesting(hint.map { "{{\($0)}}" }),
                    at: node.node.range.start)
            }
        }

        private func ruleID(_ node: RuleFileNode, pack: String, seen: inout [String: Int]) -> RuleID? {
            guard let name = node.string() else { return nil }
            guard let id = RuleID(pack: pack, name: name) else {
                node.error(
                    en: "rule id `\(name)` must be lower-case letters, digits and -",
                    sv: "regel-id `\(name)` får bara innehålla gemener, siffror och -")
                return nil
            }
            if let line = seen[name] {
                node.error(
                    en: "rule id `\(id)` is already used on line \(line)",
                    sv: "regel-id `\(id)` används redan på rad \(line)")
            }
            seen[name] = node.node.range.start.line
            return id
        }

        private func severity(_ node: RuleFileNode) -> Severity? {
            guard let text = node.string() else { return nil }
            guard let severity = Severity(rawValue: text) else {
                node.error(
                    en: "severity `\(text)` must be error, warning or info",
                    sv: "allvarlighetsgraden `\(text)` ska vara error, warning eller info")
                return nil
            }
            return severity
        }

        private func selectors(_ node: RuleFileNode) -> [Selector]? {
            if node.node.scalar != nil { return node.selector().map { [$0] } }
            guard let items = node.items() else { return nil }
            let selectors = items.compactMap { $0.selector() }
            return selectors.count == items.count ? selectors : nil
        }

        private func examples(_ node: RuleFileNode) -> RuleExamples {
            guard let fields = node.fields(allowed: ["pass", "fail"]) else { return RuleExamples() }
            func list(_ key: String) -> [RuleExample] {
                (fields[key]?.items() ?? []).map { item in
                    if let yaml = item.node.stringValue, item.node.scalar?.style != .plain { return RuleExample(yaml) }
                    return RuleExample(text(item))
                }
            }
            return RuleExamples(pass: list("pass"), fail: list("fail"))
        }

        private func checklist(_ node: RuleFileNode, pack: String) -> Checklist? {
            guard let fields = node.fields(allowed: ["title", "points"], required: ["title", "points"]),
                let title = fields["title"]?.localized(), let items = fields["points"]?.items()
            else { return nil }
            let points = items.compactMap { item -> Checklist.Point? in
                guard
                    let point = item.fields(
                        allowed: ["point", "title", "rules"], required: ["point", "title", "rules"]),
                    let label = point["point"]?.string(), let pointTitle = point["title"]?.localized(),
                    let ruleItems = point["rules"]?.items()
                else { return nil }
                let references = ruleItems.compactMap(ruleReference)
                guard references.count == ruleItems.count else { return nil }
                return Checklist.Point(
                    point: label, title: pointTitle, references: references, position: item.node.range.start)
            }
            return Checklist(title: title, points: points)
        }

        /// A rule of a checklist point: `pack/name`, or `{rule: pack/name, path: principles.openness}`.
        private func ruleReference(_ node: RuleFileNode) -> Checklist.RuleReference? {
            var text: String?
            var path: String?
            if node.node.scalar != nil {
                text = node.string()
            } else if let fields = node.fields(allowed: ["rule", "path"], required: ["rule"]) {
                text = fields["rule"]?.string()
                path = fields["path"]?.string()
            }
            guard let text else { return nil }
            guard let id = RuleID(text) else {
                node.error(
                    en: "`\(text)` is not a rule id (pack/name)", sv: "`\(text)` är inte ett regel-id (paket/namn)")
                return nil
            }
            return Checklist.RuleReference(id: id, path: path)
        }

        /// The source text of a node, dedented: how it was written in the rule file.
        func text(_ node: RuleFileNode) -> String {
            let range = node.node.range
            var lastLine = range.end.line
            if range.end.column == 1 && lastLine > range.start.line { lastLine -= 1 }
            var result: [String] = []
            for number in range.start.line...max(range.start.line, lastLine) {
                guard var line = lines.line(number).map(String.init) else { break }
                if number == range.end.line {
                    line = String(line.unicodeScalars.prefix(range.end.column - 1).map(Character.init))
                }
                if number == range.start.line {
                    let skip = range.start.column - 1
                    line =
                        String(repeating: " ", count: skip)
                        + String(String.UnicodeScalarView(line.unicodeScalars.dropFirst(skip)))
                }
                result.append(line)
            }
            let indent =
                result.filter { !$0.allSatisfy(\.isWhitespace) }
                .map { $0.prefix { $0 == " " }.count }.min() ?? 0
            return result.map { String($0.dropFirst(min(indent, $0.prefix { $0 == " " }.count))) }
                .joined(separator: "\n").trimmingTrailingWhitespace() + "\n"
        }
    }
}

extension String {
    fileprivate func trimmingTrailingWhitespace() -> String {
        var scalars = unicodeScalars[...]
        while let last = scalars.last, last.properties.isWhitespace { scalars = scalars.dropLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}
