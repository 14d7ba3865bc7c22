import Foundation

/// Turns the paths given on the command line into the files to lint.
///
/// A file named on the command line is taken whatever it is; `-` is standard input. A folder is
/// walked recursively for `*.yaml` and `*.yml`, skipping hidden folders and `.build`, what git
/// ignores there (``GitIgnoredPaths``) and symbolic links that point out of the folder; of the
/// YAML files found, only agreements are taken (``AgreementSniffer``), the others are listed as
/// skipped. A folder that cannot be listed is a failure of its own; the walk goes on. Files come
/// out sorted, each once per spelling.
public struct InputCollector {
    public var fileManager: FileManager
    /// Whether folder walks take only agreements and respect git's ignore files (for rule
    /// folders, every YAML file is taken).
    public var agreementsOnly: Bool

    public init(fileManager: FileManager = .default, agreementsOnly: Bool = true) {
        self.fileManager = fileManager
        self.agreementsOnly = agreementsOnly
    }

    /// The inputs for `paths`; `stdin` supplies standard input's bytes when `-` is given.
    /// Throws a ``ToolFailure`` for a path that does not exist.
    public func collect(
        _ paths: [String], stdinName: String, stdin: () -> [UInt8]
    ) throws(ToolFailure) -> InputCollection {
        var collection = InputCollection()
        var files: [String] = []
        for path in paths {
            if path == "-" {
                collection.inputs.append(LintInput(displayPath: stdinName, source: .bytes(stdin())))
                continue
            }
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw ToolFailure(
                    message: LocalizedText(
                        en: "no such file or directory: \(path)", sv: "filen eller mappen finns inte: \(path)"),
                    file: path)
            }
            if isDirectory.boolValue {
                var walk = FolderWalk(root: path, collector: self)
                walk.walk(path, relative: "")
                files += walk.files
                collection.skipped += walk.skipped
                collection.notices += walk.notices
                collection.failures += walk.failures
            } else {
                files.append(Self.display(path))
                collection.named.insert(Self.display(path))
            }
        }
        files.sort()
        let readsStandardInput = !collection.inputs.isEmpty
        collection.inputs.reserveCapacity(collection.inputs.count + files.count)
        var previous: String?
        for file in files where file != previous {
            collection.inputs.append(LintInput(displayPath: file, source: .file(file)))
            previous = file
        }
        if readsStandardInput {
            collection.inputs.sort { $0.displayPath < $1.displayPath }
        }
        collection.skipped.sort()
        return collection
    }

    /// Whether a file name is one the walk picks up.
    public static func isAgreementFile(_ name: String) -> Bool {
        name.hasSuffix(".yaml") || name.hasSuffix(".yml")
    }

    /// The path as shown: without a leading `./`.
    static func display(_ path: String) -> String {
        var shown = Substring(path)
        while shown.hasPrefix("./") && shown.count > 2 { shown = shown.dropFirst(2) }
        return String(shown)
    }
}
