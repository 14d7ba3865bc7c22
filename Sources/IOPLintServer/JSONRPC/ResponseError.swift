/// The `error` of a response: a code of JSON-RPC 2.0 or of LSP 3.17, and a message.
public struct ResponseError: Error, Sendable, Hashable, Codable {
    public var code: Int
    public var message: String

    public init(code: Int, message: String) {
        self.code = code
        self.message = message
    }

    /// The bytes are not JSON.
    public static func parseError(_ message: String) -> ResponseError { .init(code: -32700, message: message) }
    /// JSON, but not a request, a notification or a response.
    public static func invalidRequest(_ message: String) -> ResponseError { .init(code: -32600, message: message) }
    public static func methodNotFound(_ method: String) -> ResponseError {
        .init(code: -32601, message: "method not found: \(method)")
    }
    public static func invalidParams(_ message: String) -> ResponseError { .init(code: -32602, message: message) }
    public static func internalError(_ message: String) -> ResponseError { .init(code: -32603, message: message) }
    /// A request other than `initialize` before `initialize`.
    public static let serverNotInitialized = ResponseError(
        code: -32002, message: "the server has not been initialized")
    /// The client cancelled the request before its answer was computed.
    public static let requestCancelled = ResponseError(code: -32800, message: "request cancelled")
}
