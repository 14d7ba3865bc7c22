import Testing

@testable import IOPLintCore

/// Finding the slot of a written key by comparing it with the names where it is expected first.
@Suite struct FormatSectionLookupTests {
    private static let sections = ["", "parties[]", "principles", "governance.steering-group[]"]

    @Test(arguments: sections)
    func aKeyLeadsToTheSlotItsHashGivesWhereverItIsExpected(_ path: String) {
        let section = AgreementFormat.current.section(at: path)
        let written = section.known + ["unknown", "x-note", "", "Id"]
        for expected in 0...section.names.count + 1 {
            for key in written {
                let found = section.slot(of: key, expectedAt: expected)
                let hashed = section.slots[key]
                #expect(found?.index == hashed?.index, "\(key) expected at \(expected)")
                #expect(found?.rank == hashed?.rank, "\(key) expected at \(expected)")
            }
        }
    }

    @Test func theFirstNameOfASectionIsFoundFromItsStart() throws {
        let section = AgreementFormat.current.section(at: "")
        let slot = try #require(section.slot(of: section.names[0], expectedAt: 0))
        #expect(slot.index == 0 && slot.rank == 0)
        let last = section.names.count - 1
        #expect(section.slot(of: section.names[last], expectedAt: 0)?.index == last)
    }

    @Test func anAliasLeadsToItsKeyWithItsRank() throws {
        let section = AgreementFormat.current.section(at: "principles")
        let slot = try #require(section.slot(of: "integrity", expectedAt: 0))
        #expect(section.names[slot.index] == "independence")
        #expect(slot.rank == 1)
    }
}
