import Testing

@testable import IOPLintCore

@Suite struct SwedishInflectionTests {
    @Test(arguments: [
        ("köpa", ["köper", "köpt", "köps", "köpte", "köpande", "köpas", "köpta"]),
        ("köp", ["köpet", "köpen", "köpt", "köps", "köpa", "köpande", "köpas"]),
        (
            "upphandling",
            [
                "upphandlingen", "upphandlingar", "upphandlingarna", "upphandlings", "upphandla", "upphandlas",
                "upphandlade", "upphandlat",
            ]
        ),
        ("upphandla", ["upphandlar", "upphandlas", "upphandlade", "upphandlat", "upphandlande"]),
        ("utförare", ["utföraren", "utförarna", "utförares", "utförarens"]),
        ("beställare", ["beställaren", "beställarna"]),
        ("kommunstyrelse", ["kommunstyrelsen", "kommunstyrelser", "kommunstyrelsens"]),
        ("nämnd", ["nämnden", "nämnder", "nämnderna", "nämndens"]),
        ("vite", ["viten", "vitet", "vites", "vitena"]),
        ("anbud", ["anbudet", "anbuden", "anbudets"]),
        ("automatisk", ["automatiskt", "automatiska"]),
        ("förlängning", ["förlängningen", "förlänga", "förlängs", "förlängde", "förlängt"]),
        ("öka", ["ökar", "ökad", "ökade", "ökat", "ökt"]),
        ("program", ["programmet", "programmen"]),
        ("regel", ["regeln", "regler", "reglerna"]),
        ("lou", ["lou:s", "lou:n"]),
    ])
    func termMatchesItsInflectedForms(_ term: String, _ forms: [String]) {
        let generated = SwedishInflection.forms(of: term)
        #expect(generated.contains(term))
        for form in forms { #expect(generated.contains(form), "\(term) → \(form)") }
    }

    @Test(arguments: [
        ("köp", "köpcentrum"), ("vite", "vitesse"), ("vite", "vitt"), ("vite", "vits"), ("vite", "vita"),
        ("pris", "prisma"),
    ])
    func unrelatedWordsAreNotForms(_ term: String, _ word: String) {
        #expect(!SwedishInflection.forms(of: term).contains(word))
    }
}
