import Foundation
import TestSupport
import Testing

/// The meeting cycle as a committee secretary sees it (DOMAIN.md, "The meeting cycle"): each body
/// gets its own item, an agenda shows only what was decided before its meeting, bilag are
/// numbered and linked, and closed content is marked.

/// `baseMeeting` (BR, 10 October 2019) for another body and date, its serials renumbered.
private func meeting(_ udvalg: String, _ dato: String) -> String {
    baseMeeting.replacingOccurrences(of: "udvalg: BR", with: "udvalg: \(udvalg)")
        .replacingOccurrences(of: "dato: 2019-10-10", with: "dato: \(dato)")
        .replacingOccurrences(of: "BR 41", with: "\(udvalg) 41")
}

/// Runs `packet` on `meeting` (with `extra` files) and returns the run and a published file's text.
private func published(_ meeting: String, extra: [String: String] = [:], file: String) throws -> (run: Run, text: String?) {
    let folder = try meetingFolder(meeting, extra: extra)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let run = try packet(in: folder)
    return (run, try? String(contentsOfFile: folder + "/ud/" + file, encoding: .utf8))
}

/// The Solhaven plan with its route as typed here.
private func plan(route: String) throws -> String {
    let plan = try standaloneSolhavenPlan()
    let start = plan.range(of: "forløb:\n")!.upperBound
    let end = plan.range(of: "\ndokumenter:")!.lowerBound
    return plan.replacingCharacters(in: start..<end, with: route)
}

@Suite("Each body's own item")
struct EachBodysItemTests {
    @Test func aCommitteeItemNamesTheForvaltningAndHasNoParenthesisLine() throws {
        let result = try published(meeting("TMU", "2019-09-02"), file: "TMU-2019-09-02-intern/punkter/02-tmu-412-19.txt")
        #expect(result.run.status == 0, "\(result.run.stderr)")
        let text = try #require(result.text)
        #expect(text.contains("Til Teknik- og Miljøudvalget"))
        #expect(text.contains("Teknik- og Miljøforvaltningen indstiller, at Teknik- og Miljøudvalget\nover for Økonomiudvalget og Borgerrepræsentationen anbefaler,"))
        #expect(!text.contains("(Teknik- og Miljøforvaltningen)"))
        #expect(!text.contains("beslutning i mødet"))
        #expect(text.contains("Teknik- og Miljøudvalget  2. september 2019  behandles på dette møde"))
    }

    @Test func anØUItemIsRecommendedByTheCommitteeBeforeIt() throws {
        let result = try published(meeting("ØU", "2019-10-01"), file: "ØU-2019-10-01-intern/punkter/02-øu-412-19.md")
        #expect(result.run.status == 0, "\(result.run.stderr)")
        let text = try #require(result.text)
        #expect(text.contains("Til Økonomiudvalget"))
        #expect(text.contains("Teknik- og Miljøudvalget indstiller, at Økonomiudvalget over for Borgerrepræsentationen anbefaler,"))
        #expect(!text.contains("Teknik- og Miljøforvaltningen indstiller"))
    }

    @Test func aBRItemReadsIndstillingOmWithTheRecommendingBodyInParentheses() throws {
        let result = try published(baseMeeting, file: "BR-2019-10-10-intern/punkter/02-br-412-19.md")
        #expect(result.run.status == 0, "\(result.run.stderr)")
        let text = try #require(result.text)
        #expect(text.contains("Til Borgerrepræsentationen"))
        #expect(text.contains("Indstilling om,\n\n1. at den foreløbige helhedsplan for Solhaven godkendes"))
        #expect(text.contains("\n(Økonomiudvalget)\n"))
        #expect(!text.contains("indstiller, at"))
    }

    @Test func anItemCanCarryItsReading() throws {
        let result = try published(baseMeeting.replacingOccurrences(of: "    kilde: plan.yaml\n", with: "    kilde: plan.yaml\n    behandling: 1\n"),
                                   file: "BR-2019-10-10-intern/punkter/02-br-412-19.md")
        #expect(result.run.status == 0, "\(result.run.stderr)")
        #expect(try #require(result.text).contains("(Økonomiudvalget)\n\n(1. behandling)\n"))
    }

