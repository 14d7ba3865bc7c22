import Synchronization

/// A file's text in Unicode scalars, taken apart the first time a rule asks (most files need
/// it for no finding), and shared by the file's documents.
final class SourceScalars: Sendable {
    private let text: String
    private let scalars: Mutex<[Unicode.Scalar]?>

    /// The scalars of `text`, made on first use.
    init(text: String) {
        self.text = text
        scalars = Mutex(nil)
    }

    /// Scalars known already.
    init(scalars: [Unicode.Scalar]) {
        text = ""
        self.scalars = Mutex(scalars)
    }

    var value: [Unicode.Scalar] {
        scalars.withLock { scalars in
            if let scalars { return scalars }
            let made = TextAnalysis.scalars(of: text)
            scalars = made
            return made
        }
    }
}
