/// Keeps each file once among the inputs of a run: a path given twice, a file under several
/// spellings (`d/a.yaml`, `./d//a.yaml`, its absolute path), a symbolic link beside its target
/// or a hard link are one file (``FileIdentity``), linted once and shown under the spelling
/// that came first. A separate step over what ``InputCollector`` collected, so that it holds
/// whatever way the inputs were found.
public enum InputDeduplicator {
    /// `inputs` without those that name a file an earlier one names, in their order. Standard
    /// input (`-`) is kept once; a file that cannot be looked at is told apart by its path.
    /// The files' identities are looked up `readers` at a time.
    public static func unique(_ inputs: [LintInput], readers: Int? = 1) -> [LintInput] {
        let identities = identities(of: inputs, readers: readers)
        var seen: Set<FileIdentity> = []
        var paths: Set<RawPath> = []
        var keptStandardInput = false
        return inputs.indices.filter { index in
            guard case .file(let path) = inputs[index].source else {
                defer { keptStandardInput = true }
                return !keptStandardInput
            }
            guard let identity = identities[index] else { return paths.insert(path).inserted }
            return seen.insert(identity).inserted
        }.map { inputs[$0] }
    }

    /// The identity of each input that is a file (`nil` for standard input and for a file that
    /// cannot be looked at), `readers` looked up at a time.
    private static func identities(of inputs: [LintInput], readers: Int?) -> [FileIdentity?] {
        ParallelReads.map(inputs, readers: readers) { input in
            guard case .file(let path) = input.source else { return nil }
            return FileIdentity(path: path)
        }
    }
}
