import CommitteeDocsDocumentTree
import CommitteeDocsFormatting
import Foundation
import CommitteeDocsLoading
import CommitteeDocsMarkdownReading
import CommitteeDocsMarkdownWriting
import CommitteeDocsModel
@testable import CommitteeDocsPacket
import Testing
import CommitteeDocsView
@testable import CommitteeDocsRendering

// Issue 9's new data and text — a closed document's or item's ground (`lukket-grund`), an item's
// bilag titles and links, and decisions taken from a decisions file — meet the same hostile
// strings as every other field: the Markdown stays inert in an unsafe renderer, the XHTML valid
// (the renderer validates it), and a value comes out as text, never as markup or a link.

/// One renderer for these tests: wide enough that the text output never wraps a value.
private let renderer = try! shippedRenderer(RenderOptions(width: 1000))

/// A closed memo whose ground is `grund`, as an official writes it.
func closedMemo(grund: String, sagsnr: String = "2019-0587766") -> String {
    """
    {"dokument": "notat", "til": "Borgerrepræsentationen", "titel": "Salg af ejendommen Valby Langgade 180",
     "dato": "2019-09-20", "sagsnr": "\(sagsnr)", "dokumentnr": "2019-0912345", "sagsbehandler": "Ida Sørensen",
     "adgang": "lukket", "lukket-grund": \(json(grund)),
     "afsnit": [{"overskrift": "Tilbud", "tekst": "Det højeste bud kendes."}]}
    """
}

