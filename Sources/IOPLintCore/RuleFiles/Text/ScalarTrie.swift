/// A trie over Unicode scalars whose keys carry values: built once (per rule set), then walked
/// scalar by scalar without making strings.
///
/// The edges of each node are stored sorted in one array, so a step is a short scan (a binary
/// search at nodes with many edges). The root's edges, which every walk takes first and which
/// are the most numerous, are also kept in a table indexed by scalar for the Latin letters.
struct ScalarTrie<Value: Sendable>: Sendable {
    /// A node of the trie; the root is ``root``.
    typealias Node = Int32

    var root: Node { 0 }
    // Internal for the encoding (ScalarTrie+Encoding.swift), which writes and reads them.
    /// The edges of node `n` are `edgeStart[n]..<edgeStart[n + 1]`, sorted by scalar. Nodes are
    /// numbered breadth first from the root, and edges in the order of their nodes, so edge `k`
    /// leads to node `k + 1`.
    let edgeStart: [Int32]
    let edgeScalars: [UInt32]
    /// The values of node `n` are `values[valueStart[n]..<valueStart[n + 1]]`.
    let valueStart: [Int32]
    let values: [Value]
    /// The root's child reached by each scalar below ``rootTableSize``, or 0 (the root itself,
    /// never a child) when no key starts with it: derived from the edges.
    private let rootChildren: [Int32]
    /// Scalars below this (Basic Latin, Latin-1, Latin Extended-A: every letter of Swedish and
    /// English words) find the root's child in ``rootChildren``.
    private static var rootTableSize: UInt32 { 0x180 }

    /// A trie of `keys`, each with its values (keys given more than once collect their values).
    init(_ keys: [(key: [Unicode.Scalar], value: Value)]) {
        var builder = Builder()
        for (key, value) in keys { builder.add(value, at: builder.insert(key)) }
        self = builder.trie()
    }

    init(edgeStart: [Int32], edgeScalars: [UInt32], valueStart: [Int32], values: [Value]) {
        self.edgeStart = edgeStart
        self.edgeScalars = edgeScalars
        self.valueStart = valueStart
        self.values = values
        var rootChildren = [Int32](repeating: 0, count: Int(Self.rootTableSize))
        for edge in Int(edgeStart[0])..<Int(edgeStart[1]) where edgeScalars[edge] < Self.rootTableSize {
            rootChildren[Int(edgeScalars[edge])] = Int32(edge + 1)
        }
        self.rootChildren = rootChildren
    }

    /// Builds a trie key by key; a key can continue another one (``insert(_:from:)``), so that
    /// keys sharing a beginning walk it once.
    struct Builder {
        /// A node while the trie is built: the scalar leading to it, its first child and next
        /// sibling (siblings sorted by scalar), and the value added last at it. One array of
        /// these, so that a new node is one append.
        private struct Entry {
            var scalar: UInt32
            var firstChild: Int32 = -1
            var nextSibling: Int32 = -1
            var lastAdded: Int32 = -1
        }

        private var entries: [Entry] = [Entry(scalar: 0)]
        /// Each value added, with its node, in order.
        private var added: [(node: Int32, value: Value)] = []

        /// The root, where every key begins.
        var root: Node { 0 }

        init() {}

        /// The node at the end of `key` read from `node` (by default the root), made if missing.
        mutating func insert(_ key: some Sequence<Unicode.Scalar>, from node: Node = 0) -> Node {
            var node = node
            for scalar in key { node = child(of: node, scalar.value) }
            return node
        }

        /// ``insert(_:from:)`` for a key of ASCII bytes, read as they are (`ending.utf8`).
        mutating func insert(ascii key: some Sequence<UInt8>, from node: Node = 0) -> Node {
            var node = node
            for byte in key { node = child(of: node, UInt32(byte)) }
            return node
        }

