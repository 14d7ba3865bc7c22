import IOPYAML

/// An open set of signatories (`signatories`): organisations that join the agreement by signing
/// it, beyond the parties named under `parties`. The rules for mandates, signatures and
/// organisation numbers apply to the named parties, not to this set.
public struct Signatories: Sendable, MappingDecodable {
    public var open: Located<Bool>?
    public var type: Located<PartyType>?
    public var how: Located<String>?
    public var count: Located<Int>?
    public var asOf: Located<CalendarDate>?
    public var register: Located<String>?

    static let section = AgreementFormat.current.section(at: "signatories")

    mutating func read(_ fields: Fields) {
        open = fields["open"]?.boolean()
        type = fields["type"]?.enumeration()
        how = fields["how"]?.text()
        count = fields["count"]?.integer(minimum: 0)
        asOf = fields["as-of"]?.date()
        register = fields["register"]?.text()
    }
}
