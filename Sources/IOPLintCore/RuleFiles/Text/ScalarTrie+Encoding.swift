/// A trie written as integers (``IntegerText``), so that a trie known when iop-lint is built
/// (``BuiltInTermForms``) is read back instead of built again.
///
/// The nodes are numbered breadth first from the root, and the edges in the order of their
/// nodes, so that edge `k` leads to node `k + 1` and targets need not be written. Written are the
/// number of nodes, then columns: each node's number of edges, each edge's scalar, each node's
/// number of values, and the values (by the caller: ``write(to:values:)``). The same trie is
/// always written the same way, however its nodes were numbered when it was built.
extension ScalarTrie {
    /// Writes the trie; `values` writes the values of every node, node by node.
    func write(to writer: inout IntegerText.Writer, values writeValues: ([Value], inout IntegerText.Writer) -> Void) {
        var order: [Node] = [root]
        var next = 0
        var edgeCounts: [Int] = []
        var scalars: [Int] = []
        var valueCounts: [Int] = []
        var inOrder: [Value] = []
        while next < order.count {
            let node = Int(order[next])
            next += 1
            let edges = Int(edgeStart[node])..<Int(edgeStart[node + 1])
            edgeCounts.append(edges.count)
            for edge in edges {
                scalars.append(Int(edgeScalars[edge]))
                order.append(edgeTargets[edge])
            }
            let nodeValues = self.values(at: Node(node))
            valueCounts.append(nodeValues.count)
            inOrder += nodeValues
        }
        writer.write(order.count)
        writer.write(column: edgeCounts)
        writer.write(column: scalars)
        writer.write(column: valueCounts)
        writeValues(inOrder, &writer)
    }

    /// Reads a trie written by ``write(to:values:)``; `values` reads as many values as it is
    /// given. `nil` when the text is not such a trie.
    init?(reading reader: inout IntegerText.Reader, values readValues: (inout IntegerText.Reader, Int) -> [Value]?) {
        guard let count = reader.read(), count >= 1, let edgeCounts = reader.readColumn(count: count),
            let scalars = reader.readColumn(count: count - 1), let valueCounts = reader.readColumn(count: count),
            let edgeStart = Self.starts(edgeCounts), edgeStart[count] == count - 1,
            let valueStart = Self.starts(valueCounts),
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
        self.init(
            edgeStart: edgeStart, edgeScalars: scalars, edgeTargets: Array(1..<Int32(count)), valueStart: valueStart,
            values: values)
    }

    /// Where each node's items start, given their counts, and where the last ends; `nil` when
    /// there are more than an `Int32` holds.
    private static func starts(_ counts: [UInt32]) -> [Int32]? {
        var sum = 0
        let starts = [Int32](unsafeUninitializedCapacity: counts.count + 1) { starts, initialized in
            for (node, count) in counts.enumerated() {
                starts[node] = Int32(truncatingIfNeeded: sum)
                sum += Int(count)
            }
            starts[counts.count] = Int32(truncatingIfNeeded: sum)
            initialized = counts.count + 1
        }
        return sum <= Int(Int32.max) ? starts : nil
    }
}
