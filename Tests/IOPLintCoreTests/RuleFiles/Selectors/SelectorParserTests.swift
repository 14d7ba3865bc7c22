import IOPYAML
import Testing

@testable import IOPLintCore

@Suite struct SelectorParserTests {
    /// A bare word in a filter, as the parser keeps it.
    private static func word(_ text: String) -> SelectorFilter.Operand {
        .literal(YAMLNode(content: .scalar(YAMLScalar(text)), range: SourceRange(at: .start)))
    }

    /// A quoted value in a filter, as the parser keeps it.
    private static func quoted(_ text: String) -> SelectorFilter.Operand {
        .literal(YAMLNode(content: .scalar(YAMLScalar(text, style: .doubleQuoted)), range: SourceRange(at: .start)))
    }

    private static func filter(
        _ field: String, _ comparison: SelectorFilter.Comparison = .equal, operand: SelectorFilter.Operand
    ) -> SelectorStep {
        .filter(
            SelectorFilter(
                field: field.split(separator: ".").map(String.init), comparison: comparison, operand: operand))
    }

    static let forms: [(String, Selector.Anchor, [SelectorStep])] = [
        ("$", .document, []),
        ("$.term.start", .document, [.key("term"), .key("start")]),
        ("$[0]", .document, [.index(0)]),
        ("[0]", .document, [.index(0)]),
        ("@", .current, []),
        ("@.mandate.date", .current, [.key("mandate"), .key("date")]),
        ("problem.statement", .document, [.key("problem"), .key("statement")]),
        ("follow-up.x-foo_bar.2025", .document, [.key("follow-up"), .key("x-foo_bar"), .key("2025")]),
        ("målgrupp.åtagande.över", .document, [.key("målgrupp"), .key("åtagande"), .key("över")]),
        ("parties[12]", .document, [.key("parties"), .index(12)]),
        ("parties[*].mandate.body", .document, [.key("parties"), .everyItem, .key("mandate"), .key("body")]),
        ("principles.*", .document, [.key("principles"), .everyChild]),
        ("*", .document, [.everyChild]),
        ("**", .document, [.descendants]),
        ("goals.**", .document, [.key("goals"), .descendants]),
        ("**.id", .document, [.descendants, .key("id")]),
        ("x[\"a b\"].y['c']", .document, [.key("x"), .key("a b"), .key("y"), .key("c")]),
        (
            "parties[?type=idea-based].id", .document,
            [.key("parties"), filter("type", operand: word("idea-based")), .key("id")]
        ),
        ("parties[?type!=public]", .document, [.key("parties"), filter("type", .notEqual, operand: word("public"))]),
        (
            "parties[?mandate.level = highest]", .document,
            [.key("parties"), filter("mandate.level", operand: word("highest"))]
        ),
        (
            "parties[ ?type !=  public ]", .document,
            [.key("parties"), filter("type", .notEqual, operand: word("public"))]
        ),
        (
            "parties[?name=\"Hela Människan\"]", .document,
            [.key("parties"), filter("name", operand: quoted("Hela Människan"))]
        ),
        ("parties[?name='It''s']", .document, [.key("parties"), filter("name", operand: quoted("It's"))]),
        ("x[?a=\"q\\\"\\\\\"]", .document, [.key("x"), filter("a", operand: quoted("q\"\\"))]),
        ("resources[?amount=-1.5e3]", .document, [.key("resources"), filter("amount", operand: word("-1.5e3"))]),
        ("x[?flag=true]", .document, [.key("x"), filter("flag", operand: word("true"))]),
        ("x[?note=null]", .document, [.key("x"), filter("note", operand: word("null"))]),
        ("term[?start=2025-03-01]", .document, [.key("term"), filter("start", operand: word("2025-03-01"))]),
        (
            "signatures[?party=@.id].date", .document,
            [.key("signatures"), filter("party", operand: .reference(["id"])), .key("date")]
        ),
        (
            "x[?party=@.representative.name]", .document,
            [.key("x"), filter("party", operand: .reference(["representative", "name"]))]
        ),
        ("signatures[?party=@]", .document, [.key("signatures"), filter("party", operand: .reference([]))]),
    ]

    @Test(arguments: forms)
    func everyGrammarFormParses(text: String, anchor: Selector.Anchor, steps: [SelectorStep]) throws {
        let selector = try Selector.parse(text)
        #expect(selector.anchor == anchor)
        #expect(selector.steps == steps)
        #expect(selector.description == text)
        #expect(selector.isRelative == (anchor == .current))
    }

    static let errors: [(String, String, Int)] = [
        ("", "empty selector", 1),
        ("parties[*", "expected `]`", 10),
        ("parties[0", "expected `]`", 10),
        ("parties[?type]", "expected `=` or `!=`", 14),
        ("parties[?type!public]", "expected `=` or `!=`", 14),
        ("parties..id", "`..` is not a step; `**` selects nodes at any depth", 9),
        ("$..id", "`..` is not a step; `**` selects nodes at any depth", 3),
        ("parties#x", "unexpected character `#`", 8),
        ("målgrupp.🙂", "unexpected character `🙂`", 10),
        ("parties [0]", "unexpected space", 8),
        ("parties.", "expected a key, `*` or `**`", 9),
        (".parties", "expected a key, `*` or `**`", 1),
        ("$x", "expected `.` or `[`", 2),
        ("**x", "expected `.` or `[`", 3),
        ("parties[*]x", "expected `.` or `[`", 11),
        ("parties]", "expected `.` or `[`", 8),
        ("parties[", "expected an index, `*`, `?` or a quoted key", 9),
        ("parties[-1]", "expected an index, `*`, `?` or a quoted key", 9),
        ("parties[99999999999999999999]", "index `99999999999999999999` is too large", 9),
        ("parties[?=x]", "expected a field name", 10),
        ("parties[?mandate.=x]", "expected a key", 18),
        ("parties[?type=]", "expected a value", 15),
        ("parties[?type=a b]", "expected `]`", 17),
        ("parties[?name=\"Anna]", "expected closing `\"`", 21),
        ("parties[?name='Anna", "expected closing `'`", 20),
        ("signatures[?party=@id]", "expected `]`", 20),
        ("signatures[?party=@.]", "expected a key", 21),
    ]

    @Test(arguments: errors)
    func errorNamesTheColumnWhereParsingStopped(text: String, message: String, column: Int) {
        #expect(throws: SelectorError(message, column: column)) { try Selector.parse(text) }
    }

    /// A key holds the scalars that are alphabetic (by their Unicode properties), digits, `-`
    /// and `_`, and no other: ASCII and the Latin letters around it tried one by one.
    @Test func keysHoldLettersDigitsHyphensAndUnderscores() throws {
        for value in UInt32(0x20)..<0x250 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let isKeyCharacter =
                scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_"
            let text = "a\(scalar)b"
            let steps = try? Selector.parse(text).steps
            #expect((steps == [.key(text)]) == isKeyCharacter, "U+\(String(value, radix: 16))")
        }
    }

    @Test func errorDescriptionStartsWithTheColumn() {
        #expect(SelectorError("expected `]`", column: 10).description == "column 10: expected `]`")
    }
}
