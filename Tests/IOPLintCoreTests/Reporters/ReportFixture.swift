import Foundation
import IOPLintCore

/// The one report every reporter's golden files are rendered from, made by the real linter
/// from the files in `Fixtures/`: two agreement files (one of two documents, one with a YAML
/// syntax error), multi-byte text and a tab, a missing-key finding (`format/version` at the
/// start of a document), a multi-line range, findings of every severity, and a file that
/// cannot be read (a tool failure).
enum ReportFixture {
    static let directory = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "Fixtures")

    /// The file names the report shows: with a space and non-ASCII letters, to test URIs.
    static let twoDocuments = "avtal/hela människan.yaml"
    static let syntaxError = "avtal/trasig.yaml"
    static let unreadable = "avtal/saknas.yaml"

    static let report = report(jobs: 2)

    /// The report, linted `jobs` files at a time.
    static func report(jobs: Int) -> LintReport {
        Linter(rules: FormatRules.all + [ShortTitleRule()]).lint(inputs, jobs: jobs)
    }

    /// The files the report is linted from.
    static var inputs: [LintInput] {
        [
            LintInput(displayPath: syntaxError, source: .bytes(bytes(of: "trasig.yaml"))),
            LintInput(displayPath: twoDocuments, source: .bytes(bytes(of: "hela-manniskan.yaml"))),
            LintInput(displayPath: unreadable, source: .file(RawPath(directory.appending(path: "saknas.yaml").path))),
        ]
    }

    private static func bytes(of name: String) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: directory.appending(path: name).path) else {
            preconditionFailure("fixture \(name) is missing from \(directory.path)")
        }
        return Array(data)
    }
}
