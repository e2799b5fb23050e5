import CommitteeDocsDiagnostics
import CommitteeDocsDocumentTree
import Foundation
import CommitteeDocsMarkdownReading
import CommitteeDocsMarkdownWriting
import TestSupport
import CommitteeDocsModel
import Testing
import CommitteeDocsView
@testable import CommitteeDocsRendering

/// The sample decisions file and its meeting, checked together.
func sampleDecisions() throws -> (protokol: Beslutningsprotokol, møde: Møde) {
    try DecisionsFile.load(packageRoot + "/samples/møder/tmu-2019-09-02-referat.yaml") { file throws(DiagnosticList) -> [UInt8]? in
        FileManager.default.contents(atPath: file).map { [UInt8]($0) }
    }
}

/// The minutes through the shipped `referat` template, in every format (the XHTML validated).
func renderMinutes(_ protokol: Beslutningsprotokol, _ møde: Møde, public offentlig: Bool) throws -> RenderedDocument {
    try shippedRenderer(RenderOptions(width: 1000))
        .render(template: "referat", view: MinutesView.make(protokol, møde: møde, public: offentlig), basePath: "referat")
}

/// The text output's paragraphs and headings, one per element, without heading underlines.
func lines(_ text: String) -> [String] {
    text.split(separator: "\n").map(String.init).filter { !$0.allSatisfy { $0 == "=" || $0 == "-" } }
}