    @Test func aReadingOtherThanOneOrTwoIsRefused() throws {
        let result = try published(baseMeeting.replacingOccurrences(of: "    kilde: plan.yaml\n", with: "    kilde: plan.yaml\n    behandling: 3\n"),
                                   file: "BR-2019-10-10-intern/dagsorden.txt")
        #expect(result.run.status == 65)
        #expect(result.run.stderr == "møde.yaml:12:17: error: punkter[0].behandling: \"3\" is not a reading (expected 1 or 2, shown as \"(1. behandling)\")\n")
        #expect(result.text == nil)
    }
}

@Suite("An agenda shows only what was decided before its meeting")
struct AsOfTests {
    /// TMU decided on 2 September; ØU meets 1 October, BR 10 October.
    static let decidedByTMU = """
          - {udvalg: TMU, dato: 2019-09-02, status: godkendt, beslutning: Indstillingen blev godkendt uden afstemning.}
          - {udvalg: ØU, dato: 2019-10-01, status: planlagt}
          - {udvalg: BR, dato: 2019-10-10, status: planlagt}
          - {udvalg: LBF, dato: 2019-12-12, status: planlagt}
        """

    @Test func aLaterBodysItemShowsTheEarlierDecisionsInRouteOrder() throws {
        // The plan's indstilling is dated after TMU's meeting here, so the plan may type TMU's decision.
        let typed = try plan(route: Self.decidedByTMU).replacingOccurrences(of: "    dato: 2019-08-20\n    til: TMU", with: "    dato: 2019-09-03\n    til: ØU")
        let result = try published(baseMeeting, extra: ["plan.yaml": typed], file: "BR-2019-10-10-intern/punkter/02-br-412-19.txt")
        #expect(result.run.status == 0, "\(result.run.stderr)")
        let text = try #require(result.text)
        #expect(text.contains("Teknik- og Miljøudvalgets beslutning i mødet den 2. september 2019\n"))
        #expect(text.contains("Indstillingen blev godkendt uden afstemning."))
        #expect(text.contains("Teknik- og Miljøudvalget  2. september 2019  godkendt"))
        #expect(text.contains("Borgerrepræsentationen    10. oktober 2019   behandles på dette møde"))
        #expect(!text.contains("Borgerrepræsentationens beslutning"))
    }

    @Test func aDecisionTheRouteTypesForThisMeetingIsRefused() throws {
        let typed = try plan(route: Self.decidedByTMU
            .replacingOccurrences(of: "{udvalg: ØU, dato: 2019-10-01, status: planlagt}", with: "{udvalg: ØU, dato: 2019-10-01, status: godkendt}")
            .replacingOccurrences(of: "{udvalg: BR, dato: 2019-10-10, status: planlagt}", with: "{udvalg: BR, dato: 2019-10-10, status: godkendt}"))
            .replacingOccurrences(of: "    dato: 2019-08-20\n    til: TMU", with: "    dato: 2019-10-11\n    til: ØU")
        let folder = try meetingFolder(baseMeeting, extra: ["plan.yaml": typed])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // The plan alone is fine: its indstilling is dated after every decision it types.
        #expect(try committeeDocs(["check", "plan.yaml"], in: folder).status == 0)
        let run = try packet(in: folder)
        #expect(run.status == 65)
        #expect(run.stderr.contains("plan.yaml:43:5: error: forløb[2].status: the route says BR decided (godkendt) on 10-10-2019, but the agenda of BR's meeting of 10-10-2019 is printed before that;"), "\(run.stderr)")
        #expect(filesBelow(folder + "/ud") == [])
    }

