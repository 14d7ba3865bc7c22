import Testing

@testable import IOPLintCore

@Suite struct OrganisationNumberTests {
    // 212000-0076: 2·2=4, 1, 2·2=4, 0, 0, 0, 0, 0, 7·2=14→5; sum 14; check (10 − 4) % 10 = 6.
    // 802015-1232: 8·2=16→7, 0, 2·2=4, 0, 1·2=2, 5, 1·2=2, 2, 3·2=6; sum 28; check 2.
    @Test(arguments: ["212000-0076", "802015-1232", "556016-0680", "202100-5489"])
    func validNumbersPass(_ text: String) throws {
        #expect(OrganisationNumber.problem(in: text) == nil)
        #expect(try OrganisationNumber(text).description == text)
    }

    @Test(arguments: ["212000-0075", "802015-1231", "556016-0681", "202100-5488"])
    func wrongCheckDigitIsACheckDigitProblem(_ text: String) {
        #expect(OrganisationNumber.problem(in: text) == .checkDigit)
        #expect(throws: OrganisationNumber.Problem.checkDigit) { try OrganisationNumber(text) }
    }

    @Test(arguments: [
        "2120000076", "21200-00076", "212000–0076", " 212000-0076", "212000-0076 ", "16212000-0076", "21200A-0076",
        "212000-076", "", "２１２０００-００７６",
    ])
    func anythingButNNNNNNDashNNNNIsAShapeProblem(_ text: String) {
        #expect(OrganisationNumber.problem(in: text) == .shape)
    }

    @Test func luhnCheckDigitDoublesEveryOtherDigitFromTheFirst() {
        #expect(OrganisationNumber.luhnCheckDigit(of: [2, 1, 2, 0, 0, 0, 0, 0, 7]) == 6)
        #expect(OrganisationNumber.luhnCheckDigit(of: [0, 0, 0, 0, 0, 0, 0, 0, 0]) == 0)
    }
}
