/// A trie written as integers (``IntegerText``), so that a trie known when iop-lint is built
/// (``BuiltInTermForms``) is read back instead of built again.
///
/// Nodes are numbered breadth first (``ScalarTrie``), so targets are not written: the number of
/// nodes comes first, then columns: each node's number of edges, each edge's scalar, each
/// node's number of values, and the values (by the caller: ``write(to:values:)``). The same
/// keys and values are always written the same way, in whatever order they were inserted.
extension ScalarTrie {
    /// Writes the trie; `values` writes the values of every node, node by node.
    func write(to writer: inout IntegerText.Writer, values writeValues: ([Value], inout IntegerText.Writer) -> Void) {
        writer.write(edgeStart.count - 1)
        writer.write(countsBetween: edgeStart)
        writer.write(column: edgeScalars.map(Int.init))
        writer.write(countsBetween: valueStart)
        writeValues(values, &writer)
    }

    /// Reads a trie written by ``write(to:values:)``; `values` reads as many values as it is
    /// given. `nil` when the text is not such a trie.
    init?(reading reader: inout IntegerText.Reader, values readValues: (inout IntegerText.Reader, Int) -> [Value]?) {
        guard let count = reader.read(), count >= 1, let edgeStart = reader.readStarts(count: count),
            edgeStart[count] == count - 1, let scalars = reader.readColumn(count: count - 1),
            let valueStart = reader.readStarts(count: count),
            let values = readValues(&reader, Int(valueStart[count])), values.count == Int(valueStart[count])
        else { return nil }
        // Edges of a node go up by scalar (a step looks them up by halves).
        var nodeEnd = 0
        var node = 0
        for edge in scalars.indices {
            while edge == nodeEnd {
                node += 1
                nodeEnd = Int(edgeStart[node])
            }
            if edge + 1 < nodeEnd, scalars[edge] >= scalars[edge + 1] { return nil }
        }
        guard scalars.allSatisfy({ $0 <= 0x10FFFF }) else { return nil }
        self.init(edgeStart: edgeStart, edgeScalars: scalars, valueStart: valueStart, values: values)
    }
}
