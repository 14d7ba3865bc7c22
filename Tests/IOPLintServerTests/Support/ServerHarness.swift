import Foundation
import TestSupport

@testable import IOPLintServer

/// A language server driven in memory: messages in as JSON text, messages out decoded.
final class ServerHarness {
    private(set) var sent: [JSONValue] = []
    var server: LanguageServer!
    private var nextID = 100
    /// A temporary folder that goes with the harness: removed when the harness is.
    private let ownedFolder: URL?

    /// A harness that has initialized its server; the folder it is `owning` (a temporary folder
    /// its documents are in) is removed with it.
    init(
        options: LanguageServer.Options = .init(), positionEncodings: [String]? = nil, locale: String? = nil,
        owning folder: URL? = nil
    ) {
        ownedFolder = folder
        server = LanguageServer(options: options) { [unowned self] message in
            sent.append(try! JSONDecoder().decode(JSONValue.self, from: Data(message.json())))
        }
        var capabilities: JSONValue = .object([:])
        if let positionEncodings {
            capabilities = .object([
                "general": .object(["positionEncodings": .array(positionEncodings.map(JSONValue.string))])
            ])
        }
        var params: [String: JSONValue] = ["capabilities": capabilities]
        if let locale { params["locale"] = .string(locale) }
        _ = request("initialize", .object(params))
        notify("initialized", .object([:]))
    }

    deinit {
        if let ownedFolder { TemporaryFolder.remove(ownedFolder) }
    }

    /// Sends raw bodies as one batch and returns what came out.
    @discardableResult
    func receive(_ bodies: [String]) -> [JSONValue] {
        let before = sent.count
        server.receive(bodies.map { Array($0.utf8) })
        return Array(sent[before...])
    }

    /// Sends a request and returns its response.
    func request(_ method: String, _ params: JSONValue) -> JSONValue {
        nextID += 1
        let id = nextID
        let out = receive([Self.json(["jsonrpc": "2.0", "id": .int(id), "method": .string(method), "params": params])])
        return out.first { $0["id"] == .int(id) } ?? .null
    }

    @discardableResult
    func notify(_ method: String, _ params: JSONValue) -> [JSONValue] {
        receive([Self.json(["jsonrpc": "2.0", "method": .string(method), "params": params])])
    }

    /// Opens a document and returns the diagnostics published for it.
    func open(_ uri: String, _ text: String) -> [JSONValue] {
        let out = notify(
            "textDocument/didOpen",
            .object([
                "textDocument": .object([
                    "uri": .string(uri), "languageId": "yaml", "version": 1, "text": .string(text),
                ])
            ]))
        return Self.diagnostics(in: out, uri: uri)
    }

    /// The diagnostics of the last `publishDiagnostics` for `uri` among `messages`.
    static func diagnostics(in messages: [JSONValue], uri: String) -> [JSONValue] {
        let published = messages.last {
            $0["method"] == "textDocument/publishDiagnostics" && $0["params"]?["uri"] == .string(uri)
        }
        return published?["params"]?["diagnostics"]?.array ?? []
    }

    static func json(_ object: [String: JSONValue]) -> String {
        String(decoding: try! JSONEncoder().encode(JSONValue.object(object)), as: UTF8.self)
    }

    static func position(_ line: Int, _ character: Int) -> JSONValue {
        .object(["line": .int(line), "character": .int(character)])
    }

    /// A fresh folder holding `files`, with a `.git` marker so that nothing above it is read.
    /// The caller removes it (``TemporaryFolder/remove(_:)``).
    static func folder(_ files: [String: String]) throws -> URL {
        var files = files
        files[".git/HEAD"] = "ref: refs/heads/main\n"
        return try TemporaryFolder.make("iop-lint-lsp", holding: files)
    }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByArrayLiteral {
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
}
