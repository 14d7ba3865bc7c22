import IOPYAML
import Testing

/// Runs the loader over every case of the YAML test suite.
///
/// libyaml 0.2.5 does not conform fully; the cases where it goes its own way are listed in
/// ``knownLibYAMLDeviations``. A case must behave exactly as listed: one that starts conforming,
/// or one that deviates without being listed, fails.
@Suite(.enabled(if: YAMLTestSuite.exists, "yaml-test-suite not found at \(YAMLTestSuite.directory.path)"))
struct YAMLTestSuiteConformanceTests {
    @Test(arguments: YAMLTestSuite.caseIDs())
    func caseBehavesAsTheSuiteSaysOrAsAKnownDeviation(id: String) throws {
        let testCase = try YAMLTestSuite.testCase(id)
        let outcome = testCase.outcome()
        let known = Self.knownLibYAMLDeviations[id]
        #expect(
            outcome.deviation == known?.kind,
            "\(id) (\(testCase.title)): \(outcome.detail); listed: \(known?.reason ?? "no")")
    }

    @Test func knownDeviationsNameCasesOfTheSuite() {
        let ids = Set(YAMLTestSuite.caseIDs())
        for id in Self.knownLibYAMLDeviations.keys.sorted() {
            #expect(ids.contains(id), "\(id) is listed as a known deviation but is not in the suite")
        }
    }

    /// Prints how many cases there are of each kind and how they went.
    @Test func summaryIsPrinted() throws {
        var summary = YAMLTestSuiteSummary()
        for id in YAMLTestSuite.caseIDs() {
            let testCase = try YAMLTestSuite.testCase(id)
            summary.add(testCase, testCase.outcome())
        }
        print(summary)
        #expect(summary.total > 0)
    }
}
