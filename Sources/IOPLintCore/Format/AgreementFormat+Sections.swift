// The keys inside the sections of an agreement (agreement-format.md, "Fields").
extension AgreementFormat {
    static let sectionKeys = whyKeys + workKeys + economyKeys + governanceKeys + icldKeys + termKeys

    private static let whyKeys: [FormatKey] = [
        FormatKey(
            "initiative.by", .list(.partyReference),
            meaning: words("The parties that took the initiative.", "De parter som tog initiativet."),
            example: "[hela-manniskan]"),
        FormatKey(
            "initiative.description", .text,
            meaning: words("How the initiative came about.", "Hur initiativet kom till."),
            example: "Hela Människan tog initiativet efter tre år av öppen verksamhet för kvinnor."),
        FormatKey(
            "problem.statement", .text,
            meaning: words(
                "The problem or societal challenge, described so that the parties can agree on it.",
                "Problemet eller samhällsutmaningen, beskriven så att parterna kan enas om den."),
            example: "I Flemingsberg står 340 utrikesfödda kvinnor långt från arbetsmarknaden (SCB 2024)."),
        FormatKey(
            "problem.evidence", .list(.text),
            meaning: words("Facts and sources behind the problem.", "Fakta och källor bakom problemet."),
            example: "[\"SCB, Befolkningsstatistik 2024\"]"),
        FormatKey(
            "problem.agreed-by", .list(.partyReference),
            meaning: words(
                "The parties that agree on the problem description.", "De parter som står bakom problembeskrivningen."),
            example: "[hela-manniskan, huddinge-kommun]"),
        FormatKey(
            "goals.overall", .text, meaning: words("The overall goal.", "Det övergripande målet."),
            example: "Senast 2027 arbetar eller studerar minst 35 % av deltagarna."),
        FormatKey(
            "goals.objectives", .list(.map), meaning: words("Measurable goals.", "Mätbara mål."),
            example: "[{ description: Deltagare som börjar arbeta, target: 35 %, by: 2027-12-31 }]"),
        FormatKey(
            "goals.objectives[].description", .text, meaning: words("What the goal is.", "Vad målet är."),
            example: "Deltagare som börjar arbeta eller studera"),
        FormatKey(
            "goals.objectives[].indicator", .text, meaning: words("How it is measured.", "Hur det mäts."),
            example: "Andel deltagare i arbete eller studier sex månader efter avslutad insats"),
        FormatKey(
            "goals.objectives[].baseline", .text,
            meaning: words(
                "Where things stand today (text or a number).", "Hur det ser ut i dag (text eller ett tal)."),
            example: "10 %"),
        FormatKey(
            "goals.objectives[].target", .text,
            meaning: words("The value to reach (text or a number).", "Värdet som ska nås (text eller ett tal)."),
            example: "35 %"),
        FormatKey(
            "goals.objectives[].by", .date,
            meaning: words("When the target is to be reached.", "När målet ska vara nått."),
            example: "2027-12-31"),
        FormatKey(
            "target-group.description", .text,
            meaning: words("Who the agreement is for.", "Vilka överenskommelsen är till för."),
            example: "Utrikesfödda kvinnor 25–64 år i Flemingsberg som står långt från arbetsmarknaden."),
        FormatKey(
            "target-group.size", .integer(minimum: 0),
            meaning: words("How many people the target group is.", "Hur många personer målgruppen omfattar."),
            example: "120"),
        FormatKey(
            "target-group.participation", .list(.map),
            meaning: words(
                "How the target group or the residents take part.", "Hur målgruppen eller de boende deltar."),
            example: "[{ stage: steering, how: Två deltagare sitter i styrgruppen. }]"),
        FormatKey(
            "target-group.participation[].stage", .enumeration,
            values: values(
                ParticipationStage.self,
                [
                    .planning: words("In planning the work.", "När arbetet planeras."),
                    .implementation: words("In carrying it out.", "När arbetet genomförs."),
                    .steering: words("In steering it.", "I styrningen."),
                    .followUp: words("In following it up.", "I uppföljningen."),
                ]),
            meaning: words("At which stage they take part.", "I vilket skede de deltar."), example: "planning"),
        FormatKey(
            "target-group.participation[].how", .text, meaning: words("How they take part.", "Hur de deltar."),
            example: "Tre workshoppar med kvinnor ur målgruppen formade verksamhetens innehåll."),
    ]

