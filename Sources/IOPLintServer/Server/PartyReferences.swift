import IOPYAML

/// Where the agreement format expects the id of a party.
enum PartyReferences {
    /// Whether the value at `path` is a party reference (or an item of a list of them).
    static func isReference(_ path: DocumentPath) -> Bool {
        let keys = path.components.compactMap { component -> String? in
            if case .key(let key) = component { return key }
            return nil
        }
        guard let last = keys.last else { return false }
        switch last {
        case "party", "responsible", "agreed-by": return true
        case "by": return keys.count == 2 && keys[0] == "initiative"
        default: return false
        }
    }
}
