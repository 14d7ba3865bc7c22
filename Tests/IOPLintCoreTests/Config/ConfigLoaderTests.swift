import Foundation
import TestSupport
import Testing

@testable import IOPLintCore

@Suite struct ConfigLoaderTests {
    /// A fresh folder holding `files`, for the caller to remove (``TemporaryFolder/remove(_:)``).
    static func folder(_ files: [String: String]) throws -> URL {
        try TemporaryFolder.make("iop-lint-config", holding: files)
    }

    static func errors(_ path: String) -> [String] {
        do {
            _ = try ConfigLoader().load(path)
            return []
        } catch {
            return error.failures.map { "\($0.position?.description ?? "-") \($0.message.en)" }
        }
    }

    @Test func everyKeyIsRead() throws {
        let root = try Self.folder([
            ".iop-lint.yml": """
            packs: [core, iop]
            rules: [rules/goteborg.yml]
            severity:
              format/unknown-key: error
              format/date: off
            ignore: ["archive/**"]
            overrides:
              - files: ["drafts/**"]
                severity: { format/version: off }
            lang: sv
            fail-on: warning
            """,
            "rules/goteborg.yml": "",
        ])
        defer { TemporaryFolder.remove(root) }
        let (configuration, references) = try ConfigLoader().load(root.appendingPathComponent(".iop-lint.yml").path)
        #expect(configuration.packs == ["core", "iop"])
        #expect(configuration.ruleFiles == [root.appendingPathComponent("rules/goteborg.yml").path])
        #expect(configuration.severity[RuleID("format/unknown-key")!] == .some(.error))
        #expect(configuration.severity[RuleID("format/date")!] == .some(nil))
        #expect(configuration.ignores(root.appendingPathComponent("archive/2019/a.yaml").path))
        #expect(!configuration.ignores(root.appendingPathComponent("avtal/a.yaml").path))
        let draft = root.appendingPathComponent("drafts/a.yaml").path
        #expect(configuration.severities(for: draft)[RuleID("format/version")!] == .some(nil))
        #expect(configuration.language == .sv)
        #expect(configuration.failOn == .warning)
        #expect(references.map(\.id) == ["format/unknown-key", "format/date", "format/version"])
    }

