import CLargePages
import Foundation
import Testing

/// Which arguments count toward the bytes from which a run asks for huge pages.
@Suite struct YAMLBytesTests {
    /// A folder with `files` (name → bytes), and a link `länk.yaml` to `a.yaml`.
    private func folder(_ files: [String: Int]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("large-pages-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("mapp.yaml"), withIntermediateDirectories: true)
        for (name, bytes) in files {
            try Data(repeating: 0x61, count: bytes).write(to: folder.appendingPathComponent(name))
        }
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("länk.yaml").path, withDestinationPath: "a.yaml")
        return folder
    }

    private func bytes(_ arguments: [String]) -> Int {
        var pointers = arguments.map { strdup($0) }
        defer { pointers.forEach { free($0) } }
        return pointers.withUnsafeMutableBufferPointer {
            Int(iop_large_pages_yaml_bytes(Int32($0.count), $0.baseAddress))
        }
    }

    @Test func yamlFilesCountFollowedThroughLinksAndNothingElseDoes() throws {
        let folder = try folder(["a.yaml": 300, "b.yml": 20, "c.txt": 4000, "d.YAML": 50_000])
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = { (name: String) in folder.appendingPathComponent(name).path }
        #expect(bytes([path("a.yaml"), path("b.yml")]) == 320)
        // Not a YAML name, a folder named like one, a file that is not there: nothing.
        #expect(bytes([path("c.txt"), path("mapp.yaml"), path("saknas.yaml"), "--format", "json"]) == 0)
        // Names are matched as a folder walk matches them: in lower case only.
        #expect(bytes([path("d.YAML")]) == 0)
        #expect(bytes([path("länk.yaml"), path("a.yaml")]) == 600)
    }

    @Test func theThresholdIsHalfAMebibyte() {
        #expect(iop_large_pages_from == 512 * 1024)
    }
}
