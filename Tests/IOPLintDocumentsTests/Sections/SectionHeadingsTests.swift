import IOPLintCore
import Testing

@testable import IOPLintDocuments

@Suite struct SectionHeadingsTests {
    @Test(arguments: [
        ("§ 3 Avtalstid", AgreementSection.term), ("2.1 Parternas åtaganden", .commitments), ("PARTER", .parties),
        ("Uppföljning och utvärdering:", .followUp), ("Omförhandling, hävning och tvist", .disputes),
        ("Term and termination", .term), ("Avtalstid och förlängning", .term), ("Ekonomi och finansiering", .economy),
    ])
    func headingsOfRealAgreementsAreKnown(heading: String, section: AgreementSection) {
        #expect(SectionHeadings.section(forHeading: heading) == section)
    }

    @Test func aHeadingOfNoSectionIsNone() {
        #expect(SectionHeadings.section(forHeading: "Försäkringar") == nil)
        #expect(SectionHeadings.section(forHeading: "") == nil)
    }

    @Test func everyCanonicalHeadingReadsBackAsItsSection() {
        for section in AgreementSection.allCases {
            for language in Language.allCases {
                #expect(SectionHeadings.section(forHeading: section.heading(in: language)) == section, "\(section)")
            }
        }
    }

    /// Labels and table columns name keys of the agreement format's table, so that a renamed key
    /// fails here rather than in a user's import.
    @Test func everyLabelAndColumnIsAKeyOfTheFormat() {
        var paths = FieldLabels.party.map { "parties[]." + $0.path.joined(separator: ".") }
        paths += FieldLabels.sections.values.flatMap { $0 }.map { $0.path.joined(separator: ".") }
        paths += FieldLabels.signature.map { "signatures[]." + $0.path.joined(separator: ".") }
        paths += [FieldLabels.area.path.joined(separator: "."), "signatures[].date"]
        for shape in TableShape.all {
            paths += shape.columns.map { shape.path.joined(separator: ".") + "[]." + $0.key }
        }
        for path in paths {
            #expect(AgreementFormat.current.key(at: path) != nil, "\(path)")
        }
    }

    @Test func textKeysAreKeysOfTheFormat() {
        for section in AgreementSection.allCases {
            guard let key = section.textKey else { continue }
            #expect(AgreementFormat.current.key(at: key.joined(separator: "."))?.type == .text, "\(section)")
        }
    }
}
