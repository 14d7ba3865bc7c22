import IOPYAML
import Testing

@testable import IOPLintCore

/// A located value keeps the path of its map apart from its key until its path is asked for.
@Suite struct LocatedTests {
    private let range = SourceRange(at: SourcePosition(line: 3, column: 7, offset: 40))
    private let parties = DocumentPath([.key("parties"), .index(1)])

    @Test func aValueReadFromAMapHasThePathOfItsKey() {
        let id = Located("kommunen", range: range, in: parties, at: .key("id"))
        #expect(id.path == DocumentPath([.key("parties"), .index(1), .key("id")]))
        #expect(id.path.description == "parties[1].id")
        let role = Located("utforare", range: range, in: parties.appending(key: "roles"), at: .index(0))
        #expect(role.path.description == "parties[1].roles[0]")
    }

    @Test func aValueGivenItsWholePathKeepsIt() {
        #expect(Located(1, range: range, path: parties).path == parties)
        #expect(Located(1, range: range, in: parties, at: nil).path == parties)
    }

    @Test func valuesAreEqualByTheirPathHoweverItIsKept() {
        let apart = Located("kommunen", range: range, in: parties, at: .key("id"))
        let whole = Located("kommunen", range: range, path: parties.appending(key: "id"))
        #expect(apart == whole)
        #expect(Set([apart, whole]).count == 1)
        #expect(apart != Located("kommunen", range: range, in: parties, at: .key("name")))
    }

    @Test func aPathSetReplacesTheWholePath() {
        var value = Located("kommunen", range: range, in: parties, at: .key("id"))
        value.path = .root
        #expect(value.path == .root)
    }
}