    @Test func anItemOnADayTheRouteDoesNotGiveIsRefused() throws {
        let result = try published(meeting("BR", "2019-10-24"), file: "BR-2019-10-24-intern/dagsorden.txt")
        #expect(result.run.status == 65)
        #expect(result.run.stderr.contains("plan.yaml:43:5: error: forløb[2].dato: the route has BR treat the case on 10-10-2019, but the indstilling 2019-0874120 is on the agenda of BR's meeting of 24-10-2019"), "\(result.run.stderr)")
        #expect(result.text == nil)
    }
}

@Suite("Bilag: numbered, linked, and the indstilling's own")
struct BilagTests {
    @Test func anItemListsItsBilagWithLinksToTheirFiles() throws {
        let folder = try meetingFolder(baseMeeting)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(try packet(in: folder).status == 0)
        let html = try String(contentsOfFile: folder + "/ud/BR-2019-10-10-intern/punkter/02-br-412-19.html", encoding: .utf8)
        #expect(html.contains("Bilag 1. <a href=\"../bilag/02-br-412-19-1-a.txt\">Foreløbig helhedsplan for Solhaven 2020-2023</a>"))
        #expect(html.contains("Bilag 3. <a href=\"../bilag/02-br-412-19-3-c.txt\">Brev fra Boligforeningen Nordlys om medfinansiering</a>"))
        let text = try String(contentsOfFile: folder + "/ud/BR-2019-10-10-intern/punkter/02-br-412-19.txt", encoding: .utf8)
        #expect(text.contains("Bilag 2. Budget fordelt på indsatsområder og år\n(../bilag/02-br-412-19-2-b.txt)"))
        // Every link resolves to a file of the packet; in the combined document from its top.
        #expect(FileManager.default.fileExists(atPath: folder + "/ud/BR-2019-10-10-intern/bilag/02-br-412-19-1-a.txt"))
        let combined = try String(contentsOfFile: folder + "/ud/BR-2019-10-10-intern/pakke.html", encoding: .utf8)
        #expect(combined.contains("<a href=\"bilag/02-br-412-19-1-a.txt\">"))
        #expect(!combined.contains("../bilag/"))
        let combinedMarkdown = try String(contentsOfFile: folder + "/ud/BR-2019-10-10-intern/pakke.md", encoding: .utf8)
        #expect(combinedMarkdown.contains("](bilag/02-br-412-19-2-b.txt)") && !combinedMarkdown.contains("../bilag/"))
    }

    @Test func theIndstillingsBilagMustBeTheItemsAttachments() throws {
        let result = try published(baseMeeting.replacingOccurrences(of: "titel: Budget fordelt på indsatsområder og år", with: "titel: Budget"),
                                   file: "BR-2019-10-10-intern/dagsorden.txt")
        #expect(result.run.status == 65)
        #expect(result.run.stderr == "møde.yaml:8:5: error: punkter[0].bilag: the item attaches 3 bilag (\"Foreløbig helhedsplan for Solhaven 2020-2023\", \"Budget\", \"Brev fra Boligforeningen Nordlys om medfinansiering\"), but its indstilling 2019-0874120 lists 3 bilag (\"Foreløbig helhedsplan for Solhaven 2020-2023\", \"Budget fordelt på indsatsområder og år\", \"Brev fra Boligforeningen Nordlys om medfinansiering\") under Bilag; attach the indstilling's bilag with the same titles, in its order\n")
        #expect(result.text == nil)
    }

    @Test func aReferenceToABilagTheItemDoesNotHaveIsRefused() throws {
        let result = try published(baseMeeting.replacingOccurrences(of: "    tekst: Sælges.\n", with: "    tekst: Sælges, jf. bilag 4.\n"),
                                   file: "BR-2019-10-10-intern/dagsorden.txt")
        #expect(result.run.status == 65)
        #expect(result.run.stderr == "møde.yaml:21:12: error: punkter[1].tekst: \"jf. bilag 4\" refers to an attachment the item does not have; it has no bilag\n")
        #expect(result.text == nil)
    }

