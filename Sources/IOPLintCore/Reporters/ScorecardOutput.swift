/// A scorecard as the JSON and SARIF outputs write it.
struct ScorecardOutput: Encodable {
    struct Point: Encodable {
        var point: String
        var title: String
        var met: Bool
        var rules: [String]
    }

    var file: String
    var document: Int
    var pack: String
    var title: String
    var met: Int
    var total: Int
    var summary: String
    var points: [Point]

    /// Every scorecard of `report`, in file then document then pack order.
    static func all(in report: LintReport, language: Language) -> [ScorecardOutput] {
        report.files.flatMap { all(in: $0, language: language) }
    }

    /// The scorecards of one file, in document then pack order.
    static func all(in file: FileResult, language: Language) -> [ScorecardOutput] {
        file.scorecards.map { ScorecardOutput($0, file: file.path, language: language) }
    }
}

extension ScorecardOutput {
    /// `card` of the file shown as `file`, in `language`.
    init(_ card: Scorecard, file: String, language: Language) {
        self.init(
            file: file, document: card.documentIndex, pack: card.pack, title: card.title[language],
            met: card.metCount, total: card.points.count, summary: card.summary(in: language),
            points: card.points.map {
                Point(point: $0.point, title: $0.title[language], met: $0.met, rules: $0.rules.map(\.description))
            })
    }
}

extension Scorecard {
    /// `file: summary`, naming the document when the file holds several.
    func line(file: String, in language: Language) -> String {
        guard documentIndex > 0 else { return "\(file): \(summary(in: language))" }
        let document = language == .sv ? "dokument" : "document"
        return "\(file) (\(document) \(documentIndex + 1)): \(summary(in: language))"
    }
}
