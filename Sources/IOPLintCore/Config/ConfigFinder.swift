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
        let folder = path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        if let known = byFolder[folder] { return known }
        let found = ConfigDiscovery().configuration(for: path)
        byFolder[folder] = found
        return found
    }
}
