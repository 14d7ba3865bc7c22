import IOPYAML
import Testing

@testable import IOPLintCore

@Suite struct SuppressionReaderTests {
    private static func load(_ yaml: String) -> (documents: [LintDocument], suppressions: [Suppression]) {
        let file = DocumentLoader().loadFile(bytes: Array(yaml.utf8))
        return (file.documents, file.suppressions)
    }

    /// The suppressions of `yaml` as `lines doc nodes | rules | reason`, or `file | …`.
    private static func scopes(_ yaml: String) -> [String] {
        load(yaml).suppressions.map { suppression in
            let rules = suppression.rules.map { "\($0.id)@\($0.range)" }.joined(separator: " ")
            switch suppression.scope {
            case .file:
                return "file | \(rules) | \(suppression.reason)"
            case .nextLine(let lines, let document, let nodes):
                let where_ = "\(lines.lowerBound)...\(lines.upperBound) d\(document.map(String.init) ?? "-")"
                return "\(where_) \(nodes.map(\.description)) | \(rules) | \(suppression.reason)"
            }
        }
    }

    /// The issues of `format/unused-suppression` in `yaml`, as `document range message`.
    private static func problems(_ yaml: String) -> [String] {
        issues(yaml).map { "\($0.document) \($0.issue.range) \($0.issue.message.en)" }
    }

    /// The issues of `format/unused-suppression` in `yaml`, as `document range`.
    private static func problemSpots(_ yaml: String) -> [String] {
        issues(yaml).map { "\($0.document) \($0.issue.range)" }
    }

    private static func issues(_ yaml: String) -> [(document: Int, issue: ModelIssue)] {
        load(yaml).documents.flatMap { document in
            document.issues.filter { $0.ruleID == .formatUnusedSuppression }.map { (document.index, $0) }
        }
    }

    // MARK: Scopes

