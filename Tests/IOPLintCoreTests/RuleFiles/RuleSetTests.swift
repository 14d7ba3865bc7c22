import Foundation
import TestSupport
import Testing

@testable import IOPLintCore

/// Loading built-in packs and user rule files together.
@Suite struct RuleSetTests {
    private let userPack = """
        iop-lint-rules: 1
        pack: goteborg
        rules:
          - { id: title, severity: info, summary: s, message: m, given: title, check: { present: true } }
        """

    /// The path of a fresh folder holding `files`, for the caller to remove.
    private func folder(_ files: [String: String]) throws -> String {
        try TemporaryFolder.make("iop-lint-ruleset", holding: files).path
    }

    /// The built-in packs are read side by side and kept in the order of their files.
    @Test func builtInPacksKeepTheOrderOfTheirFiles() throws {
        let packs = try RuleSet.embeddedPacks.get()
        #expect(packs.map(\.file) == BuiltInPacks.files.map { "rules/\($0.file)" })
        #expect(packs.allSatisfy { !$0.rules.isEmpty })
    }

    @Test func userRulesJoinTheBuiltInOnes() throws {
        let path = try folder(["goteborg.yml": userPack])
        defer { TemporaryFolder.remove(URL(fileURLWithPath: path)) }
        let set = try RuleSet.load(userPaths: [path])
        #expect(set.registry[RuleID("goteborg/title")!] != nil)
        #expect(set.registry[RuleID("format/yaml-syntax")!] != nil)
    }

    @Test func aUserPackNamedLikeABuiltInPackIsAnError() throws {
        let path = try folder(["mine.yml": userPack.replacingOccurrences(of: "pack: goteborg", with: "pack: format")])
        defer { TemporaryFolder.remove(URL(fileURLWithPath: path)) }
        #expect {
            try RuleSet.load(userPaths: [path])
        } throws: { error in
            let failures = (error as? ToolFailures)?.failures ?? []
            return failures.map { "\($0.position?.description ?? "-") \($0.message.en)" }
                == ["2:7 pack name `format` is already used by a built-in pack; choose another name"]
        }
    }

    @Test func aPackUnderTestReplacesTheBuiltInPackOfItsName() throws {
        let builtIn = [(file: "goteborg.yml", text: userPack)]
        let newer = userPack.replacingOccurrences(of: "id: title", with: "id: titles")
        let path = try folder(["goteborg.yml": newer])
        defer { TemporaryFolder.remove(URL(fileURLWithPath: path)) }
        #expect(throws: ToolFailures.self) { try RuleSet.load(userPaths: [path], builtIn: builtIn) }
        let set = try RuleSet.load(userPaths: [path], builtIn: builtIn, userPacksReplaceBuiltIns: true)
        #expect(set.packs.map(\.name) == ["goteborg"])
        #expect(set.registry[RuleID("goteborg/titles")!] != nil)
        #expect(set.registry[RuleID("goteborg/title")!] == nil)
    }

    @Test func twoUserFilesWithOnePackNameAreAnError() throws {
        let path = try folder(["a.yml": userPack, "b.yml": userPack])
        defer { TemporaryFolder.remove(URL(fileURLWithPath: path)) }
        #expect(throws: ToolFailures.self) { try RuleSet.load(userPaths: [path]) }
    }

    @Test func checklistNamingAnUnknownRuleIsAnError() throws {
        let text =
            userPack
            + "\nchecklist:\n  title: List\n  points:\n    - { point: \"1\", title: T, rules: [goteborg/titel] }\n"
        let path = try folder(["g.yml": text])
        defer { TemporaryFolder.remove(URL(fileURLWithPath: path)) }
        #expect {
            try RuleSet.load(userPaths: [path])
        } throws: { error in
            let failures = (error as? ToolFailures)?.failures ?? []
            return failures.map(\.message.en)
                == [
                    "checklist point 1 names the rule `goteborg/titel`, which does not exist; did you mean `goteborg/title`?"
                ]
        }
    }

    @Test func aMissingRuleFileIsAnError() {
        #expect(throws: ToolFailures.self) { try RuleSet.load(userPaths: ["/no/such/rules.yml"]) }
    }
}