    private static let workKeys: [FormatKey] = [
        FormatKey(
            "activities[].what", .text, meaning: words("What is done.", "Vad som görs."),
            example: "Språkcafé och studiecirklar två dagar i veckan"),
        FormatKey(
            "activities[].party", .partyReference, meaning: words("The party that does it.", "Den part som gör det."),
            example: "hela-manniskan"),
        FormatKey(
            "commitments[].party", .partyReference, meaning: words("The party that commits.", "Den part som åtar sig."),
            example: "huddinge-kommun"),
        FormatKey(
            "commitments[].what", .text, meaning: words("What the party undertakes.", "Vad parten åtar sig."),
            example: "Bidrar med en studie- och yrkesvägledare och medfinansiering."),
        FormatKey(
            "resources[].party", .partyReference,
            meaning: words("The party that contributes.", "Den part som bidrar."), example: "huddinge-kommun"),
        FormatKey(
            "resources[].kind", .enumeration,
            values: values(
                ResourceKind.self,
                [
                    .money: words("Money.", "Pengar."),
                    .staff: words("Staff time.", "Personal."),
                    .premises: words("Premises.", "Lokaler."),
                    .volunteers: words("Volunteers' time.", "Ideella insatser."),
                    .inKind: words("Goods or services in kind.", "Varor eller tjänster in natura."),
                    .expertise: words("Knowledge and expertise.", "Kunskap och expertis."),
                ]),
            meaning: words("What kind of resource.", "Vilket slags resurs."), example: "money"),
        FormatKey(
            "resources[].amount", .number(minimum: 0),
            meaning: words("How much, in `unit`.", "Hur mycket, i `unit`."), example: "450000"),
        FormatKey(
            "resources[].unit", .text,
            values: ["SEK", "FTE", "hours", "m2"].map { FormatValue($0) },
            meaning: words(
                "The unit of `amount`: `SEK`, `FTE`, `hours`, `m2`, …",
                "Enheten för `amount`: `SEK`, `FTE`, `hours`, `m2`, …"),
            example: "SEK"),
        FormatKey(
            "resources[].per", .enumeration,
            values: values(
                ResourcePeriod.self,
                [
                    .year: words("Per year.", "Per år."), .month: words("Per month.", "Per månad."),
                    .total: words("For the whole term.", "För hela perioden."),
                ]),
            meaning: words("The period `amount` is given for.", "Den period som `amount` avser."), example: "year"),
        FormatKey(
            "resources[].description", .text, meaning: words("What the resource is.", "Vad resursen är."),
            example: "En studie- och yrkesvägledare på halvtid"),
    ]

