import Foundation
import IOPLintCore

/// What can safely be taken out of free text: organisation numbers, dates, notice periods,
/// amounts, the parties of "mellan X (org.nr …) och Y".
///
/// The wording follows published agreements: "Denna överenskommelse har ingåtts mellan …",
/// "… nedan kallad …", "från och med 2014-06-01 till och med 2016-05-31" (Norrköping's framework
/// agreement), "uppsägningstid om sex (6) månader", "org.nr 212000-0449".
enum TextPatterns {
    /// A Swedish organisation number, `NNNNNN-NNNN` (or ten digits).
    static func orgNumber(in text: String) -> String? {
        guard let match = text.firstMatch(of: /\b(\d{6})[-–]?(\d{4})\b/) else { return nil }
        return "\(match.1)-\(match.2)"
    }

    /// The parties named by "mellan A (org.nr …) och B" or "between A and B": name and number.
    static func partiesBetween(in text: String) -> [(name: String, orgNumber: String?)]? {
        guard let match = text.firstMatch(of: /(?i)\b(?:mellan|between)\s+(.+)/) else { return nil }
        var rest = String(match.1)
        // The list of parties ends at the end of the sentence or where the subject starts.
        for stop in [" om ", " avseende ", " gällande ", " angående ", " regarding ", " concerning ", " for the "] {
            if let range = rest.range(of: stop) { rest = String(rest[..<range.lowerBound]) }
        }
        rest = sentenceStart(rest)
        let chunks = splitTopLevel(rest)
        let parties = chunks.compactMap { chunk -> (name: String, orgNumber: String?)? in
            let number = orgNumber(in: chunk)
            var name = chunk
            if let paren = name.firstIndex(of: "(") { name = String(name[..<paren]) }
            if let org = name.range(
                of: #"(?i),?\s*(org\.?\s*nr|organisationsnummer|reg\. no\.)"#, options: .regularExpression)
            {
                name = String(name[..<org.lowerBound])
            }
            if let called = name.range(of: #"(?i),?\s*(nedan|hereinafter)\b"#, options: .regularExpression) {
                name = String(name[..<called.lowerBound])
            }
            name = name.trimmingCharacters(in: CharacterSet(charactersIn: " ,.;:\"”“'\t"))
            guard !name.isEmpty, name.count <= 120 else { return nil }
            return (name, number)
        }
        return parties.count >= 2 ? parties : nil
    }

    /// `text` up to the end of its first sentence: a full stop outside parentheses that does not
    /// end an abbreviation (`org.nr.`, `reg. no.`).
    static func sentenceStart(_ text: String) -> String {
        var depth = 0
        var word = ""
        for index in text.indices {
            let character = text[index]
            if character == "(" { depth += 1 }
            if character == ")" { depth = max(0, depth - 1) }
            if character == ".", depth == 0,
                !["reg", "no", "nr", "org", "ek", "för", "t", "m", "fr", "o"].contains(word.lowercased())
            {
                let next = text.index(after: index)
                if next == text.endIndex || text[next].isWhitespace { return String(text[..<index]) }
            }
            word = character.isLetter ? word + String(character) : ""
        }
        return text
    }

    /// `text` split at `,`, ` och `, ` and ` outside parentheses.
    private static func splitTopLevel(_ text: String) -> [String] {
        let commas = !text.contains(";")
        var parts: [String] = []
        var current = ""
        var depth = 0
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "(" { depth += 1 }
            if character == ")" { depth = max(0, depth - 1) }
            if depth == 0 {
                let rest = text[index...]
                if let separator = [" och ", " and ", " samt "].first(where: { rest.hasPrefix($0) }) {
                    parts.append(current)
                    current = ""
                    index = text.index(index, offsetBy: separator.count)
                    continue
                }
                if character == ";" {
                    parts.append(current)
                    current = ""
                    index = text.index(after: index)
                    continue
                }
                if commas, character == ",",
                    !(text[text.index(after: index)...].trimmingCharacters(in: .whitespaces).lowercased().hasPrefix(
                        "org")),
                    !(text[text.index(after: index)...].trimmingCharacters(in: .whitespaces).lowercased().hasPrefix(
                        "nedan"))
                {
                    parts.append(current)
                    current = ""
                    index = text.index(after: index)
                    continue
                }
            }
            current.append(character)
            index = text.index(after: index)
        }
        parts.append(current)
        return parts.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    }

    static let months: [String: Int] = [
        "januari": 1, "februari": 2, "mars": 3, "april": 4, "maj": 5, "juni": 6, "juli": 7, "augusti": 8,
        "september": 9, "oktober": 10, "november": 11, "december": 12, "january": 1, "february": 2, "march": 3,
        "may": 5, "june": 6, "july": 7, "august": 8, "october": 10,
    ]

