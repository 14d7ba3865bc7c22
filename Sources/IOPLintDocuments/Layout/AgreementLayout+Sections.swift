import IOPLintCore

extension AgreementLayout {
    func partiesBlocks() -> [DocumentBlock] {
        (agreement.parties ?? []).flatMap { party -> [DocumentBlock] in
            let values: [String: String?] = [
                "org-number": party.orgNumber?.value,
                "type": word(.partyType, party.type?.value.rawValue),
                "roles": party.roles.map { $0.map { Vocabulary.role.word(for: $0.value.rawValue, in: language) } }?
                    .joined(separator: ", "),
                "representative.name": party.representative?.name?.value,
                "representative.title": party.representative?.title?.value,
                "representative.email": party.representative?.email?.value,
                "mandate.body": party.mandate?.body?.value,
                "mandate.decision": party.mandate?.decision?.value,
                "mandate.date": party.mandate?.date?.value.description,
                "mandate.level": word(.mandateLevel, party.mandate?.level?.value.rawValue),
            ]
            let name = party.name?.value ?? party.id?.value ?? text(en: "Party", sv: "Part")
            return [.heading(level: 2, text: name)] + labelledLines(FieldLabels.party, values: values)
        }
    }

    func backgroundBlocks() -> [DocumentBlock] {
        paragraphs(agreement.background?.value)
            + labelledLines(
                FieldLabels.sections[.background]!,
                values: [
                    "initiative.by": partyNames(agreement.initiative?.by),
                    "initiative.description": agreement.initiative?.description?.value,
                ])
    }

    func formChoiceBlocks() -> [DocumentBlock] {
        paragraphs(agreement.formChoice?.value)
            + labelledLines([FieldLabels.model], values: ["model": word(.model, agreement.model?.value.rawValue)])
    }

    func problemBlocks() -> [DocumentBlock] {
        guard let problem = agreement.problem else { return [] }
        var blocks = paragraphs(problem.statement?.value)
        blocks += labelledLines(
            FieldLabels.sections[.problem]!, values: ["problem.agreed-by": partyNames(problem.agreedBy)])
        if let evidence = problem.evidence, !evidence.isEmpty {
            blocks.append(.paragraph(label: FieldLabels.sections[.problem]![1].text[language], text: ""))
            blocks.append(.bullets(evidence.map { Self.oneLine($0.value) }))
        }
        return blocks
    }

    func goalsBlocks() -> [DocumentBlock] {
        guard let goals = agreement.goals else { return [] }
        var blocks = labelledLines(FieldLabels.sections[.goals]!, values: ["goals.overall": goals.overall?.value])
        if let objectives = goals.objectives, !objectives.isEmpty {
            blocks.append(
                table(
                    .objectives,
                    rows: objectives.map {
                        [
                            $0.description?.value, $0.indicator?.value, $0.baseline?.value, $0.target?.value,
                            $0.by?.value.description,
                        ]
                    }))
        }
        return blocks
    }

    func targetGroupBlocks() -> [DocumentBlock] {
        guard let group = agreement.targetGroup else { return [] }
        var blocks = paragraphs(group.description?.value)
        blocks += labelledLines(
            FieldLabels.sections[.targetGroup]!, values: ["target-group.size": group.size.map { String($0.value) }])
        if let participation = group.participation, !participation.isEmpty {
            blocks.append(
                table(
                    .participation,
                    rows: participation.map { [word(.stage, $0.stage?.value.rawValue), $0.how?.value] }))
        }
        return blocks
    }

    func activitiesBlocks() -> [DocumentBlock] {
        guard let activities = agreement.activities, !activities.isEmpty else { return [] }
        return [table(.activities, rows: activities.map { [$0.what?.value, $0.party.map { partyName($0.value) }] })]
    }

