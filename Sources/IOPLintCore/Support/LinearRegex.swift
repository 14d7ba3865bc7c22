/// A regular expression of a rule file (`pattern`, `not-pattern`, `unless`), matched
/// case-insensitively in time linear in the text, whatever the pattern.
///
/// Backtracking engines (ICU's, Swift's `Regex`) can take exponential time on a pattern such
/// as `^(a|aa)+$`, and some give up after a while and answer "no match". This one simulates the
/// pattern's automaton over the text once (a Pike VM): the work is at most the program's size
/// (bounded by ``maxProgramSize``) times the number of characters, and the answer is always
/// exact.
///
/// The syntax is the common subset of Perl, ICU and Swift regular expressions: literals and
/// `\`-escapes (`\.`, `\t`, `\n`, `\u00E5`), `.`, classes (`[a-zå]`, `[^0-9]`, `\d`, `\w`, `\s`
/// and their negations), anchors (`^`, `$`, `\b`, `\B`), groups (`(…)`, `(?:…)`, `(?<name>…)`),
/// `|`, the quantifiers `*`, `+`, `?`, `{n}`, `{n,}`, `{n,m}` (greedy or lazy), and a
/// lookahead `(?=…)` / `(?!…)` of single characters (`bidrag(?!it)`). Back-references and
/// lookbehind have no linear-time algorithm and are refused with a message that says so.
/// Characters are Unicode scalars; letters are compared by their lower-case form.
public struct LinearRegex: Sendable, Hashable, CustomStringConvertible {
    /// The most instructions a compiled pattern may have (`{n,m}` repeats its operand).
    public static let maxProgramSize = 4_000
    /// The deepest nesting of groups accepted.
    static let maxNesting = 100

    /// The pattern as written.
    public let pattern: String
    let program: [Instruction]
    let classes: [ScalarClass]
    let lookaheads: [Lookahead]
    /// Where a match can start, so that positions where none can are passed over (tests set
    /// one that turns nothing down, to compare with the machine run everywhere).
    var starts: MatchStarts

    /// Compiles `pattern`.
    ///
    /// - Throws: ``LinearRegexError`` with the 1-based column (in Unicode scalars) of the problem.
    public init(_ pattern: String) throws(LinearRegexError) {
        self.pattern = pattern
        var parser = LinearRegexParser(pattern)
        let tree = try parser.parse()
        var compiler = LinearRegexCompiler(classes: parser.classes, lookaheads: parser.lookaheads)
        try compiler.compile(tree)
        program = compiler.program
        classes = compiler.classes
        lookaheads = compiler.lookaheads
        starts = MatchStarts(program: program, classes: classes)
    }

    public var description: String { pattern }

    /// Whether the pattern matches somewhere in `text`.
    public func matches(_ text: String) -> Bool {
        firstMatch(in: text) != nil
    }

    /// The first (leftmost) match in `text`, with the extent a Perl-style engine would choose.
    public func firstMatch(in text: String) -> Substring? {
        let scalars = Array(text.unicodeScalars)
        guard let range = firstMatch(in: scalars) else { return nil }
        let start = text.unicodeScalars.index(text.unicodeScalars.startIndex, offsetBy: range.lowerBound)
        let end = text.unicodeScalars.index(start, offsetBy: range.count)
        return text[start..<end]
    }

    public static func == (left: LinearRegex, right: LinearRegex) -> Bool { left.pattern == right.pattern }
    public func hash(into hasher: inout Hasher) { hasher.combine(pattern) }

    // MARK: The machine

    /// One step of the compiled program.
    enum Instruction: Sendable {
        /// One character, given folded to lower case.
        case scalar(UInt32)
        /// One character of `classes[index]`.
        case set(Int)
        /// Any character but a line break.
        case any
        /// Continue at both; the first has priority.
        case split(Int, Int)
        case jump(Int)
        case assert(Assertion)
        /// `lookaheads[index]` must (or, negated, must not) match here.
        case lookahead(Int)
        case match
    }

    enum Assertion: Sendable {
        case textStart, textEnd, wordBoundary, notWordBoundary
    }

    /// A lookahead: single-character steps matched from the current position.
    struct Lookahead: Sendable {
        var steps: [Instruction]
        var negated: Bool
    }

