/// A `<testsuite>` of JUnit XML with its test cases, ready to be written.
struct JUnitSuite: Equatable {
    var name: String
    var cases: [JUnitCase]

    var failures: Int { cases.count { $0.problem?.kind == .failure } }
    var errors: Int { cases.count { $0.problem?.kind == .error } }

    /// The element, each line after `indent`; test cases one level deeper.
    func lines(indent: String) -> [String] {
        let tag = XMLText.startTag(
            "testsuite", ["name": name, "tests": "\(cases.count)", "failures": "\(failures)", "errors": "\(errors)"])
        guard !cases.isEmpty else { return [indent + tag + "/>"] }
        return [indent + tag + ">"] + cases.flatMap { $0.lines(indent: indent + "  ") } + [indent + "</testsuite>"]
    }
}

/// A `<testcase>`: it passes unless it has a ``problem``; ``output`` goes to `<system-out>`.
struct JUnitCase: Equatable {
    /// What made a test case fail.
    struct Problem: Equatable {
        enum Kind: String {
            /// The checked thing is wrong (`<failure>`).
            case failure
            /// The check could not be made (`<error>`).
            case error
        }

        var kind: Kind
        /// The `type` attribute.
        var type: String
        /// The `message` attribute: the first problem.
        var message: String
        /// The element's text: every problem.
        var text: String
    }

    var classname: String
    var name: String
    var problem: Problem?
    var output: String?

    func lines(indent: String) -> [String] {
        let tag = XMLText.startTag("testcase", ["classname": classname, "name": name])
        var children: [String] = []
        if let problem {
            let start = XMLText.startTag(problem.kind.rawValue, ["type": problem.type, "message": problem.message])
            children.append(start + ">" + XMLText.escapedText(problem.text) + "</\(problem.kind.rawValue)>")
        }
        if let output {
            children.append("<system-out>" + XMLText.escapedText(output) + "</system-out>")
        }
        guard !children.isEmpty else { return [indent + tag + "/>"] }
        return [indent + tag + ">"] + children.map { indent + "  " + $0 } + [indent + "</testcase>"]
    }
}
