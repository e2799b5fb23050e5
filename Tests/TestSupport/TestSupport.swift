import Foundation

// Helpers more than one test target needs. A test target cannot import another, so they live in
// this small library target, which only test targets depend on.

/// The checkout the tests belong to (this file is Tests/TestSupport/TestSupport.swift).
public let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().path

/// Runs `body` on a new thread with a stack of `stackSize` bytes and waits for its result: code
/// that recursed without bound would crash the run instead of passing on a large stack.
public func onThread<T>(stackSize: Int, _ body: @escaping () -> T) -> T {
    let box = ResultBox<T>()
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
        box.value = body()
        done.signal()
    }
    thread.stackSize = stackSize
    thread.start()
    done.wait()
    return box.value!
}

/// `onThread` with a 512 KB stack, as a worker of a batch may have.
public func onSmallStack<T>(_ body: @escaping () -> T) -> T {
    onThread(stackSize: 512 * 1024, body)
}

/// Carries a result out of a `Thread`.
private final class ResultBox<T>: @unchecked Sendable {
    var value: T?
}
