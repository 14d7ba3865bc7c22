/// The answer to `initialize`: what the server can do, and who it is.
public struct InitializeResult: Sendable, Encodable {
    public struct Capabilities: Sendable, Encodable {
        public struct TextDocumentSync: Sendable, Encodable {
            public struct Save: Sendable, Encodable {
                public var includeText: Bool
            }

            public var openClose = true
            /// `TextDocumentSyncKind.Incremental`.
            public var change = 2
            public var save = Save(includeText: false)
        }

        public struct CodeActionOptions: Sendable, Encodable {
            public var codeActionKinds = ["quickfix"]
        }

        public struct CompletionOptions: Sendable, Encodable {
            /// A key's value after `: `, a list item after `- `, a flow list's item after `[` or `,`.
            public var triggerCharacters = [":", " ", "-", "[", ","]
        }

        public var positionEncoding: PositionEncoding
        public var textDocumentSync = TextDocumentSync()
        public var hoverProvider = true
        public var codeActionProvider = CodeActionOptions()
        public var completionProvider = CompletionOptions()
    }

    public struct ServerInfo: Sendable, Encodable {
        public var name: String
        public var version: String
    }

    public var capabilities: Capabilities
    public var serverInfo: ServerInfo
}
