import IOPYAML

/// Budget and payment (`economy`).
public struct Economy: Sendable, MappingDecodable {
    public var budget: [BudgetLine]?
    public var payment: Located<String>?

    static let section = AgreementFormat.current.section(at: "economy")

    mutating func read(_ fields: Fields) {
        budget = fields["budget"]?.list { $0.section(BudgetLine.self) }
        payment = fields["payment"]?.text()
    }
}

/// One line of the budget (`economy.budget[]`).
public struct BudgetLine: Sendable, MappingDecodable {
    public var item: Located<String>?
    public var amount: Located<Double>?
    public var party: Located<String>?

    static let section = AgreementFormat.current.section(at: "economy.budget[]")

    mutating func read(_ fields: Fields) {
        item = fields["item"]?.text()
        amount = fields["amount"]?.number(minimum: 0)
        party = fields["party"]?.partyReference()
    }
}
