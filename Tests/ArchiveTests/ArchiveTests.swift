import CommitteeDocsConcurrency
import Foundation
import CommitteeDocsFormatting
import CommitteeDocsModel
import Testing
@testable import CommitteeDocsArchive

private let memo = Archive.Series.document(try! Sagsnummer(parsing: "2009-45219"), try! Dokumentnummer(parsing: "2009-199623"))

private func submission(_ html: String = "<p>Notat</p>\n", udgave: Udgave = .offentlig) -> Archive.Deposit {
    var payload = memoPayload
    payload[0].bytes = Array(html.utf8)
    return Archive.Deposit(series: memo, udgave: udgave, payload: payload,
                           info: [("Udvalg", "Teknik- og Miljøudvalget"), ("Access", "åben")], baggingDate: DanishDate(parsing: "2009-04-06")!)
}

private let meeting = MeetingID(udvalg: .BR, dato: DanishDate(parsing: "2009-04-16")!, tillæg: false)

@Suite("The archive")
struct ArchiveTests {
    @Test func addingTheSameContentTwiceIsANoOp() throws {
        let shelf = try Shelf()
        let archive = Archive(root: shelf.path)
        #expect(try archive.add(submission(), generator: "committee-docs test") == .added("bags/2009-45219/2009-199623/v1-offentlig", version: 1))
        #expect(try archive.add(submission(), generator: "committee-docs test") == .unchanged("bags/2009-45219/2009-199623/v1-offentlig"))
        #expect(archive.bags() == ["bags/2009-45219/2009-199623/v1-offentlig"])
        #expect(archive.verify().map(\.description) == [])
    }

