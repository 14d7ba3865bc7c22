import Foundation
import IOPLintCore
import IOPYAML
import Testing

@testable import IOPLintDocuments

/// `render --format docx` then `import` gives back every value the renderer wrote: the proof
/// that the layout and the importer agree on headings, labels and tables.
@Suite struct RoundTripTests {
    static let examples: [String] = {
        let folder = Agreements.packageRoot.appendingPathComponent("examples")
        let files =
            FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?
            .compactMap { ($0 as? URL)?.path }.filter { $0.hasSuffix(".yaml") }.sorted() ?? []
        return files.map { String($0.dropFirst(folder.path.count + 1)) }
    }()

    @Test func everyExampleIsTried() {
        #expect(Self.examples.count >= 10)
    }

    @Test(arguments: examples, [Language.sv, .en])
    func renderedWordImportsBackToTheSameValues(example: String, language: Language) throws {
        let yaml = try Agreements.example(example)
        let renderer = AgreementRenderer(
            linter: Linter(profile: LintProfile(rules: RuleRegistry.builtIn.rules)), format: .docx, language: language,
            withFindings: false)
        guard case .rendered(let docx) = try renderer.render(bytes: Array(yaml.utf8), path: example) else {
            // An example with format errors is not rendered; it has no round trip.
            return
        }
        let imported = try AgreementImporter().importDocument(docx)
        let original = Self.values(of: yaml)
        let back = Set(Self.values(of: imported.yaml))
        let missing = original.filter { !back.contains($0) }
        #expect(missing.isEmpty, "\(example) (\(language)) lost \(missing)\n\(imported.yaml)")
        #expect(imported.summary.guessed.isEmpty, "\(imported.summary.guessed)")
        let findings = Linter(profile: LintProfile(rules: RuleRegistry.builtIn.rules)).lint(
            bytes: Array(imported.yaml.utf8), path: "x.yaml"
        ).findings.filter { $0.ruleID.pack == "format" }
        #expect(findings.isEmpty, "\(findings.map { "\($0.range.start.line): \($0.message.en)" })")
    }

    /// Every scalar of every document as `path = value`: party references as the party's name,
    /// whitespace collapsed, numbers canonical, commitments grouped by party as a document shows
    /// them; without `iop-lint`, ids and `status`, which a document does not show.
    static func values(of yaml: String) -> [String] {
        YAMLLoader().load(yaml).documents.flatMap { document -> [String] in
            var root = document.root
            let names = Dictionary(
                (root["parties"]?.sequence ?? []).compactMap { party -> (String, String)? in
                    guard let id = party["id"]?.scalar?.value, let name = party["name"]?.scalar?.value else {
                        return nil
                    }
                    return (id, name)
                }, uniquingKeysWith: { first, _ in first })
            groupCommitments(&root)
            var values: [String] = []
            flatten(root, path: "", formatPath: "", names: names, into: &values)
            return values
        }
    }

    private static func groupCommitments(_ root: inout YAMLNode) {
        guard var pairs = root.mapping, let index = pairs.firstIndex(where: { $0.key.scalar?.value == "commitments" }),
            let items = pairs[index].value.sequence
        else { return }
        var order: [String] = []
        for item in items {
            let party = item["party"]?.scalar?.value ?? ""
            if !order.contains(party) { order.append(party) }
        }
        let grouped = order.flatMap { party in items.filter { ($0["party"]?.scalar?.value ?? "") == party } }
        pairs[index].value.content = .sequence(grouped)
        root.content = .mapping(pairs)
    }

    private static func flatten(
        _ node: YAMLNode, path: String, formatPath: String, names: [String: String], into values: inout [String]
    ) {
        switch node.content {
        case .scalar(let scalar):
            if ["iop-lint", "id", "status", "parties[].id"].contains(formatPath) { return }
            var value = scalar.value.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            let listPath = formatPath.hasSuffix("[]") ? String(formatPath.dropLast(2)) : formatPath
            if let key = AgreementFormat.current.key(at: formatPath) ?? AgreementFormat.current.key(at: listPath),
                key.type == .partyReference || key.type == .list(.partyReference)
            {
                value = names[value] ?? value
            } else if let number = Double(value) {
                value = String(number)
            }
            values.append("\(path) = \(value)")
        case .sequence(let items):
            for (index, item) in items.enumerated() {
                flatten(item, path: "\(path)[\(index)]", formatPath: formatPath + "[]", names: names, into: &values)
            }
        case .mapping(let pairs):
            for pair in pairs {
                let key = pair.key.scalar?.value ?? "?"
                let separator = path.isEmpty ? "" : "."
                flatten(
                    pair.value, path: path + separator + key, formatPath: formatPath + separator + key, names: names,
                    into: &values)
            }
        }
    }
}
