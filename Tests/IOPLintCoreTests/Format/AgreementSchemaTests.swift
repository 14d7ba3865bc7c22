import Foundation
import IOPYAML
import Testing

@testable import IOPLintCore

/// The JSON Schema generated from the table agrees with the draft 2020-12 meta-schema and with
/// the parser: what the parser reads cleanly validates, and what it reports as a wrong type, an
/// impossible date or an unknown key fails validation at the same place.
@Suite(.enabled(if: SchemaValidator.isAvailable, "needs python3 with the jsonschema module (pip install jsonschema)"))
struct AgreementSchemaTests {
    static var schema: [String: Any] { AgreementSchema(language: .en).document() }
    static let placedRules: Set<RuleID> = [.formatType, .formatDate, .formatUnknownKey]

    /// Every document of `yaml` as JSON, with the places where the format rules report a
    /// wrong type, a date or an unknown key, and whether any format rule reports anything.
    static func documents(_ yaml: String) -> [(json: Any, placed: Set<String>, isClean: Bool)] {
        let findings = CoreTestSupport.findings(yaml)
        return CoreTestSupport.documents(yaml).compactMap {
            document -> (json: Any, placed: Set<String>, isClean: Bool)? in
            guard let root = document.root else { return nil }
            let own = findings.filter { $0.documentIndex == document.index }
            return (
                root.jsonValue, Set(own.filter { placedRules.contains($0.ruleID) }.map(\.path.description)),
                own.isEmpty
            )
        }
    }

    @Test(arguments: Language.allCases)
    func theSchemaIsValidAgainstTheDraft202012MetaSchema(_ language: Language) throws {
        let outcome = try SchemaValidator.validate([], against: AgreementSchema(language: language).document())
        #expect(outcome.schemaErrors == [])
    }

    @Test func bothLanguagesDescribeTheSameSchema() {
        func structure(_ value: Any) -> String {
            let text = ["title", "description", "markdownDescription", "enumDescriptions", "markdownEnumDescriptions"]
            func strip(_ value: Any) -> Any {
                if let object = value as? [String: Any] {
                    return object.filter { !text.contains($0.key) }.mapValues(strip)
                }
                if let array = value as? [Any] { return array.map(strip) }
                return value
            }
            let data = try? JSONSerialization.data(withJSONObject: strip(value), options: [.sortedKeys])
            return String(decoding: data ?? Data(), as: UTF8.self)
        }
        let swedish = AgreementSchema(language: .sv)
        #expect(structure(swedish.document()) == structure(Self.schema))
        #expect(swedish.json() != AgreementSchema(language: .en).json())
        #expect(swedish.json().contains("\"title\" : \"Överenskommelse för iop-lint (format 1)\""))
    }

    @Test func everyKeysExampleValidatesAndAWrongTypeFailsAtTheKey() throws {
        let keys = AgreementFormat.current.keys
        var documents: [Any] = []
        for key in keys {
            documents += [
                FormatKeyDocument.placing(key.example, at: key),
                FormatKeyDocument.placing(FormatKeyDocument.wrongValue(for: key), at: key),
            ]
            .map { Self.documents($0)[0].json }
        }
        let outcome = try SchemaValidator.validate(documents, against: Self.schema)
        for (index, key) in keys.enumerated() {
            #expect(outcome.documents[2 * index] == [], "\(key.path): example")
            #expect(
                outcome.documents[2 * index + 1] == [FormatKeyDocument.documentPath(of: key)], "\(key.path): wrong type"
            )
        }
    }

    @Test func theExamplesFailTheSchemaWhereTheFormatRulesReportThemAndValidateWhereClean() throws {
        let folder = ExampleAgreementsTests.examples
        let files = try ExampleAgreementsTests.states().keys.sorted()
        var documents: [(name: String, json: Any, placed: Set<String>, isClean: Bool)] = []
        for file in files {
            let yaml = try String(contentsOf: folder.appending(path: file), encoding: .utf8)
            documents += Self.documents(yaml).enumerated().map {
                ("\(file)#\($0.offset)", $0.element.json, $0.element.placed, $0.element.isClean)
            }
        }
        let outcome = try SchemaValidator.validate(documents.map(\.json), against: Self.schema)
        #expect(documents.contains { !$0.placed.isEmpty } && documents.contains(where: \.isClean))
        for (document, places) in zip(documents, outcome.documents) {
            #expect(document.placed.isSubset(of: Set(places)), "\(document.name): \(places)")
            if document.isClean { #expect(places == [], "\(document.name)") }
        }
    }

    @Test func passingRuleExamplesValidateAndFormatFailuresFailWhereReported() throws {
        var documents: [(name: String, json: Any, placed: Set<String>, mustValidate: Bool)] = []
        for rule in try RuleSet.load().registry.rules {
            for (index, example) in rule.description.examples.pass.enumerated() {
                // Pack examples leave out the version, which only format/version asks for.
                let yaml = example.yaml.contains("iop-lint:") ? example.yaml : "iop-lint: 1\n" + example.yaml
                // A finding switched off by a comment is still a schema error: the schema knows no comments.
                let suppresses = yaml.contains("iop-lint-disable")
                documents += Self.documents(yaml).map {
                    ("\(rule.id) pass \(index + 1)", $0.json, $0.placed, $0.isClean && !suppresses)
                }
            }
            guard Self.placedRules.contains(rule.id) else { continue }
            for (index, example) in rule.description.examples.fail.enumerated() {
                documents += Self.documents(example.yaml).map {
                    ("\(rule.id) fail \(index + 1)", $0.json, $0.placed, false)
                }
            }
        }
        let outcome = try SchemaValidator.validate(documents.map(\.json), against: Self.schema)
        for (document, places) in zip(documents, outcome.documents) {
            #expect(document.placed.isSubset(of: Set(places)), "\(document.name): \(places)")
            if document.mustValidate { #expect(places == [], "\(document.name)") }
        }
        #expect(documents.contains { !$0.placed.isEmpty })
    }

    @Test func everyStarterAgreementValidates() throws {
        let templates = AgreementTemplateTests.combinations.map { AgreementTemplate(kind: $0, language: $1).text() }
        let outcome = try SchemaValidator.validate(templates.map { Self.documents($0)[0].json }, against: Self.schema)
        #expect(outcome.documents == Array(repeating: [], count: templates.count))
    }

    @Test func anEmptyValueIsAllowedAsTheParserReadsItAsAbsent() throws {
        let yaml = "iop-lint: 1\ntitle:\nkind:\nparties:\nterm: { start: , end: }\n"
        let outcome = try SchemaValidator.validate([Self.documents(yaml)[0].json], against: Self.schema)
        #expect(outcome.documents == [[]])
    }

    @Test func anOrganisationNumberOfTheWrongShapeFailsItsPattern() throws {
        let yaml =
            "iop-lint: 1\nparties: [{ id: a, org-number: \"8020151232\" }, { id: b, org-number: \"802015-1232\" }]\n"
        let outcome = try SchemaValidator.validate([Self.documents(yaml)[0].json], against: Self.schema)
        #expect(outcome.documents == [["parties[0].org-number"]])
    }

    @Test func anImpossibleDateFailsItsFormat() throws {
        let yaml = "iop-lint: 1\nterm: { start: 2025-02-30, end: 2028-02-29 }\n"
        let outcome = try SchemaValidator.validate([Self.documents(yaml)[0].json], against: Self.schema)
        #expect(outcome.documents == [["term.start"]])
    }
}
