import Foundation

/// One folder named on the command line, walked for the files to lint (see ``InputCollector``).
struct FolderWalk {
    let root: String
    let collector: InputCollector
    /// The folder's real path, to tell where symbolic links point.
    private let realRoot: String?
    private let ignored: GitIgnoredPaths?
    private(set) var files: [String] = []
    private(set) var skipped: [String] = []
    private(set) var notices: [LocalizedText] = []
    private(set) var failures: [ToolFailure] = []

    init(root: String, collector: InputCollector) {
        self.root = root
        self.collector = collector
        realRoot = Self.realPath(root)
        ignored = collector.agreementsOnly ? GitIgnoredPaths(folder: root) : nil
    }

    /// Walks `directory`, which is `relative` (empty, or ending with `/`) below the root.
    mutating func walk(_ directory: String, relative: String) {
        let names: [String]
        do {
            names = try collector.fileManager.contentsOfDirectory(atPath: directory)
        } catch {
            failures.append(
                ToolFailure(
                    message: LocalizedText(
                        en: "cannot list the folder \(directory)", sv: "kan inte lista mappen \(directory)"),
                    file: InputCollector.display(directory)))
            return
        }
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            var status = stat()
            guard lstat(path, &status) == 0 else { continue }
            switch status.st_mode & S_IFMT {
            case S_IFDIR:
                if ignored?.ignores(relative + name + "/") != true { walk(path, relative: relative + name + "/") }
            case S_IFLNK:
                if InputCollector.isAgreementFile(name), ignored?.ignores(relative + name) != true {
                    takeLinkedFile(path)
                }
            case S_IFREG:
                if InputCollector.isAgreementFile(name), ignored?.ignores(relative + name) != true { take(path) }
            default:
                continue
            }
        }
    }

    /// Takes the file a symbolic link points at, when that is a file inside the root.
    private mutating func takeLinkedFile(_ path: String) {
        var isDirectory: ObjCBool = false
        guard collector.fileManager.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
            let target = Self.realPath(path)
        else { return }
        guard let realRoot, target.hasPrefix(realRoot.hasSuffix("/") ? realRoot : realRoot + "/") else {
            let shown = InputCollector.display(path)
            notices.append(
                LocalizedText(
                    en: "not following \(shown): the link points outside \(root)",
                    sv: "följer inte \(shown): länken pekar utanför \(root)"))
            return
        }
        take(path)
    }

    private mutating func take(_ path: String) {
        let shown = InputCollector.display(path)
        if !collector.agreementsOnly || AgreementSniffer.isAgreement(atPath: path) {
            files.append(shown)
        } else {
            skipped.append(shown)
        }
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
