import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle

/// Why the preview could not start serving.
public enum PreviewServerError: Error, CustomStringConvertible {
    /// Another program listens on the port.
    case portInUse(Int)
    /// Listening failed for another reason (a privileged port, no such address …).
    case cannotListen(Int, String)

    public var description: String {
        switch self {
        case .portInUse(let port):
            return "port \(port) on \(PreviewConfiguration.host) is already in use; stop the other program, or choose another port with --port N (--port 0 picks a free one)"
        case .cannotListen(let port, let reason):
            return "cannot listen on \(PreviewConfiguration.host):\(port): \(reason)"
        }
    }
}

/// The local web server of `committee-docs preview`: Hummingbird on 127.0.0.1, serving only what
/// it rendered, from memory, at fixed routes:
///
/// | route | what |
/// |---|---|
/// | `/` | the page (query `udgave`, `dokument`, `visning` select what it shows) |
/// | `/tilstand` | the page's changing parts as JSON, for the page's script |
/// | `/events` | Server-Sent Events: the version number after each render |
/// | `/dokument/<n>.html`, `.md`, `.txt` | document n of the edition (query `udgave`) |
/// | `/preview.css`, `/preview.js` | the page's style and script |
///
/// Every other path is 404; nothing is read from disk for a request, so no path can reach a file.
public enum PreviewServer {
    /// Serves until SIGINT or SIGTERM, then ends the open pages' event streams and stops.
    /// - Parameter onListening: called once with the page's URL, `http://127.0.0.1:PORT/`.
    public static func run(_ configuration: PreviewConfiguration, onListening: @escaping @Sendable (String) -> Void) async throws {
        var logger = Logger(label: "committee-docs.preview")
        logger.logLevel = .error
        let state = PreviewState()
        let app = Application(
            router: makeRouter(state: state, configuration: configuration),
            configuration: .init(address: .hostname(PreviewConfiguration.host, port: configuration.port), serverName: nil),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? configuration.port
                onListening("http://\(PreviewConfiguration.host):\(port)/")
            },
            logger: logger)
        // Shut down in reverse order: the watcher first, which ends the event streams, so the
        // server's graceful shutdown does not wait for pages that never close their stream.
        let group = ServiceGroup(configuration: .init(services: [app, PreviewWatcher(configuration: configuration, state: state)],
                                                      gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        do {
            try await group.run()
        } catch let error as IOError {
            throw error.errnoCode == EADDRINUSE ? PreviewServerError.portInUse(configuration.port)
                : PreviewServerError.cannotListen(configuration.port, error.description)
        }
    }

    static func makeRouter(state: PreviewState, configuration: PreviewConfiguration) -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: LocalHostOnly())
        router.get("/") { request, _ in
            let snapshot = await state.snapshot
            let selection = Selection(query: { request.uri.queryParameters.get($0) }, content: snapshot.content)
            return respond(Shell.page(snapshot, selection, file: configuration.file), type: "text/html; charset=utf-8",
                           policy: "default-src 'none'; style-src 'self'; script-src 'self'; connect-src 'self'; frame-src 'self'; frame-ancestors 'none'")
        }
        router.get("/tilstand") { request, _ in
            let snapshot = await state.snapshot
            let selection = Selection(query: { request.uri.queryParameters.get($0) }, content: snapshot.content)
            let hasDocument = snapshot.content.map { $0.edition(selection.udgave).documents.indices.contains(selection.dokument - 1) } ?? false
            let reply = StateReply(version: snapshot.version, panel: Shell.panel(snapshot, selection),
                                   sheet: Shell.sheet(snapshot, selection), view: selection.view.rawValue,
                                   src: hasDocument ? selection.documentPath : nil)
            let json = (try? JSONEncoder().encode(reply)) ?? Data("{}".utf8)
            return respond(String(decoding: json, as: UTF8.self), type: "application/json; charset=utf-8")
        }
        router.get("/events") { _, _ in
            let stream = await state.subscribe()
            var headers = HTTPFields()
            headers[.contentType] = "text/event-stream; charset=utf-8"
            headers[.cacheControl] = "no-store"
            return Response(status: .ok, headers: headers, body: ResponseBody { writer in
                try await writer.write(ByteBuffer(string: "retry: 1000\n\n"))
                for await event in stream {
                    switch event {
                    case .version(let version): try await writer.write(ByteBuffer(string: "event: version\ndata: \(version)\n\n"))
                    case .keepAlive: try await writer.write(ByteBuffer(string: ": –\n\n"))
                    }
                }
                try await writer.finish(nil)
            })
        }
        router.get("/dokument/:navn") { request, context in
            // `<n>.html`, `<n>.md` or `<n>.txt`, n a document of the edition; nothing else.
            guard let name = context.parameters.get("navn"), let dot = name.lastIndex(of: "."),
                  let number = Int(name[..<dot]), name[..<dot].allSatisfy(\.isASCII),
                  let view = Selection.View.allCases.first(where: { $0.fileExtension == name[name.index(after: dot)...] })
            else { throw HTTPError(.notFound) }
            let snapshot = await state.snapshot
            guard let edition = snapshot.content?.edition(request.uri.queryParameters.get("udgave")),
                  edition.documents.indices.contains(number - 1) else { throw HTTPError(.notFound) }
            let document = edition.documents[number - 1]
            switch view {
            case .udskrift:
                return respond(document.html, type: "application/xhtml+xml; charset=utf-8",
                               policy: "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'")
            case .markdown: return respond(document.markdown, type: "text/markdown; charset=utf-8")
            case .tekst: return respond(document.text, type: "text/plain; charset=utf-8")
            }
        }
        router.get("/preview.css") { _, _ in respond(Assets.css, type: "text/css; charset=utf-8") }
        router.get("/preview.js") { _, _ in respond(Assets.javaScript, type: "text/javascript; charset=utf-8") }
        return router
    }

    /// The page's changing parts, for its script.
    struct StateReply: Encodable {
        var version: Int
        var panel: String
        var sheet: String
        var view: String
        var src: String?
    }

    /// A response from memory that no cache keeps and no browser sniffs into another type.
    static func respond(_ text: String, type: String, policy: String = "default-src 'none'; frame-ancestors 'none'") -> Response {
        var headers = HTTPFields()
        headers[.contentType] = type
        headers[.cacheControl] = "no-store"
        headers[.init("X-Content-Type-Options")!] = "nosniff"
        headers[.contentSecurityPolicy] = policy
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}

/// Answers only requests addressed to this machine by name (`127.0.0.1` or `localhost`), so a web
/// page elsewhere cannot read internal documents through a DNS name that points here.
struct LocalHostOnly<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let host = (request.head.authority ?? "").lowercased()
        let name = host.hasPrefix("[") ? String(host.prefix { $0 != "]" }) + "]" : String(host.split(separator: ":").first ?? "")
        guard ["127.0.0.1", "localhost"].contains(name) else { throw HTTPError(.misdirectedRequest) }
        return try await next(request, context)
    }
}
