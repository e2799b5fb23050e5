import Foundation
import TestSupport
import Testing

/// `--format pdf` as an official uses it, with every PDF read back by poppler's own tools
/// (pdfinfo, pdffonts, pdftotext, pdftohtml), independent of the engine that made it.
@Suite struct PDFCommandTests {
    /// The memo of 6 April 2009, two pages.
    static let memo = "samples/notat-omraadebaserede-indsatser.yaml"
    static let memoPDF = "2009-45219/2009-199623-notat.pdf"

    @Test func aMemoBecomesAnA4PDFAWithItsTitleAuthorAndCaseNumbersInItsMetadata() throws {
        let out = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let run = try committeeDocs(["render", Self.memo, "--format", "pdf", "--out", out])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "\(out)/\(Self.memoPDF)\n", "only the PDF is written when only PDF is asked for")
        #expect(filesBelow(out) == ["2009-45219", Self.memoPDF])

        let info = try poppler("pdfinfo", "-isodates", out + "/" + Self.memoPDF)
        #expect(info.field("Title") == "Nye muligheder for politisk inddragelse i de områdebaserede indsatser")
        #expect(info.field("Author") == "Teknik- og Miljøforvaltningen")
        #expect(info.field("Subject") == "Sagsnr. 2009-45219, Dokumentnr. 2009-199623")
        #expect(info.field("Keywords") == "notat, KLE 03.10.00G01")
        #expect(info.field("Pages") == "2")
        #expect(info.field("Page size")?.hasPrefix("595.276 x 841.89 pts (A4)") == true)
        // Created and changed on the memo's own date, so the same memo gives the same bytes.
        #expect(info.field("CreationDate") == "2009-04-06T00:00:00Z")
        #expect(info.field("ModDate") == "2009-04-06T00:00:00Z")

        let meta = try poppler("pdfinfo", "-meta", out + "/" + Self.memoPDF)
        #expect(meta.contains("pdfaid:part=\"2\""), "PDF/A-2 identification in the XMP metadata:\n\(meta)")
        #expect(meta.contains("pdfaid:conformance=\"B\""))
        // The language (the catalog's /Lang) and the file identifier PDF/A requires (the
        // trailer's /ID), which pdfinfo does not show: both are uncompressed in the file.
        let raw = String(decoding: try #require(FileManager.default.contents(atPath: out + "/" + Self.memoPDF)), as: UTF8.self)
        #expect(raw.contains("/Lang (da)"))
        #expect(raw.contains("/ID [("))
        #expect(raw.contains("/OutputIntents"), "PDF/A's output intent (sRGB)")
    }

    @Test func everyFontIsEmbeddedAndMetricCompatibleWithWhatTheCSSNames() throws {
        let out = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        #expect(try committeeDocs(["render", Self.memo, "--format", "pdf", "--out", out]).status == 0)
        let fonts = try poppler("pdffonts", out + "/" + Self.memoPDF).split(separator: "\n").dropFirst(2)
        #expect(!fonts.isEmpty)
        for font in fonts {
            let columns = font.split(separator: " ", omittingEmptySubsequences: true)
            // name, type…, encoding, emb, sub, uni, object, generation: "emb" is the fifth from the end.
            #expect(columns[columns.count - 5] == "yes", "not embedded: \(font)")
            #expect(font.contains("Liberation-Serif") || font.contains("Liberation-Sans"), "\(font)")
        }
    }

    @Test func pageOneHasTheSideColumnAndNoFooterAndPageTwoSaysSide2Af2() throws {
        let out = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        #expect(try committeeDocs(["render", Self.memo, "--format", "pdf", "--out", out]).status == 0)
        let first = try poppler("pdftotext", "-f", "1", "-l", "1", out + "/" + Self.memoPDF, "-")
        let second = try poppler("pdftotext", "-f", "2", "-l", "2", out + "/" + Self.memoPDF, "-")
        #expect(first.contains("Nye muligheder for politisk inddragelse i"))
        #expect(first.contains("Sagsnr.") && first.contains("2009-45219"))
        #expect(first.contains("Dokumentnr.") && first.contains("Sagsbehandler") && first.contains("Mette Holm"))
        #expect(!first.contains("Side 1 af"), "the first page has no page footer, as in the reference memo")
        #expect(second.contains("Side 2 af 2"))
        #expect(!second.contains("Sagsbehandler"), "the side column is on page 1 only")
    }

    @Test func theSameMemoGivesTheSameBytesInAnotherRunAndAnotherFolder() throws {
        let first = try temporaryFolder(), second = try temporaryFolder()
        defer {
            try? FileManager.default.removeItem(atPath: first)
            try? FileManager.default.removeItem(atPath: second)
        }
        // One run prints the memo alone, the other after every other sample (a warm worker).
        #expect(try committeeDocs(["render", Self.memo, "--format", "pdf", "--out", first]).status == 0)
        let all = try FileManager.default.contentsOfDirectory(atPath: packageRoot + "/samples")
            .filter { $0.hasSuffix(".yaml") }.sorted().map { "samples/" + $0 }
        let run = try committeeDocs(["render"] + all.filter { $0 != Self.memo } + [Self.memo, "--format", "pdf", "--out", second])
        #expect(run.status == 0, "\(run.stderr)")
        let a = FileManager.default.contents(atPath: first + "/" + Self.memoPDF)
        let b = FileManager.default.contents(atPath: second + "/" + Self.memoPDF)
        #expect(a != nil && a == b)
    }

