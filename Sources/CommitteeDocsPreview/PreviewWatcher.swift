import Foundation
import ServiceLifecycle

/// Polls the watched files' stamps and renders again when they change, then publishes.
///
/// - Debounce: a change is rendered once the stamps have stayed the same for a whole poll
///   interval (the save is done), or after `maximumDelay` of continuous changes, so an editor
///   saving many times a second still sees updates and a burst of saves costs few renders.
/// - One render at a time: renders run one after another in this loop (off the server's event
///   loops), and each result is published with the next version number, so an older result can
///   never overwrite a newer one. The stamps are read before the render reads the files: a save
///   during a render differs from them and is rendered next.
struct PreviewWatcher: Service {
    let configuration: PreviewConfiguration
    let state: PreviewState
    /// The longest a burst of saves postpones a render.
    static let maximumDelay: Duration = .seconds(2)
    /// How often an open page's stream gets a keep-alive comment.
    static let keepAliveInterval: Duration = .seconds(15)

    func run() async throws {
        await cancelWhenGracefulShutdown { await watch() }
        await state.close()
    }

    /// Polls, renders and publishes until the task is cancelled (on shutdown).
    func watch() async {
        let renderer = PreviewRenderer(configuration: configuration)
        let clock = ContinuousClock()
        var references = WatchedFiles.references(of: configuration.file, maximumInput: configuration.options.maximumInput)
        var watched = WatchedFiles(configuration: configuration, references: references)
        var rendered: (data: [String: FileStamp], resources: [String: FileStamp])?
        var previous: (data: [String: FileStamp], resources: [String: FileStamp])?
        var changedSince: ContinuousClock.Instant?
        var lastKeepAlive = clock.now
        var version = 0
        while !Task.isCancelled {
            let now = watched.stamps()
            if rendered == nil || now.data != rendered!.data || now.resources != rendered!.resources {
                let start = changedSince ?? clock.now
                changedSince = start
                let settled = previous.map { $0.data == now.data && $0.resources == now.resources } ?? false
                if rendered == nil || settled || clock.now - start >= Self.maximumDelay {
                    let result = await renderer.render(resources: now.resources)
                    rendered = now
                    changedSince = nil
                    version += 1
                    references = WatchedFiles.references(of: configuration.file, maximumInput: configuration.options.maximumInput)
                    await state.publish(result, watched: watched.data + watched.resources, version: version)
                }
            }
            previous = now
            // The folder's files and the references may have changed: the next poll watches those.
            watched = WatchedFiles(configuration: configuration, references: references)
            if clock.now - lastKeepAlive >= Self.keepAliveInterval {
                lastKeepAlive = clock.now
                await state.broadcast(.keepAlive)
            }
            try? await Task.sleep(for: configuration.pollInterval)
        }
    }
}