    @Test func changedContentBecomesTheNextVersionLinkedToThePrevious() throws {
        let shelf = try Shelf()
        let archive = Archive(root: shelf.path)
        _ = try archive.add(submission(), generator: "committee-docs test")
        let v1 = try String(contentsOfFile: shelf.path + "/bags/2009-45219/2009-199623/v1-offentlig/bag-info.txt", encoding: .utf8)
        #expect(try archive.add(submission("<p>Rettet notat</p>\n"), generator: "committee-docs test")
                == .added("bags/2009-45219/2009-199623/v2-offentlig", version: 2))
        let info = try String(contentsOfFile: shelf.path + "/bags/2009-45219/2009-199623/v2-offentlig/bag-info.txt", encoding: .utf8)
        #expect(info.contains("Version: 2\nPrevious-Version: bags/2009-45219/2009-199623/v1-offentlig\n"))
        #expect(info.contains("Source-SHA256: " + Bag.hex(SHA256Digest("dokument: notat\n")) + "\n"))
        // Version 1 is untouched.
        #expect(try String(contentsOfFile: shelf.path + "/bags/2009-45219/2009-199623/v1-offentlig/bag-info.txt", encoding: .utf8) == v1)
        #expect(archive.verify().map(\.description) == [])
    }

    @Test func aSeriesThatWouldLeaveTheArchiveIsRefused() throws {
        // Case and document numbers, meetings and editions are typed and cannot name another
        // folder; an item's name is text, and one that climbs out is refused.
        let shelf = try Shelf()
        let archive = Archive(root: shelf.path + "/arkiv")
        var escaping = submission()
        escaping.series = .meetingItem(meeting, item: "../../../udenfor", sagsnr: nil, dokumentnr: nil)
        var empty = submission()
        empty.series = .meetingItem(meeting, item: "", sagsnr: nil, dokumentnr: nil)
        let results = try archive.add([escaping, empty, submission()], generator: "committee-docs test")
        let failures = results.map { result -> String? in
            if case .failure(let failure) = result { return failure.description } else { return nil }
        }
        #expect(failures[0]?.hasSuffix("/arkiv/bags/møder/BR-2009-04-16/../../../udenfor: not a series of this archive (expected a relative path below bags/)") == true)
        #expect(failures[1]?.hasSuffix("/arkiv/bags/møder/BR-2009-04-16/: not a series of this archive (expected a relative path below bags/)") == true)
        #expect(failures[2] == nil)
        #expect(archive.bags() == ["bags/2009-45219/2009-199623/v1-offentlig"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: shelf.path).sorted() == ["arkiv"])
    }

    @Test func editionsAreSeparateBags() throws {
        let shelf = try Shelf()
        let archive = Archive(root: shelf.path)
        _ = try archive.add(submission(udgave: .offentlig), generator: "t")
        _ = try archive.add(submission(udgave: .intern), generator: "t")
        #expect(archive.bags() == ["bags/2009-45219/2009-199623/v1-intern", "bags/2009-45219/2009-199623/v1-offentlig"])
    }

    @Test func anUnfinishedBagIsNeitherABagNorAProblemAndIsClearedByTheNextAdd() throws {
        let shelf = try Shelf()
        let archive = Archive(root: shelf.path)
        _ = try archive.add(submission(), generator: "t")
        let leftover = shelf.path + "/bags/2009-45219/2009-199623/.v2-offentlig.tmp-123-abcdef12"
        try FileManager.default.createDirectory(atPath: leftover + "/data", withIntermediateDirectories: true)
        #expect(archive.bags() == ["bags/2009-45219/2009-199623/v1-offentlig"])
        #expect(archive.verify().map(\.description) == [])
        #expect(archive.unfinished() == ["bags/2009-45219/2009-199623/.v2-offentlig.tmp-123-abcdef12"])
        // The next add to the document clears it.
        _ = try archive.add(submission("<p>Ny</p>\n"), generator: "t")
        #expect(archive.unfinished() == [])
        #expect(archive.bags() == ["bags/2009-45219/2009-199623/v1-offentlig", "bags/2009-45219/2009-199623/v2-offentlig"])
    }

    @Test func oneGroupAddsEveryVersionInOrderAndSkipsRepeats() throws {
        let shelf = try Shelf()
        let archive = Archive(root: shelf.path)
        let outcomes = try archive.add([submission(), submission(), submission("<p>Rettet</p>\n"), submission(udgave: .intern)],
                                       generator: "t").map { try $0.get() }
        #expect(outcomes == [
            .added("bags/2009-45219/2009-199623/v1-offentlig", version: 1),
            .unchanged("bags/2009-45219/2009-199623/v1-offentlig"),
            .added("bags/2009-45219/2009-199623/v2-offentlig", version: 2),
            .added("bags/2009-45219/2009-199623/v1-intern", version: 1),
        ])
        let info = try String(contentsOfFile: shelf.path + "/bags/2009-45219/2009-199623/v2-offentlig/bag-info.txt", encoding: .utf8)
        #expect(info.contains("Previous-Version: bags/2009-45219/2009-199623/v1-offentlig\n"))
        #expect(try archive.index().search(.init()).map(\.path) == archive.bags())
        #expect(archive.verify().map(\.description) == [])
    }

    @Test func aMeetingsBagsLiveInTheirOwnSeries() throws {
        let shelf = try Shelf()
        let archive = Archive(root: shelf.path)
        var item = submission()
        item.series = .meetingItem(meeting, item: "02-br-181-09", sagsnr: try Sagsnummer(parsing: "2009-45219"), dokumentnr: nil)
        item.info += [("Mødedato", "2009-04-16"), ("Punkt", "2")]
        #expect(try archive.add(item, generator: "t") == .added("bags/møder/BR-2009-04-16/02-br-181-09/v1-offentlig", version: 1))
        _ = try archive.add(submission(), generator: "t")
        #expect(archive.bags() == ["bags/2009-45219/2009-199623/v1-offentlig", "bags/møder/BR-2009-04-16/02-br-181-09/v1-offentlig"])
        let found = try archive.index().search(.init(sagsnr: "2009-45219"))
        #expect(found.map(\.punkt) == [nil, "2"])
        #expect(found.map(\.mødedato) == [nil, "2009-04-16"])
        #expect(archive.verify().map(\.description) == [])
    }

    @Test func twoAddersAtOnceBothSucceed() throws {
        let shelf = try Shelf()
        let archive = Archive(root: shelf.path)
        let outcomes = orderedParallelMap(count: 8, width: 8) { index in
            try? archive.add(submission("<p>Version \(index % 2)</p>\n"), generator: "t")
        }
        #expect(outcomes.allSatisfy { $0 != nil })
        #expect(archive.verify().map(\.description) == [])
        // Every add either made a new version or found its content already latest; versions count up without gaps.
        let versions = archive.bags().map { $0.split(separator: "/").last! }
        #expect(versions == (1...versions.count).map { "v\($0)-offentlig" }.sorted())
    }
}

