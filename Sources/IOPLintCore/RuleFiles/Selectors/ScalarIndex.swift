import IOPYAML

/// Scalars by position (an item's index in a list, a match's rank), indexed so that "which of
/// them equal this node" by `isSameScalar(as:)` takes a few dictionary look-ups instead of a
/// pass over them all.
///
/// Two scalars of the same kind — both null, both booleans, both numbers — are equal by value
/// (`1` = `1.0`); any other pair by its text as written.
///
/// A few scalars (most lists in an agreement: its parties, its signatures) are kept in a list
/// and compared one by one, which costs less than making and asking dictionaries.
struct ScalarIndex: Sendable {
    /// One scalar of a short list: its position, its text as written and its value.
    private struct Entry: Sendable {
        var position: Int
        var written: String
        var resolved: ResolvedScalar
    }

    /// Up to this many scalars are kept in ``entries``; more go into the dictionaries.
    static let listLimit = 16

    /// The scalars, when there are at most ``listLimit``; `nil` when the dictionaries hold them.
    private var entries: [Entry]?
    private enum Kind: Hashable, Sendable {
        case null, bool, number, text
    }

    private var nulls: [Int] = []
    private var bools: [Bool: [Int]] = [:]
    private var ints: [Int: [Int]] = [:]
    private var floats: [Double: [Int]] = [:]
    private var intsAsDoubles: [Double: [Int]] = [:]
    private var written: [String: [Kind: [Int]]] = [:]

    /// The index of `nodes`, each at its position in the array; `nil`s and non-scalars are left out.
    init(_ nodes: [YAMLNode?]) {
        var list: [Entry] = []
        for (position, node) in nodes.enumerated() {
            guard let node, let scalar = node.scalar, let resolved = node.resolved else { continue }
            list.append(Entry(position: position, written: scalar.value, resolved: resolved))
        }
        guard list.count > Self.listLimit else {
            entries = list
            return
        }
        entries = nil
        for entry in list { insert(entry) }
    }

    /// Files `entry` in the dictionaries.
    private mutating func insert(_ entry: Entry) {
        let position = entry.position
        written[entry.written, default: [:]][Self.kind(of: entry.resolved), default: []].append(position)
        switch entry.resolved {
        case .null: nulls.append(position)
        case .bool(let value): bools[value, default: []].append(position)
        case .int(let value):
            ints[value, default: []].append(position)
            intsAsDoubles[Double(value), default: []].append(position)
        case .float(let value): floats[value, default: []].append(position)
        case .string: break
        }
    }

    /// The positions, in order, of the scalars equal to `node`; none when it is not a scalar.
    func positions(matching node: YAMLNode) -> [Int] {
        if let entries {
            guard let scalar = node.scalar, let resolved = node.resolved else { return [] }
            return entries.filter { Self.equal($0, scalar.value, resolved) }.map(\.position)
        }
        let groups = groups(matching: node)
        return groups.count == 1 ? groups[0] : groups.joined().sorted()
    }

    /// How many scalars equal `node`.
    func count(matching node: YAMLNode) -> Int {
        if let entries {
            guard let scalar = node.scalar, let resolved = node.resolved else { return 0 }
            return entries.count { Self.equal($0, scalar.value, resolved) }
        }
        return groups(matching: node).reduce(0) { $0 + $1.count }
    }

    /// Disjoint groups whose union is the scalars equal to `node`.
    private func groups(matching node: YAMLNode) -> [[Int]] {
        guard let scalar = node.scalar, let resolved = node.resolved else { return [] }
        let kind = Self.kind(of: resolved)
        var groups: [[Int]]
        switch resolved {
        case .null: groups = [nulls]
        case .bool(let value): groups = [bools[value] ?? []]
        case .int(let value): groups = [ints[value] ?? [], floats[Double(value)] ?? []]
        case .float(let value): groups = [floats[value] ?? [], intsAsDoubles[value] ?? []]
        case .string: groups = []
        }
        // Pairs of different kinds (and two texts) compare as written.
        for (other, positions) in written[scalar.value] ?? [:] where other != kind || kind == .text {
            groups.append(positions)
        }
        return groups.filter { !$0.isEmpty }
    }

    /// Whether `entry` equals the scalar written `written` whose value is `resolved`.
    private static func equal(_ entry: Entry, _ written: String, _ resolved: ResolvedScalar) -> Bool {
        ResolvedScalar.same(entry.resolved, written: entry.written, as: resolved, written: written)
    }

    private static func kind(of resolved: ResolvedScalar) -> Kind {
        switch resolved {
        case .null: .null
        case .bool: .bool
        case .int, .float: .number
        case .string: .text
        }
    }
}
