extension ToolFailure {
    /// Standard output refused a write.
    public static let cannotWriteStandardOutput = ToolFailure(
        message: LocalizedText(
            en: "cannot write to standard output (a full disk, or a pipe closed by the reader)",
            sv: "kan inte skriva till standard ut (en full disk, eller ett rör som läsaren stängt)"))

    /// `path` cannot be written (or, for a report written beside it first, renamed into place).
    public static func cannotWrite(_ path: String) -> ToolFailure {
        ToolFailure(message: LocalizedText(en: "cannot write \(path)", sv: "kan inte skriva \(path)"), file: path)
    }
}
