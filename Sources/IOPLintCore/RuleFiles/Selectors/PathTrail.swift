import IOPYAML

/// The paths of the nodes one walk of a `**` reached, kept as the tree of steps they share: an
/// entry is one path component below its parent entry. The walk records one entry per node
/// instead of a path array per node (`**` reaches every node of the document); a node's
/// ``DocumentPath`` is made only when asked for (for a finding, mostly).
final class PathTrail: Sendable {
    /// One step: a component below the entry at `parent` (`-1`: below the trail's start).
    struct Entry: Sendable {
        let parent: Int
        let component: DocumentPath.Component
    }

    /// Where a node is: an entry of a trail, or (entry `-1`) the place the trail starts from.
    struct Place: Sendable {
        let trail: PathTrail
        let entry: Int

        /// The trail's start, then the components of the entries down to this one.
        var path: DocumentPath {
            var reversed: [DocumentPath.Component] = []
            var entry = self.entry
            while entry >= 0 {
                let step = trail.entries[entry]
                reversed.append(step.component)
                entry = step.parent
            }
            return DocumentPath(trail.start.components + reversed.reversed())
        }
    }

    /// The path the entries with parent `-1` hang from.
    let start: DocumentPath
    let entries: [Entry]

    init(start: DocumentPath, entries: [Entry]) {
        self.start = start
        self.entries = entries
    }
}
