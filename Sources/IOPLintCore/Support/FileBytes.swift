import Foundation
import IOPYAML

/// Reads a file whole, but never more than a limit: a regular file larger than the limit is
/// refused from its size alone, unread, and anything else (a pipe, a device, a file under
/// `/proc` that reports no size) is read until the limit is passed, then refused. Neither the
/// time nor the memory of a read grows past the limit, however large the file.
public enum FileBytes {
    /// What a bounded read found.
    public enum Contents: Sendable, Equatable {
        /// The whole file, at most `limit` bytes.
        case bytes([UInt8])
        /// The file is larger than the limit; nothing of it is kept.
        case tooLarge
    }

    /// The contents of the file at `path`, or `nil` when it cannot be read (missing, a folder,
    /// no permission).
    public static func read(atPath path: String, limit: Int) -> Contents? {
        read(at: RawPath(path), limit: limit)
    }

    /// The contents of the file at `path`, named by its bytes (see ``RawPath``), or `nil` when it
    /// cannot be read (missing, a folder, no permission).
    public static func read(at path: RawPath, limit: Int) -> Contents? {
        guard let (descriptor, size) = opened(forReading: path) else { return nil }
        defer { close(descriptor) }
        if let size, size > limit { return .tooLarge }
        guard let bytes = prefix(of: descriptor, size: size ?? 0, limit: limit) else { return nil }
        return bytes.count > limit ? .tooLarge : .bytes(bytes)
    }

    /// Calls `body` with the descriptor of the file at `path`, opened for reading, and closes
    /// it after; `nil` when the file cannot be opened or is a folder. Read it with
    /// ``readChunk(_:appendingTo:count:)``: reading through a `FileHandle` asks for the file's
    /// status again.
    static func withDescriptor<Result>(at path: RawPath, _ body: (Int32) -> Result) -> Result? {
        guard let (descriptor, _) = opened(forReading: path) else { return nil }
        defer { close(descriptor) }
        return body(descriptor)
    }

    /// One read of up to `count` bytes from `descriptor`, appended to `bytes`: how many came
    /// (0 at the end of the file), or `nil` when the read failed.
    static func readChunk(_ descriptor: Int32, appendingTo bytes: inout [UInt8], count: Int) -> Int? {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count) { chunk in
            guard let read = readSome(descriptor, into: chunk.baseAddress!, count: count) else { return nil }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[..<read]))
            return read
        }
    }

    /// The file at `path` opened for reading, with its size when it is a regular file (`nil` for
    /// a pipe or a device, whose size says nothing), from one `fstat`; `nil` when it cannot be
    /// opened or is a folder. The caller closes the descriptor (a plain descriptor: a
    /// `FileHandle` around it cost more than the rest of opening a small file).
    private static func opened(forReading path: RawPath) -> (descriptor: Int32, size: Int?)? {
        let descriptor = path.withCString { open($0, O_RDONLY | O_CLOEXEC) }
        guard descriptor >= 0 else { return nil }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT != S_IFDIR else {
            close(descriptor)
            return nil
        }
        return (descriptor, status.st_mode & S_IFMT == S_IFREG ? Int(clamping: status.st_size) : nil)
    }

    /// The file at `path` whole when it holds at most `limit` bytes, else its first `limit + 1`
    /// bytes, enough for ``YAMLLoader`` to refuse it as too large; `nil` when it cannot be read.
    /// For files read once per run (configurations, rule files, baselines).
    public static func readCapped(atPath path: String, limit: Int = YAMLLimits.default.maxBytes) -> [UInt8]? {
        readCapped(at: RawPath(path), limit: limit)
    }

    /// ``readCapped(atPath:limit:)`` for a path named by its bytes (see ``RawPath``).
    public static func readCapped(at path: RawPath, limit: Int = YAMLLimits.default.maxBytes) -> [UInt8]? {
        guard let (descriptor, size) = opened(forReading: path) else { return nil }
        defer { close(descriptor) }
        return prefix(of: descriptor, size: size ?? 0, limit: limit)
    }

    /// The whole file at `path`, at most `limit` bytes, for a command that reads one file and
    /// cannot go on without it (import, render, merge): a file it cannot read, or one larger
    /// than `limit` (by default the limit of an agreement), is a failure of the run that names
    /// the file.
    public static func contents(
        atPath path: String, limit: Int = YAMLLimits.default.maxBytes
    ) throws(ToolFailure) -> [UInt8] {
        switch read(atPath: path, limit: limit) {
        case .bytes(let bytes): return bytes
        case .tooLarge: throw .tooLarge(path, limit: limit)
        case nil: throw .cannotRead(path)
        }
    }

    /// Standard input as ``readCapped(atPath:limit:)`` reads a file.
    public static func readStandardInputCapped(limit: Int = YAMLLimits.default.maxBytes) -> [UInt8]? {
        prefix(of: STDIN_FILENO, size: 0, limit: limit)
    }

    /// At most the first `limit + 1` bytes of the file open as `descriptor`.
    ///
    /// `size` is the size the file reports (0 when it reports none): that many bytes and one
    /// more, to see the end, are read into one array, with no copy and no growing. A file that
    /// holds more than it reported (a pipe, a file under `/proc`, a file that grew) is read on
    /// in chunks.
    private static func prefix(of descriptor: Int32, size: Int, limit: Int) -> [UInt8]? {
        let wanted = limit + 1
        let first = min(wanted, size + 1)
        var failed = false
        var bytes = [UInt8](unsafeUninitializedCapacity: first) { buffer, count in
            count = 0
            while count < first {
                guard let read = readSome(descriptor, into: buffer.baseAddress! + count, count: first - count)
                else {
                    failed = true
                    return
                }
                if read == 0 { return }
                count += read
            }
        }
        guard !failed else { return nil }
        guard bytes.count == first, first < wanted else { return bytes }
        while bytes.count < wanted {
            guard let read = readChunk(descriptor, appendingTo: &bytes, count: min(1 << 16, wanted - bytes.count))
            else { return nil }
            if read == 0 { break }
        }
        return bytes
    }
}

/// One `read(2)` of up to `count` bytes into `buffer`, tried again when a signal interrupts it:
/// how many bytes came (0 at the end of the file), or `nil` when the read failed.
private func readSome(_ descriptor: Int32, into buffer: UnsafeMutablePointer<UInt8>, count: Int) -> Int? {
    while true {
        let read = read(descriptor, buffer, count)
        if read >= 0 { return read }
        if errno != EINTR { return nil }
    }
}
