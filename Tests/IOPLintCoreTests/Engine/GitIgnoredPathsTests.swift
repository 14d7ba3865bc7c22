import Foundation
import TestSupport
import Testing

@testable import IOPLintCore

/// git is asked for the ignored paths of a folder only where it could find a repository.
@Suite struct GitIgnoredPathsTests {
    /// Whether git itself finds a repository for `folder`.
    private func gitFindsRepository(_ folder: URL) -> Bool {
        GitCommand.run(["-C", folder.path, "rev-parse", "--git-dir"])?.succeeded == true
    }

    @Test func aFolderInARepositoryMayBeAndOneOutsideIsNot() throws {
        let outside = try TemporaryFolder.make("utanfor", holding: ["a.yaml": "x: 1\n"])
        defer { TemporaryFolder.remove(outside) }
        let repository = try TemporaryFolder.make("forrad", holding: ["avtal/djup/a.yaml": "x: 1\n"])
        defer { TemporaryFolder.remove(repository) }
        #expect(GitCommand.run(["init", "-q", repository.path])?.succeeded == true)
        let nested = repository.appendingPathComponent("avtal/djup")
        for folder in [repository, nested] {
            #expect(gitFindsRepository(folder))
            #expect(GitIgnoredPaths.mayBeInRepository(RawPath(folder.path)))
        }
        // The system's temporary folder is outside any repository here (git says so), and so
        // is a folder made in it.
        try #require(!gitFindsRepository(outside))
        #expect(!GitIgnoredPaths.mayBeInRepository(RawPath(outside.path)))
    }

    /// A `.git` file (a work tree of another repository, a submodule) counts as well, and so
    /// does a path that reaches the repository through a symbolic link.
    @Test func aGitFileAndALinkIntoARepositoryCount() throws {
        let folder = try TemporaryFolder.make("gitfil", holding: ["arbetstrad/.git": "gitdir: /nagonstans\n"])
        defer { TemporaryFolder.remove(folder) }
        #expect(GitIgnoredPaths.mayBeInRepository(RawPath(folder.appendingPathComponent("arbetstrad").path)))
        let link = folder.appendingPathComponent("lank")
        try FileManager.default.createSymbolicLink(
            atPath: link.path, withDestinationPath: folder.appendingPathComponent("arbetstrad").path)
        #expect(GitIgnoredPaths.mayBeInRepository(RawPath(link.path)))
        #expect(!GitIgnoredPaths.mayBeInRepository(RawPath(folder.path)))
    }

    @Test func ignoredFilesInARepositoryAreStillFound() throws {
        let repository = try TemporaryFolder.make(
            "ignorerat", holding: [".gitignore": "utkast/\nb.yaml\n", "a.yaml": "x: 1\n", "b.yaml": "x: 2\n"])
        defer { TemporaryFolder.remove(repository) }
        #expect(GitCommand.run(["init", "-q", repository.path])?.succeeded == true)
        let ignored = GitIgnoredPaths(folder: RawPath(repository.path))
        #expect(ignored.ignores(Array("b.yaml".utf8)))
        #expect(!ignored.ignores(Array("a.yaml".utf8)))
    }
}
