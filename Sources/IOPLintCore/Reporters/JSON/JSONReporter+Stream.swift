extension JSONReporter: StreamingReporter {
    public func stream(options: ReportOptions, to sink: any ReportSink) -> any ReportStream {
        Stream(options: options, sink: sink)
    }

    /// The `json` report written as files finish, byte for byte as ``output(of:options:)``
    /// encodes the whole report (JSONOutputTests holds the two side by side).
    ///
    /// The members come in the order of their keys, `counts` first, so each array waits in a
    /// ``PendingJSONArray`` until ``finish()``; no file's result is kept once it is added.
    final class Stream: ReportStream {
        private let options: ReportOptions
        private let sink: any ReportSink
        private var tally = ReportTally()
        private let failures = PendingJSONArray()
        private let files = PendingJSONArray()
        private let findings = PendingJSONArray()
        private let scorecards = PendingJSONArray()
        private let suppressed = PendingJSONArray()

        init(options: ReportOptions, sink: any ReportSink) {
            (self.options, self.sink) = (options, sink)
        }

        func add(_ failure: ToolFailure) throws(ToolFailure) {
            tally.add(failure)
            let language = options.language
            failures.append { Failure(message: failure.message[language], file: failure.file).write(to: &$0) }
        }

        func add(_ file: FileResult) throws(ToolFailure) {
            tally.add(file)
            let options = options
            files.append { $0.string(file.path) }
            findings.append { json in
                // By index, as far as both go (as a `zip` would): a walk over the findings would
                // copy each.
                for index in 0..<min(file.findings.count, file.fingerprints.count)
                where options.shows(file.findings[index]) {
                    Entry(file.findings[index], fingerprint: file.fingerprints[index], language: options.language)
                        .write(to: &json)
                }
            }
            scorecards.append { json in
                for card in file.scorecards {
                    ScorecardOutput(card, file: file.path, language: options.language).write(to: &json)
                }
            }
            suppressed.append { json in
                for (finding, fingerprint) in zip(file.suppressed, file.suppressedFingerprints)
                where options.shows(finding) {
                    Entry(finding, fingerprint: fingerprint, language: options.language).write(to: &json)
                }
            }
        }

        func finish() throws(ToolFailure) {
            var json = JSONWriter(pretty: true)
            json.beginObject()
            json.member("counts", Counts(tally))
            try failures.write(as: "failures", into: &json, sink: sink)
            try files.write(as: "files", into: &json, sink: sink)
            try findings.write(as: "findings", into: &json, sink: sink)
            json.member("language", options.language.rawValue)
            try scorecards.write(as: "scorecards", into: &json, sink: sink)
            try suppressed.write(as: "suppressed", into: &json, sink: sink)
            json.member("tool", Tool(name: ToolInfo.name, version: ToolInfo.version))
            json.member("version", formatVersion)
            json.endObject()
            json.endLine()
            try sink.write(json.text())
        }
    }
}
