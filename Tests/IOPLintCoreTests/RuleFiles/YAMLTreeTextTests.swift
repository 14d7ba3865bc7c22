import IOPYAML
import Testing

@testable import IOPLintCore

/// YAML trees written as integers and strings, and read back (``YAMLTreeText``).
@Suite struct YAMLTreeTextTests {

    /// Every style, tags, nesting and positions past the first line come back as written.
    @Test func aTreeReadsBackAsWritten() throws {
        let text = """
            plain: text
            'single': "double \\u00e9"
            literal: |
              two
              lines
            folded: >
              one
              line
            tagged: !!str 12
            list: [a, { b: c }, [d]]
            empty: {}
            nested:
              - - deep
            """
        let root = try LoadedYAML.root(text)
        var strings = YAMLTreeText.Strings()
        var writer = IntegerText.Writer()
        YAMLTreeText.write(root, to: &writer, strings: &strings)
        let read = IntegerText.read(writer.text) { reader in
            (YAMLTreeText.read(from: &reader, strings: strings.list), reader.isAtEnd)
        }
        #expect(read.0 == root && read.1)
        // Cut short anywhere, or read with too few strings, it is no tree.
        let written = writer.text
        for end in stride(from: 0, to: written.utf8.count - 2, by: 7) {
            let cut = String(decoding: written.utf8.prefix(end), as: UTF8.self)
            #expect(IntegerText.read(cut) { YAMLTreeText.read(from: &$0, strings: strings.list) } == nil)
        }
        #expect(IntegerText.read(written) { YAMLTreeText.read(from: &$0, strings: ["plain"]) } == nil)
        // Nested deeper than allowed.
        #expect(IntegerText.read(written) { YAMLTreeText.read(from: &$0, strings: strings.list, depth: 3) } == nil)
    }
}
