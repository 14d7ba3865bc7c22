/// Where a match of a ``LinearRegex`` program can start, judged from the text's next two
/// characters before the machine is started there.
///
/// The table is built from the program's first two character-reading steps: those reachable
/// from its start, and for each of them, those reachable after it. Assertions and lookaheads are
/// taken as passed, and every character beyond ASCII as possibly read by every step, which only
/// widens the table. A position the table turns down cannot start a match: a thread started
/// there dies within two characters (and one that could end after one character lets any
/// second character through). When the program can match the empty text, every position can
/// start a match and nothing is turned down.
///
/// A program that passes `\b` on every way to its first character, each of which is a word
/// character, can start only at the start of a word: where no word character comes before.
/// (`\b(enligt|följa)` then does not start at every `en` inside a word.)
///
/// A program whose every way reads three single characters before it can match (literal
/// beginnings: `\b(enligt|i enlighet med|följa)`) also keeps those beginnings, and a position
/// must begin with one of them: `en`, the Swedish article, then no longer starts the machine.
struct MatchStarts: Sendable {
    /// Whether a match can start anywhere (the program matches the empty text).
    let anywhere: Bool
    /// Whether a match can start only where no word character comes before.
    let atWordStart: Bool
    /// For each first character (rows: ASCII scalars as written, then one row for every other
    /// scalar), the second characters that can follow it in a match (``ScalarBits``).
    private var pairs: [ScalarBits]
    /// The first character-reading steps, to judge a first character beyond ASCII exactly.
    private var firstSteps: [LinearRegex.Instruction] = []
    /// The program's classes, which ``firstSteps`` refer to.
    private let classes: [ScalarClass]
    /// The first three characters of every match, each as the machine compares it (folded to
    /// lower case), packed by ``Beginnings/key(_:_:_:)``; `nil` when some way reads a class or
    /// any character among its first three, or can match after fewer.
    private var beginnings: Beginnings?

    /// The row of ``pairs`` (and bit of a ``ScalarBits``) for every scalar beyond ASCII.
    private static let other = 128
    /// The bit of a ``ScalarBits`` for the end of the text.
    private static let end = 129

    init(program: [LinearRegex.Instruction], classes: [ScalarClass]) {
        var seen = [Bool](repeating: false, count: program.count)
        let first = Self.steps(from: 0, in: program, seen: &seen)
        anywhere = first.reachesMatch
        let pastWordBoundary = Self.steps(from: 0, in: program, seen: &seen, stoppingAt: .wordBoundary)
        atWordStart =
            !anywhere && pastWordBoundary.pcs.isEmpty && !pastWordBoundary.reachesMatch
            && first.pcs.allSatisfy { Self.readsOnlyWordCharacters(program[$0]) }
        self.classes = classes
        pairs = Array(repeating: ScalarBits(), count: Self.other + 1)
        guard !anywhere else { return }
        var accepted = [ScalarBits?](repeating: nil, count: program.count)
        func accepts(_ pc: Int) -> ScalarBits {
            if let known = accepted[pc] { return known }
            let set = Self.characters(readBy: program[pc], classes: classes)
            accepted[pc] = set
            return set
        }
        for pc in first.pcs {
            firstSteps.append(program[pc])
            let second = Self.steps(from: pc + 1, in: program, seen: &seen)
            var followers = ScalarBits()
            if second.reachesMatch {
                followers = .all
            } else {
                for next in second.pcs { followers.formUnion(accepts(next)) }
            }
            accepts(pc).forEach { row in pairs[row].formUnion(followers) }
        }
        beginnings = Beginnings(from: first.pcs, in: program, seen: &seen)
    }

    /// Whether a match can start at `position` (below `text.count`).
    func mayStart(at position: Int, in text: [Unicode.Scalar]) -> Bool {
        if anywhere { return true }
        if atWordStart, position > 0, ScalarClass.isWord(text[position - 1]) { return false }
        let first = text[position].value
        let row: Int
        if first < 128 {
            row = Int(first)
        } else {
            guard startsBeyondASCII(first) else { return false }
            row = Self.other
        }
        let next = position + 1
        let column = next < text.count ? min(Int(text[next].value), Self.other) : Self.end
        guard pairs[row].contains(column) else { return false }
        guard let beginnings else { return true }
        // Every way reads three characters: a position nearer the end starts none.
        guard next + 1 < text.count else { return false }
        let third = text[next + 1].value
        return beginnings.contains(
            Beginnings.key(ScalarClass.fold(first), ScalarClass.fold(text[next].value), ScalarClass.fold(third)))
    }

    /// Whether a first step reads `scalar` (beyond ASCII), as the machine would.
    private func startsBeyondASCII(_ scalar: UInt32) -> Bool {
        firstSteps.contains { step in
            switch step {
            case .scalar(let expected): ScalarClass.fold(scalar) == expected
            case .set(let index): classes[index].contains(scalar)
            case .any: !ScalarClass.isLineBreak(scalar)
            default: false
            }
        }
    }

    /// Whether `step` reads nothing but word characters (a letter, a digit or `_`, as `\b`
    /// tells them): a scalar step of a word character. Classes are not looked into.
    private static func readsOnlyWordCharacters(_ step: LinearRegex.Instruction) -> Bool {
        guard case .scalar(let expected) = step, let scalar = Unicode.Scalar(expected) else { return false }
        return ScalarClass.isWord(scalar)
    }

