/// Merges SARIF logs of disjoint sets of files into one log with one run per tool, as code
/// scanning wants one run per tool and category in an upload.
enum SARIFMerge {
    static func merge(_ logs: [[String: Any]]) -> [String: Any] {
        var merged = logs[0]
        let runs = logs.flatMap { $0["runs"] as? [[String: Any]] ?? [] }
        var byTool: [String: [[String: Any]]] = [:]
        var tools: [String] = []
        for run in runs {
            let name = driver(of: run)["name"] as? String ?? ""
            if byTool[name] == nil { tools.append(name) }
            byTool[name, default: []].append(run)
        }
        merged["runs"] = tools.map { mergeRuns(byTool[$0]!) }
        return merged
    }

    private static func driver(of run: [String: Any]) -> [String: Any] {
        (run["tool"] as? [String: Any])?["driver"] as? [String: Any] ?? [:]
    }

    /// One run of one tool: rules of every run (by id, sorted), results re-pointed at them.
    private static func mergeRuns(_ runs: [[String: Any]]) -> [String: Any] {
        var rulesByID: [String: [String: Any]] = [:]
        for run in runs {
            for rule in driver(of: run)["rules"] as? [[String: Any]] ?? [] {
                if let id = rule["id"] as? String, rulesByID[id] == nil { rulesByID[id] = rule }
            }
        }
        let ids = rulesByID.keys.sorted()
        let index = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($0.element, $0.offset) })
        var results: [[String: Any]] = []
        for run in runs {
            for var result in run["results"] as? [[String: Any]] ?? [] {
                if result["ruleIndex"] != nil, let id = result["ruleId"] as? String { result["ruleIndex"] = index[id] }
                results.append(result)
            }
        }
        var merged = runs[0]
        var driver = driver(of: merged)
        driver["rules"] = ids.map { rulesByID[$0]! }
        merged["tool"] = ["driver": driver]
        merged["results"] = OutputOrder.byFile(results, file: uri)
        merged["invocations"] = [mergeInvocations(runs.flatMap { $0["invocations"] as? [[String: Any]] ?? [] })]
        let scorecards = runs.flatMap {
            (($0["properties"] as? [String: Any])?["scorecards"] as? [[String: Any]]) ?? []
        }
        if var properties = merged["properties"] as? [String: Any] {
            properties["scorecards"] = OutputOrder.byFile(scorecards) { $0["file"] as? String ?? "" }
            merged["properties"] = properties
        }
        return merged
    }

    /// One invocation: successful when every shard's was, with every shard's notifications.
    private static func mergeInvocations(_ invocations: [[String: Any]]) -> [String: Any] {
        var merged = invocations.first ?? [:]
        merged["executionSuccessful"] = invocations.allSatisfy { $0["executionSuccessful"] as? Bool ?? true }
        let notifications = invocations.flatMap { $0["toolExecutionNotifications"] as? [[String: Any]] ?? [] }
        if notifications.isEmpty {
            merged.removeValue(forKey: "toolExecutionNotifications")
        } else {
            merged["toolExecutionNotifications"] = notifications
        }
        return merged
    }

    private static func uri(of result: [String: Any]) -> String {
        let location = (result["locations"] as? [[String: Any]])?.first
        let physical = location?["physicalLocation"] as? [String: Any]
        return (physical?["artifactLocation"] as? [String: Any])?["uri"] as? String ?? ""
    }
}
