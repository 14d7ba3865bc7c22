import Foundation
import IOPLintCore
import Testing

@testable import IOPLintCache

@Suite struct ProfileKeyTests {
    static let ruleFile = """
        iop-lint-rules: 1
        pack: min-kommun
        rules:
          - id: area
            severity: warning
            summary: The agreement names the area it concerns
            message: Write which area the agreement concerns.
            given: area
            check: { non-empty: true }

        """

    /// The pack in `text`, loaded as if from a file that is not on disk.
    static func pack(_ text: String) throws -> RulePack {
        try RuleFileLoader().load(bytes: Array(text.utf8), file: "/nonexistent/iop-lint/min-kommun.yml")
    }

    @Test func theKeyFollowsTheBytesThePackWasLoadedFrom() throws {
        let pack = try Self.pack(Self.ruleFile)
        let edited = try Self.pack(Self.ruleFile + "# a comment changes no rule, but the file\n")
        let profile = LintProfile(rules: pack.rules)
        #expect(ProfileKey.of(profile, packs: [pack]) == ProfileKey.of(profile, packs: [pack, pack]))
        #expect(ProfileKey.of(profile, packs: [pack]) != ProfileKey.of(profile, packs: [edited]))
    }
}
