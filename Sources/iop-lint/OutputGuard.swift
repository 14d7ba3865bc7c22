import IOPLintCore

/// Refuses an output file that is one of the run's inputs, compared by ``FileIdentity`` (not by
/// spelling), so that `iop-lint avtal.yaml -o ./avtal.yaml` cannot overwrite the agreement with
/// the report. The check runs before anything is written.
enum OutputGuard {
    /// Throws when `output`, written by `option` (`--output`), is the same file as one of
    /// `inputs`.
    static func check(_ output: String?, option: String, against inputs: [RawPath]) throws(ToolFailure) {
        guard let output, let target = FileIdentity(path: output) else { return }
        guard let input = inputs.first(where: { FileIdentity(path: $0) == target })?.shown else { return }
        throw ToolFailure(
            message: LocalizedText(
                en: "\(option) \(output) is the input \(input); it is left as it is: write to another file",
                sv: "\(option) \(output) är indatafilen \(input); den lämnas orörd: skriv till en annan fil"),
            file: output)
    }
}
