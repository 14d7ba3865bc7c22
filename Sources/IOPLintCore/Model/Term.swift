import IOPYAML

/// How long the agreement runs (`term`).
public struct Term: Sendable, MappingDecodable {
    public var start: Located<CalendarDate>?
    public var end: Located<CalendarDate>?
    public var noticeMonths: Located<Int>?
    public var extension_: Located<String>?
    public var runs: Located<TermRunning>?

    static let section = AgreementFormat.current.section(at: "term")

    mutating func read(_ fields: Fields) {
        start = fields["start"]?.date()
        end = fields["end"]?.date()
        noticeMonths = fields["notice-months"]?.integer(minimum: 0)
        extension_ = fields["extension"]?.text()
        runs = fields["runs"]?.enumeration()
    }
}