    /// The leftmost match in `text`, as a range of scalar offsets.
    func firstMatch(in text: [Unicode.Scalar]) -> Range<Int>? {
        var position = nextStart(from: 0, in: text)
        // Without an empty match, none can start at the end: the machine is not needed.
        if position == text.count && !starts.anywhere { return nil }
        var current = ThreadList(capacity: program.count)
        var next = ThreadList(capacity: program.count)
        var stack: [(pc: Int, start: Int)] = []
        stack.reserveCapacity(program.count)
        var found: Range<Int>?
        while true {
            if found == nil {
                // No thread alive: go straight to where a match can start. Threads started where
                // none can (``MatchStarts``) would die within two characters without a match, so
                // they are not started at all.
                if current.isEmpty { position = nextStart(from: position, in: text) }
                if position == text.count || starts.mayStart(at: position, in: text) {
                    add(pc: 0, start: position, at: position, to: &current, stack: &stack, text: text)
                }
            }
            if current.isEmpty && found != nil { break }
            next.clear()
            for (pc, start) in current.threads {
                switch program[pc] {
                case .match:
                    found = start..<position
                // Lower-priority threads are cut: the first match to finish wins.
                case .scalar(let scalar):
                    if position < text.count, ScalarClass.fold(text[position].value) == scalar {
                        add(pc: pc + 1, start: start, at: position + 1, to: &next, stack: &stack, text: text)
                    }
                    continue
                case .set(let index):
                    if position < text.count, classes[index].contains(text[position].value) {
                        add(pc: pc + 1, start: start, at: position + 1, to: &next, stack: &stack, text: text)
                    }
                    continue
                case .any:
                    if position < text.count, !ScalarClass.isLineBreak(text[position].value) {
                        add(pc: pc + 1, start: start, at: position + 1, to: &next, stack: &stack, text: text)
                    }
                    continue
                case .split, .jump, .assert, .lookahead:
                    continue
                }
                break
            }
            if position >= text.count { break }
            swap(&current, &next)
            position += 1
        }
        return found
    }

    /// The first position from `position` on where a match can start, or the end of `text`.
    private func nextStart(from position: Int, in text: [Unicode.Scalar]) -> Int {
        var position = position
        while position < text.count, !starts.mayStart(at: position, in: text) { position += 1 }
        return position
    }

    /// Adds `pc` and everything reachable from it without reading a character, in priority order.
    private func add(
        pc: Int, start: Int, at position: Int, to list: inout ThreadList, stack: inout [(pc: Int, start: Int)],
        text: [Unicode.Scalar]
    ) {
        stack.append((pc, start))
        while let (pc, start) = stack.popLast() {
            guard list.insert(pc) else { continue }
            switch program[pc] {
            case .jump(let target):
                stack.append((target, start))
            case .split(let first, let second):
                stack.append((second, start))
                stack.append((first, start))
            case .assert(let assertion):
                if holds(assertion, at: position, in: text) { stack.append((pc + 1, start)) }
            case .lookahead(let index):
                if lookaheadHolds(lookaheads[index], at: position, text: text) {
                    stack.append((pc + 1, start))
                }
            case .scalar, .set, .any, .match:
                list.threads.append((pc, start))
            }
        }
    }

    private func holds(_ assertion: Assertion, at position: Int, in text: [Unicode.Scalar]) -> Bool {
        switch assertion {
        case .textStart:
            return position == 0
        case .textEnd:
            return position == text.count || (position == text.count - 1 && text[position] == "\n")
        case .wordBoundary, .notWordBoundary:
            let before = position > 0 && ScalarClass.isWord(text[position - 1])
            let after = position < text.count && ScalarClass.isWord(text[position])
            return (before != after) == (assertion == .wordBoundary)
        }
    }

    private func lookaheadHolds(_ lookahead: Lookahead, at position: Int, text: [Unicode.Scalar]) -> Bool {
        var index = position
        var matched = true
        for step in lookahead.steps {
            guard index < text.count else {
                matched = false
                break
            }
            let ok: Bool
            switch step {
            case .scalar(let scalar): ok = ScalarClass.fold(text[index].value) == scalar
            case .set(let set): ok = classes[set].contains(text[index].value)
            case .any: ok = !ScalarClass.isLineBreak(text[index].value)
            default: ok = false
            }
            guard ok else {
                matched = false
                break
            }
            index += 1
        }
        return matched != lookahead.negated
    }
}

/// The threads of one position, each program counter at most once.
struct ThreadList {
    /// The threads in priority order (at most one per instruction, so never more than the
    /// capacity).
    var threads: [(pc: Int, start: Int)] = []
    /// For each program counter, the ``generation`` in which it was last inserted: it is in the
    /// list when that is the current one, so that clearing is one increment.
    private var marks: [UInt32]
    private var generation: UInt32 = 1

    init(capacity: Int) {
        threads.reserveCapacity(capacity)
        marks = Array(repeating: 0, count: capacity)
    }

    var isEmpty: Bool { threads.isEmpty }

    /// Marks `pc` as visited; `false` when it already was.
    mutating func insert(_ pc: Int) -> Bool {
        if marks[pc] == generation { return false }
        marks[pc] = generation
        return true
    }

    mutating func clear() {
        threads.removeAll(keepingCapacity: true)
        generation &+= 1
        if generation == 0 {
            // After four billion positions the marks start over.
            for index in marks.indices { marks[index] = 0 }
            generation = 1
        }
    }
}
