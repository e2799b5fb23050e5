import Foundation
import TestSupport
import Testing

/// A meeting folder with one plan item and one closed text item; each bad-input test breaks it once.
let baseMeeting = """
møde:
  udvalg: BR
  type: ordinært
  dato: 2019-10-10
  tid: "17:30"
  sted: Rådhuset
punkter:
  - titel: Foreløbig helhedsplan for Solhaven
    nummer: BR 412/19
    sagsnr: 2019-0412587
    kilde: plan.yaml
    dokumentnr: 2019-0874120
    bilag:
      - {titel: Foreløbig helhedsplan for Solhaven 2020-2023, fil: bilag/a.txt}
      - {titel: Budget fordelt på indsatsområder og år, fil: bilag/b.txt}
      - {titel: Brev fra Boligforeningen Nordlys om medfinansiering, fil: bilag/c.txt}
  - titel: Salg af ejendom
    nummer: BR 413/19
    sagsnr: 2019-0587766
    adgang: lukket
    tekst: Sælges.

"""

/// A new folder holding `meeting` as møde.yaml, the Solhaven plan as plan.yaml, bilag/a.txt and any
/// `extra` files (which may replace those); the caller removes it.
func meetingFolder(_ meeting: String, extra: [String: String] = [:]) throws -> String {
    let folder = try temporaryFolder()
    try FileManager.default.createDirectory(atPath: folder + "/bilag", withIntermediateDirectories: true)
    let plan = try standaloneSolhavenPlan()
    var files = ["plan.yaml": plan, "bilag/a.txt": "Et bilag.\n", "bilag/b.txt": "Budgettet.\n", "bilag/c.txt": "Brevet.\n",
                 "møde.yaml": meeting]
    files.merge(extra) { _, new in new }
    for (name, text) in files {
        try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
    }
    return folder
}

/// `packet møde.yaml --out ud` inside `folder`, with the checkout's rules and templates.
func packet(in folder: String, out: String = "ud") throws -> Run {
    try committeeDocs(["packet", "møde.yaml", "--out", out, "--rules", packageRoot + "/Rules/finansieringsregler.yaml",
                       "--templates", packageRoot + "/Templates"], in: folder)
}

/// Writes the meeting folder (with `meeting` as møde.yaml and any extra files), runs `packet`
/// inside it, and returns the run and what was published.
private func packet(_ meeting: String, extra: [String: String] = [:]) throws -> (run: Run, published: [String]) {
    let folder = try meetingFolder(meeting, extra: extra)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let run = try packet(in: folder)
    return (run, filesBelow(folder + "/ud"))
}

@Suite("packet: bad input is refused and nothing is published")
struct PacketBadInputTests {
    @Test func aMissingItemFile() throws {
        let result = try packet(baseMeeting.replacingOccurrences(of: "kilde: plan.yaml", with: "kilde: findes-ikke.yaml"))
        #expect(result.run.status == 65)
        #expect(result.run.stderr == "møde.yaml:11:12: error: punkter[0].kilde: the source \"findes-ikke.yaml\" does not exist (looked for findes-ikke.yaml)\n")
        #expect(result.published == [])
    }

    @Test func anAttachmentOutsideTheFolder() throws {
        let result = try packet(baseMeeting.replacingOccurrences(of: "fil: bilag/a.txt", with: "fil: ../../etc/passwd"))
        #expect(result.run.status == 65)
        #expect(result.run.stderr == "møde.yaml:14:68: error: punkter[0].bilag[0].fil: \"../../etc/passwd\" is outside the meeting's folder; attachments must be files in it or below it\n")
        #expect(result.published == [])
    }

    @Test func duplicateItemNumbers() throws {
        let result = try packet(baseMeeting.replacingOccurrences(of: "BR 413/19", with: "BR 412/19"))
        #expect(result.run.status == 65)
        #expect(result.run.stderr == "møde.yaml:17:5: error: punkter[1].nummer: \"BR 412/19\" is already the number of punkter[0]; every item has its own number\n")
        #expect(result.published == [])
    }

