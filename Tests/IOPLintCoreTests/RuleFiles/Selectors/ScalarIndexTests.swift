import IOPYAML
import Testing

@testable import IOPLintCore

/// A short list is searched one by one and a long one in dictionaries: both must find what
/// comparing every scalar with `isSameScalar(as:)` finds.
@Suite struct ScalarIndexTests {
    /// Scalars of every kind, some equal by value but written differently.
    private static let written: [(String, YAMLScalar.Style)] = [
        ("1", .plain), ("1.0", .plain), ("01", .plain), ("1", .doubleQuoted), ("true", .plain), ("true", .singleQuoted),
        ("~", .plain), ("null", .plain), ("", .plain), ("null", .doubleQuoted), ("p1", .plain), ("p2", .plain),
        ("0x1", .plain), ("1e0", .plain), ("false", .plain), ("2025-01-01", .plain), (".nan", .plain),
    ]

    private static func node(_ text: String, _ style: YAMLScalar.Style) -> YAMLNode {
        YAMLNode(content: .scalar(YAMLScalar(text, style: style)), range: SourceRange(at: .start))
    }

    @Test(arguments: [3, ScalarIndex.listLimit, ScalarIndex.listLimit + 1, 60])
    func findsWhatComparingEveryScalarFinds(count: Int) {
        var nodes: [YAMLNode?] = (0..<count).map { index in
            let (text, style) = Self.written[index % Self.written.count]
            return Self.node(text, style)
        }
        nodes.insert(nil, at: count / 2)
        nodes.append(YAMLNode(content: .sequence([]), range: SourceRange(at: .start)))
        let index = ScalarIndex(nodes)
        for (text, style) in Self.written + [("p3", .plain), ("2", .plain)] {
            let probe = Self.node(text, style)
            let expected = nodes.indices.filter { nodes[$0].map { $0.isSameScalar(as: probe) } ?? false }
            #expect(index.positions(matching: probe) == expected, "\(text) among \(count)")
            #expect(index.count(matching: probe) == expected.count, "\(text) among \(count)")
        }
        #expect(index.positions(matching: YAMLNode(content: .mapping([]), range: SourceRange(at: .start))).isEmpty)
    }
}