    private static let economyKeys: [FormatKey] = [
        FormatKey(
            "economy.budget", .list(.map), meaning: words("The budget, line by line.", "Budgeten, post för post."),
            example: "[{ item: Lokalhyra, amount: 160000, party: hela-manniskan }]"),
        FormatKey(
            "economy.budget[].item", .text, meaning: words("What the money is for.", "Vad pengarna går till."),
            example: "Lokalhyra"),
        FormatKey(
            "economy.budget[].amount", .number(minimum: 0), meaning: words("The amount in SEK.", "Beloppet i kronor."),
            example: "160000"),
        FormatKey(
            "economy.budget[].party", .partyReference, meaning: words("The party that pays.", "Den part som betalar."),
            example: "hela-manniskan"),
        FormatKey(
            "economy.payment", .text,
            meaning: words(
                "How and on what basis public money is paid.", "Hur och på vilken grund offentliga medel betalas ut."),
            example: "Kommunens medel betalas ut kvartalsvis i förskott; de täcker kostnader, inte vinst."),
        FormatKey(
            "principles.independence", .text,
            meaning: words(
                "How the idea-based party keeps its independence.",
                "Hur den idéburna parten behåller sin självständighet."),
            example: "Föreningen behåller sin självständiga roll som röst för målgruppen.", aliases: ["integrity"]),
        FormatKey(
            "principles.dialogue", .text,
            meaning: words("How the parties keep a dialogue.", "Hur parterna för dialog."),
            example: "Parterna möts i styrgruppen fyra gånger per år."),
        FormatKey(
            "principles.quality", .text, meaning: words("How quality is ensured.", "Hur kvaliteten säkras."),
            example: "Kvalitet följs upp med deltagarnas egna omdömen."),
        FormatKey(
            "principles.long-term", .text,
            meaning: words("How the partnership is made long-term.", "Hur partnerskapet blir långsiktigt."),
            example: "Överenskommelsen löper i tre år med möjlighet till förlängning."),
        FormatKey(
            "principles.openness", .text,
            meaning: words(
                "How the partnership stays open and transparent.", "Hur partnerskapet präglas av öppenhet och insyn."),
            example: "Styrgruppens protokoll är offentliga."),
        FormatKey(
            "principles.diversity", .text,
            meaning: words(
                "How diversity among organisations is upheld.", "Hur mångfalden bland organisationer värnas."),
            example: "Fler föreningar kan ansluta efter beslut i styrgruppen."),
        FormatKey(
            "principles.additional", .list(.map),
            meaning: words(
                "Principles beyond the six, each with how it is honoured.",
                "Principer utöver de sex, var och en med hur den följs."),
            example: "[{ name: Helhetssyn, how: Parterna utgår från hela människans behov. }]"),
        FormatKey(
            "principles.additional[].name", .text, meaning: words("The principle's name.", "Principens namn."),
            example: "Helhetssyn"),
        FormatKey(
            "principles.additional[].how", .text,
            meaning: words("How the parties honour it.", "Hur parterna följer den."),
            example: "Parterna utgår från hela människans behov och inte från den egna organisationens gränser."),
        FormatKey(
            "principles.named", .list(.text),
            meaning: words(
                "Principles the agreement names without saying how they are honoured, as written. Naming a principle does not describe it: the six still need their own text.",
                "Principer som överenskommelsen nämner utan att säga hur de följs, som de är skrivna. Att nämna en princip beskriver den inte: de sex behöver ändå sin egen text."
            ),
            example: "[Dialog, Helhetssyn]"),
    ]

