import Testing

@testable import IOPLintServer

/// The slot at the cursor, marked `‸` in the text.
@Suite struct CursorContextTests {
    private func context(_ marked: String) throws -> CursorContext {
        let cursor = try #require(marked.unicodeScalars.firstIndex(of: "‸"))
        let offset = marked.unicodeScalars.distance(from: marked.unicodeScalars.startIndex, to: cursor)
        var text = marked
        text.unicodeScalars.remove(at: cursor)
        return try #require(CursorContext(layout: TextLayout(text), offset: offset))
    }

    private func key(_ marked: String) throws -> (parent: String, present: Set<String>) {
        guard case .key(let parent, let present) = try context(marked).slot else {
            Issue.record("not a key: \(marked)")
            return ("?", [])
        }
        return (parent, present)
    }

    private func value(_ marked: String) throws -> String {
        guard case .value(let path) = try context(marked).slot else {
            Issue.record("not a value: \(marked)")
            return "?"
        }
        return path
    }

    @Test func topLevelKeysKnowWhatIsAlreadyThere() throws {
        let slot = try key("iop-lint: 1\ntitle: Läxhjälp 😀\nti‸\n")
        #expect(slot.parent == "")
        #expect(slot.present == ["iop-lint", "title"])
        #expect(try context("iop-lint: 1\nti‸").word == 12..<14)
    }

    @Test func keysInsideNestedMapsAndListItems() throws {
        let text = """
            iop-lint: 1
            parties:
              - id: a
                mandate:
                  body: Styrelsen
                  ‸
            """
        let slot = try key(text)
        #expect(slot.parent == "parties[].mandate")
        #expect(slot.present == ["body"])
        #expect(try key("parties:\n  - id: a\n    na‸").parent == "parties[]")
        #expect(try key("parties:\n  - id: a\n    name: A\n  - ‸").present == [], "a new item has no keys yet")
        #expect(try key("parties:\n  - ‸\n    name: A\n  - id: b\n").present == ["name"], "keys below count")
        #expect(try key("parties:\n- id: a\n  ‸").parent == "parties[]", "an indentless list")
        #expect(try key("term:\n  start: 2025-01-01\nti‸").parent == "", "back at the top")
    }

    @Test func valuesAfterAKey() throws {
        #expect(try value("iop-lint: 1\nkind: io‸") == "kind")
        #expect(try value("parties:\n  - id: a\n    mandate: { level: hi‸") == "parties[].mandate.level")
        #expect(try value("parties:\n  - id: a\n    roles: [voice, se‸") == "parties[].roles")
        #expect(try value("commitments:\n  - party: ‸") == "commitments[].party")
        #expect(try context("kind: io‸").word == 6..<8)
    }

    @Test func anItemOfAListOfValuesKnowsItsList() throws {
        let context = try context("problem:\n  agreed-by:\n    - ‸")
        #expect(context.listPath == "problem.agreed-by")
    }

    @Test func blockScalarsAndLaterDocumentsAreFollowed() throws {
        let text = "goals:\n  overall: |\n    Fler i arbete.\n    kind: inte en nyckel\n  obj‸"
        #expect(try key(text).parent == "goals")
        #expect(try key(text).present == ["overall"])
        #expect(try key("title: A\n---\niop-lint: 1\n‸").present == ["iop-lint"])
    }

    @Test func noContextInsideACommentOrAQuotedString() {
        #expect(CursorContext(layout: TextLayout("# ti"), offset: 4) == nil)
        #expect(CursorContext(layout: TextLayout("title: \"Läx"), offset: 11) == nil)
    }
}
