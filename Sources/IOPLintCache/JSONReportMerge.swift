/// Merges `json` reports (docs/json-format.md) of disjoint sets of files.
enum JSONReportMerge {
    static func merge(_ reports: [[String: Any]]) -> [String: Any] {
        var merged = reports[0]
        merged["files"] = reports.flatMap { $0["files"] as? [String] ?? [] }.sorted()
        for key in ["findings", "suppressed", "scorecards"] {
            let items = reports.flatMap { $0[key] as? [[String: Any]] ?? [] }
            merged[key] = OutputOrder.byFile(items) { $0["file"] as? String ?? "" }
        }
        merged["failures"] = reports.flatMap { $0["failures"] as? [[String: Any]] ?? [] }
        var counts: [String: Int] = [:]
        for report in reports {
            for (name, value) in report["counts"] as? [String: Any] ?? [:] {
                counts[name, default: 0] += value as? Int ?? 0
            }
        }
        merged["counts"] = counts
        return merged
    }
}
