import IOPLintCore
import Testing

/// JUnit output checked against the constraints of the JUnit schema of Jenkins' xUnit plugin
/// (`junit-10.xsd`), the strictest one in common use: which elements may hold which, which
/// attributes each may have and which it must have. The output uses no element or attribute
/// whose type the schema restricts further (`time`), so these constraints are the whole check.
struct JUnitSchemaTests {
    struct Constraint {
        var children: Set<String>
        var attributes: Set<String>
        var required: Set<String> = []
        var text = false
    }

    static let problem = Constraint(children: [], attributes: ["type", "message"], text: true)

    static let schema: [String: Constraint] = [
        "testsuites": Constraint(children: ["testsuite"], attributes: ["name", "time", "tests", "failures", "errors"]),
        "testsuite": Constraint(
            children: ["testsuite", "properties", "testcase", "system-out", "system-err"],
            attributes: [
                "name", "tests", "failures", "errors", "group", "time", "skipped", "timestamp", "hostname", "id",
                "package", "file", "log", "url",
            ],
            required: ["name", "tests", "failures", "errors"]),
        "testcase": Constraint(
            children: ["skipped", "error", "failure", "system-out", "system-err"],
            attributes: ["name", "time", "classname", "group"], required: ["name"]),
        "failure": problem,
        "error": problem,
        "skipped": problem,
        "system-out": Constraint(children: [], attributes: [], text: true),
        "system-err": Constraint(children: [], attributes: [], text: true),
    ]

    @Test(arguments: Language.allCases)
    func outputMeetsTheJUnitSchema(_ language: Language) throws {
        let output = JUnitReporter().render(ReportFixture.report, options: ReportOptions(language: language))
        let root = try XMLTree(output).root
        #expect(root.name == "testsuites")
        for element in root.all {
            let constraint = try #require(Self.schema[element.name], "\(element.name) is not in the schema")
            let attributes = Set(element.attributes.keys)
            #expect(
                attributes.isSubset(of: constraint.attributes),
                "\(element.name) has \(attributes.subtracting(constraint.attributes))")
            #expect(
                constraint.required.isSubset(of: attributes),
                "\(element.name) lacks \(constraint.required.subtracting(attributes))")
            for child in element.children {
                #expect(constraint.children.contains(child.name), "\(element.name) holds \(child.name)")
            }
            if !constraint.text {
                #expect(element.text.allSatisfy { $0.isWhitespace }, "\(element.name) holds text")
            }
        }
    }
}
