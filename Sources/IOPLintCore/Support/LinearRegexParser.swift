/// Reads the text of a ``LinearRegex`` into a tree.
struct LinearRegexParser {
    /// A parsed pattern.
    enum Node {
        case empty
        case scalar(UInt32)
        case set(Int)
        case any
        case assert(LinearRegex.Assertion)
        case lookahead(Int)
        case concat([Node])
        case alternate([Node])
        indirect case repeating(Node, min: Int, max: Int?, greedy: Bool)
    }

    private let scalars: [Unicode.Scalar]
    private var position = 0
    private var depth = 0
    private(set) var classes: [ScalarClass] = []
    private(set) var lookaheads: [LinearRegex.Lookahead] = []

    init(_ pattern: String) {
        scalars = Array(pattern.unicodeScalars)
    }

    mutating func parse() throws(LinearRegexError) -> Node {
        let node = try alternation()
        if position < scalars.count {
            throw error(en: "`)` without an opening `(`", sv: "`)` utan en inledande `(`")
        }
        return node
    }

    // MARK: Grammar

    private mutating func alternation() throws(LinearRegexError) -> Node {
        var branches = [try sequence()]
        while peek == "|" {
            position += 1
            branches.append(try sequence())
        }
        return branches.count == 1 ? branches[0] : .alternate(branches)
    }

    private mutating func sequence() throws(LinearRegexError) -> Node {
        var items: [Node] = []
        while let next = peek, next != "|", next != ")" {
            let atomStart = position
            let atom = try self.atom()
            items.append(try quantified(atom, start: atomStart))
        }
        return items.count == 1 ? items[0] : (items.isEmpty ? .empty : .concat(items))
    }

    private mutating func quantified(_ atom: Node, start: Int) throws(LinearRegexError) -> Node {
        var node = atom
        var repeated = false
        while let next = peek {
            let bounds: (Int, Int?)
            switch next {
            case "*": bounds = (0, nil)
            case "+": bounds = (1, nil)
            case "?": bounds = (0, 1)
            case "{":
                guard let counted = try counted() else { return node }
                bounds = counted
                position -= 1
            default: return node
            }
            if repeated {
                throw error(en: "a quantifier follows another quantifier", sv: "en kvantifierare följer på en annan")
            }
            position += 1
            if case .assert = node {
                throw error(en: "an anchor cannot be repeated", sv: "ett ankare kan inte upprepas", at: start)
            }
            repeated = true
            // A lazy quantifier (`*?`) prefers fewer repetitions; a possessive one (`*+`) is read
            // as greedy, which can only find more matches.
            let greedy = peek != "?"
            if peek == "?" || peek == "+" { position += 1 }
            node = .repeating(node, min: bounds.0, max: bounds.1, greedy: greedy)
        }
        return node
    }

    /// `{n}`, `{n,}` or `{n,m}` at the position; `nil` (nothing read) when `{` is a literal.
    private mutating func counted() throws(LinearRegexError) -> (Int, Int?)? {
        let start = position
        position += 1
        let minimum = number()
        guard let minimum else {
            position = start
            return nil
        }
        var maximum: Int? = minimum
        if peek == "," {
            position += 1
            maximum = number()
        }
        guard peek == "}" else {
            position = start
            return nil
        }
        position += 1
        if let maximum, maximum < minimum {
            throw error(
                en: "the repetition {\(minimum),\(maximum)} has a maximum below its minimum",
                sv: "upprepningen {\(minimum),\(maximum)} har ett största antal under sitt minsta", at: start)
        }
        if max(minimum, maximum ?? 0) > 1_000 {
            throw error(
                en: "a repetition may count to at most 1000", sv: "en upprepning får räkna till högst 1000", at: start)
        }
        return (minimum, maximum)
    }

    private mutating func number() -> Int? {
        var value: Int?
        while let next = peek, next.isASCII, next.properties.numericType == .decimal {
            value = min((value ?? 0) * 10 + Int(next.value - 0x30), 1_000_000)
            position += 1
        }
        return value
    }

