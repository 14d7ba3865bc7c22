import Foundation
import IOPLintCore

extension LanguageServer {
    func didOpen(_ params: ClientParams.DidOpen) {
        let item = params.textDocument
        documents[item.uri] = OpenDocument(uri: item.uri, version: item.version, text: item.text)
        schedule(item.uri)
    }

    func didChange(_ params: ClientParams.DidChange) {
        let uri = params.textDocument.uri
        guard var document = documents[uri] else { return }
        document.apply(params.contentChanges, version: params.textDocument.version, encoding: encoding)
        documents[uri] = document
        schedule(uri)
    }

    /// Saving a document may change a configuration or rule file it or others are linted with.
    func didSave(_ params: ClientParams.DidSave) {
        configurationChanged()
    }

    /// A closed document's diagnostics are cleared: the client no longer shows the file.
    func didClose(_ params: ClientParams.DidClose) {
        let uri = params.textDocument.uri
        documents[uri] = nil
        outcomes[uri] = nil
        knownPartyIDs[uri] = nil
        pending.removeAll { $0 == uri }
        send(
            .notification(
                method: "textDocument/publishDiagnostics",
                params: PublishDiagnosticsParams(uri: uri, version: nil, diagnostics: [])))
    }

    private func schedule(_ uri: String) {
        if !pending.contains(uri) { pending.append(uri) }
    }

    /// Publishes the diagnostics of every document changed since the last time.
    public func publishPending() {
        let uris = pending
        pending.removeAll()
        for uri in uris {
            guard let document = documents[uri] else { continue }
            let outcome = self.outcome(of: document)
            send(
                .notification(
                    method: "textDocument/publishDiagnostics",
                    params: PublishDiagnosticsParams(
                        uri: uri, version: document.version, diagnostics: diagnostics(of: outcome, in: document))))
        }
    }

    /// The lint of the document's current version (linted once per version).
    func outcome(of document: OpenDocument) -> DocumentLinter.Outcome {
        if let known = outcomes[document.uri], known.version == document.version { return known.outcome }
        let outcome = linter.lint(
            text: document.text, path: path(of: document.uri), language: options.language ?? clientLanguage,
            fallback: clientLocaleLanguage ?? options.fallbackLanguage)
        outcomes[document.uri] = (document.version, outcome)
        return outcome
    }

    /// The file-system path a document is linted as: its own for a `file:` URI; for another
    /// (an unsaved buffer), a file of that name in the workspace, so that the workspace's
    /// configuration applies.
    func path(of uri: String) -> String {
        if let path = OpenDocument.path(ofURI: uri) { return path }
        let name = uri.split(separator: "/").last.map(String.init) ?? "untitled.yaml"
        return (rootPath ?? FileManager.default.currentDirectoryPath) + "/" + name
    }
}
