import IOPLintCore

/// Lays an agreement out as a document to sign: title, parties, the sections in the usual order
/// with their headings, tables for goals, resources and budget, and a signature block per party.
///
/// Everything the layout writes, the importer reads back (the round trip): labelled lines use
/// ``FieldLabels``, tables ``TableShape``, headings ``SectionHeadings``.
public struct AgreementLayout {
    public let agreement: Agreement
    public let language: Language

    public init(agreement: Agreement, language: Language) {
        self.agreement = agreement
        self.language = language
    }

    /// The document.
    public func document() -> RenderedDocument {
        let title = agreement.title?.value ?? text(en: "Agreement", sv: "Överenskommelse")
        var blocks: [DocumentBlock] = [.title(title)]
        if let kind = agreement.kind?.value {
            blocks.append(.subtitle(Vocabulary.kind.word(for: kind.rawValue, in: language)))
        }
        if let area = agreement.area?.value { blocks.append(labelled(FieldLabels.area, area)) }
        if let opening = openingSentence() { blocks.append(.paragraph(label: nil, text: opening)) }
        var number = 0
        for section in AgreementSection.allCases {
            let body = self.blocks(of: section)
            guard !body.isEmpty else { continue }
            number += 1
            blocks.append(.heading(level: 1, text: "\(number). \(section.heading(in: language))"))
            blocks += body
        }
        var document = RenderedDocument(language: language, title: title, blocks: blocks)
        document.textLanguage = agreement.language?.value
        return document
    }

    /// "Denna överenskommelse har ingåtts mellan A (org.nr …) och B (org.nr …)."
    func openingSentence() -> String? {
        let names = (agreement.parties ?? []).compactMap { party -> String? in
            guard let name = party.name?.value else { return nil }
            guard let number = party.orgNumber?.value else { return name }
            return "\(name) (\(text(en: "reg. no.", sv: "org.nr")) \(number))"
        }
        guard names.count >= 2 else { return nil }
        // Names with commas in them are separated by semicolons, so that the list reads back.
        let separator = names.contains { $0.contains(",") } ? "; " : ", "
        let joined = names.dropLast().joined(separator: separator) + text(en: " and ", sv: " och ") + names.last!
        return text(
            en: "This agreement is made between \(joined).", sv: "Denna överenskommelse har ingåtts mellan \(joined).")
    }

    func blocks(of section: AgreementSection) -> [DocumentBlock] {
        switch section {
        case .parties: partiesBlocks() + signatoriesBlocks()
        case .background: backgroundBlocks()
        case .formChoice: formChoiceBlocks()
        case .problem: problemBlocks()
        case .goals: goalsBlocks()
        case .targetGroup: targetGroupBlocks()
        case .activities: activitiesBlocks()
        case .commitments: commitmentsBlocks()
        case .resources: resourcesBlocks() + fundersBlocks()
        case .economy: economyBlocks()
        case .principles: principlesBlocks() + furtherPrinciplesBlocks()
        case .governance: governanceBlocks()
        case .followUp: followUpBlocks()
        case .information: paragraphs(agreement.information?.value)
        case .legalAssessment: legalBlocks() + legalOutcomeBlocks()
        case .ownership: paragraphs(agreement.ownership?.value)
        case .icld: icldBlocks()
        case .term: termBlocks()
        case .termination: paragraphs(agreement.termination?.value)
        case .changes: paragraphs(agreement.changes?.value) + amendmentsBlocks()
        case .disputes: paragraphs(agreement.disputes?.value)
        case .contacts: contactsBlocks()
        case .signatures: signatureBlocks()
        }
    }

    // MARK: Helpers shared by the sections

    func text(en: String, sv: String) -> String {
        LocalizedText(en: en, sv: sv)[language]
    }

    /// The paragraphs of a free text: one per blank-line separated part, lines joined.
    func paragraphs(_ value: String?) -> [DocumentBlock] {
        guard let value else { return [] }
        return Self.paragraphTexts(value).map { .paragraph(label: nil, text: $0) }
    }

    static func paragraphTexts(_ value: String) -> [String] {
        value.components(separatedBy: "\n\n").map(oneLine).filter { !$0.isEmpty }
    }

    /// A text on one line: line breaks and runs of spaces as one space.
    static func oneLine(_ value: String) -> String {
        value.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
    }

    func labelled(_ label: FieldLabel, _ value: String?) -> DocumentBlock {
        .paragraph(label: label.text[language], text: Self.oneLine(value ?? ""))
    }

    /// Labelled lines for the labels of `labels` that have a value.
    func labelledLines(_ labels: [FieldLabel], values: [String: String?]) -> [DocumentBlock] {
        labels.compactMap { label in
            guard let value = values[label.path.joined(separator: ".")] ?? nil else { return nil }
            return labelled(label, value)
        }
    }

    func partyName(_ id: String?) -> String {
        guard let id else { return "" }
        return agreement.parties?.first { $0.id?.value == id }?.name?.value ?? id
    }

    func partyNames(_ ids: [Located<String>]?) -> String? {
        guard let ids, !ids.isEmpty else { return nil }
        return ids.map { partyName($0.value) }.joined(separator: ", ")
    }

    func word(_ vocabulary: Vocabulary, _ value: String?) -> String? {
        value.map { vocabulary.word(for: $0, in: language) }
    }

    func number(_ value: Double?) -> String {
        value.map { NumberText.format($0, in: language) } ?? ""
    }
}
