import Foundation
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
        #expect(again.stdout == "unchanged \(archive)/bags/2024-18822/2024-410065/v1-offentlig\n")
        #expect(try committeeDocs(["archive", "verify", "--archive", archive]).stdout == "1 bags verified\n")

        let bag = archive + "/bags/2024-18822/2024-410065/v1-offentlig"
        try "ændret\n".write(toFile: bag + "/data/2024-410065-notat.txt", atomically: false, encoding: .utf8)
        let verify = try committeeDocs(["archive", "verify", "--archive", archive])
        #expect(verify.status == 65)
        #expect(verify.stderr.hasPrefix("error: \(bag): data/2024-410065-notat.txt does not match its SHA256 in manifest-sha256.txt (altered)\n"))
    }

    @Test func theSameInputsGiveIdenticalBagsInTwoArchives() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for name in ["a", "b"] {
            let run = try committeeDocs(["archive", "add", "--archive", folder + "/" + name, "samples/plan-omraadefornyelse-sydhavn.yaml"])
            #expect(run.status == 0)
        }
        let files = filesBelow(folder + "/a").filter { !$0.hasSuffix(".lock") }
        #expect(files == filesBelow(folder + "/b").filter { !$0.hasSuffix(".lock") })
        #expect(files.contains("bags/2015-0287731/2015-0933140/v1-offentlig/manifest-sha512.txt"))
        for file in files {
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(atPath: folder + "/a/" + file, isDirectory: &isFolder)
            if isFolder.boolValue { continue }
            #expect(FileManager.default.contents(atPath: folder + "/a/" + file) == FileManager.default.contents(atPath: folder + "/b/" + file), "\(file)")
        }
        let list = try committeeDocs(["archive", "list", "--archive", folder + "/a", "--sagsnr", "2015-0287731"])
        #expect(list.stdout == "bags/2015-0287731/2015-0933140/v1-offentlig\nbags/2015-0287731/2015-0978812/v1-offentlig\n")
    }
}
