import Foundation

/// One message to the client: a response (result or error) or a notification.
public enum OutgoingMessage: Sendable, Encodable {
    case result(id: RequestID, any Encodable & Sendable)
    case error(id: RequestID?, ResponseError)
    case notification(method: String, params: any Encodable & Sendable)

    private enum CodingKeys: String, CodingKey {
        case jsonrpc, id, result, error, method, params
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode("2.0", forKey: .jsonrpc)
        switch self {
        case .result(let id, let result):
            try container.encode(id, forKey: .id)
            try container.encode(result, forKey: .result)
        case .error(let id, let error):
            if let id { try container.encode(id, forKey: .id) } else { try container.encodeNil(forKey: .id) }
            try container.encode(error, forKey: .error)
        case .notification(let method, let params):
            try container.encode(method, forKey: .method)
            try container.encode(params, forKey: .params)
        }
    }

    /// The message as JSON text (keys sorted, so output is deterministic).
    public func json() -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            return Array(try encoder.encode(self))
        } catch {
            let fallback = OutgoingMessage.error(id: id, .internalError("the answer could not be encoded: \(error)"))
            return Array((try? encoder.encode(fallback)) ?? Data())
        }
    }

    /// The id of a response; `nil` for a notification.
    public var id: RequestID? {
        switch self {
        case .result(let id, _): id
        case .error(let id, _): id
        case .notification: nil
        }
    }
}
