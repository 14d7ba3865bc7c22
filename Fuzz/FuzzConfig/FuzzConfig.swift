import Foundation
import FuzzSupport
import IOPLintCore

/// Fuzz target: bytes → configuration loader (with `extends`) → the profile of a file. Built
/// with `-DFUZZING` and `-sanitize=fuzzer` it is a libFuzzer target; otherwise it replays inputs
/// given as files.
enum FuzzConfig {
    /// A folder of this process for the configuration under test (the loader reads files).
    static let folder: String = {
        let path = NSTemporaryDirectory() + "iop-lint-fuzz-config-\(getpid())"
        try? FileManager.default.createDirectory(atPath: path + "/avtal", withIntermediateDirectories: true)
        // Removed when the process ends by `exit` (libFuzzer ends a timed run so, and the replay
        // returns through it); a crash leaves it, next to the input that caused it.
        atexit { try? FileManager.default.removeItem(atPath: FuzzConfig.folder) }
        return path
    }()

    static func run(_ bytes: [UInt8]) {
        let path = folder + "/.iop-lint.yml"
        guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else {
            fatalError("cannot write \(path)")
        }
        let resolver = ConfigResolver(commandLine: .init())
        guard let (configuration, ruleSet) = try? resolver.load(path) else { return }
        let file = folder + "/avtal/a.yaml"
        _ = configuration.ignores(file)
        _ = try? resolver.profile(for: file, configuration: configuration, ruleSet: ruleSet)
    }
}

#if FUZZING
    // SwiftPM links every executable with `main` renamed to `FuzzConfig_main`; under libFuzzer that
    // entry hands the command line to the fuzzer.
    @_cdecl("FuzzConfig_main")
    public func fuzzConfigMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
        // The built-in packs are read once, on the first configuration loaded: do it before
        // fuzzing, so that the one-time work does not count against the first input's time.
        FuzzConfig.run(Array("lang: sv\n".utf8))
        return FuzzHarness.fuzz(argc: argc, argv: argv) { data, size in
            guard let data else { return 0 }
            FuzzConfig.run(Array(UnsafeBufferPointer(start: data, count: size)))
            return 0
        }
    }
#else
    @main enum FuzzConfigReplay {
        static func main() {
            exit(FuzzHarness.replay(Array(CommandLine.arguments.dropFirst()), body: FuzzConfig.run))
        }
    }
#endif
