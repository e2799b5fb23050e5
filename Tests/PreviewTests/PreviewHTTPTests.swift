import Foundation
import TestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The preview's routes as any HTTP client sees them: the built binary on a free port.
@Suite(.serialized, .timeLimit(.minutes(3)))
struct PreviewHTTPTests {
    @Test func aMemoIsServedAtFixedRoutesWithTheirTypes() throws {
        let (_, file, _) = try memoFolder()
        let preview = try PreviewProcess(file)
        let page = try #require(try RawHTTP.poll("/", port: preview.port, seconds: 10) { $0.body.contains("Notat 2009-199623") })
        #expect(page.status == 200)
        #expect(page.headers["content-type"] == "text/html; charset=utf-8")
        #expect(page.body.contains("id=\"dokument\""))

        let routes: [(String, String, String)] = [
            ("/dokument/1.html", "application/xhtml+xml; charset=utf-8", "Nye muligheder for politisk inddragelse"),
            ("/dokument/1.md", "text/markdown; charset=utf-8", "# Nye muligheder for politisk inddragelse"),
            ("/dokument/1.txt", "text/plain; charset=utf-8", "2009-45219"),
            ("/tilstand?dokument=1&visning=tekst", "application/json; charset=utf-8", "\"version\""),
            ("/preview.css", "text/css; charset=utf-8", ".ark"),
            ("/preview.js", "text/javascript; charset=utf-8", "EventSource"),
        ]
        for (path, type, content) in routes {
            let reply = try RawHTTP.get(path, port: preview.port)
            #expect(reply.status == 200, "\(path)")
            #expect(reply.headers["content-type"] == type, "\(path)")
            #expect(reply.body.contains(content), "\(path)")
        }
        let events = try RawHTTP.get("/events", port: preview.port, until: "data: ", timeout: 10)
        #expect(events.headers["content-type"] == "text/event-stream; charset=utf-8")
        #expect(events.body.contains("event: version\ndata: 1"))
        #expect(preview.stop() == 0)
    }

