import Foundation

/// Writes files so that readers see the old content or the new, never half of it.
public enum AtomicFile {
    /// Writes `text` to a temporary file beside `path`, then renames it over `path`.
    public static func write(_ text: String, to path: String) throws(ToolFailure) {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try Data(text.utf8).write(to: temporary)
            guard rename(temporary.path, url.path) == 0 else { throw CocoaError(.fileWriteUnknown) }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw ToolFailure(
                message: LocalizedText(en: "cannot write \(path)", sv: "kan inte skriva \(path)"), file: path)
        }
    }
}
