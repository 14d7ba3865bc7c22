import Foundation

/// The JSON Schema (draft 2020-12) of the agreement format, generated from ``AgreementFormat``
/// for editors (yaml-language-server) and other tools: `iop-lint schema`.
///
/// Titles and descriptions are in one language. Every map rejects keys the format does not
/// define except `x-` extensions, as `format/unknown-key` does; types, enumerations and the
/// minimum of numbers are those the parser checks (`format/type`, `format/date`). An empty
/// value (null) is allowed everywhere, as the parser reads it as absent: a draft from
/// `iop-lint init` leaves dates, numbers and choices empty for a person to fill in.
public struct AgreementSchema: Sendable {
    public var format: AgreementFormat
    public var language: Language

    public init(format: AgreementFormat = .current, language: Language) {
        self.format = format
        self.language = language
    }

    /// The schema as pretty-printed JSON with sorted keys, ending in a newline.
    public func json() -> String {
        let data =
            (try? JSONSerialization.data(
                withJSONObject: document(), options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]))
            ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The schema as a JSON object (dictionaries, arrays, strings, numbers and booleans).
    public func document() -> [String: Any] {
        let sv = language == .sv
        var root = object(at: "")
        root["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        root["title"] =
            sv
            ? "Överenskommelse för iop-lint (format \(format.version))"
            : "iop-lint agreement (format \(format.version))"
        let description =
            sv
            ? "Ett partnerskapsavtal (IOP, överenskommelse, Kommunalt Partnerskap eller samverkan) i iop-lints format."
            : "A partnership agreement (IOP, överenskommelse, Kommunalt Partnerskap or samverkan) in iop-lint's format."
        root["description"] = description
        root["markdownDescription"] = description
        root["required"] = format.keys.filter { $0.isRequired && $0.parentPath.isEmpty }.map(\.name)
        return root
    }

    /// A map whose keys are the table's keys under `path`.
    private func object(at path: String) -> [String: Any] {
        var properties: [String: Any] = [:]
        for key in format.children(of: path) {
            properties[key.name] = property(key)
            for alias in key.aliases {
                var aliasSchema = property(key)
                let note =
                    language == .sv ? "Ett annat namn för `\(key.name)`." : "Another name for `\(key.name)`."
                aliasSchema["description"] = note + " " + (aliasSchema["description"] as? String ?? "")
                aliasSchema["markdownDescription"] =
                    note + "\n\n" + (aliasSchema["markdownDescription"] as? String ?? "")
                properties[alias] = aliasSchema
            }
        }
        return [
            "type": "object", "properties": properties, "patternProperties": ["^x-": true],
            "additionalProperties": false,
        ]
    }

    private func property(_ key: FormatKey) -> [String: Any] {
        var schema = valueSchema(key.type, key: key)
        if let type = schema["type"] as? String {
            schema["type"] = [type, "null"]
        } else if let types = schema["type"] as? [String] {
            schema["type"] = types + ["null"]
        }
        if let values = schema["enum"] as? [Any] { schema["enum"] = values + [NSNull()] }
        for name in ["enumDescriptions", "markdownEnumDescriptions"] {
            if let descriptions = schema[name] as? [String] { schema[name] = descriptions + [""] }
        }
        if key.path == "iop-lint" { schema["const"] = format.version }
        schema["title"] = key.path
        let typeName = typeName(of: key)
        let example = language == .sv ? "Exempel" : "Example"
        let typeLabel = language == .sv ? "Typ" : "Type"
        schema["description"] = "\(key.meaning[language])\n\(typeLabel): \(typeName). \(example): \(key.example)"
        var markdown = "\(key.meaning[language])\n\n\(typeLabel): \(typeName) · \(example): `\(key.example)`"
        let documented = key.values.filter { !$0.meaning[language].isEmpty }
        if !documented.isEmpty {
            markdown += "\n\n" + documented.map { "- `\($0.value)`: \($0.meaning[language])" }.joined(separator: "\n")
        }
        schema["markdownDescription"] = markdown
        return schema
    }

    private func typeName(of key: FormatKey) -> String {
        guard key.isEnumeration else { return key.type.name[language] }
        let values = key.values.map(\.value).joined(separator: " | ")
        return key.type.itemType == nil ? values : (language == .sv ? "lista med " : "list of ") + values
    }

    private func valueSchema(_ type: FormatType, key: FormatKey) -> [String: Any] {
        switch type {
        case .text:
            var schema: [String: Any] = ["type": key.pattern == nil ? ["string", "number"] : "string"]
            if let pattern = key.pattern { schema["pattern"] = pattern }
            if !key.values.isEmpty { schema["examples"] = key.values.map(\.value) }
            return schema
        case .id, .partyReference:
            // An id written as a number (`id: 2025`) is read as its text.
            return ["type": ["string", "integer"], "pattern": "^[a-z0-9][a-z0-9-]*$", "minimum": 0]
        case .date:
            return ["type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"]
        case .number(let minimum):
            return minimum.map { ["type": "number", "minimum": $0] } ?? ["type": "number"]
        case .integer(let minimum):
            return minimum.map { ["type": "integer", "minimum": $0] } ?? ["type": "integer"]
        case .boolean:
            return ["type": "boolean"]
        case .enumeration:
            var schema: [String: Any] = ["type": "string", "enum": key.values.map(\.value)]
            if key.values.contains(where: { !$0.meaning[language].isEmpty }) {
                schema["enumDescriptions"] = key.values.map { $0.meaning[language] }
                schema["markdownEnumDescriptions"] = key.values.map { $0.meaning[language] }
            }
            return schema
        case .map:
            return object(at: key.childrenPath)
        case .list(let item):
            let items = item == .map ? object(at: key.childrenPath) : valueSchema(item, key: key)
            return ["type": "array", "items": items]
        }
    }
}
