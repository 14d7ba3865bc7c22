import IOPLintCore
import Testing

@testable import IOPLintDocuments

@Suite struct DraftNodeTests {
    @Test func writesMapsListsAndCommentsAsBlockYAML() {
        let root = DraftNode(.map)
        root.set("iop-lint", .plain("1"))
        let party = DraftNode(.map)
        party.set("id", .plain("kommun"))
        party.set("name", .text("Uppsala kommun"))
        root.list(at: ["parties"]).append(party)
        root.set(["term", "start"], .plain("2025-01-01"))
        root["term"]!.comments = ["Avtalstid enligt bilaga"]
        root.set("background", .text("Rad ett\n\nRad två"))
        root.trailingComments = ["Bilagor"]
        #expect(
            root.yaml() == """
                iop-lint: 1
                parties:
                  - id: kommun
                    name: "Uppsala kommun"
                # Avtalstid enligt bilaga
                term:
                  start: 2025-01-01
                background: |-
                  Rad ett

                  Rad två
                # Bilagor

                """)
    }

    @Test func textThatABlockWouldChangeIsQuoted() {
        #expect(YAMLText.literalBlock(" inledande mellanslag\nrad", indent: 2) == nil)
        #expect(YAMLText.literalBlock("rad \nrad", indent: 2) == nil)
        #expect(YAMLText.quoted("a\"b\\c\u{2028}\u{7}") == "\"a\\\"b\\\\c\\u2028\\u0007\"")
    }

    @Test func commentsHoldNoLineBreakOrControlCharacter() {
        #expect(YAMLText.commentText("ett\ntvå\u{7}\u{2029}") == "ett två")
    }
}
