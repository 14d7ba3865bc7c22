import Foundation
import Synchronization

/// Runs a ``LanguageServer`` over standard input and output.
///
/// Standard output carries protocol messages only: the descriptor is duplicated for the
/// protocol, and descriptor 1 is pointed at standard error, so that nothing printed by
/// accident can corrupt the stream. A reader thread frames the input; the main thread handles
/// whatever has arrived as one batch (cancellations and quick edits are seen together).
public enum StandardIOServer {
    /// Serves until `exit` or the end of input; returns the exit code (0 after `shutdown`).
    public static func run(options: LanguageServer.Options) -> Int32 {
        let protocolOutput = FileHandle(fileDescriptor: dup(STDOUT_FILENO), closeOnDealloc: true)
        dup2(STDERR_FILENO, STDOUT_FILENO)
        let server = LanguageServer(options: options) { message in
            // A client that closed its end is gone; the end of its input ends the server.
            try? protocolOutput.write(contentsOf: Data(MessageFramer.frame(message.json())))
        }
        let inbox = Inbox()
        let reader = Thread {
            read(into: inbox)
        }
        reader.start()
        while true {
            let (items, ended) = inbox.take()
            var bodies: [[UInt8]] = []
            for item in items {
                switch item {
                case .body(let body): bodies.append(body)
                case .broken(let failure):
                    server.receive(bodies)
                    bodies = []
                    server.receive(framingFailure: failure)
                }
            }
            if !bodies.isEmpty { server.receive(bodies) }
            if let code = server.exitCode { return code }
            if ended { return 1 }
        }
    }

    private static func read(into inbox: Inbox) {
        var framer = MessageFramer()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { Foundation.read(STDIN_FILENO, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            framer.append(buffer[0..<count])
            while true {
                do {
                    guard let body = try framer.next() else { break }
                    inbox.put(.body(body))
                } catch {
                    inbox.put(.broken(error))
                }
            }
        }
        inbox.close()
    }

    /// What the reader thread hands to the main thread.
    enum Item: Sendable {
        case body([UInt8])
        case broken(MessageFramer.Failure)
    }

    /// A queue between the two threads.
    final class Inbox: Sendable {
        private let state = Mutex<(items: [Item], ended: Bool)>(([], false))
        private let signal = DispatchSemaphore(value: 0)

        func put(_ item: Item) {
            state.withLock { $0.items.append(item) }
            signal.signal()
        }

        func close() {
            state.withLock { $0.ended = true }
            signal.signal()
        }

        /// Waits for at least one item or the end of input, then takes everything there is.
        func take() -> (items: [Item], ended: Bool) {
            while true {
                let taken = state.withLock { state -> (items: [Item], ended: Bool) in
                    defer { state.items.removeAll() }
                    return (state.items, state.ended)
                }
                if !taken.items.isEmpty || taken.ended { return taken }
                signal.wait()
            }
        }
    }
}