    @Test func aReferenceInTheIndstillingMustNameOneOfItsBilag() throws {
        let folder = try meetingFolder(baseMeeting)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let plan = try String(contentsOfFile: folder + "/plan.yaml", encoding: .utf8)
            .replacingOccurrences(of: "afholdes inden for den afsatte pulje.", with: "afholdes inden for den afsatte pulje, jf. bilag 2 og 4.")
        try plan.write(toFile: folder + "/plan.yaml", atomically: true, encoding: .utf8)
        let run = try committeeDocs(["check", "plan.yaml"], in: folder)
        #expect(run.status == 65)
        #expect(run.stderr == "plan.yaml:74:14: error: dokumenter[0].økonomi: \"jf. bilag 2 og 4\" refers to an attachment the indstilling does not have; its bilag list has bilag 1–3\n")
    }
}

@Suite("Access marking")
struct AccessMarkingTests {
    @Test func aClosedMemoIsMarkedFortroligtWithItsGroundInEveryFormat() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try """
            dokument: notat
            til: Borgerrepræsentationen
            titel: Salg af ejendommen Valby Langgade 180
            dato: 2019-09-20
            sagsnr: 2019-0587766
            dokumentnr: 2019-0912345
            sagsbehandler: Ida Sørensen
            adgang: lukket
            lukket-grund: offentlighedslovens § 33, nr. 3
            afsnit:
              - overskrift: Tilbud
                tekst: Det højeste bud kendes.

            """.write(toFile: folder + "/notat.yaml", atomically: true, encoding: .utf8)
        let run = try committeeDocs(["render", "notat.yaml", "--out", "ud"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        for format in ["html", "md", "txt"] {
            let text = try String(contentsOfFile: folder + "/ud/2019-0587766/2019-0912345-notat.\(format)", encoding: .utf8)
            #expect(text.contains("Fortroligt"), "\(format)")
            #expect(text.contains("lukket efter offentlighedslovens § 33, nr. 3"), "\(format)")
        }
    }

    @Test func aGroundOnAnOpenDocumentIsRefused() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let memo = try sample("notat-kort.yaml") + "lukket-grund: ingen\n"
        try memo.write(toFile: folder + "/notat.yaml", atomically: true, encoding: .utf8)
        let run = try committeeDocs(["check", "notat.yaml"], in: folder)
        #expect(run.status == 65)
        #expect(run.stderr.contains("error: lukket-grund: lukket-grund gives the ground for closing a document or item, and this one is open (adgang: åben); remove lukket-grund or write \"adgang: lukket\""), "\(run.stderr)")
    }

    @Test func aClosedItemIsMarkedAndThePublicEditionOmitsItsGround() throws {
        let closed = baseMeeting.replacingOccurrences(of: "    adgang: lukket\n    tekst: Sælges.\n",
                                                      with: "    adgang: lukket\n    lukket-grund: GRUNDEN-I-DETALJER\n    tekst: Sælges.\n")
        let folder = try meetingFolder(closed)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(try packet(in: folder).status == 0)
        let intern = try String(contentsOfFile: folder + "/ud/BR-2019-10-10-intern/punkter/03-br-413-19.txt", encoding: .utf8)
        #expect(intern.contains("Lukket punkt – lukket efter GRUNDEN-I-DETALJER"))
        let offentlig = try String(contentsOfFile: folder + "/ud/BR-2019-10-10-offentlig/punkter/03-br-413-19.txt", encoding: .utf8)
        #expect(offentlig.contains("Lukket punkt\n\nPunktet behandles for lukkede døre."))
        let everything = filesBelow(folder + "/ud/BR-2019-10-10-offentlig").compactMap {
            try? String(contentsOfFile: folder + "/ud/BR-2019-10-10-offentlig/" + $0, encoding: .utf8)
        }.joined()
        #expect(!everything.contains("GRUNDEN-I-DETALJER"))
    }