private func SHA256Digest(_ text: String) -> [UInt8] {
    Array(Archive.sha256(Array(text.utf8)))
}

@Suite("The archive's index")
struct ArchiveIndexTests {
    private func archiveWithTwoVersions() throws -> (Shelf, Archive) {
        let shelf = try Shelf()
        let archive = Archive(root: shelf.path)
        _ = try archive.add(submission(), generator: "t")
        var second = submission("<p>Rettet</p>\n")
        second.payload[2].bytes = Array("Helhedsplan for Sydhavnen, rettet\n".utf8)
        _ = try archive.add(second, generator: "t")
        return (shelf, archive)
    }

    @Test func aReadOnlyIndexFindsTheSameAndWritesNothing() throws {
        let (shelf, archive) = try archiveWithTwoVersions()
        let reader = try ArchiveIndex(path: shelf.path + "/index.sqlite", readOnly: true)
        #expect(try reader.search(.init(sagsnr: "2009-45219")) == archive.index().search(.init(sagsnr: "2009-45219")))
        #expect(throws: (any Error).self) { try reader.markDone(["bags/x"]) }
    }

    @Test func addedBagsAreIndexedAndFoundByCaseAndText() throws {
        let (shelf, archive) = try archiveWithTwoVersions()
        _ = shelf
        let index = try archive.index()
        #expect(try index.search(.init(sagsnr: "2009-45219")).map(\.path)
                == ["bags/2009-45219/2009-199623/v1-offentlig", "bags/2009-45219/2009-199623/v2-offentlig"])
        #expect(try index.search(.init(text: "sydhavnen rettet")).map(\.path) == ["bags/2009-45219/2009-199623/v2-offentlig"])
        #expect(try index.search(.init(sagsnr: "2010-00001")) == [])
        // The user's words are never FTS5 syntax: quotes, NEAR, * and parentheses are just text.
        #expect(try index.search(.init(text: "\"Notat NEAR( * OR")) == [])
        #expect(archive.verify().map(\.description) == [])
    }

    @Test func reindexRebuildsTheSameIndexFromTheBagsAlone() throws {
        let (shelf, archive) = try archiveWithTwoVersions()
        let before = try archive.index().search(.init())
        try FileManager.default.removeItem(atPath: shelf.path + "/index.sqlite")
        #expect(archive.verify().map(\.description) == ["\(shelf.path)/index.sqlite is missing; run `committee-docs archive reindex`"])
        #expect(try archive.reindex().count == 2)
        #expect(try archive.index().search(.init()) == before)
        #expect(archive.verify().map(\.description) == [])
    }

    @Test func verifyFindsAnIndexThatDisagreesWithTheBags() throws {
        let (shelf, archive) = try archiveWithTwoVersions()
        try archive.index().queue.write { db in
            try db.execute(sql: "UPDATE files SET sha256 = 'ff' WHERE bag = 'bags/2009-45219/2009-199623/v1-offentlig' AND path LIKE '%.html'")
            try db.execute(sql: "INSERT INTO bags (path, sagsnr, dokumentnr, udvalg, dato, edition, version, access) VALUES ('bags/x/y/v1-offentlig', 'x', 'y', '', '', '', 1, '')")
        }
        #expect(archive.verify().map(\.description) == [
            "\(shelf.path)/index.sqlite lists bags/x/y/v1-offentlig, which is not in the archive",
            "\(shelf.path)/index.sqlite: the checksums of bags/2009-45219/2009-199623/v1-offentlig differ from its manifest",
        ])
    }

    @Test func verifyComparesEveryFieldAndTheTextTheIndexHolds() throws {
        let (shelf, archive) = try archiveWithTwoVersions()
        let v1 = "bags/2009-45219/2009-199623/v1-offentlig"
        try archive.index().queue.write { db in
            try db.execute(sql: "UPDATE bags SET sagsnr = '2010-00001', access = 'lukket', udvalg = 'Økonomiudvalget' WHERE path = ?", arguments: [v1])
            try db.execute(sql: "UPDATE texts SET text = 'falsk tekst' WHERE bag = 'bags/2009-45219/2009-199623/v2-offentlig'")
        }
        #expect(archive.verify().map(\.description) == [
            "\(shelf.path)/index.sqlite: the record of \(v1) differs from its bag-info.txt (sagsnr \"2010-00001\" instead of \"2009-45219\", udvalg \"Økonomiudvalget\" instead of \"Teknik- og Miljøudvalget\", access \"lukket\" instead of \"åben\"); run `committee-docs archive reindex`",
            "\(shelf.path)/index.sqlite: the searchable text of bags/2009-45219/2009-199623/v2-offentlig differs from its bag's text files; run `committee-docs archive reindex`",
        ])
        #expect(try archive.reindex().count == 2)
        #expect(archive.verify().map(\.description) == [])
    }

    @Test func reindexRebuildsAGarbageIndexAndSetsItAside() throws {
        let (shelf, archive) = try archiveWithTwoVersions()
        let before = try archive.index().search(.init())
        // As a process leaves it: closed (its write-ahead log checkpointed), then overwritten.
        try archive.index().queue.close()
        #expect(!FileManager.default.fileExists(atPath: shelf.path + "/index.sqlite-wal"))
        let garbage = Array(repeating: UInt8(ascii: "x"), count: 8192)
        FileManager.default.createFile(atPath: shelf.path + "/index.sqlite", contents: Data(garbage))
        let fresh = Archive(root: shelf.path)
        #expect(fresh.verify().first?.description.hasPrefix("\(shelf.path)/index.sqlite cannot be read (") == true)
        let rebuilt = try fresh.reindex()
        #expect(rebuilt.count == 2)
        #expect(rebuilt.setAside == shelf.path + "/index.sqlite.beskadiget")
        #expect(FileManager.default.contents(atPath: shelf.path + "/index.sqlite.beskadiget") == Data(garbage))
        #expect(try fresh.index().search(.init()) == before)
        #expect(fresh.verify().map(\.description) == [])
        // A sound index is rebuilt in place, and nothing is set aside.
        #expect(try fresh.reindex().setAside == nil)
    }
}

