import IOPYAML
import Testing

@testable import IOPLintCore

@Suite struct LimitsRuleTests {
    @Test func nestingDeeperThanTheLimitStopsAtTheFirstLevelTooDeep() {
        let yaml =
            "iop-lint: 1\nx-deep: " + String(repeating: "[", count: 300) + String(repeating: "]", count: 300) + "\n"
        let found = CoreTestSupport.findings(yaml)
        #expect(found.map(\.ruleID.description) == ["format/limits"])
        // The root map is level 1, so the 256th `[` (column 9 + 255) is level 257.
        #expect(found.first?.range.start.description == "2:264")
        #expect(found.first?.path == DocumentPath([.key("x-deep")] + Array(repeating: .index(0), count: 255)))
        #expect(found.first?.message.en == "the document nests deeper than 256 levels; reading stopped here")
        #expect(found.first?.message.sv == "dokumentet är nästlat djupare än 256 nivåer; läsningen stoppades här")
    }

    @Test func nestingLimitIsConfigurable() {
        let found = Linter(rules: FormatRules.all, limits: YAMLLimits(maxDepth: 3))
            .lint(bytes: Array("iop-lint: 1\nterm: { x-a: [[1]] }\n".utf8), path: "a.yaml").findings
        #expect(found.map(\.spot) == ["2:15 format/limits term.x-a[0]"])
    }

    @Test func aliasBombIsStoppedAtTheAliasThatExceedsTheLimit() {
        var lines = ["iop-lint: 1", "x-a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"]
        for (previous, name) in zip(names, names.dropFirst()) {
            lines.append(
                "x-\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]")
        }
        let found = CoreTestSupport.findings(lines.joined(separator: "\n") + "\n")
        #expect(found.map(\.spot) == ["7:38 format/limits x-f[7]"])
        #expect(
            found.first?.message.en
                == "the document's aliases repeat more than 1000000 values once expanded (the limit on aliases: an alias bomb?); reading stopped here"
        )
    }

    @Test func fileLargerThanTheLimitIsNotRead() {
        let found = Linter(rules: FormatRules.all, limits: YAMLLimits(maxBytes: 16))
            .lint(bytes: Array("iop-lint: 1\ntitle: Läxhjälp i Gottsunda\n".utf8), path: "a.yaml").findings
        #expect(found.map(\.spot) == ["1:1 format/limits "])
    }

    @Test func aliasesWithinTheLimitPass() {
        #expect(CoreTestSupport.findings("iop-lint: 1\nx-a: &a [ett, två]\nx-b: [*a, *a]\n").isEmpty)
    }
}
