import Foundation
import Testing
@testable import CommitteeDocsArchive

/// A folder for bags, removed when the test ends.
final class Shelf {
    let path = NSTemporaryDirectory() + "committee-docs-bags-" + UUID().uuidString
    init() throws { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) }
    deinit { try? FileManager.default.removeItem(atPath: path) }
}

let memoPayload: [Bag.PayloadFile] = [
    .init(path: "2009-199623-notat.html", bytes: Array("<p>Notat</p>\n".utf8)),
    .init(path: "2009-199623-notat.md", bytes: Array("# Notat\n".utf8)),
    .init(path: "2009-199623-notat.txt", bytes: Array("Notat\n=====\n".utf8)),
    .init(path: "kilde/notat-omraadebaserede-indsatser.yaml", bytes: Array("dokument: notat\n".utf8)),
]
let memoInfo = [("Bagging-Date", "2009-04-06"), ("Sagsnr", "2009-45219"), ("Dokumentnr", "2009-199623"),
                ("Udvalg", "Teknik- og Miljøudvalget"), ("Access", "åben"), ("Version", "1"), ("Generator", "committee-docs 0.1.0")]

@Suite("BagIt bags")
struct BagTests {
    @Test func aBagHasTheRFC8493FilesAndAnOxum() throws {
        let shelf = try Shelf()
        let oxum = try Bag.write(memoPayload, info: memoInfo, to: shelf.path + "/bag")
        #expect(oxum == "\(13 + 8 + 12 + 16).4")
        #expect(try String(contentsOfFile: shelf.path + "/bag/bagit.txt", encoding: .utf8)
                == "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n")
        #expect(try String(contentsOfFile: shelf.path + "/bag/bag-info.txt", encoding: .utf8) == """
            Payload-Oxum: 49.4
            Bagging-Date: 2009-04-06
            Sagsnr: 2009-45219
            Dokumentnr: 2009-199623
            Udvalg: Teknik- og Miljøudvalget
            Access: åben
            Version: 1
            Generator: committee-docs 0.1.0

            """)
        #expect(BagVerifier.problems(in: shelf.path + "/bag").map(\.description) == [])
    }

    /// The manifests read back with coreutils, not with our code: sha256sum -c and sha512sum -c
    /// inside the bag check every payload and tag file.
    @Test func theManifestsCheckOutWithCoreutils() throws {
        let shelf = try Shelf()
        try Bag.write(memoPayload, info: memoInfo, to: shelf.path + "/bag")
        let bag = shelf.path + "/bag"
        for (tool, manifest) in [("sha256sum", "manifest-sha256.txt"), ("sha512sum", "manifest-sha512.txt"), ("sha256sum", "tagmanifest-sha256.txt")] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/" + tool)
            process.arguments = ["--check", "--strict", manifest]
            process.currentDirectoryURL = URL(fileURLWithPath: bag)
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\(tool) --check \(manifest)")
        }
        let listed = try String(contentsOfFile: bag + "/manifest-sha256.txt", encoding: .utf8).split(separator: "\n").count
        #expect(listed == memoPayload.count)
        let tags = try String(contentsOfFile: bag + "/tagmanifest-sha256.txt", encoding: .utf8)
        #expect(tags.split(separator: "\n").map { $0.split(separator: " ").last! } == ["bagit.txt", "bag-info.txt", "manifest-sha256.txt", "manifest-sha512.txt"])
    }

    @Test func theSameInputsGiveTheSameBytes() throws {
        let shelf = try Shelf()
        try Bag.write(memoPayload, info: memoInfo, to: shelf.path + "/a")
        try Bag.write(memoPayload.reversed(), info: memoInfo, to: shelf.path + "/b")
        for file in ["bagit.txt", "bag-info.txt", "manifest-sha256.txt", "manifest-sha512.txt", "tagmanifest-sha256.txt"] {
            #expect(FileManager.default.contents(atPath: shelf.path + "/a/" + file) == FileManager.default.contents(atPath: shelf.path + "/b/" + file))
        }
    }

    @Test func aBagIsNeverOverwrittenAndPayloadPathsStayInside() throws {
        let shelf = try Shelf()
        try Bag.write(memoPayload, info: memoInfo, to: shelf.path + "/bag")
        #expect(throws: Bag.Failure.self) { try Bag.write(memoPayload, info: memoInfo, to: shelf.path + "/bag") }
        #expect(throws: Bag.Failure.self) {
            try Bag.write([.init(path: "../ud.txt", bytes: [])], info: memoInfo, to: shelf.path + "/other")
        }
        #expect(!FileManager.default.fileExists(atPath: shelf.path + "/other"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: shelf.path) == ["bag"])  // no temporary left
    }
}

@Suite("Tampering is found")
struct TamperingTests {
    private func freshBag() throws -> (Shelf, String) {
        let shelf = try Shelf()
        try Bag.write(memoPayload, info: memoInfo, to: shelf.path + "/bag")
        return (shelf, shelf.path + "/bag")
    }

    @Test func aChangedByte() throws {
        let (shelf, bag) = try freshBag()
        _ = shelf
        try "<p>Notat!</p>\n".write(toFile: bag + "/data/2009-199623-notat.html", atomically: false, encoding: .utf8)
        #expect(BagVerifier.problems(in: bag).map(\.description) == [
            "\(bag): data/2009-199623-notat.html does not match its SHA256 in manifest-sha256.txt (altered)",
            "\(bag): data/2009-199623-notat.html does not match its SHA512 in manifest-sha512.txt (altered)",
            "\(bag): Payload-Oxum is 49.4 but the payload is 50.4 (octets.files)",
        ])
    }

    @Test func aDeletedFile() throws {
        let (shelf, bag) = try freshBag()
        _ = shelf
        try FileManager.default.removeItem(atPath: bag + "/data/2009-199623-notat.md")
        #expect(BagVerifier.problems(in: bag).map(\.description) == [
            "\(bag): data/2009-199623-notat.md is listed in manifest-sha256.txt but missing",
            "\(bag): data/2009-199623-notat.md is listed in manifest-sha512.txt but missing",
            "\(bag): Payload-Oxum is 49.4 but the payload is 41.3 (octets.files)",
        ])
    }

    @Test func anAddedFile() throws {
        let (shelf, bag) = try freshBag()
        _ = shelf
        try "x".write(toFile: bag + "/data/ekstra.txt", atomically: false, encoding: .utf8)
        #expect(BagVerifier.problems(in: bag).map(\.description) == [
            "\(bag): data/ekstra.txt is not listed in manifest-sha256.txt (extra file)",
            "\(bag): data/ekstra.txt is not listed in manifest-sha512.txt (extra file)",
            "\(bag): Payload-Oxum is 49.4 but the payload is 50.5 (octets.files)",
        ])
    }

    @Test func aChangedBagInfo() throws {
        let (shelf, bag) = try freshBag()
        _ = shelf
        let info = try String(contentsOfFile: bag + "/bag-info.txt", encoding: .utf8)
        try info.replacingOccurrences(of: "Access: åben", with: "Access: lukket").write(toFile: bag + "/bag-info.txt", atomically: false, encoding: .utf8)
        #expect(BagVerifier.problems(in: bag).map(\.description) == [
            "\(bag): bag-info.txt does not match its SHA256 in tagmanifest-sha256.txt (altered)",
        ])
    }
}