    func commitmentsBlocks() -> [DocumentBlock] {
        let commitments = agreement.commitments ?? []
        var order: [String] = []
        for commitment in commitments {
            let party = commitment.party?.value ?? ""
            if !order.contains(party) { order.append(party) }
        }
        return order.flatMap { party -> [DocumentBlock] in
            let items = commitments.filter { ($0.party?.value ?? "") == party }.compactMap { $0.what?.value }
            let heading = party.isEmpty ? text(en: "All parties", sv: "Alla parter") : partyName(party)
            return [.heading(level: 2, text: heading), .bullets(items.map(Self.oneLine))]
        }
    }

    func resourcesBlocks() -> [DocumentBlock] {
        guard let resources = agreement.resources, !resources.isEmpty else { return [] }
        return [
            table(
                .resources,
                rows: resources.map {
                    [
                        $0.party.map { partyName($0.value) }, word(.resourceKind, $0.kind?.value.rawValue),
                        $0.amount.map { number($0.value) }, $0.unit?.value, word(.period, $0.per?.value.rawValue),
                        $0.description?.value,
                    ]
                })
        ]
    }

    func economyBlocks() -> [DocumentBlock] {
        guard let economy = agreement.economy else { return [] }
        var blocks: [DocumentBlock] = []
        if let budget = economy.budget, !budget.isEmpty {
            var rows = budget.map {
                [$0.item?.value, $0.amount.map { number($0.value) }, $0.party.map { partyName($0.value) }]
            }
            let total = budget.compactMap { $0.amount?.value }.reduce(0, +)
            rows.append([text(en: "Total", sv: "Summa"), number(total), nil])
            blocks.append(table(.budget, rows: rows))
        }
        blocks += labelledLines(FieldLabels.sections[.economy]!, values: ["economy.payment": economy.payment?.value])
        return blocks
    }

    func principlesBlocks() -> [DocumentBlock] {
        guard let principles = agreement.principles else { return [] }
        return labelledLines(
            FieldLabels.sections[.principles]!,
            values: [
                "principles.independence": principles.independence?.value,
                "principles.dialogue": principles.dialogue?.value, "principles.quality": principles.quality?.value,
                "principles.long-term": principles.longTerm?.value, "principles.openness": principles.openness?.value,
                "principles.diversity": principles.diversity?.value,
            ])
    }

    func governanceBlocks() -> [DocumentBlock] {
        guard let governance = agreement.governance else { return [] }
        var blocks: [DocumentBlock] = []
        if let members = governance.steeringGroup, !members.isEmpty {
            blocks.append(
                table(
                    .steeringGroup,
                    rows: members.map {
                        [
                            $0.party.map { partyName($0.value) }, $0.name?.value, $0.role?.value,
                            word(.yesNo, $0.politician.map { String($0.value) }), word(.side, $0.side?.value.rawValue),
                        ]
                    }))
        }
        blocks += labelledLines(
            FieldLabels.sections[.governance]!,
            values: [
                "governance.meetings-per-year": governance.meetingsPerYear.map { String($0.value) },
                "governance.responsibilities": governance.responsibilities?.value,
            ])
        return blocks
    }

    func followUpBlocks() -> [DocumentBlock] {
        guard let followUp = agreement.followUp else { return [] }
        let frequency = followUp.frequency.map { Vocabulary.frequency.word(for: $0.value, in: language) }
        return labelledLines(
            FieldLabels.sections[.followUp]!,
            values: [
                "follow-up.what": followUp.what?.value, "follow-up.frequency": frequency,
                "follow-up.responsible": partyNames(followUp.responsible),
                "follow-up.evaluation.type": word(.evaluationType, followUp.evaluation?.type?.value.rawValue),
                "follow-up.evaluation.every-years": followUp.evaluation?.everyYears.map { number($0.value) },
                "follow-up.evaluation.by": followUp.evaluation?.by?.value,
            ])
    }

