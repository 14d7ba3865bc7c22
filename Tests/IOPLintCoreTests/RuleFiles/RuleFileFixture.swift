@testable import IOPLintCore

/// Builds rule files in tests and lints agreements with them.
enum RuleFileFixture {
    /// A one-rule pack around `rule` (YAML lines of one rule, indented as list items of `rules`).
    static func pack(_ rule: String, appliesWhen: String? = nil) -> String {
        """
        iop-lint-rules: 1
        pack: test
        \(appliesWhen.map { "applies-when: \($0)\n" } ?? "")rules:
        \(rule)
        """
    }

    /// A rule with `given`, `check` and a message using every common placeholder.
    static func rule(given: String, check: String, when: String? = nil) -> String {
        """
          - id: rule
            severity: warning
            summary: Test rule
            message: { en: "at {{path}}: {{value}}|{{term}}|{{count}}|{{min}}|{{max}}|{{key}}|{{other}}", sv: "vid {{path}}" }
            given: \(given)
            check: \(check)
        \(when.map { "    when: \($0)" } ?? "")
        """
    }

    static func load(_ text: String) throws -> RulePack {
        try RuleFileLoader().load(text, file: "test.yml")
    }

    /// The findings of the pack's rules on `agreement`, as `line:col path message` lines.
    static func findings(_ packText: String, on agreement: String) throws -> [String] {
        let pack = try load(packText)
        return Linter(rules: pack.rules).lint(bytes: Array(agreement.utf8), path: "a.yaml").findings.map {
            "\($0.range.start) \($0.path) \($0.message.en)"
        }
    }

    /// Findings of one check on `agreement`.
    static func check(_ check: String, given: String, on agreement: String, when: String? = nil) throws -> [String] {
        try findings(pack(rule(given: given, check: check, when: when)), on: agreement)
    }

    /// The errors of loading `text`, as `line:col message` lines.
    static func errors(_ text: String) -> [String] {
        do {
            _ = try RuleFileLoader().load(text, file: "test.yml")
            return []
        } catch {
            return error.failures.map { "\($0.position.map(\.description) ?? "-") \($0.message.en)" }
        }
    }
}
