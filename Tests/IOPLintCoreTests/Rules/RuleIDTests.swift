import Foundation
import Testing

@testable import IOPLintCore

@Suite struct RuleIDTests {
    @Test(arguments: ["format/type", "iop/purchase-language", "allmannyttan/x", "a1/2b", "p/a-b-c"])
    func wellFormedIDIsParsedIntoPackAndName(_ text: String) throws {
        let id = try #require(RuleID(text))
        #expect(id.description == text)
        #expect("\(id.pack)/\(id.name)" == text)
    }

    @Test(arguments: [
        "", "format", "format/", "/type", "format/type/extra", "Format/type", "format/Type", "format/-type",
        "-format/type", "format/ty pe", "format/ty_pe", "format/tÿpe", " format/type", "format/type\n", "format//type",
        // A combining mark after the slash, or inside a part: one character with the slash, or not ASCII.
        "format/\u{301}type", "format\u{301}/type", "form\u{301}at/type",
    ])
    func malformedIDIsRejected(_ text: String) {
        #expect(RuleID(text) == nil)
    }

    @Test func partsAreCheckedSeparately() {
        #expect(RuleID(pack: "iop", name: "purchase-language")?.description == "iop/purchase-language")
        #expect(RuleID(pack: "iop/x", name: "y") == nil)
        #expect(RuleID(pack: "iop", name: "") == nil)
    }

    @Test func idsAreOrderedByTheirText() {
        let ids = ["iop/b", "format/type", "format/date", "iop/a"].compactMap(RuleID.init)
        #expect(ids.sorted().map(\.description) == ["format/date", "format/type", "iop/a", "iop/b"])
    }

    /// `-` sorts before `/` and digits after it, so a pack that extends another's name may come
    /// first or last: the order of the whole text, not of pack then name.
    @Test func packsThatShareAPrefixAreOrderedByTheWholeText() {
        let texts = ["a/z", "a-b/a", "a0/a", "a/a", "ab/a", "a/a-b", "a/a0", "a/ab", "b/a"]
        let ids = texts.compactMap(RuleID.init)
        #expect(ids.sorted().map(\.description) == texts.sorted())
        for left in ids {
            for right in ids {
                #expect((left < right) == (left.description < right.description), "\(left) < \(right)")
            }
        }
    }

    @Test func idIsCodedAsItsText() throws {
        let id = try #require(RuleID("format/unknown-party"))
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes
        let data = try encoder.encode([id])
        #expect(String(decoding: data, as: UTF8.self) == #"["format/unknown-party"]"#)
        #expect(try JSONDecoder().decode([RuleID].self, from: data) == [id])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([RuleID].self, from: Data(#"["Format/x"]"#.utf8))
        }
    }
}
