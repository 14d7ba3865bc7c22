/// A trie over Unicode scalars whose keys carry values: built once (per rule set), then walked
/// scalar by scalar without making strings.
///
/// The edges of each node are stored sorted in one array, so a step is a short scan (a binary
/// search at nodes with many edges, such as the root).
struct ScalarTrie<Value: Sendable>: Sendable {
    /// A node of the trie; the root is ``root``.
    typealias Node = Int32

    let root: Node = 0
    private let edgeStart: [Int32]
    private let edgeScalars: [UInt32]
    private let edgeTargets: [Int32]
    private let values: [[Value]]

    /// A trie of `keys`, each with its values (keys given more than once collect their values).
    init(_ keys: [(key: [Unicode.Scalar], value: Value)]) {
        // Built as sorted sibling lists (each node: the scalar leading to it, its first child,
        // its next sibling), then laid out as sorted edge arrays.
        var scalars: [UInt32] = [0]
        var firstChild: [Int32] = [-1]
        var nextSibling: [Int32] = [-1]
        var values: [[Value]] = [[]]
        for (key, value) in keys {
            var node = 0
            for scalar in key {
                var previous: Int32 = -1
                var child = firstChild[node]
                while child >= 0, scalars[Int(child)] < scalar.value {
                    previous = child
                    child = nextSibling[Int(child)]
                }
                if child >= 0, scalars[Int(child)] == scalar.value {
                    node = Int(child)
                    continue
                }
                let added = Int32(scalars.count)
                scalars.append(scalar.value)
                firstChild.append(-1)
                nextSibling.append(child)
                values.append([])
                if previous >= 0 { nextSibling[Int(previous)] = added } else { firstChild[node] = added }
                node = Int(added)
            }
            values[node].append(value)
        }
        var edgeStart: [Int32] = []
        var edgeScalars: [UInt32] = []
        var edgeTargets: [Int32] = []
        edgeStart.reserveCapacity(scalars.count + 1)
        edgeScalars.reserveCapacity(scalars.count)
        edgeTargets.reserveCapacity(scalars.count)
        for node in scalars.indices {
            edgeStart.append(Int32(edgeScalars.count))
            var child = firstChild[node]
            while child >= 0 {
                edgeScalars.append(scalars[Int(child)])
                edgeTargets.append(child)
                child = nextSibling[Int(child)]
            }
        }
        edgeStart.append(Int32(edgeScalars.count))
        self.edgeStart = edgeStart
        self.edgeScalars = edgeScalars
        self.edgeTargets = edgeTargets
        self.values = values
    }

    /// The node reached from `node` by `scalar`, or `nil` when no key continues that way.
    func step(_ node: Node, _ scalar: Unicode.Scalar) -> Node? {
        var low = Int(edgeStart[Int(node)])
        let end = Int(edgeStart[Int(node) + 1])
        var high = end
        let value = scalar.value
        while high - low > 8 {
            let middle = (low + high) / 2
            if edgeScalars[middle] < value { low = middle + 1 } else { high = middle + 1 }
        }
        while low < end, edgeScalars[low] < value { low += 1 }
        return low < end && edgeScalars[low] == value ? edgeTargets[low] : nil
    }

    /// The node reached from the root by `scalars`, or `nil`.
    func walk(_ scalars: some Sequence<Unicode.Scalar>) -> Node? {
        var node = root
        for scalar in scalars {
            guard let next = step(node, scalar) else { return nil }
            node = next
        }
        return node
    }

    /// The values of the keys that end at `node`.
    func values(at node: Node) -> [Value] {
        values[Int(node)]
    }
}