    private static let governanceKeys: [FormatKey] = [
        FormatKey(
            "governance.steering-group", .list(.map),
            meaning: words("Who sits in the steering group.", "Vilka som sitter i styrgruppen."),
            example: "[{ party: huddinge-kommun, role: Socialchef }]"),
        FormatKey(
            "governance.steering-group[].party", .partyReference,
            meaning: words("The party the member represents.", "Den part som ledamoten företräder."),
            example: "huddinge-kommun"),
        FormatKey(
            "governance.steering-group[].name", .text, meaning: words("The member's name.", "Ledamotens namn."),
            example: "Anders Lind"),
        FormatKey(
            "governance.steering-group[].role", .text, meaning: words("The member's role.", "Ledamotens roll."),
            example: "Socialchef"),
        FormatKey(
            "governance.steering-group[].politician", .boolean,
            meaning: words("Whether the member is an elected politician.", "Om ledamoten är förtroendevald."),
            example: "false"),
        FormatKey(
            "governance.steering-group[].side", .enumeration,
            values: values(
                PoliticalSide.self,
                [
                    .majority: words("The ruling majority.", "Den styrande majoriteten."),
                    .opposition: words("The opposition.", "Oppositionen."),
                ]),
            meaning: words(
                "For a politician: majority or opposition.", "För en förtroendevald: majoritet eller opposition."),
            example: "opposition"),
        FormatKey(
            "governance.meetings-per-year", .integer(minimum: 0),
            meaning: words("How often the steering group meets.", "Hur ofta styrgruppen möts."), example: "4"),
        FormatKey(
            "governance.responsibilities", .text,
            meaning: words("Who is responsible for what.", "Vem som ansvarar för vad."),
            example: "Varje part ansvarar för sin egen verksamhet inom partnerskapet."),
        FormatKey(
            "follow-up.what", .text, meaning: words("What is followed up.", "Vad som följs upp."),
            example: "Antal deltagare, andel i arbete eller studier, deltagarnas omdömen."),
        FormatKey(
            "follow-up.frequency", .text,
            values: [
                FormatValue("monthly", words("Every month.", "Varje månad.")),
                FormatValue("quarterly", words("Every quarter.", "Varje kvartal.")),
                FormatValue("yearly", words("Every year.", "Varje år.")),
            ],
            meaning: words(
                "How often: `monthly`, `quarterly`, `yearly` or in words.",
                "Hur ofta: `monthly`, `quarterly`, `yearly` eller med ord."),
            example: "quarterly"),
        FormatKey(
            "follow-up.responsible", .list(.partyReference),
            meaning: words("The parties responsible for the follow-up.", "De parter som ansvarar för uppföljningen."),
            example: "[hela-manniskan, huddinge-kommun]"),
        FormatKey(
            "follow-up.evaluation", .map, meaning: words("A planned evaluation.", "En planerad utvärdering."),
            example: "{ type: external, every-years: 3, by: Södertörns högskola }"),
        FormatKey(
            "follow-up.evaluation.type", .enumeration,
            values: values(
                EvaluationType.self,
                [
                    .internal: words("Done by the parties.", "Görs av parterna."),
                    .external: words("Done by someone outside.", "Görs av någon utomstående."),
                ]),
            meaning: words("Who evaluates.", "Vem som utvärderar."), example: "external"),
        FormatKey(
            "follow-up.evaluation.every-years", .number(minimum: 0),
            meaning: words("How many years between evaluations.", "Hur många år det går mellan utvärderingarna."),
            example: "3"),
        FormatKey(
            "follow-up.evaluation.by", .text, meaning: words("Who carries it out.", "Vem som genomför den."),
            example: "Södertörns högskola"),
        FormatKey(
            "legal-assessment.procurement", .text,
            meaning: words(
                "The assessment against LOU, the procurement act.",
                "Bedömningen mot LOU, lagen om offentlig upphandling."),
            example: "Verksamheten bedrivs inte på en marknad och är inte en tjänst mot ersättning."),
        FormatKey(
            "legal-assessment.state-aid", .text,
            meaning: words("The assessment against the state-aid rules.", "Bedömningen mot statsstödsreglerna."),
            example: "Kommunens bidrag täcker kostnader och understiger de minimis-gränsen."),
        FormatKey(
            "legal-assessment.local-government-act", .text,
            meaning: words("The assessment against Kommunallagen.", "Bedömningen mot kommunallagen."),
            example: "Insatsen ryms inom kommunens befogenheter enligt 2 kap. kommunallagen."),
    ]

    private static let icldKeys: [FormatKey] = [
        FormatKey(
            "icld.core-areas", .list(.enumeration),
            values: values(
                ICLDCoreArea.self,
                [
                    .equity: words("Equity and equal rights.", "Jämlikhet och lika rättigheter."),
                    .participation: words("Citizens' participation.", "Medborgarnas delaktighet."),
                    .transparency: words("Transparency.", "Transparens."),
                    .accountability: words("Accountability.", "Ansvarsutkrävande."),
                ]),
            meaning: words(
                "Which of ICLD's core areas the partnership works on.",
                "Vilka av ICLD:s kärnområden partnerskapet arbetar med."),
            example: "[participation, transparency]"),
        FormatKey(
            "icld.benefit", .list(.map), meaning: words("What each partner gains.", "Vad varje partner vinner."),
            example: "[{ party: uppsala-kommun, how: Erfarenhet av medborgardialog. }]"),
        FormatKey(
            "icld.benefit[].party", .partyReference, meaning: words("The partner.", "Partnern."),
            example: "uppsala-kommun"),
        FormatKey(
            "icld.benefit[].how", .text, meaning: words("What it gains.", "Vad den vinner."),
            example: "Erfarenhet av medborgardialog i stadsplaneringen."),
        FormatKey(
            "icld.team", .list(.map), meaning: words("Each partner's project team.", "Varje partners projektgrupp."),
            example: "[{ party: uppsala-kommun, name: Eva Ek, role: coordinator }]"),
        FormatKey(
            "icld.team[].party", .partyReference,
            meaning: words("The partner the person belongs to.", "Den partner som personen hör till."),
            example: "uppsala-kommun"),
        FormatKey(
            "icld.team[].name", .text, meaning: words("The person's name.", "Personens namn."), example: "Eva Ek"),
        FormatKey(
            "icld.team[].role", .enumeration,
            values: values(
                ICLDTeamRole.self,
                [
                    .coordinator: words("Coordinates the partnership.", "Samordnar partnerskapet."),
                    .projectManager: words("Manages a project.", "Leder ett projekt."),
                    .civilServant: words("A civil servant.", "En tjänsteperson."),
                    .politician: words("An elected politician.", "En förtroendevald."),
                    .expert: words("An expert.", "En sakkunnig."),
                ]),
            meaning: words("The person's role in the team.", "Personens roll i gruppen."), example: "coordinator"),
    ]

