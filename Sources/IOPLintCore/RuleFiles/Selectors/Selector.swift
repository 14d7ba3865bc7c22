/// A path expression that picks nodes of an agreement: `given:` in a rule file, the paths
/// inside checks (`refers-to:`, `before:`, …) and the keys of `when:`.
///
/// Keys are written as in the agreement, joined by dots; brackets pick items of a list:
///
/// | selector | selects |
/// | --- | --- |
/// | `problem.statement` | one node |
/// | `parties[0]` | the first item (0-based) |
/// | `parties[*]` | every item of a list |
/// | `principles.*` | every value of a map (or every item of a list) |
/// | `parties[*].mandate.date` | a field of every item |
/// | `parties[?type=idea-based]` | the items whose field equals a value |
/// | `parties[?mandate.level!=highest]` | the items whose field (here nested) does not |
/// | `goals.**` | `goals` and every node inside it, at any depth |
/// | `**` | every node of the document |
/// | `$` | the whole document (`$.term.start` is `term.start`) |
/// | `signatures[?party=@.id].date` | correlated: the dates of the signatures of the party the check runs on |
/// | `@.mandate.date` | relative: the mandate date of the node the check runs on |
///
/// A filter compares a field of each item with a value: two numbers by value (`0.5` = `0.50`),
/// two booleans or two nulls by value, anything else by its text (`2025-03-01`, `"Hela
/// Människan"`). An item without the field fails `=` and passes `!=`.
///
/// `@` is the node the rule's check is running on (with `given: parties[*]`, one party at a
/// time). A selector that starts with `@` is relative to that node; inside a filter, `@` and
/// `@.field` give the value to compare with. Without such a node, both select nothing. So
/// "every party decided before it signed" reads:
///
/// ```yaml
/// given: parties[*]
/// check:
///   "@.mandate.date": { before: "signatures[?party=@.id].date" }
/// ```
///
/// Grammar (spaces are allowed only inside brackets, around the parts):
///
/// ```
/// selector  = ( "$" | "@" ) , { step }
///           | ( name-step | bracket ) , { step } ;
/// step      = "." , name-step | bracket ;
/// name-step = key | "*" | "**" ;
/// bracket   = "[" , ( index | "*" | quoted | "?" , filter ) , "]" ;
/// filter    = field , ( "=" | "!=" ) , value ;
/// field     = key , { "." , key } ;
/// value     = word | quoted | reference ;      (* a word may be a number, true, false, null *)
/// reference = "@" , { "." , key } ;
/// key       = key-char , { key-char } ;        (* letters incl. å ä ö, digits, "-", "_" *)
/// word      = word-char , { word-char } ;      (* key-chars and "." "+" ":" "/" *)
/// quoted    = '"' , { char } , '"' | "'" , { char } , "'" ;   (* \" \\ and '' escape *)
/// index     = digit , { digit } ;
/// ```
///
/// `["key"]` selects a key that is not a plain word, as `DocumentPath` prints it.
///
/// Invariant: `description` is the text the selector was parsed from.
public struct Selector: Sendable, Hashable, CustomStringConvertible {
    /// Where evaluation starts.
    enum Anchor: Sendable, Hashable {
        /// `$`, or no anchor: the document root.
        case document
        /// `@`: the node the check is running on.
        case current
    }

    /// The source text.
    public let text: String
    let anchor: Anchor
    let steps: [SelectorStep]
    /// Whether what the selector picks depends on `@`: it starts there, or a filter reads it.
    /// When not, it picks the same nodes in a document every time (``LintDocument`` keeps them).
    let readsCurrent: Bool
    /// The number of the selector's text among those of all selectors made (equal texts,
    /// equal numbers): ``DocumentSelections`` keeps selections by it.
    let number: Int
    /// The keys, when every step is a key (`@.mandate.date`, `problem.statement`): such a
    /// selector is evaluated by a walk down them (``SelectorEvaluator/select(keys:from:rejected:)``).
    let keys: [String]?

    /// The numbers of selectors' texts.
    private static let numbers = KeyNumbers<String>()

    init(text: String, anchor: Anchor, steps: [SelectorStep]) {
        self.text = text
        number = Self.numbers.number(of: text)
        self.anchor = anchor
        self.steps = steps
        readsCurrent =
            anchor == .current
            || steps.contains { step in
                guard case .filter(let filter) = step, case .reference = filter.operand else { return false }
                return true
            }
        keys = steps.reduce(into: [String]?.some([])) { keys, step in
            if case .key(let key) = step { keys?.append(key) } else { keys = nil }
        }
    }

    /// Parses `text`; the error names the 1-based column (in Unicode scalars) where it stopped.
    public static func parse(_ text: String) throws(SelectorError) -> Selector {
        var parser = SelectorParser(text)
        let (anchor, steps) = try parser.parse()
        return Selector(text: text, anchor: anchor, steps: steps)
    }

    /// Whether the selector starts at `@`, the node the check is running on.
    public var isRelative: Bool { anchor == .current }

    public var description: String { text }
}
