import Foundation
import TestSupport
import Testing

/// A repository with a configuration at its root and another in a subfolder, against the built
/// binary: each folder gets its own rules, severities, ignores and threshold.
@Suite struct ConfigurationScenarioTests {
    /// An agreement that is fine for the format rules, with one unknown key (a warning).
    static let warning = "iop-lint: 1\ntitel: Läxhjälp\n"
    /// An agreement with a format error (an impossible date).
    static let error = "iop-lint: 1\nterm: { start: 2025-02-30 }\n"

    /// A fresh folder holding the repository, `extra` added to its files or replacing them; the
    /// caller removes it.
    static func repository(_ extra: [String: String] = [:]) throws -> URL {
        var files = [
            ".iop-lint.yml": "packs: [format]\nignore: [\"archive/**\"]\n",
            "avtal/a.yaml": warning,
            "archive/old.yaml": error,
            "team/.iop-lint.yml": """
            extends: [../.iop-lint.yml]
            severity: { format/unknown-key: error }
            overrides:
              - files: ["drafts/**"]
                severity: { format/date: off }
            fail-on: warning
            """,
            "team/b.yaml": warning,
            "team/drafts/c.yaml": error,
        ]
        files.merge(extra) { $1 }
        return try CLIRunner.folder(files, formatOnly: false)
    }

    @Test func eachFolderIsLintedWithItsNearestConfiguration() throws {
        let root = try Self.repository()
        defer { TemporaryFolder.remove(root) }
        let outcome = try CLIRunner.run(["."], in: root)
        #expect(outcome.stdout.contains("avtal/a.yaml:2:1: warning: unknown key `titel`"))
        #expect(outcome.stdout.contains("team/b.yaml:2:1: error: unknown key `titel`"))
        #expect(!outcome.stdout.contains("archive/old.yaml"), "ignored by the root configuration")
        #expect(!outcome.stdout.contains("team/drafts/c.yaml"), "format/date is off for drafts")
        #expect(outcome.stdout.contains("1 error, 1 warning in 3 files"))
        #expect(outcome.status == 1)
    }

    @Test func theFailOnOfTheConfigurationDecidesTheExitCode() throws {
        let root = try Self.repository()
        defer { TemporaryFolder.remove(root) }
        #expect(try CLIRunner.run(["avtal"], in: root).status == 0, "a warning under the root configuration")
        let team = try Self.repository(["team/.iop-lint.yml": "packs: [format]\nfail-on: warning\n"])
        defer { TemporaryFolder.remove(team) }
        #expect(try CLIRunner.run(["team/b.yaml"], in: team).status == 1, "a warning under fail-on: warning")
        #expect(try CLIRunner.run(["team/b.yaml", "--fail-on", "error"], in: team).status == 0, "the option wins")
    }

    @Test func configOptionOverridesDiscovery() throws {
        let root = try Self.repository(["strict.yml": "packs: [format]\nseverity: { format/unknown-key: error }\n"])
        defer { TemporaryFolder.remove(root) }
        let outcome = try CLIRunner.run(["avtal", "--config", "strict.yml"], in: root)
        #expect(outcome.stdout.contains("avtal/a.yaml:2:1: error: unknown key `titel`"))
        #expect(outcome.status == 1)
    }

    @Test func aBadConfigurationExitsTwoWithItsPosition() throws {
        let root = try Self.repository([
            "team/.iop-lint.yml": "packs: [format]\nseverity:\n  format/unknown-keys: off\nignore: [\"[x\"]\n"
        ])
        defer { TemporaryFolder.remove(root) }
        let outcome = try CLIRunner.run(["."], in: root)
        #expect(outcome.status == 2)
        #expect(outcome.stdout.isEmpty)
        #expect(outcome.stderr.contains("team/.iop-lint.yml:4:11: invalid glob `[x`: `[` is not closed by `]`"))
    }

    @Test func anUnknownRuleInTheConfigurationSuggestsTheNearest() throws {
        let root = try Self.repository(["team/.iop-lint.yml": "severity:\n  format/unknown-keys: off\n"])
        defer { TemporaryFolder.remove(root) }
        let outcome = try CLIRunner.run(["team"], in: root)
        #expect(outcome.status == 2)
        #expect(
            outcome.stderr.contains(
                ":2:3: no rule has the id `format/unknown-keys`; did you mean `format/unknown-key`?"))
    }

    @Test func theConfigurationsLanguageIsUsed() throws {
        let root = try Self.repository([".iop-lint.yml": "packs: [format]\nlang: sv\n"])
        defer { TemporaryFolder.remove(root) }
        let outcome = try CLIRunner.run(["avtal"], in: root)
        #expect(outcome.stdout.contains("avtal/a.yaml:2:1: varning: okänd nyckel `titel`"))
    }

    @Test func extendsCyclesExitTwo() throws {
        let root = try Self.repository([
            "team/.iop-lint.yml": "extends: [../.iop-lint.yml]\n", ".iop-lint.yml": "extends: [team/.iop-lint.yml]\n",
        ])
        defer { TemporaryFolder.remove(root) }
        let outcome = try CLIRunner.run(["team"], in: root)
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("`extends` makes a cycle"))
    }
}