    @Test func withoutWeasyPrintPDFExits69NamingThePackageAndOtherFormatsStillWork() throws {
        let out = try temporaryFolder()
        let emptyPath = try temporaryFolder()
        defer {
            try? FileManager.default.removeItem(atPath: out)
            try? FileManager.default.removeItem(atPath: emptyPath)
        }
        // No weasyprint on PATH.
        let missing = try committeeDocs(["render", Self.memo, "--format", "html,pdf", "--out", out], environment: ["PATH": emptyPath])
        #expect(missing.status == 69)
        #expect(missing.stderr.contains("weasyprint") && missing.stderr.contains("apt-get install weasyprint"), "\(missing.stderr)")
        #expect(filesBelow(out).isEmpty, "nothing is written when PDF cannot be made")
        // A weasyprint that is not WeasyPrint's Python script.
        let wrong = try committeeDocs(["render", Self.memo, "--format", "pdf", "--out", out],
                                      environment: ["COMMITTEE_DOCS_WEASYPRINT": "/bin/true"])
        #expect(wrong.status == 69, "\(wrong.stderr)")
        #expect(wrong.stderr.contains("weasyprint"))
        // Every other format works as before.
        let html = try committeeDocs(["render", Self.memo, "--out", out], environment: ["PATH": emptyPath])
        #expect(html.status == 0, "\(html.stderr)")
        #expect(filesBelow(out).contains("2009-45219/2009-199623-notat.html"))
    }

    @Test func formatAllWritesEveryFormatAndUnknownNamesAreRefused() throws {
        let out = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let run = try committeeDocs(["render", "samples/notat-kort.yaml", "--format", "all", "--out", out])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(filesBelow(out) == ["2024-18822", "2024-18822/2024-410065-notat.html", "2024-18822/2024-410065-notat.md",
                                    "2024-18822/2024-410065-notat.pdf", "2024-18822/2024-410065-notat.txt"])
        let wrong = try committeeDocs(["render", "samples/notat-kort.yaml", "--format", "html,docx", "--out", out])
        #expect(wrong.status == 64)
        #expect(wrong.stderr.contains("unknown format \"docx\"") && wrong.stderr.contains("pdf or all"), "\(wrong.stderr)")
    }

    @Test func aPacketHasAPDFPerItemTheAgendaAndAPakkeWithABookmarkPerItem() throws {
        let out = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let run = try committeeDocs(["packet", "samples/møder/br-2019-10-10.yaml", "--format", "pdf", "--out", out])
        #expect(run.status == 0, "\(run.stderr)")
        let intern = out + "/BR-2019-10-10-intern"
        let files = filesBelow(intern)
        #expect(files.contains("dagsorden.pdf") && files.contains("pakke.pdf"))
        #expect(files.filter { $0.hasPrefix("punkter/") && $0.hasSuffix(".pdf") }.count == 8)
        let rendered = files.filter { !$0.hasPrefix("bilag/") }  // attachments are copied as they are
        #expect(!rendered.contains { $0.hasSuffix(".html") || $0.hasSuffix(".md") || $0.hasSuffix(".txt") },
                "only PDF was asked for: \(rendered)")
        let manifest = try String(contentsOfFile: intern + "/manifest.json", encoding: .utf8)
        #expect(manifest.contains("\"pakke.pdf\""))

