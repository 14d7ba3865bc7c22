import Testing

@testable import IOPLintCore

@Suite struct ScalarClassTests {
    /// The scalars with a shortcut (ASCII, Latin-1) and some beyond them.
    private static let scalars = (UInt32(0)..<0x250).compactMap(Unicode.Scalar.init)

    /// The lower-case form by Unicode's properties, when it is one scalar.
    private static func lower(_ scalar: Unicode.Scalar) -> UInt32 {
        let mapping = scalar.properties.lowercaseMapping.unicodeScalars
        return mapping.count == 1 ? mapping.first!.value : scalar.value
    }

    @Test func foldingAgreesWithUnicodesLowerCase() {
        for scalar in Self.scalars {
            #expect(ScalarClass.fold(scalar.value) == Self.lower(scalar), "U+\(String(scalar.value, radix: 16))")
        }
    }

    /// Beyond ASCII the upper-case form is Unicode's, when it is one scalar (ASCII answers only
    /// for lower-case letters).
    @Test func upperCaseAgreesWithUnicodesUpperCase() {
        for scalar in Self.scalars where !scalar.isASCII {
            let mapping = scalar.properties.uppercaseMapping.unicodeScalars
            let expected = mapping.count == 1 ? mapping.first!.value : nil
            #expect(ScalarClass.upper(scalar.value) == expected, "U+\(String(scalar.value, radix: 16))")
        }
    }

    @Test func wordCharactersAreLettersDigitsMarksAndUnderscore() {
        for scalar in Self.scalars {
            let properties = scalar.properties
            let expected =
                scalar == "_" || properties.isAlphabetic || properties.numericType == .decimal
                || properties.generalCategory == .nonspacingMark || properties.generalCategory == .spacingMark
            #expect(ScalarClass.isWord(scalar) == expected, "U+\(String(scalar.value, radix: 16))")
        }
    }
}
