/// The filter of the `html` page: a form that shows only the findings of one severity, pack or
/// checklist point, and only the agreements that have them (for a point, also those where it
/// is not met), and its script.
///
/// The form is `hidden` in the page and shown by the script, so that a reader without
/// JavaScript gets the whole page and no control that does nothing. The script is inline and
/// small; it reads the `data-` attributes of the file sections and notes (``FileSection``) and
/// sets `hidden` on those that do not match, and on their rows of the overview. Its text holds
/// no `<` or `>`, so it cannot end its element early.
struct HTMLFilter {
    var report: LintReport
    var options: ReportOptions

    /// The form, with the severities, packs and checklist points that occur in the report.
    var form: [String] {
        let language = options.language
        let shown = report.findings.filter(options.shows)
        let severities = Severity.allCases.reversed().filter { severity in shown.contains { $0.severity == severity } }
            .map { ($0.rawValue, HTMLWords.label($0)[language]) }
        let packs = Set(shown.map(\.ruleID.pack) + report.files.flatMap { $0.scorecards.map(\.pack) }).sorted()
            .map { ($0, $0) }
        var points: [String: (order: (String, Int, String), text: String)] = [:]
        for card in report.files.flatMap(\.scorecards) {
            for point in card.points {
                points["\(card.pack)/\(point.point)"] = (
                    (card.pack, Int(point.point) ?? Int.max, point.point),
                    "\(card.title[language]): \(point.point). \(point.title[language])"
                )
            }
        }
        let pointOptions = points.sorted { $0.value.order < $1.value.order }.map { ($0.key, $0.value.text) }
        return [
            "<form class=\"filter\" id=\"filter\" hidden>",
            "<h2>\(HTMLText.escaped(HTMLWords.filter[language]))</h2>",
            select("severity", HTMLWords.severity, severities),
            select("pack", HTMLWords.pack, packs),
            select("point", HTMLWords.point, pointOptions),
            "<button type=\"reset\">\(HTMLText.escaped(HTMLWords.showAll[language]))</button>",
            "<p>\(HTMLText.escaped(HTMLWords.filterHint[language]))</p>",
            "</form>",
        ]
    }

    private func select(_ name: String, _ label: LocalizedText, _ choices: [(value: String, text: String)]) -> String {
        let language = options.language
        let options = [(value: "", text: HTMLWords.all[language])] + choices
        return "<label>\(HTMLText.escaped(label[language])) <select name=\"\(name)\">"
            + options.map { "<option value=\"\(HTMLText.attribute($0.value))\">\(HTMLText.escaped($0.text))</option>" }
            .joined() + "</select></label>"
    }

    /// The script: shows the form, and on each change hides what does not match.
    static let script = """
        (function () {
          var form = document.getElementById("filter");
          if (!form) { return; }
          form.hidden = false;
          function listed(list, item) { return (" " + (list || "") + " ").indexOf(" " + item + " ") !== -1; }
          function apply() {
            var severity = form.elements.severity.value, pack = form.elements.pack.value, point = form.elements.point.value;
            var filtering = severity !== "" || pack !== "" || point !== "";
            document.querySelectorAll("section.file").forEach(function (file) {
              var matches = 0;
              file.querySelectorAll(".note[data-rule]").forEach(function (note) {
                var match = (severity === "" || note.dataset.severity === severity)
                  && (pack === "" || note.dataset.pack === pack)
                  && (point === "" || listed(note.dataset.points, point));
                note.hidden = !match;
                if (match) { matches += 1; }
              });
              var unmet = point !== "" && severity === "" && pack === "" && listed(file.dataset.unmet, point);
              var shown = !filtering || matches !== 0 || unmet;
              file.hidden = !shown;
              var row = document.querySelector("tr[data-file='" + file.id + "']");
              if (row) { row.hidden = !shown; }
              var details = file.querySelector("details");
              if (details.dataset.initial === undefined) { details.dataset.initial = details.open ? "open" : ""; }
              details.open = filtering ? shown : details.dataset.initial === "open";
            });
          }
          form.addEventListener("change", apply);
          form.addEventListener("reset", function () { window.setTimeout(apply, 0); });
        })();
        """
}
