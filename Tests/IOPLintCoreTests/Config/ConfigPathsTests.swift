import Foundation
import TestSupport
import Testing

@testable import IOPLintCore

@Suite struct ConfigPathsTests {
    @Test(arguments: [
        ("/", "/"), ("/a", "/a"), ("/a/b/", "/a/b"), ("//a//b", "/a/b"), ("/a/./b", "/a/b"), ("/a/../b", "/b"),
        ("/..", "/"), ("/a/b/../../..", "/"), ("/å/ö.yaml", "/å/ö.yaml"),
    ])
    func anAbsolutePathIsNormalised(path: String, expected: String) {
        #expect(ConfigPaths.absolute(path) == expected)
    }

    @Test func aRelativePathIsTakenFromTheWorkingFolder() {
        let working = ConfigPaths.absolute(FileManager.default.currentDirectoryPath)
        #expect(ConfigPaths.absolute("a/b.yaml") == working + "/a/b.yaml")
        #expect(ConfigPaths.absolute(".") == working)
        #expect(ConfigPaths.folder(of: "/a/b.yaml") == "/a")
        #expect(ConfigPaths.folder(of: "/b.yaml") == "/")
        #expect(ConfigPaths.relative("/a/b/c.yaml", to: "/a") == "b/c.yaml")
        #expect(ConfigPaths.relative("/ab/c.yaml", to: "/a") == nil)
    }
}

@Suite struct ConfigFinderTests {
    /// Files are looked up by their folder: a configuration found for one file of a folder
    /// serves the others, and a file of another folder looks for its own.
    @Test func eachFolderFindsItsNearestConfiguration() throws {
        let root = try TemporaryFolder.make(
            "config-finder",
            holding: [
                ".git/HEAD": "", ".iop-lint.yml": "", "a.yaml": "", "sub/b.yaml": "", "sub/.iop-lint.yml": "",
                "sub/deeper/c.yaml": "", "other/d.yaml": "",
            ])
        defer { TemporaryFolder.remove(root) }
        let base = root.path
        let finder = ConfigFinder(explicit: nil)
        let atRoot = finder.configuration(forFile: base + "/a.yaml")
        #expect(atRoot.map(ConfigPaths.absolute) == ConfigPaths.absolute(base + "/.iop-lint.yml"))
        #expect(finder.configuration(forFile: base + "/other/d.yaml") == atRoot)
        let inSub = finder.configuration(forFile: base + "/sub/b.yaml")
        #expect(inSub.map(ConfigPaths.absolute) == ConfigPaths.absolute(base + "/sub/.iop-lint.yml"))
        #expect(finder.configuration(forFile: base + "/sub/deeper/c.yaml") == inSub)
        // Found again from the folder's entry, not looked up.
        try FileManager.default.removeItem(atPath: base + "/sub/.iop-lint.yml")
        #expect(finder.configuration(forFile: base + "/sub/e.yaml") == inSub)
        #expect(ConfigFinder(explicit: "x.yml").configuration(forFile: base + "/a.yaml") == "x.yml")
    }
}
