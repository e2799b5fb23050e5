import Foundation
import TestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A running preview under an editor that saves far faster than anyone types.
@Suite(.serialized, .timeLimit(.minutes(3)))
struct PreviewStressTests {
    @Test func twoHundredRapidSavesLeaveItAliveCurrentAndBounded() throws {
        let (_, file, source) = try memoFolder()
        let preview = try PreviewProcess(file)
        _ = try #require(try RawHTTP.poll("/dokument/1.html", port: preview.port, seconds: 10) { $0.status == 200 })
        // Warm up (templates, DTD, the first renders), then measure.
        for index in 0..<5 {
            try memo(source, title: "Opvarmning \(index)").write(toFile: file, atomically: true, encoding: .utf8)
            _ = try #require(try RawHTTP.poll("/dokument/1.html", port: preview.port, seconds: 10) { $0.body.contains("Opvarmning \(index)") })
        }
        let before = try #require(preview.residentKilobytes)

        for index in 0..<200 {
            let text = index % 7 == 3 ? memo(source, title: "Gemt \(index)", sagsnr: "2009-4521x")  // broken
                : index % 11 == 5 ? String(source.prefix(source.utf8.count / 2))  // cut off mid-file
                : memo(source, title: "Gemt nummer \(index)")
            // Half the saves replace the file (as most editors do), half rewrite it in place.
            try text.write(toFile: file, atomically: index % 2 == 0, encoding: .utf8)
            Thread.sleep(forTimeInterval: 0.003)
        }
        let final = "Endelig titel efter 200 gemninger"
        try memo(source, title: final).write(toFile: file, atomically: true, encoding: .utf8)

        let shown = try RawHTTP.poll("/dokument/1.html", port: preview.port, seconds: 10) { $0.body.contains(final) }
        #expect(shown != nil, "the final title did not appear")
        #expect(preview.process.isRunning)
        // No older render overwrites the final one later: still the final title, no banner.
        Thread.sleep(forTimeInterval: 1)
        #expect(try RawHTTP.get("/dokument/1.html", port: preview.port).body.contains(final))
        #expect(try !RawHTTP.get("/tilstand", port: preview.port).body.contains("id=\\\"fejl\\\""))
        let after = try #require(preview.residentKilobytes)
        print("preview stress: VmRSS \(before) kB before 200 saves, \(after) kB after (\((after - before) / 1024) MB growth)")
        #expect(after - before < 50 * 1024, "memory grew \(after - before) kB over 200 saves")
        #expect(preview.stop() == 0)
    }
}
