import Foundation
import IOPYAML

extension YAMLNode {
    /// The node as JSON would hold it, with scalars resolved as the parser resolves them (YAML
    /// 1.2 core schema: `2025-03-01` is a string, `yes` is a string): what an editor's YAML
    /// language server gives a JSON Schema. A number JSON cannot hold (`.nan`) stays text.
    var jsonValue: Any {
        switch content {
        case .mapping(let pairs):
            var object: [String: Any] = [:]
            for pair in pairs { object[pair.key.scalar?.value ?? ""] = pair.value.jsonValue }
            return object
        case .sequence(let items):
            return items.map(\.jsonValue)
        case .scalar(let scalar):
            switch resolved {
            case .null?: return NSNull()
            case .bool(let value)?: return value
            case .int(let value)?: return value
            case .float(let value)? where value.isFinite: return value
            default: return scalar.value
            }
        }
    }
}
