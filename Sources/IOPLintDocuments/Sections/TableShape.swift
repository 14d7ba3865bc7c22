import IOPLintCore

/// A table of a document that holds a list of the agreement format (a goals table is
/// `goals.objectives`, a budget table `economy.budget`): its columns, each with its key.
///
/// The importer recognises a table by its header row: each header cell names a column.
public struct TableShape: Sendable {
    /// One column: the key of each row's item it holds, its header, other headers that mean it.
    public struct Column: Sendable {
        public let key: String
        public let header: LocalizedText
        public let variants: [String]
        public let kind: FieldLabel.ValueKind

        init(_ key: String, en: String, sv: String, _ kind: FieldLabel.ValueKind = .text, variants: [String] = []) {
            self.key = key
            self.header = LocalizedText(en: en, sv: sv)
            self.variants = variants
            self.kind = kind
        }

        func matches(_ cell: String) -> Bool {
            let key = FieldLabel.normalize(cell)
            return key == FieldLabel.normalize(header.sv) || key == FieldLabel.normalize(header.en)
                || variants.contains(key)
        }
    }

    /// The list, as path components from the agreement's root.
    public let path: [String]
    /// The section the table belongs in (preferred when two shapes have the same headers).
    public let section: AgreementSection
    public let columns: [Column]
    /// The column whose cell a row must have to count (a row without it is skipped).
    public var requiredKey: String { columns[0].key }

    /// The columns named by a header row, in its order (`nil` for a cell naming none), when the
    /// first header cell names the shape's first column and at least two cells name one.
    func columns(forHeader header: [String]) -> [Column?]? {
        let found = header.map { cell in columns.first { $0.matches(cell) } }
        guard let first = found.first ?? nil, first.key == columns[0].key, found.compactMap({ $0 }).count >= 2 else {
            return nil
        }
        return found
    }
}

extension TableShape {
    public static let objectives = TableShape(
        path: ["goals", "objectives"], section: .goals,
        columns: [
            Column("description", en: "Goal", sv: "Mål", variants: ["delmål", "effektmål", "objective"]),
            Column("indicator", en: "Indicator", sv: "Indikator", variants: ["mått", "mätetal", "measure"]),
            Column("baseline", en: "Baseline", sv: "Utgångsläge", variants: ["nuläge", "utgångsvärde"]),
            Column("target", en: "Target", sv: "Målvärde", variants: ["målnivå"]),
            Column("by", en: "By", sv: "Senast", .date, variants: ["klart", "datum", "när", "date"]),
        ])

    public static let participation = TableShape(
        path: ["target-group", "participation"], section: .targetGroup,
        columns: [
            Column("stage", en: "Stage", sv: "Skede", .word(.stage), variants: ["fas"]),
            Column(
                "how", en: "How the target group takes part", sv: "Hur målgruppen deltar", variants: ["hur", "how"]),
        ])

    public static let activities = TableShape(
        path: ["activities"], section: .activities,
        columns: [
            Column("what", en: "Activity", sv: "Aktivitet", variants: ["insats", "verksamhet"]),
            Column(
                "party", en: "Responsible party", sv: "Ansvarig part", .parties,
                variants: ["part", "ansvarig", "party"]),
        ])

    public static let resources = TableShape(
        path: ["resources"], section: .resources,
        columns: [
            Column("party", en: "Party", sv: "Part", .parties),
            Column(
                "kind", en: "Kind", sv: "Slag", .word(.resourceKind), variants: ["resurs", "typ", "type", "resource"]),
            Column("amount", en: "Amount", sv: "Mängd", .number, variants: ["omfattning", "belopp", "antal"]),
            Column("unit", en: "Unit", sv: "Enhet"),
            Column("per", en: "Per", sv: "Per", .word(.period), variants: ["period"]),
            Column("description", en: "Description", sv: "Beskrivning", variants: ["kommentar"]),
        ])

    public static let budget = TableShape(
        path: ["economy", "budget"], section: .economy,
        columns: [
            Column("item", en: "Item", sv: "Post", variants: ["kostnad", "budgetpost", "kostnadspost", "cost"]),
            Column(
                "amount", en: "Amount (SEK)", sv: "Belopp (kr)", .number,
                variants: ["belopp", "kronor", "kr", "sek", "amount", "belopp (sek)", "summa"]),
            Column("party", en: "Party", sv: "Part", .parties, variants: ["finansieras av", "finansiär", "paid by"]),
        ])

    public static let steeringGroup = TableShape(
        path: ["governance", "steering-group"], section: .governance,
        columns: [
            Column("party", en: "Party", sv: "Part", .parties),
            Column("name", en: "Name", sv: "Namn"),
            Column("role", en: "Role", sv: "Roll", variants: ["funktion", "befattning"]),
            Column("politician", en: "Politician", sv: "Politiker", .word(.yesNo)),
            Column("side", en: "Side", sv: "Sida", .word(.side)),
        ])

    public static let benefit = TableShape(
        path: ["icld", "benefit"], section: .icld,
        columns: [
            Column("party", en: "Party", sv: "Part", .parties),
            Column("how", en: "Benefit", sv: "Nytta", variants: ["nytta för parten"]),
        ])

    public static let team = TableShape(
        path: ["icld", "team"], section: .icld,
        columns: [
            Column("party", en: "Party", sv: "Part", .parties),
            Column("name", en: "Name", sv: "Namn"),
            Column("role", en: "Role in the project", sv: "Roll i projektet", .word(.teamRole)),
        ])

    public static let contacts = TableShape(
        path: ["contacts"], section: .contacts,
        columns: [
            Column("party", en: "Party", sv: "Part", .parties),
            Column("name", en: "Name", sv: "Namn", variants: ["kontaktperson"]),
            Column("email", en: "Email", sv: "E-post", variants: ["e-mail", "epost"]),
            Column("phone", en: "Phone", sv: "Telefon", variants: ["tel", "telefonnummer"]),
        ])

    /// A table of the parties, as real agreements often open with (`Part | Org.nr | Företrädare`).
    public static let parties = TableShape(
        path: ["parties"], section: .parties,
        columns: [
            Column("name", en: "Party", sv: "Part", variants: ["namn", "organisation", "name"]),
            Column(
                "org-number", en: "Organisation number", sv: "Organisationsnummer",
                variants: ["org.nr", "org nr", "orgnr", "org. nr"]),
            Column(
                "representative.name", en: "Representative", sv: "Företrädare", variants: ["ombud", "kontaktperson"]),
            Column("representative.title", en: "Title", sv: "Titel", variants: ["befattning"]),
        ])

    /// Every shape, in the order the importer tries them.
    public static let all: [TableShape] = [
        objectives, participation, activities, resources, budget, steeringGroup, benefit, team, contacts, parties,
        funders, additionalPrinciples, legalOutcome, amendments,
    ]

    /// The shape a header row names, preferring one of `section`.
    public static func shape(forHeader header: [String], in section: AgreementSection?) -> (TableShape, [Column?])? {
        let candidates = all.compactMap { shape in shape.columns(forHeader: header).map { (shape, $0) } }
        return candidates.first { $0.0.section == section } ?? candidates.first
    }
}
