import Testing

@testable import IOPLintCore

/// The closed sets of values are exactly those of agreement-format.md, in its order.
@Suite struct FormatEnumerationTests {
    private static func values<E: FormatEnumeration>(_ type: E.Type) -> [String] {
        E.allCases.map(\.rawValue)
    }

    @Test func valuesAreThoseOfTheFormat() {
        #expect(Self.values(AgreementKind.self) == ["iop", "overenskommelse", "kommunalt-partnerskap", "samverkan"])
        #expect(Self.values(Language.self) == ["en", "sv"])
        #expect(Self.values(AgreementStatus.self) == ["draft", "review", "decided", "signed", "ended"])
        #expect(Self.values(CooperationModel.self) == ["iop", "bid", "est", "other"])
        #expect(
            Self.values(PartyType.self) == ["idea-based", "public", "housing-company", "company", "academia", "other"])
        #expect(Self.values(PartyRole.self) == ["voice", "service", "community-builder"])
        #expect(Self.values(MandateLevel.self) == ["highest", "delegated"])
        #expect(Self.values(ParticipationStage.self) == ["planning", "implementation", "steering", "follow-up"])
        #expect(Self.values(ResourceKind.self) == ["money", "staff", "premises", "volunteers", "in-kind", "expertise"])
        #expect(Self.values(ResourcePeriod.self) == ["year", "month", "total"])
        #expect(Self.values(PoliticalSide.self) == ["majority", "opposition"])
        #expect(Self.values(EvaluationType.self) == ["internal", "external"])
        #expect(Self.values(ICLDCoreArea.self) == ["equity", "participation", "transparency", "accountability"])
        #expect(
            Self.values(ICLDTeamRole.self) == [
                "coordinator", "project-manager", "civil-servant", "politician", "expert",
            ])
    }

    @Test(arguments: ["representation", "Representation", "REPRESENTATION"])
    func representationHasAHintWhateverItsCase(_ value: String) {
        #expect(ICLDCoreArea.hint(for: value)?.en == "representation is not an ICLD core area")
    }

    @Test func otherValuesHaveNoHint() {
        #expect(ICLDCoreArea.hint(for: "democracy") == nil)
        #expect(AgreementKind.hint(for: "representation") == nil)
    }
}
