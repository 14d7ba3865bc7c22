import IOPYAML
import Testing

@testable import IOPLintCore

@Suite struct SelectorEvaluationTests {
    private static let yaml = """
        iop-lint: 1
        kind: iop
        parties:
          - id: hela-manniskan
            name: Hela Människan
            type: idea-based
            mandate: { body: Styrelsen, date: 2025-01-20, level: highest }
          - id: huddinge-kommun
            name: Huddinge kommun
            type: public
          - id: bostadsbolaget
            type: housing-company
            mandate: { body: Styrelsen, date: 2025-02-01, level: delegated }
        principles:
          independence: Egen röst.
          dialogue: Möts fyra gånger per år.
        resources:
          - { party: hela-manniskan, kind: money, amount: 450000 }
          - { party: huddinge-kommun, kind: staff, amount: 0.5 }
        governance:
          steering-group:
            - { party: hela-manniskan, politician: false }
            - { party: huddinge-kommun, politician: true }
        signatures:
          - { party: hela-manniskan, name: Maria Berg, date: 2025-02-20 }
          - { party: huddinge-kommun, name: Anders Lind, date: 2025-02-21 }
          - { party: hela-manniskan, name: Per Ek, date: 2025-02-22 }
        x-empty-list: []
        x-empty-map: {}
        x-notes: [{ text: ~ }, { text: klar }]

        """

    private let document: LintDocument

    init() throws {
        let documents = CoreTestSupport.documents(Self.yaml)
        try #require(documents.count == 1)
        try #require(documents[0].rejected.isEmpty)
        document = documents[0]
    }

    /// The paths `selector` matches in `document`, and the paths it finds missing.
    private static func select(
        _ selector: String, in document: LintDocument, current: SelectedNode? = nil
    ) throws -> (matches: [String], missing: [String]) {
        let selection = try Selector.parse(selector).select(in: document, current: current)
        for match in selection.matches {
            #expect(document.node(at: match.path) == match.node, "path \(match.path) names the matched node")
        }
        return (selection.matches.map(\.path.description), selection.missing.map(\.description))
    }

    private func select(
        _ selector: String, current: SelectedNode? = nil
    ) throws -> (
        matches: [String], missing: [String]
    ) {
        try Self.select(selector, in: document, current: current)
    }

    /// The scalar text of what `selector` matches.
    private func values(_ selector: String, current: SelectedNode? = nil) throws -> [String] {
        try Selector.parse(selector).select(in: document, current: current).matches.map {
            $0.node.scalar?.value ?? "<\($0.path)>"
        }
    }

    private func party(_ index: Int) throws -> SelectedNode {
        try #require(Selector.parse("parties[*]").select(in: document).matches.dropFirst(index).first)
    }

    // MARK: Paths

    @Test func dottedKeysSelectOneNode() throws {
        #expect(try select("parties[0].mandate.level") == (["parties[0].mandate.level"], []))
        #expect(try values("kind") == ["iop"])
    }

    @Test func dollarIsTheWholeDocument() throws {
        let selection = try Selector.parse("$").select(in: document)
        #expect(selection.matches == [SelectedNode(node: try #require(document.root), path: .root)])
        #expect(try values("$.kind") == ["iop"])
    }

    @Test func indexSelectsOneItemAndOutOfRangeNothing() throws {
        #expect(try values("parties[1].id") == ["huddinge-kommun"])
        #expect(try select("parties[3].id") == ([], []))
    }

    @Test func everyItemKeepsDocumentOrder() throws {
        #expect(try values("parties[*].id") == ["hela-manniskan", "huddinge-kommun", "bostadsbolaget"])
        #expect(try select("principles[*]") == ([], []))
    }

    @Test func starSelectsEveryValueOfAMapAndEveryItemOfAList() throws {
        #expect(try select("principles.*").matches == ["principles.independence", "principles.dialogue"])
        #expect(try select("signatures.*").matches == ["signatures[0]", "signatures[1]", "signatures[2]"])
    }

    @Test func wildcardsOnEmptyContainersGiveNothingAndNothingMissing() throws {
        #expect(try select("x-empty-list[*].id") == ([], []))
        #expect(try select("x-empty-map.*") == ([], []))
    }

    // MARK: Missing keys

