import IOPYAML
import Testing

@testable import IOPLintCore

@Suite struct DateRuleTests {
    private func findings(_ yaml: String, rules: [any Rule] = [DateRule()]) -> [Finding] {
        CoreTestSupport.findings(yaml, rules: rules)
    }

    @Test(arguments: [
        "2025-02-30", "2025-2-1", "1 mars 2025", "2023-02-29", "2025-13-01", "2025-04-31", "2025-03-01T10:00",
        "'2025-00-10'",
    ])
    func impossibleOrMisshapenDateIsADateError(_ written: String) {
        let found = findings("iop-lint: 1\nterm:\n  start: \(written)\n")
        #expect(found.map(\.spot) == ["3:10 format/date term.start"])
        #expect(found.first?.severity == .error)
        let shown = written.filter { $0 != "'" }
        #expect(found.first?.message.en == "`term.start` must be a date (YYYY-MM-DD), but is `\(shown)`")
        #expect(found.first?.message.sv == "`term.start` ska vara ett datum (ÅÅÅÅ-MM-DD), men är `\(shown)`")
    }

    @Test(arguments: ["2025-03-01", "2024-02-29", "2000-02-29", "\"2028-02-29\"", "'1999-12-31'"])
    func realDatesPass(_ written: String) {
        #expect(findings("iop-lint: 1\nterm:\n  start: \(written)\n", rules: FormatRules.all).isEmpty)
    }

    @Test func dateThatIsNotTextIsAWrongTypeNotADateError() {
        let yaml = "iop-lint: 1\nsignatures: [{ date: 20250301 }]\n"
        #expect(findings(yaml).isEmpty)
        #expect(findings(yaml, rules: FormatRules.all).map(\.spot) == ["2:22 format/type signatures[0].date"])
    }

    @Test func everyDateFieldIsChecked() {
        let yaml = """
            iop-lint: 1
            parties: [{ id: a, mandate: { date: 2025-02-29 } }]
            goals: { objectives: [{ by: 2027-06-31 }] }
            term: { start: 2025-3-1, end: 2028-02-30 }
            signatures: [{ party: a, date: 2025-09-31 }]

            """
        #expect(
            findings(yaml).map(\.spot) == [
                "2:37 format/date parties[0].mandate.date",
                "3:29 format/date goals.objectives[0].by",
                "4:16 format/date term.start",
                "4:31 format/date term.end",
                "5:32 format/date signatures[0].date",
            ])
    }
}
