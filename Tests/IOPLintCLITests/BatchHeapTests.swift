import Foundation
import Testing

@testable import iop_lint

/// The allocator's set-up for lint runs.
@Suite struct BatchHeapTests {
    @Test func reservesTheAllocatorCannotTakeChangeNothing() {
        #expect(BatchHeap.prepare(reserve: 0) == .unchanged)
        #expect(BatchHeap.prepare(reserve: -1) == .unchanged)
        #expect(BatchHeap.prepare(reserve: Int(Int32.max)) == .unchanged)
    }

    #if os(Linux)
        /// A lint run's heap has a mapping advised for huge pages (`hg` among its flags in
        /// `/proc/PID/smaps`) once the run has started: here while it waits for its standard
        /// input.
        @Test(.enabled(if: FileManager.default.fileExists(atPath: "/sys/kernel/mm/transparent_hugepage/enabled")))
        func aLintRunsHeapIsAdvisedForHugePages() throws {
            let process = Process()
            process.executableURL = CLIRunner.binary
            process.arguments = ["-", "--stdin-filename", "utkast.yaml"]
            let input = Pipe()
            process.standardInput = input
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            defer {
                try? input.fileHandleForWriting.close()
                process.waitUntilExit()
            }
            let smaps = URL(fileURLWithPath: "/proc/\(process.processIdentifier)/smaps")
            let deadline = Date().addingTimeInterval(10)
            var advised = false
            while !advised && Date() < deadline {
                // Read to the end: the kernel reports the file's size as zero.
                let data = try? FileHandle(forReadingFrom: smaps).readToEnd()
                let text = String(decoding: data ?? Data(), as: UTF8.self)
                advised = Self.mappings(in: text).contains { $0.name == "[heap]" && $0.flags.contains("hg") }
                if !advised { Thread.sleep(forTimeInterval: 0.02) }
            }
            #expect(advised)
        }

        /// Each mapping's name and flags, from the text of an `smaps` file.
        static func mappings(in smaps: String) -> [(name: String, flags: [Substring])] {
            var mappings: [(name: String, flags: [Substring])] = []
            var name = ""
            for line in smaps.split(separator: "\n") {
                let fields = line.split(separator: " ", omittingEmptySubsequences: true)
                if fields.first == "VmFlags:" {
                    mappings.append((name, Array(fields.dropFirst())))
                } else if fields.count >= 5, fields[0].contains("-"), !fields[0].hasSuffix(":") {
                    name = fields.count > 5 ? String(fields[5]) : ""
                }
            }
            return mappings
        }
    #endif
}
