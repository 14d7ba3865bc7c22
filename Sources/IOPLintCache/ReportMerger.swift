import Foundation
import IOPLintCore

/// Merges the reports of the shards of one run (`iop-lint merge`): `json` reports into one `json`
/// report, `sarif` logs into one log with one run, as one run over all the files would have
/// written them (files, findings and results in output order, counts added up, rules and tool
/// failures of every shard). Fields it does not know are kept from the first report.
public enum ReportMerger {
    /// The merged report of `reports` (the bytes of each file, named in `names` for messages).
    public static func merge(_ reports: [Data], names: [String]) throws(ToolFailure) -> Data {
        var objects: [[String: Any]] = []
        for (data, name) in zip(reports, names) {
            guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
                throw failure(name, en: "is not a JSON report", sv: "är ingen JSON-rapport")
            }
            objects.append(object)
        }
        guard let first = objects.first else {
            throw ToolFailure(message: LocalizedText(en: "nothing to merge", sv: "inget att slå ihop"))
        }
        let merged: [String: Any]
        if first["runs"] != nil {
            guard objects.allSatisfy({ $0["runs"] is [[String: Any]] }) else {
                throw failure(
                    names[0], en: "and the others are not all SARIF logs", sv: "och de andra är inte alla SARIF-loggar")
            }
            merged = SARIFMerge.merge(objects)
        } else {
            let version = first["version"] as? Int
            guard version != nil, objects.allSatisfy({ $0["version"] as? Int == version && $0["files"] is [String] })
            else {
                throw failure(
                    names[0], en: "and the others are not all json reports of one version",
                    sv: "och de andra är inte alla json-rapporter av samma version")
            }
            merged = JSONReportMerge.merge(objects)
        }
        do {
            let data = try JSONSerialization.data(
                withJSONObject: merged, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            return data + Data("\n".utf8)
        } catch {
            throw ToolFailure(
                message: LocalizedText(
                    en: "cannot write the merged report", sv: "kan inte skriva den sammanslagna rapporten"))
        }
    }

    private static func failure(_ name: String, en: String, sv: String) -> ToolFailure {
        ToolFailure(message: LocalizedText(en: "\(name) \(en)", sv: "\(name) \(sv)"), file: name)
    }
}

/// Sorting that keeps the order within a file: reports list each file's entries in output order.
enum OutputOrder {
    /// `items` stably sorted by the file `file` names for each.
    static func byFile(_ items: [[String: Any]], file: ([String: Any]) -> String) -> [[String: Any]] {
        items.enumerated().sorted { a, b in
            let (fileA, fileB) = (file(a.element), file(b.element))
            return fileA != fileB ? fileA < fileB : a.offset < b.offset
        }.map(\.element)
    }
}
