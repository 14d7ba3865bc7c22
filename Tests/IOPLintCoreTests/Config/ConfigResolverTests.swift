import Foundation
import TestSupport
import Testing

@testable import IOPLintCore

@Suite struct ConfigResolverTests {
    @Test func unknownRuleIDSuggestsTheNearest() throws {
        let root = try ConfigLoaderTests.folder([".iop-lint.yml": "severity:\n  format/unknown-keys: off\n"])
        defer { TemporaryFolder.remove(root) }
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
        defer { TemporaryFolder.remove(root) }
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
        defer { TemporaryFolder.remove(root) }
        let resolver = ConfigResolver(commandLine: .init(enable: ["format/date"], failOn: .never))
        let (configuration, ruleSet) = try resolver.load(root.appendingPathComponent(".iop-lint.yml").path)
        let profile = try resolver.profile(
            for: root.appendingPathComponent("a.yaml").path, configuration: configuration, ruleSet: ruleSet)
        #expect(profile.failOn == .never)
        #expect(profile.rules.contains { $0.id == RuleID("format/date")! })
    }

    @Test func aRuleSwitchedOffIsStillKnownToSuppressions() throws {
        let own = """
            iop-lint-rules: 1
            pack: own
            rules:
              - { id: title, severity: info, summary: s, message: m, given: title, check: { present: true } }
            """
        let root = try ConfigLoaderTests.folder([
            ".iop-lint.yml": "rules: [own.yml]\nseverity: { own/title: off }\n", "own.yml": own,
        ])
        defer { TemporaryFolder.remove(root) }
        let resolver = ConfigResolver(commandLine: .init())
        let (configuration, ruleSet) = try resolver.load(root.appendingPathComponent(".iop-lint.yml").path)
        let profile = try resolver.profile(
            for: root.appendingPathComponent("a.yaml").path, configuration: configuration, ruleSet: ruleSet)
        let title = RuleID("own/title")!
        #expect(!profile.rules.contains { $0.id == title })
        #expect(profile.knownRuleIDs.contains(title))
        let text =
            "iop-lint: 1\n# iop-lint-disable-next-line own/title -- switched off by configuration too\nkind: iop\n"
        let findings = Linter(profile: profile).lint(bytes: Array(text.utf8), path: "a.yaml").findings
        #expect(!findings.contains { $0.message.en.contains("there is no rule") })
    }
}
