extension ReportOptions {
    /// Whether a reporter lists `finding`: every finding, or with ``quiet`` only errors.
    /// Counts and summaries take in every finding all the same.
    func shows(_ finding: Finding) -> Bool {
        !quiet || finding.severity == .error
    }
}