    @Test func aCycleOfSupplementaryAgendas() throws {
        let a = baseMeeting.replacingOccurrences(of: "  sted: Rådhuset\n", with: "  sted: Rådhuset\n  tillæg-til: b.yaml\n")
        let b = baseMeeting.replacingOccurrences(of: "  sted: Rådhuset\n", with: "  sted: Rådhuset\n  tillæg-til: møde.yaml\n")
        let result = try packet(a, extra: ["b.yaml": b])
        #expect(result.run.status == 65)
        #expect(result.run.stderr == "møde.yaml:7:15: error: møde.tillæg-til: the supplementary agendas refer to each other in a cycle: møde.yaml → b.yaml → møde.yaml\n")
        #expect(result.published == [])
    }

    @Test func aClosedItemWithAPublicAttachment() throws {
        let result = try packet(baseMeeting.replacingOccurrences(of: "    tekst: Sælges.\n",
                                                                  with: "    tekst: Sælges.\n    bilag:\n      - {titel: Tilbud, fil: bilag/a.txt, adgang: åben}\n"))
        #expect(result.run.status == 65)
        #expect(result.run.stderr == "møde.yaml:23:51: error: punkter[1].bilag[0].adgang: an attachment of a closed item (adgang: lukket) cannot be public; remove \"adgang: åben\" or open the item\n")
        #expect(result.published == [])
    }

    @Test func aMeetingWithNoItems() throws {
        let result = try packet(String(baseMeeting[..<baseMeeting.range(of: "punkter:")!.lowerBound]) + "punkter: []\n")
        #expect(result.run.status == 65)
        #expect(result.run.stderr == "møde.yaml:7:10: error: punkter: must not be an empty list\n")
        #expect(result.published == [])
    }

