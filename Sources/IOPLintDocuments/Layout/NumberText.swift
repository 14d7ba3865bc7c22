import Foundation
import IOPLintCore

/// Numbers as documents write them: `450 000` and `0,5` in Swedish, `450,000` and `0.5` in
/// English; and back, from either.
public enum NumberText {
    /// `value` with thousands grouped and at most two decimals.
    public static func format(_ value: Double, in language: Language) -> String {
        let negative = value < 0
        let cents = (abs(value) * 100).rounded()
        let whole = Int(cents / 100)
        let fraction = Int(cents.truncatingRemainder(dividingBy: 100))
        var digits = Array(String(whole))
        var grouped = ""
        let separator = language == .sv ? "\u{00A0}" : ","
        while digits.count > 3 {
            grouped = separator + String(digits.suffix(3)) + grouped
            digits.removeLast(3)
        }
        grouped = String(digits) + grouped
        if fraction != 0 {
            var decimals = fraction < 10 ? "0\(fraction)" : String(fraction)
            if decimals.hasSuffix("0") { decimals.removeLast() }
            grouped += (language == .sv ? "," : ".") + decimals
        }
        return (negative ? "-" : "") + grouped
    }

    /// The number of a cell or phrase: `450 000`, `450 000 kr`, `450,000`, `0,5`, `1.5`, `12 %`;
    /// `nil` when there is no number at the start.
    public static func parse(_ text: String) -> Double? {
        var body = text.trimmingCharacters(in: .whitespaces)
        for unit in [" kronor", " kr", " SEK", "kr", "SEK", ":-", " %", "%"] where body.hasSuffix(unit) {
            body = String(body.dropLast(unit.count)).trimmingCharacters(in: .whitespaces)
        }
        let kept = body.filter { !$0.isWhitespace && $0 != "\u{00A0}" && $0 != "\u{202F}" }
        guard !kept.isEmpty, kept.allSatisfy({ $0.isNumber || $0 == "," || $0 == "." || $0 == "-" }) else {
            return nil
        }
        // "450,000" groups thousands; "0,5" and "1,25" are decimals.
        let commaParts = kept.split(separator: ",", omittingEmptySubsequences: false)
        var normalized = kept
        if commaParts.count > 1, !kept.contains("."), commaParts.dropFirst().allSatisfy({ $0.count == 3 }),
            commaParts.count > 2 || commaParts[0] != "0"
        {
            normalized = kept.replacingOccurrences(of: ",", with: "")
        } else {
            normalized = kept.replacingOccurrences(of: ",", with: ".")
        }
        return Double(normalized)
    }
}