/// `hostilePlan` with plain values, its indstilling closed on the ground `grund`.
func closedPlan(grund: String) -> String {
    let plan = hostilePlan("Solhaven")
    let closed = plan.replacingOccurrences(of: #""dokument": "indstilling", "#,
                                           with: #""dokument": "indstilling", "adgang": "lukket", "lukket-grund": \#(json(grund)), "#)
    precondition(closed != plan)
    return closed
}

/// `line` as the text writer writes it: runs of spaces become one (TextWriter).
func asText(_ line: String) -> String {
    line.replacing(try! Regex(" +"), with: " ")
}

/// Every link target in `html` (text there escapes "<" and ">", so only real tags match).
func hrefs(_ html: String) -> [String] {
    html.matches(of: try! Regex(#"<a [^<>]*href="([^"]*)"[^<>]*>"#)).map { String($0.output[1].substring!) }
}

@Suite("A closed document's ground (lukket-grund) is text")
struct ClosedGroundInertnessTests {
    @Test(arguments: loadableHostileStrings)
    func aClosedMemosGroundStaysInertAndLiteral(_ hostile: String) throws {
        let documents = try renderer.render(bytes: Array(closedMemo(grund: hostile).utf8), file: "notat.json")  // validates the XHTML
        let memo = try #require(documents.first)
        expectMarkedFortroligt(memo, grund: hostile)
    }

    @Test(arguments: loadableHostileStrings)
    func aClosedPlanDocumentsGroundStaysInertAndLiteral(_ hostile: String) throws {
        let documents = try renderer.render(bytes: Array(closedPlan(grund: hostile).utf8), file: "plan.json")
        let indstilling = try #require(documents.first)
        expectMarkedFortroligt(indstilling, grund: hostile)
    }

    /// The marking "Fortroligt – lukket efter ‹grund›" holds the ground as text in every format,
    /// the Markdown makes no markup of it and reads back to the same tree.
    private func expectMarkedFortroligt(_ rendered: RenderedDocument, grund: String) {
        let marking = Block.paragraph([.strong([.text("Fortroligt")]), .text(" – lukket efter " + grund)]).normalized()
        #expect(rendered.document.normalized().blocks.contains(marking))
        #expect(rendered.contents(.html).contains("<p><strong>Fortroligt</strong> – lukket efter \(xhtmlEscaped(grund))</p>"))
        #expect(!rendered.contents(.html).contains("<script"))
        #expect(rendered.contents(.txt).contains(asText("Fortroligt – lukket efter \(grund)")))
        let markdown = rendered.contents(.md)
        #expect(foreignMarkup(try! unsafeHTML(markdown)) == [], "\(markdown)")
        #expect(MarkdownReader().read(markdown).normalized() == MarkdownWriter.readBack(of: rendered.document), "\(markdown)")
    }
}

/// An http(s) link, which no bilag link is.
func isWebLink(_ link: String) -> Bool {
    link.hasPrefix("http://") || link.hasPrefix("https://")
}

/// A new temporary folder with a `bilag` folder in it; the test removes it (`defer`).
func hostileFolder() throws -> String {
    let folder = NSTemporaryDirectory() + "committee-docs-hostile-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: folder + "/bilag", withIntermediateDirectories: true)
    return folder
}

/// A TMU meeting whose open item has two bilag and a closed one, all titled with `hostile`, and
/// two closed items with `hostile` in their grounds: one with its own text and a bilag, one
/// presenting a closed memo. Every ground starts "GRUND-", which the public edition must not hold.
func writeHostileMeeting(_ hostile: String, in folder: String) throws -> String {
    let h = json(hostile)
    for name in ["a.txt", "b.md", "c.txt", "d.txt"] {
        try "Bilagets indhold.\n".write(toFile: folder + "/bilag/" + name, atomically: true, encoding: .utf8)
    }
    try closedMemo(grund: "GRUND-NOTAT " + hostile).write(toFile: folder + "/notat.json", atomically: true, encoding: .utf8)
    let meeting = """
    {"møde": {"udvalg": "TMU", "type": "ordinært", "dato": "2019-09-02", "tid": "15:00", "sted": "Rådhuset"},
     "punkter": [
      {"titel": "Orientering om mødeplan", "nummer": "TMU 232/19", "sagsnr": "2024-18822", "behandling": 2,
       "tekst": "Mødeplanen, jf. bilag 1, bilag 2 og bilag 3.",
       "bilag": [{"titel": \(h), "fil": "bilag/a.txt"},
                 {"titel": \(json("[x](javascript:alert(1)) " + hostile + " [y](../bilag/a.txt)")), "fil": "bilag/b.md"},
                 {"titel": \(h), "fil": "bilag/c.txt", "adgang": "lukket"}]},
      {"titel": "Personalesag", "nummer": "TMU 234/19", "sagsnr": "2019-0599321", "adgang": "lukket",
       "lukket-grund": \(json("GRUND-PUNKT " + hostile)), "tekst": "Sagen forelægges for lukkede døre.",
       "bilag": [{"titel": \(h), "fil": "bilag/d.txt"}]},
      {"titel": "Salg af ejendommen Valby Langgade 180", "nummer": "TMU 235/19", "sagsnr": "2019-0587766", "adgang": "lukket",
       "lukket-grund": \(json("GRUND-SALG " + hostile)), "kilde": "notat.json"}]}
    """
    try meeting.write(toFile: folder + "/møde.json", atomically: true, encoding: .utf8)
    return folder + "/møde.json"
}

extension Packet {
    /// A file's text by its path in the packet.
    func text(_ path: String) -> String? {
        files.first { $0.path == path }.map { String(decoding: $0.bytes, as: UTF8.self) }
    }
}

@Suite("Bilag titles and closed items in a packet")
struct PacketInertnessTests {
    @Test(arguments: loadableHostileStrings)
    func everyMarkdownFileOfBothEditionsStaysInert(_ hostile: String) async throws {
        let folder = try hostileFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let packets = try await PacketBuilder(renderer: renderer)
            .build(meetingFile: try writeHostileMeeting(hostile, in: folder), editions: [.intern, .offentlig])
        #expect(packets.count == 2)
        for packet in packets {
            let markdownFiles = packet.files.filter { $0.path.hasSuffix(".md") && !$0.path.hasPrefix("bilag/") }
            #expect(markdownFiles.count == 6)  // the agenda, the packet and four item pages
            for file in markdownFiles {
                let markdown = String(decoding: file.bytes, as: UTF8.self)
                #expect(foreignMarkup(try unsafeHTML(markdown)) == [], "\(packet.folder)/\(file.path): \(markdown)")
            }
        }
    }

    @Test(arguments: loadableHostileStrings)
    func thePublicEditionHoldsNoClosedItemsGround(_ hostile: String) async throws {
        let folder = try hostileFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let packets = try await PacketBuilder(renderer: renderer)
            .build(meetingFile: try writeHostileMeeting(hostile, in: folder), editions: [.intern, .offentlig])
        let (intern, offentlig) = (packets[0], packets[1])
        for file in offentlig.files {
            let text = String(decoding: file.bytes, as: UTF8.self)
            #expect(!text.contains("GRUND-"), "\(file.path)")
            #expect(!text.contains("lukket efter"), "\(file.path)")
        }
        #expect(offentlig.text("punkter/03-tmu-234-19.txt")?.contains("Lukket punkt\n\nPunktet behandles for lukkede døre.") == true)
        // The internal edition marks the closed items with their grounds, as text.
        #expect(intern.text("punkter/03-tmu-234-19.txt")?.contains(asText("Lukket punkt – lukket efter GRUND-PUNKT \(hostile)")) == true)
        #expect(intern.text("punkter/03-tmu-234-19.html")?.contains("<strong>Lukket punkt</strong> – lukket efter GRUND-PUNKT \(xhtmlEscaped(hostile))") == true)
        #expect(intern.text("punkter/04-tmu-235-19.txt")?.contains(asText("Fortroligt – lukket efter GRUND-NOTAT \(hostile)")) == true)
    }

    @Test(arguments: loadableHostileStrings)
    func bilagLinksPointOnlyAtTheBilagInThePacket(_ hostile: String) async throws {
        let folder = try hostileFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let packets = try await PacketBuilder(renderer: renderer)
            .build(meetingFile: try writeHostileMeeting(hostile, in: folder), editions: [.intern, .offentlig])
        for packet in packets {
            let paths = Set(packet.files.map(\.path))
            for file in packet.files where file.path.hasSuffix(".md") || file.path.hasSuffix(".html") {
                guard !file.path.hasPrefix("bilag/") else { continue }
                let text = String(decoding: file.bytes, as: UTF8.self)
                let html = file.path.hasSuffix(".md") ? try unsafeHTML(text) : text
                // An item page links from punkter/, the agenda and the packet from the top.
                let base = file.path.hasPrefix("punkter/") ? "../" : ""
                // (A GFM renderer makes "www.example.org" an http link, which `foreignMarkup` allows too.)
                for link in hrefs(html) where !isWebLink(link) {
                    #expect(link.hasPrefix(base + "bilag/") || (base.isEmpty && link.hasPrefix("punkter/")), "\(packet.folder)/\(file.path): \(link)")
                    #expect(paths.contains(String(link.dropFirst(base.count))), "\(packet.folder)/\(file.path): \(link) is not in the packet")
                }
            }
        }
        // The open item's page links its bilag, the public one all but the closed one, which it names.
        let (intern, offentlig) = (packets[0], packets[1])
        let page = "punkter/02-tmu-232-19"
        #expect(hrefs(try unsafeHTML(intern.text(page + ".md")!)).filter { !isWebLink($0) } == (1...3).map { "../bilag/02-tmu-232-19-\($0)-\(["a.txt", "b.md", "c.txt"][$0 - 1])" })
        #expect(hrefs(offentlig.text(page + ".html")!) == ["../bilag/02-tmu-232-19-1-a.txt", "../bilag/02-tmu-232-19-2-b.md"])
        #expect(offentlig.text(page + ".html")!.contains("Bilag 3. \(xhtmlEscaped(hostile)) <em>(lukket bilag, offentliggøres ikke)</em>"))
        #expect(intern.text(page + ".html")!.contains("<a href=\"../bilag/02-tmu-232-19-1-a.txt\">\(xhtmlEscaped(hostile))</a>"))
        #expect(!offentlig.files.contains { $0.path.hasPrefix("bilag/02-tmu-232-19-3") || $0.path.hasPrefix("bilag/03-") })
    }
}

@Suite("The combined packet links each bilag from the packet's top")
struct CombinedPacketBilagLinkTests {
    /// At the default width the text writer puts a long title's path "(../bilag/…)" on a line of
    /// its own, and the Markdown writer writes a path with a space or parenthesis as `<…>`: the
    /// combined document (pakke.*) at the packet's top must still link `bilag/…`, not `../bilag/…`.
    @Test func aWrappedPathAndAPathWithSpacesAreRebasedToo() async throws {
        let folder = try hostileFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for name in ["plan.md", "mit bilag (1).txt"] {
            try "Bilagets indhold.\n".write(toFile: folder + "/bilag/" + name, atomically: true, encoding: .utf8)
        }
        try """
            {"møde": {"udvalg": "TMU", "type": "ordinært", "dato": "2019-09-02", "tid": "15:00", "sted": "Rådhuset"},
             "punkter": [{"titel": "Orientering", "nummer": "TMU 232/19", "sagsnr": "2024-18822", "tekst": "Tekst.",
                          "bilag": [{"titel": "Brev fra Boligforeningen Nordlys om medfinansiering af planen", "fil": "bilag/plan.md"},
                                    {"titel": "Kort", "fil": "bilag/mit bilag (1).txt"}]}]}
            """.write(toFile: folder + "/møde.json", atomically: true, encoding: .utf8)
        let packet = try #require(try await PacketBuilder(renderer: try shippedRenderer())
            .build(meetingFile: folder + "/møde.json", editions: [.intern]).first)
        let page = try #require(packet.text("punkter/02-tmu-232-19.txt"))
        #expect(page.contains("Bilag 1. Brev fra Boligforeningen Nordlys om medfinansiering af planen\n(../bilag/02-tmu-232-19-1-plan.md)"))
        for format in ["html", "md", "txt"] {
            let combined = try #require(packet.text("pakke." + format))
            #expect(!combined.contains("../bilag/"), "pakke.\(format)")
            #expect(combined.contains("bilag/02-tmu-232-19-1-plan.md"), "pakke.\(format)")
            #expect(combined.contains("bilag/02-tmu-232-19-2-mit bilag (1).txt"), "pakke.\(format)")
        }
        #expect(packet.text("pakke.md")!.contains("[Kort](<bilag/02-tmu-232-19-2-mit bilag (1).txt>)"))
        #expect(packet.text("pakke.txt")!.contains("Bilag 1. Brev fra Boligforeningen Nordlys om medfinansiering af planen\n(bilag/02-tmu-232-19-1-plan.md)"))
    }

    /// Only links move: a title that reads like a link to an attachment, a heading or a page
    /// break keeps its words in every format of the combined document.
    @Test func textThatLooksLikeALinkHeadingOrPageBreakStaysAsWritten() async throws {
        let folder = try hostileFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let titel = "Orientering (../bilag/a.txt) <h1>x</h1> <!-- pagebreak -->"
        try """
            {"møde": {"udvalg": "TMU", "type": "ordinært", "dato": "2019-09-02", "tid": "15:00", "sted": "Rådhuset"},
             "punkter": [{"titel": \(json(titel)), "nummer": "TMU 232/19", "sagsnr": "2024-18822", "tekst": "Tekst."}]}
            """.write(toFile: folder + "/møde.json", atomically: true, encoding: .utf8)
        let packet = try #require(try await PacketBuilder(renderer: try shippedRenderer())
            .build(meetingFile: folder + "/møde.json", editions: [.intern]).first)
        let html = try #require(packet.text("pakke.html"))
        #expect(html.contains("<h2>Orientering (../bilag/a.txt) &lt;h1&gt;x&lt;/h1&gt; &lt;!-- pagebreak --&gt;</h2>"))
        #expect(html.components(separatedBy: "<h1>").count == 2, "one title: the agenda's")
        #expect(html.components(separatedBy: "<div class=\"sideskift\">").count == 3, "a page break before each of the two items")
        #expect(try #require(packet.text("pakke.txt")).contains(titel))
        let markdown = try #require(packet.text("pakke.md"))
        #expect(markdown.split(separator: "\n").filter { $0 == "<!-- pagebreak -->" }.count == 2, "\(markdown)")
    }
}

/// A case whose TMU step takes its decision from TMU's decisions file, in a folder of its own:
/// the plan (its indstilling to ØU), TMU's meeting of 23 November 2015 with the case's item
/// (TMU 401/15, closed when `closed`) and another case's item (TMU 402/15), the decisions file
/// with `tekst` and `parti` (a party voting for) on the case's item, and ØU's meeting of 8
/// December 2015, where the indstilling is ØU's item. Returns ØU's meeting file.
func writeDecidedCase(tekst: String, parti: String, closed: Bool = false, in folder: String) throws -> String {
    let plan = hostilePlan("Solhaven")
        .replacingOccurrences(of: #""status": "godkendt", "beslutning": "Solhaven""#, with: #""referat": "tmu-referat.json""#)
        .replacingOccurrences(of: #""bilag": ["Solhaven"]"#, with: #""bilag": ["Planen"]"#)
    precondition(plan.contains("tmu-referat.json") && plan.contains("Planen"))
    try plan.write(toFile: folder + "/plan.json", atomically: true, encoding: .utf8)
    let closedItem = closed ? #""adgang": "lukket", "lukket-grund": "GRUND-HEMMELIG", "# : ""
    try """
        {"møde": {"udvalg": "TMU", "type": "ordinært", "dato": "2015-11-23", "tid": "15:00", "sted": "Rådhuset"},
         "punkter": [{"titel": "Områdefornyelse", "nummer": "TMU 401/15", "sagsnr": "2015-0287731", \(closedItem)"tekst": "Planen."},
                     {"titel": "Andet", "nummer": "TMU 402/15", "sagsnr": "2024-18822", "tekst": "Andet."}]}
        """.write(toFile: folder + "/tmu.json", atomically: true, encoding: .utf8)
    try """
        {"referat": {"møde": "tmu.json", "start": "15:00", "slut": "16:00"},
         "punkter": [{"nummer": "TMU 401/15", "resultat": "godkendt", "tekst": \(json(tekst)),
                      "afstemning": {"for": {"partier": [\(json(parti)), "A"], "antal": 7}, "imod": {"partier": ["V"], "antal": 2}},
                      "protokolbemærkninger": [{"af": "Venstre", "tekst": "BEMÆRKNING-TIL-PROTOKOLLEN"}]},
                     {"nummer": "TMU 402/15", "resultat": "godkendt", "tekst": "ANDET-PUNKTS-BESLUTNING"}]}
        """.write(toFile: folder + "/tmu-referat.json", atomically: true, encoding: .utf8)
    try "Planen.\n".write(toFile: folder + "/bilag/plan.md", atomically: true, encoding: .utf8)
    try """
        {"møde": {"udvalg": "ØU", "type": "ordinært", "dato": "2015-12-08", "tid": "13:30", "sted": "Rådhuset"},
         "punkter": [{"titel": "Områdefornyelse", "nummer": "ØU 501/15", "sagsnr": "2015-0287731", "kilde": "plan.json",
                      "dokumentnr": "2015-0933140", "bilag": [{"titel": "Planen", "fil": "bilag/plan.md"}]}]}
        """.write(toFile: folder + "/øu.json", atomically: true, encoding: .utf8)
    return folder + "/øu.json"
}

/// The indstilling as ØU's item (with its tree, which a packet does not keep).
func øuItem(_ folder: String) throws -> RenderedDocument {
    let file = folder + "/plan.json"
    let meeting = MeetingContext(udvalg: .ØU, dato: DanishDate(iso: "2015-12-08")!)
    let documents = try renderer.render(bytes: Array(FileManager.default.contents(atPath: file)!), file: file,
                                        only: { $0.dokumentnr.description == "2015-0933140" },
                                        presentation: Presentation(meeting: meeting, bilag: [BilagEntry(nummer: 1, titel: "Planen")]))
    return try #require(documents.first)
}

/// The blocks under "Teknik- og Miljøudvalgets beslutning i mødet den 23. november 2015", the
/// last part of the item.
func tmuDecision(_ document: Document) throws -> [Block] {
    let blocks = document.normalized().blocks
    let heading = Block.heading(level: 2, [.text("Teknik- og Miljøudvalgets beslutning i mødet den 23. november 2015")])
    let start = try #require(blocks.firstIndex(of: heading))
    return Array(blocks[(start + 1)...])
}

@Suite("Decisions taken from a decisions file into a later body's item")
struct RecordedDecisionInertnessTests {
    @Test(arguments: loadableHostileStrings)
    func aDecisionsTextIsTheOfficialsMarkdownAndItsPartiesText(_ hostile: String) async throws {
        let folder = try hostileFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let meeting = try writeDecidedCase(tekst: hostile, parti: hostile, in: folder)
        let item = try øuItem(folder)  // validates the XHTML
        // The vote's lines are text, whatever a party is called; the decision's text is Markdown
        // read on its own (raw HTML and template tags in it stay text).
        #expect(try tmuDecision(item.document) == [
            .paragraph([.text("Indstillingen blev godkendt med 7 stemmer imod 2.")]),
            .paragraph([.text("For stemte: \(hostile) og A.")]),
            .paragraph([.text("Imod stemte: V.")]),
        ] + MarkdownReader().read(hostile).normalized().blocks)
        #expect(item.contents(.txt).contains(asText("For stemte: \(hostile) og A.")))
        #expect(!item.contents(.html).contains("<script"))
        #expect(MarkdownReader().read(item.contents(.md)).normalized() == MarkdownWriter.readBack(of: item.document))
        // ØU's packet: every Markdown file inert, the other item's decision and the remark nowhere.
        let packets = try await PacketBuilder(renderer: renderer).build(meetingFile: meeting, editions: [.intern, .offentlig])
        for packet in packets {
            for file in packet.files where !file.path.hasPrefix("bilag/") {
                let text = String(decoding: file.bytes, as: UTF8.self)
                if file.path.hasSuffix(".md") {
                    #expect(foreignMarkup(try unsafeHTML(text)) == [], "\(packet.folder)/\(file.path): \(text)")
                }
                #expect(!text.contains("ANDET-PUNKTS-BESLUTNING"), "\(packet.folder)/\(file.path)")
                #expect(!text.contains("BEMÆRKNING-TIL-PROTOKOLLEN"), "\(packet.folder)/\(file.path)")
            }
        }
    }

    @Test func aClosedItemsDecisionFlowsAsItsStatusOnly() async throws {
        let folder = try hostileFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let meeting = try writeDecidedCase(tekst: "HEMMELIG-BESLUTNING", parti: "HEMMELIGT-PARTI", closed: true, in: folder)
        let item = try øuItem(folder)
        #expect(try tmuDecision(item.document) == [.paragraph([.text("Indstillingen blev godkendt.")])])
        #expect(item.contents(.txt).contains("Teknik- og Miljøudvalget  23. november 2015  godkendt"))
        let packets = try await PacketBuilder(renderer: renderer).build(meetingFile: meeting, editions: [.intern, .offentlig])
        #expect(packets.count == 2)
        for packet in packets {
            for file in packet.files {
                let text = String(decoding: file.bytes, as: UTF8.self)
                for secret in ["HEMMELIG", "7 stemmer", "ANDET-PUNKTS-BESLUTNING", "BEMÆRKNING-TIL-PROTOKOLLEN"] {
                    #expect(!text.contains(secret), "\(packet.folder)/\(file.path): \(secret)")
                }
            }
        }
    }
}

@Suite("The new templates' Markdown reads back to the tree it was written from")
struct MeetingCycleRoundTripTests {
    /// `rendered`'s Markdown, read back, is its tree (as the writer documents it: links it may
    /// not make live come back as their text), and inert in an unsafe renderer.
    private func expectRoundTrip(_ rendered: RenderedDocument, _ what: String) {
        let markdown = rendered.contents(.md)
        #expect(MarkdownReader().read(markdown).normalized() == MarkdownWriter.readBack(of: rendered.document), "\(what): \(markdown)")
        #expect(foreignMarkup(try! unsafeHTML(markdown)) == [], "\(what): \(markdown)")
    }

    @Test(arguments: loadableHostileStrings)
    func anItemPageWithBilagAndALukketPunktMarking(_ hostile: String) throws {
        let folder = try hostileFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = try writeHostileMeeting(hostile, in: folder)
        let møde = try MeetingDecoder.decode(try DataLoader.load(Array(FileManager.default.contents(atPath: file)!), file: file, format: .json))
        let builder = PacketBuilder(renderer: renderer)
        for (punkt, slug) in zip(møde.punkter.prefix(2), ["02-tmu-232-19", "03-tmu-234-19"]) {
            guard case .tekst(let tekst) = punkt.indhold else { Issue.record("\(punkt.nummer) has no text"); continue }
            for udgave in Udgave.allCases {
                let presentation = Presentation(meeting: MeetingContext(udvalg: møde.udvalg, dato: møde.dato, behandling: punkt.behandling),
                                                bilag: PacketBuilder.bilagEntries(punkt, slug: slug, udgave: udgave))
                let page = try renderer.render(template: "punkt", view: builder.itemView(punkt, tekst: tekst.value, presentation: presentation),
                                               basePath: "punkter/" + slug)
                expectRoundTrip(page, "\(slug) \(udgave)")
                if punkt.adgang == .lukket {
                    #expect(page.document.blocks.contains(Block.paragraph([.strong([.text("Lukket punkt")]),
                                                                           .text(" – lukket efter GRUND-PUNKT " + hostile)]).normalized()))
                } else {
                    #expect(page.document.blocks.contains(.paragraph([.text("Bilag 1. "), .link(destination: "../bilag/\(slug)-1-a.txt", title: "", [.text(hostile)])])))
                    #expect(page.document.blocks.contains(.paragraph([.text("(2. behandling)")])))
                }
            }
        }
        // What the public edition shows of a closed item.
        let standIn = try builder.standIn(titel: hostile, nummer: "TMU 234/19", sagsnr: try Sagsnummer(parsing: "2019-0599321"), slug: "03-tmu-234-19")
        expectRoundTrip(standIn, "stand-in")
    }

    @Test(arguments: loadableHostileStrings)
    func anIndstillingWithBilagAndAnEarlierDecision(_ hostile: String) throws {
        let folder = try hostileFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        _ = try writeDecidedCase(tekst: hostile, parti: hostile, in: folder)
        expectRoundTrip(try øuItem(folder), "ØU's item")
    }

    @Test(arguments: loadableHostileStrings)
    func aClosedIndstillingAtAMeetingWithHostileBilagTitles(_ hostile: String) throws {
        let meeting = MeetingContext(udvalg: .ØU, dato: DanishDate(iso: "2015-12-08")!, behandling: 1)
        let bilag = [BilagEntry(nummer: 1, titel: hostile, link: "../bilag/02-øu-501-15-1-plan.md")]
        let documents = try renderer.render(bytes: Array(closedPlan(grund: hostile).replacingOccurrences(of: #""bilag": ["Solhaven"]"#, with: "\"bilag\": [\(json(hostile))]").utf8),
                                            file: "plan.json", only: nil, presentation: Presentation(meeting: meeting, bilag: bilag))
        let indstilling = try #require(documents.first)
        #expect(indstilling.document.blocks.contains(.paragraph([.text("Bilag 1. "), .link(destination: "../bilag/02-øu-501-15-1-plan.md", title: "", [.text(hostile)])])))
        expectRoundTrip(indstilling, "indstilling")
    }
}
