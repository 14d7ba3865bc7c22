import Foundation

/// Turns the paths given on the command line into the files to lint.
///
/// A directory is walked recursively for `*.yaml` and `*.yml`, skipping hidden folders and
/// `.build`; a file is taken whatever its name; `-` is standard input. Files come out sorted,
/// each once.
public struct InputCollector {
    public var fileManager: FileManager

    public init(fileManager: FileManager = .default) {
        self.fileManager = fileManager
    }

    /// The inputs for `paths`; `stdin` supplies standard input's bytes when `-` is given.
    /// Throws a ``ToolFailure`` for a path that does not exist or cannot be listed.
    public func collect(
        _ paths: [String], stdinName: String, stdin: () -> [UInt8]
    ) throws(ToolFailure) -> [LintInput] {
        var files: Set<String> = []
        var inputs: [LintInput] = []
        for path in paths {
            if path == "-" {
                inputs.append(LintInput(displayPath: stdinName, source: .bytes(stdin())))
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
                try walk(path, into: &files)
            } else {
                files.insert(Self.display(path))
            }
        }
        return inputs + files.sorted().map { LintInput(displayPath: $0, source: .file($0)) }
    }

    /// Whether a file name is one the walk picks up.
    public static func isAgreementFile(_ name: String) -> Bool {
        name.hasSuffix(".yaml") || name.hasSuffix(".yml")
    }

    private func walk(_ directory: String, into files: inout Set<String>) throws(ToolFailure) {
        let names: [String]
        do {
            names = try fileManager.contentsOfDirectory(atPath: directory)
        } catch {
            throw ToolFailure(
                message: LocalizedText(
                    en: "cannot list the folder \(directory)", sv: "kan inte lista mappen \(directory)"),
                file: directory)
        }
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            let url = URL(fileURLWithPath: path)
            let values = try? url.resourceValues(forKeys: [.isDirectoryKey, .isSymbolicLinkKey])
            if values?.isDirectory == true {
                try walk(path, into: &files)
            } else if values?.isSymbolicLink == true {
                var isDirectory: ObjCBool = false
                if fileManager.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
                    Self.isAgreementFile(name)
                {
                    files.insert(Self.display(path))
                }
            } else if Self.isAgreementFile(name) {
                files.insert(Self.display(path))
            }
        }
    }

    /// The path as shown: without a leading `./`.
    static func display(_ path: String) -> String {
        var shown = Substring(path)
        while shown.hasPrefix("./") && shown.count > 2 { shown = shown.dropFirst(2) }
        return String(shown)
    }
}
