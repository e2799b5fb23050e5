import Foundation
import TestSupport
import Testing

/// A meeting with closed content of every kind, in a folder of its own:
/// - item "BR 412/19" is open and presents the Solhaven plan's indstilling, while the plan file
///   also holds a closed memo ("uforbrugt beløb på 2,4 mio. kr." is in that memo only);
/// - item "BR 417/19" is closed and presents a closed memo ("HEMMELIGT-NOTAT");
/// - item "BR 418/19" is closed, with its own text ("HEMMELIG-TEKST"), an attachment
///   ("HEMMELIGT-BILAG") and its ground ("GRUND-FOR-PUNKTET", lukket-grund), which only the
///   internal edition shows; the closed memo has a ground too ("GRUND-I-NOTATET");
/// - item "BR 415/19" is open, with one closed attachment ("LUKKET-BILAG-TIL-ÅBENT-PUNKT").
private func closedMeeting() throws -> (folder: String, meeting: String, secrets: [String]) {
    let folder = try temporaryFolder()
    let plan = try standaloneSolhavenPlan()
        .replacingOccurrences(of: "  - dokument: notat\n    dokumentnr: 2019-0893318\n",
                              with: "  - dokument: notat\n    dokumentnr: 2019-0893318\n    adgang: lukket\n")
        // Item BR 412/19 attaches no bilag, so its indstilling lists none.
        .replacingOccurrences(of: """
                  bilag:
                    - Foreløbig helhedsplan for Solhaven 2020-2023
                    - Budget fordelt på indsatsområder og år
                    - Brev fra Boligforeningen Nordlys om medfinansiering

              """, with: "")
    #expect(plan.contains("adgang: lukket"))
    try plan.write(toFile: folder + "/plan.yaml", atomically: true, encoding: .utf8)
    try """
        dokument: notat
        til: Borgerrepræsentationen
        titel: Salg af ejendommen Valby Langgade 180
        dato: 2019-09-20
        sagsnr: 2019-0587766
        dokumentnr: 2019-0912345
        sagsbehandler: Ida Sørensen
        adgang: lukket
        lukket-grund: "offentlighedslovens § 33, nr. 3 (GRUND-I-NOTATET)"
        afsnit:
          - overskrift: Tilbud
            tekst: Det højeste bud er HEMMELIGT-NOTAT.

        """.write(toFile: folder + "/notat-lukket.yaml", atomically: true, encoding: .utf8)
    try FileManager.default.createDirectory(atPath: folder + "/bilag", withIntermediateDirectories: true)
    try "Skadens omfang: HEMMELIGT-BILAG\n".write(toFile: folder + "/bilag/skade.txt", atomically: true, encoding: .utf8)
    try "Indstillingen: LUKKET-BILAG-TIL-ÅBENT-PUNKT\n".write(toFile: folder + "/bilag/indstilling.txt", atomically: true, encoding: .utf8)
    try "Kvarterudvalgets sammensætning.\n".write(toFile: folder + "/bilag/udvalg.txt", atomically: true, encoding: .utf8)
    try """
        møde:
          udvalg: BR
          type: ordinært
          dato: 2019-10-10
          tid: "17:30"
          sted: Rådhuset, Borgerrepræsentationens mødesal
        punkter:
          - titel: Foreløbig helhedsplan for Solhaven
            nummer: BR 412/19
            sagsnr: 2019-0412587
            kilde: plan.yaml
            dokumentnr: 2019-0874120
          - titel: Udpegning af medlem til Kvarterudvalget i Valby
            nummer: BR 415/19
            sagsnr: 2019-0611203
            tekst: Borgerrepræsentationen udpeger et nyt medlem.
            bilag:
              - {titel: Kvarterudvalget, fil: bilag/udvalg.txt}
              - {titel: Partiets indstilling, fil: bilag/indstilling.txt, adgang: lukket}
          - titel: Salg af ejendommen Valby Langgade 180
            nummer: BR 417/19
            sagsnr: 2019-0587766
            adgang: lukket
            kilde: notat-lukket.yaml
          - titel: Erstatningssag vedrørende vandskade i Sydhavn
            nummer: BR 418/19
            sagsnr: 2019-0590014
            adgang: lukket
            lukket-grund: "offentlighedslovens § 30, nr. 1 (GRUND-FOR-PUNKTET)"
            tekst: Sagen rummer HEMMELIG-TEKST om private forhold.
            bilag:
              - {titel: Skadesopgørelse, fil: bilag/skade.txt}

        """.write(toFile: folder + "/møde.yaml", atomically: true, encoding: .utf8)
    let secrets = ["uforbrugt beløb på 2,4 mio. kr.", "HEMMELIGT-NOTAT", "HEMMELIG-TEKST", "HEMMELIGT-BILAG", "LUKKET-BILAG-TIL-ÅBENT-PUNKT",
                   "GRUND-I-NOTATET", "GRUND-FOR-PUNKTET"]
    return (folder, folder + "/møde.yaml", secrets)
}

