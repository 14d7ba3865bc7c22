import IOPYAML
import Testing

@testable import IOPLintCore

@Suite struct SuppressionCommentTests {
    /// The parts of the first comment of `yaml`.
    private static func parts(_ yaml: String) throws -> SuppressionComment? {
        SuppressionComment(try #require(YAMLCommentScanner().comments(in: yaml).first))
    }

    @Test func partsAreReadWithTheirRanges() throws {
        let parts = try #require(
            try Self.parts("a: 1\n  # iop-lint-disable-next-line iop/a, iop/b  format/c,x -- the reason  \n"))
        #expect(parts.directive.text == "iop-lint-disable-next-line")
        #expect(parts.directive.range.description == "2:5-2:31")
        #expect(parts.directive.range.start.offset == 9)
        #expect(parts.rules.map(\.text) == ["iop/a", "iop/b", "format/c", "x"])
        #expect(parts.rules.map(\.range.description) == ["2:32-2:37", "2:39-2:44", "2:46-2:54", "2:55-2:56"])
        #expect(parts.reason == "the reason")
    }

    @Test func rangesCountUnicodeScalars() throws {
        let parts = try #require(try Self.parts("titel: \"å\" # iop-lint-disable-file iop/ä -- skäl\n"))
        #expect(parts.rules.map(\.range.description) == ["1:36-1:41"])
        #expect(parts.rules.map(\.range.start.offset) == [35])
        #expect(parts.reason == "skäl")
    }

    @Test func onlyACommentThatStartsWithTheDirectiveIsASuppression() throws {
        #expect(try Self.parts("# a note on iop-lint-disable-file format/type -- r\n") == nil)
        #expect(try Self.parts("# iop-lint: 1\n") == nil)
        #expect(try Self.parts("#iop-lint-disable-file format/type -- r\n")?.directive.range.description == "1:2-1:23")
        #expect(
            try Self.parts("# iop-lint-disable-nextline format/type -- r\n")?.directive.text
                == "iop-lint-disable-nextline")
    }

    @Test func theSeparatorIsADoubleDashBetweenWhitespace() throws {
        #expect(try Self.parts("# iop-lint-disable-file iop/a--b -- r\n")?.rules.map(\.text) == ["iop/a--b"])
        #expect(try Self.parts("# iop-lint-disable-file iop/a -- r -- s\n")?.reason == "r -- s")
        #expect(try Self.parts("# iop-lint-disable-file iop/a --r\n")?.rules.map(\.text) == ["iop/a", "--r"])
        #expect(try Self.parts("# iop-lint-disable-file iop/a --r\n")?.reason == nil)
        #expect(try Self.parts("# iop-lint-disable-file iop/a\t--\tr\n")?.reason == "r")
    }

    @Test func anEmptyReasonIsNoReason() throws {
        #expect(try Self.parts("# iop-lint-disable-file iop/a\n")?.reason == nil)
        #expect(try Self.parts("# iop-lint-disable-file iop/a --\n")?.reason == nil)
        #expect(try Self.parts("# iop-lint-disable-file iop/a --   \n")?.reason == nil)
    }

    @Test func aDirectiveAloneNamesNoRule() throws {
        let parts = try #require(try Self.parts("# iop-lint-disable-file\n"))
        #expect(parts.rules.isEmpty)
        #expect(parts.reason == nil)
        #expect(try Self.parts("# iop-lint-disable-file -- r\n")?.rules.isEmpty == true)
        #expect(try Self.parts("# iop-lint-disable-file -- r\n")?.reason == "r")
    }
}
