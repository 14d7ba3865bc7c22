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
    /// What a match can start with, so that positions where none can start are passed over.
    let starts: MatchStarts

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
        starts = MatchStarts(program: program)
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
        let folded = text.map { ScalarClass.fold($0.value) }
        var current = ThreadList(capacity: program.count)
        var next = ThreadList(capacity: program.count)
        var stack: [(pc: Int, start: Int)] = []
        var found: Range<Int>?
        var position = 0
        while true {
            if found == nil {
                if current.isEmpty {
                    // No thread alive: go straight to where a match can start (threads started
                    // elsewhere would all die on their first character).
                    while position < text.count,
                        !starts.canStart(folded: folded[position], scalar: text[position].value, classes: classes)
                    {
                        position += 1
                    }
                }
                add(pc: 0, start: position, at: position, to: &current, stack: &stack, text: text, folded: folded)
            }
            if current.isEmpty && found != nil { break }
            next.clear()
            for (pc, start) in current.threads {
                switch program[pc] {
                case .match:
                    found = start..<position
                // Lower-priority threads are cut: the first match to finish wins.
                case .scalar(let scalar):
                    if position < folded.count, folded[position] == scalar {
                        add(
                            pc: pc + 1, start: start, at: position + 1, to: &next, stack: &stack, text: text,
                            folded: folded)
                    }
                    continue
                case .set(let index):
                    if position < text.count, classes[index].contains(text[position].value) {
                        add(
                            pc: pc + 1, start: start, at: position + 1, to: &next, stack: &stack, text: text,
                            folded: folded)
                    }
                    continue
                case .any:
                    if position < text.count, !ScalarClass.isLineBreak(text[position].value) {
                        add(
                            pc: pc + 1, start: start, at: position + 1, to: &next, stack: &stack, text: text,
                            folded: folded)
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

    /// Adds `pc` and everything reachable from it without reading a character, in priority order.
    private func add(
        pc: Int, start: Int, at position: Int, to list: inout ThreadList, stack: inout [(pc: Int, start: Int)],
        text: [Unicode.Scalar], folded: [UInt32]
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
                if lookaheadHolds(lookaheads[index], at: position, text: text, folded: folded) {
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

    private func lookaheadHolds(
        _ lookahead: Lookahead, at position: Int, text: [Unicode.Scalar], folded: [UInt32]
    )
        -> Bool
    {
        var index = position
        var matched = true
        for step in lookahead.steps {
            guard index < text.count else {
                matched = false
                break
            }
            let ok: Bool
            switch step {
            case .scalar(let scalar): ok = folded[index] == scalar
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

/// The characters a match of a program can start with: those of the first character-reading
/// steps reachable from its start (assertions and lookaheads taken as passed, which only widens
/// the set). When an empty match or any character can start one, every position can.
struct MatchStarts: Sendable {
    /// Folded scalars below 128, one bit each.
    private var ascii: (low: UInt64, high: UInt64) = (0, 0)
    /// Folded scalars from 128 up.
    private var others: [UInt32] = []
    /// Indices of classes a first character may be in.
    private var classes: [Int] = []
    /// Whether a match can start anywhere.
    private var anywhere = false

    init(program: [LinearRegex.Instruction]) {
        guard !program.isEmpty else {
            anywhere = true
            return
        }
        var seen = Set<Int>()
        var stack = [0]
        while let pc = stack.popLast(), !anywhere {
            guard pc < program.count, seen.insert(pc).inserted else { continue }
            switch program[pc] {
            case .jump(let target): stack.append(target)
            case .split(let first, let second): stack += [first, second]
            case .assert, .lookahead: stack.append(pc + 1)
            case .scalar(let scalar):
                if scalar < 64 {
                    ascii.low |= 1 << UInt64(scalar)
                } else if scalar < 128 {
                    ascii.high |= 1 << UInt64(scalar - 64)
                } else if !others.contains(scalar) {
                    others.append(scalar)
                }
            case .set(let index): classes.append(index)
            case .any, .match: anywhere = true
            }
        }
    }

    /// Whether a match can start at a character that folds to `folded` and is `scalar`.
    func canStart(folded: UInt32, scalar: UInt32, classes: [ScalarClass]) -> Bool {
        if anywhere { return true }
        if folded < 64 {
            if ascii.low & (1 << UInt64(folded)) != 0 { return true }
        } else if folded < 128 {
            if ascii.high & (1 << UInt64(folded - 64)) != 0 { return true }
        } else if others.contains(folded) {
            return true
        }
        return self.classes.contains { classes[$0].contains(scalar) }
    }
}

/// The threads of one position, each program counter at most once (a sparse set).
struct ThreadList {
    var threads: [(pc: Int, start: Int)] = []
    private var dense: [Int]
    private var sparse: [Int]
    private var count = 0

    init(capacity: Int) {
        dense = Array(repeating: 0, count: capacity)
        sparse = Array(repeating: 0, count: capacity)
    }

    var isEmpty: Bool { threads.isEmpty }

    /// Marks `pc` as visited; `false` when it already was.
    mutating func insert(_ pc: Int) -> Bool {
        let slot = sparse[pc]
        if slot < count, dense[slot] == pc { return false }
        sparse[pc] = count
        dense[count] = pc
        count += 1
        return true
    }

    mutating func clear() {
        threads.removeAll(keepingCapacity: true)
        count = 0
    }
}
