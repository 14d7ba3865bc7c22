import Foundation
import IOPLintCore
import IOPYAML
import Testing

/// `action.yml`, the composite GitHub Action at the repository's root, stays in step with the
/// CLI: it is valid YAML, every input named after an option of `iop-lint lint` is passed as
/// that option, the values it documents are those the CLI takes, and the example in
/// docs/ci.md uses only inputs the action has.
@Suite struct ActionTests {
    static let text = CIGuideTests.read("action.yml")

    /// The inputs that stand for an option of `iop-lint lint` of the same name.
    static let optionInputs = ["format", "baseline", "fail-on", "max-warnings"]

    static func action() throws -> YAMLNode {
        try CIGuideTests.load(text, "action.yml")
    }

    static func inputs() throws -> [String: YAMLNode] {
        let pairs = try #require(try action()["inputs"]?.mapping)
        return Dictionary(pairs.compactMap { pair in pair.key.scalar.map { ($0.value, pair.value) } }) { first, _ in
            first
        }
    }

    /// The `run` scripts of the action's steps, joined.
    static func scripts() throws -> String {
        let steps = try #require(try action()["runs"]?["steps"]?.sequence)
        return steps.compactMap { $0["run"]?.scalar?.value }.joined(separator: "\n")
    }

    @Test func itIsACompositeActionThatUploadsSARIF() throws {
        let action = try Self.action()
        #expect(action["runs"]?["using"]?.scalar?.value == "composite")
        let steps = try #require(action["runs"]?["steps"]?.sequence)
        for step in steps {
            #expect((step["uses"] == nil) != (step["run"] == nil), "each step either uses an action or runs a command")
            #expect(step["run"] == nil || step["shell"]?.scalar?.value == "bash", "a composite step names its shell")
        }
        #expect(steps.compactMap { $0["uses"]?.scalar?.value } == ["github/codeql-action/upload-sarif@v4"])
        #expect(try Self.scripts().contains("gh release download"))
        #expect(try Self.scripts().contains("iop-lint-*-linux-x86_64.tar.gz"))
    }

    @Test func everyInputIsDescribedAndHasADefault() throws {
        let inputs = try Self.inputs()
        #expect(Set(inputs.keys).isSuperset(of: ["paths"] + Self.optionInputs))
        for (name, input) in inputs {
            #expect(input["description"]?.scalar?.value.isEmpty == false, "\(name) has a description")
            #expect(input["default"] != nil, "\(name) has a default")
        }
    }

    @Test(arguments: optionInputs)
    func anInputNamedAfterAnOptionIsPassedAsThatOption(_ name: String) throws {
        let help = try CLIRunner.run(["lint", "--help"])
        #expect(help.stdout.contains("--\(name) <"), "iop-lint lint has --\(name)")
        let variable = name.uppercased().replacingOccurrences(of: "-", with: "_")
        let steps = try #require(try Self.action()["runs"]?["steps"]?.sequence)
        let lint = try #require(steps.first { $0["id"]?.scalar?.value == "lint" })
        #expect(lint["env"]?[variable]?.scalar?.value == "${{ inputs.\(name) }}")
        let script = try #require(lint["run"]?.scalar?.value)
        #expect(script.contains("--\(name) \"$\(variable)\""))
    }

    @Test func theDocumentedValuesAreThoseTheCLITakes() throws {
        let inputs = try Self.inputs()
        let format = try #require(inputs["format"]?["description"]?.scalar?.value)
        for value in ReportFormat.allCases { #expect(format.contains(value.rawValue), "format lists \(value)") }
        #expect(ReportFormat(rawValue: inputs["format"]?["default"]?.scalar?.value ?? "") != nil)
        let failOn = try #require(inputs["fail-on"]?["description"]?.scalar?.value)
        for value in FailThreshold.allCases { #expect(failOn.contains(value.rawValue), "fail-on lists \(value)") }
    }

    @Test func theGuidesExampleUsesOnlyInputsTheActionHas() throws {
        let workflow = try CIGuideTests.load(
            try CIGuideTests.block(named: ".github/workflows/iop-lint-action.yml").text, "the action's example")
        let job = try #require(workflow["jobs"]?.mapping?.first?.value)
        let steps = try #require(job["steps"]?.sequence)
        let step = try #require(steps.first { $0["uses"]?.scalar?.value.contains("/iop-lint@") == true })
        let used = try #require(step["with"]?.mapping).compactMap { $0.key.scalar?.value }
        #expect(!used.isEmpty)
        #expect(Set(used).isSubset(of: try Self.inputs().keys))
        #expect(workflow["permissions"]?["security-events"]?.scalar?.value == "write")
    }
}
