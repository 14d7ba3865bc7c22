/// The `params` the server reads, as LSP 3.17 shapes them; only the members it uses.
public enum ClientParams {
    public struct Initialize: Sendable, Decodable {
        public struct Capabilities: Sendable, Decodable {
            public struct General: Sendable, Decodable {
                public var positionEncodings: [String]?
            }

            public var general: General?
        }

        public var capabilities: Capabilities?
        public var rootUri: String?
        public var locale: String?
        public var initializationOptions: JSONValue?
    }

    public struct TextDocumentIdentifier: Sendable, Decodable {
        public var uri: String
    }

    public struct TextDocumentItem: Sendable, Decodable {
        public var uri: String
        public var version: Int
        public var text: String
    }

    public struct VersionedTextDocumentIdentifier: Sendable, Decodable {
        public var uri: String
        public var version: Int
    }

    public struct DidOpen: Sendable, Decodable {
        public var textDocument: TextDocumentItem
    }

    public struct DidChange: Sendable, Decodable {
        /// A change: the whole text when `range` is absent.
        public struct Change: Sendable, Decodable {
            public var range: LSPRange?
            public var text: String
        }

        public var textDocument: VersionedTextDocumentIdentifier
        public var contentChanges: [Change]
    }

    public struct DidSave: Sendable, Decodable {
        public var textDocument: TextDocumentIdentifier
        public var text: String?
    }

    public struct DidClose: Sendable, Decodable {
        public var textDocument: TextDocumentIdentifier
    }

    /// `TextDocumentPositionParams`: hover and completion.
    public struct AtPosition: Sendable, Decodable {
        public var textDocument: TextDocumentIdentifier
        public var position: Position
    }

    public struct CodeActions: Sendable, Decodable {
        public struct Context: Sendable, Decodable {
            public var diagnostics: [Diagnostic]
            public var only: [String]?
        }

        public var textDocument: TextDocumentIdentifier
        public var range: LSPRange
        public var context: Context
    }

    public struct Cancel: Sendable, Decodable {
        public var id: RequestID
    }

    /// `workspace/didChangeWatchedFiles`.
    public struct WatchedFiles: Sendable, Decodable {
        public struct Event: Sendable, Decodable {
            public var uri: String
        }

        public var changes: [Event]
    }
}
