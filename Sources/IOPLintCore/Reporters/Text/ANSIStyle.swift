/// Colours and weights of text output, as plain ANSI escapes; with `enabled` false every
/// function returns its text unchanged, without a single escape.
struct ANSIStyle {
    var enabled: Bool

    func bold(_ text: String) -> String { apply("1", text) }

    func dim(_ text: String) -> String { apply("2", text) }

    /// Red for errors, yellow for warnings, blue for info.
    func severity(_ severity: Severity, _ text: String) -> String {
        switch severity {
        case .error: apply("31", text)
        case .warning: apply("33", text)
        case .info: apply("34", text)
        }
    }

    private func apply(_ code: String, _ text: String) -> String {
        enabled && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
