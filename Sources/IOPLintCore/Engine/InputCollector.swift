import Foundation

/// Turns the paths given on the command line into the files to lint.
///
/// A file named on the command line is taken whatever it is; `-` is standard input. A folder is
/// walked recursively for `*.yaml` and `*.yml`, skipping hidden folders and `.build`, what git
/// ignores there (``GitIgnoredPaths``) and symbolic links that point out of the folder; of the
/// YAML files found, only agreements are taken (``AgreementSniffer``), the others are listed as
/// skipped. A folder that cannot be listed is a failure of its own; the walk goes on. Paths are
/// taken by their bytes (``RawPath``), whether or not they are UTF-8, and shown as
/// ``RawPath/shown`` shows them. Files come out sorted by the name shown, each once per spelling.
public struct InputCollector {
    /// Whether folder walks take only agreements and respect git's ignore files (for rule
    /// folders, every YAML file is taken).
    public var agreementsOnly: Bool
    /// How many of the YAML files a walk found are read at a time to tell agreements apart;
    /// `nil` for one per core.
    public var readers: Int?

    public init(agreementsOnly: Bool = true, readers: Int? = 1) {
        self.agreementsOnly = agreementsOnly
        self.readers = readers
    }

    /// The inputs for `paths`; `stdin` supplies standard input's bytes when `-` is given.
    /// Throws a ``ToolFailure`` for a path that does not exist.
    public func collect(
        _ paths: [RawPath], stdinName: String, stdin: () -> [UInt8]
    ) throws(ToolFailure) -> InputCollection {
        var collection = InputCollection()
        var files: [RawPath] = []
        for path in paths {
            if path.bytes == [UInt8(ascii: "-")] {
                collection.inputs.append(LintInput(displayPath: stdinName, source: .bytes(stdin())))
                continue
            }
            guard let type = path.fileType(followingLinks: true) else {
                throw ToolFailure(
                    message: LocalizedText(
                        en: "no such file or directory: \(path.shown)",
                        sv: "filen eller mappen finns inte: \(path.shown)"),
                    file: path.shown)
            }
            if type == S_IFDIR {
                var walk = FolderWalk(root: path, collector: self)
                walk.walk(path, relative: [])
                if agreementsOnly {
                    let areAgreements = AgreementSniffer.areAgreements(walk.files, readers: readers)
                    for (file, isAgreement) in zip(walk.files, areAgreements) {
                        if isAgreement { files.append(file) } else { collection.skipped.append(file.shown) }
                    }
                } else {
                    files += walk.files
                }
                collection.notices += walk.notices
                collection.failures += walk.failures
            } else {
                let file = path.withoutLeadingDotSlash
                files.append(file)
                collection.named.insert(file.shown)
            }
        }
        let readsStandardInput = !collection.inputs.isEmpty
        collection.inputs.reserveCapacity(collection.inputs.count + files.count)
        var previous: String?
        for (shown, file) in files.map({ ($0.shown, $0) }).sorted(by: { $0.0 < $1.0 }) where shown != previous {
            collection.inputs.append(LintInput(displayPath: shown, source: .file(file)))
            previous = shown
        }
        if readsStandardInput {
            collection.inputs.sort { $0.displayPath < $1.displayPath }
        }
        collection.skipped.sort()
        return collection
    }

    /// Whether a file name, as the folder holds it, is one the walk picks up.
    public static func isAgreementFile(_ name: RawPath) -> Bool {
        let reversed = name.bytes.reversed()
        return reversed.starts(with: ".yaml".utf8.reversed()) || reversed.starts(with: ".yml".utf8.reversed())
    }
}