    @Test func anItemWhosePlanBreaksAFundingRuleAndAMissingAttachmentAreBothListed() throws {
        let plan = try standaloneSolhavenPlan()
            .replacingOccurrences(of: "beløb: 4.500.000}", with: "beløb: 4.680.000}")
            .replacingOccurrences(of: "{kilde: Københavns Kommune, art: kommune, beløb: 900.000}",
                                  with: "{kilde: Københavns Kommune, art: kommune, beløb: 720.000}")
        let result = try packet(baseMeeting.replacingOccurrences(of: "fil: bilag/a.txt", with: "fil: bilag/mangler.txt"),
                                extra: ["plan.yaml": plan])
        #expect(result.run.status == 65)
        #expect(result.run.stderr == """
            møde.yaml:14:68: error: punkter[0].bilag[0].fil: the attachment "bilag/mangler.txt" does not exist (looked for bilag/mangler.txt)
            plan.yaml:35:48: error: finansiering: Landsbyggefonden pays 78,0 pct. (4.680.000 kr. of 6.000.000 kr.); at most 75 pct. is allowed for helhedsplaner (LBF 2019-26)
            plan.yaml:36:54: error: finansiering: local co-financing is 22,0 pct. (1.320.000 kr. of 6.000.000 kr.); at least 25 pct. is required for helhedsplaner (LBF 2019-26)

            """)
        #expect(result.published == [])
    }
}

@Suite("packet: the editions")
struct PacketEditionTests {
    @Test func bothEditionsArePublishedInTheirOwnFolders() throws {
        let result = try packet(baseMeeting)
        #expect(result.run.status == 0)
        #expect(result.run.stdout == "ud/BR-2019-10-10-intern\nud/BR-2019-10-10-offentlig\n")
        let intern = result.published.filter { $0.hasPrefix("BR-2019-10-10-intern/") }.map { String($0.dropFirst(21)) }
        let offentlig = result.published.filter { $0.hasPrefix("BR-2019-10-10-offentlig/") }.map { String($0.dropFirst(24)) }
        #expect(intern.contains("bilag/02-br-412-19-1-a.txt"))
        #expect(intern.contains("punkter/03-br-413-19.html"))
        #expect(offentlig.contains("punkter/03-br-413-19.html"))  // the closed item is there, without content
        #expect(!result.published.contains { $0.contains(".tmp-") || $0.contains(".old-") })
        #expect(intern.filter { !$0.contains("/") && !$0.hasSuffix("/") }.sorted()
                == ["bilag", "dagsorden.html", "dagsorden.md", "dagsorden.txt", "manifest.json", "pakke.html", "pakke.md", "pakke.txt", "punkter"])
    }

    @Test func thePublicEditionHidesClosedContentAndTheManifestHashesEveryFile() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try committeeDocs(["packet", "samples/møder/br-2019-10-10.yaml", "--out", folder])
        #expect(run.status == 0)
        let offentlig = folder + "/BR-2019-10-10-offentlig"
        let closed = try String(contentsOfFile: offentlig + "/punkter/07-br-417-19.txt", encoding: .utf8)
        #expect(closed.contains("Punktet behandles for lukkede døre."))
        #expect(!closed.contains("højstbydende"))
        #expect(!FileManager.default.fileExists(atPath: offentlig + "/bilag/07-br-417-19-1-tilbud-valby-langgade.txt"))
        #expect(FileManager.default.fileExists(atPath: folder + "/BR-2019-10-10-intern/bilag/07-br-417-19-1-tilbud-valby-langgade.txt"))

        // Check the manifest independently: sha256sum over every listed file.
        let manifest = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: offentlig + "/manifest.json"))) as! [String: Any]
        let listed = manifest["filer"] as! [[String: Any]]
        #expect(Set(listed.map { $0["sti"] as! String }) == Set(filesBelow(offentlig).filter {
            !FileManager.default.isDirectory(offentlig + "/" + $0) && $0 != "manifest.json"
        }))
        for entry in listed {
            let path = offentlig + "/" + (entry["sti"] as! String)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
            process.arguments = [path]
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(output.prefix(64) == (entry["sha256"] as! String), "\(path)")
            #expect((try FileManager.default.attributesOfItem(atPath: path)[.size] as! NSNumber).intValue == entry["bytes"] as! Int)
        }
    }
}

@Suite("Meeting files with check and render")
struct MeetingCheckTests {
    @Test func checkBuildsTheMeetingInMemoryAndWritesNothing() throws {
        let run = try committeeDocs(["check", "samples/møder/br-2019-10-10.yaml", "samples/møder/tmu-2019-09-02.yaml"])
        #expect(run.status == 0)
        #expect(run.stdout == "")
        #expect(run.stderr == "")
    }

    @Test func renderPointsAMeetingFileToPacket() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try committeeDocs(["render", "samples/møder/tmu-2019-09-02.yaml", "--out", folder])
        #expect(run.status == 65)
        #expect(run.stderr == "samples/møder/tmu-2019-09-02.yaml:4:1: error: møde: this is a meeting file: build its packet with `committee-docs packet samples/møder/tmu-2019-09-02.yaml`\n")
        #expect(filesBelow(folder) == [])
    }
}

@Suite("packet: one error, once")
struct PacketRepeatedErrorTests {
    @Test func twoItemsPresentingOneBrokenPlanReportItsErrorOnce() throws {
        let plan = try standaloneSolhavenPlan().replacingOccurrences(of: "beløb: 4.500.000}", with: "beløb: 4.680.000}")
        let twice = baseMeeting.replacingOccurrences(of: "  - titel: Salg af ejendom\n", with: """
              - titel: Foreløbig helhedsplan for Solhaven, igen
                nummer: BR 414/19
                sagsnr: 2019-0412587
                kilde: plan.yaml
                dokumentnr: 2019-0893318
              - titel: Salg af ejendom

            """)
        let folder = try meetingFolder(twice, extra: ["plan.yaml": plan])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try packet(in: folder)
        #expect(run.status == 65)
        #expect(run.stderr.components(separatedBy: "Landsbyggefonden pays 78,0 pct.").count == 2, "\(run.stderr)")
    }
}

@Suite("packet: where an item's source lives")
struct PacketSourcePathTests {
    @Test func anAbsoluteSourcePathIsUsedAsWritten() throws {
        let folder = try meetingFolder(baseMeeting)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try baseMeeting.replacingOccurrences(of: "kilde: plan.yaml", with: "kilde: \(folder)/plan.yaml")
            .write(toFile: folder + "/møde.yaml", atomically: true, encoding: .utf8)
        // The meeting file named with its folder: a relative source is read from that folder.
        let run = try committeeDocs(["packet", folder + "/møde.yaml", "--out", folder + "/ud",
                                     "--rules", packageRoot + "/Rules/finansieringsregler.yaml", "--templates", packageRoot + "/Templates"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder + "/ud/BR-2019-10-10-intern/punkter/02-br-412-19.html"))
    }
}
