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
            let line = Line(
                type: "failure",
                body: JSONReporter.Failure(message: failure.message[options.language], file: failure.file))
            try sink.write(JSONOutput.line(line))
        }

        func add(_ file: FileResult) throws(ToolFailure) {
            tally.add(file)
            var text = JSONOutput.line(Line(type: "file", body: FileLine(file: file.path)))
            for (finding, fingerprint) in zip(file.findings, file.fingerprints) where options.shows(finding) {
                let entry = JSONReporter.Entry(finding, fingerprint: fingerprint, language: options.language)
                text += JSONOutput.line(Line(type: "finding", body: entry))
            }
            for (finding, fingerprint) in zip(file.suppressed, file.suppressedFingerprints) where options.shows(finding)
            {
                let entry = JSONReporter.Entry(finding, fingerprint: fingerprint, language: options.language)
                text += JSONOutput.line(Line(type: "suppressed", body: entry))
            }
            for card in ScorecardOutput.all(in: file, language: options.language) {
                text += JSONOutput.line(Line(type: "scorecard", body: card))
            }
            try sink.write(text)
        }

        func finish() throws(ToolFailure) {
            let summary = Summary(
                version: JSONReporter.formatVersion,
                tool: JSONReporter.Tool(name: ToolInfo.name, version: ToolInfo.version),
                language: options.language.rawValue, files: tally.files,
                counts: JSONReporter.Counts(
                    error: tally.count(.error), warning: tally.count(.warning), info: tally.count(.info),
                    suppressed: tally.suppressed))
            try sink.write(JSONOutput.line(Line(type: "summary", body: summary)))
        }
    }

    /// `body`'s fields with `type` beside them.
    private struct Line<Body: Encodable>: Encodable {
        var type: String
        var body: Body

        enum CodingKeys: String, CodingKey {
            case type
        }

        func encode(to encoder: any Encoder) throws {
            try body.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(type, forKey: .type)
        }
    }

    private struct FileLine: Encodable {
        var file: String
    }

    private struct Summary: Encodable {
        var version: Int
        var tool: JSONReporter.Tool
        var language: String
        var files: Int
        var counts: JSONReporter.Counts
    }
}