    @Test func aClosedItemPresentingADocumentIsMarkedWithItsGroundInTheInternalEdition() throws {
        let closed = baseMeeting.replacingOccurrences(of: "    kilde: plan.yaml\n", with: "    adgang: lukket\n    lukket-grund: GRUNDEN\n    kilde: plan.yaml\n")
        let folder = try meetingFolder(closed)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try packet(in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let intern = try String(contentsOfFile: folder + "/ud/BR-2019-10-10-intern/punkter/02-br-412-19.md", encoding: .utf8)
        #expect(intern.contains("**Lukket punkt** – lukket efter GRUNDEN"))
        let offentlig = try String(contentsOfFile: folder + "/ud/BR-2019-10-10-offentlig/punkter/02-br-412-19.md", encoding: .utf8)
        #expect(offentlig.contains("**Lukket punkt**") && !offentlig.contains("GRUNDEN"))
    }

    @Test func theInternalMinutesAreClosedWhenTheMeetingHasAClosedItem() throws {
        let out = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        #expect(try committeeDocs(["packet", "samples/møder/tmu-2019-09-02-referat.yaml", "--out", out]).status == 0)
        let intern = try String(contentsOfFile: out + "/TMU-2019-09-02-referat-intern/manifest.json", encoding: .utf8)
        let offentlig = try String(contentsOfFile: out + "/TMU-2019-09-02-referat-offentlig/manifest.json", encoding: .utf8)
        #expect(intern.contains("\"sti\": \"referat.txt\"") && intern.contains("\"punkt\": null, \"adgang\": \"lukket\"}"))
        #expect(!offentlig.contains("\"adgang\": \"lukket\""))
    }

    @Test func aClosedBilagOnAnOpenItemIsNamedAsWithheldInThePublicEdition() throws {
        let withClosedBilag = baseMeeting.replacingOccurrences(
            of: "fil: bilag/c.txt}", with: "fil: bilag/c.txt, adgang: lukket}")
        let folder = try meetingFolder(withClosedBilag)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(try packet(in: folder).status == 0)
        let offentlig = try String(contentsOfFile: folder + "/ud/BR-2019-10-10-offentlig/punkter/02-br-412-19.html", encoding: .utf8)
        #expect(offentlig.contains("Bilag 3. Brev fra Boligforeningen Nordlys om medfinansiering <em>(lukket bilag, offentliggøres ikke)</em>"))
        #expect(!offentlig.contains("02-br-412-19-3-c.txt"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/ud/BR-2019-10-10-offentlig/bilag/02-br-412-19-3-c.txt"))
        let intern = try String(contentsOfFile: folder + "/ud/BR-2019-10-10-intern/punkter/02-br-412-19.html", encoding: .utf8)
        #expect(intern.contains("<a href=\"../bilag/02-br-412-19-3-c.txt\">"))
    }
}

/// The samples as a secretary sends them: samples/møder/ holds the TMU, ØU and BR meetings of the
/// Solhaven case and each meeting's decisions file; the plan's route reads its decisions from them.
@Suite("The sample meeting cycle: TMU 2 September, ØU 1 October, BR 10 October 2019")
struct SampleCycleTests {
    /// `packet` on a sample meeting or decisions file, into a new folder; the published file's text.
    static func published(_ sample: String, _ file: String) throws -> String {
        let out = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let run = try committeeDocs(["packet", "samples/møder/" + sample, "--out", out])
        #expect(run.status == 0, "\(run.stderr)")
        return try String(contentsOfFile: out + "/" + file, encoding: .utf8)
    }

    @Test func theTMUAgendaShowsNoDecisionOfItsOwnMeetingOrALaterOne() throws {
        let item = try Self.published("tmu-2019-09-02.yaml", "TMU-2019-09-02-intern/punkter/02-tmu-231-19.txt")
        #expect(!item.contains("beslutning i mødet"))
        #expect(!item.contains("  godkendt"))
        #expect(item.contains("Teknik- og Miljøudvalget  2. september 2019  behandles på dette møde"))
        #expect(item.contains("Økonomiudvalget           1. oktober 2019    planlagt"))
    }

