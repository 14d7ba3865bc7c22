/// The labelled lines of each section, in the order a rendered document writes them. The
/// importer reads a line `Label: value` of a section with the labels listed for it here.
///
/// The six principles are the Swedish compact's (Överenskommelsen mellan regeringen, idéburna
/// organisationer inom det sociala området och SKL, 2008): självständighet och oberoende, dialog,
/// kvalitet, långsiktighet, öppenhet och insyn, mångfald.
public enum FieldLabels {
    public static let area = FieldLabel(
        "area", en: "Area", sv: "Område", variants: ["bostadsområde", "geografiskt område"])
    public static let model = FieldLabel(
        "model", en: "Cooperation model", sv: "Samverkansmodell", .word(.model), variants: ["modell"])

    /// Labels of one party (paths below `parties[]`).
    public static let party: [FieldLabel] = [
        FieldLabel(
            "org-number", en: "Organisation number", sv: "Organisationsnummer",
            variants: [
                "org.nr", "org. nr", "org nr", "orgnr", "organisationsnr", "org.nr.", "corporate identity number",
            ]),
        FieldLabel("type", en: "Type of party", sv: "Typ av part", .word(.partyType), variants: ["typ", "type"]),
        FieldLabel("roles", en: "Roles", sv: "Roller", .words(.role), variants: ["roll"]),
        FieldLabel(
            "representative.name", en: "Representative", sv: "Företrädare",
            variants: ["företrädd av", "företrädare för parten", "ombud", "represented by", "kontaktperson"]),
        FieldLabel("representative.title", en: "Representative's title", sv: "Företrädarens titel"),
        FieldLabel("representative.email", en: "Email", sv: "E-post", variants: ["e-mail", "epost"]),
        FieldLabel("mandate.body", en: "Decision-making body", sv: "Beslutande organ"),
        FieldLabel("mandate.decision", en: "Decision", sv: "Beslut", variants: ["beslut om överenskommelsen"]),
        FieldLabel("mandate.date", en: "Date of decision", sv: "Beslutsdatum", .date),
        FieldLabel("mandate.level", en: "Decision level", sv: "Beslutsnivå", .word(.mandateLevel)),
    ]

