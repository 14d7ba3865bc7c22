import Testing

@testable import IOPLintCore

/// `after`, `before` (with correlation) and the durations.
@Suite struct DateChecksTests {
    typealias F = RuleFileFixture

    @Test func beforeComparesWithTheCorrelatedSignature() throws {
        let agreement = """
            iop-lint: 1
            parties:
              - { id: a, mandate: { date: 2025-01-10 } }
              - { id: b, mandate: { date: 2025-03-01 } }
            signatures:
              - { party: a, date: 2025-02-01 }
              - { party: b, date: 2025-02-01 }
            """
        let check = "{ \"@.mandate.date\": { before: \"signatures[?party=@.id].date\" } }"
        #expect(
            try F.check(check, given: "parties[*]", on: agreement) == [
                "4:31 parties[1].mandate.date at parties[1].mandate.date: 2025-03-01||||||2025-02-01"
            ])
    }

    @Test func afterNeedsALaterDate() throws {
        let agreement = "iop-lint: 1\nterm: { start: 2025-03-01, end: 2025-03-01 }\n"
        #expect(try F.check("{ after: term.start }", given: "term.end", on: agreement).count == 1)
        #expect(
            try F.check("{ after: term.start }", given: "term.start", on: "iop-lint: 1\nterm: { start: 2025-03-01 }\n")
                .count == 1)
        #expect(
            try F.check("{ after: term.start }", given: "term.end", on: "iop-lint: 1\nterm: { end: 2025-03-01 }\n")
                == [])
    }

    @Test(arguments: [
        ("2025-01-01", "2025-12-31", true), ("2025-01-01", "2025-12-30", false), ("2024-03-01", "2025-02-28", true),
        ("2025-03-01", "2028-02-29", true), ("2025-01-31", "2026-01-30", true), ("2025-01-31", "2026-01-29", false),
    ])
    func minimumDurationCountsDatesInclusively(start: String, end: String, holds: Bool) throws {
        let agreement = "iop-lint: 1\nterm: { start: \(start), end: \(end) }\n"
        let findings = try F.check("{ min-duration: { years: 1 } }", given: "term", on: agreement)
        #expect(findings.isEmpty == holds)
    }

    @Test func maximumDurationInYearsAndMonths() throws {
        let within = "iop-lint: 1\nterm: { start: 2025-01-01, end: 2028-06-30 }\n"
        let beyond = "iop-lint: 1\nterm: { start: 2025-01-01, end: 2028-07-01 }\n"
        #expect(try F.check("{ max-duration: { years: 3, months: 6 } }", given: "term", on: within) == [])
        #expect(try F.check("{ max-duration: { years: 3, months: 6 } }", given: "term", on: beyond).count == 1)
    }
}
