import IOPYAML
import Testing

@testable import IOPLintCore

/// Suppressions applied by the linter, end to end from the bytes of a file.
@Suite struct SuppressionSetTests {
    private static func lint(_ yaml: String, rules: [any Rule] = FormatRules.all) -> FileResult {
        Linter(rules: rules).lint(bytes: Array(yaml.utf8), path: "agreement.yaml")
    }

    /// `range rule path` of each finding, the shape these tests compare.
    private static func spots(_ findings: [Finding]) -> [String] {
        findings.map { "\($0.range) \($0.ruleID) \($0.path)" }
    }

    // MARK: What is suppressed

    @Test func aSuppressedFindingIsKeptApartWithItsReason() throws {
        let result = Self.lint(
            "iop-lint: 1\n# iop-lint-disable-next-line format/unknown-key -- the council's template\ntitel: Läxhjälp\n")
        #expect(result.findings.isEmpty)
        #expect(Self.spots(result.suppressed) == ["3:1-3:6 format/unknown-key titel"])
        let suppression = try #require(result.suppressed.first?.suppression)
        #expect(suppression.reason == "the council's template")
        #expect(suppression.range.description == "2:1-2:74")
        #expect(result.findings.allSatisfy { $0.suppression == nil })
    }

    @Test func aNextLineSuppressionCoversTheNodeThatStartsOnTheLine() {
        let yaml = """
            iop-lint: 1
            # iop-lint-disable-next-line format/unknown-key -- keys of the old template
            term:
              start: 2025-03-01
              slut: 2028-02-28
            titel: Läxhjälp

            """
        let result = Self.lint(yaml)
        #expect(Self.spots(result.suppressed) == ["5:3-5:7 format/unknown-key term.slut"])
        #expect(Self.spots(result.findings) == ["6:1-6:6 format/unknown-key titel"])
    }

