/// Which configuration a file is linted with: the one named explicitly (`--config`), else the
/// nearest `.iop-lint.yml` (looked up once per folder).
public final class ConfigFinder {
    private let explicit: String?
    private var byFolder: [String: String?] = [:]

    public init(explicit: String?) {
        self.explicit = explicit
    }

    /// The configuration file for `path`, or `nil` when none applies.
    public func configuration(forFile path: String) -> String? {
        if let explicit { return explicit }
        // What comes before the last `/` (nothing without one), found among the UTF-8 bytes: a
        // walk of a large folder asks for every file, and a split into characters cost more
        // than the rest of the file's set-up.
        let folder = path.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(path[..<$0]) } ?? ""
        if let known = byFolder[folder] { return known }
        let found = ConfigDiscovery().configuration(for: path)
        byFolder[folder] = found
        return found
    }
}
