import Testing

@testable import IOPLintCache

/// `--shard K/N`: every file in exactly one shard, the same one on every run.
@Suite struct ShardTests {
    @Test(arguments: ["0/2", "3/2", "1/0", "1", "a/b", "1/2/3", "-1/2", ""])
    func onlyKOfNIsAShard(text: String) {
        #expect(Shard(text) == nil)
    }

    @Test func everyFileIsInExactlyOneShard() throws {
        let shards = try (1...4).map { try #require(Shard("\($0)/4")) }
        let paths = (0..<400).map { "avtal/\($0 / 100)/iop-\($0).yaml" }
        for path in paths { #expect(shards.count { $0.contains(path) } == 1) }
        for shard in shards { #expect(paths.count { shard.contains($0) } > 50) }
    }

    @Test func theSplitDoesNotChangeBetweenRuns() throws {
        // 1 + FNV-1a 64 of the path mod N, computed apart (Python): a = 3, b = 2, c = 1, d = 3.
        let shards = try (1...3).map { try #require(Shard("\($0)/3")) }
        let owners = ["a.yaml", "b.yaml", "c.yaml", "d.yaml"].map { path in shards.first { $0.contains(path) }?.index }
        #expect(owners == [3, 2, 1, 3])
    }
}
