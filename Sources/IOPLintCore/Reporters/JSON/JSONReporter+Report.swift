extension JSONReporter {
    /// Writes the `json` report of `report` under `options` straight from the report, member by
    /// member, byte for byte as ``output(of:options:)`` writes itself (JSONOutputTests holds the
    /// two side by side), without gathering every entry and scorecard into arrays first.
    static func write(_ report: LintReport, options: ReportOptions, to json: inout JSONWriter) {
        let language = options.language
        json.beginObject()
        json.member("counts", counts(of: report))
        json.key("failures")
        json.beginArray()
        for failure in report.failures {
            Failure(message: failure.message[language], file: failure.file).write(to: &json)
        }
        json.endArray()
        json.key("files")
        json.beginArray()
        for file in report.files { json.string(file.path) }
        json.endArray()
        json.key("findings")
        writeEntries(of: report, \.findings, \.fingerprints, options: options, to: &json)
        json.member("language", language.rawValue)
        json.key("scorecards")
        json.beginArray()
        for file in report.files {
            for card in file.scorecards {
                ScorecardOutput(card, file: file.path, language: language).write(to: &json)
            }
        }
        json.endArray()
        json.key("suppressed")
        writeEntries(of: report, \.suppressed, \.suppressedFingerprints, options: options, to: &json)
        json.member("tool", Tool(name: ToolInfo.name, version: ToolInfo.version))
        json.member("version", formatVersion)
        json.endObject()
    }

    /// The counts of `report` (every finding, shown or not), in one pass over its findings:
    /// ``LintReport/count(_:)`` once per severity would copy every finding three times.
    static func counts(of report: LintReport) -> Counts {
        var counts = Counts(error: 0, warning: 0, info: 0, suppressed: 0)
        for file in report.files {
            for finding in file.findings {
                switch finding.severity {
                case .error: counts.error += 1
                case .warning: counts.warning += 1
                case .info: counts.info += 1
                }
            }
            counts.suppressed += file.suppressed.count
        }
        return counts
    }

    /// An array of the findings `options` shows, taken from each file's `findings` with their
    /// `fingerprints`.
    private static func writeEntries(
        of report: LintReport, _ findings: KeyPath<FileResult, [Finding]>,
        _ fingerprints: KeyPath<FileResult, [String]>,
        options: ReportOptions, to json: inout JSONWriter
    ) {
        json.beginArray()
        for file in report.files {
            for (finding, fingerprint) in zip(file[keyPath: findings], file[keyPath: fingerprints])
            where options.shows(finding) {
                Entry(finding, fingerprint: fingerprint, language: options.language).write(to: &json)
            }
        }
        json.endArray()
    }
}
