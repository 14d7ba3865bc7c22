import Foundation
import TestSupport
import Testing

/// `rules`, `explain`, `test` and `-r`, against the built binary.
@Suite struct RuleCommandsTests {
    static let rules = """
        iop-lint-rules: 1
        pack: goteborg
        applies-when:
          kind: { one-of: [iop] }
        rules:
          - id: dialogue
            severity: warning
            summary: { en: The dialogue principle is addressed, sv: Principen om dialog är beskriven }
            message: { en: "Say how the parties keep up a dialogue.", sv: "Beskriv hur parterna för dialog." }
            rationale: { en: Dialogue is a principle., sv: Dialog är en princip. }
            given: principles.dialogue
            check: { non-empty: true }
            examples:
              pass:
                - { kind: iop, principles: { dialogue: Styrgruppen möts fyra gånger per år. } }
              fail:
                - { kind: iop, principles: { quality: Följs upp. } }
        """

    @Test func lintWithUserRules() throws {
        let folder = try CLIRunner.folder(["goteborg.yml": Self.rules, "a.yaml": "iop-lint: 1\nkind: iop\n"])
        defer { TemporaryFolder.remove(folder) }
        let outcome = try CLIRunner.run(
            ["a.yaml", "-r", "goteborg.yml", "--pack", "goteborg", "--fail-on", "warning"], in: folder)
        #expect(outcome.status == 1)
        #expect(
            outcome.stdout.contains(
                "a.yaml:3:1: warning: Say how the parties keep up a dialogue. [goteborg/dialogue]\n"
                    + "→ missing; it belongs before line 3"))
    }

    @Test func brokenRuleFileExitsTwoWithItsPosition() throws {
        let broken = Self.rules.replacingOccurrences(of: "non-empty: true", with: "non-emtpy: true")
        let folder = try CLIRunner.folder(["goteborg.yml": broken, "a.yaml": "iop-lint: 1\n"])
        defer { TemporaryFolder.remove(folder) }
        let outcome = try CLIRunner.run(["a.yaml", "-r", "goteborg.yml"], in: folder)
        #expect(outcome.status == 2)
        #expect(outcome.stdout.isEmpty)
        #expect(outcome.stderr.contains("goteborg.yml:12:14: unknown check `non-emtpy`; did you mean `non-empty`?"))
    }

    @Test func testCommandRunsTheExamples() throws {
        let folder = try CLIRunner.folder(["goteborg.yml": Self.rules])
        defer { TemporaryFolder.remove(folder) }
        let outcome = try CLIRunner.run(["test", "goteborg.yml"], in: folder)
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("ok goteborg/dialogue (1 pass, 1 fail)"))
        let swedish = try CLIRunner.run(["test", "goteborg.yml", "--lang", "sv"], in: folder)
        #expect(swedish.stdout.contains("ok goteborg/dialogue (1 godkänt, 1 underkänt)"), "\(swedish.stdout)")
        #expect(swedish.stdout.contains("1 ok, 0 misslyckade, 0 otestade"), "\(swedish.stdout)")
    }

    @Test func testCommandFailsOnAMisbehavingExample() throws {
        let wrong = Self.rules.replacingOccurrences(of: "{ quality: Följs upp. }", with: "{ dialogue: Ja. }")
        let folder = try CLIRunner.folder(["goteborg.yml": wrong])
        defer { TemporaryFolder.remove(folder) }
        let outcome = try CLIRunner.run(["test", "goteborg.yml"], in: folder)
        #expect(outcome.status == 1)
        #expect(outcome.stdout.contains("FAIL goteborg/dialogue (1 pass, 1 fail)\n  fail example 1 gave no finding"))
        let swedish = try CLIRunner.run(["test", "goteborg.yml", "--lang", "sv"], in: folder)
        #expect(swedish.stdout.contains("0 ok, 1 misslyckad, 0 otestade"), "\(swedish.stdout)")
    }

    @Test func testCommandFailsOnAPassExampleThatIsNotYAML() throws {
        let broken = Self.rules.replacingOccurrences(
            of: "- { kind: iop, principles: { dialogue: Styrgruppen möts fyra gånger per år. } }",
            with: "- \"kind: iop\\nprinciples: { dialogue: [Styrgruppen\"")
        let folder = try CLIRunner.folder(["goteborg.yml": broken])
        defer { TemporaryFolder.remove(folder) }
        let outcome = try CLIRunner.run(["test", "goteborg.yml"], in: folder)
        #expect(outcome.status == 1)
        #expect(
            outcome.stdout.contains("FAIL goteborg/dialogue (1 pass, 1 fail)\n  pass example 1 is not valid YAML: "))
    }

    @Test func testCommandReportsARuleWithoutExamples() throws {
        let untested = Self.rules.components(separatedBy: "    examples:")[0]
        let folder = try CLIRunner.folder(["goteborg.yml": untested])
        defer { TemporaryFolder.remove(folder) }
        let outcome = try CLIRunner.run(["test", "goteborg.yml"], in: folder)
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("untested goteborg/dialogue (0 pass, 0 fail)"))
    }

    @Test func rulesListsEveryRuleInTheChosenLanguage() throws {
        let folder = try CLIRunner.folder(["goteborg.yml": Self.rules])
        defer { TemporaryFolder.remove(folder) }
        let outcome = try CLIRunner.run(["rules", "-r", "goteborg.yml", "--lang", "sv"], in: folder)
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("goteborg/dialogue"))
        #expect(outcome.stdout.contains("Principen om dialog är beskriven"))
        #expect(outcome.stdout.contains("format/yaml-syntax"))
        let json = try CLIRunner.run(
            ["rules", "-r", "goteborg.yml", "--format", "json", "--pack", "goteborg"], in: folder)
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(entries.map { $0["id"] as? String } == ["goteborg/dialogue"])
        let markdown = try CLIRunner.run(["rules", "--format", "markdown"], in: folder)
        #expect(markdown.stdout.hasPrefix("| rule | severity | applies when | summary |"))
    }

    @Test func explainShowsTheRulesOwnExamples() throws {
        let folder = try CLIRunner.folder(["goteborg.yml": Self.rules])
        defer { TemporaryFolder.remove(folder) }
        let outcome = try CLIRunner.run(["explain", "goteborg/dialogue", "-r", "goteborg.yml"], in: folder)
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("# goteborg/dialogue (warning)"))
        #expect(outcome.stdout.contains("Dialogue is a principle."))
        #expect(outcome.stdout.contains("{ kind: iop, principles: { quality: Följs upp. } }"))
        #expect(outcome.stdout.contains("--disable goteborg/dialogue"))
    }

    @Test func explainSuggestsANearMiss() throws {
        let outcome = try CLIRunner.run(["explain", "format/duplicate-keys"])
        #expect(outcome.status == 2)
        #expect(
            outcome.stderr.contains("no rule has the id `format/duplicate-keys`; did you mean `format/duplicate-key`?"))
    }

    @Test func disableAndPackSelectRules() throws {
        let folder = try CLIRunner.folder(["a.yaml": "iop-lint: 1\ntitel: x\n"])
        defer { TemporaryFolder.remove(folder) }
        #expect(
            try CLIRunner.run(["a.yaml", "--disable", "format/unknown-key", "--fail-on", "warning"], in: folder).status
                == 0)
        let unknown = try CLIRunner.run(["a.yaml", "--pack", "fromat"], in: folder)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("no pack is named `fromat`; did you mean `format`?"))
    }
}
