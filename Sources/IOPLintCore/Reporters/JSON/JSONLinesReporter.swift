/// The `jsonl` format: JSON Lines, one object per line, written as files finish, for tools that
/// read a report as a stream and for runs too large to hold in one document.
///
/// Every line has a `type`; the other fields are those of the `json` format (docs/json-format.md):
/// - `failure`: a failure of the run (`message`, `file`);
/// - `file`: a file linted (`file`), before its findings;
/// - `finding` and `suppressed`: one finding, as in `findings` and `suppressed` of the `json`
///   format;
/// - `scorecard`: one scorecard, as in `scorecards`;
/// - `summary`, always the last line: `version`, `tool`, `language`, `files` (how many),
///   `counts`.
///
/// Files come in output order, each with its findings, suppressed findings, then scorecards.
/// Keys are sorted; with ``ReportOptions/quiet`` only errors are listed, while `counts` counts
/// every finding.
public struct JSONLinesReporter: StreamingReporter {
    public init() {}

    public func stream(options: ReportOptions, to sink: any ReportSink) -> any ReportStream {
        Stream(options: options, sink: sink)
    }

    private final class Stream: ReportStream {
        let options: ReportOptions
        let sink: any ReportSink
        var tally = ReportTally()

        init(options: ReportOptions, sink: any ReportSink) {
            (self.options, self.sink) = (options, sink)
        }

        func add(_ failure: ToolFailure) throws(ToolFailure) {
            tally.add(failure)
            var json = JSONWriter(pretty: false)
            json.line(
                type: "failure",
                JSONReporter.Failure(message: failure.message[options.language], file: failure.file))
            try sink.write(json.text())
        }

        func add(_ file: FileResult) throws(ToolFailure) {
            tally.add(file)
            var json = JSONWriter(pretty: false)
            json.beginObject()
            json.member("file", file.path)
            json.member("type", "file")
            json.endObject()
            json.endLine()
            for (finding, fingerprint) in zip(file.findings, file.fingerprints) where options.shows(finding) {
                let entry = JSONReporter.Entry(finding, fingerprint: fingerprint, language: options.language)
                json.line(type: "finding", entry)
            }
            for (finding, fingerprint) in zip(file.suppressed, file.suppressedFingerprints) where options.shows(finding)
            {
                let entry = JSONReporter.Entry(finding, fingerprint: fingerprint, language: options.language)
                json.line(type: "suppressed", entry)
            }
            for card in ScorecardOutput.all(in: file, language: options.language) {
                json.line(type: "scorecard", card)
            }
            try sink.write(json.text())
        }

        func finish() throws(ToolFailure) {
            var json = JSONWriter(pretty: false)
            json.beginObject()
            json.member("counts", JSONReporter.Counts(tally))
            json.member("files", tally.files)
            json.member("language", options.language.rawValue)
            json.member("tool", JSONReporter.Tool(name: ToolInfo.name, version: ToolInfo.version))
            json.member("type", "summary")
            json.member("version", JSONReporter.formatVersion)
            json.endObject()
            json.endLine()
            try sink.write(json.text())
        }
    }
}

extension JSONWriter {
    /// One line of JSON Lines: `body`'s members with `type` beside them. Every key of the
    /// report types written so sorts before `type`.
    fileprivate mutating func line(type: String, _ body: some JSONObject) {
        beginObject()
        body.writeMembers(to: &self)
        member("type", type)
        endObject()
        endLine()
    }
}
