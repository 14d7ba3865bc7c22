import IOPYAML
import Testing

@testable import IOPLintCore

struct FingerprintTests {
    private static let agreement = """
        iop-lint: 1
        kind: partnerskap
        parties:
          - id: hela-manniskan
        activities:
          - what: Språkcafé
            party: huddinge-kommun
        """

    /// Rule id and fingerprint of every finding in `text`, linted as `path`.
    private func fingerprints(_ text: String, path: String = "avtal/a.yaml") -> [String: String] {
        let file = Linter(rules: FormatRules.all).lint(bytes: Array(text.utf8), path: path)
        return Dictionary(
            zip(file.findings.map(\.ruleID.description), file.fingerprints), uniquingKeysWith: { $1 })
    }

    @Test
    func fingerprintIsThirtyTwoHexDigits() {
        for fingerprint in fingerprints(Self.agreement).values {
            #expect(fingerprint.count == 32)
            #expect(
                fingerprint.unicodeScalars.allSatisfy { $0.properties.isASCIIHexDigit && !("A"..."F").contains($0) })
        }
    }

    @Test
    func theHashIsTheSameOnEveryMachineAndRun() {
        // FNV-1a, not Swift's randomly seeded Hasher: these values never change.
        #expect(Fingerprint.hash([]) == "cbf29ce48422232584222325cbf29ce4")
        let missingVersion = Finding(
            ruleID: RuleID("format/version")!, severity: .error, message: LocalizedText("x"), file: "a.yaml",
            documentIndex: 0, path: .root, range: SourceRange(at: .start))
        // Also computed by an independent Python implementation of the same definition.
        #expect(Fingerprint.of(missingVersion, in: "title: x\n") == "1196315a338132c52ad207e758ec020c")
        #expect(Fingerprint.hash(["ab", "c"]) != Fingerprint.hash(["a", "bc"]))
    }

    @Test
    func linesInsertedAboveDoNotChangeIt() {
        let before = fingerprints(Self.agreement)
        let after = fingerprints("# Överenskommelse\n# utkast 2\n\n" + Self.agreement)
        #expect(before.count == 2)
        #expect(after == before)
    }

    @Test
    func reindentingDoesNotChangeIt() {
        let reindented = """
            iop-lint: 1
            kind:   partnerskap
            parties:
                -   id: hela-manniskan
            activities:
                -   what: Språkcafé
                    party:    huddinge-kommun
            """
        #expect(fingerprints(reindented) == fingerprints(Self.agreement))
    }

    @Test
    func anotherFileOrFlaggedTextChangesIt() {
        let original = fingerprints(Self.agreement)
        let moved = fingerprints(Self.agreement, path: "avtal/b.yaml")
        let edited = fingerprints(Self.agreement.replacingOccurrences(of: "partnerskap", with: "partner"))
        #expect(moved["format/type"] != original["format/type"])
        #expect(edited["format/type"] != original["format/type"])
        #expect(edited["format/unknown-party"] == original["format/unknown-party"])
    }

    @Test
    func whitespaceIsCollapsedAndTrimmed() {
        #expect(Fingerprint.normalized("  [Människan,\n    Flemingsberg]\t") == "[Människan, Flemingsberg]")
        #expect(Fingerprint.normalized(" \n ") == "")
        // Whitespace outside ASCII too (no-break, em and ideographic spaces, line separator).
        #expect(Fingerprint.normalized("a\u{A0}b\u{2003}\u{3000}ö\u{2028}\r\nc\u{85}") == "a b ö c")
    }

    @Test
    func theSameFindingTwiceInAFileGetsTwoFingerprints() {
        let text = "title: a\n---\ntitle: b\n"
        let file = Linter(rules: FormatRules.all).lint(bytes: Array(text.utf8), path: "a.yaml")
        let versions = zip(file.findings, file.fingerprints).filter {
            $0.0.ruleID.description == "format/version"
        }
        #expect(versions.count == 2)
        #expect(Set(versions.map(\.1)).count == 2)
        #expect(versions.first?.1 == Fingerprint.of(versions[0].0, in: text))
    }

    /// The flagged text is normalized straight from the lines, a line at a time: the hash is
    /// that of the definition, the whitespace-normalized ``SourceLines/text(in:)``, for ranges
    /// on one line and over several, columns past a line's end, lines past the last, tabs,
    /// CR LF, and whitespace and letters outside ASCII.
    @Test(arguments: [
        (1, 1, 1, 5), (1, 3, 4, 2), (2, 2, 2, 99), (1, 1, 9, 1), (3, 1, 3, 1), (4, 2, 6, 4), (7, 1, 12, 1),
    ])
    func theFlaggedTextIsHashedAsItsNormalizedText(startLine: Int, startColumn: Int, endLine: Int, endColumn: Int) {
        let text =
            "  title:\tLäxhjälp\u{A0}i  Flemingsberg \r\n\n  - Språkcafé\u{2003}för alla\u{2028}\t\n \u{85}ö \n\n"
        let lines = SourceLines(text)
        let range = SourceRange(
            start: SourcePosition(line: startLine, column: startColumn, offset: 0),
            end: SourcePosition(line: endLine, column: endColumn, offset: 0))
        let finding = Finding(
            ruleID: RuleID("core/title")!, severity: .error, message: LocalizedText("x"), file: "a.yaml",
            documentIndex: 0, path: DocumentPath.root.appending(key: "title"), range: range)
        let fields = [
            "iop-lint/\(Fingerprint.version)", "core/title", "a.yaml", "title",
            Fingerprint.normalized(lines.text(in: range)),
        ]
        #expect(Fingerprint.of(finding, in: lines) == Fingerprint.hash(fields))
        #expect(Fingerprint.of(finding, in: lines, occurrence: 2) == Fingerprint.hash(fields + ["#2"]))
        #expect(
            Fingerprint.all(of: [finding, finding], in: lines) == [
                Fingerprint.hash(fields), Fingerprint.hash(fields + ["#1"]),
            ])
    }
}