    private mutating func atom() throws(LinearRegexError) -> Node {
        let start = position
        let next = scalars[position]
        position += 1
        switch next {
        case "(": return try group(start: start)
        case "[": return try set(start: start)
        case ".": return .any
        case "^": return .assert(.textStart)
        case "$": return .assert(.textEnd)
        case "\\": return try escape(start: start, inSet: false).node(adding: &classes)
        case "*", "+", "?":
            throw error(en: "`\(next)` has nothing to repeat", sv: "`\(next)` har inget att upprepa", at: start)
        default: return .scalar(ScalarClass.fold(next.value))
        }
    }

    private mutating func group(start: Int) throws(LinearRegexError) -> Node {
        depth += 1
        defer { depth -= 1 }
        if depth > LinearRegex.maxNesting {
            throw error(en: "groups nest too deeply", sv: "grupperna är nästlade för djupt", at: start)
        }
        var lookahead: Bool?
        if peek == "?" {
            position += 1
            switch peek ?? "\u{0}" {
            case ":": position += 1
            case "=", "!":
                lookahead = peek == "!"
                position += 1
            case "<" where position + 1 < scalars.count && ["=", "!"].contains(scalars[position + 1]):
                throw error(
                    en: "lookbehind `(?<=…)` is not supported: it cannot be matched in linear time",
                    sv: "bakåtblick `(?<=…)` stöds inte: den kan inte matchas i linjär tid", at: start)
            case "<", "P":
                if peek == "P" { position += 1 }
                guard peek == "<", let close = scalars[position...].firstIndex(of: ">") else {
                    throw error(
                        en: "a group name is not closed by `>`", sv: "ett gruppnamn avslutas inte med `>`", at: start)
                }
                position = close + 1
            default:
                throw error(
                    en: "`(?` must be followed by `:`, `=`, `!` or a name in `<…>`",
                    sv: "`(?` måste följas av `:`, `=`, `!` eller ett namn inom `<…>`", at: start)
            }
        }
        let body = try alternation()
        guard peek == ")" else {
            throw error(en: "`(` is not closed by `)`", sv: "`(` avslutas inte med `)`", at: start)
        }
        position += 1
        guard let negated = lookahead else { return body }
        guard let steps = Self.singleCharacters(body) else {
            throw error(
                en: "a lookahead may hold only single characters and classes (`(?!it)`, `(?=[0-9])`)",
                sv: "en framåtblick får bara innehålla enstaka tecken och klasser (`(?!it)`, `(?=[0-9])`)", at: start)
        }
        lookaheads.append(LinearRegex.Lookahead(steps: steps, negated: negated))
        return .lookahead(lookaheads.count - 1)
    }

    private static func singleCharacters(_ node: Node) -> [LinearRegex.Instruction]? {
        switch node {
        case .empty: return []
        case .scalar(let scalar): return [.scalar(scalar)]
        case .set(let index): return [.set(index)]
        case .any: return [.any]
        case .concat(let items):
            var steps: [LinearRegex.Instruction] = []
            for item in items {
                guard let more = singleCharacters(item) else { return nil }
                steps += more
            }
            return steps
        default: return nil
        }
    }

    /// What a `\` escape stands for.
    private enum Escape {
        case scalar(UInt32)
        case named(ScalarClass.Named, negated: Bool)
        case assert(LinearRegex.Assertion)

        func node(adding classes: inout [ScalarClass]) -> LinearRegexParser.Node {
            switch self {
            case .scalar(let value): return .scalar(ScalarClass.fold(value))
            case .assert(let assertion): return .assert(assertion)
            case .named(let name, let negated):
                classes.append(ScalarClass(named: [(name, negated)]))
                return .set(classes.count - 1)
            }
        }
    }

