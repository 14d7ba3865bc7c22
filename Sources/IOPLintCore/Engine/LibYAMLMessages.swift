/// Swedish wordings of libyaml's error messages. A message not listed here is shown as libyaml
/// wrote it.
enum LibYAMLMessages {
    static func swedish(_ message: String) -> String {
        if let exact = table[message] { return exact }
        for (prefix, translation) in prefixes where message.hasPrefix(prefix) {
            return translation + message.dropFirst(prefix.count)
        }
        return message
    }

    private static let table: [String: String] = [
        "did not find expected key": "hittade inte den nyckel som förväntades",
        "did not find expected node content": "hittade inte det innehåll som förväntades",
        "did not find expected '-' indicator": "hittade inte det '-' som förväntades",
        "did not find expected ',' or ']'": "hittade inte det ',' eller ']' som förväntades",
        "did not find expected ',' or '}'": "hittade inte det ',' eller '}' som förväntades",
        "did not find expected <document start>": "hittade inte den dokumentstart (---) som förväntades",
        "mapping values are not allowed in this context": "ett mappningsvärde (kolon) är inte tillåtet här",
        "found character that cannot start any token": "hittade ett tecken som inte kan inleda något element",
        "found unexpected end of stream": "filen tog slut oväntat",
        "found unknown escape character": "hittade ett okänt escape-tecken",
        "found a tab character that violates indentation": "hittade ett tabbtecken som bryter indraget",
        "found a tab character where an indentation space is expected":
            "hittade ett tabbtecken där ett mellanslag för indrag förväntades",
        "could not find expected ':'": "hittade inte det ':' som förväntades",
        "found unexpected ':'": "hittade ett oväntat ':'",
        "found duplicate %YAML directive": "hittade ett upprepat %YAML-direktiv",
        "found incompatible YAML document": "hittade ett YAML-dokument av en version som inte stöds",
        "block sequence entries are not allowed in this context": "listelement med '-' är inte tillåtna här",
        "control characters are not allowed": "kontrolltecken är inte tillåtna",
        "while parsing a block mapping": "vid läsning av en mappning",
        "while parsing a block collection": "vid läsning av en samling",
        "while parsing a flow sequence": "vid läsning av en lista inom []",
        "while parsing a flow mapping": "vid läsning av en mappning inom {}",
        "while parsing a flow node": "vid läsning av ett värde",
        "while parsing a block node": "vid läsning av ett värde",
        "while scanning a simple key": "vid läsning av en nyckel",
        "while scanning a quoted scalar": "vid läsning av en sträng inom citattecken",
        "while scanning a block scalar": "vid läsning av ett textblock",
        "while scanning a plain scalar": "vid läsning av ett värde",
        "while scanning an anchor": "vid läsning av ett ankare",
        "while scanning an alias": "vid läsning av ett alias",
        "while scanning a tag": "vid läsning av en tagg",
        "while scanning a directive": "vid läsning av ett direktiv",
        "while parsing a node": "vid läsning av ett värde",
    ]

    private static let prefixes: [(String, String)] = [
        ("while parsing ", "vid läsning av "),
        ("while scanning ", "vid läsning av "),
    ]
}