    @Test func theØUItemShowsTMUsDecisionFromTheTMUMinutes() throws {
        let item = try Self.published("øu-2019-10-01.yaml", "ØU-2019-10-01-intern/punkter/02-øu-301-19.txt")
        #expect(item.contains("Teknik- og Miljøudvalget indstiller, at Økonomiudvalget over for\nBorgerrepræsentationen anbefaler,"))
        #expect(item.contains("Teknik- og Miljøudvalgets beslutning i mødet den 2. september 2019\n"))
        #expect(item.contains("Indstillingen blev godkendt uden afstemning."))
        #expect(!item.contains("Økonomiudvalgets beslutning"))
        #expect(item.contains("Økonomiudvalget           1. oktober 2019    behandles på dette møde"))
    }

    @Test func theBRItemShowsTMUsAndØUsDecisionsInOrderAndNotItsOwn() throws {
        let item = try Self.published("br-2019-10-10.yaml", "BR-2019-10-10-intern/punkter/02-br-412-19.txt")
        #expect(item.contains("Indstilling om,"))
        #expect(item.contains("(Økonomiudvalget)"))
        let tmu = try #require(item.range(of: "Teknik- og Miljøudvalgets beslutning i mødet den 2. september 2019"))
        let øu = try #require(item.range(of: "Økonomiudvalgets beslutning i mødet den 1. oktober 2019"))
        #expect(tmu.lowerBound < øu.lowerBound)
        #expect(item.contains("Indstillingen blev godkendt med 9 stemmer imod 1. 1 undlod."))
        #expect(!item.contains("Borgerrepræsentationens beslutning"))
        #expect(item.contains("Borgerrepræsentationen    10. oktober 2019   behandles på dette møde"))
    }

    @Test func theStandaloneIndstillingIsShownAsOfItsOwnDate() throws {
        let out = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        #expect(try committeeDocs(["render", "samples/plan-helhedsplan-solhaven-foreloebig.yaml", "--out", out, "--format", "txt"]).status == 0)
        let indstilling = try String(contentsOfFile: out + "/2019-0412587/2019-0874120-indstilling.txt", encoding: .utf8)
        #expect(!indstilling.contains("beslutning i mødet"))
        #expect(indstilling.contains("Teknik- og Miljøudvalget  2. september 2019  planlagt"))
    }

    @Test func theTMUMinutesComeInBothEditions() throws {
        let out = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let run = try committeeDocs(["packet", "samples/møder/tmu-2019-09-02-referat.yaml", "--out", out])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "\(out)/TMU-2019-09-02-referat-intern\n\(out)/TMU-2019-09-02-referat-offentlig\n")
        #expect(filesBelow(out + "/TMU-2019-09-02-referat-intern") == ["manifest.json", "referat.html", "referat.md", "referat.txt"])
        let intern = try String(contentsOfFile: out + "/TMU-2019-09-02-referat-intern/referat.txt", encoding: .utf8)
        let offentlig = try String(contentsOfFile: out + "/TMU-2019-09-02-referat-offentlig/referat.txt", encoding: .utf8)
        #expect(intern.hasPrefix("Teknik- og Miljøudvalget – BESLUTNINGSPROTOKOL for ordinært møde mandag\nden 2. september 2019\n"))
        #expect(intern.contains("Mødet begyndte kl. 15.00 og sluttede kl. 16.40."))
        #expect(intern.contains("Udvalget tiltrådte forvaltningens forslag til afgørelse"))
        #expect(offentlig.contains("TMU 234/19 · Lukket punkt"))
        #expect(!offentlig.contains("Udvalget tiltrådte forvaltningens forslag til afgørelse"))
    }

