import Foundation

/// One folder named on the command line, walked for the files to lint (see ``InputCollector``).
/// Names are taken as the folder holds them (``RawPath``), so that a file whose name is not
/// UTF-8 is linted like any other.
struct FolderWalk {
    let root: RawPath
    let collector: InputCollector
    /// The folder's real path, to tell where symbolic links point.
    private let realRoot: RawPath?
    private let ignored: GitIgnoredPaths?
    /// The YAML files found. For a walk that takes only agreements, the collector then reads
    /// them all at once to tell which are (``AgreementSniffer``).
    private(set) var files: [RawPath] = []
    private(set) var notices: [LocalizedText] = []
    private(set) var failures: [ToolFailure] = []

    init(root: RawPath, collector: InputCollector) {
        self.root = root
        self.collector = collector
        realRoot = root.resolved
        ignored = collector.agreementsOnly ? GitIgnoredPaths(folder: root) : nil
    }

    /// Walks `directory`, which is `relative` (empty, or ending with `/`) below the root.
    mutating func walk(_ directory: RawPath, relative: [UInt8]) {
        guard let entries = directory.directoryEntries() else {
            let shown = directory.withoutLeadingDotSlash.shown
            failures.append(
                ToolFailure(
                    message: LocalizedText(
                        en: "cannot list the folder \(directory.shown)", sv: "kan inte lista mappen \(directory.shown)"),
                    file: shown))
            return
        }
        let slash = UInt8(ascii: "/")
        for (name, told) in entries.sorted(by: { $0.name.bytes.lexicographicallyPrecedes($1.name.bytes) })
        where name.bytes.first != UInt8(ascii: ".") {
            let path = directory.appending(name)
            let inFolder = relative + name.bytes
            // The kind the folder told, else what `lstat` says (a file gone since is skipped).
            guard let type = told ?? path.fileType(followingLinks: false) else { continue }
            switch type {
            case S_IFDIR:
                if ignored?.ignores(inFolder + [slash]) != true { walk(path, relative: inFolder + [slash]) }
            case S_IFLNK:
                if InputCollector.isAgreementFile(name), ignored?.ignores(inFolder) != true { takeLinkedFile(path) }
            case S_IFREG:
                if InputCollector.isAgreementFile(name), ignored?.ignores(inFolder) != true { take(path) }
            default:
                continue
            }
        }
    }

    /// Takes the file a symbolic link points at, when that is a file inside the root.
    private mutating func takeLinkedFile(_ path: RawPath) {
        guard let type = path.fileType(followingLinks: true), type != S_IFDIR, let target = path.resolved else {
            return
        }
        let inside = realRoot.map {
            $0.bytes.last == UInt8(ascii: "/") ? $0 : RawPath(bytes: $0.bytes + [UInt8(ascii: "/")])
        }
        guard let inside, target.bytes.starts(with: inside.bytes) else {
            let shown = path.withoutLeadingDotSlash.shown
            notices.append(
                LocalizedText(
                    en: "not following \(shown): the link points outside \(root.shown)",
                    sv: "följer inte \(shown): länken pekar utanför \(root.shown)"))
            return
        }
        take(path)
    }

    private mutating func take(_ path: RawPath) {
        files.append(path.withoutLeadingDotSlash)
    }
}
