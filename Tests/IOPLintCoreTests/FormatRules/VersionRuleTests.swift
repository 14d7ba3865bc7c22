import IOPYAML
import Testing

@testable import IOPLintCore

@Suite struct VersionRuleTests {
    private func findings(_ yaml: String) -> [Finding] {
        CoreTestSupport.findings(yaml, rules: [VersionRule()])
    }

    @Test func missingVersionPointsAtTheDocumentStart() {
        let found = findings("title: Läxhjälp i Gottsunda\nkind: iop\n")
        #expect(found.map(\.spot) == ["1:1 format/version "])
        #expect(found.first?.severity == .error)
        #expect(found.first?.message.en == "the format version is missing: add `iop-lint: 1` at the top")
        #expect(found.first?.message.sv == "formatversionen saknas: lägg till `iop-lint: 1` överst")
    }

    @Test func missingVersionPointsAtTheStartOfItsOwnDocument() {
        let found = findings("# Överenskommelse\niop-lint: 1\n---\n# Nästa\ntitle: Läxhjälp\n")
        #expect(found.map(\.spot) == ["5:1 format/version "])
        #expect(found.first?.documentIndex == 1)
    }

    @Test func emptyVersionIsMissing() {
        let found = findings("iop-lint:\ntitle: Läxhjälp i Gottsunda\n")
        #expect(found.map(\.spot) == ["1:1 format/version iop-lint"])
        #expect(found.first?.message.en == "the format version is missing: add `iop-lint: 1` at the top")
    }

    @Test func unsupportedVersionPointsAtTheValue() {
        let found = findings("title: Läxhjälp\niop-lint: 2\n")
        #expect(found.map(\.spot) == ["2:11 format/version iop-lint"])
        #expect(found.first?.message.en == "format version 2 is not supported; the only version is 1")
        #expect(found.first?.message.sv == "formatversion 2 stöds inte; den enda versionen är 1")
    }

    @Test func versionWrittenAsTextIsAWrongTypeReportedOnce() {
        let found = CoreTestSupport.findings("iop-lint: \"1\"\n")
        #expect(found.map(\.spot) == ["1:11 format/type iop-lint"])
        #expect(found.first?.message.en == "`iop-lint` must be an integer, but is the text `\"1\"`")
        #expect(found.first?.message.sv == "`iop-lint` ska vara ett heltal, men är texten `\"1\"`")
    }

    @Test func supportedVersionPasses() {
        #expect(findings("iop-lint: 1\n").isEmpty)
        #expect(findings("# kommentar\n---\niop-lint: 1\n...\n").isEmpty)
    }

    @Test func documentThatIsNotAMapHasNoVersionFinding() {
        #expect(findings("- iop-lint: 1\n").isEmpty)
    }
}
