import Foundation
import IOPLintCore
import Testing

/// SARIF output checked against the official SARIF 2.1.0 schema by `scripts/validate-sarif.py`
/// (Python's `jsonschema`, with the draft the schema declares).
struct SARIFSchemaTests {
    static let repository = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static let hasJSONSchema = run(["-c", "import jsonschema"]).status == 0

    @Test(
        .enabled(if: hasJSONSchema, "needs python3 with the jsonschema module (pip install jsonschema)"),
        arguments: Language.allCases)
    func sarifIsValidAgainstTheOfficialSchema(_ language: Language) throws {
        let output = SARIFReporter().render(ReportFixture.report, options: ReportOptions(language: language))
        let file = FileManager.default.temporaryDirectory.appending(path: "iop-lint-\(UUID().uuidString).sarif")
        defer { try? FileManager.default.removeItem(at: file) }
        try output.write(to: file, atomically: true, encoding: .utf8)
        let script = Self.repository.appending(path: "scripts/validate-sarif.py").path
        let result = Self.run([script, file.path])
        #expect(result.status == 0, "\(result.output)")
    }

    /// Runs `python3` with `arguments`; its exit status and everything it wrote.
    static func run(_ arguments: [String]) -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(filePath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do {
            try process.run()
        } catch {
            return (-1, "\(error)")
        }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
