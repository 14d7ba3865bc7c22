/// A Swedish organisation number (organisationsnummer), as the `org-number` check validates it.
///
/// The accepted shape is exactly `NNNNNN-NNNN`: six ASCII digits, a hyphen-minus, four digits,
/// nothing around them. That is the form the agreement format prescribes and the one Bolagsverket
/// prints; ten digits without the hyphen, a twelve-digit form with a century (`16…`), a
/// typographic dash or surrounding spaces are shape errors, so the finding can show the expected
/// form. The last digit is a Luhn check digit over the other nine.
///
/// The group digit and the "month ≥ 20" rule of legal entities are not checked: a sole trader's
/// organisation number is their personal identity number.
public struct OrganisationNumber: Sendable, Hashable, CustomStringConvertible {
    /// Why a text is not a valid organisation number.
    public enum Problem: Error, Sendable, Hashable {
        /// Not of the shape `NNNNNN-NNNN`.
        case shape
        /// The right shape, but the last digit is not the Luhn check digit of the first nine.
        case checkDigit
    }

    /// The number as written, `NNNNNN-NNNN`.
    public let description: String

    /// The organisation number `text`.
    ///
    /// - Throws: the ``Problem`` that makes it invalid.
    public init(_ text: String) throws(Problem) {
        if let problem = Self.problem(in: text) { throw problem }
        description = text
    }

    /// What is wrong with `text` as an organisation number, or `nil` when it is valid.
    public static func problem(in text: String) -> Problem? {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count == 11, scalars[6] == "-" else { return .shape }
        var digits: [Int] = []
        for (index, scalar) in scalars.enumerated() where index != 6 {
            guard ("0"..."9").contains(scalar) else { return .shape }
            digits.append(Int(scalar.value) - 0x30)
        }
        return luhnCheckDigit(of: digits.dropLast()) == digits[9] ? nil : .checkDigit
    }

    /// The Luhn check digit of `digits`: double every other digit from the first (subtracting
    /// nine from a product over nine), add everything up, and take what brings the sum to the
    /// next multiple of ten.
    static func luhnCheckDigit(of digits: some Collection<Int>) -> Int {
        var sum = 0
        for (index, digit) in digits.enumerated() {
            let weighted = index.isMultiple(of: 2) ? digit * 2 : digit
            sum += weighted > 9 ? weighted - 9 : weighted
        }
        return (10 - sum % 10) % 10
    }
}
