import Foundation
import TestSupport
import Testing

/// What a save anywhere the document comes from does to the page.
@Suite(.serialized, .timeLimit(.minutes(3)))
struct PreviewWatchingTests {
    /// A copy of samples/ (meetings, their bilag, the plans and memos they present).
    func samplesCopy() throws -> String {
        let folder = NSTemporaryDirectory() + "committee-docs-preview-samples-" + UUID().uuidString
        try FileManager.default.copyItem(atPath: packageRoot + "/samples", toPath: folder)
        return folder
    }

    @Test func aMeetingFollowsTheMemoOneOfItsItemsPresents() throws {
        let samples = try samplesCopy()
        let preview = try PreviewProcess(samples + "/møder/tmu-2019-09-02.yaml")
        _ = try #require(try RawHTTP.poll("/dokument/7.html", port: preview.port, seconds: 30) { $0.body.contains("Politisk inddragelse") })
        let memoFile = samples + "/notat-omraadebaserede-indsatser.yaml"
        let source = try String(contentsOfFile: memoFile, encoding: .utf8)
        try memo(source, title: "Inddragelse set fra mødet").write(toFile: memoFile, atomically: true, encoding: .utf8)
        #expect(try RawHTTP.poll("/dokument/7.html", port: preview.port, seconds: 10) { $0.body.contains("Inddragelse set fra mødet") } != nil)
        #expect(preview.stop() == 0)
    }

    @Test func aPlanFollowsTheDecisionsFileItsRouteReads() throws {
        let samples = try samplesCopy()
        let preview = try PreviewProcess(samples + "/plan-helhedsplan-solhaven-foreloebig.yaml")
        _ = try #require(try RawHTTP.poll("/dokument/1.html", port: preview.port, seconds: 30) { $0.status == 200 })
        // Break the decisions file a route step reads: the plan's page shows that file's error.
        let decisions = samples + "/møder/tmu-2019-09-02-referat.yaml"
        let text = try String(contentsOfFile: decisions, encoding: .utf8)
        try (text + "\nukendt-nøgle: 1\n").write(toFile: decisions, atomically: true, encoding: .utf8)
        let broken = try RawHTTP.poll("/", port: preview.port, seconds: 10) { $0.body.contains("tmu-2019-09-02-referat.yaml:") }
        #expect(broken != nil)
        try text.write(toFile: decisions, atomically: true, encoding: .utf8)
        #expect(try RawHTTP.poll("/", port: preview.port, seconds: 10) { !$0.body.contains("id=\"fejl\"") } != nil)
        #expect(preview.stop() == 0)
    }

    @Test func aTemplateChangeShowsAndATemplateErrorPointsIntoTheTemplate() throws {
        let templates = NSTemporaryDirectory() + "committee-docs-preview-templates-" + UUID().uuidString
        try FileManager.default.copyItem(atPath: packageRoot + "/Templates", toPath: templates)
        let (_, file, _) = try memoFolder()
        let preview = try PreviewProcess(file, templates: templates)
        _ = try #require(try RawHTTP.poll("/dokument/1.txt", port: preview.port, seconds: 10) { $0.status == 200 })
        let template = templates + "/notat.md"
        let original = try String(contentsOfFile: template, encoding: .utf8)
        try (original + "\nUdkast til drøftelse.\n").write(toFile: template, atomically: true, encoding: .utf8)
        #expect(try RawHTTP.poll("/dokument/1.txt", port: preview.port, seconds: 10) { $0.body.contains("Udkast til drøftelse.") } != nil)
        try (original + "\n{{#ikke lukket}}\n").write(toFile: template, atomically: true, encoding: .utf8)
        #expect(try RawHTTP.poll("/", port: preview.port, seconds: 10) { $0.body.contains("notat.md:") && $0.body.contains("id=\"fejl\"") } != nil)
        #expect(preview.stop() == 0)
    }
}
