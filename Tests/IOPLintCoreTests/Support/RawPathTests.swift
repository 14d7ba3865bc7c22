import Foundation
import Testing

@testable import IOPLintCore

@Suite struct RawPathTests {
    @Test func aUTF8PathIsShownAsItIs() {
        let path = RawPath("avtal/läxhjälp.yaml")
        #expect(path.string == "avtal/läxhjälp.yaml")
        #expect(path.shown == "avtal/läxhjälp.yaml")
    }

    @Test func bytesThatAreNotUTF8AreShownAsHexEscapes() {
        let latin1 = RawPath(bytes: Array("bilaga-".utf8) + [0xE4] + Array(".yaml".utf8))
        #expect(latin1.string == nil)
        #expect(latin1.shown == "bilaga-\\xE4.yaml")
        let cutShort = RawPath(bytes: [0xE4, 0xB8, UInt8(ascii: "x"), 0xFF, 0xC0, 0x80])
        #expect(cutShort.shown == "\\xE4\\xB8x\\xFF\\xC0\\x80")
    }

    @Test func aBackslashIsShownDoubledSoThatNoTwoPathsLookAlike() {
        let text = RawPath("a\\xE4.yaml")
        let byte = RawPath(bytes: [UInt8(ascii: "a"), 0xE4] + Array(".yaml".utf8))
        #expect(text.shown == "a\\\\xE4.yaml")
        #expect(byte.shown == "a\\xE4.yaml")
        #expect(text.string == "a\\xE4.yaml")
    }

    @Test func controlCharactersAreLeftForTheReportsToEscape() {
        let path = RawPath(bytes: [0xFF, 0x1B, 0x80] + Array("[31m".utf8))
        #expect(path.shown == "\\xFF\u{1B}\\x80[31m")
    }

    @Test func leadingDotSlashIsDroppedAndNamesAreAppended() {
        #expect(RawPath(".//./a.yaml").withoutLeadingDotSlash == RawPath("/./a.yaml"))
        #expect(RawPath("./././a").withoutLeadingDotSlash == RawPath("a"))
        #expect(RawPath("./").withoutLeadingDotSlash == RawPath("./"))
        #expect(RawPath("d").appending(RawPath("a.yaml")) == RawPath("d/a.yaml"))
        #expect(RawPath("d/").appending(RawPath("a.yaml")) == RawPath("d/a.yaml"))
    }

    @Test func aPathStopsAtANul() {
        #expect(RawPath(bytes: Array("a.yaml".utf8) + [0] + Array("b".utf8)) == RawPath("a.yaml"))
    }

    @Test func theNameShownLeadsBackToTheBytes() {
        let paths = [
            RawPath("avtal/läxhjälp.yaml"), RawPath("a\\xE4\\\\.yaml"),
            RawPath(bytes: Array("bilaga-".utf8) + [0xE4, 0x5C, 0x78, 0xFF] + Array(".yaml".utf8)),
        ]
        for path in paths { #expect(RawPath(shown: path.shown) == path) }
        #expect(RawPath(shown: "a\\b\\x+1\\xG0\\x4").bytes == Array("a\\b\\x+1\\xG0\\x4".utf8))
    }
}
