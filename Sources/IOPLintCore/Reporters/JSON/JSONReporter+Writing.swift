// Each report type writes its members in the order of their keys' UTF-8 bytes, the order
// `JSONEncoder` with `sortedKeys` gives; JSONOutputTests compares the two on the same values.

extension JSONReporter.Output: JSONObject {
    func writeMembers(to json: inout JSONWriter) {
        json.member("counts", counts)
        json.member("failures", failures)
        json.member("files", files)
        json.member("findings", findings)
        json.member("language", language)
        json.member("scorecards", scorecards)
        json.member("suppressed", suppressed)
        json.member("tool", tool)
        json.member("version", version)
    }
}

extension JSONReporter.Tool: JSONObject {
    func writeMembers(to json: inout JSONWriter) {
        json.member("name", name)
        json.member("version", version)
    }
}

extension JSONReporter.Entry: JSONObject {
    func writeMembers(to json: inout JSONWriter) {
        json.member("document", document)
        json.member("file", file)
        json.member("fingerprint", fingerprint)
        json.member("message", message)
        json.member("path", path)
        json.member("range", range)
        if let reason { json.member("reason", reason) }
        json.member("rule", rule)
        json.member("severity", severity.rawValue)
    }
}

extension JSONReporter.Range: JSONObject {
    func writeMembers(to json: inout JSONWriter) {
        json.member("end", end)
        json.member("start", start)
    }
}

extension JSONReporter.Position: JSONObject {
    func writeMembers(to json: inout JSONWriter) {
        json.member("column", column)
        json.member("line", line)
        json.member("offset", offset)
    }
}

extension JSONReporter.Counts: JSONObject {
    func writeMembers(to json: inout JSONWriter) {
        json.member("error", error)
        json.member("info", info)
        json.member("suppressed", suppressed)
        json.member("warning", warning)
    }
}

extension JSONReporter.Failure: JSONObject {
    func writeMembers(to json: inout JSONWriter) {
        json.key("file")
        if let file { json.string(file) } else { json.null() }
        json.member("message", message)
    }
}
