import Foundation
import IOPLintCore
import Testing

@testable import IOPLintDocuments

@Suite struct AgreementRendererTests {
    private func renderer(_ format: RenderFormat, withFindings: Bool = false) -> AgreementRenderer {
        AgreementRenderer(
            linter: Linter(profile: LintProfile(rules: RuleRegistry.builtIn.rules)), format: format, language: nil,
            withFindings: withFindings)
    }

    @Test func formatErrorsRefuseToRender() throws {
        let yaml = "iop-lint: 1\ntitle: Läxhjälp\nkind: partnerskap\nterm: { start: 2025-02-30 }\n"
        guard case .refused(let findings) = try renderer(.markdown).render(bytes: Array(yaml.utf8), path: "a.yaml")
        else {
            Issue.record("rendered a file with format errors")
            return
        }
        #expect(findings.map(\.ruleID.description).sorted() == ["format/date", "format/type"])
    }

    @Test func otherFindingsAreAnAppendixOnlyWhenAskedFor() throws {
        let bytes = Array(Agreements.small.utf8)
        guard case .rendered(let plain) = try renderer(.markdown).render(bytes: bytes, path: "a.yaml"),
            case .rendered(let annotated) = try renderer(.markdown, withFindings: true).render(
                bytes: bytes, path: "a.yaml")
        else {
            Issue.record("refused a clean file")
            return
        }
        #expect(!String(decoding: plain, as: UTF8.self).contains("Anmärkningar från iop-lint"))
        let text = String(decoding: annotated, as: UTF8.self)
        #expect(text.contains("## Anmärkningar från iop-lint"))
        #expect(text.contains("| Rad | Allvarlighet | Regel | Anmärkning |"))
        #expect(text.contains("core/"))
    }

    @Test func everyAgreementOfAFileIsRenderedFromANewPage() throws {
        let yaml = "iop-lint: 1\ntitle: Första\n---\niop-lint: 1\ntitle: Andra\n"
        guard case .rendered(let data) = try renderer(.markdown).render(bytes: Array(yaml.utf8), path: "a.yaml") else {
            Issue.record("refused")
            return
        }
        #expect(String(decoding: data, as: UTF8.self) == "# Första\n\n---\n\n# Andra\n")
    }
}
