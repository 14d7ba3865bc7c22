import Foundation
import Testing

@testable import IOPLintCore

/// The schemas in `schemas/` are `iop-lint schema` as it is now, so that an agreement's
/// `# yaml-language-server: $schema=` line can point at a file that does not drift.
@Suite struct AgreementSchemaFileTests {
    static let folder = RuleReferenceTests.packageRoot.appending(path: "schemas")

    @Test(arguments: [(Language.en, "agreement.schema.json"), (Language.sv, "agreement.sv.schema.json")])
    func theCommittedSchemaIsUpToDate(_ language: Language, _ file: String) throws {
        try GoldenFile.assertMatches(
            AgreementSchema(language: language).json(), file: Self.folder.appending(path: file))
    }
}
