import Foundation
import TestSupport
import Testing
@testable import CommitteeDocsFileWriting

@Suite("Atomic writing")
struct AtomicWriterTests {
    @Test func filesAreWrittenIntoNewNestedFoldersWithoutLeftovers() throws {
        let root = try temporaryFolder("atomic")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let written = try AtomicWriter.write([
            (path: root + "/2009-45219/2009-199623-notat.html", contents: "<p>æøå</p>"),
            (path: root + "/2009-45219/2009-199623-notat.txt", contents: ""),
            (path: root + "/a/b/c/d.md", contents: "# Titel\n"),
        ])
        #expect(written.count == 3)
        #expect(FileManager.default.contents(atPath: root + "/2009-45219/2009-199623-notat.html") == Data("<p>æøå</p>".utf8))
        #expect(FileManager.default.contents(atPath: root + "/2009-45219/2009-199623-notat.txt") == Data())
        #expect(FileManager.default.contents(atPath: root + "/a/b/c/d.md") == Data("# Titel\n".utf8))
        let all = FileManager.default.enumerator(atPath: root)!.compactMap { $0 as? String }
        #expect(!all.contains { $0.contains(".tmp-") })
    }

    /// A meeting packet's combined document is held in pieces and written without joining them.
    @Test func aTextInPiecesIsWrittenHashedAndReadAsItsJoinedText() throws {
        let root = try temporaryFolder("atomic")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let pieces = ["# Dagsorden\n", "", "\n<!-- pagebreak -->\n\n**Punkt 2** · Åben\n"]
        let content = FileContent.pieces(pieces)
        try AtomicWriter.write([(path: root + "/pakke.md", content: content)])
        #expect(FileManager.default.contents(atPath: root + "/pakke.md") == Data(pieces.joined().utf8))
        #expect(content.text == pieces.joined() && content.bytes == Array(pieces.joined().utf8))
        var chunks: [[UInt8]] = []
        content.forEachChunk { chunks.append(Array($0)) }
        #expect(chunks == pieces.map { Array($0.utf8) })
    }

    @Test func aFileThatCannotBeWrittenLeavesNoneOfTheOthers() throws {
        let root = try temporaryFolder("atomic")
        defer { try? FileManager.default.removeItem(atPath: root) }
        FileManager.default.createFile(atPath: root + "/blocked", contents: Data("x".utf8))
        #expect(throws: AtomicWriter.Failure.self) {
            try AtomicWriter.write([
                (path: root + "/ok/first.html", contents: "først"),
                (path: root + "/blocked/second.html", contents: "anden"),  // a file where a folder must be
            ])
        }
        #expect(!FileManager.default.fileExists(atPath: root + "/ok/first.html"))
        let leftovers = FileManager.default.enumerator(atPath: root)!.compactMap { $0 as? String }
            .filter { $0.contains(".tmp-") }
        #expect(leftovers == [])
    }

    @Test func parentFolders() {
        #expect(AtomicWriter.parent(of: "out/2009-45219/x.html") == "out/2009-45219")
        #expect(AtomicWriter.parent(of: "x.html") == "")
        #expect(AtomicWriter.parent(of: "/x.html") == "/")
        #expect(TemporarySibling.path(for: "out/x.html").hasPrefix("out/.x.html.tmp-"))
        #expect(TemporarySibling.path(for: "x.html").hasPrefix(".x.html.tmp-"))
    }
}
