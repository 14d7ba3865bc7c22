import IOPYAML

/// `present: true`: the node exists (even if empty).
struct PresentCheck: Check {
    func evaluate(_ target: CheckTarget, in context: CheckContext) -> [CheckFailure] {
        guard case .missing(let path) = target else { return [] }
        return [CheckFailure(missing: path, in: context)]
    }
}

/// `non-empty: true`: the node exists and is not null, blank text, `[]` or `{}`.
struct NonEmptyCheck: Check {
    func evaluate(_ target: CheckTarget, in context: CheckContext) -> [CheckFailure] {
        switch target {
        case .missing(let path): [CheckFailure(missing: path, in: context)]
        case .node(let selected): selected.node.isBlank ? [CheckFailure(selected)] : []
        }
    }
}

/// `has-keys: [a, b]`: the map has every key; one failure per missing key (`{{key}}`). A key
/// whose value `format/type` rejected is there, not missing.
struct HasKeysCheck: Check {
    let keys: [String]

    func evaluate(_ target: CheckTarget, in context: CheckContext) -> [CheckFailure] {
        switch target {
        case .missing(let path):
            return keys.map { CheckFailure(missing: path.appending(key: $0), in: context, values: ["key": $0]) }
        case .node(let selected):
            guard selected.node.mapping != nil else { return [] }
            return keys.filter { key in
                guard let value = selected.node[key] else { return true }
                return value.isNull && !context.document.rejected.contains(selected.path.appending(key: key))
            }.map { key in
                let path = selected.path.appending(key: key)
                return CheckFailure(path: path, range: context.document.rangeForMissing(path), values: ["key": key])
            }
        }
    }
}
