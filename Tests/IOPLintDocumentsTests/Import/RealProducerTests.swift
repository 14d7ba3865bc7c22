import Foundation
import IOPLintCore
import TestSupport
import Testing

@testable import IOPLintDocuments

/// Import of documents the project did not write by hand: made by python-docx (PyPI) and by
/// LibreOffice Writer (`soffice --convert-to docx`). The committed .docx files were made once by
/// those producers from `Fixtures/make_docx.py` and `Fixtures/libreoffice-*.html` (python-docx
/// 1.2.0, LibreOffice 7.4); where the producers are installed, the tests also make them anew.
@Suite struct RealProducerTests {
    static let fixtures = Agreements.packageRoot.appendingPathComponent("Tests/IOPLintDocumentsTests/Fixtures")

    // MARK: What each document must import as

    /// python-docx, Heading styles, a budget table, bullet lists, signatures on lines.
    static func checkStyledSwedish(_ data: Data) throws {
        let result = try AgreementImporter().importDocument(data)
        let model = Agreements.decode(result.yaml)
        #expect(model.title?.value == "Överenskommelse om idéburet offentligt partnerskap – Mötesplats Gottsunda")
        #expect(model.language?.value == .sv)
        #expect(model.parties?.map { $0.orgNumber?.value } == ["212000-3005", "802400-1234"])
        #expect(model.background?.value == "I Gottsunda saknar många äldre en mötesplats på dagtid.")
        #expect(model.goals?.overall?.value == "Senast 2027 har minst 200 äldre besökt mötesplatsen varje månad.")
        #expect(
            model.commitments?.map { $0.party?.value } == [
                "foreningen-motesplats-gottsunda", "foreningen-motesplats-gottsunda", "uppsala-kommun",
            ])
        #expect(model.economy?.budget?.map { $0.amount?.value } == [280_000, 40_000])
        #expect(model.resources?.first?.amount?.value == 280_000)
        #expect(model.term?.start?.value.description == "2025-09-01")
        #expect(model.term?.end?.value.description == "2027-08-31")
        #expect(model.term?.noticeMonths?.value == 6)
        #expect(model.signatures?.map { $0.name?.value } == ["Karin Berg", "Ali Yilmaz"])
        #expect(model.signatures?.first?.date?.value.description == "2025-08-20")
        #expect(
            result.yaml.contains("# 6. Försäkring\n# Föreningen tecknar olycksfallsförsäkring för sina volontärer.\n"))
        #expect(result.summary.guessed.sorted() == ["kind", "parties[0].type", "parties[1].type"])
    }

    /// python-docx, no heading styles: a bold title, bold `§ N` headings, a parties table.
    static func checkBoldSwedish(_ data: Data) throws {
        let model = Agreements.decode(try AgreementImporter().importDocument(data).yaml)
        #expect(model.title?.value == "IOP – Läxhjälp i Kronogården")
        #expect(model.parties?.map { $0.name?.value } == ["Trollhättans stad", "Kronogårdens IF"])
        #expect(model.parties?.map { $0.representative?.name?.value } == ["Eva Holm", "Ali Hussein"])
        #expect(model.background?.value == "Kronogårdens IF har sedan 2019 haft läxhjälp i klubbstugan.")
        #expect(model.term?.start?.value.description == "2026-01-01")
        #expect(model.term?.noticeMonths?.value == 3)
        #expect(model.disputes?.value == "Tvister löses i första hand genom dialog mellan parterna.")
    }

    /// python-docx, English.
    static func checkStyledEnglish(_ data: Data) throws {
        let model = Agreements.decode(try AgreementImporter().importDocument(data).yaml)
        #expect(model.language?.value == .en)
        #expect(model.parties?.map { $0.name?.value } == ["Östersund Municipality", "Gori Municipality"])
        #expect(model.goals?.objectives?.first?.target?.value == "6")
        #expect(model.term?.end?.value.description == "2027-02-28")
        #expect(model.term?.noticeMonths?.value == 3)
    }

    /// LibreOffice from HTML: Heading 1/2 styles, bold party lines, a table, lists.
    static func checkLibreOfficeSwedish(_ data: Data) throws {
        let result = try AgreementImporter().importDocument(data)
        let model = Agreements.decode(result.yaml)
        #expect(model.title?.value == "IOP Fritidsgård Skäggetorp")
        #expect(model.language?.value == .sv)
        #expect(model.parties?.map { $0.orgNumber?.value } == ["212000-0449", "802477-5521"])
        #expect(model.commitments?.count == 3)
        #expect(model.economy?.budget?.map { $0.item?.value } == ["Fritidsledare", "Sommarläger"])
        #expect(model.term?.end?.value.description == "2028-12-31")
        #expect(model.term?.noticeMonths?.value == 6)
        #expect(model.signatures?.first?.title?.value == "Kultur- och fritidsdirektör")
        #expect(result.yaml.contains("# Bilagor\n# Bilaga 1: Verksamhetsplan 2026.\n"))
    }

    static func checkLibreOfficeEnglish(_ data: Data) throws {
        let model = Agreements.decode(try AgreementImporter().importDocument(data).yaml)
        #expect(model.language?.value == .en)
        #expect(
            model.parties?.map { $0.name?.value } == ["Karlstad Municipality", "Karlstad Youth Sports Association"])
        #expect(model.commitments?.first?.what?.value == "Runs free training sessions twice a week.")
        #expect(model.term?.start?.value.description == "2026-02-01")
        #expect(model.term?.noticeMonths?.value == 3)
    }

    static let checks: [String: @Sendable (Data) throws -> Void] = [
        "python-docx-styled-sv.docx": checkStyledSwedish, "python-docx-bold-sv.docx": checkBoldSwedish,
        "python-docx-styled-en.docx": checkStyledEnglish, "libreoffice-sv.docx": checkLibreOfficeSwedish,
        "libreoffice-en.docx": checkLibreOfficeEnglish,
    ]

    // MARK: The committed documents

    @Test(arguments: checks.keys.sorted())
    func committedDocumentImports(name: String) throws {
        try Self.checks[name]!(try Data(contentsOf: Self.fixtures.appendingPathComponent(name)))
    }

    // MARK: Made anew by the producers

    static let python: String? = Tool.find("python3")
    static let hasPythonDocx: Bool = {
        guard let python else { return false }
        return (try? Tool.run(python, ["-c", "import docx"]))?.status == 0
    }()
    static let soffice: String? = Tool.find("soffice")

    @Test(.enabled(if: hasPythonDocx, "python-docx is not installed (pip install python-docx): skipped"))
    func documentsWrittenByPythonDocxImport() throws {
        let folder = try Tool.temporaryFolder()
        defer { TemporaryFolder.remove(folder) }
        let run = try Tool.run(Self.python!, [Self.fixtures.appendingPathComponent("make_docx.py").path, folder.path])
        #expect(run.status == 0, "\(run.output)")
        try Self.checkStyledSwedish(try Data(contentsOf: folder.appendingPathComponent("styled-sv.docx")))
        try Self.checkBoldSwedish(try Data(contentsOf: folder.appendingPathComponent("bold-sv.docx")))
        try Self.checkStyledEnglish(try Data(contentsOf: folder.appendingPathComponent("styled-en.docx")))
    }

    @Test(.enabled(if: soffice != nil, "LibreOffice (soffice) is not installed: skipped"))
    func documentsWrittenByLibreOfficeImport() throws {
        let folder = try Tool.temporaryFolder()
        defer { TemporaryFolder.remove(folder) }
        for name in ["libreoffice-sv", "libreoffice-en"] {
            try FileManager.default.copyItem(
                at: Self.fixtures.appendingPathComponent(name + ".html"),
                to: folder.appendingPathComponent(name + ".html"))
        }
        try Tool.libreOffice(
            Self.soffice!,
            [
                "--infilter=HTML (StarWriter)", "--convert-to", "docx:MS Word 2007 XML",
                "libreoffice-sv.html", "libreoffice-en.html",
            ], in: folder)
        try Self.checkLibreOfficeSwedish(try Data(contentsOf: folder.appendingPathComponent("libreoffice-sv.docx")))
        try Self.checkLibreOfficeEnglish(try Data(contentsOf: folder.appendingPathComponent("libreoffice-en.docx")))
    }

    /// A rendered agreement opened and saved again by LibreOffice still imports to every value:
    /// LibreOffice reads the package, its styles and tables as Word documents.
    @Test(.enabled(if: soffice != nil, "LibreOffice (soffice) is not installed: skipped"))
    func renderedAgreementSurvivesLibreOffice() throws {
        let example = "iop/huddinge-iop-kvinna.yaml"
        let yaml = try Agreements.example(example)
        let renderer = AgreementRenderer(
            linter: Linter(rules: RuleRegistry.builtIn.rules), format: .docx, language: .sv, withFindings: false)
        guard case .rendered(let docx) = try renderer.render(bytes: Array(yaml.utf8), path: example) else {
            Issue.record("the example was not rendered")
            return
        }
        let folder = try Tool.temporaryFolder()
        defer { TemporaryFolder.remove(folder) }
        let source = folder.appendingPathComponent("source")
        try FileManager.default.createDirectory(at: source, withIntermediateDirectories: true)
        try docx.write(to: source.appendingPathComponent("avtal.docx"))
        try Tool.libreOffice(
            Self.soffice!, ["--convert-to", "docx:MS Word 2007 XML", "--outdir", folder.path, "source/avtal.docx"],
            in: folder)
        let saved = try Data(contentsOf: folder.appendingPathComponent("avtal.docx"))
        #expect(saved != docx)
        let imported = try AgreementImporter().importDocument(saved)
        let back = Set(RoundTripTests.values(of: imported.yaml))
        let missing = RoundTripTests.values(of: yaml).filter { !back.contains($0) }
        #expect(missing.isEmpty, "\(missing)")
    }
}

/// External programs for the tests: found on `PATH`, run with their output captured.
enum Tool {
    static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    static func run(
        _ program: String, _ arguments: [String], in folder: URL? = nil
    ) throws -> (
        status: Int32, output: String
    ) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }

    /// Runs soffice headless with a profile of its own (so that it never waits for another one).
    static func libreOffice(_ soffice: String, _ arguments: [String], in folder: URL) throws {
        let profile = folder.appendingPathComponent("profile")
        let result = try run(
            soffice, ["-env:UserInstallation=\(profile.absoluteString)", "--headless"] + arguments, in: folder)
        if result.status != 0 { Issue.record("soffice failed: \(result.output)") }
    }

    /// A fresh, empty folder, for the caller to remove (``TemporaryFolder/remove(_:)``).
    static func temporaryFolder() throws -> URL {
        try TemporaryFolder.make("iop-lint-docx")
    }
}
