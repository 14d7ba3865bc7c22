/// The type of a value in the agreement format.
///
/// The decoder reads each key with the accessor that matches its type; `AgreementFormatTests`
/// check that the two agree for every key of the table.
public indirect enum FormatType: Sendable, Hashable {
    /// Free text: a string, or a number that is kept as text (`baseline: 10`).
    case text
    /// An id, `[a-z0-9][a-z0-9-]*`.
    case id
    /// The id of one of `parties`.
    case partyReference
    /// A real calendar date written `YYYY-MM-DD`.
    case date
    /// A number, integer or decimal, at least `minimum` when one is given.
    case number(minimum: Double?)
    /// A whole number, at least `minimum` when one is given.
    case integer(minimum: Int?)
    /// `true` or `false`.
    case boolean
    /// One of the key's ``FormatKey/values``; nothing else is allowed.
    case enumeration
    /// A map whose keys are the keys of the table under this one.
    case map
    /// A list of values of one type; the keys of a list of maps are written `path[].key`.
    case list(FormatType)

    /// The type of one item when this is a list, else `nil`.
    public var itemType: FormatType? {
        if case .list(let item) = self { return item }
        return nil
    }

    /// Whether values of this type are maps, or lists of maps, with keys of their own.
    public var hasKeys: Bool {
        switch self {
        case .map: true
        case .list(let item): item.hasKeys
        default: false
        }
    }

    /// The name used in the format reference: "text", "list of party-ref", "integer ≥ 0", …
    public var name: LocalizedText {
        switch self {
        case .text: LocalizedText(en: "text", sv: "text")
        case .id: LocalizedText(en: "id", sv: "id")
        case .partyReference: LocalizedText(en: "party-ref", sv: "part-ref")
        case .date: LocalizedText(en: "date", sv: "datum")
        case .number(let minimum):
            LocalizedText(en: "number", sv: "tal").map { name, _ in
                minimum.map { "\(name) ≥ \(Self.shown($0))" } ?? name
            }
        case .integer(let minimum):
            LocalizedText(en: "integer", sv: "heltal").map { name, _ in minimum.map { "\(name) ≥ \($0)" } ?? name }
        case .boolean: LocalizedText(en: "boolean", sv: "sanningsvärde")
        case .enumeration: LocalizedText(en: "one of the values", sv: "ett av värdena")
        case .map: LocalizedText(en: "map", sv: "mappning")
        case .list(let item): LocalizedText(en: "list of \(item.name.en)", sv: "lista med \(item.name.sv)")
        }
    }

    private static func shown(_ number: Double) -> String {
        number == number.rounded() ? String(Int(number)) : String(number)
    }
}
