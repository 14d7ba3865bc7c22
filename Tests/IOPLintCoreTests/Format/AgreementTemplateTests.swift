import IOPYAML
import Testing

@testable import IOPLintCore

/// The starter agreements of `iop-lint init`: no format finding, and every finding of the
/// built-in rules at one of the placeholders a person must fill in.
@Suite struct AgreementTemplateTests {
    static let combinations = AgreementKind.allCases.flatMap { kind in Language.allCases.map { (kind, $0) } }

    /// A place left for a person: an empty value, or text with a placeholder in it.
    struct Placeholder {
        var path: DocumentPath
        var line: Int
        var isText: Bool
    }

    static func placeholders(in node: YAMLNode, at path: DocumentPath = .root) -> [Placeholder] {
        switch node.content {
        case .mapping(let pairs):
            return pairs.flatMap { placeholders(in: $0.value, at: path.appending(key: $0.key.scalar?.value ?? "")) }
        case .sequence(let items):
            return items.enumerated().flatMap { placeholders(in: $0.element, at: path.appending(index: $0.offset)) }
        case .scalar(let scalar):
            if node.isNull { return [Placeholder(path: path, line: node.range.start.line, isText: false)] }
            guard PlaceholderDetector.first(in: scalar.value) != nil else { return [] }
            return [Placeholder(path: path, line: node.range.start.line, isText: true)]
        }
    }

    @Test(arguments: combinations)
    func everyFindingIsAtAPlaceholderAndNoneIsAboutTheFormat(_ kind: AgreementKind, _ language: Language) throws {
        let text = AgreementTemplate(kind: kind, language: language).text()
        let findings = Linter(rules: RuleRegistry.builtIn.rules).lint(bytes: Array(text.utf8), path: "a.yaml").findings
        let root = try #require(CoreTestSupport.documents(text).first?.root)
        let placeholders = Self.placeholders(in: root)
        #expect(!findings.isEmpty && placeholders.count > 10)
        #expect(findings.filter { $0.ruleID.pack == "format" }.map(\.message.en) == [])
        for finding in findings {
            let reported = finding.path.description
            let atPlaceholder = placeholders.contains { placeholder in
                let inside = placeholder.path.description
                let isWithin =
                    inside == reported || inside.hasPrefix(reported + ".") || inside.hasPrefix(reported + "[")
                // A missing key is reported where its map starts, under the key's own path.
                return placeholder.path == finding.path || (isWithin && placeholder.line == finding.range.start.line)
            }
            #expect(
                atPlaceholder, "\(kind) \(language): \(finding.range.start) \(finding.ruleID) \(finding.message.en)")
        }
        for placeholder in placeholders where placeholder.isText {
            #expect(
                findings.contains { $0.ruleID.description == "klarsprak/placeholders" && $0.path == placeholder.path },
                "\(placeholder.path) is not reported")
        }
    }

    @Test(arguments: combinations)
    func theTemplateStartsWithTheSchemaAndStatesItsKindAndLanguage(_ kind: AgreementKind, _ language: Language) {
        let text = AgreementTemplate(kind: kind, language: language, schemaLocation: "../schemas/a.json").text()
        #expect(text.hasPrefix("# yaml-language-server: $schema=../schemas/a.json\n"))
        #expect(text.contains("\nkind: \(kind.rawValue)\nlanguage: \(language.rawValue)\nstatus: draft\n"))
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 100 })
    }

    @Test func commentsAreInTheChosenLanguage() {
        let swedish = AgreementTemplate(kind: .iop, language: .sv).text()
        let english = AgreementTemplate(kind: .iop, language: .en).text()
        #expect(swedish.contains("# Varför den här formen, och inte bidrag, upphandling eller en annan modell."))
        #expect(english.contains("# Why this form, and not a grant, a procurement or another model."))
        #expect(swedish.contains("form-choice: \"[fyll i]\"") && english.contains("form-choice: \"[insert text]\""))
    }

    @Test func eachKindHasTheSectionsItsPacksRead() {
        let sections = { (kind: AgreementKind) in AgreementTemplate(kind: kind, language: .sv).sectionNames }
        #expect(sections(.kommunaltPartnerskap).contains("icld") && !sections(.iop).contains("icld"))
        #expect(sections(.samverkan).contains("model") && sections(.samverkan).contains("area"))
        #expect(sections(.iop).contains("legal-assessment") && sections(.iop).contains("ownership"))
        #expect(sections(.overenskommelse).contains("principles"))
    }

    @Test func aSectionIsTheSkeletonTheTemplateWrites() throws {
        let template = AgreementTemplate(kind: .iop, language: .en)
        let text = template.text()
        for name in template.sectionNames {
            let section = try #require(template.section(name))
            #expect(text.contains(section), "\(name)")
        }
        #expect(try #require(template.section("term")).contains("term:\n  start:  # date, YYYY-MM-DD\n"))
        #expect(template.section("term.start") == nil && template.section("terms") == nil)
    }
}
