extension ToolFailure {
    /// `path` cannot be read: it is missing, a folder, or not readable.
    public static func cannotRead(_ path: String) -> ToolFailure {
        ToolFailure(message: LocalizedText(en: "cannot read \(path)", sv: "kan inte läsa \(path)"), file: path)
    }

    /// `path` holds more than `limit` bytes, so it was not read.
    public static func tooLarge(_ path: String, limit: Int) -> ToolFailure {
        let size = ByteCount.text(limit)
        return ToolFailure(
            message: LocalizedText(
                en: "\(path) is larger than \(size.en) and was not read",
                sv: "\(path) är större än \(size.sv) och lästes inte"),
            file: path)
    }
}
