import Foundation

/// One message from the client, as far as JSON-RPC defines it. Its `params` are decoded later,
/// by the handler of its method, from ``body``.
public struct IncomingMessage: Sendable {
    public enum Kind: Sendable, Equatable {
        /// A request, to be answered with a response carrying the same id.
        case request(RequestID)
        /// A notification: no answer.
        case notification
        /// A response to a request of the server's.
        case response
    }

    public var kind: Kind
    /// The method; empty for a response.
    public var method: String
    /// The whole message, for decoding `params` into the shape its method expects.
    public var body: [UInt8]

    private struct Envelope: Decodable {
        var jsonrpc: String?
        var id: JSONValue?
        var method: JSONValue?
        var hasResult = false

        enum CodingKeys: String, CodingKey {
            case jsonrpc, id, method, result, error
        }

        var hasID: Bool = false

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            jsonrpc = try container.decodeIfPresent(String.self, forKey: .jsonrpc)
            hasID = container.contains(.id)
            id = try container.decodeIfPresent(JSONValue.self, forKey: .id)
            method = try container.decodeIfPresent(JSONValue.self, forKey: .method)
            hasResult = container.contains(.result) || container.contains(.error)
        }
    }

    /// Reads `body`. Throws a parse error for bytes that are not a JSON object, and an invalid
    /// request (with the id, when one could be read) for JSON that is not a JSON-RPC message.
    public init(body: [UInt8]) throws(ProtocolViolation) {
        guard (try? JSONSerialization.jsonObject(with: Data(body))) is [String: Any] else {
            let isJSON = (try? JSONSerialization.jsonObject(with: Data(body), options: .fragmentsAllowed)) != nil
            throw ProtocolViolation(
                id: nil,
                error: isJSON
                    ? .invalidRequest("a message must be a JSON object") : .parseError("the message is not valid JSON"))
        }
        let envelope: Envelope
        do {
            envelope = try JSONDecoder().decode(Envelope.self, from: Data(body))
        } catch {
            throw ProtocolViolation(id: nil, error: .invalidRequest("`jsonrpc` must be the string \"2.0\""))
        }
        let id: RequestID?
        switch envelope.id {
        case .int(let number): id = .number(number)
        case .string(let text): id = .string(text)
        case nil, .null: id = nil
        default: throw ProtocolViolation(id: nil, error: .invalidRequest("`id` must be a number or a string"))
        }
        guard envelope.jsonrpc == "2.0" else {
            throw ProtocolViolation(id: id, error: .invalidRequest("`jsonrpc` must be the string \"2.0\""))
        }
        self.body = body
        if envelope.method == nil, envelope.hasID, envelope.hasResult {
            kind = .response
            method = ""
            return
        }
        guard case .string(let method)? = envelope.method else {
            throw ProtocolViolation(id: id, error: .invalidRequest("`method` must be a string"))
        }
        self.method = method
        if envelope.hasID {
            guard let id else { throw ProtocolViolation(id: nil, error: .invalidRequest("a request's `id` is null")) }
            kind = .request(id)
        } else {
            kind = .notification
        }
    }

    /// The message's `params` as `P`; an invalid-params error when they do not fit.
    public func params<P: Decodable>(_ type: P.Type) throws(ResponseError) -> P {
        do {
            return try JSONDecoder().decode(ParamsOnly<P>.self, from: Data(body)).params
        } catch {
            throw .invalidParams("the params of \(method) do not fit: \(Self.describe(error))")
        }
    }

    private static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "\(error)" }
        switch error {
        case .keyNotFound(let key, let context):
            return "`\(Self.path(context.codingPath + [key]))` is missing"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return "`\(Self.path(context.codingPath))` has the wrong type"
        @unknown default:
            return "\(error)"
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
    }
}

/// A message read for its `params` alone.
private struct ParamsOnly<P: Decodable>: Decodable {
    var params: P
}

/// A message that breaks JSON-RPC, answered with an error response (`id` null when unknown).
public struct ProtocolViolation: Error, Sendable {
    public var id: RequestID?
    public var error: ResponseError
}
