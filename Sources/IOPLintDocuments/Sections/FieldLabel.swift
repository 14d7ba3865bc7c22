import Foundation
import IOPLintCore

/// A labelled line of a document (`Avtalstid: 2025-03-01`) and the key of the agreement format
/// it holds.
public struct FieldLabel: Sendable {
    /// What a label's value is, for the importer to read it back.
    public enum ValueKind: Sendable {
        case text, date, integer, number
        /// `6 månader`, `six months`: an integer of months.
        case months
        /// One word of a vocabulary.
        case word(Vocabulary)
        /// Words of a vocabulary separated by commas.
        case words(Vocabulary)
        /// Party names separated by commas, read as party references.
        case parties
    }

    /// The key, as path components below the label's scope (the agreement, or one party).
    public let path: [String]
    /// The label a rendered document uses.
    public let text: LocalizedText
    /// Other labels that mean the same, lower case.
    public let variants: [String]
    public let kind: ValueKind

    init(_ path: String, en: String, sv: String, _ kind: ValueKind = .text, variants: [String] = []) {
        self.path = path.split(separator: ".").map(String.init)
        self.text = LocalizedText(en: en, sv: sv)
        self.variants = variants
        self.kind = kind
    }

    /// Whether `label` (as written, before its colon) is this one.
    public func matches(_ label: String) -> Bool {
        let key = Self.normalize(label)
        return key == Self.normalize(text.sv) || key == Self.normalize(text.en) || variants.contains(key)
    }

    static func normalize(_ label: String) -> String {
        label.lowercased().replacingOccurrences(of: "\u{00A0}", with: " ")
            .trimmingCharacters(in: CharacterSet(charactersIn: " \t:"))
    }
}