/// Every bag below `archive` with its Access and the text of all its files (payload and tags).
private func bagsWithAccess(_ archive: String) throws -> [(bag: String, access: String, text: String)] {
    try bagsBelow(archive).map { bag in
        let folder = archive + "/" + bag
        let info = try String(contentsOfFile: folder + "/bag-info.txt", encoding: .utf8)
        let access = info.split(separator: "\n").first { $0.hasPrefix("Access: ") }.map { String($0.dropFirst("Access: ".count)) } ?? ""
        let text = filesBelow(folder).compactMap { FileManager.default.contents(atPath: folder + "/" + $0) }
            .map { String(decoding: $0, as: UTF8.self) }.joined(separator: "\n")
        return (bag, access, text)
    }
}

@Suite("Confidentiality: closed content never reaches a public bag")
struct ConfidentialityTests {
    @Test func noBagMarkedOpenHoldsAnyClosedContent() throws {
        let (folder, meeting, secrets) = try closedMeeting()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let archive = folder + "/arkiv"
        let run = try committeeDocs(["archive", "add", "--archive", archive, meeting])
        #expect(run.status == 0, "\(run.stderr)")
        let bags = try bagsWithAccess(archive)
        #expect(bags.count == 12)
        for (bag, access, text) in bags where access == "åben" {
            for secret in secrets {
                #expect(!text.contains(secret), "\(bag) is marked åben but holds \"\(secret)\"")
            }
        }
        // The closed content is kept, in bags marked closed.
        for secret in secrets {
            #expect(bags.contains { $0.access == "lukket" && $0.text.contains(secret) }, "\(secret) is in no closed bag")
        }
    }

    @Test func thePublishedPublicEditionHoldsNoClosedContentEither() throws {
        let (folder, meeting, secrets) = try closedMeeting()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try committeeDocs(["packet", meeting, "--out", folder + "/ud", "--edition", "public"])
        #expect(run.status == 0, "\(run.stderr)")
        let edition = folder + "/ud/BR-2019-10-10-offentlig"
        let files = filesBelow(edition).compactMap { FileManager.default.contents(atPath: edition + "/" + $0) }
        #expect(files.count > 10)
        let text = files.map { String(decoding: $0, as: UTF8.self) }.joined(separator: "\n")
        for secret in secrets { #expect(!text.contains(secret), "the public edition holds \"\(secret)\"") }
    }

    @Test func anOpenItemCannotPresentAClosedDocument() throws {
        let (folder, meeting, _) = try closedMeeting()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let text = try String(contentsOfFile: meeting, encoding: .utf8)
            .replacingOccurrences(of: "    adgang: lukket\n    kilde: notat-lukket.yaml\n", with: "    kilde: notat-lukket.yaml\n")
        try text.write(toFile: meeting, atomically: true, encoding: .utf8)
        let run = try committeeDocs(["packet", meeting, "--out", folder + "/ud"])
        #expect(run.status == 65)
        #expect(run.stderr.contains("\(meeting):23:12: error: punkter[2].kilde: the item is open but its document 2019-0912345 is closed (adgang: lukket); mark the item \"adgang: lukket\""),
                "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder + "/ud"))
    }
}

/// Both editions of the BR sample meeting, published into `folder/ud`.
private func publishedBR(_ folder: String) throws -> (intern: String, offentlig: String) {
    let run = try committeeDocs(["packet", "samples/møder/br-2019-10-10.yaml", "--out", folder + "/ud"])
    #expect(run.status == 0, "\(run.stderr)")
    return (folder + "/ud/BR-2019-10-10-intern", folder + "/ud/BR-2019-10-10-offentlig")
}

private func editManifest(_ edition: String, _ edit: (String) -> String) throws {
    let manifest = edition + "/manifest.json"
    let text = try String(contentsOfFile: manifest, encoding: .utf8)
    let edited = edit(text)
    #expect(edited != text, "the edit changed nothing")
    try edited.write(toFile: manifest, atomically: false, encoding: .utf8)
}

@Suite("A packet folder's manifest cannot steer the archive")
struct PacketFolderClaimsTests {
    @Test func anItemNameThatLeavesTheArchiveIsRefused() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let (_, offentlig) = try publishedBR(folder)
        try editManifest(offentlig) { $0.replacingOccurrences(of: "\"navn\": \"02-br-412-19\"", with: "\"navn\": \"../../../../udenfor\"") }
        let archive = folder + "/a/b/c/arkiv"
        let run = try committeeDocs(["archive", "add", "--archive", archive, offentlig])
        #expect(run.status == 65)
        #expect(run.stderr.contains("\(offentlig)/manifest.json:9:"), "\(run.stderr)")
        #expect(run.stderr.contains("punkter[1].navn: \"../../../../udenfor\" is not the item's name (expected \"02-br-412-19\")"), "\(run.stderr)")
        #expect(run.stdout == "")
        #expect(filesBelow(folder).allSatisfy { !$0.contains("udenfor") })
        #expect(bagsBelow(archive).isEmpty)
    }

