import Foundation
import IOPLintCore

extension LintCommand {
    /// The one agreement of this run that is worth loading while the run is set up
    /// (``FileLoadAhead``), and whether it is loaded with a spare core: when the command line
    /// names one regular file and asks for no cache, `--changed-since` or `--shard`, which may
    /// leave the file out or read it themselves. A small file is worth it too: its set-up (the
    /// configuration, the rules) is most of a one-file run. The spare core is the one a large
    /// file's job would have (``LintInput/isLarge``, the size from which every job checks its
    /// rules): with more than one job (``jobCount(files:firstIsLarge:)``).
    func fileToLoadAhead() -> (path: RawPath, spareCore: Bool)? {
        guard paths.count == 1, paths[0] != "-", !WordDocumentHint.isWordDocument(paths[0]),
            incremental.cache == nil, incremental.changedSince == nil, incremental.shard == nil
        else { return nil }
        let path = RawArguments.paths(paths)[0]
        // One `stat`: whether it is a regular file, and its size.
        guard let size = path.regularFileSize else { return nil }
        guard LintInput.isLarge(byteCount: size) else { return (path, false) }
        return (path, jobCount(files: 1, firstIsLarge: true) > 1)
    }
}

/// Work done on a thread of its own while the caller does other work, then waited for.
final class Meanwhile<Value>: @unchecked Sendable {
    private var result: Result<Value, any Error>?
    private let done = DispatchSemaphore(value: 0)

    /// Starts `work` on a new thread (a `Thread`, which starts at once, where a Dispatch queue's
    /// may start late while the process starts up).
    init(_ work: @escaping @Sendable () throws -> Value) {
        Thread { [self] in
            result = Result(catching: work)
            done.signal()
        }.start()
    }

    /// The work's result, once it is done; rethrows its error.
    func value() throws -> Value {
        done.wait()
        return try result!.get()
    }
}

/// Values handed to a thread that has them to itself until the caller waits for its work.
struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value

    init(_ value: Value) {
        self.value = value
    }
}
