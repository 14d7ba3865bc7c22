import IOPLintCore

// The blocks of clauses that real agreements have beyond the first version of the format: an open
// set of signatories, funders, further principles, how the term runs, the legal outcome and
// amendments. Each follows the section it belongs to.
extension AgreementLayout {
    func signatoriesBlocks() -> [DocumentBlock] {
        guard let set = agreement.signatories else { return [] }
        return labelledLines(
            FieldLabels.signatories,
            values: [
                "signatories.open": word(.yesNo, set.open.map { String($0.value) }),
                "signatories.type": word(.partyType, set.type?.value.rawValue),
                "signatories.how": set.how?.value, "signatories.count": set.count.map { String($0.value) },
                "signatories.as-of": set.asOf?.value.description, "signatories.register": set.register?.value,
            ])
    }

    func fundersBlocks() -> [DocumentBlock] {
        guard let funders = agreement.funders, !funders.isEmpty else { return [] }
        return [
            table(
                .funders,
                rows: funders.map {
                    [
                        $0.name?.value, $0.paysFor?.value, $0.amount.map { number($0.value) }, $0.unit?.value,
                        word(.period, $0.per?.value.rawValue), $0.recipient.map { partyName($0.value) },
                        $0.decision?.value,
                    ]
                })
        ]
    }

    func furtherPrinciplesBlocks() -> [DocumentBlock] {
        var blocks: [DocumentBlock] = []
        if let additional = agreement.principles?.additional, !additional.isEmpty {
            blocks.append(table(.additionalPrinciples, rows: additional.map { [$0.name?.value, $0.how?.value] }))
        }
        if let named = agreement.principles?.named, !named.isEmpty,
            let label = FieldLabels.sections[.principles]?.first(where: { $0.path == ["principles", "named"] })
        {
            blocks.append(.paragraph(label: label.text[language], text: ""))
            blocks.append(.bullets(named.map { Self.oneLine($0.value) }))
        }
        return blocks
    }

    func legalOutcomeBlocks() -> [DocumentBlock] {
        guard let rulings = agreement.legalOutcome, !rulings.isEmpty else { return [] }
        return [
            table(
                .legalOutcome,
                rows: rulings.map {
                    [$0.court?.value, $0.caseNumber?.value, $0.date?.value.description, $0.outcome?.value]
                })
        ]
    }

    func amendmentsBlocks() -> [DocumentBlock] {
        guard let amendments = agreement.amendments, !amendments.isEmpty else { return [] }
        return [
            table(
                .amendments,
                rows: amendments.map { [$0.date?.value.description, $0.decision?.value, $0.what?.value] })
        ]
    }
}