    /// Every date of `text`, in order: `2025-03-01`, `1 mars 2025`, `1 March 2025`, `March 1, 2025`.
    static func dates(in text: String) -> [CalendarDate] {
        var found: [(String.Index, CalendarDate)] = []
        for match in text.matches(of: /\b(\d{4})-(\d{2})-(\d{2})\b/) {
            if let date = CalendarDate(year: Int(match.1)!, month: Int(match.2)!, day: Int(match.3)!) {
                found.append((match.range.lowerBound, date))
            }
        }
        for match in text.matches(of: /(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+([a-zåäö]+)\s+(\d{4})\b/) {
            if let month = months[match.2.lowercased()],
                let date = CalendarDate(year: Int(match.3)!, month: month, day: Int(match.1)!)
            {
                found.append((match.range.lowerBound, date))
            }
        }
        for match in text.matches(of: /(?i)\b([a-z]+)\s+(\d{1,2}),\s*(\d{4})\b/) {
            if let month = months[match.1.lowercased()],
                let date = CalendarDate(year: Int(match.3)!, month: month, day: Int(match.2)!)
            {
                found.append((match.range.lowerBound, date))
            }
        }
        return found.sorted { $0.0 < $1.0 }.map(\.1)
    }

    /// Start and end of a term: "från och med D till och med D", "D – D", "from D to D".
    static func term(in text: String) -> (start: CalendarDate?, end: CalendarDate?) {
        let dates = dates(in: text)
        let lowered = text.lowercased()
        let speaksOfTerm = [
            "från och med", "fr.o.m", "gäller från", "till och med", "t.o.m", "gäller till", "from", "until",
            "to ", "–", " - ", "avtalstid", "giltig", "period", "term", "valid",
        ].contains { lowered.contains($0) }
        guard speaksOfTerm else { return (nil, nil) }
        if dates.count >= 2 { return (dates[0], dates[1]) }
        guard let only = dates.first else { return (nil, nil) }
        let endWords = ["till och med", "t.o.m", "gäller till", "until", "upphör", "ends", "expires"]
        return endWords.contains(where: lowered.contains) ? (nil, only) : (only, nil)
    }

    static let numberWords: [String: Int] = [
        "en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8, "nio": 9, "tio": 10,
        "elva": 11, "tolv": 12, "arton": 18, "tjugofyra": 24, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
        "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "eighteen": 18,
    ]

    /// A notice period in months: "uppsägningstid om sex (6) månader", "sex månaders
    /// uppsägningstid", "three months' notice", "6 månader".
    static func noticeMonths(in text: String, requireNoticeWord: Bool = true) -> Int? {
        let lowered = text.lowercased()
        if requireNoticeWord, !["uppsäg", "varsel", "notice"].contains(where: lowered.contains) { return nil }
        guard
            let match = lowered.firstMatch(
                of: /\b(\d{1,2}|[a-zåäö]+)\s*(?:\(\d{1,2}\)\s*)?(?:månader|månaders|månad|months?'?)/)
        else { return nil }
        let word = String(match.1)
        return Int(word) ?? numberWords[word]
    }

    /// An amount of money: "450 000 kronor", "1,2 miljoner kronor", "300 tkr", "SEK 450,000".
    static func money(in text: String) -> Double? {
        let pattern =
            /(?i)(\d{1,3}(?:[ \u{00A0}.]\d{3})+|\d+)(?:[,.](\d+))?\s*(miljoner kronor|miljoner|mnkr|tkr|kronor|kr|sek)\b/
        guard let match = text.firstMatch(of: pattern) else { return nil }
        let whole = match.1.filter(\.isNumber)
        guard var value = Double(whole + (match.2.map { "." + $0 } ?? "")) else { return nil }
        switch match.3.lowercased() {
        case "tkr": value *= 1_000
        case "miljoner kronor", "miljoner", "mnkr": value *= 1_000_000
        default: break
        }
        return value
    }

    /// The period of an amount: `year` for "per år", "årligen", "per year"; `month`; `total`.
    static func period(in text: String) -> String? {
        let lowered = text.lowercased()
        if ["per år", "årligen", "/år", "per year", "annually", "a year", "varje år"].contains(where: lowered.contains)
        {
            return "year"
        }
        if ["per månad", "/mån", "per month", "a month", "månadsvis"].contains(where: lowered.contains) {
            return "month"
        }
        if ["totalt", "sammanlagt", "in total", "för hela perioden"].contains(where: lowered.contains) {
            return "total"
        }
        return nil
    }

    /// The party type a name suggests: a guess, never a fact. Words are matched whole or as the
    /// end of a compound (`Socialnämnden`, `Kronohem`), so that `Karlstad` is no `stad`.
    static func partyType(forName name: String) -> String? {
        let words = name.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
        func has(_ endings: [String]) -> Bool {
            words.contains { word in
                endings.contains { word == $0 || (word.count > $0.count + 2 && word.hasSuffix($0)) }
            }
        }
        if has(["universitet", "högskola", "university", "college"]) { return "academia" }
        if has([
            "förening", "föreningen", "stiftelse", "stiftelsen", "församling", "förbund", "förbundet", "kyrka",
            "kyrkan", "association", "foundation", "jour", "jouren", "mission", "missionen", "korset", "människan",
            "if", "ik",
        ]) {
            return "idea-based"
        }
        if has(["bostäder", "hem", "bostad", "fastigheter", "housing"]) { return "housing-company" }
        if has([
            "kommun", "kommunen", "stad", "staden", "region", "regionen", "länsstyrelsen", "myndighet",
            "polismyndigheten", "nämnd", "nämnden", "förvaltning", "förvaltningen", "municipality", "council",
        ]) {
            return "public"
        }
        if words.last == "ab" || words.contains("ab") { return "company" }
        return nil
    }

    /// An id made from a name: lower case ASCII letters, digits and dashes (`Hela Människan` →
    /// `hela-manniskan`).
    static func slug(_ name: String, maxLength: Int = 40) -> String {
        let folded = name.lowercased().folding(options: [.diacriticInsensitive], locale: Locale(identifier: "sv_SE"))
        var result = ""
        for scalar in folded.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                result.unicodeScalars.append(scalar)
            } else if !result.isEmpty, !result.hasSuffix("-") {
                result += "-"
            }
        }
        while result.hasSuffix("-") { result.removeLast() }
        if result.count > maxLength {
            result = String(result.prefix(maxLength))
            if let dash = result.lastIndex(of: "-"), result.distance(from: result.startIndex, to: dash) > maxLength / 2
            {
                result = String(result[..<dash])
            }
        }
        return result.isEmpty ? "part" : result
    }
}
