import IOPLintCore

/// Which configuration a file is linted with: the one `--config` names, else the nearest
/// `.iop-lint.yml` (looked up once per folder).
final class ConfigFinder {
    private let explicit: String?
    private var byFolder: [String: String?] = [:]

    init(explicit: String?) {
        self.explicit = explicit
    }

    func configuration(forFile path: String) -> String? {
        if let explicit { return explicit }
        let folder = path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        if let known = byFolder[folder] { return known }
        let found = ConfigDiscovery().configuration(for: path)
        byFolder[folder] = found
        return found
    }
}