    @Test func aDecisionsFileThatDoesNotMatchItsMeetingBuildsNoMinutes() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try writeDecisions(sampleDecisionsFile.replacingOccurrences(of: "nummer: TMU 234/19", with: "nummer: TMU 235/19"), in: folder)
        let run = try committeeDocs(["packet", "referat.yaml", "--out", "ud"], in: folder)
        #expect(run.status == 65)
        #expect(run.stderr.contains("referat.yaml:15:1: error: punkter: no decision for TMU 234/19; every item of the meeting needs one"), "\(run.stderr)")
        #expect(run.stderr.contains("referat.yaml:36:13: error: punkter[3].nummer: \"TMU 235/19\" is not an item of the meeting"), "\(run.stderr)")
        #expect(filesBelow(folder) == ["referat.yaml"])
    }
}

@Suite("A route step's decisions file (referat:)")
struct RouteDecisionsFileTests {
    /// A folder with the Solhaven plan (its TMU step reading `referat`), the sample TMU meeting and its decisions.
    static func folder(tmuStep: String) throws -> String {
        let folder = try temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder + "/møder", withIntermediateDirectories: true)
        for file in ["tmu-2019-09-02.yaml", "tmu-2019-09-02-referat.yaml"] {
            try FileManager.default.copyItem(atPath: packageRoot + "/samples/møder/" + file, toPath: folder + "/møder/" + file)
        }
        try FileManager.default.copyItem(atPath: packageRoot + "/samples/notat-omraadebaserede-indsatser.yaml", toPath: folder + "/notat-omraadebaserede-indsatser.yaml")
        try FileManager.default.copyItem(atPath: packageRoot + "/samples/plan-helhedsplan-solhaven-foreloebig.yaml", toPath: folder + "/plan-helhedsplan-solhaven-foreloebig.yaml")
        let plan = try standaloneSolhavenPlan().replacingOccurrences(of: "  - {udvalg: TMU, dato: 2019-09-02, status: planlagt}", with: tmuStep)
        try plan.write(toFile: folder + "/plan.yaml", atomically: true, encoding: .utf8)
        return folder
    }

    @Test func theStepTakesItsStatusAndDecisionFromTheMinutes() throws {
        let folder = try Self.folder(tmuStep: "  - {udvalg: TMU, dato: 2019-09-02, referat: møder/tmu-2019-09-02-referat.yaml}")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(try committeeDocs(["check", "plan.yaml"], in: folder).status == 0)
    }

    @Test func aStepAndItsMinutesMustBeTheSameMeeting() throws {
        let folder = try Self.folder(tmuStep: "  - {udvalg: TMU, dato: 2019-09-03, referat: møder/tmu-2019-09-02-referat.yaml}")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try committeeDocs(["check", "plan.yaml"], in: folder)
        #expect(run.status == 65)
        #expect(run.stderr == "plan.yaml:41:46: error: forløb[0].referat: \"møder/tmu-2019-09-02-referat.yaml\" records TMU's meeting of 02-09-2019, but this step is TMU's meeting of 03-09-2019\n")
    }

    @Test func aStepCannotBothTypeAndReadItsDecision() throws {
        let folder = try Self.folder(tmuStep: "  - {udvalg: TMU, dato: 2019-09-02, status: godkendt, referat: møder/tmu-2019-09-02-referat.yaml}")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try committeeDocs(["check", "plan.yaml"], in: folder)
        #expect(run.status == 65)
        #expect(run.stderr == "plan.yaml:41:45: error: forløb[0].status: the step's status comes from its decisions file (referat); remove status or referat, so the decision is written once\n")
    }

    @Test func aMissingDecisionsFileIsNamed() throws {
        let folder = try Self.folder(tmuStep: "  - {udvalg: TMU, dato: 2019-09-02, referat: møder/findes-ikke.yaml}")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try committeeDocs(["check", "plan.yaml"], in: folder)
        #expect(run.status == 65)
        #expect(run.stderr.hasPrefix("plan.yaml:41:46: error: forløb[0].referat: the decisions file \"møder/findes-ikke.yaml\" does not exist"), "\(run.stderr)")
    }
}
