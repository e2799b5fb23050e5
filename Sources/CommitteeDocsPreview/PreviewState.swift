import CommitteeDocsDiagnostics
import Foundation

/// What the page shows now, and the open pages waiting for the next version (Server-Sent Events).
/// Only the watcher publishes, one render after another, so versions only go up and a newer
/// rendering is never replaced by an older one.
actor PreviewState {
    /// One published state of the preview.
    struct Snapshot: Sendable {
        /// Counts renders from 1; 0 before the first.
        var version = 0
        /// The last good rendering; it stays when a later save breaks the file.
        var content: PreviewContent?
        /// The problems of the last render; empty when it succeeded.
        var problems: [ShownDiagnostic] = []
        var renderedAt = Date()
        var watched: [String] = []
    }

    /// What an open page's event stream receives.
    enum Event: Sendable {
        case version(Int)
        /// A comment line now and then, so that a closed page's stream is noticed and ended.
        case keepAlive
    }

    private(set) var snapshot = Snapshot()
    private var subscribers: [UUID: AsyncStream<Event>.Continuation] = [:]
    private var closed = false

    /// Publishes one render's result: a success replaces the content and clears the problems; a
    /// failure keeps the last good content and shows its problems.
    func publish(_ result: Result<PreviewContent, DiagnosticList>, watched: [String], version: Int) {
        precondition(version > snapshot.version, "an older render may never replace a newer one")
        snapshot.version = version
        snapshot.renderedAt = Date()
        snapshot.watched = watched
        switch result {
        case .success(let content):
            snapshot.content = content
            snapshot.problems = []
        case .failure(let problems):
            snapshot.problems = ShownDiagnostic.all(problems)
        }
        broadcast(.version(version))
    }

    func broadcast(_ event: Event) {
        for continuation in subscribers.values { continuation.yield(event) }
    }

    /// A stream of versions for one page, starting with the current one. Only the newest
    /// undelivered event is kept, so a slow page cannot make the server hold many.
    func subscribe() -> AsyncStream<Event> {
        let (stream, continuation) = AsyncStream.makeStream(of: Event.self, bufferingPolicy: .bufferingNewest(1))
        guard !closed else {
            continuation.finish()
            return stream
        }
        let id = UUID()
        subscribers[id] = continuation
        continuation.onTermination = { _ in Task { await self.unsubscribe(id) } }
        continuation.yield(.version(snapshot.version))
        return stream
    }

    private func unsubscribe(_ id: UUID) {
        subscribers[id] = nil
    }

    var subscriberCount: Int { subscribers.count }

    /// Ends every open page's stream (on shutdown, so that the server can finish its responses).
    func close() {
        closed = true
        for continuation in subscribers.values { continuation.finish() }
        subscribers.removeAll()
    }
}
