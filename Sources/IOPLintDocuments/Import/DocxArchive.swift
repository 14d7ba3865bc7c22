import Foundation
import IOPLintCore
import ZIPFoundation

/// The parts of a .docx package, read with ZIPFoundation under limits: a file that is not a zip,
/// an encrypted document, a corrupt archive or a zip bomb is refused with a ``DocxError``
/// before it can exhaust memory.
public struct DocxArchive {
    /// How much a package may hold.
    public struct Limits: Sendable {
        /// Entries in the archive (a Word document has 10 to 30).
        public var maxEntries = 1_000
        /// Bytes of one part once inflated.
        public var maxPartBytes: UInt64 = 64 << 20
        /// Inflated bytes per compressed byte of one part (XML compresses 5 to 20 times).
        public var maxRatio: UInt64 = 200
        /// Bytes read from the file itself.
        public var maxFileBytes = 256 << 20

        public init() {}
    }

    private let archive: Archive
    private let limits: Limits

    /// Opens the package in `data`.
    public init(data: Data, limits: Limits = Limits()) throws(DocxError) {
        if data.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { throw .encryptedOrLegacy }
        guard data.count <= limits.maxFileBytes else { throw .tooLarge(data.count) }
        guard data.starts(with: [0x50, 0x4B, 0x03, 0x04]) || data.starts(with: [0x50, 0x4B, 0x05, 0x06]) else {
            throw .notAZip(Self.guessKind(data))
        }
        let opened: Archive
        do {
            opened = try Archive(data: data, accessMode: .read)
        } catch {
            throw .corrupt("\(error)")
        }
        var count = 0
        for entry in opened {
            count += 1
            if count > limits.maxEntries { throw .bomb("more than \(limits.maxEntries) entries") }
            if entry.uncompressedSize > limits.maxPartBytes {
                throw .bomb("\(entry.path) declares \(entry.uncompressedSize) bytes")
            }
            if entry.uncompressedSize > 1 << 20, entry.uncompressedSize / max(entry.compressedSize, 1) > limits.maxRatio
            {
                throw .bomb("\(entry.path) inflates \(entry.uncompressedSize / max(entry.compressedSize, 1)) times")
            }
        }
        archive = opened
        self.limits = limits
    }

    /// Whether the package has a part at `path`.
    public func contains(_ path: String) -> Bool {
        archive[path] != nil
    }

    /// The bytes of the part at `path`, or `nil` when there is none. Reading stops as soon as the
    /// part inflates past what its header declared or past the limit; the checksum is checked.
    public func part(_ path: String) throws(DocxError) -> Data? {
        guard let entry = archive[path], entry.type == .file else { return nil }
        let declared = entry.uncompressedSize
        let ceiling = min(declared, limits.maxPartBytes)
        var data = Data()
        do {
            let checksum = try archive.extract(entry, skipCRC32: false) { chunk in
                data.append(chunk)
                if UInt64(data.count) > ceiling { throw DocxError.bomb("\(path) inflates past its declared size") }
            }
            guard checksum == entry.checksum else { throw DocxError.corrupt("\(path): checksum mismatch") }
        } catch let error as DocxError {
            throw error
        } catch {
            throw .corrupt("\(path): \(error)")
        }
        guard UInt64(data.count) == declared else { throw .corrupt("\(path) is shorter than declared") }
        return data
    }

    /// What a file that is not a zip seems to be, for the message.
    static func guessKind(_ data: Data) -> String? {
        let head = data.prefix(16)
        if head.starts(with: Array("{\\rtf".utf8)) { return "RTF" }
        if head.starts(with: Array("%PDF".utf8)) { return "PDF" }
        if head.starts(with: Array("<?xml".utf8)) { return "XML" }
        if head.starts(with: Array("<html".utf8)) || head.starts(with: Array("<!DOCTYPE".utf8)) { return "HTML" }
        return nil
    }
}

