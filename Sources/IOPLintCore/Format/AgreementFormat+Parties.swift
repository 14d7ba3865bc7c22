// The keys of a party (agreement-format.md, "party").
extension AgreementFormat {
    static let partyKeys: [FormatKey] = [
        FormatKey(
            "parties[].id", .id,
            meaning: words(
                "The party's id, unique within the agreement; every party reference uses it.",
                "Partens id, unikt inom överenskommelsen; varje hänvisning till parten använder det."),
            example: "hela-manniskan"),
        FormatKey(
            "parties[].name", .text, meaning: words("The party's name.", "Partens namn."),
            example: "Hela Människan Huddinge-Botkyrka-Salem"),
        FormatKey(
            "parties[].type", .enumeration,
            values: values(
                PartyType.self,
                [
                    .ideaBased: words(
                        "An idea-based organisation: an association, foundation or faith community.",
                        "En idéburen organisation: förening, stiftelse eller trossamfund."),
                    .public: words(
                        "A municipality, a region or a state agency.",
                        "En kommun, en region eller en statlig myndighet."),
                    .housingCompany: words(
                        "A housing company, e.g. a municipal one.", "Ett bostadsbolag, till exempel ett allmännyttigt."),
                    .company: words("A company.", "Ett företag."),
                    .academia: words("A university or research body.", "Ett lärosäte eller en forskningsaktör."),
                    .other: words("Any other kind of party.", "En annan sorts part."),
                ]),
            meaning: words("What kind of party this is.", "Vilken sorts part det är."), example: "idea-based"),
        FormatKey(
            "parties[].org-number", .text,
            meaning: words(
                "The Swedish organisation number, `NNNNNN-NNNN` (a rule checks its Luhn digit).",
                "Organisationsnumret, `NNNNNN-NNNN` (en regel kontrollerar kontrollsiffran)."),
            example: "\"802015-1232\"", pattern: "^[0-9]{6}-[0-9]{4}$"),
        FormatKey(
            "parties[].roles", .list(.enumeration),
            values: values(
                PartyRole.self,
                [
                    .voice: words(
                        "A voice for its members or target group.", "Röstbärare för medlemmar eller målgrupp."),
                    .service: words("Provides a service.", "Utför service eller verksamhet."),
                    .communityBuilder: words(
                        "Builds community and civic engagement.", "Bygger gemenskap och engagemang."),
                ]),
            meaning: words("The idea-based party's roles.", "Den idéburna partens roller."),
            example: "[voice, service]"),
        FormatKey(
            "parties[].representative", .map,
            meaning: words("The person who represents the party.", "Den person som företräder parten."),
            example: "{ name: Maria Berg, title: Verksamhetschef }"),
        FormatKey(
            "parties[].representative.name", .text, meaning: words("The representative's name.", "Företrädarens namn."),
            example: "Maria Berg"),
        FormatKey(
            "parties[].representative.title", .text,
            meaning: words("The representative's title.", "Företrädarens titel."), example: "Verksamhetschef"),
        FormatKey(
            "parties[].representative.email", .text,
            meaning: words("The representative's e-mail address.", "Företrädarens e-postadress."),
            example: "maria.berg@example.se"),
        FormatKey(
            "parties[].mandate", .map,
            meaning: words(
                "The decision that gives the party its mandate to enter the agreement.",
                "Det beslut som ger parten mandat att ingå överenskommelsen."),
            example: "{ body: Kommunstyrelsen, decision: \"KS-2025/123 § 45\", date: 2025-02-03, level: highest }"),
        FormatKey(
            "parties[].mandate.body", .text, meaning: words("The body that decided.", "Det organ som beslutade."),
            example: "Kommunstyrelsen"),
        FormatKey(
            "parties[].mandate.decision", .text,
            meaning: words("The decision's reference or paragraph.", "Beslutets diarienummer eller paragraf."),
            example: "\"KS-2025/123 § 45\""),
        FormatKey(
            "parties[].mandate.date", .date, meaning: words("The date of the decision.", "Beslutets datum."),
            example: "2025-02-03"),
        FormatKey(
            "parties[].mandate.level", .enumeration,
            values: values(
                MandateLevel.self,
                [
                    .highest: words(
                        "Decided by the party's highest decision-making body.",
                        "Beslutat av partens högsta beslutande organ."),
                    .delegated: words("Decided under delegation.", "Beslutat med stöd av delegation."),
                ]),
            meaning: words("At which level the decision was made.", "På vilken nivå beslutet fattades."),
            example: "highest"),
    ]

    /// The open set of signatories and the funders that are not parties.
    static let signatoryAndFunderKeys: [FormatKey] = [
        FormatKey(
            "signatories.open", .boolean,
            meaning: words(
                "`true` when organisations may join by signing (“ansluter sig genom att underteckna”).",
                "`true` när organisationer kan ansluta sig genom att underteckna överenskommelsen."),
            example: "true"),
        FormatKey(
            "signatories.type", .enumeration, values: values(PartyType.self),
            meaning: words("What kind of organisations join.", "Vilket slags organisationer som ansluter sig."),
            example: "idea-based"),
        FormatKey(
            "signatories.how", .text,
            meaning: words("How an organisation joins.", "Hur en organisation ansluter sig."),
            example: "Föreningen ansluter sig genom att underteckna överenskommelsen efter beslut enligt sina stadgar."),
        FormatKey(
            "signatories.count", .integer(minimum: 0),
            meaning: words(
                "How many have joined (“108 föreningar har skrivit under”), as of `as-of`.",
                "Hur många som har anslutit sig (”108 föreningar har skrivit under”), per `as-of`."),
            example: "108"),
        FormatKey(
            "signatories.as-of", .date, meaning: words("The date `count` refers to.", "Det datum som `count` avser."),
            example: "2024-12-31"),
        FormatKey(
            "signatories.register", .text,
            meaning: words(
                "Where the list of those who have joined is kept.", "Var förteckningen över de anslutna finns."),
            example: "Förteckningen över anslutna organisationer finns på kommunens webbplats."),
        FormatKey(
            "funders[].name", .text, meaning: words("The funder's name.", "Finansiärens namn."),
            example: "ICLD, Internationellt centrum för lokal demokrati"),
        FormatKey(
            "funders[].pays-for", .text, meaning: words("What the money pays for.", "Vad pengarna betalar."),
            example: "Resor och arbetsinsatser för projektgruppen"),
        FormatKey(
            "funders[].amount", .number(minimum: 0), meaning: words("How much, in `unit`.", "Hur mycket, i `unit`."),
            example: "450000"),
        FormatKey(
            "funders[].unit", .text, values: [FormatValue("SEK")],
            meaning: words("The unit of `amount`, usually `SEK`.", "Enheten för `amount`, oftast `SEK`."),
            example: "SEK"),
        FormatKey(
            "funders[].per", .enumeration, values: values(ResourcePeriod.self),
            meaning: words("The period `amount` is given for.", "Den period som `amount` avser."), example: "year"),
        FormatKey(
            "funders[].recipient", .partyReference,
            meaning: words(
                "The party that receives the money and accounts for it.",
                "Den part som tar emot pengarna och redovisar dem."),
            example: "uppsala-kommun"),
        FormatKey(
            "funders[].decision", .text,
            meaning: words("The funder's decision or grant reference.", "Finansiärens beslut eller diarienummer."),
            example: "\"ICLD 2025-0142\""),
    ]
}
