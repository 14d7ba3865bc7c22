// temporary, uncommitted
struct NoPlaceholdersCheck: NodeCheck { func evaluate(_ selected: SelectedNode, in context: CheckContext) -> [CheckFailure] { [] } }
struct OrgNumberCheck: NodeCheck { func evaluate(_ selected: SelectedNode, in context: CheckContext) -> [CheckFailure] { [] } }
enum TermsCheck { static func parse(_ node: RuleFileNode, absent: Bool) -> (any Check)? { nil } }
enum ReadabilityCheck { static func parse(_ node: RuleFileNode) -> (any Check)? { nil } }
enum Words { static func count(in text: String) -> Int { text.split(whereSeparator: \.isWhitespace).count } }