/// Why a file cannot be imported as a Word document. Every case ends the run with exit code 2.
public enum DocxError: Error, Equatable, Sendable {
    /// Not a zip: the file's kind when it could be told (`RTF`, `PDF`).
    case notAZip(String?)
    /// An OLE compound file: a password-protected (encrypted) Word document, or an old .doc.
    case encryptedOrLegacy
    /// A zip that is not a Word document: what it seems to be instead, when known.
    case notWord(String?)
    case corrupt(String)
    /// More than the limits allow: entries, declared sizes, compression ratio.
    case bomb(String)
    /// The file holds more bytes than ``DocxArchive/Limits/maxFileBytes``.
    case tooLarge(Int)
    /// XML that cannot be read (a DTD, no XML at all).
    case badXML(String)
    /// XML with a syntax error: where the parser stopped (1-based) and libxml2's description.
    case malformedXML(line: Int, column: Int, problem: String)
    /// libxml2, which reads the package's XML, cannot be opened: the library looked for, and the
    /// functions it lacks when it was found.
    case xmlReaderMissing(String)

    /// The message, in both languages.
    public var message: LocalizedText {
        switch self {
        case .notAZip(let kind):
            let seen = kind.map { LocalizedText(en: " (it looks like \($0))", sv: " (den ser ut som \($0))") }
            return LocalizedText(
                en:
                    "not a Word document (.docx)\(seen?.en ?? ""): a .docx file is a zip package; open it in Word or LibreOffice and save it as .docx",
                sv:
                    "inte ett Word-dokument (.docx)\(seen?.sv ?? ""): en .docx-fil är ett zip-paket; öppna den i Word eller LibreOffice och spara som .docx"
            )
        case .encryptedOrLegacy:
            return LocalizedText(
                en:
                    "the document is password-protected (encrypted) or an old .doc file: remove the password, or save it as .docx, and import again",
                sv:
                    "dokumentet är lösenordsskyddat (krypterat) eller en gammal .doc-fil: ta bort lösenordet, eller spara som .docx, och importera igen"
            )
        case .notWord(let kind):
            let seen = kind.map { LocalizedText(en: " (it is \($0))", sv: " (det är \($0))") }
            return LocalizedText(
                en: "a zip package but not a Word document: it has no word/document.xml\(seen?.en ?? "")",
                sv: "ett zip-paket men inget Word-dokument: word/document.xml saknas\(seen?.sv ?? "")")
        case .corrupt(let detail):
            return LocalizedText(
                en: "the Word document is damaged and cannot be read (\(detail))",
                sv: "Word-dokumentet är skadat och går inte att läsa (\(detail))")
        case .bomb(let detail):
            return LocalizedText(
                en: "refused: the package would inflate beyond safe limits, as a zip bomb does (\(detail))",
                sv: "vägrar: paketet skulle packas upp över säkra gränser, som en zip-bomb (\(detail))")
        case .tooLarge(let bytes):
            let size = ByteCount.text(bytes)
            return LocalizedText(
                en: "refused: the file is too large (\(size.en))", sv: "vägrar: filen är för stor (\(size.sv))")
        case .badXML(let detail):
            return LocalizedText(
                en: "the Word document's XML cannot be read (\(detail))",
                sv: "Word-dokumentets XML går inte att läsa (\(detail))")
        case .malformedXML(let line, let column, let problem):
            return LocalizedText(
                en: "the Word document's XML cannot be read at line \(line), column \(column) (\(problem))",
                sv: "Word-dokumentets XML går inte att läsa på rad \(line), kolumn \(column) (\(problem))")
        case .xmlReaderMissing(let detail):
            return LocalizedText(
                en:
                    "Word documents cannot be read on this machine: libxml2 cannot be opened (\(detail)); install libxml2 (apt install libxml2)",
                sv:
                    "Word-dokument går inte att läsa på den här datorn: libxml2 går inte att öppna (\(detail)); installera libxml2 (apt install libxml2)"
            )
        }
    }
}
