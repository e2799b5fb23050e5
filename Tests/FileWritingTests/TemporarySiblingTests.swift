import Foundation
import Testing
@testable import CommitteeDocsFileWriting

@Suite("Temp-then-rename")
struct TemporarySiblingTests {
    private func scratchFolder() throws -> String {
        let folder = NSTemporaryDirectory() + "committee-docs-sibling-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func aTemporaryIsAHiddenSiblingNamingItsProcess() {
        let first = TemporarySibling.path(for: "out/BR-2019-10-10-offentlig")
        let second = TemporarySibling.path(for: "out/BR-2019-10-10-offentlig")
        #expect(first.hasPrefix("out/.BR-2019-10-10-offentlig.tmp-\(getpid())-"))
        #expect(first != second)
        #expect(TemporarySibling.path(for: "x.html").hasPrefix(".x.html.tmp-\(getpid())-"))
    }

    @Test func leftoversOfAGoneProcessAreRemovedAndARunningOnesKept() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // A pid above the kernel's limit (pid_max is at most 2^22) belongs to no process.
        let gone = folder + "/.pakke.tmp-99999999-1"
        let aside = folder + "/.pakke.old-99999999-2"
        let running = folder + "/.pakke.tmp-\(getpid())-3"
        let other = folder + "/.andet.tmp-99999999-4"
        for path in [gone, aside, running, other] { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false) }
        var removed: [String] = []
        TemporarySibling.removeLeftovers(of: folder + "/pakke") { removed.append($0) }
        #expect(removed == [aside, gone])
    }

    @Test func replacingSwapsTheNewFolderInAndLeavesTheOldAtTheTemporaryName() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let target = folder + "/pakke"
        try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: false)
        try "gammel".write(toFile: target + "/fil.txt", atomically: false, encoding: .utf8)
        let temporary = TemporarySibling.path(for: target)
        try FileManager.default.createDirectory(atPath: temporary, withIntermediateDirectories: false)
        try "ny".write(toFile: temporary + "/fil.txt", atomically: false, encoding: .utf8)
        var swapped = false
        #expect(TemporarySibling.replace(target, with: temporary, exists: true, reachedSwap: { swapped = true }) == nil)
        #expect(swapped)
        #expect(try String(contentsOfFile: target + "/fil.txt", encoding: .utf8) == "ny")
        #expect(try String(contentsOfFile: temporary + "/fil.txt", encoding: .utf8) == "gammel")
    }

    @Test func withNothingThereReplacingIsARename() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let temporary = TemporarySibling.path(for: folder + "/pakke")
        try FileManager.default.createDirectory(atPath: temporary, withIntermediateDirectories: false)
        #expect(TemporarySibling.replace(folder + "/pakke", with: temporary, exists: false) == nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["pakke"])
        // A target whose folder is missing cannot be placed, and says why.
        #expect(TemporarySibling.replace(folder + "/mangler/pakke", with: folder + "/ingen", exists: false) == .cannotPlace(ENOENT))
    }
}