    @Test func aNextLineSuppressionCoversOnlyTheRulesItNames() {
        let result = Self.lint("iop-lint: 1\n# iop-lint-disable-next-line format/type -- r\ntitel: [a]\nkind: x\n")
        #expect(
            Self.spots(result.findings) == [
                "2:30-2:41 format/unused-suppression ", "3:1-3:6 format/unknown-key titel", "4:7-4:8 format/type kind",
            ])
        #expect(Self.spots(result.suppressed) == [])
    }

    @Test func aFileSuppressionCoversEveryDocument() {
        let yaml =
            "# iop-lint-disable-file format/unknown-key -- old template\niop-lint: 1\ntitel: a\n---\niop-lint: 1\ntitel: b\n"
        let result = Self.lint(yaml)
        #expect(result.findings.isEmpty)
        #expect(
            Self.spots(result.suppressed) == ["3:1-3:6 format/unknown-key titel", "6:1-6:6 format/unknown-key titel"])
        #expect(result.suppressed.map(\.documentIndex) == [0, 1])
    }

    @Test func aFindingCoveredTwiceIsMarkedWithTheNarrowerSuppressionAndBothAreUsed() throws {
        let yaml =
            "# iop-lint-disable-file format/unknown-key -- a\niop-lint: 1\n# iop-lint-disable-next-line format/unknown-key -- b\ntitel: x\n"
        let result = Self.lint(yaml)
        #expect(result.findings.isEmpty)
        #expect(try #require(result.suppressed.first?.suppression).reason == "b")
    }

    // MARK: What is reported

    @Test func aSuppressionThatSuppressesNothingIsReportedAtTheRuleID() {
        let result = Self.lint("iop-lint: 1\n# iop-lint-disable-next-line format/unknown-key -- r\ntitle: x\n")
        #expect(Self.spots(result.findings) == ["2:30-2:48 format/unused-suppression "])
        #expect(result.findings.map(\.severity) == [.warning])
        #expect(
            result.findings.map(\.message) == [
                LocalizedText(
                    en:
                        "`format/unknown-key` is switched off for the next line (3) but finds nothing there: remove it from the comment",
                    sv:
                        "`format/unknown-key` stängs av för nästa rad (3) men hittar inget där: ta bort den ur kommentaren"
                )
            ])
    }

    @Test func eachRuleOfASuppressionIsUsedOrReportedOnItsOwn() {
        let result = Self.lint(
            "iop-lint: 1\n# iop-lint-disable-next-line format/unknown-key, format/date -- r\ntitel: x\n")
        #expect(Self.spots(result.suppressed) == ["3:1-3:6 format/unknown-key titel"])
        #expect(Self.spots(result.findings) == ["2:50-2:61 format/unused-suppression "])
    }

    @Test func anUnusedFileSuppressionIsReported() {
        let result = Self.lint("iop-lint: 1\n---\n# iop-lint-disable-file format/date -- r\niop-lint: 1\n")
        #expect(Self.spots(result.findings) == ["3:25-3:36 format/unused-suppression "])
        #expect(result.findings.map(\.documentIndex) == [1])
        #expect(
            result.findings.map(\.message.en) == [
                "`format/date` is switched off for the whole file but finds nothing in it: remove it from the comment"
            ])
    }

    @Test func anUnknownRuleIsReportedWithTheNearestKnownOne() {
        let result = Self.lint("iop-lint: 1\n# iop-lint-disable-next-line format/unknown-kee -- r\ntitel: x\n")
        #expect(
            Self.spots(result.findings) == ["2:30-2:48 format/unused-suppression ", "3:1-3:6 format/unknown-key titel"])
        #expect(
            result.findings.first?.message
                == LocalizedText(
                    en: "there is no rule `format/unknown-kee`; did you mean `format/unknown-key`?",
                    sv: "det finns ingen regel `format/unknown-kee`; menade du `format/unknown-key`?"))
    }

    @Test func aSuppressionWithoutAReasonSuppressesNothingAndIsReported() {
        let result = Self.lint("iop-lint: 1\n# iop-lint-disable-next-line format/unknown-key\ntitel: x\n")
        #expect(
            Self.spots(result.findings) == ["2:1-2:48 format/unused-suppression ", "3:1-3:6 format/unknown-key titel"])
        #expect(result.suppressed.isEmpty)
    }

    @Test func noSuppressionIsReportedAsUnusedInAFileThatCouldNotBeRead() {
        let yaml = "iop-lint: 1\n# iop-lint-disable-next-line format/unknown-key -- r\ntitel: x\nkind: [\n"
        let result = Self.lint(yaml)
        #expect(result.findings.map(\.ruleID) == [.formatYAMLSyntax])
        #expect(result.suppressed.isEmpty)
    }

    // MARK: Suppressing format/unused-suppression

    @Test func aMalformedSuppressionCanBeSuppressedFromTheLineAbove() {
        let yaml = """
            iop-lint: 1
            # iop-lint-disable-next-line format/unused-suppression -- kept while the template is discussed
            # iop-lint-disable-next-line format/unknown-key
            titel: x

            """
        let result = Self.lint(yaml)
        #expect(Self.spots(result.suppressed) == ["3:1-3:48 format/unused-suppression "])
        #expect(Self.spots(result.findings) == ["4:1-4:6 format/unknown-key titel"])
    }

    @Test func anUnusedSuppressionCanBeSuppressedForTheWholeFile() {
        let yaml =
            "# iop-lint-disable-file format/unused-suppression -- r\niop-lint: 1\n# iop-lint-disable-next-line format/date -- r\ntitle: x\n"
        let result = Self.lint(yaml)
        #expect(result.findings.isEmpty)
        #expect(Self.spots(result.suppressed) == ["3:30-3:41 format/unused-suppression "])
    }

    @Test func aSuppressionOfUnusedSuppressionsThatSuppressesNothingIsReported() {
        let result = Self.lint("iop-lint: 1\n# iop-lint-disable-file format/unused-suppression -- r\n")
        #expect(Self.spots(result.findings) == ["2:25-2:50 format/unused-suppression "])
    }

    // MARK: Rules that did not run

    @Test func aSuppressionOfARuleThatDidNotRunIsNeitherUsedNorReported() {
        let rules = FormatRules.all.filter { $0.id != .formatUnknownKey }
        let result = Self.lint(
            "iop-lint: 1\n# iop-lint-disable-next-line format/unknown-key -- r\ntitle: x\n", rules: rules)
        #expect(result.findings.isEmpty)
        #expect(result.suppressed.isEmpty)
    }

    @Test func withoutTheUnusedSuppressionRuleSuppressionsStillWorkButNothingIsReported() {
        let yaml =
            "iop-lint: 1\n# iop-lint-disable-next-line format/unknown-key -- r\ntitel: x\n# iop-lint-disable-file format/date\n"
        let result = Self.lint(yaml, rules: [UnknownKeyRule()])
        #expect(result.findings.isEmpty)
        #expect(Self.spots(result.suppressed) == ["3:1-3:6 format/unknown-key titel"])
    }

    @Test func theUnusedSuppressionSeverityComesFromTheProfile() {
        let profile = LintProfile(rules: FormatRules.all, severity: [.formatUnusedSuppression: .error])
        let result = Linter(profile: profile).lint(
            bytes: Array("iop-lint: 1\n# iop-lint-disable-file format/date -- r\n".utf8), path: "a.yaml")
        #expect(result.findings.map(\.severity) == [.error])
    }

    @Test func knownRuleIDsCanBeWidenedToRulesThatDoNotRun() {
        var linter = Linter(rules: FormatRules.all)
        let yaml = Array("iop-lint: 1\n# iop-lint-disable-file custom/own-rule -- r\n".utf8)
        #expect(
            Self.spots(linter.lint(bytes: yaml, path: "a.yaml").findings) == ["2:25-2:40 format/unused-suppression "])
        linter.profile.knownRuleIDs.insert(RuleID("custom/own-rule")!)
        #expect(linter.lint(bytes: yaml, path: "a.yaml").findings.isEmpty)
    }

    // MARK: The run

    @Test func suppressedFindingsDoNotFailTheRun() {
        let yaml = "# iop-lint-disable-file format/version -- a fragment of an agreement\ntitle: Läxhjälp\n"
        let suppressed = LintReport(files: [Self.lint(yaml)], rules: [])
        #expect(suppressed.findings.isEmpty)
        #expect(suppressed.suppressed.map(\.severity) == [.error])
        #expect(ExitStatus.of(suppressed, failOn: .info) == .clean)
        let unsuppressed = LintReport(files: [Self.lint("title: Läxhjälp\n")], rules: [])
        #expect(ExitStatus.of(unsuppressed) == .findings)
    }

    @Test func builtInRulesRunEndToEnd() {
        let yaml = """
            # iop-lint-disable-file format/unknown-key -- keys of the council's old template
            iop-lint: 1
            kind: iop
            titel: Läxhjälp i Gottsunda
            # iop-lint-disable-next-line format/type -- the municipality's own word
            parties: [{ id: uppsala-kommun, type: kommun }]
            # iop-lint-disable-next-line format/date, core/no-such-rule -- r
            term: { start: 2025-03-01 }

            """
        let result = Linter(rules: RuleRegistry.builtIn.rules).lint(bytes: Array(yaml.utf8), path: "läxhjälp.yaml")
        #expect(
            Self.spots(result.suppressed.filter { $0.ruleID.pack == "format" }) == [
                "4:1-4:6 format/unknown-key titel", "6:39-6:45 format/type parties[0].type",
            ])
        #expect(
            Self.spots(result.findings.filter { $0.ruleID.pack == "format" }) == [
                "7:30-7:41 format/unused-suppression ", "7:43-7:60 format/unused-suppression ",
            ])
        #expect(
            result.findings.first { $0.range.start.line == 7 && $0.ruleID.pack == "format" }?.message.en.hasPrefix(
                "`format/date`") == true)
        #expect(result.suppressed.allSatisfy { $0.file == "läxhjälp.yaml" && $0.suppression != nil })
    }
}
