import IOPYAML
import Testing

@testable import IOPLintCore

@Suite struct DocumentLoaderTests {
    @Test func eachDocumentOfAFileIsDecodedSeparately() {
        let yaml = """
            iop-lint: 1
            title: Läxhjälp
            ---
            iop-lint: 1
            title: [Språkcafé]
            ---
            title: Idrott
            kind: iop

            """
        let (text, documents) = DocumentLoader().load(bytes: Array(yaml.utf8))
        #expect(text == yaml)
        #expect(documents.map(\.index) == [0, 1, 2])
        #expect(documents.allSatisfy { $0.isReadable })
        #expect(documents.map { $0.agreement.title?.value } == ["Läxhjälp", nil, "Idrott"])
        #expect(documents.map { $0.issues.map(\.spot) } == [[], ["5:8 format/type title"], ["7:1 format/version "]])
        #expect(documents.map(\.rejected.count) == [0, 1, 0])
        #expect(documents[2].agreement.kind?.value == .iop)
    }

    /// A large file read with a core to spare: each document starts with the texts analysed
    /// while libyaml read ahead, and a rule asking for one of them finds that analysis.
    @Test func documentsStartWithTheTextsAnalysedWhileParsing() throws {
        let activity = "  - what: Läxhjälp för barn och unga i Gottsunda.\n    party: forening\n"
        let document = "iop-lint: 1\nkind: iop\nactivities:\n" + String(repeating: activity, count: 1_200)
        let bytes = Array((document + "---\n" + document).utf8)
        try #require(bytes.count >= YAMLLoader.readAheadFrom)
        let meanwhile = AnalysesWhileParsing()
        let documents = DocumentLoader().loadFile(bytes: bytes, spareCore: true, meanwhile: meanwhile).documents
        #expect(documents.count == 2)
        for document in documents {
            let items = try #require(document.root?["activities"]?.sequence)
            let what = try #require(items.last?["what"])
            let text = try #require(what.stringValue)
            let analysed = meanwhile.analyses(of: document.index).analysis(of: text, at: what.range.start.offset)
            #expect(document.analysis(of: what) === analysed)
        }
    }

    @Test func syntaxErrorInTheThirdDocumentKeepsTheFirstTwo() {
        let yaml = """
            iop-lint: 1
            title: Läxhjälp
            ---
            iop-lint: 1
            titel: Språkcafé
            ---
            iop-lint: 1
            kind: iop
            kind: iop
            title: "Idrott

            """
        let documents = DocumentLoader().load(bytes: Array(yaml.utf8)).documents
        #expect(documents.map(\.index) == [0, 1, 2])
        #expect(documents.map(\.isReadable) == [true, true, false])
        #expect(documents[0].agreement.title?.value == "Läxhjälp")
        #expect(documents[1].issues.map(\.spot) == ["5:1 format/unknown-key titel"])
        #expect(documents[2].issues.map(\.spot) == ["9:1 format/duplicate-key kind", "11:1 format/yaml-syntax title"])
        #expect(documents[2].root == nil)
        #expect(documents[2].agreement.title == nil)

        let findings = CoreTestSupport.findings(yaml)
        #expect(findings.map(\.documentIndex) == [1, 2, 2])
    }

    @Test func fatalProblemBeforeAnyDocumentGivesOneUnreadableDocument() {
        let documents = DocumentLoader().load(bytes: []).documents
        #expect(documents.count == 1)
        #expect(documents.first?.index == 0)
        #expect(documents.first?.isReadable == false)
        #expect(documents.first?.issues.map(\.spot) == ["1:1 format/yaml-syntax "])
    }

    @Test func emptyDocumentsAreSkipped() {
        let (_, documents) = DocumentLoader().load(bytes: Array("iop-lint: 1\n---\n".utf8))
        #expect(documents.count == 1)
        #expect(documents[0].issues.isEmpty)
    }

    @Test func aFileOfEmptyDocumentsIsEmpty() throws {
        let (_, documents) = DocumentLoader().load(bytes: Array("---\n---\n".utf8))
        let issue = try #require(documents.first?.issues.first)
        #expect(documents.count == 1)
        #expect(issue.ruleID.description == "format/yaml-syntax")
        #expect(issue.message.en == "the file is empty: it holds no YAML document")
        #expect(issue.range.start.description == "1:1")
    }

    @Test func integrityIsRenamedToIndependenceForRules() throws {
        let yaml = "iop-lint: 1\nprinciples:\n  integrity: Egen röst.\n  dialogue: Möten.\n"
        let document = try #require(DocumentLoader().load(bytes: Array(yaml.utf8)).documents.first)
        let principles = try #require(document.root?["principles"]?.mapping)
        #expect(principles.map { $0.key.scalar?.value } == ["independence", "dialogue"])
        #expect(principles.first?.key.range.start.description == "3:3")
        #expect(document.node(at: DocumentPath([.key("principles"), .key("integrity")])) == nil)
    }

    @Test func integrityIsKeptWhenIndependenceIsAlsoWritten() throws {
        let yaml = "iop-lint: 1\nprinciples:\n  independence: Egen röst.\n  integrity: Annan text.\n"
        let document = try #require(DocumentLoader().load(bytes: Array(yaml.utf8)).documents.first)
        #expect(document.root?["principles"]?.mapping?.map { $0.key.scalar?.value } == ["independence", "integrity"])
        #expect(document.agreement.principles?.independence?.value == "Egen röst.")
    }

    @Test func limitsAreTheLoadersOwn() {
        let loader = DocumentLoader(limits: YAMLLimits(maxDepth: 2))
        let documents = loader.load(bytes: Array("iop-lint: 1\nterm: { start: [2025] }\n".utf8)).documents
        #expect(documents.map { $0.issues.map(\.spot) } == [["2:16 format/limits term.start"]])
    }

    @Test func aMergeKeyIsOneErrorAtItsKeyAndNothingIsHalfMerged() {
        let yaml = """
            iop-lint: 1
            x-defaults: &defaults
              title: Läxhjälp
              kind: iop
            <<: *defaults
            status: draft

            """
        let result = Linter(rules: FormatRules.all).lint(bytes: Array(yaml.utf8), path: "a.yaml")
        #expect(result.findings.map { "\($0.range.start) \($0.ruleID)" } == ["5:1 format/yaml-syntax"])
        #expect(result.findings.first?.message.en.contains("merge keys (`<<`) are not supported") == true)
        let documents = DocumentLoader().load(bytes: Array(yaml.utf8)).documents
        #expect(documents.first?.agreement.title == nil, "no value is merged")
        #expect(documents.first?.root?.mapping?.map { $0.key.scalar?.value } == ["iop-lint", "x-defaults", "status"])
    }

    @Test func aQuotedKeyNamedLikeAMergeKeyIsAnOrdinaryKey() {
        let yaml = "iop-lint: 1\n\"<<\": x\n"
        let result = Linter(rules: FormatRules.all).lint(bytes: Array(yaml.utf8), path: "a.yaml")
        #expect(result.findings.map(\.ruleID.description) == ["format/unknown-key"])
    }
}