@Suite("The minutes (referat) rendered from the decisions file")
struct MinutesRenderingTests {
    @Test func theInternalEditionHoldsEveryDecisionInTheAgendasOrder() throws {
        let (protokol, møde) = try sampleDecisions()
        let text = try renderMinutes(protokol, møde, public: false).contents(.txt)
        #expect(lines(text) == [
            "Teknik- og Miljøudvalget – BESLUTNINGSPROTOKOL for ordinært møde mandag den 2. september 2019",
            "Mødet begyndte kl. 15.00 og sluttede kl. 16.40. Mødested: Rådhuset, udvalgsværelse B.",
            "Fraværende med afbud:",
            "Jakob Thorsen (V), sygdom.",
            "Stedfortrædere:",
            "Louise Kragh (V) var indkaldt som stedfortræder for Jakob Thorsen (V).",
            "1. Godkendelse af dagsordenen",
            "Beslutning",
            "Dagsordenen blev godkendt.",
            "2. Foreløbig helhedsplan for Solhaven",
            "TMU 231/19",
            "Beslutning",
            "Indstillingen blev godkendt uden afstemning.",
            "Det Konservative Folkeparti afgav følgende protokolbemærkning:",
            "Vi støtter helhedsplanen og ønsker, at udvalget får en status på tryghedsindsatsen, inden den endelige helhedsplan forelægges.",
            "3. Orientering om mødeplan for 2. halvår",
            "TMU 232/19",
            "Beslutning",
            "Orienteringen blev taget til efterretning.",
            "4. Politisk inddragelse i de områdebaserede indsatser",
            "TMU 233/19",
            "Beslutning",
            "Indstillingen blev godkendt med 9 stemmer imod 2.",
            "For stemte: A, B, F, Ø og Å.",
            "Imod stemte: C og V.",
            "Udvalget bad forvaltningen om at indkalde til det første møde i følgegruppen inden udgangen af 2019.",
            "5. Personalesag",
            "TMU 234/19 · Lukket punkt",
            "Beslutning",
            "Indstillingen blev godkendt uden afstemning.",
            "Udvalget tiltrådte forvaltningens forslag til afgørelse i personalesagen.",
        ])
    }

    @Test func thePublicEditionShowsAClosedItemWithoutItsDecision() throws {
        let (protokol, møde) = try sampleDecisions()
        let rendered = try renderMinutes(protokol, møde, public: true)
        let text = rendered.contents(.txt)
        #expect(Array(lines(text).suffix(2)) == ["5. Personalesag", "TMU 234/19 · Lukket punkt"])
        #expect(text.contains("Offentlig udgave: lukkede punkter vises uden beslutning."))
        for format in OutputFormat.standard {
            #expect(!rendered.contents(format).contains("tiltrådte"), "\(format)")
        }
        // The open items' decisions are all there.
        #expect(text.contains("Indstillingen blev godkendt med 9 stemmer imod 2."))
        #expect(text.contains("Det Konservative Folkeparti afgav følgende protokolbemærkning:"))
    }

    @Test func thePublicEditionHoldsNoClosedDecisionVoteOrRemark() throws {
        var (protokol, møde) = try sampleDecisions()
        // A closed item with a vote and a remark of its own.
        let closed = protokol.punkter.firstIndex { $0.nummer.value == "TMU 234/19" }!
        protokol.punkter[closed].afstemning = Afstemning(for: Stemmer(partier: ["Hemmelig-For"], antal: 6),
                                                         imod: Stemmer(partier: ["Hemmelig-Imod"], antal: 5),
                                                         position: protokol.position)
        protokol.punkter[closed].protokolbemærkninger = [Protokolbemærkning(af: "Hemmelig-Parti", tekst: "Hemmelig bemærkning.")]
        let intern = try renderMinutes(protokol, møde, public: false)
        #expect(intern.contents(.txt).contains("Indstillingen blev godkendt med 6 stemmer imod 5."))
        #expect(intern.contents(.txt).contains("Hemmelig-Parti afgav følgende protokolbemærkning:"))
        // The view itself holds none of it, whatever the template.
        #expect(!String(describing: MinutesView.make(protokol, møde: møde, public: true)).contains("Hemmelig"))
        let offentlig = try renderMinutes(protokol, møde, public: true)
        for format in OutputFormat.standard {
            for secret in ["Hemmelig", "6 stemmer", "tiltrådte"] {
                #expect(!offentlig.contents(format).contains(secret), "\(format): \(secret)")
            }
        }
    }

    @Test func aMeetingWithoutAbsenteesSaysSo() throws {
        var (protokol, møde) = try sampleDecisions()
        protokol.fraværende = []
        protokol.stedfortrædere = []
        let text = try renderMinutes(protokol, møde, public: true).contents(.txt)
        #expect(text.contains("Der var ingen afbud til dagens møde."))
        #expect(!text.contains("Fraværende med afbud"))
        #expect(!text.contains("Stedfortrædere"))
    }

    @Test func theMinutesMarkdownReadsBackToTheirTree() throws {
        let (protokol, møde) = try sampleDecisions()
        for offentlig in [false, true] {
            let rendered = try renderMinutes(protokol, møde, public: offentlig)
            #expect(MarkdownReader().read(rendered.contents(.md)).normalized() == rendered.document.normalized())
            #expect(rendered.document.title == "Teknik- og Miljøudvalget – BESLUTNINGSPROTOKOL for ordinært møde mandag den 2. september 2019")
        }
    }

    @Test(arguments: hostileStrings)
    func hostileDecisionTextsPartiesAndNamesComeOutAsText(_ hostile: String) throws {
        var (protokol, møde) = try sampleDecisions()
        protokol.fraværende = [Fraværende(navn: hostile, parti: hostile, grund: hostile)]
        protokol.stedfortrædere = [Stedfortræder(navn: hostile, parti: hostile,
                                                 for: Located(hostile, at: protokol.position, keyPath: "referat"))]
        protokol.dagsordenen = hostile
        let voted = protokol.punkter.firstIndex { $0.afstemning != nil }!
        protokol.punkter[voted].afstemning?.for.partier = [hostile, "A"]
        protokol.punkter[voted].afstemning?.undlod = Stemmer(partier: [hostile], antal: 1)
        protokol.punkter[voted].protokolbemærkninger = [Protokolbemærkning(af: hostile, tekst: "Bemærkning.")]
        møde.sted = hostile
        møde.punkter[0].titel = hostile
        let rendered = try renderMinutes(protokol, møde, public: false)  // validates the XHTML
        let text = rendered.contents(.txt)
        #expect(text.contains("\(hostile) (\(hostile)), \(hostile)."))
        #expect(text.contains("\(hostile) (\(hostile)) var indkaldt som stedfortræder for \(hostile) (\(hostile))."))
        #expect(text.contains("For stemte: \(hostile) og A."))
        #expect(text.contains("Følgende undlod at stemme: \(hostile)."))
        #expect(text.contains("\(hostile) afgav følgende protokolbemærkning:"))
        #expect(text.contains("Mødested: \(hostile)."))
        #expect(rendered.document.blocks.contains(.paragraph([.text(hostile)])))
        #expect(rendered.document.blocks.contains(.heading(level: 2, [.text("2. " + hostile)])))
        #expect(!rendered.contents(.html).contains("<script>"))
        #expect(rendered.contents(.html).contains(xhtmlEscaped(hostile)))
        #expect(foreignMarkup(try unsafeHTML(rendered.contents(.md))) == [], "\(rendered.contents(.md))")
        #expect(MarkdownReader().read(rendered.contents(.md)).normalized() == rendered.document.normalized())
    }

    /// A decision's text and a protocol remark are Markdown (as a memo's prose): whatever they
    /// hold, the minutes' Markdown makes no markup of its own in an unsafe renderer and reads
    /// back to the minutes' tree.
    @Test(arguments: loadableHostileStrings)
    func hostileDecisionAndRemarkTextsStayInert(_ hostile: String) throws {
        var (protokol, møde) = try sampleDecisions()
        let voted = protokol.punkter.firstIndex { $0.afstemning != nil }!
        protokol.punkter[voted].tekst = hostile
        protokol.punkter[voted].protokolbemærkninger = [Protokolbemærkning(af: "Venstre", tekst: hostile)]
        let rendered = try renderMinutes(protokol, møde, public: false)  // validates the XHTML
        let markdown = rendered.contents(.md)
        #expect(foreignMarkup(try unsafeHTML(markdown)) == [], "\(markdown)")
        #expect(!rendered.contents(.html).contains("<script"))
        #expect(MarkdownReader().read(markdown).normalized() == MarkdownWriter.readBack(of: rendered.document), "\(markdown)")
    }

    @Test func aDecisionsProseIsMarkdownWithoutMarkupOrUnsafeLinks() throws {
        var (protokol, møde) = try sampleDecisions()
        let voted = protokol.punkter.firstIndex { $0.afstemning != nil }!
        protokol.punkter[voted].tekst = "Se **dette**: <script>alert(1)</script> | a | b | og [x](javascript:alert(1))."
        let rendered = try renderMinutes(protokol, møde, public: false)
        let html = rendered.contents(.html)
        #expect(html.contains("<strong>dette</strong>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("<script>"))
        #expect(!html.contains("javascript:"))
        #expect(!rendered.contents(.md).contains("](javascript:"))
        #expect(rendered.contents(.txt).contains("Se dette: <script>alert(1)</script> | a | b | og x"))
    }
}
