import IOPYAML

@testable import IOPLintCore

/// Loads and lints YAML text the way the linter does, for the core tests.
enum CoreTestSupport {
    /// Every document of `yaml`, loaded and decoded.
    static func documents(_ yaml: String) -> [LintDocument] {
        DocumentLoader().load(bytes: Array(yaml.utf8)).documents
    }

    /// The issues of every document of `yaml`, in source order.
    static func issues(_ yaml: String) -> [ModelIssue] {
        documents(yaml).flatMap(\.issues).sorted { $0.range < $1.range }
    }

    /// What `rules` find in `bytes`, in output order.
    static func findings(bytes: [UInt8], rules: [any Rule] = FormatRules.all) -> [Finding] {
        Linter(rules: rules).lint(bytes: bytes, path: "agreement.yaml").findings
    }

    /// What `rules` find in `yaml`, in output order.
    static func findings(_ yaml: String, rules: [any Rule] = FormatRules.all) -> [Finding] {
        findings(bytes: Array(yaml.utf8), rules: rules)
    }
}

extension ModelIssue {
    /// `line:col rule path`, the shape tests compare.
    var spot: String { "\(range.start) \(ruleID) \(path)" }
}

extension Finding {
    /// `line:col rule path`, the shape tests compare.
    var spot: String { "\(range.start) \(ruleID) \(path)" }
}
