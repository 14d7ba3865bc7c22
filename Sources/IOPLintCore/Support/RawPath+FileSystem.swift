import Foundation

/// The system calls a folder walk makes, on paths named by their bytes: nothing on the way turns
/// a name into a `String` (`FileManager` would), so a name that is not UTF-8 is found and opened
/// like any other.
extension RawPath {
    /// The kind of file at the path (`S_IFDIR`, `S_IFREG`, `S_IFLNK`, …: `st_mode & S_IFMT`),
    /// following a symbolic link when `followingLinks`; `nil` when there is none.
    func fileType(followingLinks: Bool) -> mode_t? {
        status(followingLinks: followingLinks).map { $0.st_mode & S_IFMT }
    }

    /// The size in bytes of the regular file at the path (following symbolic links); `nil` when
    /// there is none.
    public var regularFileSize: Int? {
        guard let status = status(followingLinks: true), status.st_mode & S_IFMT == S_IFREG else { return nil }
        return Int(status.st_size)
    }

    /// What `stat` (or `lstat`) says of the path; `nil` when there is nothing there.
    private func status(followingLinks: Bool) -> stat? {
        var status = stat()
        let result = withCString { followingLinks ? stat($0, &status) : lstat($0, &status) }
        return result == 0 ? status : nil
    }

    /// The path with every symbolic link, `.` and `..` resolved; `nil` when it does not resolve.
    var resolved: RawPath? {
        guard let resolved = withCString({ realpath($0, nil) }) else { return nil }
        defer { free(resolved) }
        return RawPath(cString: resolved)
    }

    /// The entries of the folder at the path, without `.` and `..`, each with its name as the
    /// folder holds it and its kind (`S_IFDIR`, `S_IFREG`, `S_IFLNK`, …) as the folder tells it
    /// (`nil` when the file system does not say: then only `lstat` tells); `nil` when the folder
    /// cannot be listed. A walk then looks up only the entries whose kind is not told.
    func directoryEntries() -> [(name: RawPath, type: mode_t?)]? {
        guard let directory = withCString({ opendir($0) }) else { return nil }
        defer { closedir(directory) }
        var entries: [(name: RawPath, type: mode_t?)] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { RawPath(bytes: $0) }
            if name.bytes != [UInt8(ascii: ".")] && name.bytes != [UInt8(ascii: "."), UInt8(ascii: ".")] {
                entries.append((name, Self.fileType(directoryEntryType: entry.pointee.d_type)))
            }
        }
        return entries
    }

    /// The kind of file a folder entry's `d_type` tells; `nil` for `DT_UNKNOWN` and any kind a
    /// walk does not tell apart by it.
    private static func fileType(directoryEntryType type: UInt8) -> mode_t? {
        switch Int(type) {
        case Int(DT_DIR): S_IFDIR
        case Int(DT_REG): S_IFREG
        case Int(DT_LNK): S_IFLNK
        default: nil
        }
    }
}
