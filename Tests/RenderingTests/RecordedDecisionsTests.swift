import Foundation
import TestSupport
import Testing
@testable import CommitteeDocsRendering

/// A plan's route reads its decisions from the meetings' decisions files; one renderer keeps what
/// it read while the files are unchanged, and reads a changed file again.
@Suite("Recorded decisions")
struct RecordedDecisionsTests {
    /// The sample TMU meeting and its decisions in a new folder, with the Solhaven plan whose TMU
    /// step reads them.
    static func folder() throws -> String {
        let folder = NSTemporaryDirectory() + "recorded-decisions-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder + "/møder", withIntermediateDirectories: true)
        for file in ["tmu-2019-09-02.yaml", "tmu-2019-09-02-referat.yaml"] {
            try FileManager.default.copyItem(atPath: packageRoot + "/samples/møder/" + file, toPath: folder + "/møder/" + file)
        }
        try FileManager.default.copyItem(atPath: packageRoot + "/samples/notat-omraadebaserede-indsatser.yaml",
                                         toPath: folder + "/notat-omraadebaserede-indsatser.yaml")
        let plan = try String(contentsOfFile: packageRoot + "/samples/plan-helhedsplan-solhaven-foreloebig.yaml", encoding: .utf8)
            .replacingOccurrences(of: #"\{udvalg: (ØU|BR), dato: ([0-9-]+), referat: [^}]*\}"#, with: "{udvalg: $1, dato: $2}",
                                  options: .regularExpression)
            // The ØU notat, dated after TMU's meeting, shows no route; the ansøgning neither. The
            // indstilling to ØU below does: it is dated after TMU's meeting.
            .replacingOccurrences(of: "    dato: 2019-08-20\n    til: TMU", with: "    dato: 2019-09-03\n    til: ØU")
        try plan.write(toFile: folder + "/plan.yaml", atomically: true, encoding: .utf8)
        return folder
    }

    func indstilling(_ renderer: Renderer, _ folder: String) throws -> String {
        let documents = try renderer.render(bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder + "/plan.yaml"))),
                                            file: folder + "/plan.yaml")
        return try #require(documents.first { $0.basePath.hasSuffix("-indstilling") }).contents(.txt)
    }

    @Test func aChangedDecisionsFileIsReadAgain() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let renderer = try shippedRenderer()
        let before = try indstilling(renderer, folder)
        #expect(before.contains("Teknik- og Miljøudvalgets beslutning i mødet den 2. september 2019"))
        #expect(before.contains("Indstillingen blev godkendt uden afstemning."))
        // Read again, unchanged: the same.
        #expect(try indstilling(renderer, folder) == before)

        let decisions = folder + "/møder/tmu-2019-09-02-referat.yaml"
        try String(contentsOfFile: decisions, encoding: .utf8)
            .replacingOccurrences(of: "  - nummer: TMU 231/19\n    resultat: godkendt\n", with: "  - nummer: TMU 231/19\n    resultat: udsat\n")
            .write(toFile: decisions, atomically: true, encoding: .utf8)
        let after = try indstilling(renderer, folder)
        #expect(after.contains("Sagen blev udsat."))
        #expect(!after.contains("Indstillingen blev godkendt uden afstemning."))
    }
}
