import Foundation
import IOPLintCore
import IOPLintDocuments

/// Agreements for the tests: from YAML text or from the examples.
enum Agreements {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The first agreement of `yaml`.
    static func decode(_ yaml: String) -> Agreement {
        DocumentLoader().load(bytes: Array(yaml.utf8)).documents[0].agreement
    }

    static func example(_ path: String) throws -> String {
        try String(contentsOf: packageRoot.appendingPathComponent("examples/" + path), encoding: .utf8)
    }

    /// Text that breaks every output format if it is not escaped.
    static let hostile = "Föreningen <b>Ett & Två</b> \"AB\" | *fet* _kursiv_ [länk](x) # ]]> \u{0001}slut"

    /// A document of one title: ``hostile``.
    static let hostileDocument = RenderedDocument(language: .sv, title: hostile, blocks: [.title(hostile)])

    static let small = """
        iop-lint: 1
        title: Läxhjälp i Gottsunda
        kind: iop
        language: sv
        parties:
          - id: forening
            name: Läxhjälpen Gottsunda
            type: idea-based
            org-number: "802400-1234"
            representative: { name: Sara Ek, title: Ordförande }
          - id: kommun
            name: Uppsala kommun
            type: public
            org-number: "212000-3005"
        commitments:
          - { party: forening, what: Ordnar läxhjälp två kvällar i veckan. }
          - { party: kommun, what: Upplåter lokaler i Gottsunda skola. }
        economy:
          budget:
            - { item: Samordnare, amount: 120000, party: kommun }
            - { item: Material, amount: 15500.5, party: forening }
        term: { start: 2025-08-01, end: 2027-06-30, notice-months: 3 }
        signatures:
          - { party: forening, name: Sara Ek, title: Ordförande, date: 2025-06-15 }

        """
}
