extension LintReport {
    /// Every finding a baseline records, in output order; they count for nothing.
    public var baselined: [Finding] {
        files.flatMap(\.baselined)
    }

    /// Every baseline entry, of the files linted, that matched no finding.
    public var unmatchedBaselineEntries: [BaselineEntry] {
        files.flatMap(\.unmatchedBaselineEntries)
    }
}
