import IOPYAML
import Testing

@testable import IOPLintCore

@Suite struct SuppressionProblemTests {
    static let kinds: [SuppressionProblem.Kind] = [
        .unknownDirective("iop-lint-disable-all", suggestion: "iop-lint-disable-file"),
        .unknownDirective("iop-lint-disable-everything-now", suggestion: nil),
        .noRule(directive: "iop-lint-disable-file"),
        .notARuleID("Format/Type"),
        .noReason,
        .nothingFollows,
        .unknownRule("format/unknown-kee", suggestion: "format/unknown-key"),
        .unknownRule("custom/own", suggestion: nil),
        .suppressesNothing(.formatDate, .file),
        .suppressesNothing(.formatDate, .nextLine(lines: 3...4, document: 0, nodes: [])),
    ]

    @Test(arguments: kinds)
    func messageIsInEnglishAndSwedish(_ kind: SuppressionProblem.Kind) {
        let problem = SuppressionProblem(kind: kind, range: SourceRange(at: .start))
        #expect(!problem.message.en.isEmpty)
        #expect(!problem.message.sv.isEmpty)
        #expect(problem.message.en != problem.message.sv)
        #expect(problem.issue.ruleID == .formatUnusedSuppression)
        #expect(problem.issue.path == .root)
    }

    @Test func messagesWithoutASuggestionSayWhatToWrite() {
        let directive = SuppressionProblem(
            kind: .unknownDirective("iop-lint-disable-x", suggestion: nil), range: SourceRange(at: .start))
        #expect(
            directive.message.en
                == "`iop-lint-disable-x` is not a suppression: write `iop-lint-disable-next-line` or `iop-lint-disable-file`"
        )
        let rule = SuppressionProblem(kind: .unknownRule("custom/own", suggestion: nil), range: SourceRange(at: .start))
        #expect(
            rule.message == LocalizedText(en: "there is no rule `custom/own`", sv: "det finns ingen regel `custom/own`")
        )
    }
}
