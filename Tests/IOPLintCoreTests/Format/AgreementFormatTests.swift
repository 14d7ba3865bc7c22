import IOPYAML
import Testing

@testable import IOPLintCore

/// The table of the format agrees with the decoder, key by key, and answers lookups.
@Suite struct AgreementFormatTests {
    static let format = AgreementFormat.current

    @Test(arguments: AgreementFormat.current.keys.map(\.path))
    func everyExampleDecodesWithoutAFinding(path: String) throws {
        let key = try #require(Self.format.key(at: path))
        let yaml = FormatKeyDocument.placing(key.example, at: key)
        #expect(CoreTestSupport.findings(yaml).map(\.spot) == [], "\(yaml)")
    }

    @Test(arguments: AgreementFormat.current.keys.map(\.path))
    func aValueOfTheWrongTypeIsReportedAtItsKey(path: String) throws {
        let key = try #require(Self.format.key(at: path))
        let yaml = FormatKeyDocument.placing(FormatKeyDocument.wrongValue(for: key), at: key)
        let expected =
            key.path == "iop-lint" ? "format/type iop-lint" : "format/type \(FormatKeyDocument.documentPath(of: key))"
        #expect(CoreTestSupport.findings(yaml).map { "\($0.ruleID) \($0.path)" } == [expected], "\(yaml)")
    }

    @Test(arguments: AgreementFormat.current.keys.filter(\.isEnumeration).map(\.path))
    func aValueOutsideAnEnumerationListsTheTablesValues(path: String) throws {
        let key = try #require(Self.format.key(at: path))
        let value = key.type.itemType == nil ? "not-a-value" : "[not-a-value]"
        let findings = CoreTestSupport.findings(FormatKeyDocument.placing(value, at: key))
        let message = try #require(findings.first?.message.en)
        #expect(findings.map(\.ruleID) == [.formatType])
        #expect(message.contains("one of " + key.values.map { "`\($0.value)`" }.joined(separator: ", ")), "\(message)")
    }

    @Test(arguments: AgreementFormat.current.keys.map(\.path))
    func typedValuesAreCheckedAsTheTableSays(path: String) throws {
        let key = try #require(Self.format.key(at: path))
        let bad: (value: String, rule: RuleID)?
        switch key.type.itemType ?? key.type {
        case .id: bad = ("Versaler", .formatType)
        case .partyReference: bad = ("ingen-sadan-part", .formatUnknownParty)
        case .date: bad = ("2025-02-30", .formatDate)
        case .number(let minimum?): bad = (String(minimum - 1), .formatType)
        case .integer(let minimum?): bad = (String(minimum - 1), .formatType)
        case .integer(nil): bad = ("1.5", .formatType)
        case .boolean: bad = ("ja", .formatType)
        default: bad = nil
        }
        guard let bad else { return }
        let value = key.type.itemType == nil ? bad.value : "[\(bad.value)]"
        let findings = CoreTestSupport.findings(FormatKeyDocument.placing(value, at: key))
        #expect(findings.map(\.ruleID).contains(bad.rule), "\(findings.map(\.message.en))")
    }

    @Test func pathsAreUniqueAndParentsComeFirst() {
        var seen: Set<String> = [""]
        for key in Self.format.keys {
            #expect(!seen.contains(key.path), "\(key.path) twice")
            let parent = key.parentPath.hasSuffix("[]") ? String(key.parentPath.dropLast(2)) : key.parentPath
            #expect(seen.contains(parent), "\(key.path) before its parent")
            #expect(Self.format.key(at: parent)?.type.hasKeys ?? parent.isEmpty, "\(key.path) under a value")
            seen.insert(key.path)
        }
    }

    /// The sections made with the table are the keys of their maps, in the format's order:
    /// under a key that holds a map, under a list's items, and at the root.
    @Test func sectionsHoldTheKeysOfTheirMaps() {
        let format = Self.format
        func names(under parent: String) -> [String] {
            format.keys.filter { $0.parentPath == parent }.map(\.name)
        }
        #expect(format.section(at: "").names == names(under: ""))
        #expect(format.section(at: "parties[]").names == names(under: "parties[]"))
        #expect(format.section(at: "parties[]").names.contains("mandate"))
        #expect(format.section(at: "parties[].mandate").names == names(under: "parties[].mandate"))
        for key in format.keys where key.type.hasKeys {
            #expect(format.section(at: key.path).names == names(under: key.childrenPath), "\(key.path)")
        }
        #expect(format.section(at: "title").keys.isEmpty)
        #expect(format.section(at: "no-such-key").keys.isEmpty)
    }

    @Test func everyKeyAndValueHasAMeaningInBothLanguages() {
        for key in Self.format.keys {
            #expect(
                !key.meaning.en.isEmpty && !key.meaning.sv.isEmpty && key.meaning.en != key.meaning.sv, "\(key.path)")
            #expect(!key.example.isEmpty, "\(key.path)")
            #expect(key.isEnumeration == !key.values.isEmpty || key.type == .text, "\(key.path)")
        }
    }

    @Test func onlyTheVersionIsRequired() {
        #expect(Self.format.keys.filter(\.isRequired).map(\.path) == ["iop-lint"])
    }

    @Test func keysAreFoundByPathByDocumentPathAndByAlias() throws {
        #expect(Self.format.key(at: "parties[].mandate.level")?.type == .enumeration)
        let documentPath = DocumentPath([.key("parties"), .index(2), .key("mandate"), .key("date")])
        #expect(Self.format.key(for: documentPath)?.path == "parties[].mandate.date")
        #expect(Self.format.key(at: "principles.integrity")?.path == "principles.independence")
        #expect(Self.format.key(at: "parties[].mandat") == nil)
        #expect(Self.format.key(at: "x-egen") == nil)
    }

    @Test func childrenOfAMapOrAListOfMapsAreItsKeysInOrder() {
        let partyKeys = ["id", "name", "type", "org-number", "roles", "representative", "mandate"]
        #expect(Self.format.children(of: "parties").map(\.name) == partyKeys)
        #expect(Self.format.children(of: "parties[]").map(\.name) == partyKeys)
        #expect(Self.format.children(of: DocumentPath([.key("parties"), .index(0)])).map(\.name) == partyKeys)
        #expect(Self.format.children(of: "term").map(\.name) == ["start", "end", "notice-months", "extension", "runs"])
        #expect(Self.format.children(of: "").first?.name == "iop-lint")
        #expect(Self.format.children(of: "title").isEmpty)
        #expect(Self.format.children(of: "parties[].roles").isEmpty)
    }

    @Test func valuesComeFromTheModelsEnumerations() {
        #expect(Self.format.values(at: "kind").map(\.value) == AgreementKind.allCases.map(\.rawValue))
        #expect(Self.format.values(at: "parties[].roles").map(\.value) == PartyRole.allCases.map(\.rawValue))
        #expect(Self.format.values(at: "follow-up.frequency").map(\.value) == ["monthly", "quarterly", "yearly"])
        #expect(Self.format.values(at: "title").isEmpty)
    }

    @Test func keysNamedInTextAreFoundByPathSelectorOrUniqueEnding() {
        let text =
            "Write `initiative.by`, `type: idea-based`, `parties[*].mandate`, `every-years`, `name` and `goals.**`."
        #expect(
            Self.format.keys(namedIn: text).map(\.path) == [
                "initiative.by", "parties[].mandate", "follow-up.evaluation.every-years", "goals",
            ])
    }
}
