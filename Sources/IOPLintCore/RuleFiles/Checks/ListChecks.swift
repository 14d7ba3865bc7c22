import IOPYAML

/// `count: {min: N, max: N, where: {FIELD: VALUE}}`: how many items a list has (that match
/// `where`, when given). A missing list counts as empty. An item whose `where` field was
/// rejected by `format/type` might match: a count short of `min` only by such items passes, since
/// the one fault is already reported.
struct CountCheck: Check {
    let minimum: Int?
    let maximum: Int?
    /// Field path (relative to an item) → the value it must have.
    let conditions: [(field: DocumentPath, value: String)]

    func evaluate(_ target: CheckTarget, in context: CheckContext) -> [CheckFailure] {
        switch target {
        case .missing(let path):
            guard let values = Bounds.failure(0, minimum: minimum.map(Double.init), maximum: maximum.map(Double.init))
            else { return [] }
            return [CheckFailure(missing: path, in: context, values: values)]
        case .node(let selected):
            guard let items = selected.node.sequence else { return [] }
            let rejected = context.document.rejectedPaths
            let count = items.indices.count { index in
                !rejected.contains(selected.path.appending(index: index)) && matches(items[index])
            }
            let unknown = items.indices.count { index in
                let item = selected.path.appending(index: index)
                return conditions.contains { condition in
                    rejected.contains(
                        condition.field.components.reduce(item) { path, component in
                            guard case .key(let key) = component else { return path }
                            return path.appending(key: key)
                        })
                }
            }
            guard
                let values = Bounds.failure(
                    Double(count), minimum: minimum.map(Double.init), maximum: maximum.map(Double.init)),
                !(minimum.map { count < $0 && count + unknown >= $0 } ?? false)
            else { return [] }
            return [CheckFailure(selected, values: values)]
        }
    }

    private func matches(_ item: YAMLNode) -> Bool {
        conditions.allSatisfy { condition in
            var node: YAMLNode? = item
            for case .key(let key) in condition.field.components { node = node?[key] }
            return node?.text == condition.value
        }
    }
}

/// `unique: FIELD` (or `unique: true` for a list of scalars): no two items share the value;
/// each repeat is a failure, naming the value.
struct UniqueCheck: NodeCheck {
    /// `nil` to compare the items themselves.
    let field: String?

    func evaluate(_ selected: SelectedNode, in context: CheckContext) -> [CheckFailure] {
        guard let items = selected.node.sequence else { return [] }
        var seen: Set<String> = []
        var failures: [CheckFailure] = []
        for (index, item) in items.enumerated() {
            let valueNode = field.map { item[$0] } ?? item
            guard let valueNode, let value = valueNode.text else { continue }
            if !seen.insert(value).inserted {
                var path = selected.path.appending(index: index)
                if let field { path = path.appending(key: field) }
                failures.append(CheckFailure(path: path, range: valueNode.range, values: ["value": value]))
            }
        }
        return failures
    }
}