    private mutating func escape(start: Int, inSet: Bool) throws(LinearRegexError) -> Escape {
        guard let next = peek else {
            throw error(en: "the pattern ends with a lone `\\`", sv: "mönstret slutar med ett ensamt `\\`", at: start)
        }
        position += 1
        switch next {
        case "d": return .named(.digit, negated: false)
        case "D": return .named(.digit, negated: true)
        case "w": return .named(.word, negated: false)
        case "W": return .named(.word, negated: true)
        case "s": return .named(.space, negated: false)
        case "S": return .named(.space, negated: true)
        case "b" where !inSet: return .assert(.wordBoundary)
        case "B" where !inSet: return .assert(.notWordBoundary)
        case "A" where !inSet: return .assert(.textStart)
        case "z", "Z": if !inSet { return .assert(.textEnd) }
        case "t": return .scalar(0x09)
        case "n": return .scalar(0x0A)
        case "r": return .scalar(0x0D)
        case "f": return .scalar(0x0C)
        case "v": return .scalar(0x0B)
        case "e": return .scalar(0x1B)
        case "0": return .scalar(0)
        case "x", "u": return .scalar(try hexadecimal(start: start, digits: next == "x" ? 2 : 4))
        default: break
        }
        if next.properties.numericType == .decimal || next == "k" {
            throw error(
                en: "back-references (`\\1`, `\\k<name>`) are not supported: they cannot be matched in linear time",
                sv: "bakåtreferenser (`\\1`, `\\k<namn>`) stöds inte: de kan inte matchas i linjär tid", at: start)
        }
        if next.properties.isAlphabetic {
            throw error(en: "unknown escape `\\\(next)`", sv: "okänd specialsekvens `\\\(next)`", at: start)
        }
        return .scalar(next.value)
    }

    private mutating func hexadecimal(start: Int, digits: Int) throws(LinearRegexError) -> UInt32 {
        var braced = false
        if peek == "{" {
            braced = true
            position += 1
        }
        var value: UInt32 = 0
        var read = 0
        while let next = peek, let digit = Self.hexDigit(next), braced ? read < 6 : read < digits {
            value = value * 16 + digit
            read += 1
            position += 1
        }
        if braced {
            guard peek == "}" else { return try invalidHex(start) }
            position += 1
        }
        guard read > 0, braced || read == digits, Unicode.Scalar(value) != nil else { return try invalidHex(start) }
        return value
    }

    private func invalidHex(_ start: Int) throws(LinearRegexError) -> UInt32 {
        throw error(en: "a bad hexadecimal character code", sv: "en felaktig hexadecimal teckenkod", at: start)
    }

    private static func hexDigit(_ scalar: Unicode.Scalar) -> UInt32? {
        switch scalar {
        case "0"..."9": scalar.value - 0x30
        case "a"..."f": scalar.value - 0x61 + 10
        case "A"..."F": scalar.value - 0x41 + 10
        default: nil
        }
    }

    private mutating func set(start: Int) throws(LinearRegexError) -> Node {
        var result = ScalarClass()
        if peek == "^" {
            result.negated = true
            position += 1
        }
        var first = true
        while true {
            guard let next = peek else {
                throw error(en: "`[` is not closed by `]`", sv: "`[` avslutas inte med `]`", at: start)
            }
            if next == "]" && !first { break }
            if next == "[" {
                throw error(
                    en: "a `[` inside a class must be escaped (`\\[`)",
                    sv: "en `[` inuti en klass måste skrivas `\\[`", at: position)
            }
            first = false
            let itemStart = position
            position += 1
            var low: UInt32
            if next == "\\" {
                switch try escape(start: itemStart, inSet: true) {
                case .scalar(let value): low = value
                case .named(let name, let negated):
                    result.named.append((name, negated))
                    continue
                case .assert: low = 0x08
                }
            } else {
                low = next.value
            }
            guard peek == "-", position + 1 < scalars.count, scalars[position + 1] != "]" else {
                result.ranges.append(low...low)
                continue
            }
            position += 1
            let highStart = position
            var high = scalars[position].value
            position += 1
            if high == 0x5C {  // `\`
                guard case .scalar(let value) = try escape(start: highStart, inSet: true) else {
                    throw error(
                        en: "a class cannot end a range", sv: "en klass kan inte avsluta ett intervall", at: highStart)
                }
                high = value
            }
            guard low <= high else {
                throw error(en: "the range is backwards", sv: "intervallet är baklänges", at: itemStart)
            }
            result.ranges.append(low...high)
        }
        position += 1
        classes.append(result)
        return .set(classes.count - 1)
    }

    // MARK: Reading

    private var peek: Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }

    private func error(en: String, sv: String, at index: Int? = nil) -> LinearRegexError {
        LinearRegexError(LocalizedText(en: en, sv: sv), column: min(index ?? position, scalars.count) + 1)
    }
}