    @Test func unknownKeySuggestsTheNearest() throws {
        let root = try Self.folder([".iop-lint.yml": "pakcs: [core]\n"])
        defer { TemporaryFolder.remove(root) }
        #expect(
            Self.errors(root.appendingPathComponent(".iop-lint.yml").path) == [
                "1:1 unknown key `pakcs` in the file; did you mean `packs`?"
            ])
    }

    @Test func badGlobPointsInsideThePattern() throws {
        let root = try Self.folder([".iop-lint.yml": "ignore: [\"archive/[ab\"]\n"])
        defer { TemporaryFolder.remove(root) }
        #expect(
            Self.errors(root.appendingPathComponent(".iop-lint.yml").path) == [
                "1:19 invalid glob `archive/[ab`: `[` is not closed by `]`"
            ])
    }

    @Test func badValuesAreErrors() throws {
        let root = try Self.folder([".iop-lint.yml": "lang: de\nfail-on: sometimes\nseverity: { format/date: fatal }\n"]
        )
        defer { TemporaryFolder.remove(root) }
        #expect(
            Self.errors(root.appendingPathComponent(".iop-lint.yml").path) == [
                "1:7 `lang` must be sv or en",
                "2:10 `fail-on` must be error, warning, info or never",
                "3:26 severity `fatal` must be error, warning, info or off",
            ])
    }

    @Test func extendsMergesWithPathsRelativeToEachFile() throws {
        let root = try Self.folder([
            "shared/.iop-lint.yml":
                "rules: [goteborg.yml]\nignore: [\"old/**\"]\nlang: sv\nseverity: { format/date: warning }\n",
            "team/.iop-lint.yml": "extends: [../shared/.iop-lint.yml]\nlang: en\nseverity: { format/date: info }\n",
            "shared/goteborg.yml": "",
        ])
        defer { TemporaryFolder.remove(root) }
        let (configuration, _) = try ConfigLoader().load(root.appendingPathComponent("team/.iop-lint.yml").path)
        #expect(configuration.ruleFiles == [root.appendingPathComponent("shared/goteborg.yml").path])
        #expect(configuration.ignores(root.appendingPathComponent("shared/old/a.yaml").path))
        #expect(!configuration.ignores(root.appendingPathComponent("team/old/a.yaml").path))
        #expect(configuration.language == .en)
        #expect(configuration.severity[RuleID("format/date")!] == .some(.info))
    }

    @Test func extendsCyclesAreReported() throws {
        let root = try Self.folder([
            "a/.iop-lint.yml": "extends: ../b/.iop-lint.yml\n",
            "b/.iop-lint.yml": "extends: [../a/.iop-lint.yml]\n",
        ])
        defer { TemporaryFolder.remove(root) }
        let errors = Self.errors(root.appendingPathComponent("a/.iop-lint.yml").path)
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("1:11 `extends` makes a cycle:") == true)
    }

    @Test func discoveryFindsTheNearestAndStopsAtTheRepositoryRoot() throws {
        let root = try Self.folder([
            "repo/.git/HEAD": "ref: main\n", "repo/.iop-lint.yml": "lang: sv\n", "repo/sub/.iop-lint.yml": "lang: en\n",
            "repo/sub/deeper/a.yaml": "", "repo/other/b.yaml": "", ".iop-lint.yml": "lang: sv\n", "repo2/.git/HEAD": "",
            "repo2/c.yaml": "",
        ])
        defer { TemporaryFolder.remove(root) }
        let discovery = ConfigDiscovery()
        #expect(
            discovery.configuration(for: root.appendingPathComponent("repo/sub/deeper/a.yaml").path)
                == root.appendingPathComponent("repo/sub/.iop-lint.yml").path)
        #expect(
            discovery.configuration(for: root.appendingPathComponent("repo/other/b.yaml").path)
                == root.appendingPathComponent("repo/.iop-lint.yml").path)
        #expect(discovery.configuration(for: root.appendingPathComponent("repo2/c.yaml").path) == nil)
    }

    @Test func aMissingExtendsOrRulesTargetIsReportedWhereItIsWritten() throws {
        let root = try Self.folder([
            ".iop-lint.yml": "extends: [base.yml, ../gone.yml]\nrules:\n  - rules/kommun.yml\n  - rules/saknas.yml\n",
            "base.yml": "lang: sv\n", "rules/kommun.yml": "",
        ])
        defer { TemporaryFolder.remove(root) }
        #expect(
            Self.errors(root.appendingPathComponent(".iop-lint.yml").path) == [
                "1:21 `extends` names ../gone.yml, which cannot be read (no such file?)",
                "4:5 `rules` names rules/saknas.yml, which does not exist",
            ])
    }

    @Test func aSecondYAMLDocumentIsReported() throws {
        let root = try Self.folder([".iop-lint.yml": "packs: [core]\n---\npacks: [iop]\n"])
        defer { TemporaryFolder.remove(root) }
        #expect(
            Self.errors(root.appendingPathComponent(".iop-lint.yml").path) == [
                "2:1 a configuration holds one YAML document; remove this second one (it would be ignored)"
            ])
    }

    @Test func anUnknownPackIsReportedWhereItIsWritten() throws {
        let root = try Self.folder([".iop-lint.yml": "lang: sv\npacks:\n  - core\n  - ipo\n"])
        defer { TemporaryFolder.remove(root) }
        let path = root.appendingPathComponent(".iop-lint.yml").path
        #expect(throws: ToolFailures.self) { try ConfigResolver(commandLine: .init()).load(path) }
        do {
            _ = try ConfigResolver(commandLine: .init()).load(path)
        } catch {
            #expect(error.failures.map { "\($0.file ?? "-"):\($0.position?.description ?? "-")" } == ["\(path):4:5"])
            #expect(error.failures.first?.message.en.hasPrefix("no pack is named `ipo`") == true)
        }
    }

    @Test func aMergeKeyInAConfigurationIsAnErrorAtIt() throws {
        let root = try Self.folder([".iop-lint.yml": "base: &base { lang: sv }\n<<: *base\n"])
        defer { TemporaryFolder.remove(root) }
        let errors = Self.errors(root.appendingPathComponent(".iop-lint.yml").path)
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("2:1 merge keys (`<<`) are not supported") == true)
    }
}