        /// The child of `node` reached by `scalar`, made if missing.
        private mutating func child(of node: Node, _ scalar: UInt32) -> Node {
            var previous: Int32 = -1
            var child = entries[Int(node)].firstChild
            while child >= 0 {
                let entry = entries[Int(child)]
                if entry.scalar == scalar { return child }
                if entry.scalar > scalar { break }
                previous = child
                child = entry.nextSibling
            }
            let made = Int32(entries.count)
            entries.append(Entry(scalar: scalar, nextSibling: child))
            if previous >= 0 { entries[Int(previous)].nextSibling = made } else { entries[Int(node)].firstChild = made }
            return made
        }

        /// Adds `value` to the values of the key that ends at `node`.
        mutating func add(_ value: Value, at node: Node) {
            entries[Int(node)].lastAdded = Int32(added.count)
            added.append((node, value))
        }

        /// The value added last at `node`, if any.
        func lastValue(at node: Node) -> Value? {
            let index = entries[Int(node)].lastAdded
            return index >= 0 ? added[Int(index)].value : nil
        }

        /// The trie of the keys inserted, its nodes numbered breadth first (see ``ScalarTrie``).
        func trie() -> ScalarTrie {
            let count = entries.count
            // The nodes in their new order, and each entry's new number.
            var order: [Int32] = [0]
            var number = [Int32](repeating: 0, count: count)
            var edgeStart: [Int32] = []
            var edgeScalars: [UInt32] = []
            order.reserveCapacity(count)
            edgeStart.reserveCapacity(count + 1)
            edgeScalars.reserveCapacity(count)
            var next = 0
            while next < order.count {
                edgeStart.append(Int32(edgeScalars.count))
                var child = entries[Int(order[next])].firstChild
                next += 1
                while child >= 0 {
                    edgeScalars.append(entries[Int(child)].scalar)
                    number[Int(child)] = Int32(order.count)
                    order.append(child)
                    child = entries[Int(child)].nextSibling
                }
            }
            edgeStart.append(Int32(edgeScalars.count))
            // The values laid out node by node, each node's in the order they were added.
            var valueStart = [Int32](repeating: 0, count: count + 1)
            for (node, _) in added { valueStart[Int(number[Int(node)]) + 1] += 1 }
            for node in 0..<count { valueStart[node + 1] += valueStart[node] }
            var free = valueStart
            let values = [Value](unsafeUninitializedCapacity: added.count) { buffer, initialized in
                for (node, value) in added {
                    let slot = Int(number[Int(node)])
                    (buffer.baseAddress! + Int(free[slot])).initialize(to: value)
                    free[slot] += 1
                }
                initialized = added.count
            }
            return ScalarTrie(edgeStart: edgeStart, edgeScalars: edgeScalars, valueStart: valueStart, values: values)
        }
    }

    /// The node reached from `node` by `scalar`, or `nil` when no key continues that way.
    /// Inlined: it is most of a term walk, once per scalar of every word.
    @inline(__always)
    func step(_ node: Node, _ scalar: Unicode.Scalar) -> Node? {
        if node == root, scalar.value < Self.rootTableSize {
            let child = rootChildren[Int(scalar.value)]
            return child == 0 ? nil : child
        }
        var low = Int(edgeStart[Int(node)])
        let end = Int(edgeStart[Int(node) + 1])
        var high = end
        let value = scalar.value
        while high - low > 8 {
            let middle = (low + high) / 2
            if edgeScalars[middle] < value { low = middle + 1 } else { high = middle + 1 }
        }
        while low < end, edgeScalars[low] < value { low += 1 }
        return low < end && edgeScalars[low] == value ? Node(low + 1) : nil
    }

    /// The node reached from the root by `scalars`, or `nil`.
    @inline(__always)
    func walk(_ scalars: some Sequence<Unicode.Scalar>) -> Node? {
        var node = root
        for scalar in scalars {
            guard let next = step(node, scalar) else { return nil }
            node = next
        }
        return node
    }

    /// Where the values of the keys that end at `node` are in ``values``.
    @inline(__always)
    func valueSlots(at node: Node) -> Range<Int> {
        Int(valueStart[Int(node)])..<Int(valueStart[Int(node) + 1])
    }

    /// The values of the keys that end at `node`.
    @inline(__always)
    func values(at node: Node) -> ArraySlice<Value> {
        values[valueSlots(at: node)]
    }
}
