import Foundation
import IOPYAML
import Synchronization
import Testing

@testable import IOPLintCore

/// Built-in rules parse their checks on first use (``DeferredCheck``); users' rules at once.
@Suite struct DeferredCheckTests {
    private static func fileRules(_ packs: [RulePack]) -> [FileRule] {
        packs.flatMap(\.rules).compactMap { $0 as? FileRule }
    }

    @Test func everyBuiltInCheckIsDeferredAndParsesWithoutAnError() throws {
        let rules = Self.fileRules(try RuleSet.embeddedPacks.get())
        #expect(rules.count > 50)
        for rule in rules {
            let deferred = try #require(rule.check as? DeferredCheck, "\(rule.description.id)")
            let (check, failures) = deferred.parse()
            #expect(check != nil && failures.isEmpty, "\(rule.description.id): \(failures.map(\.message.en))")
        }
    }

    @Test func aUsersRuleFileParsesItsChecksWhenRead() throws {
        let pack = try RuleFileLoader().load(
            """
            iop-lint-rules: 1
            pack: own
            rules:
              - id: title
                severity: error
                summary: A title
                message: Give a title
                given: "$"
                check: { has-keys: [title] }
            """, file: "own.yml")
        let rules = Self.fileRules([pack])
        #expect(rules.count == 1)
        #expect(rules.allSatisfy { !($0.check is DeferredCheck) })
    }

    /// A pack read as a built-in one defers its checks, and finds what it finds read at once,
    /// also when many threads run the rules first at the same time.
    @Test func deferredChecksFindWhatChecksParsedAtOnceFind() throws {
        let text = RuleFileFixture.pack(
            RuleFileFixture.rule(
                given: "parties[*]", check: "{ all-of: [{ has-keys: [org-number] }, { not: { has-keys: [roles] } }] }")
                + "\n"
                + RuleFileFixture.rule(given: "title", check: "{ terms-absent: { sv: [köp av tjänst, upphandling] } }")
                .replacingOccurrences(of: "id: rule", with: "id: terms"))
        let deferred = try RuleFileLoader().load(builtIn: text, documentation: [:], file: "test.yml", fileText: "")
        let parsed = try RuleFileLoader().load(text, file: "test.yml")
        #expect(Self.fileRules([deferred]).allSatisfy { $0.check is DeferredCheck })
        let agreement = """
            iop-lint: 1
            title: Upphandling av köp av tjänster
            parties:
              - { id: a, name: A, roles: [voice] }
              - { id: b, name: B, org-number: "212000-2080" }
            """
        @Sendable func findings(_ pack: RulePack) -> [String] {
            Linter(rules: pack.rules).lint(bytes: Array(agreement.utf8), path: "a.yaml").findings.map {
                "\($0.range.start) \($0.ruleID) \($0.message.en)"
            }
        }
        let expected = findings(parsed)
        #expect(expected.count == 2)
        let results = Mutex<[[String]]>([])
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            let found = findings(deferred)
            results.withLock { $0.append(found) }
        }
        #expect(results.withLock { $0 } == Array(repeating: expected, count: 8))
    }
}

/// The command line has the built-in rules read and their checks parsed on another thread
/// while it reads the agreement (``RuleSet/prepareBuiltInRules()``).
@Suite struct BuiltInRulePreparationTests {
    @Test func preparingParsesEveryBuiltInCheck() throws {
        RuleSet.prepareBuiltInRules()
        let rules = try RuleSet.embeddedPacks.get().flatMap(\.rules).compactMap { $0 as? FileRule }
        #expect(rules.count > 50)
        let unparsed = rules.filter { ($0.check as? DeferredCheck)?.isParsed != true }.map(\.description.id)
        #expect(unparsed.isEmpty, "not parsed: \(unparsed)")
    }

    /// Threads that prepare a pack's checks while others run its rules make each check once,
    /// and the rules find what rules parsed at once find.
    @Test func checksPreparedWhileRulesRunFindTheSame() throws {
        let text = RuleFileFixture.pack(
            RuleFileFixture.rule(given: "title", check: "{ terms-absent: { sv: [köp av tjänst, upphandling] } }"))
        let deferred = try RuleFileLoader().load(builtIn: text, documentation: [:], file: "test.yml", fileText: "")
        let parsed = try RuleFileLoader().load(text, file: "test.yml")
        let checks = deferred.rules.compactMap { ($0 as? FileRule)?.check as? DeferredCheck }
        #expect(checks.count == 1)
        @Sendable func findings(_ pack: RulePack) -> [String] {
            let agreement = "iop-lint: 1\ntitle: Upphandling av köp av tjänster\n"
            return Linter(rules: pack.rules).lint(bytes: Array(agreement.utf8), path: "a.yaml").findings.map {
                "\($0.range.start) \($0.ruleID) \($0.message.en)"
            }
        }
        let found = Mutex<[[String]]>([])
        DispatchQueue.concurrentPerform(iterations: 8) { index in
            if index.isMultiple(of: 2) {
                checks.forEach { $0.prepare() }
            } else {
                let messages = findings(deferred)
                found.withLock { $0.append(messages) }
            }
        }
        let expected = findings(parsed)
        #expect(!expected.isEmpty)
        #expect(found.withLock { $0 } == Array(repeating: expected, count: 4))
        #expect(checks.allSatisfy { $0.isParsed })
    }
}
