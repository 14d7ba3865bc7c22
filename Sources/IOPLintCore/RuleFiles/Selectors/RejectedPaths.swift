import IOPYAML

/// The paths of a document's values left out of the model for their type
/// (``LintDocument/rejected``), with a quick test for the paths that surely are not among them.
///
/// A selector asks about every node it passes, `**` about every node of the document, and
/// most documents reject a few values or none: comparing a path's length and last component
/// with those of the few rejected ones rules most paths out without making and hashing a
/// ``DocumentPath``.
struct RejectedPaths: Sendable {
    let paths: Set<DocumentPath>
    /// The length and last component of each rejected path, when there are at most
    /// ``fewestHashed`` of them; `nil` when there are more (then every path is looked up).
    private let ends: [End]?

    private struct End: Sendable {
        let count: Int
        let last: DocumentPath.Component?
    }

    /// Up to this many rejected paths, a path is compared with their ends before it is hashed.
    private static var fewestHashed: Int { 8 }

    init(_ paths: Set<DocumentPath>) {
        self.paths = paths
        ends =
            paths.count <= Self.fewestHashed
            ? paths.map { End(count: $0.components.count, last: $0.components.last) } : nil
    }

    /// Whether no path is rejected.
    var isEmpty: Bool { paths.isEmpty }

    /// Whether `path` is rejected.
    func contains(_ path: DocumentPath) -> Bool {
        contains(path.components)
    }

    /// Whether the path made of `components` is rejected.
    func contains(_ components: [DocumentPath.Component]) -> Bool {
        if paths.isEmpty { return false }
        if let ends {
            let count = components.count
            let last = components.last
            guard ends.contains(where: { $0.count == count && $0.last == last }) else { return false }
        }
        return paths.contains(DocumentPath(components))
    }
}
