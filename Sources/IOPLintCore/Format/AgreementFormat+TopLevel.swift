// The top-level keys of an agreement (agreement-format.md, "Fields").
extension AgreementFormat {
    static let topLevelKeys: [FormatKey] = [
        FormatKey(
            "iop-lint", .integer(minimum: nil), required: true,
            meaning: words(
                "Format version. Required, and only `1` exists.",
                "Formatversion. Krävs, och bara `1` finns."),
            example: "1"),
        FormatKey(
            "id", .id,
            meaning: words(
                "Stable identifier of the agreement: lower-case letters, digits and `-`.",
                "Överenskommelsens beständiga id: gemener, siffror och `-`."),
            example: "huddinge-iop-kvinna-2025"),
        FormatKey(
            "title", .text, meaning: words("The agreement's title.", "Överenskommelsens titel."),
            example: "IOP Kvinna – vägen till egen försörjning"),
        FormatKey(
            "kind", .enumeration,
            values: values(
                AgreementKind.self,
                [
                    .iop: words(
                        "Idea-based public partnership (idéburet offentligt partnerskap).",
                        "Idéburet offentligt partnerskap."),
                    .overenskommelse: words(
                        "An överenskommelse between a municipality or region and idea-based organisations.",
                        "En överenskommelse mellan kommun eller region och idéburna organisationer."),
                    .kommunaltPartnerskap: words(
                        "ICLD Kommunalt Partnerskap between a Swedish and a foreign municipality.",
                        "ICLD:s Kommunalt Partnerskap mellan en svensk och en utländsk kommun."),
                    .samverkan: words("Cooperation in a housing area.", "Samverkan i ett bostadsområde."),
                ]),
            meaning: words(
                "Which form of agreement this is; it decides which rule packs apply.",
                "Vilken form av överenskommelse det är; den avgör vilka regelpaket som gäller."),
            example: "iop"),
        FormatKey(
            "language", .enumeration,
            values: values(Language.self, [.sv: words("Swedish.", "Svenska."), .en: words("English.", "Engelska.")]),
            meaning: words(
                "The language the free text is written in.", "Språket som den fria texten är skriven på."),
            example: "sv"),
        FormatKey(
            "status", .enumeration,
            values: values(
                AgreementStatus.self,
                [
                    .draft: words("Being written.", "Under arbete."),
                    .review: words("Out for comments.", "Ute på remiss eller granskning."),
                    .decided: words("Decided by the parties.", "Beslutad av parterna."),
                    .signed: words("Signed by the parties.", "Undertecknad av parterna."),
                    .ended: words("No longer in force.", "Har upphört att gälla."),
                ]),
            meaning: words("Where the agreement stands.", "Var överenskommelsen står."), example: "draft"),
        FormatKey(
            "area", .text,
            meaning: words(
                "The geographic area the agreement concerns.", "Det geografiska område som överenskommelsen gäller."),
            example: "Flemingsberg, Huddinge"),
        FormatKey(
            "model", .enumeration,
            values: values(
                CooperationModel.self,
                [
                    .iop: words("An idea-based public partnership.", "Idéburet offentligt partnerskap."),
                    .bid: words(
                        "Business improvement district, or a fastighetsägarförening.",
                        "BID (business improvement district) eller fastighetsägarförening."),
                    .est: words(
                        "EST, Effektiv samordning för trygghet.", "EST, Effektiv samordning för trygghet."),
                    .other: words("Another model.", "En annan modell."),
                ]),
            meaning: words(
                "The cooperation model chosen for the housing area (`kind: samverkan`).",
                "Den samverkansmodell som valts för bostadsområdet (`kind: samverkan`)."),
            example: "est"),
        FormatKey(
            "parties", .list(.map),
            meaning: words(
                "The parties to the agreement; see the party keys below.",
                "Överenskommelsens parter; se partens nycklar nedan."),
            example: "[{ id: huddinge-kommun, name: Huddinge kommun, type: public }]"),
        FormatKey(
            "signatories", .map,
            meaning: words(
                "An open set of signatories: organisations that join by signing, beyond the parties named (Överenskommelsen of 2008: an organisation joins by signing it, after a decision under its statutes). Mandate, signature and organisation-number rules apply to the named parties only.",
                "En öppen krets av undertecknare: organisationer som ansluter sig genom att skriva under, utöver de namngivna parterna (Överenskommelsen från 2008: en organisation ansluter sig genom att skriva under, efter beslut enligt sina stadgar). Reglerna om mandat, underskrift och organisationsnummer gäller bara de namngivna parterna."
            ),
            example: "{ open: true, type: idea-based, count: 108, as-of: 2024-12-31 }"),
        FormatKey(
            "initiative", .map,
            meaning: words("Who took the initiative, and how.", "Vem som tog initiativet, och hur."),
            example: "{ by: [hela-manniskan] }"),
        FormatKey(
            "form-choice", .text,
            meaning: words(
                "Why this form, and not a grant, a procurement or another model.",
                "Varför den här formen, och inte bidrag, upphandling eller en annan modell."),
            example: "Ingen marknad finns för verksamheten; därför IOP i stället för bidrag eller upphandling."),
        FormatKey(
            "background", .text, meaning: words("Background to the agreement.", "Bakgrund till överenskommelsen."),
            example: "Föreningen har drivit öppen verksamhet i Flemingsberg sedan 2019."),
        FormatKey(
            "problem", .map,
            meaning: words(
                "The problem or societal challenge the agreement addresses.",
                "Det problem eller den samhällsutmaning som överenskommelsen tar sig an."),
            example: "{ statement: Många kvinnor i området står långt från arbetsmarknaden. }"),
        FormatKey(
            "goals", .map,
            meaning: words("The overall goal and measurable goals.", "Övergripande mål och mätbara mål."),
            example: "{ overall: Fler kvinnor i området arbetar eller studerar. }"),
        FormatKey(
            "target-group", .map,
            meaning: words(
                "Who the agreement is for, and how they take part.",
                "Vilka överenskommelsen är till för, och hur de deltar."),
            example: "{ description: Utrikesfödda kvinnor 25–64 år i Flemingsberg., size: 120 }"),
        FormatKey(
            "activities", .list(.map),
            meaning: words("What is done within the partnership.", "Vad som görs inom partnerskapet."),
            example: "[{ what: Språkcafé två dagar i veckan, party: hela-manniskan }]"),
        FormatKey(
            "commitments", .list(.map), meaning: words("Each party's undertakings.", "Varje parts åtaganden."),
            example: "[{ party: huddinge-kommun, what: Bidrar med en studie- och yrkesvägledare. }]"),
        FormatKey(
            "resources", .list(.map), meaning: words("What each party contributes.", "Vad varje part bidrar med."),
            example: "[{ party: huddinge-kommun, kind: money, amount: 450000, unit: SEK, per: year }]"),
        FormatKey(
            "funders", .list(.map),
            meaning: words(
                "Those who pay for part of the work without being parties: ICLD for a Kommunalt Partnerskap (travel and working time), a state grant, a foundation.",
                "De som betalar för en del av arbetet utan att vara parter: ICLD för ett kommunalt partnerskap (resor och arbetstid), ett statsbidrag, en stiftelse."
            ),
            example: "[{ name: ICLD, pays-for: Resor och arbetsinsatser, recipient: uppsala-kommun }]"),
        FormatKey(
            "economy", .map, meaning: words("Budget and payment.", "Budget och utbetalning."),
            example: "{ payment: Medlen betalas ut kvartalsvis i förskott. }"),
        FormatKey(
            "principles", .map,
            meaning: words(
                "How each principle of the överenskommelser is honoured.",
                "Hur varje princip i överenskommelserna följs."),
            example: "{ dialogue: Parterna möts i styrgruppen fyra gånger per år. }"),
        FormatKey(
            "governance", .map, meaning: words("How the partnership is steered.", "Hur partnerskapet styrs."),
            example: "{ meetings-per-year: 4 }"),
        FormatKey(
            "follow-up", .map,
            meaning: words("What is followed up, how often and by whom.", "Vad som följs upp, hur ofta och av vem."),
            example: "{ frequency: quarterly }"),
        FormatKey(
            "information", .text,
            meaning: words(
                "The parties' duty to inform each other; openness.",
                "Parternas skyldighet att informera varandra; öppenhet."),
            example: "Parterna informerar varandra utan dröjsmål om förändringar som påverkar partnerskapet."),
        FormatKey(
            "legal-assessment", .map,
            meaning: words(
                "The assessment against LOU, the state-aid rules and Kommunallagen.",
                "Bedömningen mot LOU, statsstödsreglerna och kommunallagen."),
            example: "{ procurement: Verksamheten bedrivs inte på en marknad. }"),
        FormatKey(
            "legal-outcome", .list(.map),
            meaning: words(
                "For an agreement that was tried: what each court or authority decided.",
                "För en överenskommelse som har prövats: vad varje domstol eller myndighet beslutade."),
            example:
                "[{ court: Förvaltningsrätten i Göteborg, date: 2025-05-20, outcome: Överenskommelsen är inte ett offentligt kontrakt. }]"
        ),
        FormatKey(
            "ownership", .text,
            meaning: words(
                "What is owned jointly, and what each party runs itself.",
                "Vad som ägs gemensamt, och vad varje part driver själv."),
            example: "Parterna äger verksamheten gemensamt; föreningen driver mötesplatsen."),
        FormatKey(
            "icld", .map,
            meaning: words(
                "ICLD Kommunalt Partnerskap specifics.", "Det som är särskilt för ICLD:s Kommunalt Partnerskap."),
            example: "{ core-areas: [participation, transparency] }"),
        FormatKey(
            "term", .map, meaning: words("How long the agreement runs.", "Hur länge överenskommelsen gäller."),
            example: "{ start: 2025-03-01, end: 2028-02-29 }"),
        FormatKey(
            "termination", .text,
            meaning: words(
                "Grounds and process for ending the agreement.", "Skäl och ordning för att avsluta överenskommelsen."),
            example: "Part får säga upp avtalet med sex månaders varsel."),
        FormatKey(
            "changes", .text, meaning: words("How the agreement is changed.", "Hur överenskommelsen ändras."),
            example: "Ändringar görs skriftligen och undertecknas av båda parter."),
        FormatKey(
            "amendments", .list(.map),
            meaning: words(
                "The changes made since the agreement was signed: when, by which decision, and what changed.",
                "De ändringar som gjorts sedan överenskommelsen undertecknades: när, genom vilket beslut och vad som ändrades."
            ),
            example:
                "[{ date: 2026-03-12, decision: \"KS 2026/88 § 21\", what: Dialogmötet flyttas från mars till september. }]"
        ),
        FormatKey(
            "disputes", .text, meaning: words("How disputes are settled.", "Hur tvister löses."),
            example: "Tvister löses i första hand i styrgruppen, i andra hand i allmän domstol."),
        FormatKey(
            "contacts", .list(.map), meaning: words("Contact people.", "Kontaktpersoner."),
            example: "[{ party: huddinge-kommun, name: Anders Lind, email: anders.lind@huddinge.se }]"),
        FormatKey(
            "signatures", .list(.map), meaning: words("Who signs, and when.", "Vem som undertecknar, och när."),
            example: "[{ party: huddinge-kommun, name: Anders Lind, title: Socialchef, date: 2025-02-21 }]"),
    ]

    /// A text in English and Swedish.
    static func words(_ en: String, _ sv: String) -> LocalizedText {
        LocalizedText(en: en, sv: sv)
    }

    /// Every value of `E`, in its declared order, with the meanings given.
    ///
    /// The meanings are pairs rather than a dictionary: a dictionary keyed by each enumeration
    /// would make the runtime look up the enumeration's `Hashable` conformance when the table is
    /// built, a search through every conformance of the program that costs more than the table.
    static func values<E: FormatEnumeration>(
        _ type: E.Type, _ meanings: KeyValuePairs<E, LocalizedText> = [:]
    ) -> [FormatValue] {
        E.allCases.map { value in
            FormatValue(
                value.rawValue, meanings.first { $0.key.rawValue == value.rawValue }?.value ?? LocalizedText(""))
        }
    }
}
