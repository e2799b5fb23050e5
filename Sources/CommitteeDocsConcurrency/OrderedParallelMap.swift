import Dispatch
import Foundation
import Synchronization

// The shared helpers for work on several cores: this ordered parallel map, and for state that
// threads share, the standard library's `Synchronization.Mutex` (one lock type; no wrapper).

/// `work(0) … work(count - 1)` run on up to `width` threads at a time, the results in index
/// order whatever the scheduling, so a batch's outcome is deterministic. `progress(done, count)`
/// is called after each result, once for each of 1 … `count` in that order and never at the same
/// time as itself (keep it short: the next report waits for it). Blocks until all are done.
///
/// Disfavoured so that async code, where a sync closure would fit both forms, gets the async form,
/// which does not block a thread of the concurrency pool.
@_disfavoredOverload
public func orderedParallelMap<T: Sendable>(count: Int, width: Int = ProcessInfo.processInfo.activeProcessorCount,
                                            progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil,
                                            _ work: @Sendable (Int) -> T) -> [T] {
    precondition(count >= 0 && width >= 1, "orderedParallelMap needs count >= 0 and width >= 1")
    guard count > 0 else { return [] }
    return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
        let slots = Slots(buffer.baseAddress!)
        let next = Atomic(0)
        let done = Mutex(0)
        // `width` workers, each taking the next index until none is left.
        DispatchQueue.concurrentPerform(iterations: min(width, count)) { _ in
            while true {
                let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard index < count else { return }
                slots.initialize(index, to: work(index))
                if let progress {
                    done.withLock { done in
                        done += 1
                        progress(done, count)
                    }
                }
            }
        }
        initialized = count
    }
}

/// `orderedParallelMap` for async callers: the same contract, on a task group (at most `width`
/// child tasks at a time), with `progress` called on the calling task.
public func orderedParallelMap<T: Sendable>(count: Int, width: Int = ProcessInfo.processInfo.activeProcessorCount,
                                            progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil,
                                            _ work: @escaping @Sendable (Int) async -> T) async -> [T] {
    precondition(count >= 0 && width >= 1, "orderedParallelMap needs count >= 0 and width >= 1")
    return await withTaskGroup(of: (Int, T).self) { group in
        var results = [T?](repeating: nil, count: count)
        var next = 0
        var done = 0
        while next < min(width, count) {
            let index = next
            group.addTask { (index, await work(index)) }
            next += 1
        }
        while let (index, result) = await group.next() {
            results[index] = result
            done += 1
            progress?(done, count)
            if next < count {
                let index = next
                group.addTask { (index, await work(index)) }
                next += 1
            }
        }
        return results.map { $0! }
    }
}

/// The result array's memory while it fills: each index is initialized by exactly one worker,
/// and read only after all have finished (concurrentPerform returns then).
private struct Slots<T>: @unchecked Sendable {
    let base: UnsafeMutablePointer<T>

    init(_ base: UnsafeMutablePointer<T>) {
        self.base = base
    }

    func initialize(_ index: Int, to value: T) {
        (base + index).initialize(to: value)
    }
}
