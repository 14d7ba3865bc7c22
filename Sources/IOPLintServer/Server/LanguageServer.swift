import Foundation
import IOPLintCore

/// The iop-lint language server: reads JSON-RPC messages, keeps the open documents, and
/// answers with diagnostics, hovers, code actions and completions from the linter.
///
/// Transport-free: bodies go in through ``receive(_:)``, messages come out through `send`, so
/// that tests drive it without processes. Not thread-safe: one thread calls it.
public final class LanguageServer {
    /// Settings from the command line.
    public struct Options: Sendable {
        /// `--config`: one configuration for every file instead of discovering `.iop-lint.yml`.
        public var config: String?
        /// `--rules`, `--pack`, `--enable`, `--disable`.
        public var commandLine: ConfigResolver.CommandLine
        /// `--lang`: wins over the configuration's language.
        public var language: Language?
        /// The language when nothing else says (from `LANG` and the like).
        public var fallbackLanguage: Language

        public init(
            config: String? = nil, commandLine: ConfigResolver.CommandLine = .init(), language: Language? = nil,
            fallbackLanguage: Language = .en
        ) {
            self.config = config
            self.commandLine = commandLine
            self.language = language
            self.fallbackLanguage = fallbackLanguage
        }
    }

    enum State {
        case uninitialized, running, shutDown
    }

    let options: Options
    let send: (OutgoingMessage) -> Void
    var state = State.uninitialized
    var encoding = PositionEncoding.utf16
    /// The language asked for in `initializationOptions.lang`, or by the client's `locale`.
    var clientLanguage: Language?
    var clientLocaleLanguage: Language?
    var rootPath: String?
    var documents: [String: OpenDocument] = [:]
    /// The outcome of the last lint of each document, by version.
    var outcomes: [String: (version: Int, outcome: DocumentLinter.Outcome)] = [:]
    /// The party ids of each document's last text that parsed, for completion while it does not.
    var knownPartyIDs: [String: [String]] = [:]
    /// Documents whose diagnostics are to be published.
    var pending: [String] = []
    let linter: DocumentLinter

    /// The exit code once `exit` has arrived: 0 after `shutdown`, else 1.
    public private(set) var exitCode: Int32?

    public init(options: Options, send: @escaping (OutgoingMessage) -> Void) {
        self.options = options
        self.send = send
        self.linter = DocumentLinter(commandLine: options.commandLine, explicitConfig: options.config)
    }

    /// Handles the messages that arrived together, in order; a request that a
    /// `$/cancelRequest` among them cancels is answered with `RequestCancelled` instead.
    /// Diagnostics are published once for a run of notifications, so quick edits are linted once.
    public func receive(_ bodies: [[UInt8]]) {
        let messages = bodies.map { body in Result { () throws(ProtocolViolation) in try IncomingMessage(body: body) } }
        var cancelled: Set<RequestID> = []
        for case .success(let message) in messages where message.method == "$/cancelRequest" {
            if let params = try? message.params(ClientParams.Cancel.self) { cancelled.insert(params.id) }
        }
        for message in messages {
            switch message {
            case .failure(let violation):
                send(.error(id: violation.id, violation.error))
            case .success(let message):
                if case .request(let id) = message.kind, cancelled.contains(id) {
                    send(.error(id: id, .requestCancelled))
                } else {
                    handle(message)
                }
            }
        }
        publishPending()
    }

    /// Answers a header part that could not be read.
    public func receive(framingFailure failure: MessageFramer.Failure) {
        switch failure {
        case .missingContentLength:
            send(.error(id: nil, .parseError("a message header without a valid Content-Length was skipped")))
        case .tooLong(let length):
            send(.error(id: nil, .parseError("a message of \(length) bytes is too long and was skipped")))
        }
    }

    /// One message: requests are answered (a result or an error), notifications are not.
    func handle(_ message: IncomingMessage) {
        switch message.kind {
        case .response:
            return
        case .notification:
            do {
                try notify(message)
            } catch {
                // A notification gets no answer, not even an error; say it on standard error.
                try? FileHandle.standardError.write(
                    contentsOf: Data("iop-lint lsp: \(message.method): \(error.message)\n".utf8))
            }
        case .request(let id):
            // Diagnostics of the edits before the request go out first, in the order things happened.
            publishPending()
            do {
                send(.result(id: id, try respond(to: message)))
            } catch {
                send(.error(id: id, error))
            }
        }
    }

    private func respond(to message: IncomingMessage) throws(ResponseError) -> any Encodable & Sendable {
        switch (state, message.method) {
        case (.uninitialized, "initialize"), (.running, "initialize"):
            guard state == .uninitialized else { throw .invalidRequest("the server is already initialized") }
            return initialize(try message.params(ClientParams.Initialize.self))
        case (.uninitialized, _):
            throw .serverNotInitialized
        case (.shutDown, _):
            throw .invalidRequest("the server is shut down; only `exit` is accepted")
        case (.running, "shutdown"):
            state = .shutDown
            return JSONValue.null
        case (.running, "textDocument/hover"):
            return hover(try message.params(ClientParams.AtPosition.self))
        case (.running, "textDocument/completion"):
            return completion(try message.params(ClientParams.AtPosition.self))
        case (.running, "textDocument/codeAction"):
            return codeActions(try message.params(ClientParams.CodeActions.self))
        default:
            throw .methodNotFound(message.method)
        }
    }

    private func notify(_ message: IncomingMessage) throws(ResponseError) {
        if message.method == "exit" {
            exitCode = state == .shutDown ? 0 : 1
            return
        }
        guard state == .running else { return }
        switch message.method {
        case "textDocument/didOpen": didOpen(try message.params(ClientParams.DidOpen.self))
        case "textDocument/didChange": didChange(try message.params(ClientParams.DidChange.self))
        case "textDocument/didSave": didSave(try message.params(ClientParams.DidSave.self))
        case "textDocument/didClose": didClose(try message.params(ClientParams.DidClose.self))
        case "workspace/didChangeWatchedFiles", "workspace/didChangeConfiguration": configurationChanged()
        default: return  // `initialized`, `$/…` and notifications the server does not use
        }
    }
}
