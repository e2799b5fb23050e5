import Foundation
import TestSupport
import Testing

/// The preview in a real browser: Debian's headless chromium, driven over the DevTools protocol.
@Suite(.serialized, .timeLimit(.minutes(3)))
struct PreviewBrowserTests {
    /// The print view's text: the document in the page's frame.
    static let frameText = "(document.getElementById('dokument') && document.getElementById('dokument').contentDocument && document.getElementById('dokument').contentDocument.body ? document.getElementById('dokument').contentDocument.body.textContent : '')"
    static let bannerText = "(document.getElementById('fejl') ? document.getElementById('fejl').textContent : '')"

    @Test func thePageFollowsSavesWithoutNavigatingAndShowsErrorsAboveTheLastGoodRendering() throws {
        let started = Date()
        let (folder, file, source) = try memoFolder()
        let preview = try PreviewProcess(file)
        let browser = try Chromium(profile: folder + "-chromium")
        defer { browser.close() }
        let page = try browser.open(preview.url)

        // The memo as printed: its title and its Sagsnr. in the side column.
        #expect(try browser.waitUntil("\(Self.frameText).includes('Nye muligheder for politisk inddragelse') && \(Self.frameText).includes('2009-45219')",
                                      session: page, seconds: 10) != nil)
        #expect(try browser.evaluate("document.querySelector('dl.sidekolonne') === null && document.getElementById('dokument').contentDocument.querySelector('dl.sidekolonne') !== null", session: page) as? Bool == true)
        // A mark that a navigation (a reload) would wipe out.
        _ = try browser.evaluate("window.stadigSammeSide = true", session: page)

        // A new title appears within 5 s, without navigation.
        try memo(source, title: "Politisk inddragelse – ny titel fra testen").write(toFile: file, atomically: true, encoding: .utf8)
        let shown = try browser.waitUntil("\(Self.frameText).includes('ny titel fra testen')", session: page, seconds: 5)
        #expect(shown != nil, "the new title did not appear within 5 s")
        #expect(try browser.evaluate("window.stadigSammeSide === true", session: page) as? Bool == true)

        // A broken value: the banner names file:line:col and shows the line with a caret, above
        // the last good rendering, which stays.
        try memo(source, title: "Politisk inddragelse – ny titel fra testen", sagsnr: "2009-4521x")
            .write(toFile: file, atomically: true, encoding: .utf8)
        let location = "notat.yaml:\(sagsnrLine(source)):9"
        #expect(try browser.waitUntil("\(Self.bannerText).includes('\(location)')", session: page, seconds: 5) != nil)
        let banner = try browser.evaluate(Self.bannerText, session: page) as? String ?? ""
        #expect(banner.contains("2009-4521x") && banner.contains("sagsnr"))
        #expect(try browser.evaluate("document.querySelector('#fejl pre.kilde').textContent", session: page) as? String
                == "sagsnr: 2009-4521x\n        ^")
        #expect(try browser.evaluate("\(Self.frameText).includes('ny titel fra testen')", session: page) as? Bool == true)

        // Fixed: the banner goes, the fixed document shows.
        try memo(source, title: "Politisk inddragelse – rettet").write(toFile: file, atomically: true, encoding: .utf8)
        #expect(try browser.waitUntil("document.getElementById('fejl') === null && \(Self.frameText).includes('rettet')",
                                      session: page, seconds: 5) != nil)
        #expect(try browser.evaluate("window.stadigSammeSide === true", session: page) as? Bool == true)

        // The Markdown and text tabs show the renderings as preformatted text.
        _ = try browser.evaluate("document.getElementById('visning-tekst').click()", session: page)
        #expect(try browser.waitUntil("document.getElementById('tekst') && document.getElementById('tekst').textContent.includes('Politisk inddragelse – rettet')",
                                      session: page, seconds: 5) != nil)
        browser.close()
        #expect(preview.stop() == 0)
        print("preview browser test: \(String(format: "%.1f", Date().timeIntervalSince(started))) s, title shown \(String(format: "%.2f", shown ?? -1)) s after the save")
    }

    @Test func theScrollPositionIsKeptWhenThePageUpdates() throws {
        let (folder, file, source) = try memoFolder()
        let preview = try PreviewProcess(file)
        let browser = try Chromium(profile: folder + "-chromium")
        defer { browser.close() }
        let page = try browser.open(preview.url, width: 1100, height: 600)
        #expect(try browser.waitUntil("document.getElementById('dokument').offsetHeight > 1200", session: page, seconds: 10) != nil)
        _ = try browser.evaluate("window.scrollTo(0, 700)", session: page)
        try memo(source, title: "Længere nede i notatet").write(toFile: file, atomically: true, encoding: .utf8)
        #expect(try browser.waitUntil("\(Self.frameText).includes('Længere nede i notatet')", session: page, seconds: 5) != nil)
        #expect(try browser.evaluate("window.scrollY", session: page) as? Int == 700)
        browser.close()
        #expect(preview.stop() == 0)
    }

    /// The picture in the README: the sample plan's indstilling in the print view. Always taken
    /// (and checked to be a PNG); written to the path in PREVIEW_SCREENSHOT when that is set
    /// (`make preview-screenshot` writes docs/preview.png).
    @Test func aScreenshotOfThePreview() throws {
        let preview = try PreviewProcess(packageRoot + "/samples/plan-helhedsplan-solhaven-foreloebig.yaml")
        let browser = try Chromium(profile: NSTemporaryDirectory() + "committee-docs-preview-shot-" + UUID().uuidString)
        defer { browser.close() }
        let page = try browser.open(preview.url + "?dokument=1&visning=udskrift", width: 1280, height: 960)
        #expect(try browser.waitUntil("\(Self.frameText).length > 500 && document.getElementById('dokument').offsetHeight > 900",
                                      session: page, seconds: 15) != nil)
        let png = try browser.screenshot(session: page)
        #expect(png.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        if let path = ProcessInfo.processInfo.environment["PREVIEW_SCREENSHOT"], !path.isEmpty {
            try png.write(to: URL(fileURLWithPath: path))
        }
        #expect(preview.stop() == 0)
    }
}
