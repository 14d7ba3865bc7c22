import Foundation

/// One run of `git` (found on the `PATH`), with no standard input, its output collected.
///
/// git is started with `posix_spawnp` and waited for with `waitpid`: Foundation's `Process`
/// cost a folder walk about 3 ms a run more than git itself (it starts `env`, scans the open
/// files, and tells of the exit on a thread of its own), and its `waitUntilExit()` on Linux
/// looks again only every 50 ms.
public struct GitCommand: Sendable {
    /// What git wrote to standard output.
    public let output: Data
    /// The first line git wrote to standard error, if any.
    public let firstErrorLine: String?
    /// Whether git exited with status 0.
    public let succeeded: Bool

    /// Runs `git ARGUMENTS`; `nil` when git cannot be started.
    public static func run(_ arguments: [String]) -> GitCommand? {
        guard let output = ChildPipe(), let errors = ChildPipe() else { return nil }
        defer {
            output.closeBothEnds()
            errors.closeBothEnds()
        }
        guard let child = spawn(["git"] + arguments, output: output.writeEnd, errors: errors.writeEnd) else {
            return nil
        }
        // The child holds the write ends now: without these, reading would never end.
        output.closeWriteEnd()
        errors.closeWriteEnd()
        let (data, message) = readBoth(output.readEnd, errors.readEnd)
        let status = waitForExit(child)
        return GitCommand(
            output: Data(data),
            firstErrorLine: String(decoding: message, as: UTF8.self).split(separator: "\n").first.map(String.init),
            succeeded: status == 0)
    }

    /// Starts `arguments[0]`, found on the `PATH`, with standard input from `/dev/null` and
    /// standard output and error into `output` and `errors`; its process id, or `nil` when it
    /// cannot be started. Of this process's other open files the child keeps those not marked
    /// close-on-exec: the pipes' ends are marked, and so are the files iop-lint reads.
    private static func spawn(_ arguments: [String], output: Int32, errors: Int32) -> pid_t? {
        #if canImport(Glibc)
            var actions = posix_spawn_file_actions_t()
        #else
            var actions: posix_spawn_file_actions_t?
        #endif
        guard posix_spawn_file_actions_init(&actions) == 0 else { return nil }
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, output, 1)
        posix_spawn_file_actions_adddup2(&actions, errors, 2)
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var child: pid_t = 0
        guard posix_spawnp(&child, argv[0]!, &actions, nil, argv, environ) == 0 else { return nil }
        return child
    }

    /// Everything written to `first` and to `second` until both are closed, read as it comes
    /// so that neither fills up while the other is waited on.
    private static func readBoth(_ first: Int32, _ second: Int32) -> ([UInt8], [UInt8]) {
        var collected: [[UInt8]] = [[], []]
        var descriptors = [
            pollfd(fd: first, events: Int16(POLLIN), revents: 0), pollfd(fd: second, events: Int16(POLLIN), revents: 0),
        ]
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while descriptors.contains(where: { $0.fd >= 0 }) {
            guard poll(&descriptors, nfds_t(descriptors.count), -1) >= 0 else {
                if errno == EINTR { continue }
                break
            }
            for index in descriptors.indices where descriptors[index].fd >= 0 && descriptors[index].revents != 0 {
                let count = chunk.withUnsafeMutableBytes { read(descriptors[index].fd, $0.baseAddress, $0.count) }
                if count > 0 {
                    collected[index] += chunk[..<count]
                } else if count == 0 || errno != EINTR {
                    // A negative descriptor is left out by poll.
                    descriptors[index].fd = -1
                }
            }
        }
        return (collected[0], collected[1])
    }

    /// The exit status of `child` once it has ended; `-1` when it ended by a signal.
    private static func waitForExit(_ child: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(child, &status, 0) < 0 {
            guard errno == EINTR else { return -1 }
        }
        // WIFEXITED and WEXITSTATUS, which Swift does not import.
        return status & 0x7F == 0 ? (status >> 8) & 0xFF : -1
    }
}

/// A pipe whose ends are closed on `exec` (the child gets copies of the write end only).
private final class ChildPipe {
    private(set) var readEnd: Int32
    private(set) var writeEnd: Int32

    init?() {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { return nil }
        readEnd = ends[0]
        writeEnd = ends[1]
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
    }

    func closeWriteEnd() {
        if writeEnd >= 0 { close(writeEnd) }
        writeEnd = -1
    }

    func closeBothEnds() {
        closeWriteEnd()
        if readEnd >= 0 { close(readEnd) }
        readEnd = -1
    }
}
