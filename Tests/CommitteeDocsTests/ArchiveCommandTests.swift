import Foundation
import TestSupport
import Testing

@Suite("archive: add, verify, list")
struct ArchiveCommandTests {
    @Test func addingTwiceKeepsOneVersionAndVerifyFindsTampering() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let archive = folder + "/arkiv"
        let first = try committeeDocs(["archive", "add", "--archive", archive, "samples/notat-kort.yaml"])
        #expect(first.status == 0)
        #expect(first.stdout == "added \(archive)/bags/2024-18822/2024-410065/v1-offentlig (version 1)\n")
        let again = try committeeDocs(["archive", "add", "--archive", archive, "samples/notat-kort.yaml"])
        #expect(again.status == 0)
        #expect(again.stderr == "")
        #expect(again.stdout == "unchanged \(archive)/bags/2024-18822/2024-410065/v1-offentlig\n")
        #expect(bagsBelow(archive).count == 1)
        #expect(try committeeDocs(["archive", "verify", "--archive", archive]).stdout == "1 bags verified\n")

        let bag = archive + "/bags/2024-18822/2024-410065/v1-offentlig"
        try "ændret\n".write(toFile: bag + "/data/2024-410065-notat.txt", atomically: false, encoding: .utf8)
        let verify = try committeeDocs(["archive", "verify", "--archive", archive])
        #expect(verify.status == 65)
        #expect(verify.stderr.hasPrefix("error: \(bag): data/2024-410065-notat.txt does not match its SHA256 in manifest-sha256.txt (altered)\n"))
    }

    @Test func searchFindsBagsByTextCommitteeAndDatesAndExportCopiesABagOut() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let archive = folder + "/arkiv"
        let add = try committeeDocs(["archive", "add", "--archive", archive, "samples/notat-kort.yaml",
                                     "samples/notat-omraadebaserede-indsatser.yaml", "samples/plan-omraadefornyelse-sydhavn.yaml"])
        #expect(add.status == 0, "\(add.stderr)")
        func search(_ filters: [String]) throws -> [String] {
            let run = try committeeDocs(["archive", "search", "--archive", archive] + filters)
            #expect(run.status == 0, "\(run.stderr)")
            return run.stdout.split(separator: "\n").map { String($0.split(separator: " ")[0]) }
        }
        #expect(try search(["--text", "mødekalender udvalgsværelse"]) == ["bags/2024-18822/2024-410065/v1-offentlig"])
        #expect(try search(["--text", "ordet-findes-ikke"]) == [])
        #expect(try search(["--udvalg", "Borgerrepræsentationen"]) == ["bags/2015-0287731/2015-0978812/v1-offentlig"])
        #expect(try search(["--from", "2015-11-01", "--to", "2015-11-30"]) == ["bags/2015-0287731/2015-0933140/v1-offentlig"])
        #expect(try search(["--from", "01-06-2024"]) == ["bags/2024-18822/2024-410065/v1-offentlig"])
        #expect(try search(["--to", "2010-01-01"]) == ["bags/2009-45219/2009-199623/v1-offentlig"])
        let badDate = try committeeDocs(["archive", "search", "--archive", archive, "--from", "i går"])
        #expect(badDate.status == 64)
        #expect(badDate.stderr.contains("--from \"i går\" is not a date (expected 2019-10-10)"))

        let bag = "bags/2024-18822/2024-410065/v1-offentlig"
        let export = try committeeDocs(["archive", "export", "--archive", archive, bag, "--to", folder + "/udlån"])
        #expect(export.status == 0, "\(export.stderr)")
        let copy = folder + "/udlån/bags_2024-18822_2024-410065_v1-offentlig"
        #expect(export.stdout == copy + "\n")
        #expect(filesBelow(copy) == filesBelow(archive + "/" + bag))
        for file in filesBelow(copy) where !file.hasSuffix("data") && !file.hasSuffix("kilde") {
            #expect(FileManager.default.contents(atPath: copy + "/" + file) == FileManager.default.contents(atPath: archive + "/" + bag + "/" + file))
        }
        let missing = try committeeDocs(["archive", "export", "--archive", archive, "bags/x/y/v1-offentlig", "--to", folder + "/udlån"])
        #expect(missing.status == 66)
        #expect(missing.stderr == "\(archive): error: no bag bags/x/y/v1-offentlig\n")
    }

    @Test func baggingDateIsTheOneGivenOrElseTheDocumentsOwn() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        func baggingDate(_ extra: [String]) throws -> String? {
            let archive = folder + "/arkiv-\(extra.count)"
            #expect(try committeeDocs(["archive", "add", "--archive", archive, "samples/notat-kort.yaml"] + extra).status == 0)
            let info = try committeeDocs(["archive", "show", "--archive", archive, "bags/2024-18822/2024-410065/v1-offentlig"]).stdout
            return info.split(separator: "\n").first { $0.hasPrefix("Bagging-Date: ") }.map { String($0.dropFirst("Bagging-Date: ".count)) }
        }
        #expect(try baggingDate([]) == "2024-06-03")
        #expect(try baggingDate(["--bagging-date", "15-01-2025"]) == "2025-01-15")
        let bad = try committeeDocs(["archive", "add", "--archive", folder + "/x", "--bagging-date", "2025-13-01", "samples/notat-kort.yaml"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("--bagging-date \"2025-13-01\" is not a date (expected 2020-01-15)"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/x"))
    }

    @Test func aGarbageIndexIsRepairedByReindex() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let archive = folder + "/arkiv"
        #expect(try committeeDocs(["archive", "add", "--archive", archive, "samples/notat-kort.yaml"]).status == 0)
        FileManager.default.createFile(atPath: archive + "/index.sqlite", contents: Data(repeating: 0x78, count: 4096))
        let verify = try committeeDocs(["archive", "verify", "--archive", archive])
        #expect(verify.status == 65)
        #expect(verify.stderr.contains("run `committee-docs archive reindex`"))
        let reindex = try committeeDocs(["archive", "reindex", "--archive", archive])
        #expect(reindex.status == 0, "\(reindex.stderr)")
        #expect(reindex.stdout == "1 bags indexed\n")
        #expect(reindex.stderr == "note: \(archive)/index.sqlite could not be read or rebuilt in place; it was set aside as \(archive)/index.sqlite.beskadiget\n")
        #expect(try committeeDocs(["archive", "verify", "--archive", archive]).stdout == "1 bags verified\n")
        #expect(try committeeDocs(["archive", "search", "--archive", archive, "--text", "mødekalender"]).stdout.hasPrefix("bags/2024-18822/2024-410065/v1-offentlig"))
    }

    @Test func theSameInputsGiveIdenticalBagsInTwoArchives() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for name in ["a", "b"] {
            let run = try committeeDocs(["archive", "add", "--archive", folder + "/" + name, "samples/plan-omraadefornyelse-sydhavn.yaml",
                                         "samples/møder/br-2019-10-10.yaml"])
            #expect(run.status == 0)
        }
        let files = filesBelow(folder + "/a").filter { !$0.hasSuffix(".lock") }
        #expect(files == filesBelow(folder + "/b").filter { !$0.hasSuffix(".lock") })
        #expect(files.contains("bags/2015-0287731/2015-0933140/v1-offentlig/manifest-sha512.txt"))
        #expect(files.contains("bags/møder/BR-2019-10-10/pakke/v1-intern/data/pakke.html"))
        for file in files {
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(atPath: folder + "/a/" + file, isDirectory: &isFolder)
            if isFolder.boolValue { continue }
            #expect(FileManager.default.contents(atPath: folder + "/a/" + file) == FileManager.default.contents(atPath: folder + "/b/" + file), "\(file)")
        }
        let list = try committeeDocs(["archive", "list", "--archive", folder + "/a", "--sagsnr", "2015-0287731"])
        #expect(list.stdout == """
            bags/2015-0287731/2015-0933140/v1-offentlig  2015-11-09  Teknik- og Miljøudvalget  v1 offentlig
            bags/2015-0287731/2015-0978812/v1-offentlig  2015-12-01  Borgerrepræsentationen  v1 offentlig
            bags/møder/BR-2019-10-10/04-br-414-19/v1-intern  2019-10-10  Borgerrepræsentationen  v1 intern
            bags/møder/BR-2019-10-10/04-br-414-19/v1-offentlig  2019-10-10  Borgerrepræsentationen  v1 offentlig

            """)
    }
}

@Suite("archive: meetings and packet folders")
struct ArchiveMeetingTests {
    @Test func aMeetingIsKeptAsABagPerItemAndOneForThePacketInEachEdition() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let archive = folder + "/arkiv"
        let run = try committeeDocs(["archive", "add", "--archive", archive, "samples/møder/tmu-2019-09-02.yaml"])
        #expect(run.status == 0, "\(run.stderr)")
        let items = ["01-godkendelse-af-dagsordenen", "02-tmu-231-19", "03-tmu-232-19", "04-tmu-233-19", "05-tmu-234-19", "pakke"]
        #expect(run.stdout == ["intern", "offentlig"].flatMap { edition in
            items.map { "added \(archive)/bags/møder/TMU-2019-09-02/\($0)/v1-\(edition) (version 1)\n" }
        }.joined())
        #expect(try committeeDocs(["archive", "verify", "--archive", archive]).stdout == "12 bags verified\n")

        // The same meeting again changes nothing.
        let again = try committeeDocs(["archive", "add", "--archive", archive, "samples/møder/tmu-2019-09-02.yaml"])
        #expect(again.stdout.split(separator: "\n").allSatisfy { $0.hasPrefix("unchanged ") })

        // An item's bag names the meeting and the item's place; it is found by its case.
        let show = try committeeDocs(["archive", "show", "--archive", archive, "bags/møder/TMU-2019-09-02/04-tmu-233-19/v1-offentlig"])
        #expect(show.stdout.contains("""
            Sagsnr: 2009-45219
            Dokumentnr: 2009-199623
            Udvalg: Teknik- og Miljøudvalget
            Mødedato: 2019-09-02
            Punkt: 4
            Punktnummer: TMU 233/19
            External-Description: Politisk inddragelse i de områdebaserede indsatser
            Access: åben
            Edition: offentlig
            """))
        let list = try committeeDocs(["archive", "list", "--archive", archive, "--sagsnr", "2009-45219"])
        #expect(list.stdout == """
            bags/møder/TMU-2019-09-02/04-tmu-233-19/v1-intern  2019-09-02  Teknik- og Miljøudvalget  v1 intern
            bags/møder/TMU-2019-09-02/04-tmu-233-19/v1-offentlig  2019-09-02  Teknik- og Miljøudvalget  v1 offentlig

            """)
        let json = try committeeDocs(["archive", "search", "--archive", archive, "--sagsnr", "2009-45219", "--json"])
        #expect(json.stdout.contains("\"mødedato\" : \"2019-09-02\""))
        #expect(json.stdout.contains("\"punkt\" : \"4\""))

        // The index rebuilt from the bags alone knows the same.
        let everything = try committeeDocs(["archive", "list", "--archive", archive, "--json"]).stdout
        try FileManager.default.removeItem(atPath: archive + "/index.sqlite")
        #expect(try committeeDocs(["archive", "reindex", "--archive", archive]).stdout == "12 bags indexed\n")
        #expect(try committeeDocs(["archive", "list", "--archive", archive, "--json"]).stdout == everything)
    }

    @Test func aPublishedPacketFolderIsKeptAfterItsManifestIsChecked() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(try committeeDocs(["packet", "samples/møder/tmu-2019-09-02.yaml", "--out", folder + "/ud"]).status == 0)
        let archive = folder + "/arkiv"
        let run = try committeeDocs(["archive", "add", "--archive", archive, folder + "/ud/TMU-2019-09-02-offentlig"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.split(separator: "\n").count == 6)
        #expect(try committeeDocs(["archive", "verify", "--archive", archive]).stdout == "6 bags verified\n")

        // A folder changed after publishing is refused, and nothing of it is kept.
        try "ændret\n".write(toFile: folder + "/ud/TMU-2019-09-02-intern/dagsorden.md", atomically: false, encoding: .utf8)
        let refused = try committeeDocs(["archive", "add", "--archive", archive, folder + "/ud/TMU-2019-09-02-intern"])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("/ud/TMU-2019-09-02-intern/manifest.json:"))
        #expect(refused.stderr.contains("dagsorden.md differs from the manifest"))
        #expect(refused.stdout == "")
        #expect(try committeeDocs(["archive", "verify", "--archive", archive]).stdout == "6 bags verified\n")
    }

    @Test func anInvalidMeetingIsReportedAndNothingOfItIsKept() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // A copy of samples/ whose meeting has an item with a malformed case number.
        try FileManager.default.copyItem(atPath: packageRoot + "/samples", toPath: folder + "/samples")
        let file = folder + "/samples/møder/tmu-2019-09-02.yaml"
        try String(contentsOfFile: file, encoding: .utf8).replacingOccurrences(of: "sagsnr: 2024-18822", with: "sagsnr: 18822")
            .write(toFile: file, atomically: false, encoding: .utf8)
        let run = try committeeDocs(["archive", "add", "--archive", folder + "/arkiv", file, "samples/notat-kort.yaml"])
        #expect(run.status == 65)
        #expect(run.stderr.hasPrefix(file + ":25:13: error: punkter[1].sagsnr: "), "\(run.stderr)")
        // The other input is kept.
        #expect(run.stdout == "added \(folder)/arkiv/bags/2024-18822/2024-410065/v1-offentlig (version 1)\n")
    }
}

/// Two `archive add` processes at once, over the same documents and a meeting: both succeed,
/// one waiting for the other's lock, and the archive holds each bag once.
@Test func twoAddProcessesAtOnceBothSucceed() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let archive = folder + "/arkiv"
    let inputs = ["samples/plan-helhedsplan-solhaven-endelig.yaml", "samples/møder/tmu-2019-09-02.yaml", "samples/notat-kort.yaml"]
    let processes = (0..<2).map { _ in
        let process = committeeDocsProcess(["archive", "add", "--archive", archive] + inputs)
        process.standardOutput = FileHandle.nullDevice
        return process
    }
    for process in processes { try process.run() }
    for process in processes {
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }
    let bags = try committeeDocs(["archive", "list", "--archive", archive]).stdout.split(separator: "\n")
    #expect(bags.allSatisfy { $0.split(separator: " ")[0].hasSuffix("/v1-offentlig") || $0.split(separator: " ")[0].hasSuffix("/v1-intern") })
    #expect(try committeeDocs(["archive", "verify", "--archive", archive]).stdout == "\(bags.count) bags verified\n")
    #expect(bags.count == 2 + 1 + 12)  // the plan's two documents, the memo, and the meeting's 2 × 6 bags
}

/// Four `archive add` processes at once, 40 memos each (30 of their own and 10 that all four
/// add): every process succeeds, the shared memos are kept once, and the archive verifies.
@Test func fourAddProcessesAtOnceAllSucceed() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let archive = folder + "/arkiv"
    let memo = try String(contentsOfFile: packageRoot + "/samples/notat-kort.yaml", encoding: .utf8)
    func memoFile(_ number: Int) throws -> String {
        let file = folder + "/notat-\(number).yaml"
        if !FileManager.default.fileExists(atPath: file) {
            try memo.replacingOccurrences(of: "dokumentnr: 2024-410065", with: "dokumentnr: 2024-\(600_000 + number)")
                .write(toFile: file, atomically: false, encoding: .utf8)
        }
        return file
    }
    let shared = try (1...10).map(memoFile)
    let processes = try (0..<4).map { index in
        let own = try (1...30).map { try memoFile(100 * (index + 1) + $0) }
        let process = committeeDocsProcess(["archive", "add", "--archive", archive] + own + shared)
        process.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        return (process, errors)
    }
    for (process, _) in processes { try process.run() }
    for (process, errors) in processes {
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(stderr)")
        #expect(stderr == "")
    }
    let bags = try committeeDocs(["archive", "list", "--archive", archive]).stdout.split(separator: "\n")
    #expect(bags.count == 4 * 30 + 10)
    #expect(bags.allSatisfy { $0.split(separator: " ")[0].hasSuffix("/v1-offentlig") })
    #expect(try committeeDocs(["archive", "verify", "--archive", archive]).stdout == "130 bags verified\n")
}

/// `archive add` killed with SIGKILL at 20 random moments, each time in a fresh archive (ten
/// anywhere in the run, ten once the index exists), over the samples and 120 more memos, so the
/// add spans several groups of bags: every bag the add reported is there, the bags on disk are
/// exactly the bags the index lists, `verify` accepts the archive, an interrupted bag is never
/// half-present, and a following add completes it with exactly one version per document. (Where
/// a random kill lands depends on the machine; CrashPointTests kills at each named point of a
/// group commit, deterministically.)
@Test func anAddKilledAtAnyMomentLeavesAnArchiveThatVerifies() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let (inputs, documents) = try samplesAndMemos(in: folder, memos: 120)
    // Kill moments are spread over the time a whole add takes on this machine.
    let start = Date()
    #expect(try committeeDocs(["archive", "add", "--archive", folder + "/uafbrudt"] + inputs).status == 0)
    let whole = Date().timeIntervalSince(start)
    var generator = SplitMix(seed: 2009_45219)
    for round in 0..<20 {
        let archive = folder + "/arkiv-\(round)"
        let reports = folder + "/rapport-\(round).txt"
        FileManager.default.createFile(atPath: reports, contents: nil)
        let process = committeeDocsProcess(["archive", "add", "--archive", archive] + inputs)
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: reports))
        process.standardError = FileHandle.nullDevice
        try process.run()
        if round < 10 {
            // Anywhere in the run: while loading and rendering, while bagging, or after.
            usleep(UInt32(whole * 1e6 * (0.2 + 0.8 * Double(generator.next() % 1000) / 1000)))
        } else {
            // Once the index exists (opened just before the first bag), up to two thirds of a
            // whole add's time more.
            let deadline = Date().addingTimeInterval(10)
            while !FileManager.default.fileExists(atPath: archive + "/index.sqlite"), Date() < deadline { usleep(200) }
            usleep(UInt32(whole * 1e6 * 0.66 * Double(generator.next() % 1000) / 1000))
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        _ = try expectArchiveAgreesAfterKill(archive, reports: reports)
        try expectASecondAddCompletes(archive, inputs: inputs, documents: documents)
    }
}

/// Every memo and plan of samples/ and `memos` more memos (copies of notat-kort.yaml with their
/// own numbers, written into `folder`), and how many documents they hold.
func samplesAndMemos(in folder: String, memos: Int) throws -> (inputs: [String], documents: Int) {
    var inputs = try FileManager.default.contentsOfDirectory(atPath: packageRoot + "/samples")
        .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".json") }.sorted().map { packageRoot + "/samples/" + $0 }
    let memo = try String(contentsOfFile: packageRoot + "/samples/notat-kort.yaml", encoding: .utf8)
    try FileManager.default.createDirectory(atPath: folder + "/notater", withIntermediateDirectories: true)
    for number in 1...memos {
        let file = folder + "/notater/notat-\(number).yaml"
        try memo.replacingOccurrences(of: "dokumentnr: 2024-410065", with: "dokumentnr: 2024-\(500_000 + number)")
            .write(toFile: file, atomically: false, encoding: .utf8)
        inputs.append(file)
    }
    return (inputs, 11 + memos)  // the documents of samples/ (four memos and the plans' seven), and the memos
}

/// After an `archive add` was killed: every add it reported (whole lines of `reports`) is in
/// place, the bags on disk are exactly the ones the index lists, at most one group is
/// unreported, and the archive verifies. Returns how many bags are on disk.
func expectArchiveAgreesAfterKill(_ archive: String, reports: String) throws -> Int {
    // (Only whole lines: the kill may cut the output in the middle of one.)
    let output = try String(contentsOfFile: reports, encoding: .utf8)
    let reported = output[..<(output.lastIndex(of: "\n") ?? output.startIndex)].split(separator: "\n")
        .filter { $0.hasPrefix("added ") }.map { String($0.dropFirst("added ".count).split(separator: " ")[0]) }
    for bag in reported {
        #expect(FileManager.default.fileExists(atPath: bag + "/bagit.txt"), "reported but missing: \(bag)")
    }
    let onDisk = bagsBelow(archive + "/bags").map { "bags/" + $0 }
    if FileManager.default.fileExists(atPath: archive + "/index.sqlite") {
        let listed = try committeeDocs(["archive", "list", "--archive", archive]).stdout.split(separator: "\n")
            .map { String($0.split(separator: " ")[0]) }
        #expect(listed.sorted() == onDisk.sorted())
    } else {
        #expect(onDisk.isEmpty)
    }
    // Reports go out group by group: only the group in flight at the kill can be unreported.
    #expect(onDisk.count >= reported.count && onDisk.count - reported.count <= 64, "\(onDisk.count) bags, \(reported.count) reported")
    if !onDisk.isEmpty {
        let verify = try committeeDocs(["archive", "verify", "--archive", archive])
        #expect(verify.status == 0, "\(verify.stderr)")
        #expect(!verify.stderr.contains("error:"))
    }
    return onDisk.count
}

/// A second, whole `archive add` completes a killed one's archive: one version per document.
func expectASecondAddCompletes(_ archive: String, inputs: [String], documents: Int) throws {
    let final = try committeeDocs(["archive", "add", "--archive", archive] + inputs)
    #expect(final.status == 0, "\(final.stderr)")
    let after = try committeeDocs(["archive", "list", "--archive", archive]).stdout.split(separator: "\n")
    #expect(after.count == documents)
    #expect(after.allSatisfy { $0.split(separator: " ").first!.hasSuffix("/v1-offentlig") })  // no bag half made or made twice
    let verify = try committeeDocs(["archive", "verify", "--archive", archive])
    #expect(verify.stdout == "\(documents) bags verified\n")
    #expect(verify.stderr == "")  // no unfinished bag left behind either
}

/// The bags below a folder, by their folders' names (`v1-offentlig`), found without the tool.
func bagsBelow(_ folder: String) -> [String] {
    guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
    var bags: [String] = []
    for case let path as String in walker {
        let name = (path as NSString).lastPathComponent
        if name.hasPrefix(".") || name == "data" {
            walker.skipDescendants()
        } else if name.range(of: "^v[0-9]+-(offentlig|intern)$", options: .regularExpression) != nil {
            bags.append(path)
            walker.skipDescendants()
        }
    }
    return bags
}

/// A small deterministic random number generator, so the kill moments are the same in every run.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
