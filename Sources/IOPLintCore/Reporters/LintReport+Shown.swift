extension LintReport {
    /// The findings a reporter lists under `options` (``ReportOptions/shows(_:)``), in output
    /// order, each with its ``Fingerprint``. Fingerprints are computed over every finding of a
    /// file, so `--quiet` does not change them.
    func shownFindings(_ options: ReportOptions) -> [(finding: Finding, fingerprint: String)] {
        files.flatMap { file in
            zip(file.findings, file.fingerprints).filter { options.shows($0.0) }
        }
    }

    /// The suppressed findings a reporter lists under `options`, each with its fingerprint.
    func shownSuppressed(_ options: ReportOptions) -> [(finding: Finding, fingerprint: String)] {
        files.flatMap { file in
            zip(file.suppressed, file.suppressedFingerprints).filter { options.shows($0.0) }
        }
    }
}