    private static let termKeys: [FormatKey] = [
        FormatKey(
            "term.start", .date, meaning: words("The first day of the agreement.", "Överenskommelsens första dag."),
            example: "2025-03-01"),
        FormatKey(
            "term.end", .date, meaning: words("The last day of the agreement.", "Överenskommelsens sista dag."),
            example: "2028-02-29"),
        FormatKey(
            "term.notice-months", .integer(minimum: 0),
            meaning: words("The period of notice, in months.", "Uppsägningstiden, i månader."), example: "6"),
        FormatKey(
            "term.extension", .text,
            meaning: words("How the agreement may be extended.", "Hur överenskommelsen kan förlängas."),
            example: "Förlängning kräver nytt beslut av båda parter."),
        FormatKey(
            "term.runs", .enumeration,
            values: values(
                TermRunning.self,
                [
                    .untilEndDate: words(
                        "Ends on `end` without notice (“upphör vid avtalstidens slut utan uppsägning”); no notice period is needed.",
                        "Upphör vid avtalstidens slut utan uppsägning; ingen uppsägningstid behövs."),
                    .untilFurtherNotice: words(
                        "Runs until a party gives notice (“gäller tills vidare”); there is no `end`, and `notice-months` says how long the notice is.",
                        "Gäller tills vidare, tills en part säger upp den; inget `end`, och `notice-months` anger uppsägningstiden."
                    ),
                ]),
            meaning: words(
                "How the agreement ends when nobody acts. Both differ from `notice-months: 0`, which means it may be ended at once.",
                "Hur överenskommelsen upphör när ingen gör något. Båda skiljer sig från `notice-months: 0`, som betyder att den kan sägas upp med omedelbar verkan."
            ),
            example: "until-end-date"),
        FormatKey(
            "contacts[].party", .partyReference, meaning: words("The contact's party.", "Kontaktpersonens part."),
            example: "huddinge-kommun"),
        FormatKey(
            "contacts[].name", .text, meaning: words("The contact's name.", "Kontaktpersonens namn."),
            example: "Anders Lind"),
        FormatKey(
            "contacts[].email", .text, meaning: words("E-mail address.", "E-postadress."),
            example: "anders.lind@huddinge.se"),
        FormatKey(
            "contacts[].phone", .text, meaning: words("Telephone number.", "Telefonnummer."),
            example: "\"08-535 300 00\""),
        FormatKey(
            "signatures[].party", .partyReference,
            meaning: words("The party that signs.", "Den part som undertecknar."),
            example: "huddinge-kommun"),
        FormatKey(
            "signatures[].name", .text, meaning: words("Who signs.", "Vem som undertecknar."), example: "Anders Lind"),
        FormatKey(
            "signatures[].title", .text, meaning: words("The signer's title.", "Undertecknarens titel."),
            example: "Socialchef"),
        FormatKey(
            "signatures[].date", .date, meaning: words("When it was signed.", "När det undertecknades."),
            example: "2025-02-21"),
    ]
}
