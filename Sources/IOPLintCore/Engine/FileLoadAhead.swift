import Synchronization

/// One file loaded before its job comes up: a run of one large agreement reads and parses it
/// while the run's configuration and rules are set up on another thread, and the ``Linter``
/// takes the loaded documents when it reaches the file's job (``Linter/loadedAhead``).
///
/// The loading is the one the job would do (``DocumentLoader/loadFile(bytes:spareCore:)``), so
/// the report is the same. A file that cannot be read whole (missing, too large, a folder) is
/// left to its job, which reads it again and reports why.
public final class FileLoadAhead: Sendable {
    /// A loaded file: its text, documents and suppressions.
    public typealias Loaded = (text: String, documents: [LintDocument], suppressions: [Suppression])

    private let identity: FileIdentity
    private let spareCore: Bool
    /// The loaded file until a job takes it.
    private let loaded: Mutex<Loaded?>

    /// Reads and loads the file at `path` with `loader`, on this thread (with a spare core, as
    /// for a job whose rules are checked by more than one job); `nil` when there is no such file.
    public init?(loading path: RawPath, with loader: DocumentLoader, spareCore: Bool) {
        guard let identity = FileIdentity(path: path) else { return nil }
        self.identity = identity
        self.spareCore = spareCore
        var loaded: Loaded?
        if case .bytes(let bytes) = FileBytes.read(at: path, limit: loader.yaml.limits.maxBytes) {
            loaded = loader.loadFile(bytes: bytes, spareCore: spareCore)
        }
        self.loaded = Mutex(loaded)
    }

    /// The documents of `input` when it is the file loaded here (the same file, whatever its
    /// path is called) and it is to be loaded the same way; `nil` for any other input, after
    /// the first time, and when the file could not be read whole.
    public func take(for input: LintInput, spareCore: Bool) -> Loaded? {
        guard case .file(let path) = input.source, spareCore == self.spareCore,
            FileIdentity(path: path) == identity
        else { return nil }
        return loaded.withLock { $0.take() }
    }
}
