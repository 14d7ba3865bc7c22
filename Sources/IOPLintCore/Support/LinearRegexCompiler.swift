/// Turns a parsed ``LinearRegex`` into the instructions of its machine, within
/// ``LinearRegex/maxProgramSize``.
struct LinearRegexCompiler {
    private(set) var program: [LinearRegex.Instruction] = []
    let classes: [ScalarClass]
    let lookaheads: [LinearRegex.Lookahead]

    init(classes: [ScalarClass], lookaheads: [LinearRegex.Lookahead]) {
        self.classes = classes
        self.lookaheads = lookaheads
    }

    mutating func compile(_ tree: LinearRegexParser.Node) throws(LinearRegexError) {
        try emit(tree)
        try append(.match)
    }

    private mutating func emit(_ node: LinearRegexParser.Node) throws(LinearRegexError) {
        switch node {
        case .empty: break
        case .scalar(let scalar): try append(.scalar(scalar))
        case .set(let index): try append(.set(index))
        case .any: try append(.any)
        case .assert(let assertion): try append(.assert(assertion))
        case .lookahead(let index): try append(.lookahead(index))
        case .concat(let items):
            for item in items { try emit(item) }
        case .alternate(let branches):
            var jumps: [Int] = []
            for (index, branch) in branches.enumerated() {
                if index < branches.count - 1 {
                    let split = try append(.split(0, 0))
                    try emit(branch)
                    jumps.append(try append(.jump(0)))
                    program[split] = .split(split + 1, program.count)
                } else {
                    try emit(branch)
                }
            }
            for jump in jumps { program[jump] = .jump(program.count) }
        case .repeating(let body, let minimum, let maximum, let greedy):
            for _ in 0..<minimum { try emit(body) }
            // A split prefers its first target: the body when greedy, what follows when lazy.
            func split(_ at: Int, body: Int, exit: Int) -> LinearRegex.Instruction {
                greedy ? .split(body, exit) : .split(exit, body)
            }
            if let maximum {
                var splits: [Int] = []
                for _ in minimum..<maximum {
                    splits.append(try append(.split(0, 0)))
                    try emit(body)
                }
                for at in splits { program[at] = split(at, body: at + 1, exit: program.count) }
            } else {
                let at = try append(.split(0, 0))
                try emit(body)
                try append(.jump(at))
                program[at] = split(at, body: at + 1, exit: program.count)
            }
        }
    }

    @discardableResult
    private mutating func append(_ instruction: LinearRegex.Instruction) throws(LinearRegexError) -> Int {
        guard program.count < LinearRegex.maxProgramSize else {
            throw LinearRegexError(
                LocalizedText(
                    en:
                        "the pattern is too large (more than \(LinearRegex.maxProgramSize) steps once its repetitions are counted out)",
                    sv:
                        "mönstret är för stort (mer än \(LinearRegex.maxProgramSize) steg när upprepningarna räknats ut)"
                ),
                column: 1)
        }
        program.append(instruction)
        return program.count - 1
    }
}
