import Foundation

/// A file as the file system knows it, by device and inode, whatever path names it: two
/// spellings of one path (`d/a.yaml`, `./d//a.yaml`, `/abs/d/a.yaml`), a symbolic link and its
/// target, and hard links all have one identity.
public struct FileIdentity: Hashable, Sendable {
    public let device: UInt64
    public let inode: UInt64

    /// The identity of the file at `path`, symbolic links followed; `nil` when there is no
    /// such file.
    public init?(path: String) {
        self.init(path: RawPath(path))
    }

    /// The identity of the file at `path`, named by its bytes, symbolic links followed; `nil`
    /// when there is no such file.
    public init?(path: RawPath) {
        var status = stat()
        guard path.withCString({ stat($0, &status) }) == 0 else { return nil }
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
    }
}