        let info = try poppler("pdfinfo", intern + "/pakke.pdf")
        #expect(info.field("Title") == "Borgerrepræsentationen – DAGSORDEN for ordinært møde torsdag den 10. oktober 2019")
        #expect(info.field("Author") == "Borgerrepræsentationen")
        // The outline, as poppler reads it: the agenda, then one top-level bookmark per item.
        let outline = try poppler("pdftohtml", "-xml", "-i", "-stdout", intern + "/pakke.pdf")
        let topLevel = Self.topLevelBookmarks(outline)
        #expect(topLevel.first == "Borgerrepræsentationen – DAGSORDEN for ordinært møde torsdag den 10. oktober 2019")
        #expect(Array(topLevel.dropFirst()) == ["Punkt 1", "Punkt 2 · BR 412/19 · Åben", "Punkt 3 · BR 413/19 · Åben",
                                                "Punkt 4 · BR 414/19 · Åben", "Punkt 5 · BR 415/19 · Åben",
                                                "Punkt 6 · BR 416/19 · Åben", "Punkt 7 · BR 417/19 · Lukket",
                                                "Punkt 8 · BR 418/19 · Lukket"])
        #expect(outline.contains("<item page=\"3\">Foreløbig helhedsplan for Solhaven</item>"), "an item's title is below its bookmark")
    }

    @Test func aClosedItemsPublicPDFIsItsStandInWithoutGroundOrContent() throws {
        let out = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let run = try committeeDocs(["packet", "samples/møder/br-2019-10-10.yaml", "--format", "pdf", "--out", out])
        #expect(run.status == 0, "\(run.stderr)")
        let intern = try poppler("pdftotext", out + "/BR-2019-10-10-intern/punkter/07-br-417-19.pdf", "-")
        let offentlig = try poppler("pdftotext", out + "/BR-2019-10-10-offentlig/punkter/07-br-417-19.pdf", "-")
        let pakke = try poppler("pdftotext", out + "/BR-2019-10-10-offentlig/pakke.pdf", "-")
        #expect(intern.contains("højstbydende") && intern.contains("§ 33"))
        for text in [offentlig, pakke] {
            #expect(text.contains("Salg af ejendommen Valby Langgade 180"))
            #expect(!text.contains("højstbydende") && !text.contains("§ 33") && !text.contains("§ 30"), "\(text)")
        }
        #expect(offentlig.contains("Lukket punkt"))
    }

    @Test func theArchiveKeepsThePDFInTheBagAndAnUnchangedReAddDoesNothing() throws {
        let archive = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: archive) }
        let first = try committeeDocs(["archive", "add", "--archive", archive, "--format", "all", Self.memo])
        #expect(first.status == 0, "\(first.stderr)")
        let bagged = filesBelow(archive).filter { $0.hasSuffix(".pdf") }
        #expect(bagged.count == 1 && bagged[0].hasSuffix("/data/2009-199623-notat.pdf"), "\(bagged)")
        let again = try committeeDocs(["archive", "add", "--archive", archive, "--format", "all", Self.memo])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("unchanged"), "\(again.stdout)")
        let verify = try committeeDocs(["archive", "verify", "--archive", archive])
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
    }

    @Test func aPublicPacketFolderWithPDFsIsArchivedOnlyByARunThatCanCheckItsStandIns() throws {
        let out = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        #expect(try committeeDocs(["packet", "samples/møder/br-2019-10-10.yaml", "--format", "all", "--out", out]).status == 0)
        let folder = out + "/BR-2019-10-10-offentlig"
        // Without PDF, a closed item's public PDF cannot be compared with its stand-in: refused, with its place in the manifest.
        let unchecked = try committeeDocs(["archive", "add", "--archive", out + "/arkiv", folder])
        #expect(unchecked.status == 65)
        #expect(unchecked.stderr.contains("manifest.json:") && unchecked.stderr.contains("punkter/07-br-417-19.pdf is a closed item's page as PDF"),
                "\(unchecked.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out + "/arkiv/bags"), "nothing is bagged")
        // With PDF, the stand-ins are printed again and match byte for byte.
        let checked = try committeeDocs(["archive", "add", "--archive", out + "/arkiv", "--format", "all", folder])
        #expect(checked.status == 0, "\(checked.stderr)")
        let bagged = try poppler("pdftotext", out + "/arkiv/bags/møder/BR-2019-10-10/07-br-417-19/v1-offentlig/data/punkter/07-br-417-19.pdf", "-")
        #expect(bagged.contains("Lukket punkt") && !bagged.contains("højstbydende"), "\(bagged)")
    }

    // MARK: - Reading PDFs with poppler

    /// The text of `<item>` elements at the outline's first level in `pdftohtml -xml` output.
    static func topLevelBookmarks(_ xml: String) -> [String] {
        var depth = 0
        var titles: [String] = []
        var rest = Substring(xml)
        while let tag = rest.range(of: "<") {
            rest = rest[tag.upperBound...]
            if rest.hasPrefix("outline") { depth += 1 }
            else if rest.hasPrefix("/outline") { depth -= 1 }
            else if rest.hasPrefix("item"), depth == 1, let open = rest.range(of: ">"), let close = rest.range(of: "</item>") {
                titles.append(String(rest[open.upperBound..<close.lowerBound])
                    .replacingOccurrences(of: "&amp;", with: "&"))
            }
        }
        return titles
    }
}

/// Runs one of poppler's tools (Debian's poppler-utils, installed by `make test`) and returns its stdout.
func poppler(_ tool: String, _ arguments: String...) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/" + tool)
    process.arguments = arguments
    let out = Pipe()
    process.standardOutput = out
    process.standardError = FileHandle.nullDevice
    do {
        try process.run()
    } catch {
        throw PopplerMissing(description: "/usr/bin/\(tool) cannot run (\(error)); `make deps` installs poppler-utils")
    }
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
}

struct PopplerMissing: Error, CustomStringConvertible {
    let description: String
}

extension String {
    /// A `Name: value` line's value in pdfinfo's output.
    func field(_ name: String) -> String? {
        for line in split(separator: "\n") where line.hasPrefix(name + ":") {
            return line.dropFirst(name.count + 1).trimmingCharacters(in: .whitespaces)
        }
        return nil
    }
}
