import Foundation
import FuzzSupport
import IOPLintCore

/// Fuzz target: bytes → rule-file loader → `iop-lint test` (the rules' own examples) and the
/// rules on a fixed agreement. Built with `-DFUZZING` and `-sanitize=fuzzer` it is a libFuzzer
/// target; otherwise it replays inputs given as files.
enum FuzzRuleFile {
    static let agreement = Array(
        """
        iop-lint: 1
        kind: iop
        title: Läxhjälp i Gottsunda
        language: sv
        parties:
          - { id: uppsala, name: Uppsala kommun, type: public }
          - { id: forening, name: Föreningen Läxhjälpen, type: idea-based }
        goals:
          overall: Fler elever ska klara gymnasiebehörighet, från 60 % till 75 % senast 2027.
        resources:
          - { party: uppsala, kind: money, amount: 450000 }
        term: { start: 2025-01-01, end: 2027-12-31 }

        """.utf8)

    static func run(_ bytes: [UInt8]) {
        guard let pack = try? RuleFileLoader().load(bytes: bytes, file: "fuzz-rules.yml") else { return }
        let runner = RuleExampleRunner()
        for rule in pack.rules { _ = runner.run(rule) }
        let file = Linter(rules: pack.rules).lint(bytes: agreement, path: "avtal.yaml")
        FuzzHarness.require(file.findings.allSatisfy { $0.file == "avtal.yaml" }, "a finding of another file")
    }
}

#if FUZZING
    // SwiftPM links every executable with `main` renamed to `FuzzRuleFile_main`; under libFuzzer that
    // entry hands the command line to the fuzzer.
    @_cdecl("FuzzRuleFile_main")
    public func fuzzRuleFileMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
        FuzzHarness.fuzz(argc: argc, argv: argv) { data, size in
            guard let data else { return 0 }
            FuzzRuleFile.run(Array(UnsafeBufferPointer(start: data, count: size)))
            return 0
        }
    }
#else
    @main enum FuzzRuleFileReplay {
        static func main() {
            exit(FuzzHarness.replay(Array(CommandLine.arguments.dropFirst()), body: FuzzRuleFile.run))
        }
    }
#endif
