import IOPYAML
import Testing

@testable import IOPLintCore

/// Conditions written on one line in flow style, as rule descriptions show them.
@Suite struct YAMLNodeFlowTextTests {
    private func flowText(_ yaml: String) throws -> String {
        try LoadedYAML.root(yaml).flowText
    }

    @Test func aMapAtTheTopIsWrittenWithoutBraces() throws {
        #expect(try flowText("kind: { one-of: [iop, overenskommelse] }") == "kind: { one-of: [iop, overenskommelse] }")
        #expect(try flowText("a: 1\nb: [x, { c: d }]") == "a: 1, b: [x, { c: d }]")
        #expect(try flowText("[plain, text]") == "[plain, text]")
    }

    @Test func aPlainScalarIsQuotedWhenFlowStyleWouldReadItOtherwise() throws {
        // Each written plain in block style, where it means itself.
        for special in [",", "[", "]", "{", "}", ":", "#", "'", "\""] {
            let escaped = special == "\"" ? "\\\"" : special
            #expect(try flowText("key: a\(special)b") == "key: \"a\(escaped)b\"", "\(special)")
        }
        #expect(try flowText("key: a b") == "key: a b")
        #expect(try flowText(#"key: 'say "hi"'"#) == #"key: "say \"hi\"""#)
        #expect(try flowText("key: åäö é") == "key: åäö é")
        // Written quoted, or empty: quoted.
        #expect(try flowText("key: 'plain'") == "key: \"plain\"")
        #expect(try flowText("key: ''") == "key: \"\"")
    }
}
