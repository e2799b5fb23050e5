import CommitteeDocsConcurrency
import Foundation
import Synchronization
import Testing

/// The sync form (render, archive) and the async form (packet) keep one contract: results in
/// index order, at most `width` at a time, progress counted one by one, nothing for no input.
@Suite("The ordered parallel map")
struct OrderedParallelMapTests {
    /// Index 0 takes longest, the last index least: they finish roughly in reverse order.
    static func delay(_ index: Int) -> Double { 0.001 * Double(12 - index) }

    @Test("Results come back in index order even when later indices finish first")
    func orderIsKept() {
        let squares = orderedParallelMap(count: 12, width: 4) { index in
            Thread.sleep(forTimeInterval: Self.delay(index))
            return index * index
        }
        #expect(squares == (0..<12).map { $0 * $0 })
    }

    @Test("Async: results come back in index order even when later indices finish first")
    func orderIsKeptAsync() async {
        let names = await orderedParallelMap(count: 12, width: 4) { index in
            try? await Task.sleep(nanoseconds: UInt64(Self.delay(index) * 1e9))
            return "punkt \(index + 1)"
        }
        #expect(names == (1...12).map { "punkt \($0)" })
    }

    @Test("At most `width` run at a time", arguments: [1, 2, 3])
    func widthIsRespected(width: Int) {
        let inFlight = InFlight()
        _ = orderedParallelMap(count: 20, width: width) { _ in
            inFlight.during { Thread.sleep(forTimeInterval: 0.002) }
        }
        #expect(inFlight.most >= 1 && inFlight.most <= width)
    }

    @Test("Async: at most `width` run at a time, and the group fills them all", arguments: [1, 2, 3])
    func widthIsRespectedAsync(width: Int) async {
        let inFlight = InFlight()
        _ = await orderedParallelMap(count: 9, width: width) { _ in
            await inFlight.during { try? await Task.sleep(nanoseconds: 20_000_000) }
        }
        // Sleeping tasks leave their threads free, so every slot it may use is used.
        #expect(inFlight.most == width)
    }

    @Test("Progress is reported once per result, counting up to the total")
    func progressCountsByOne() {
        let reports = Reports()
        _ = orderedParallelMap(count: 9, width: 3, progress: { done, total in reports.add(done, total) }) { $0 }
        #expect(reports.all == (1...9).map { [$0, 9] })
    }

    @Test("Async: progress is reported once per result, counting up to the total")
    func progressCountsByOneAsync() async {
        let reports = Reports()
        _ = await orderedParallelMap(count: 9, width: 3, progress: { done, total in reports.add(done, total) }) { $0 }
        #expect(reports.all == (1...9).map { [$0, 9] })
    }

    @Test("No input: no work, no progress, no results")
    func emptyInput() {
        let calls = Reports()
        let none: [Int] = orderedParallelMap(count: 0, progress: { done, total in calls.add(done, total) }) { index in
            calls.add(index, -1)
            return index
        }
        #expect(none.isEmpty)
        #expect(calls.all.isEmpty)
    }

    @Test("Async: no input, no work, no progress, no results")
    func emptyInputAsync() async {
        let calls = Reports()
        let none: [Int] = await orderedParallelMap(count: 0, progress: { done, total in calls.add(done, total) }) { index in
            calls.add(index, -1)
            return index
        }
        #expect(none.isEmpty)
        #expect(calls.all.isEmpty)
    }

    @Test("A single input runs once, with index 0")
    func singleInput() {
        let calls = Reports()
        let result = orderedParallelMap(count: 1, width: 8) { index in
            calls.add(index, 1)
            return "punkt \(index + 1)"
        }
        #expect(result == ["punkt 1"])
        #expect(calls.all == [[0, 1]])
    }
}

/// Counts the calls running at once, and the most there were.
private final class InFlight: Sendable {
    private let state = Mutex((now: 0, most: 0))

    var most: Int { state.withLock { $0.most } }

    func during<T>(_ body: () -> T) -> T {
        enter()
        defer { leave() }
        return body()
    }

    func during<T>(_ body: () async -> T) async -> T {
        enter()
        defer { leave() }
        return await body()
    }

    private func enter() {
        state.withLock {
            $0.now += 1
            $0.most = max($0.most, $0.now)
        }
    }

    private func leave() {
        state.withLock { $0.now -= 1 }
    }
}

/// Calls in the order they came, each as its two numbers.
private final class Reports: Sendable {
    private let reports = Mutex<[[Int]]>([])

    var all: [[Int]] { reports.withLock { $0 } }

    func add(_ first: Int, _ second: Int) {
        reports.withLock { $0.append([first, second]) }
    }
}