    /// Labels of each section (paths from the agreement's root).
    public static let sections: [AgreementSection: [FieldLabel]] = [
        .parties: signatories,
        .background: [
            FieldLabel("initiative.by", en: "Initiative taken by", sv: "Initiativtagare", .parties),
            FieldLabel("initiative.description", en: "About the initiative", sv: "Om initiativet"),
        ],
        .formChoice: [model],
        .problem: [
            FieldLabel(
                "problem.agreed-by", en: "Problem description shared by", sv: "Problembeskrivningen delas av",
                .parties),
            FieldLabel("problem.evidence", en: "Evidence", sv: "Underlag", variants: ["källor", "sources"]),
        ],
        .goals: [FieldLabel("goals.overall", en: "Overall goal", sv: "Övergripande mål")],
        .targetGroup: [
            FieldLabel(
                "target-group.size", en: "Size of the target group", sv: "Antal i målgruppen", .integer,
                variants: ["antal deltagare", "number of participants"])
        ],
        .economy: [FieldLabel("economy.payment", en: "Payment", sv: "Utbetalning", variants: ["betalning"])],
        .principles: [
            FieldLabel(
                "principles.independence", en: "Independence", sv: "Självständighet och oberoende",
                variants: ["självständighet", "oberoende", "integritet", "integrity"]),
            FieldLabel("principles.dialogue", en: "Dialogue", sv: "Dialog"),
            FieldLabel("principles.quality", en: "Quality", sv: "Kvalitet"),
            FieldLabel("principles.long-term", en: "Long-term", sv: "Långsiktighet", variants: ["long term"]),
            FieldLabel(
                "principles.openness", en: "Openness", sv: "Öppenhet och insyn", variants: ["öppenhet", "insyn"]),
            FieldLabel("principles.diversity", en: "Diversity", sv: "Mångfald"),
            FieldLabel(
                "principles.named", en: "Principles named", sv: "Principer som nämns",
                variants: ["principer", "principles"]),
        ],
        .governance: [
            FieldLabel("governance.meetings-per-year", en: "Meetings per year", sv: "Möten per år", .integer),
            FieldLabel("governance.responsibilities", en: "Responsibilities", sv: "Ansvarsfördelning"),
        ],
        .followUp: [
            FieldLabel("follow-up.what", en: "What is followed up", sv: "Vad som följs upp"),
            FieldLabel("follow-up.frequency", en: "How often", sv: "Hur ofta", variants: ["frekvens", "frequency"]),
            FieldLabel(
                "follow-up.responsible", en: "Responsible for follow-up", sv: "Ansvariga för uppföljningen", .parties),
            FieldLabel("follow-up.evaluation.type", en: "Evaluation", sv: "Utvärdering", .word(.evaluationType)),
            FieldLabel(
                "follow-up.evaluation.every-years", en: "Evaluation every (years)", sv: "Utvärdering vart (år)",
                .number),
            FieldLabel("follow-up.evaluation.by", en: "Evaluator", sv: "Utvärderare"),
        ],
        .legalAssessment: [
            FieldLabel(
                "legal-assessment.procurement", en: "Public procurement", sv: "Upphandling (LOU)",
                variants: ["upphandling", "lou"]),
            FieldLabel("legal-assessment.state-aid", en: "State aid", sv: "Statsstöd"),
            FieldLabel(
                "legal-assessment.local-government-act", en: "Local Government Act", sv: "Kommunallagen",
                variants: ["kommunallagen (kl)", "kl"]),
        ],
        .icld: [FieldLabel("icld.core-areas", en: "Core areas", sv: "Kärnområden", .words(.coreArea))],
        .term: [
            FieldLabel(
                "term.start", en: "Start date", sv: "Startdatum", .date, variants: ["gäller från", "från och med"]),
            FieldLabel("term.end", en: "End date", sv: "Slutdatum", .date, variants: ["gäller till", "till och med"]),
            FieldLabel(
                "term.notice-months", en: "Notice period", sv: "Uppsägningstid", .months,
                variants: ["uppsägningstid för överenskommelsen"]),
            FieldLabel("term.extension", en: "Extension", sv: "Förlängning"),
            FieldLabel("term.runs", en: "Runs", sv: "Löper", .word(.termRuns), variants: ["gäller", "avtalsform"]),
        ],
    ]

    /// Labels of an open set of signatories, written after the parties (paths from the root).
    /// The national Överenskommelse (2008) is joined this way: an organisation signs it after a
    /// decision under its statutes.
    public static let signatories: [FieldLabel] = [
        FieldLabel(
            "signatories.open", en: "Open to organisations that sign", sv: "Öppen för organisationer som undertecknar",
            .word(.yesNo)),
        FieldLabel("signatories.type", en: "Who may join", sv: "Vilka som kan ansluta sig", .word(.partyType)),
        FieldLabel("signatories.how", en: "How to join", sv: "Så ansluter man sig", variants: ["anslutning"]),
        FieldLabel("signatories.count", en: "Number who have joined", sv: "Antal anslutna", .integer),
        FieldLabel("signatories.as-of", en: "Number as of", sv: "Antal per", .date),
        FieldLabel(
            "signatories.register", en: "List of those who have joined", sv: "Förteckning över anslutna",
            variants: ["förteckning"]),
    ]

    /// Labels under a signature (paths below `signatures[]`).
    public static let signature: [FieldLabel] = [
        FieldLabel("name", en: "Name", sv: "Namn", variants: ["namnförtydligande", "namnförtydligande"]),
        FieldLabel("title", en: "Title", sv: "Titel", variants: ["befattning", "position"]),
    ]

    /// The place-and-date line of a signature block.
    public static let placeAndDate = FieldLabel("date", en: "Place and date", sv: "Ort och datum", .date)

    /// Every label of `section`, and the document's own (`area`) everywhere.
    public static func labels(of section: AgreementSection?) -> [FieldLabel] {
        (section.flatMap { sections[$0] } ?? []) + [area]
    }
}
