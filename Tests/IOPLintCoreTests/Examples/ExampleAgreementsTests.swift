import Foundation
import Testing

@testable import IOPLintCore

/// The example agreements exercise the built-in packs: every pack rule fires on some defective
/// example and on no clean one, and the example of agreement-format.md passes everything.
///
/// Which examples are clean is read from the table in `examples/README.md` (its `state`
/// column: `clean`, `defective`, or per document, `1st clean, 2nd defective`).
@Suite struct ExampleAgreementsTests {
    static let examples = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appending(path: "examples")

    /// (file, document index) → clean?
    static func states() throws -> [String: [Bool]] {
        let readme = try String(contentsOf: examples.appending(path: "README.md"), encoding: .utf8)
        var states: [String: [Bool]] = [:]
        for line in readme.split(separator: "\n") where line.hasPrefix("| `") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 4 else { continue }
            let file = cells[0].trimmingCharacters(in: CharacterSet(charactersIn: "`"))
            states[file] = cells[3].split(separator: ",").map { $0.contains("clean") }
        }
        return states
    }

    /// Every finding of the built-in rules on every example, by file.
    static func findings() throws -> [String: [Finding]] {
        let linter = Linter(rules: RuleRegistry.builtIn.rules)
        var result: [String: [Finding]] = [:]
        for file in try states().keys {
            let data = try Data(contentsOf: examples.appending(path: file))
            result[file] = linter.lint(bytes: Array(data), path: file).findings
        }
        return result
    }

    @Test func theReadmeDescribesEveryExample() throws {
        let files =
            FileManager.default.enumerator(atPath: Self.examples.path)?.compactMap { $0 as? String }
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") } ?? []
        #expect(Set(files) == Set(try Self.states().keys))
    }

    @Test func cleanExamplesGiveNoFinding() throws {
        let states = try Self.states()
        for (file, findings) in try Self.findings() {
            let clean = states[file] ?? []
            let dirty = findings.filter {
                clean.indices.contains($0.documentIndex) ? clean[$0.documentIndex] : clean.last == true
            }
            #expect(dirty.isEmpty, "\(file): \(dirty.map { "\($0.range.start) \($0.ruleID) \($0.message.en)" })")
        }
    }

    @Test func everyPackRuleFiresOnSomeDefectiveExample() throws {
        let fired = Set(try Self.findings().values.flatMap { $0.map(\.ruleID) })
        let packRules = RuleRegistry.builtIn.rules.map(\.id).filter { $0.pack != "format" }
        let silent = packRules.filter { !fired.contains($0) }
        #expect(silent.isEmpty, "rules that no example triggers: \(silent.map(\.description))")
    }

    @Test func theFormatSpecificationsExamplePassesEveryRule() {
        let findings = Linter(rules: RuleRegistry.builtIn.rules).lint(
            bytes: Array(FormatExample.yaml.utf8), path: "example.yaml"
        )
        .findings
        #expect(findings.isEmpty, "\(findings.map { "\($0.range.start) \($0.ruleID) \($0.message.en)" })")
    }
}
