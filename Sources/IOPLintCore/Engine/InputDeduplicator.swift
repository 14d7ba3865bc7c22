/// Keeps each file once among the inputs of a run: a path given twice, a file under several
/// spellings (`d/a.yaml`, `./d//a.yaml`, its absolute path), a symbolic link beside its target
/// or a hard link are one file (``FileIdentity``), linted once and shown under the spelling
/// that came first. A separate step over what ``InputCollector`` collected, so that it holds
/// whatever way the inputs were found.
public enum InputDeduplicator {
    /// `inputs` without those that name a file an earlier one names, in their order. Standard
    /// input (`-`) is kept once; a file that cannot be looked at is told apart by its path.
    public static func unique(_ inputs: [LintInput]) -> [LintInput] {
        var identities: Set<FileIdentity> = []
        var paths: Set<RawPath> = []
        var keptStandardInput = false
        return inputs.filter { input in
            guard case .file(let path) = input.source else {
                defer { keptStandardInput = true }
                return !keptStandardInput
            }
            guard let identity = FileIdentity(path: path) else { return paths.insert(path).inserted }
            return identities.insert(identity).inserted
        }
    }
}
