import Foundation
import IOPLintCore

extension LanguageServer {
    /// `initialize`: negotiates the position encoding and reads the client's language.
    func initialize(_ params: ClientParams.Initialize) -> InitializeResult {
        encoding = PositionEncoding.negotiate(offered: params.capabilities?.general?.positionEncodings)
        if let lang = params.initializationOptions?["lang"]?.string { clientLanguage = Language(rawValue: lang) }
        if let locale = params.locale { clientLocaleLanguage = locale.lowercased().hasPrefix("sv") ? .sv : .en }
        if let root = params.rootUri { rootPath = OpenDocument.path(ofURI: root) }
        state = .running
        return InitializeResult(
            capabilities: .init(positionEncoding: encoding),
            serverInfo: .init(name: ToolInfo.name, version: ToolInfo.version))
    }

    /// A configuration or rule file may have changed: read them anew and lint every open
    /// document again.
    func configurationChanged() {
        linter.reload()
        outcomes.removeAll()
        for uri in documents.keys.sorted() where !pending.contains(uri) { pending.append(uri) }
    }
}
