/// A trie written as 32-bit words, so that a trie known when iop-lint is built
/// (``BuiltInTermForms``) is compiled into the binary and read where it lies, not built again.
///
/// Nodes are numbered breadth first (``ScalarTrie``), so targets are not written: the number of
/// nodes `n` comes first, then the columns as they are: where each node's edges start (`n + 1`
/// words), each edge's scalar (`n - 1`), where each node's values start (`n + 1`). The values
/// are the caller's to write. The same keys and values are always written the same way, in
/// whatever order they were inserted.
extension ScalarTrie {
    /// Appends the trie's nodes and edges to `words` (the values are not written).
    func write(to words: inout [UInt32]) {
        words.append(UInt32(edgeStart.count - 1))
        words += edgeStart
        words += edgeScalars
        words += valueStart
    }

    /// The trie written by ``write(to:)`` at `offset` of `words`, whose columns stay where they
    /// are for as long as the process runs; `values` gives the trie's values, told how many and
    /// where in `words` the trie's columns end. `offset` moves past the columns. `nil` when the words run out before the
    /// columns end, the first and last edges and values are not where they must be, or the
    /// values are not as many as counted.
    ///
    /// - Precondition: the columns make a trie (``isWellFormed``, asserted in debug builds).
    static func reading(
        words: UnsafeBufferPointer<UInt32>, at offset: inout Int,
        values: (_ count: Int, _ columnsEnd: Int) -> UnsafeBufferPointer<Value>?
    ) -> ScalarTrie? {
        guard offset < words.count else { return nil }
        let nodes = Int(words[offset])
        let columns = offset + 1
        guard nodes >= 1, columns + 3 * nodes + 1 <= words.count else { return nil }
        func column(_ start: Int, _ count: Int) -> UnsafeBufferPointer<UInt32> {
            UnsafeBufferPointer(rebasing: words[start..<(start + count)])
        }
        let edgeStart = column(columns, nodes + 1)
        let edgeScalars = column(columns + nodes + 1, nodes - 1)
        let valueStart = column(columns + 2 * nodes, nodes + 1)
        guard edgeStart[0] == 0, Int(edgeStart[nodes]) == edgeScalars.count, edgeStart[1] <= edgeStart[nodes],
            valueStart[0] == 0, let values = values(Int(valueStart[nodes]), columns + 3 * nodes + 1),
            values.count == Int(valueStart[nodes])
        else { return nil }
        offset = columns + 3 * nodes + 1
        let trie = ScalarTrie(
            staticEdgeStart: edgeStart, edgeScalars: edgeScalars, valueStart: valueStart, values: values)
        assert(trie.isWellFormed, "a compiled trie is not well formed")
        return trie
    }
}
