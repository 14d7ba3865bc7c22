import IOPLintCore
import IOPYAML

/// `fixture/short-title`: a rule of the tests only, so that the fixture report has a finding of
/// severity info (no built-in rule has one yet).
struct ShortTitleRule: Rule {
    static let limit = 24

    let description = RuleDescription(
        id: RuleID("fixture/short-title")!, severity: .info,
        summary: LocalizedText(en: "The title fits on one line of a list", sv: "Titeln ryms på en rad i en lista"),
        message: LocalizedText(en: "the title is longer than 24 characters", sv: "titeln är längre än 24 tecken"),
        rationale: LocalizedText(
            en: "Lists of agreements cut long titles short.", sv: "Listor över överenskommelser kortar långa titlar."),
        examples: RuleExamples(
            pass: [RuleExample("title: Läxhjälp i Gottsunda\n")],
            fail: [RuleExample("title: Läxhjälp för barn och unga i Gottsunda\n")]))

    func check(_ document: LintDocument) -> [RuleViolation] {
        guard let title = document.node(at: DocumentPath([.key("title")])), let text = title.scalar?.value,
            text.unicodeScalars.count > Self.limit
        else { return [] }
        return [RuleViolation(message: description.message, path: DocumentPath([.key("title")]), range: title.range)]
    }
}
