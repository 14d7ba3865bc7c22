import IOPLintCore
import IOPYAML

extension LanguageServer {
    /// `textDocument/completion`: the keys the format allows in the map at the cursor (less
    /// those already there), the values of an enumeration, and the parties' ids where a party
    /// reference is expected. Read from the text's indentation, so it works while the text
    /// does not parse.
    func completion(_ params: ClientParams.AtPosition) -> [CompletionItem] {
        guard let document = documents[params.textDocument.uri] else { return [] }
        let layout = document.layout
        let offset = layout.offset(of: params.position, in: encoding)
        guard let context = CursorContext(layout: layout, offset: offset) else { return [] }
        let language = outcome(of: document).language
        let format = AgreementFormat.current
        let range = LSPRange(
            start: layout.position(ofOffset: context.word.lowerBound, in: encoding), end: params.position)
        switch context.slot {
        case .key(let parent, let present):
            if let listPath = context.listPath, let list = format.key(at: listPath), let item = list.type.itemType,
                !item.hasKeys
            {
                return valueItems(for: list, in: document, language: language, range: range)
            }
            return format.children(of: parent).filter { !present.contains($0.name) }.enumerated().map { index, key in
                keyItem(key, context: context, language: language, range: range, order: index)
            }
        case .value(let path):
            guard let key = format.key(at: path) else { return [] }
            return valueItems(for: key, in: document, language: language, range: range)
        }
    }

    private func keyItem(
        _ key: FormatKey, context: CursorContext, language: Language, range: LSPRange, order: Int
    ) -> CompletionItem {
        let indentation = String(repeating: " ", count: context.indentation + 2)
        let text: String
        switch key.type {
        case _ where context.isInFlow: text = "\(key.name): "
        case .map: text = "\(key.name):\n\(indentation)"
        case .list(let item) where item.hasKeys: text = "\(key.name):\n\(indentation)- "
        default: text = "\(key.name): "
        }
        return CompletionItem(
            label: key.name, kind: .property, detail: FormatKeyText.type(of: key, in: language),
            markdown: FormatKeyText.markdown(key, in: language), textEdit: TextEdit(range: range, newText: text),
            sortText: String(format: "%03d", order))
    }

    private func valueItems(
        for key: FormatKey, in document: OpenDocument, language: Language, range: LSPRange
    ) -> [CompletionItem] {
        let type = key.type.itemType ?? key.type
        if type == .partyReference {
            return partyIDs(of: document).map { id in
                CompletionItem(
                    label: id, kind: .reference, detail: key.meaning[language],
                    textEdit: TextEdit(range: range, newText: id))
            }
        }
        if type == .boolean {
            return ["true", "false"].map {
                CompletionItem(label: $0, kind: .value, textEdit: TextEdit(range: range, newText: $0))
            }
        }
        return key.values.enumerated().map { index, value in
            CompletionItem(
                label: value.value, kind: key.isEnumeration ? .enumMember : .value,
                detail: value.meaning[language].isEmpty ? nil : value.meaning[language],
                textEdit: TextEdit(range: range, newText: value.value), sortText: String(format: "%03d", index))
        }
    }

    /// The ids of the document's parties: from its current text, or, while it does not parse,
    /// from the last text that did.
    func partyIDs(of document: OpenDocument) -> [String] {
        let documents = DocumentLoader().load(bytes: Array(document.text.utf8)).documents
        if documents.contains(where: \.isReadable) {
            let ids = documents.flatMap { $0.agreement.parties ?? [] }.compactMap { $0.id?.value }
            knownPartyIDs[document.uri] = ids
            return ids
        }
        return knownPartyIDs[document.uri] ?? []
    }
}
