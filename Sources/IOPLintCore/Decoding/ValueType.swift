import IOPYAML

/// The types of the agreement format, named for messages.
enum ValueType {
    case text, id, date, number, integer, boolean, list, map

    var name: LocalizedText {
        switch self {
        case .text: LocalizedText(en: "text", sv: "text")
        case .id: LocalizedText(en: "an id (lower-case letters, digits and -)", sv: "ett id (gemener, siffror och -)")
        case .date: LocalizedText(en: "a date (YYYY-MM-DD)", sv: "ett datum (ÅÅÅÅ-MM-DD)")
        case .number: LocalizedText(en: "a number", sv: "ett tal")
        case .integer: LocalizedText(en: "an integer", sv: "ett heltal")
        case .boolean: LocalizedText(en: "true or false", sv: "true eller false")
        case .list: LocalizedText(en: "a list", sv: "en lista")
        case .map: LocalizedText(en: "a map of keys and values", sv: "en mappning med nycklar och värden")
        }
    }

    /// How a node that has the wrong type is described: "a list", "the number 12", …
    static func describe(_ node: YAMLNode) -> LocalizedText {
        switch node.content {
        case .sequence: return ValueType.list.name
        case .mapping: return ValueType.map.name
        case .scalar(let scalar):
            let shown = scalar.value.count > 40 ? String(scalar.value.prefix(40)) + "…" : scalar.value
            switch node.resolved {
            case .bool?: return LocalizedText(en: "the boolean `\(shown)`", sv: "sanningsvärdet `\(shown)`")
            case .int?, .float?: return LocalizedText(en: "the number `\(shown)`", sv: "talet `\(shown)`")
            case .null?: return LocalizedText(en: "empty", sv: "tomt")
            case _ where scalar.style != .plain && readsAsNonText(scalar.value):
                // Quoted `"1"`: say it is text, or "must be an integer, but is `1`" makes no sense.
                return LocalizedText(en: "the text `\"\(shown)\"`", sv: "texten `\"\(shown)\"`")
            default: return LocalizedText(en: "`\(shown)`", sv: "`\(shown)`")
            }
        }
    }

    /// Whether `text`, written without quotes, would be read as a number, a boolean or null.
    private static func readsAsNonText(_ text: String) -> Bool {
        YAMLNode(content: .scalar(YAMLScalar(text)), range: SourceRange(at: .start)).resolved != .string(text)
    }
}