@Suite("An add killed between index and bag")
struct PendingRecordTests {
    @Test func aPendingRecordCountsOnlyWhenItsBagExistsAndTheNextAddSettlesIt() throws {
        let shelf = try Shelf()
        let archive = Archive(root: shelf.path)
        _ = try archive.add(submission(), generator: "t")
        // As if a process died after recording v2 as pending but before renaming its bag into place.
        let ghost = ArchiveIndex.Entry(path: "bags/2009-45219/2009-199623/v2-offentlig", sagsnr: "2009-45219", dokumentnr: "2009-199623",
                                       udvalg: "", dato: "2009-04-06", udgave: "offentlig", version: 2, kle: nil, access: "åben")
        try archive.index().record([.init(entry: ghost, files: [], text: "")], pending: true)
        #expect(try archive.index().search(.init(), root: shelf.path).map(\.path) == ["bags/2009-45219/2009-199623/v1-offentlig"])
        #expect(archive.verify().map(\.description) == [])
        // The next add settles it and takes version 2 itself.
        #expect(try archive.add(submission("<p>Ny</p>\n"), generator: "t") == .added("bags/2009-45219/2009-199623/v2-offentlig", version: 2))
        #expect(archive.verify().map(\.description) == [])
        #expect(try archive.index().count() == 2)
    }
}
