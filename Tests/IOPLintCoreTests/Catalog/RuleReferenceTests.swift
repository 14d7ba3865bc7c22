import Foundation
import Testing

@testable import IOPLintCore

/// Generated documentation and embedded packs stay in step with `rules/`.
@Suite struct RuleReferenceTests {
    static let packageRoot = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    @Test func docsRulesIsUpToDate() throws {
        let reference = RuleReference(ruleSet: try RuleSet.load()).markdown()
        try GoldenFile.assertMatches(reference, file: Self.packageRoot.appending(path: "docs/rules.md"))
    }

    @Test func embeddedPacksMatchTheRulesFolder() throws {
        let folder = Self.packageRoot.appending(path: "rules")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let onDisk = try names.filter { $0.hasSuffix(".yml") }.sorted().map { name in
            (name, try String(contentsOf: folder.appending(path: name), encoding: .utf8))
        }
        let embedded = BuiltInPacks.files.map { ($0.file, $0.text + "\n") }
        #expect(
            onDisk.map(\.0) == embedded.map(\.0) && zip(onDisk, embedded).allSatisfy { $0.1 == $1.1 },
            "the embedded packs are stale: run scripts/generate-builtin-packs.py")
    }

    @Test func everyBuiltInPackLoads() throws {
        let set = try RuleSet.load()
        #expect(set.packs.count == BuiltInPacks.files.count)
    }
}