    @Test func anyOtherPathIsNotFoundAndNoPathLeadsToAFile() throws {
        let (_, file, _) = try memoFolder()
        let preview = try PreviewProcess(file)
        _ = try #require(try RawHTTP.poll("/dokument/1.html", port: preview.port, seconds: 10) { $0.status == 200 })
        let paths = [
            "/nope", "/index.html", "/dokument/2.html", "/dokument/0.html", "/dokument/1.pdf", "/dokument/x.html",
            "/dokument/%31.html", "/dokument/%D9%A1.html",
            "/../Package.swift", "/%2e%2e/Package.swift", "/%2E%2E/%2E%2E/etc/passwd", "/..%2fPackage.swift",
            "/dokument/..%2f..%2fetc%2fpasswd", "/dokument/../../Package.swift", "/dokument/1.html/../../../Package.swift",
            "/dokument/%252e%252e%252fPackage.swift", "/%252e%252e/%252e%252e/etc/passwd", "/dokument/..%252f..%252fetc%252fpasswd",
            "/preview.js/../../Package.swift", "//etc/passwd", "/Templates/notat.md", "/notat.yaml", "/samples/notat-kort.yaml",
        ]
        for path in paths {
            let reply = try RawHTTP.get(path, port: preview.port)
            #expect(reply.status == 404, "\(path) gave \(reply.status)")
            #expect(!reply.body.contains("swift-tools-version") && !reply.body.contains("root:") && !reply.body.contains("dokument: notat"),
                    "\(path)")
        }
        // Addressed by another name (DNS rebinding), the page is refused.
        #expect(try RawHTTP.get("/", port: preview.port, host: "preview.example.com").status == 421)
        #expect(try RawHTTP.get("/", port: preview.port, host: "localhost:\(preview.port)").status == 200)
        #expect(preview.stop() == 0)
    }

    @Test func hostileTextInTheDataStaysTextInThePage() throws {
        let (folder, file, source) = try memoFolder()
        let hostile = "<script>alert('titel')</script> & \"citat\""
        try memo(source, title: "'\(hostile.replacingOccurrences(of: "'", with: "''"))'").write(toFile: file, atomically: true, encoding: .utf8)
        let preview = try PreviewProcess(file)
        let page = try #require(try RawHTTP.poll("/", port: preview.port, seconds: 10) { $0.body.contains("Notat 2009-199623") })
        #expect(page.body.contains("&lt;script&gt;alert(&#39;titel&#39;)&lt;/script&gt; &amp; &quot;citat&quot;"))
        #expect(!page.body.contains("<script>alert"))

        // A broken value that looks like markup: the banner shows it as text.
        try memo(source, title: "Titel", sagsnr: "\"<img src=x onerror=alert(1)>\"").write(toFile: file, atomically: true, encoding: .utf8)
        let broken = try #require(try RawHTTP.poll("/", port: preview.port, seconds: 10) { $0.body.contains("id=\"fejl\"") })
        #expect(broken.body.contains("&lt;img src=x onerror=alert(1)&gt;"))
        #expect(!broken.body.contains("<img"))
        #expect(broken.body.contains("notat.yaml:\(sagsnrLine(source)):9"))
        #expect(preview.stop() == 0)
        // It wrote nothing: the folder holds the memo alone.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["notat.yaml"])
    }

    @Test func aMeetingShowsBothEditionsAndThePublicOneWithholdsClosedItems() throws {
        let preview = try PreviewProcess(packageRoot + "/samples/møder/tmu-2019-09-02.yaml")
        let page = try #require(try RawHTTP.poll("/?udgave=intern", port: preview.port, seconds: 30) { $0.body.contains("Samlet pakke") })
        #expect(page.body.contains("id=\"udgave-intern\"") && page.body.contains("id=\"udgave-offentlig\""))
        #expect(page.body.contains(">Dagsorden<") && page.body.contains("Punkt 2 · TMU 231/19"))
        // Documents: the agenda, items 1–5, the packet (7).
        let intern = try RawHTTP.get("/dokument/7.html?udgave=intern", port: preview.port)
        let published = try RawHTTP.get("/dokument/7.html?udgave=offentlig", port: preview.port)
        #expect(intern.status == 200 && published.status == 200)
        #expect(intern.body.contains("Personalesag") && published.body.contains("Personalesag"))
        #expect(intern.body.contains("Sagen forelægges for lukkede døre."))
        #expect(!published.body.contains("Sagen forelægges for lukkede døre."))
        #expect(try RawHTTP.get("/dokument/8.html?udgave=intern", port: preview.port).status == 404)
        #expect(preview.stop(SIGINT) == 0)
    }

    @Test func aDecisionsFileShowsItsMinutesInBothEditions() throws {
        let preview = try PreviewProcess(packageRoot + "/samples/møder/tmu-2019-09-02-referat.yaml")
        let page = try #require(try RawHTTP.poll("/", port: preview.port, seconds: 30) { $0.body.contains(">Referat</a>") })
        #expect(page.body.contains("id=\"udgave-offentlig\""))
        let published = try RawHTTP.get("/dokument/1.txt?udgave=offentlig", port: preview.port)
        #expect(published.status == 200 && published.body.contains("BESLUTNINGSPROTOKOL"))
        #expect(published.body.contains("Offentlig udgave"))
        #expect(preview.stop() == 0)
    }

    @Test func aPortInUseIsAClearErrorWithExitCode75() throws {
        let (_, file, _) = try memoFolder()
        let first = try PreviewProcess(file)
        let second = try committeeDocs(["preview", file, "--port", String(first.port), "--templates", packageRoot + "/Templates",
                                        "--rules", packageRoot + "/Rules/finansieringsregler.yaml"])
        #expect(second.status == 75)
        #expect(second.stderr.contains("port \(first.port)") && second.stderr.contains("already in use"))
        #expect(first.stop() == 0)
    }

    @Test func ctrlCAndSIGTERMStopItCleanlyWhileAPageListens() throws {
        let (_, file, _) = try memoFolder()
        for signal in [SIGINT, SIGTERM] {
            let preview = try PreviewProcess(file)
            // An open event stream must not keep the server from stopping.
            let listening = Thread {
                _ = try? RawHTTP.get("/events", port: preview.port, until: "never arrives", timeout: 20)
            }
            listening.start()
            _ = try #require(try RawHTTP.poll("/tilstand", port: preview.port, seconds: 10) { $0.body.contains("\"version\":1") })
            Thread.sleep(forTimeInterval: 0.3)
            #expect(preview.stop(signal, timeout: 10) == 0, "signal \(signal)")
        }
    }
}
