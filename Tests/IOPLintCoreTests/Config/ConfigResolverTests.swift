import Foundation
import Testing

@testable import IOPLintCore

@Suite struct ConfigResolverTests {
    @Test func unknownRuleIDSuggestsTheNearest() throws {
        let root = try ConfigLoaderTests.folder([".iop-lint.yml": "severity:\n  format/unknown-keys: off\n"])
        let resolver = ConfigResolver(commandLine: .init())
        #expect {
            try resolver.load(root.appendingPathComponent(".iop-lint.yml").path)
        } throws: { error in
            let failures = (error as? ToolFailures)?.failures ?? []
            return failures.map { "\($0.position?.description ?? "-") \($0.message.en)" }
                == ["2:3 no rule has the id `format/unknown-keys`; did you mean `format/unknown-key`?"]
        }
    }

    @Test func severityOffRemovesTheRuleAndOverridesApplyPerPath() throws {
        let root = try ConfigLoaderTests.folder([
            ".iop-lint.yml": """
            severity: { format/unknown-key: error }
            overrides:
              - files: ["drafts/**"]
                severity: { format/unknown-key: off }
            fail-on: warning
            """
        ])
        let resolver = ConfigResolver(commandLine: .init())
        let (configuration, ruleSet) = try resolver.load(root.appendingPathComponent(".iop-lint.yml").path)
        let final = try resolver.profile(
            for: root.appendingPathComponent("avtal/a.yaml").path, configuration: configuration, ruleSet: ruleSet)
        let draft = try resolver.profile(
            for: root.appendingPathComponent("drafts/a.yaml").path, configuration: configuration, ruleSet: ruleSet)
        let unknownKey = RuleID("format/unknown-key")!
        #expect(final.rules.contains { $0.id == unknownKey })
        #expect(final.severity[unknownKey] == .error)
        #expect(final.failOn == .warning)
        #expect(!draft.rules.contains { $0.id == unknownKey })
    }

    @Test func commandLineWinsOverTheConfiguration() throws {
        let root = try ConfigLoaderTests.folder([".iop-lint.yml": "fail-on: warning\nseverity: { format/date: off }\n"])
        let resolver = ConfigResolver(commandLine: .init(enable: ["format/date"], failOn: .never))
        let (configuration, ruleSet) = try resolver.load(root.appendingPathComponent(".iop-lint.yml").path)
        let profile = try resolver.profile(
            for: root.appendingPathComponent("a.yaml").path, configuration: configuration, ruleSet: ruleSet)
        #expect(profile.failOn == .never)
        #expect(profile.rules.contains { $0.id == RuleID("format/date")! })
    }
}
