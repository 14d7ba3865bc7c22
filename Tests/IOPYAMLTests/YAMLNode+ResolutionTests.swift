import IOPYAML
import Testing

/// Scalars resolved by the YAML 1.2 core schema.
@Suite struct YAMLNodeResolutionTests {
    /// The resolved value of the single scalar `text` (a document of one node).
    private func resolve(_ text: String) throws -> ResolvedScalar? {
        try loadRoot(text).resolved
    }

    @Test(arguments: ["~", "null", "Null", "NULL", "--- # empty plain scalar"])
    func nullForms(text: String) throws {
        #expect(try resolve(text) == .null)
    }

    @Test(arguments: [
        ("true", true), ("True", true), ("TRUE", true), ("false", false), ("False", false), ("FALSE", false),
    ])
    func booleanForms(text: String, value: Bool) throws {
        #expect(try resolve(text) == .bool(value))
    }

    @Test(arguments: ["yes", "no", "Yes", "NO", "on", "off", "y", "n", "nULL", "tRUE"])
    func yaml11BooleansAndOtherCasingsStayStrings(text: String) throws {
        #expect(try resolve(text) == .string(text))
    }

    @Test(arguments: [("0", 0), ("-17", -17), ("+12", 12), ("012", 12), ("0o17", 15), ("0x1F", 31), ("0xff", 255)])
    func integerForms(text: String, value: Int) throws {
        #expect(try resolve(text) == .int(value))
    }

    @Test(arguments: ["0x", "0o", "0o8", "0xG", "0x-1", "0o+7", "-0x1F", "0b101", "1_000", "12:30", "1.2.3", "e3", "."])
    func almostNumbersStayStrings(text: String) throws {
        #expect(try resolve(text) == .string(text))
    }

    @Test(arguments: [("1.5", 1.5), ("-0.5", -0.5), (".5", 0.5), ("1.", 1.0), ("1e3", 1000.0), ("+2.5E-1", 0.25)])
    func floatForms(text: String, value: Double) throws {
        #expect(try resolve(text) == .float(value))
    }

    @Test func infinityAndNotANumber() throws {
        #expect(try resolve(".inf") == .float(.infinity))
        #expect(try resolve("+.Inf") == .float(.infinity))
        #expect(try resolve("-.INF") == .float(-.infinity))
        guard case .float(let value)? = try resolve(".NaN") else {
            Issue.record("`.NaN` is not a float")
            return
        }
        #expect(value.isNaN)
    }

    @Test func anIntegerTooLargeForIntIsAFloat() throws {
        #expect(try resolve("123456789012345678901234") == .float(1.234_567_890_123_456_8e23))
    }

    @Test(arguments: ["'12'", "\"true\"", "'null'", "\"\"", "|\n  12\n", ">-\n  1.5\n"])
    func quotedAndBlockScalarsAreStrings(text: String) throws {
        guard case .string? = try resolve(text) else {
            Issue.record("\(text) did not resolve to a string")
            return
        }
    }

    @Test func strTagMakesAString() throws {
        #expect(try resolve("!!str 12") == .string("12"))
        #expect(try resolve("!!str true") == .string("true"))
        #expect(try resolve("!!str") == .string(""))
    }

    @Test func nonSpecificAndLocalTagsMakeStrings() throws {
        #expect(try resolve("! 12") == .string("12"))
        #expect(try resolve("!lokal true") == .string("true"))
    }

    @Test func coreTagsGiveTheirTypeToQuotedText() throws {
        #expect(try resolve("!!int \"7\"") == .int(7))
        #expect(try resolve("!!float '1.5'") == .float(1.5))
        #expect(try resolve("!!bool 'true'") == .bool(true))
        #expect(try resolve("!!null ''") == .null)
    }

    @Test func floatTagMakesAnIntegerAFloat() throws {
        #expect(try resolve("!!float 1") == .float(1.0))
    }

    @Test func textThatIsNotAFormOfItsCoreTagStaysAString() throws {
        #expect(try resolve("!!int 1.5") == .string("1.5"))
        #expect(try resolve("!!int tolv") == .string("tolv"))
        #expect(try resolve("!!bool yes") == .string("yes"))
        #expect(try resolve("!!null x") == .string("x"))
    }

    @Test func collectionsHaveNoResolvedValue() throws {
        #expect(try loadRoot("[1]").resolved == nil)
        #expect(try loadRoot("{a: 1}").resolved == nil)
    }

    @Test(arguments: [
        "~", "null", "NULL", "''", "nul", "nulls", "!!null ~", "!!null ''", "!!null x", "!!str ~", "!!int null",
        "! null",
        "'~'", "[]", "{}", "0", "false", "word",
    ])
    func isNullAgreesWithTheResolvedValue(text: String) throws {
        let node = try loadRoot(text)
        #expect(node.isNull == (node.resolved == .null))
    }

    /// Plain, quoted and block scalars of every kind, with core, other and no tags.
    @Test(arguments: [
        "~", "null", "''", "true", "TRUE", "yes", "trueish", "12", "-1.5", ".inf", "+.INF", ".nan", "0x1F", "0o8",
        "1e3", "e3", ".", "-", "+", "ord", "Läxhjälp i Flemingsberg", "12 barn", "'12'", "\"true\"", "|\n  12\n",
        "!!str 12", "!!int 7", "!!int tolv", "!!float 1", "!!bool yes", "!!null ''", "!!null x", "! 12", "!lokal true",
        "[a]", "{a: 1}",
    ])
    func stringValueAgreesWithTheResolvedValue(text: String) throws {
        let node = try loadRoot(text)
        guard case .string(let resolved)? = node.resolved else {
            #expect(node.stringValue == nil, "\(text)")
            return
        }
        #expect(node.stringValue == resolved, "\(text)")
    }

    @Test func isNullIsTrueForNullScalarsOnly() throws {
        let root = try loadRoot("a:\nb: ~\nc: ''\nd: []\n")
        #expect(root["a"]?.isNull == true)
        #expect(root["b"]?.isNull == true)
        #expect(root["c"]?.isNull == false)
        #expect(root["d"]?.isNull == false)
    }
}
