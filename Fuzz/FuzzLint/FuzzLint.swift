import Foundation
import FuzzSupport
import IOPLintCore

/// Fuzz target: bytes → load → decode → every rule of the built-in packs → every reporter.
/// Built with `-DFUZZING` and `-sanitize=fuzzer` it is a libFuzzer target; otherwise it replays
/// inputs given as files (`fuzz-lint crash-…`).
enum FuzzLint {
    static let profile: LintProfile = {
        let resolver = ConfigResolver(commandLine: .init())
        do {
            return try resolver.profile(
                for: "fuzz.yaml", configuration: nil, ruleSet: resolver.ruleSetWithoutConfiguration())
        } catch {
            fatalError("the built-in packs do not load: \(error)")
        }
    }()

    static func run(_ bytes: [UInt8]) {
        let linter = Linter(profile: profile)
        let file = linter.lint(bytes: bytes, path: "fuzz/avtal.yaml", profile: profile)
        let report = LintReport(files: [file], failures: [], rules: profile.rules.map(\.description))
        for format in ReportFormat.allCases {
            for language in Language.allCases {
                let output = format.reporter.render(report, options: ReportOptions(language: language))
                FuzzHarness.require(!output.isEmpty || format == .github, "\(format) wrote nothing")
            }
        }
    }
}

#if FUZZING
    // SwiftPM links every executable with `main` renamed to `FuzzLint_main`; under libFuzzer that
    // entry hands the command line to the fuzzer.
    @_cdecl("FuzzLint_main")
    public func fuzzLintMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
        FuzzHarness.fuzz(argc: argc, argv: argv) { data, size in
            guard let data else { return 0 }
            FuzzLint.run(Array(UnsafeBufferPointer(start: data, count: size)))
            return 0
        }
    }
#else
    @main enum FuzzLintReplay {
        static func main() {
            exit(FuzzHarness.replay(Array(CommandLine.arguments.dropFirst()), body: FuzzLint.run))
        }
    }
#endif
