/// A trie over Unicode scalars whose keys carry values: built once (per rule set), then walked
/// scalar by scalar without making strings.
///
/// The edges of each node are stored sorted in one column, so a step is a short scan (a binary
/// search at nodes with many edges). The root's edges, which every walk takes first and which
/// are the most numerous, are also kept in a table indexed by scalar for the Latin letters.
///
/// The columns are read through pointers: a trie built at run time owns their memory, and one
/// compiled into iop-lint (``BuiltInTermForms``) reads them where the binary holds them, so
/// that using it costs neither a copy nor memory of its own. Unchecked `Sendable`: the columns
/// are never written after the trie is made.
struct ScalarTrie<Value: BitwiseCopyable & Sendable>: @unchecked Sendable {
    /// A node of the trie; the root is ``root``.
    typealias Node = Int32

    var root: Node { 0 }
    // Internal for the encoding (ScalarTrie+Encoding.swift), which writes and reads them.
    /// The edges of node `n` are `edgeStart[n]..<edgeStart[n + 1]`, sorted by scalar. Nodes are
    /// numbered breadth first from the root, and edges in the order of their nodes, so edge `k`
    /// leads to node `k + 1`.
    let edgeStart: UnsafeBufferPointer<UInt32>
    let edgeScalars: UnsafeBufferPointer<UInt32>
    /// The values of node `n` are `values[valueStart[n]..<valueStart[n + 1]]`.
    let valueStart: UnsafeBufferPointer<UInt32>
    let values: UnsafeBufferPointer<Value>
    /// The memory of the columns when the trie owns it; `nil` when the binary holds them.
    private let storage: Storage?
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

    /// A trie owning copies of its columns.
    init(edgeStart: [UInt32], edgeScalars: [UInt32], valueStart: [UInt32], values: [Value]) {
        let storage = Storage(columns: [edgeStart, edgeScalars, valueStart], values: values)
        self.init(
            edgeStart: UnsafeBufferPointer(storage.columns[0]), edgeScalars: UnsafeBufferPointer(storage.columns[1]),
            valueStart: UnsafeBufferPointer(storage.columns[2]), values: UnsafeBufferPointer(storage.values),
            storage: storage)
    }

    /// A trie reading columns that stay where they are for as long as the process runs.
    ///
    /// - Precondition: the columns make a trie (``isWellFormed``); the walks read them without
    ///   checking bounds.
    init(
        staticEdgeStart edgeStart: UnsafeBufferPointer<UInt32>, edgeScalars: UnsafeBufferPointer<UInt32>,
        valueStart: UnsafeBufferPointer<UInt32>, values: UnsafeBufferPointer<Value>
    ) {
        self.init(edgeStart: edgeStart, edgeScalars: edgeScalars, valueStart: valueStart, values: values, storage: nil)
    }

    private init(
        edgeStart: UnsafeBufferPointer<UInt32>, edgeScalars: UnsafeBufferPointer<UInt32>,
        valueStart: UnsafeBufferPointer<UInt32>, values: UnsafeBufferPointer<Value>, storage: Storage?
    ) {
        self.edgeStart = edgeStart
        self.edgeScalars = edgeScalars
        self.valueStart = valueStart
        self.values = values
        self.storage = storage
        var rootChildren = [Int32](repeating: 0, count: Int(Self.rootTableSize))
        for edge in Int(edgeStart[0])..<Int(edgeStart[1]) where edgeScalars[edge] < Self.rootTableSize {
            rootChildren[Int(edgeScalars[edge])] = Int32(edge + 1)
        }
        self.rootChildren = rootChildren
    }

    /// Whether the columns make a trie that walks stay inside of: as many edges as nodes but
    /// the root, each node's edges within the edges and sorted by scalar, scalars no larger
    /// than U+10FFFF, and each node's values within the values.
    var isWellFormed: Bool {
        let nodes = edgeStart.count - 1
        guard nodes >= 1, edgeScalars.count == nodes - 1, valueStart.count == nodes + 1,
            edgeStart[0] == 0, valueStart[0] == 0, Int(edgeStart[nodes]) == edgeScalars.count,
            Int(valueStart[nodes]) == values.count
        else { return false }
        for node in 0..<nodes {
            guard edgeStart[node] <= edgeStart[node + 1], valueStart[node] <= valueStart[node + 1] else { return false }
            let end = Int(edgeStart[node + 1])
            for edge in Int(edgeStart[node])..<end where edge + 1 < end {
                if edgeScalars[edge] >= edgeScalars[edge + 1] { return false }
            }
        }
        return edgeScalars.allSatisfy { $0 <= 0x10FFFF }
    }

    /// The memory a trie built at run time owns, freed with the last copy of the trie.
    private final class Storage: @unchecked Sendable {
        let columns: [UnsafeMutableBufferPointer<UInt32>]
        let values: UnsafeMutableBufferPointer<Value>

        init(columns: [[UInt32]], values: [Value]) {
            self.columns = columns.map { column in
                let memory = UnsafeMutableBufferPointer<UInt32>.allocate(capacity: column.count)
                _ = memory.initialize(from: column)
                return memory
            }
            self.values = UnsafeMutableBufferPointer<Value>.allocate(capacity: values.count)
            _ = self.values.initialize(from: values)
        }

        deinit {
            for column in columns { column.deallocate() }
            values.deallocate()
        }
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
            var edgeStart: [UInt32] = []
            var edgeScalars: [UInt32] = []
            order.reserveCapacity(count)
            edgeStart.reserveCapacity(count + 1)
            edgeScalars.reserveCapacity(count)
            var next = 0
            while next < order.count {
                edgeStart.append(UInt32(edgeScalars.count))
                var child = entries[Int(order[next])].firstChild
                next += 1
                while child >= 0 {
                    edgeScalars.append(entries[Int(child)].scalar)
                    number[Int(child)] = Int32(order.count)
                    order.append(child)
                    child = entries[Int(child)].nextSibling
                }
            }
            edgeStart.append(UInt32(edgeScalars.count))
            // The values laid out node by node, each node's in the order they were added.
            var valueStart = [UInt32](repeating: 0, count: count + 1)
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
    func values(at node: Node) -> Slice<UnsafeBufferPointer<Value>> {
        values[valueSlots(at: node)]
    }
}
