import ArgumentParser
import Diagnostics
import Foundation

/// The exit codes of sysexits.h that the tool uses.
enum Exit {
    static let dataError = ExitCode(65)
    static let noInput = ExitCode(66)
    static let unavailable = ExitCode(69)
    static let cannotCreate = ExitCode(73)
    static let ioError = ExitCode(74)
}

/// Errors go to stderr, one per line; paths written go to stdout.
enum Console {
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    static func report(_ list: DiagnosticList) {
        error(list.description)
    }
}

/// The worst outcome of a run over several inputs: missing input outranks bad data, which
/// outranks a failed write, so the code names the first thing a person must fix.
struct Outcome {
    private(set) var code: Int32 = 0

    mutating func record(_ exit: ExitCode) {
        let rank: [Int32: Int] = [66: 4, 65: 3, 73: 2, 74: 1]
        if rank[exit.rawValue, default: 0] > rank[code, default: 0] {
            code = exit.rawValue
        }
    }

    func finish() throws {
        if code != 0 { throw ExitCode(code) }
    }
}