    @Test func nextLineCoversTheNextLineWithContentAndTheNodesStartingThere() {
        let yaml = """
            iop-lint: 1
            # iop-lint-disable-next-line format/type -- the type of the old template

            parties:
              # iop-lint-disable-next-line format/type, format/unknown-key -- r
              - id: a
                type: kommun

            """
        #expect(
            Self.scopes(yaml) == [
                "3...4 d0 [\"parties\"] | format/type@2:30-2:41 | the type of the old template",
                "6...6 d0 [\"parties[0]\"] | format/type@5:32-5:43 format/unknown-key@5:45-5:63 | r",
            ])
    }

    @Test func stackedSuppressionsEachCoverTheLinesUpToTheContent() {
        let yaml =
            "iop-lint: 1\n# iop-lint-disable-next-line format/type -- a\n# iop-lint-disable-next-line format/date -- b\nkind: x\n"
        #expect(
            Self.scopes(yaml) == [
                "3...4 d0 [\"kind\"] | format/type@2:30-2:41 | a", "4...4 d0 [\"kind\"] | format/date@3:30-3:41 | b",
            ])
    }

    @Test func aTrailingSuppressionCoversTheLineAfterIt() {
        let yaml = "title: x # iop-lint-disable-next-line format/type -- r\nkind: y\n"
        #expect(Self.scopes(yaml) == ["2...2 d0 [\"kind\"] | format/type@1:39-1:50 | r"])
    }

    @Test func aLineThatStartsNoNodeCoversTheLineOnly() {
        #expect(
            Self.scopes("title:\n  # iop-lint-disable-next-line format/type -- r\n  x\n")
                == ["3...3 d0 [] | format/type@2:32-2:43 | r"])
        #expect(
            Self.scopes("parties: [\n  # iop-lint-disable-next-line format/type -- r\n  {id: a}, {id: b}\n]\n")
                == ["3...3 d0 [\"parties[0]\", \"parties[1]\"] | format/type@2:32-2:43 | r"])
    }

    @Test func aSuppressionInALaterDocumentBelongsToIt() throws {
        let yaml = "iop-lint: 1\n---\n# iop-lint-disable-next-line format/type -- r\nkind: x\n"
        #expect(Self.scopes(yaml) == ["4...4 d1 [\"kind\"] | format/type@3:30-3:41 | r"])
        #expect(try #require(Self.load(yaml).suppressions.first).documentIndex == 1)
    }

    @Test func fileSuppressionsAreForTheWholeFileWhereverTheyAre() {
        let yaml = "iop-lint: 1\n---\niop-lint: 1\n# iop-lint-disable-file format/type format/date -- r\n"
        #expect(Self.scopes(yaml) == ["file | format/type@4:25-4:36 format/date@4:37-4:48 | r"])
    }

    @Test func textThatLooksLikeASuppressionInsideAScalarIsNone() {
        #expect(Self.scopes("title: \"# iop-lint-disable-file format/type -- r\"\n") == [])
        #expect(Self.scopes("title: |\n  # iop-lint-disable-file format/type -- r\n") == [])
    }

    // MARK: Problems

    @Test func anUnknownDirectiveIsReportedWithTheNearestOne() {
        #expect(
            Self.problems("iop-lint: 1\n# iop-lint-disable-nextline format/type -- r\nkind: x\n") == [
                "0 2:3-2:28 `iop-lint-disable-nextline` is not a suppression; did you mean `iop-lint-disable-next-line`?"
            ])
        #expect(Self.scopes("iop-lint: 1\n# iop-lint-disable-nextline format/type -- r\nkind: x\n") == [])
        #expect(
            Self.problems("iop-lint: 1 # iop-lint-disable-all\n") == [
                "0 1:15-1:35 `iop-lint-disable-all` is not a suppression; did you mean `iop-lint-disable-file`?"
            ])
    }

    @Test func aSuppressionWithoutARuleIsReported() {
        #expect(
            Self.problems("iop-lint: 1\n# iop-lint-disable-file -- r\n") == [
                "0 2:1-2:29 `iop-lint-disable-file` names no rule: write the ids of the rules to switch off, then ` -- ` and the reason"
            ])
    }

    @Test func aWordThatIsNoRuleIDIsReportedAndTheOthersStillWork() {
        let yaml = "iop-lint: 1\n# iop-lint-disable-file Format/Type, format/type -- r\n"
        #expect(
            Self.problems(yaml) == [
                "0 2:25-2:36 `Format/Type` is not a rule id (`pack/name`, such as `format/unknown-key`)"
            ])
        #expect(Self.scopes(yaml) == ["file | format/type@2:38-2:49 | r"])
    }

    @Test func aSuppressionWithoutAReasonIsReportedAndSuppressesNothing() {
        #expect(Self.scopes("iop-lint: 1\n# iop-lint-disable-file format/type\n") == [])
        #expect(Self.scopes("iop-lint: 1\n# iop-lint-disable-file format/type --  \n") == [])
        #expect(Self.problemSpots("iop-lint: 1\n# iop-lint-disable-file format/type --  \n") == ["0 2:1-2:41"])
        #expect(
            Self.problems("iop-lint: 1\n# iop-lint-disable-file format/type\n") == [
                "0 2:1-2:36 the suppression gives no reason, so it switches nothing off: add ` -- ` and why the rule does not apply"
            ])
    }

    @Test func aNextLineSuppressionWithNothingAfterItIsReported() {
        let yaml = "iop-lint: 1\n# iop-lint-disable-next-line format/type -- r\n\n# the end\n"
        #expect(Self.scopes(yaml) == [])
        #expect(
            Self.problems(yaml) == [
                "0 2:1-2:46 no line of YAML follows `iop-lint-disable-next-line`, so it switches nothing off"
            ])
    }

    @Test func problemsBelongToTheDocumentTheCommentIsIn() {
        let yaml =
            "# iop-lint-disable-file format/type\niop-lint: 1\n---\niop-lint: 1\n# iop-lint-disable-file format/date\n---\niop-lint: 1\n"
        #expect(Self.problemSpots(yaml) == ["0 1:1-1:36", "1 5:1-5:36"])
    }

    @Test func problemsInAFileThatCannotBeReadBelongToItsOnlyDocument() {
        let yaml = "# iop-lint-disable-file format/yaml-syntax\ntitle: [\n"
        #expect(Self.problemSpots(yaml) == ["0 1:1-1:43"])
    }

    @Test(arguments: [0, 5, 13, 15])
    func theMarkerIsFoundAnywhereAndOnlyWholeWhicheverByteIsScannedFor(anchor: Int) {
        let marker = Array("iop-lint-disable".utf8)
        func contains(_ text: String) -> Bool {
            SuppressionReader.contains(marker, in: Array(text.utf8), anchor: anchor)
        }
        #expect(contains("iop-lint-disable"))
        #expect(contains("a: 1 # iiop-lint-disable-file x"))
        #expect(contains("b: bbb # disable iop-lint-disable"))
        #expect(!contains("a: 1 # iop-lint-disabl"))
        #expect(!contains("iop-lint-enable iop-lint disable"))
        #expect(!contains("bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"))
        #expect(!contains("op-lint-disable"))
        #expect(!contains(""))
    }

    @Test func noByteOutsideTheMarkerIsScannedFor() {
        let marker = Array("iop-lint-disable".utf8)
        #expect(!SuppressionReader.contains(marker, in: marker, anchor: marker.count))
        #expect(!SuppressionReader.contains(marker, in: marker, anchor: -1))
    }
}