    @Test func aCaseNumberThatIsNotOneIsRefused() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let (_, offentlig) = try publishedBR(folder)
        try editManifest(offentlig) { $0.replacingOccurrences(of: "\"sagsnr\": \"2019-0412587\"", with: "\"sagsnr\": \"x/../y\"") }
        let run = try committeeDocs(["archive", "add", "--archive", folder + "/arkiv", offentlig])
        #expect(run.status == 65)
        #expect(run.stderr.contains("punkter[1].sagsnr: \"x/../y\" is not a case number"), "\(run.stderr)")
    }

    @Test func anInternalEditionRelabelledPublicIsRefused() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let (intern, _) = try publishedBR(folder)
        try editManifest(intern) { $0.replacingOccurrences(of: "\"udgave\": \"intern\"", with: "\"udgave\": \"offentlig\"") }
        let run = try committeeDocs(["archive", "add", "--archive", folder + "/arkiv", intern])
        #expect(run.status == 65)
        #expect(run.stderr.contains("\(intern): error: the folder's name says the internal edition, its manifest.json the public one"), "\(run.stderr)")
        #expect(run.stderr.contains("bilag/07-br-417-19-1-tilbud-valby-langgade.txt is closed (adgang: lukket), and a public edition holds nothing closed"),
                "\(run.stderr)")
        #expect(run.stdout == "")
        #expect(bagsBelow(folder + "/arkiv").isEmpty)
    }

    @Test func aPublicClaimIsCheckedAgainstTheClosedItemsPages() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let (intern, _) = try publishedBR(folder)
        // Relabelled throughout, the closed attachment removed and the folder renamed: the closed
        // items' pages still show their content, not the public stand-in.
        try FileManager.default.removeItem(atPath: intern + "/bilag/07-br-417-19-1-tilbud-valby-langgade.txt")
        try editManifest(intern) { text in
            text.replacingOccurrences(of: "\"udgave\": \"intern\"", with: "\"udgave\": \"offentlig\"")
                .split(separator: "\n", omittingEmptySubsequences: false)
                .filter { !$0.contains("07-br-417-19-1-tilbud") }
                .map { $0.contains("\"sti\"") ? $0.replacingOccurrences(of: "\"adgang\": \"lukket\"", with: "\"adgang\": \"åben\"") : String($0) }
                .joined(separator: "\n")
        }
        let renamed = folder + "/ud/kopi"
        try FileManager.default.moveItem(atPath: intern, toPath: renamed)
        let run = try committeeDocs(["archive", "add", "--archive", folder + "/arkiv", renamed])
        #expect(run.status == 65)
        for page in ["07-br-417-19", "08-br-418-19"] {
            #expect(run.stderr.contains("punkter/\(page).txt is not the public stand-in of a closed item, and a public edition shows no closed item's content"),
                    "\(run.stderr)")
        }
        #expect(bagsBelow(folder + "/arkiv").isEmpty)
    }

    @Test func bothPublishedEditionsAreAcceptedAsTheyAre() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let (intern, offentlig) = try publishedBR(folder)
        let run = try committeeDocs(["archive", "add", "--archive", folder + "/arkiv", intern, offentlig])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(bagsBelow(folder + "/arkiv").count == 18)
    }
}
