import Testing

@testable import IOPLintCore

@Suite struct GlobTests {
    @Test(arguments: [
        ("archive/**", "archive/2019/a.yaml", true), ("archive/**", "drafts/a.yaml", false),
        ("drafts/*.yaml", "drafts/a.yaml", true), ("drafts/*.yaml", "drafts/sub/a.yaml", false),
        ("**/old-*.yml", "a/b/old-x.yml", true), ("*.yml", "deep/down/x.yml", true), ("*.yml", "x.yaml", false),
        ("avtal/[0-9]*.yaml", "avtal/2025.yaml", true), ("avtal/[!0-9]*.yaml", "avtal/2025.yaml", false),
        ("utkast/?.yaml", "utkast/a.yaml", true), ("utkast/", "utkast/x/y.yaml", true),
        ("a/**/b.yaml", "a/b.yaml", true), ("a/**/b.yaml", "a/x/y/b.yaml", true),
        ("a/**", "a", true), ("**/b/**/c.yaml", "x/b/y/z/c.yaml", true), ("**/b/**/c.yaml", "x/c.yaml", false),
        ("*a*b", "xaxb", true), ("*a*b", "xaxbx", false), ("a*", "a", true), ("*[!.]", "x.", false),
        ("?", "", false), ("*.yaml", "å/ä.yaml", true),
    ])
    func matches(pattern: String, path: String, expected: Bool) throws {
        #expect(try Glob(pattern).matches(path) == expected)
    }

    @Test(arguments: [
        ("avtal/[abc.yaml", 7, "`[` is not closed by `]`"),
        ("a**b", 2, "`**` must be a whole path segment, as in `a/**/b`"), ("", 1, "an empty pattern matches nothing"),
    ])
    func badPatternsSayWhereAndWhy(pattern: String, column: Int, message: String) {
        #expect {
            try Glob(pattern)
        } throws: { error in
            guard let error = error as? Glob.ParseError else { return false }
            return error.column == column && error.message == message
        }
    }

    /// Many `*` against a long name that almost matches, and many `**` against a deep path
    /// that almost matches: a backtracking matcher takes exponential time on these (a hung test
    /// fails the suite by timing out).
    @Test func manyStarsAgainstALongNameEndQuickly() throws {
        let name = String(repeating: "a", count: 5_000)
        #expect(try !Glob(String(repeating: "*a", count: 40) + "*b").matches(name))
        #expect(try Glob(String(repeating: "*a", count: 40) + "*").matches(name))
        let deep = Array(repeating: "a", count: 2_000).joined(separator: "/")
        #expect(try !Glob(String(repeating: "**/a/", count: 30) + "**/b").matches(deep))
        #expect(try Glob(String(repeating: "**/a/", count: 30) + "**").matches(deep))
    }
}
