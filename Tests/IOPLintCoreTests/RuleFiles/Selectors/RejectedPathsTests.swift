import IOPYAML
import Testing

@testable import IOPLintCore

@Suite struct RejectedPathsTests {
    /// Every path of up to three components over two keys and two indexes.
    private static let probes: [DocumentPath] = {
        let components: [DocumentPath.Component] = [.key("a"), .key("b"), .index(0), .index(1)]
        var paths = [DocumentPath.root]
        var level = [[DocumentPath.Component]()]
        for _ in 1...3 {
            level = level.flatMap { prefix in components.map { prefix + [$0] } }
            paths += level.map(DocumentPath.init)
        }
        return paths
    }()

    /// The quick test never changes the answer: with few rejected paths (compared by their
    /// ends first) and with many (looked up directly), the root among them or not.
    @Test(arguments: [0, 1, 2, 5, 8, 9, 20, 84])
    func answersAsTheSetDoes(count: Int) {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20 {
            let rejected = Set(Self.probes.shuffled(using: &generator).prefix(count))
            let paths = RejectedPaths(rejected)
            for probe in Self.probes {
                #expect(paths.contains(probe.components) == rejected.contains(probe), "\(probe) in \(rejected)")
            }
        }
    }

    @Test func aPathWithTheSameEndsIsStillLookedUp() {
        let paths = RejectedPaths([DocumentPath([.key("economy"), .index(1), .key("amount")])])
        #expect(paths.contains([.key("economy"), .index(1), .key("amount")]))
        #expect(!paths.contains([.key("economy"), .index(2), .key("amount")]))
        #expect(!paths.contains([.key("economy"), .index(1), .key("amounts")]))
        #expect(!paths.contains([.key("economy"), .index(1)]))
        #expect(!paths.contains([]))
    }

    @Test func theRootCanBeRejected() {
        #expect(RejectedPaths([.root]).contains([]))
        #expect(!RejectedPaths([.root]).contains([.key("a")]))
        #expect(!RejectedPaths([]).contains([]))
    }
}