    @Test func missingKeyOfOneItemIsRecordedAtItsConcretePath() throws {
        #expect(
            try select("parties[*].mandate") == (["parties[0].mandate", "parties[2].mandate"], ["parties[1].mandate"]))
        #expect(try select("parties[*].mandate.date").missing == ["parties[1].mandate"])
        #expect(try select("problem.statement") == ([], ["problem"]))
    }

    @Test func missingKeysComeInDocumentOrder() throws {
        let yaml = "iop-lint: 1\nparties: [{ id: a, mandate: { body: S } }, { id: b }]\n"
        let document = try #require(CoreTestSupport.documents(yaml).first)
        #expect(
            try Self.select("parties[*].mandate.date", in: document).missing == [
                "parties[0].mandate.date", "parties[1].mandate",
            ])
    }

    @Test func keyStepOnANullSectionRecordsTheKeyAsMissing() throws {
        let yaml = "iop-lint: 1\nproblem:\nparties: [{ id: a, mandate: ~ }]\n"
        let document = try #require(CoreTestSupport.documents(yaml).first)
        try #require(document.rejected.isEmpty)
        #expect(try Self.select("problem.statement", in: document) == ([], ["problem.statement"]))
        #expect(try Self.select("parties[*].mandate.body", in: document) == ([], ["parties[0].mandate.body"]))
    }

    @Test func keyStepOnAScalarOrAListRecordsNothing() throws {
        #expect(try select("kind.name") == ([], []))
        #expect(try select("parties.id") == ([], []))
    }

    // MARK: Filters

    @Test func filterEqualAndNotEqual() throws {
        #expect(try values("parties[?type=idea-based].id") == ["hela-manniskan"])
        #expect(try values("parties[?type!=public].id") == ["hela-manniskan", "bostadsbolaget"])
        #expect(try select("parties[?type=company]") == ([], []))
    }

    @Test func filterOnANestedFieldTreatsAnAbsentFieldAsUnequal() throws {
        #expect(try values("parties[?mandate.level=highest].id") == ["hela-manniskan"])
        #expect(try values("parties[?mandate.level!=highest].id") == ["huddinge-kommun", "bostadsbolaget"])
    }

    @Test func missingKeyAfterAFilterIsRecorded() throws {
        #expect(try select("parties[?type=public].mandate.body") == ([], ["parties[1].mandate"]))
    }

    @Test func filterWithQuotedValues() throws {
        #expect(try values("parties[?name=\"Hela Människan\"].id") == ["hela-manniskan"])
        #expect(try values("parties[?name='Huddinge kommun'].id") == ["huddinge-kommun"])
    }

    @Test func filterComparesNumbersByValueAndOtherScalarsByText() throws {
        #expect(try values("resources[?amount=450000].party") == ["hela-manniskan"])
        #expect(try values("resources[?amount=0.50].party") == ["huddinge-kommun"])
        #expect(try values("resources[?amount=4.5e5].party") == ["hela-manniskan"])
        #expect(try values("resources[?amount=\"0.5\"].party") == ["huddinge-kommun"])
        #expect(try values("signatures[?date=2025-02-21].name") == ["Anders Lind"])
    }

    @Test func filterComparesBooleansAndNull() throws {
        #expect(try values("governance.steering-group[?politician=true].party") == ["huddinge-kommun"])
        #expect(try values("governance.steering-group[?politician=false].party") == ["hela-manniskan"])
        #expect(try select("x-notes[?text=null]").matches == ["x-notes[0]"])
        #expect(try select("x-notes[?text!=null]").matches == ["x-notes[1]"])
    }

    // MARK: Correlation

    @Test func referenceIsReadFromTheCurrentNode() throws {
        #expect(try values("signatures[?party=@.id].date", current: party(0)) == ["2025-02-20", "2025-02-22"])
        #expect(
            try select("signatures[?party=@.id].date", current: party(0)).matches == [
                "signatures[0].date", "signatures[2].date",
            ])
        #expect(try values("signatures[?party=@.id].name", current: party(1)) == ["Anders Lind"])
        #expect(try select("signatures[?party=@.id]", current: party(2)) == ([], []))
    }

    @Test func referenceToTheCurrentNodeItself() throws {
        let id = try #require(Selector.parse("parties[1].id").select(in: document).matches.first)
        #expect(try values("signatures[?party=@].name", current: id) == ["Anders Lind"])
    }

    @Test func referenceWithoutACurrentNodeOrValueMatchesNothing() throws {
        #expect(try select("signatures[?party=@.id]") == ([], []))
        #expect(try select("signatures[?party!=@.id]") == ([], []))
        #expect(try select("signatures[?party!=@.org-number]", current: party(0)) == ([], []))
    }

    @Test func relativeSelectorStartsAtTheCurrentNode() throws {
        #expect(try select("@.mandate.date", current: party(0)) == (["parties[0].mandate.date"], []))
        #expect(try select("@.mandate.date", current: party(1)) == ([], ["parties[1].mandate"]))
        #expect(try select("@", current: party(2)).matches == ["parties[2]"])
        #expect(try select("@.mandate.date") == ([], []))
    }

    // MARK: Any depth

    @Test func doubleStarIsTheStartAndEveryNodeBelowInDocumentOrder() throws {
        let document = try #require(CoreTestSupport.documents("x-a: { b: 1, c: [x, { d: y }] }\nx-e: z\n").first)
        #expect(
            try Self.select("**", in: document).matches
                == ["", "x-a", "x-a.b", "x-a.c", "x-a.c[0]", "x-a.c[1]", "x-a.c[1].d", "x-e"])
        #expect(try Self.select("x-a.c.**", in: document).matches == ["x-a.c", "x-a.c[0]", "x-a.c[1]", "x-a.c[1].d"])
        #expect(try Self.select("**.d", in: document) == (["x-a.c[1].d"], []))
        #expect(
            try Self.select("**.*", in: document).matches == [
                "x-a", "x-a.b", "x-a.c", "x-a.c[0]", "x-a.c[1]", "x-a.c[1].d", "x-e",
            ])
        #expect(try Self.select("**.**", in: document).matches == Self.select("**", in: document).matches)
    }

    /// `**` alone, in a document without rejected values, is selected without keeping a path
    /// for look-ups: it finds the nodes and paths that a walk keeping one finds (`**.**`), also
    /// through aliases, under keys that are not scalars and in nested lists.
    @Test func doubleStarAloneFindsWhatTheWalkWithPathsFinds() throws {
        let text = """
            x-a: &shared { b: [1, [2, 3]], c: { d: e } }
            ? [complex, key]
            : skipped
            x-f: *shared
            x-g: [[], {}, ~, "", { h: [i] }]

            """
        let document = try #require(CoreTestSupport.documents(text).first)
        try #require(document.rejectedPaths.isEmpty)
        let alone = try Selector.parse("**").select(in: document).matches
        let walked = try Selector.parse("**.**").select(in: document).matches
        #expect(alone == walked)
        #expect(alone.map(\.path.description).contains("x-f.b[1][0]"))
        #expect(!alone.map(\.path.description).contains { $0.contains("complex") || $0.contains("skipped") })
    }

    @Test func doubleStarReachesEveryScalar() throws {
        let matches = try Selector.parse("**").select(in: document).matches
        #expect(matches.filter { $0.node.scalar != nil }.count == Self.scalarValues(of: try #require(document.root)))
        #expect(Set(matches.map(\.path)).count == matches.count)
        #expect(zip(matches, matches.dropFirst()).allSatisfy { $0.node.range.start <= $1.node.range.start })
    }

    /// Room is made for a `**` selection from the document's node count: a count that is off
    /// (none, too small, too large) changes nothing selected, and the loaded document's count is
    /// enough for every node `**` meets.
    @Test func doubleStarSelectsTheSameWhateverRoomIsMade() throws {
        let start = SelectedNode(node: try #require(document.root), path: .root)
        let steps = try Selector.parse("**").steps
        let selections = [0, 1, 7, document.nodeCount, 10 * document.nodeCount].map { nodesBelow in
            var evaluator = SelectorEvaluator(steps: steps, rejected: document.rejectedPaths, current: nil)
            return evaluator.run(from: start, nodesBelow: nodesBelow)
        }
        #expect(selections.allSatisfy { $0 == selections[0] })
        #expect(try Selector.parse("**").select(in: document) == selections[0])
        #expect(document.nodeCount >= selections[0].matches.count)
        #expect(selections[0].matches.count > 40)
    }

    @Test func doubleStarWalksADeepDocumentDownAndBackUp() throws {
        let depth = 200
        let yaml =
            "x-a: " + String(repeating: "[", count: depth) + "y" + String(repeating: "]", count: depth) + "\nx-b: z\n"
        let document = try #require(CoreTestSupport.documents(yaml).first)
        let matches = try Self.select("**", in: document).matches
        let items = (0...depth).map { "x-a" + String(repeating: "[0]", count: $0) }
        #expect(matches == [""] + items + ["x-b"])
        #expect(try Self.select("**[0]", in: document).matches == Array(items.dropFirst()))
    }

    private static func scalarValues(of node: YAMLNode) -> Int {
        switch node.content {
        case .scalar: 1
        case .sequence(let items): items.map(scalarValues).reduce(0, +)
        case .mapping(let pairs): pairs.map { scalarValues(of: $0.value) }.reduce(0, +)
        }
    }

    // MARK: Selectors of keys alone

    /// A selector of keys alone is evaluated by a walk down them: it picks what the general
    /// walk picks, and records the same missing keys, from the root and from a node, with
    /// mappings, nulls, other scalars, lists and rejected values on the way.
    @Test func keySelectorsPickWhatTheGeneralWalkPicks() throws {
        let rejecting = try #require(
            CoreTestSupport.documents(
                "iop-lint: 1\nparties: [{id: a, type: kommun, mandate: ~}]\nproblem: ~\ngoals: {overall: [a]}\n"
            ).first)
        try #require(!rejecting.rejected.isEmpty)
        let selectors = [
            "$", "@", "parties", "problem", "problem.statement", "problem.statement.x", "goals.overall",
            "goals.overall.x", "iop-lint.x", "principles.independence", "principles.none", "@.id", "@.type",
            "@.type.x", "@.mandate", "@.mandate.body", "@.mandate.date.x", "@.representative.name",
        ]
        for document in [document, rejecting] {
            let root = SelectedNode(node: try #require(document.root), path: .root)
            let starts = [root] + (try Selector.parse("parties[*]").select(in: document).matches)
            for text in selectors {
                let selector = try Selector.parse(text)
                let keys = try #require(selector.keys, "\(text) is made of keys")
                for start in starts {
                    var general = SelectorEvaluator(
                        steps: selector.steps, rejected: document.rejectedPaths, current: start)
                    let expected = general.run(from: start)
                    let walked = SelectorEvaluator.select(keys: keys, from: start, rejected: document.rejectedPaths)
                    #expect(walked == expected, "\(text) from `\(start.path)`")
                }
            }
        }
        #expect(try Selector.parse("parties[*].id").keys == nil)
        #expect(try Selector.parse("**").keys == nil)
    }

    // MARK: Rejected and unreadable documents

    /// `format/type` reports the value; it is neither selected nor missing for other rules.
    @Test func rejectedValueIsNeitherSelectedNorMissing() throws {
        let document = try #require(CoreTestSupport.documents("iop-lint: 1\nparties: [{id: a, type: kommun}]\n").first)
        #expect(document.rejected == [DocumentPath([.key("parties"), .index(0), .key("type")])])
        #expect(try Self.select("parties[*].type", in: document) == ([], []))
        #expect(try Self.select("parties[?type=kommun]", in: document) == ([], []))
        #expect(try Self.select("parties[?type!=public].id", in: document).matches == ["parties[0].id"])
        #expect(
            try Self.select("**", in: document).matches == ["", "iop-lint", "parties", "parties[0]", "parties[0].id"])
    }

    @Test func rejectedItemIsSkippedAndTheOthersKeepTheirIndices() throws {
        let document = try #require(CoreTestSupport.documents("iop-lint: 1\nproblem: {evidence: [a, [b], c]}\n").first)
        #expect(
            try Self.select("problem.evidence[*]", in: document) == (
                ["problem.evidence[0]", "problem.evidence[2]"], []
            ))
        #expect(
            try Self.select("problem.evidence.*", in: document).matches == [
                "problem.evidence[0]", "problem.evidence[2]",
            ])
        #expect(try Self.select("problem.evidence[1]", in: document) == ([], []))
    }

    @Test func rejectedRootIsAbsent() throws {
        let document = try #require(CoreTestSupport.documents("[1, 2]\n").first)
        #expect(try Self.select("$", in: document) == ([], []))
        #expect(try Self.select("**", in: document) == ([], []))
    }

    @Test func unreadableDocumentGivesAnEmptySelection() throws {
        let document = try #require(CoreTestSupport.documents("a: [\n").first)
        #expect(document.root == nil)
        for selector in ["$", "**", "a", "a[*]"] {
            #expect(try Self.select(selector, in: document) == ([], []))
        }
    }
}
