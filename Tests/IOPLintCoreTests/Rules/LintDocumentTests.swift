import IOPYAML
import Testing

@testable import IOPLintCore

@Suite struct LintDocumentTests {
    private static let yaml = """
        # Läxhjälp i Gottsunda
        iop-lint: 1
        parties:
          - id: uppsala-kommun
            mandate: { body: Kommunstyrelsen }
          - id: ibn-rushd
        governance:
          meetings-per-year: 4
        term: 2025
        title: [Läxhjälp]

        """

    private let document: LintDocument

    init() throws {
        let documents = CoreTestSupport.documents(Self.yaml)
        try #require(documents.count == 1)
        document = documents[0]
    }

    private static func path(_ text: String) -> DocumentPath {
        var components: [DocumentPath.Component] = []
        for part in text.split(separator: ".") {
            var name = Substring(part)
            var indices: [Int] = []
            while let open = name.lastIndex(of: "["), name.hasSuffix("]") {
                indices.insert(Int(name[name.index(after: open)..<name.index(before: name.endIndex)])!, at: 0)
                name = name[..<open]
            }
            components.append(.key(String(name)))
            components += indices.map(DocumentPath.Component.index)
        }
        return DocumentPath(components)
    }

    @Test(arguments: [
        ("parties[0].mandate.date", "5:5-5:12"),
        ("parties[1].mandate.date", "6:5-7:1"),
        ("parties[1].mandate", "6:5-7:1"),
        ("governance.steering-group[0].party", "7:1-7:11"),
        ("governance.steering-group", "7:1-7:11"),
    ])
    func missingValuePointsAtTheClosestKeyThatIsThere(_ missing: String, _ range: String) {
        let place = document.placeForMissing(Self.path(missing))
        #expect(place.range.description == range)
        #expect(!place.isInsertionPoint)
    }

    /// A missing section is not a fault of the first key: it is reported where it would be
    /// written, after the section before it in the order of the format.
    @Test(arguments: [
        ("follow-up.evaluation.type", "9:1-9:1"),
        ("follow-up", "9:1-9:1"),
        ("signatures", "10:1-10:1"),
        ("id", "3:1-3:1"),
        ("iop-lint", "2:1-2:1"),
    ])
    func missingSectionPointsWhereItBelongs(_ missing: String, _ range: String) {
        let place = document.placeForMissing(Self.path(missing))
        #expect(place.range.description == range)
        #expect(place.isInsertionPoint)
    }

    @Test func missingValueBelowAValueOfTheWrongTypePointsAtItsKey() {
        #expect(document.placeForMissing(Self.path("term.start")).range.description == "9:1-9:5")
        #expect(document.placeForMissing(Self.path("title[1]")).range.description == "10:1-10:6")
    }

    @Test func missingValueOfAnUnreadableDocumentPointsAtTheFileStart() throws {
        let unreadable = try #require(CoreTestSupport.documents("iop-lint: 1\ntitle: [\n").first)
        #expect(unreadable.placeForMissing(Self.path("term.start")).range == SourceRange(at: .start))
        #expect(unreadable.node(at: Self.path("iop-lint")) == nil)
    }

    @Test func nodeAtAPathFollowsKeysAndIndices() {
        #expect(document.node(at: .root)?.mapping?.count == 5)
        #expect(document.node(at: Self.path("parties[1].id"))?.scalar?.value == "ibn-rushd")
        #expect(document.node(at: Self.path("parties[0].mandate.body"))?.range.start.description == "5:22")
        #expect(document.node(at: Self.path("governance.meetings-per-year"))?.scalar?.value == "4")
    }

    @Test(arguments: ["parties[2]", "parties[0].name", "parties.id", "governance[0]", "iop-lint.value", "okänd"])
    func nodeAtAPathThatIsNotThereIsNil(_ missing: String) {
        #expect(document.node(at: Self.path(missing)) == nil)
    }

    @Test func nodeAtARejectedPathIsNil() {
        #expect(document.rejected == [Self.path("term"), Self.path("title")])
        #expect(document.node(at: Self.path("term")) == nil)
        #expect(document.node(at: Self.path("title")) == nil)
        #expect(document.node(at: Self.path("title[0]")) == nil)
    }

    @Test func valuesBelowARejectedValueAreHiddenToo() throws {
        let other = try #require(CoreTestSupport.documents("iop-lint: 1\nparties: [{ id: a, type: kommun }]\n").first)
        #expect(other.node(at: Self.path("parties[0].type")) == nil)
        #expect(other.node(at: Self.path("parties[0].id"))?.scalar?.value == "a")
        #expect(other.node(at: Self.path("parties[0]")) != nil)
    }

    @Test func documentThatIsNotAMapHasNoNodes() throws {
        let list = try #require(CoreTestSupport.documents("- iop-lint: 1\n").first)
        #expect(list.rejected == [.root])
        #expect(list.node(at: .root) == nil)
        #expect(list.node(at: Self.path("iop-lint")) == nil)
        #expect(list.placeForMissing(Self.path("title")).range.description == "1:1-1:1")
    }

    @Test func languageComesFromTheAgreement() throws {
        #expect(document.language == nil)
        let swedish = try #require(CoreTestSupport.documents("iop-lint: 1\nlanguage: sv\n").first)
        #expect(swedish.language == .sv)
    }
}
