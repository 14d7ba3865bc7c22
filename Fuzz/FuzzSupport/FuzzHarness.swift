import Foundation

#if FUZZING
    import CFuzzDriver
#endif

/// What the fuzz targets share: reading crash inputs back (the normal build's entry point) and
/// the promises a report must keep whatever the input.
public enum FuzzHarness {
    /// Runs `body` on each file named in `arguments` (without the program name): how a crash or
    /// slow input that the fuzzer saved is replayed with the normal build.
    public static func replay(_ arguments: [String], body: ([UInt8]) -> Void) -> Int32 {
        guard !arguments.isEmpty else {
            FileHandle.standardError.write(Data("usage: replay INPUT...\n".utf8))
            return 2
        }
        for path in arguments {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("cannot read \(path)\n".utf8))
                return 2
            }
            body(Array(data))
            print("\(path): ok")
        }
        return 0
    }

    #if FUZZING
        /// Runs libFuzzer with the command line, calling `body` for each input.
        public static func fuzz(
            argc: Int32, argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>,
            _ body: @escaping @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
        ) -> Int32 {
            var count = argc
            var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
            return LLVMFuzzerRunDriver(&count, &arguments, body)
        }
    #endif

    /// Stops the process (the fuzzer saves the input) when `condition` does not hold.
    public static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { fatalError("fuzz invariant broken: \(message())") }
    }
}