    /// The character-reading steps reachable from `pc` without reading a character, and whether
    /// the end of the program is; a way through the assertion `stoppingAt` is not followed.
    /// `seen` (one flag per instruction, all false) marks the instructions visited on the way
    /// and is left all false again.
    fileprivate static func steps(
        from pc: Int, in program: [LinearRegex.Instruction], seen: inout [Bool],
        stoppingAt stop: LinearRegex.Assertion? = nil
    ) -> (pcs: [Int], reachesMatch: Bool) {
        var pcs: [Int] = []
        var visited: [Int] = []
        var reachesMatch = false
        var stack = [pc]
        while let pc = stack.popLast() {
            guard pc < program.count, !seen[pc] else { continue }
            seen[pc] = true
            visited.append(pc)
            switch program[pc] {
            case .jump(let target): stack.append(target)
            case .split(let first, let second):
                stack.append(first)
                stack.append(second)
            case .assert(let assertion) where assertion == stop: break
            case .assert, .lookahead: stack.append(pc + 1)
            case .scalar, .set, .any: pcs.append(pc)
            case .match: reachesMatch = true
            }
        }
        for pc in visited { seen[pc] = false }
        return (pcs.sorted(), reachesMatch)
    }

    /// The characters `step` can read: exactly among ASCII scalars, and ``other`` for all the
    /// rest.
    static func characters(readBy step: LinearRegex.Instruction, classes: [ScalarClass]) -> ScalarBits {
        var set = ScalarBits()
        set.insert(other)
        if case .scalar(let expected) = step {
            // Among ASCII scalars, ScalarClass.fold turns only A–Z into a–z: `expected` is read
            // as itself unless it is upper case, and a lower-case letter also as its capital.
            if expected < 0x80 && !(0x41...0x5A).contains(expected) { set.insert(Int(expected)) }
            if (0x61...0x7A).contains(expected) { set.insert(Int(expected - 0x20)) }
            return set
        }
        for scalar in UInt32(0)..<128 {
            let reads: Bool
            switch step {
            case .scalar(let expected): reads = ScalarClass.fold(scalar) == expected
            case .set(let index): reads = classes[index].contains(scalar)
            case .any: reads = !ScalarClass.isLineBreak(scalar)
            default: reads = false
            }
            if reads { set.insert(Int(scalar)) }
        }
        return set
    }

    /// A set of ASCII scalars (0–127), ``other`` and ``end``, one bit each.
    struct ScalarBits: Sendable {
        private var words: (UInt64, UInt64, UInt64) = (0, 0, 0)

        static var all: ScalarBits {
            var set = ScalarBits()
            set.words = (.max, .max, .max)
            return set
        }

        func contains(_ bit: Int) -> Bool {
            let mask: UInt64 = 1 << UInt64(bit & 63)
            switch bit >> 6 {
            case 0: return words.0 & mask != 0
            case 1: return words.1 & mask != 0
            default: return words.2 & mask != 0
            }
        }

        mutating func insert(_ bit: Int) {
            let mask: UInt64 = 1 << UInt64(bit & 63)
            switch bit >> 6 {
            case 0: words.0 |= mask
            case 1: words.1 |= mask
            default: words.2 |= mask
            }
        }

        /// Calls `body` with each bit of the set, from the lowest.
        func forEach(_ body: (Int) -> Void) {
            func each(_ word: UInt64, from offset: Int) {
                var rest = word
                while rest != 0 {
                    body(offset + rest.trailingZeroBitCount)
                    rest &= rest - 1
                }
            }
            each(words.0, from: 0)
            each(words.1, from: 64)
            each(words.2, from: 128)
        }

        mutating func formUnion(_ other: ScalarBits) {
            words = (words.0 | other.words.0, words.1 | other.words.1, words.2 | other.words.2)
        }
    }
}

/// The first three characters of every match of a program whose ways all read three single
/// characters before they can match: sorted keys, looked up by binary search.
private struct Beginnings: Sendable {
    private let keys: [UInt64]

    /// The most beginnings kept: more make the look-up slower than the machine it saves.
    private static let limit = 256
    /// The most steps taken to find them: alternations of optional parts multiply the ways.
    private static let budget = 4_096

    /// The beginnings of the ways from the character-reading steps `first`, or `nil` when
    /// some way reads other than a single character among its first three, can match after
    /// fewer, or when there are more than ``limit`` of them.
    init?(from first: [Int], in program: [LinearRegex.Instruction], seen: inout [Bool]) {
        guard !first.isEmpty else { return nil }
        var found: Set<UInt64> = []
        var budget = Self.budget
        func walk(_ pcs: [Int], depth: Int, key: UInt64, seen: inout [Bool]) -> Bool {
            for pc in pcs {
                budget -= 1
                guard budget > 0, case .scalar(let scalar) = program[pc] else { return false }
                let extended = Self.key(key, then: scalar)
                if depth == 2 {
                    found.insert(extended)
                    if found.count > Self.limit { return false }
                    continue
                }
                let after = MatchStarts.steps(from: pc + 1, in: program, seen: &seen)
                guard !after.reachesMatch, walk(after.pcs, depth: depth + 1, key: extended, seen: &seen) else {
                    return false
                }
            }
            return true
        }
        guard walk(first, depth: 0, key: 0, seen: &seen) else { return nil }
        keys = found.sorted()
    }

    /// Three characters (scalar values, 21 bits each) as one key.
    static func key(_ first: UInt32, _ second: UInt32, _ third: UInt32) -> UInt64 {
        key(key(key(0, then: first), then: second), then: third)
    }

    /// The key of the characters of `key` followed by `scalar`.
    private static func key(_ key: UInt64, then scalar: UInt32) -> UInt64 {
        key << 21 | UInt64(scalar)
    }

    func contains(_ key: UInt64) -> Bool {
        var low = 0
        var high = keys.count
        while low < high {
            let middle = (low + high) / 2
            if keys[middle] < key { low = middle + 1 } else { high = middle }
        }
        return low < keys.count && keys[low] == key
    }
}