    func legalBlocks() -> [DocumentBlock] {
        guard let legal = agreement.legalAssessment else { return [] }
        return labelledLines(
            FieldLabels.sections[.legalAssessment]!,
            values: [
                "legal-assessment.procurement": legal.procurement?.value,
                "legal-assessment.state-aid": legal.stateAid?.value,
                "legal-assessment.local-government-act": legal.localGovernmentAct?.value,
            ])
    }

    func icldBlocks() -> [DocumentBlock] {
        guard let icld = agreement.icld else { return [] }
        var blocks = labelledLines(
            FieldLabels.sections[.icld]!,
            values: [
                "icld.core-areas": icld.coreAreas.map {
                    $0.map { Vocabulary.coreArea.word(for: $0.value.rawValue, in: language) }.joined(separator: ", ")
                }
            ])
        if let benefit = icld.benefit, !benefit.isEmpty {
            blocks.append(table(.benefit, rows: benefit.map { [$0.party.map { partyName($0.value) }, $0.how?.value] }))
        }
        if let team = icld.team, !team.isEmpty {
            blocks.append(
                table(
                    .team,
                    rows: team.map {
                        [
                            $0.party.map { partyName($0.value) }, $0.name?.value,
                            word(.teamRole, $0.role?.value.rawValue),
                        ]
                    }))
        }
        return blocks
    }

    func termBlocks() -> [DocumentBlock] {
        guard let term = agreement.term else { return [] }
        let notice = term.noticeMonths.map { months in
            months.value == 1
                ? text(en: "1 month", sv: "1 månad") : text(en: "\(months.value) months", sv: "\(months.value) månader")
        }
        return labelledLines(
            FieldLabels.sections[.term]!,
            values: [
                "term.start": term.start?.value.description, "term.end": term.end?.value.description,
                "term.notice-months": notice, "term.extension": term.extension_?.value,
                "term.runs": word(.termRuns, term.runs?.value.rawValue),
            ])
    }

    func contactsBlocks() -> [DocumentBlock] {
        guard let contacts = agreement.contacts, !contacts.isEmpty else { return [] }
        return [
            table(
                .contacts,
                rows: contacts.map {
                    [$0.party.map { partyName($0.value) }, $0.name?.value, $0.email?.value, $0.phone?.value]
                })
        ]
    }

    /// A block per party that signs: the signatures the agreement records, and an empty block
    /// for each party without one.
    func signatureBlocks() -> [DocumentBlock] {
        let signatures = agreement.signatures ?? []
        var blocks: [DocumentBlock] = signatures.map { signature in
            signatureBlock(
                party: signature.party?.value, name: signature.name?.value, title: signature.title?.value,
                date: signature.date?.value.description)
        }
        let signed = Set(signatures.compactMap { $0.party?.value })
        for party in agreement.parties ?? [] where !signed.contains(party.id?.value ?? "") {
            guard let id = party.id?.value else { continue }
            blocks.append(signatureBlock(party: id, name: nil, title: nil, date: nil))
        }
        return blocks
    }

    private func signatureBlock(party: String?, name: String?, title: String?, date: String?) -> DocumentBlock {
        var lines: [(label: String, value: String)] = []
        let labels = FieldLabels.signature
        lines.append((labels[0].text[language], name ?? ""))
        lines.append((labels[1].text[language], title ?? ""))
        return .signature(
            SignatureBlock(
                party: text(en: "For ", sv: "För ") + partyName(party),
                placeAndDate: (FieldLabels.placeAndDate.text[language], date), lines: lines))
    }

    /// A table of `shape` with its headers in the document's language; empty columns are left
    /// out (except the first).
    func table(_ shape: TableShape, rows: [[String?]]) -> DocumentBlock {
        let used = shape.columns.indices.filter { index in
            index == 0 || rows.contains { index < $0.count && !($0[index] ?? "").isEmpty }
        }
        return .table(
            header: used.map { shape.columns[$0].header[language] },
            rows: rows.map { row in used.map { index in Self.oneLine(index < row.count ? row[index] ?? "" : "") } })
    }
}
