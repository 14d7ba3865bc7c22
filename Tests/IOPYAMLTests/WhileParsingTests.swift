import Foundation
import IOPYAML
import Testing

/// Records what the loader tells it; `busy`, it always has a piece of work to do.
private final class Recorder: WhileParsing {
    let busy: Bool
    private(set) var taken: [(value: String, document: Int)] = []
    private(set) var pieces = 0

    init(busy: Bool) {
        self.busy = busy
    }

    func took(_ scalar: YAMLNode, inDocument index: Int) {
        taken.append((scalar.scalar?.value ?? "", index))
    }

    func doPiece() -> Bool {
        guard busy else { return false }
        pieces += 1
        usleep(20)
        return true
    }
}

/// The loader's thread does another's work while it waits for libyaml's (`meanwhile`): told of
/// every scalar as the tree takes it in, and the trees the same as without.
@Suite struct WhileParsingTests {
    /// Every scalar of `node`, keys and values, in document order.
    private static func scalars(of node: YAMLNode) -> [String] {
        switch node.content {
        case .scalar(let scalar): [scalar.value]
        case .sequence(let items): items.flatMap(scalars(of:))
        case .mapping(let pairs): pairs.flatMap { scalars(of: $0.key) + scalars(of: $0.value) }
        }
    }

    @Test(arguments: [false, true])
    func isToldOfEveryScalarAndTheTreesAreTheSame(busy: Bool) {
        let text =
            YAMLLoaderReadAheadTests.largeList(items: 800) + "---\n" + YAMLLoaderReadAheadTests.largeList(items: 1_200)
        let bytes = Array(text.utf8)
        let recorder = Recorder(busy: busy)
        let alone = YAMLLoader().load(bytes: bytes)
        let meanwhile = YAMLLoader().load(bytes: bytes, readsAhead: true, meanwhile: recorder)
        #expect(meanwhile.documents.count == 2)
        #expect(meanwhile.problems == alone.problems)
        #expect(meanwhile.documents.map(\.root) == alone.documents.map(\.root))
        let expected = alone.documents.flatMap { document in
            Self.scalars(of: document.root).map { ($0, document.index) }
        }
        #expect(recorder.taken.map(\.value) == expected.map(\.0))
        #expect(recorder.taken.map(\.document) == expected.map(\.1))
        if !busy { #expect(recorder.pieces == 0) }
    }

    /// Without libyaml's own thread there is no wait to fill: the work is never asked for.
    @Test func isNotToldAnythingWithoutReadingAhead() {
        let recorder = Recorder(busy: true)
        let file = YAMLLoader().load(
            bytes: Array(YAMLLoaderReadAheadTests.largeList(items: 100).utf8), meanwhile: recorder)
        #expect(file.documents.count == 1)
        #expect(recorder.taken.isEmpty)
        #expect(recorder.pieces == 0)
    }
}
