import Foundation
import IOPLintCore
import Testing
import ZIPFoundation

@testable import IOPLintDocuments

@Suite struct DocxArchiveTests {
    /// A zip of `entries` (path → bytes), deflated.
    static func zip(_ entries: [(String, Data)]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, data) in entries {
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate
            ) { position, size in data.subdata(in: Int(position)..<Int(position) + size) }
        }
        return archive.data!
    }

    private func error(_ data: Data, limits: DocxArchive.Limits = .init()) -> DocxError? {
        do {
            let archive = try DocxArchive(data: data, limits: limits)
            _ = try WordDocumentReader().read(archive)
            return nil
        } catch {
            return error
        }
    }

    @Test func anOLECompoundFileIsEncryptedOrAnOldDoc() {
        let ole = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504))
        #expect(error(ole) == .encryptedOrLegacy)
        #expect(DocxError.encryptedOrLegacy.message.sv.contains("lösenordsskyddat"))
    }

    @Test func aFileOverTheLimitIsTooLargeInBothLanguages() {
        var limits = DocxArchive.Limits()
        limits.maxFileBytes = 1 << 10
        let error = error(Data([0x50, 0x4B, 0x03, 0x04] + [UInt8](repeating: 0, count: 1 << 11)), limits: limits)
        #expect(error == .tooLarge((1 << 11) + 4))
        #expect(
            error?.message
                == LocalizedText(
                    en: "refused: the file is too large (2052 bytes)", sv: "vägrar: filen är för stor (2052 byte)"))
    }

    @Test func textIsNotAZipAndSaysWhatItLooksLike() {
        #expect(error(Data("{\\rtf1 Överenskommelse}".utf8)) == .notAZip("RTF"))
        #expect(error(Data("iop-lint: 1\n".utf8)) == .notAZip(nil))
        #expect(error(Data()) == .notAZip(nil))
    }

    @Test func aZipWithoutAWordDocumentIsNotWord() throws {
        let odt = try Self.zip([
            ("mimetype", Data("application/vnd.oasis.opendocument.text".utf8)), ("content.xml", Data("<a/>".utf8)),
        ])
        #expect(error(odt) == .notWord("an OpenDocument file; save it as .docx"))
    }

    @Test func aTruncatedZipIsCorrupt() throws {
        let whole = try Self.zip([("word/document.xml", Data(String(repeating: "<w:p/>", count: 2000).utf8))])
        guard case .corrupt? = error(whole.prefix(whole.count / 2)) else {
            Issue.record("a truncated package was not reported as corrupt")
            return
        }
    }

    @Test func aPartLargerThanTheLimitIsABomb() throws {
        let zeros = Data(count: 3 << 20)
        var limits = DocxArchive.Limits()
        limits.maxPartBytes = 1 << 20
        guard case .bomb? = error(try Self.zip([("word/document.xml", zeros)]), limits: limits) else {
            Issue.record("an oversized part was read")
            return
        }
        // 3 MiB of zeros deflate about 1000 times: more than the default ratio.
        guard case .bomb? = error(try Self.zip([("word/document.xml", zeros)])) else {
            Issue.record("a part that inflates 1000 times was read")
            return
        }
    }

    @Test func tooManyEntriesIsABomb() throws {
        var limits = DocxArchive.Limits()
        limits.maxEntries = 5
        let entries = (0..<6).map { ("part\($0).xml", Data("<a/>".utf8)) }
        guard case .bomb? = error(try Self.zip(entries), limits: limits) else {
            Issue.record("too many entries were accepted")
            return
        }
    }

    @Test func aPartThatInflatesPastItsDeclaredSizeIsStopped() throws {
        var data = try Self.zip([("word/document.xml", Data(count: 10_000))])
        // Declare 100 bytes in the local header (offset 22) and the central directory (offset 24).
        let small: [UInt8] = [100, 0, 0, 0]
        data.replaceSubrange(22..<26, with: small)
        let central = try #require(data.range(of: Data([0x50, 0x4B, 0x01, 0x02])))
        data.replaceSubrange((central.lowerBound + 24)..<(central.lowerBound + 28), with: small)
        let found = error(data)
        guard case .bomb? = found else {
            Issue.record("read past the declared size: \(String(describing: found))")
            return
        }
    }

    @Test func aDocumentTypeDeclarationIsRefused() throws {
        let xml = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaa\">]><d>&a;</d>"
        guard case .badXML? = error(try Self.zip([("word/document.xml", Data(xml.utf8))])) else {
            Issue.record("a DTD was parsed")
            return
        }
    }
}
