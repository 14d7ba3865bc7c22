extension ScorecardOutput: JSONObject {
    func writeMembers(to json: inout JSONWriter) {
        json.member("document", document)
        json.member("file", file)
        json.member("met", met)
        json.member("pack", pack)
        json.member("points", points)
        json.member("summary", summary)
        json.member("title", title)
        json.member("total", total)
    }
}

extension ScorecardOutput.Point: JSONObject {
    func writeMembers(to json: inout JSONWriter) {
        json.member("met", met)
        json.member("point", point)
        json.member("rules", rules)
        json.member("title", title)
    }
}
