/// The example agreement of agreement-format.md, copied verbatim: it must decode without a
/// single issue. Line numbers in the tests refer to this text (line 1 is `iop-lint: 1`).
enum FormatExample {
    static let yaml = #"""
        iop-lint: 1
        id: huddinge-iop-kvinna-2025
        title: IOP Kvinna – vägen till egen försörjning
        kind: iop
        language: sv
        status: draft
        area: Flemingsberg, Huddinge

        parties:
          - id: hela-manniskan
            name: Hela Människan Huddinge-Botkyrka-Salem
            type: idea-based
            org-number: "802015-1232"
            roles: [voice, service, community-builder]
            representative: { name: Maria Berg, title: Verksamhetschef }
            mandate: { body: Styrelsen, decision: "§ 14", date: 2025-01-20, level: highest }
          - id: huddinge-kommun
            name: Huddinge kommun
            type: public
            org-number: "212000-0076"
            representative: { name: Anders Lind, title: Socialchef }
            mandate: { body: Kommunstyrelsen, decision: "KS-2025/123 § 45", date: 2025-02-03, level: highest }

        initiative:
          by: [hela-manniskan]
          description: Hela Människan tog initiativet efter tre år av öppen verksamhet för kvinnor.
        form-choice: >
          Ingen part kan lösa utmaningen ensam och ingen marknad finns för verksamheten; därför
          IOP i stället för bidrag eller upphandling.

        problem:
          statement: |
            I Flemingsberg står 340 utrikesfödda kvinnor mellan 25 och 64 år långt från arbetsmarknaden
            (SCB 2024). Hälften har varit utan arbete i mer än tre år ...
          evidence: ["SCB, Befolkningsstatistik 2024", "Arbetsförmedlingen, Månadsstatistik mars 2025"]
          agreed-by: [hela-manniskan, huddinge-kommun]

        goals:
          overall: Senast 2027 arbetar eller studerar minst 35 % av deltagarna sex månader efter avslutad insats.
          objectives:
            - description: Deltagare som börjar arbeta eller studera
              indicator: Andel deltagare i arbete eller studier sex månader efter avslutad insats
              baseline: 10 %
              target: 35 %
              by: 2027-12-31

        target-group:
          description: Utrikesfödda kvinnor 25–64 år i Flemingsberg som står långt från arbetsmarknaden.
          size: 120
          participation:
            - stage: planning
              how: Tre workshoppar med kvinnor ur målgruppen formade verksamhetens innehåll.
            - stage: steering
              how: Två deltagare sitter i styrgruppen med yttranderätt.

        activities:
          - what: Språkcafé och studiecirklar två dagar i veckan
            party: hela-manniskan

        commitments:
          - party: hela-manniskan
            what: Driver verksamheten, rekryterar volontärer och ansvarar för lokalerna.
          - party: huddinge-kommun
            what: Bidrar med en studie- och yrkesvägledare och medfinansiering.

        resources:
          - { party: hela-manniskan, kind: volunteers, amount: 2000, unit: hours, per: year }
          - { party: hela-manniskan, kind: premises, amount: 180, unit: m2, per: year }
          - { party: huddinge-kommun, kind: money, amount: 450000, unit: SEK, per: year }
          - { party: huddinge-kommun, kind: staff, amount: 0.5, unit: FTE, per: year }

        economy:
          budget:
            - { item: Lokalhyra, amount: 160000, party: hela-manniskan }
            - { item: Samordnare 50 %, amount: 290000, party: huddinge-kommun }
          payment: Kommunens medel betalas ut kvartalsvis i förskott enligt budget; de täcker kostnader, inte vinst.

        principles:
          independence: Hela Människan behåller sin självständiga roll som röst för målgruppen.
          dialogue: Parterna möts i styrgruppen fyra gånger per år.
          quality: Kvalitet följs upp med deltagarnas egna omdömen.
          long-term: Överenskommelsen löper i tre år med möjlighet till förlängning efter utvärdering.
          openness: Styrgruppens protokoll är offentliga.
          diversity: Fler föreningar kan ansluta efter beslut i styrgruppen.

        governance:
          steering-group:
            - { party: hela-manniskan, role: Verksamhetschef }
            - { party: huddinge-kommun, role: Socialchef }
          meetings-per-year: 4
          responsibilities: Varje part ansvarar för sin egen verksamhet inom partnerskapet.

        follow-up:
          what: Antal deltagare, andel i arbete eller studier, ideella timmar, deltagarnas omdömen.
          frequency: quarterly
          responsible: [hela-manniskan, huddinge-kommun]
          evaluation: { type: external, every-years: 3, by: Södertörns högskola }

        information: Parterna informerar varandra utan dröjsmål om förändringar som påverkar partnerskapet.

        legal-assessment:
          procurement: Verksamheten bedrivs inte på en marknad och är inte en tjänst mot ersättning.
          state-aid: Kommunens bidrag täcker kostnader och understiger de minimis-gränsen.

        term:
          start: 2025-03-01
          end: 2028-02-29
          notice-months: 6
          extension: Förlängning kräver nytt beslut av båda parter; ingen automatisk förlängning.
        termination: Part får säga upp avtalet med sex månaders varsel, eller omedelbart vid väsentligt avtalsbrott.
        changes: Ändringar och tillägg görs skriftligen och undertecknas av båda parter.
        disputes: Tvister löses i första hand i styrgruppen, i andra hand i allmän domstol.

        signatures:
          - { party: hela-manniskan, name: Maria Berg, title: Verksamhetschef, date: 2025-02-20 }
          - { party: huddinge-kommun, name: Anders Lind, title: Socialchef, date: 2025-02-21 }

        """#
}
