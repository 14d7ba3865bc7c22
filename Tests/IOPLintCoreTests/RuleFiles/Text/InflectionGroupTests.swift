import Testing

@testable import IOPLintCore

@Suite struct InflectionGroupTests {
    @Test func aGroupsFormsAreItsStemWithEachEnding() {
        let group = InflectionGroup(stem: "köp", endings: ["", "en", "et"])
        #expect(group.forms == ["köp", "köpen", "köpet"])
    }

    @Test func formsOfGroupsAreTheirUnion() {
        let groups = [
            InflectionGroup(stem: "regel", endings: ["", "n"]), InflectionGroup(stem: "regl", endings: ["er"]),
            InflectionGroup(stem: "rege", endings: ["ln"]),
        ]
        #expect(groups.forms == ["regel", "regeln", "regler"])
    }

    @Test(arguments: ["köp", "upphandling", "utförare", "regel", "program", "lou", "öka", "förlängning"])
    func swedishGroupsBeginWithTheWordItself(_ word: String) {
        let groups = SwedishInflection.groups(of: word)
        #expect(groups.first?.forms == [word])
        #expect(groups.forms == SwedishInflection.forms(of: word))
    }

    @Test(arguments: ["fee", "tender", "penalty", "bid", "procure"])
    func englishGroupsBeginWithTheWordItself(_ word: String) {
        let groups = EnglishInflection.groups(of: word)
        #expect(groups.first?.stem == word)
        #expect(groups.first?.endings.first == "")
    }
}
