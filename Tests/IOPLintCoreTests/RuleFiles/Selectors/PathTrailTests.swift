import IOPYAML
import Testing

@testable import IOPLintCore

@Suite struct PathTrailTests {
    private static let start = DocumentPath([.key("parties"), .index(2)])

    @Test func entriesHangFromTheirParentsAndTheTrailFromItsStart() {
        let trail = PathTrail(
            start: Self.start,
            entries: [
                .init(parent: -1, component: .key("mandate")), .init(parent: 0, component: .key("date")),
                .init(parent: -1, component: .key("tags")), .init(parent: 2, component: .index(0)),
            ])
        #expect(PathTrail.Place(trail: trail, entry: 1).path.description == "parties[2].mandate.date")
        #expect(PathTrail.Place(trail: trail, entry: 3).path.description == "parties[2].tags[0]")
        #expect(PathTrail.Place(trail: trail, entry: -1).path == Self.start)
        #expect(PathTrail.Place(trail: PathTrail(start: .root, entries: []), entry: -1).path == .root)
    }

    @Test func selectedNodesAreEqualByNodeAndPathWhereverTheirPathsAreKept() {
        let node = YAMLNode(content: .scalar(YAMLScalar("x")), range: SourceRange(at: .start))
        let withPath = SelectedNode(node: node, path: Self.start.appending(key: "mandate"))
        let trail = PathTrail(start: Self.start, entries: [.init(parent: -1, component: .key("mandate"))])
        let onTrail = SelectedNode(node: node, location: .trail(PathTrail.Place(trail: trail, entry: 0)))
        #expect(withPath == onTrail)
        #expect(withPath.hashValue == onTrail.hashValue)
        #expect(withPath != SelectedNode(node: node, path: Self.start))
    }

    /// `**` from a node below the root: the trail starts at that node's path.
    @Test func aWalkBelowTheRootContinuesThePathOfItsStart() throws {
        let document = try #require(
            CoreTestSupport.documents("x-a:\n  - { b: { c: [1, 2] } }\n  - { b: { c: [3] } }\n").first)
        let items = try Selector.parse("x-a[*]").select(in: document).matches
        let below = try items.flatMap { try Selector.parse("@.b.**").select(in: document, current: $0).matches }
        #expect(
            below.map(\.path.description) == [
                "x-a[0].b", "x-a[0].b.c", "x-a[0].b.c[0]", "x-a[0].b.c[1]", "x-a[1].b", "x-a[1].b.c", "x-a[1].b.c[0]",
            ])
        for match in below { #expect(document.node(at: match.path) == match.node) }
    }
}
