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
///
/// `has-keys: {keys: [a, b], together: true}`: one failure for the map, whatever it lacks;
/// `{{key}}` names every missing key (“`a`, `b`”).
struct HasKeysCheck: Check {
    let keys: [String]
    var together = false

    func evaluate(_ target: CheckTarget, in context: CheckContext) -> [CheckFailure] {
        let missingKeys: [String]
        switch target {
        case .missing:
            missingKeys = keys
        case .node(let selected):
            guard selected.node.mapping != nil else { return [] }
            missingKeys = keys.filter { key in
                guard let value = selected.node[key] else { return true }
                return value.isNull && !context.document.rejectedPaths.contains(selected.path.appending(key: key))
            }
        }
        guard !missingKeys.isEmpty else { return [] }
        if together {
            let values = ["key": missingKeys.map { "`\($0)`" }.joined(separator: ", ")]
            switch target {
            case .missing(let path): return [CheckFailure(missing: path, in: context, values: values)]
            case .node(let selected):
                return [CheckFailure(path: selected.path, range: selected.node.range, values: values)]
            }
        }
        return missingKeys.map { key in
            CheckFailure(missing: target.path.appending(key: key), in: context, values: ["key": key])
        }
    }

    static func parse(_ node: RuleFileNode) -> (any Check)? {
        if node.node.mapping == nil { return node.strings().map { HasKeysCheck(keys: $0) } }
        guard let fields = node.fields(allowed: ["keys", "together"], required: ["keys"]),
            let keys = fields["keys"]?.strings()
        else { return nil }
        let together = fields["together"].map { $0.boolean() } ?? false
        guard let together else { return nil }
        return HasKeysCheck(keys: keys, together: together)
    }
}
