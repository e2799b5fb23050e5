// committee-docs-fuzz: coverage-guided fuzz targets for libFuzzer, one binary for all targets.
//
//   committee-docs-fuzz TARGET [libFuzzer flags and corpus folders]   (fuzz build, see scripts/fuzz.sh)
//   committee-docs-fuzz TARGET FILE…                                    (normal build: replays inputs)
//
// The fuzz build (`-Xswiftc -sanitize=fuzzer -Xswiftc -DCOMMITTEE_DOCS_FUZZ`) hands control to
// libFuzzer's driver with `LLVMFuzzerTestOneInput`; a normal `swift build` builds the same checks
// as a replay tool, so a crash input can be run under the debugger without the fuzz build.
// The target is taken from the first argument (or from $COMMITTEE_DOCS_FUZZ_TARGET, which is also
// how libFuzzer's child processes in -jobs/-fork mode learn it).
#if COMMITTEE_DOCS_FUZZ
import CFuzzerDriver
#endif
import Glibc

let targetVariable = "COMMITTEE_DOCS_FUZZ_TARGET"
var arguments = CommandLine.arguments
if arguments.count > 1, FuzzTarget.named(arguments[1]) != nil {
    setenv(targetVariable, arguments[1], 1)
    arguments.remove(at: 1)
}
guard let name = getenv(targetVariable).map({ String(cString: $0) }), let target = FuzzTarget.named(name) else {
    var usage = "usage: committee-docs-fuzz TARGET [libFuzzer flags | input files]\ntargets:\n"
    for target in FuzzTarget.all { usage += "  \(target.name): \(target.summary)\n" }
    fputs(usage, stderr)
    exit(64)
}
/// The target this process checks; read by the entry point below.
let selectedTarget = target

/// libFuzzer's entry point: one input, 0 to keep going.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    selectedTarget.check(bytes)
    return 0
}

#if COMMITTEE_DOCS_FUZZ
var cArguments: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
var argc = CInt(arguments.count)
let status = cArguments.withUnsafeMutableBufferPointer { buffer -> CInt in
    var argv = buffer.baseAddress
    return LLVMFuzzerRunDriver(&argc, &argv, fuzz)
}
exit(status)
#else
// Replay: run every file given through the target's check.
var failures = 0
for path in arguments.dropFirst() {
    guard let file = fopen(path, "rb") else {
        fputs("committee-docs-fuzz: cannot read \(path)\n", stderr)
        failures += 1
        continue
    }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while true {
        let count = fread(&buffer, 1, buffer.count, file)
        if count <= 0 { break }
        bytes += buffer[0..<count]
    }
    fclose(file)
    target.check(bytes)
    print("\(path): ok")
}
exit(failures == 0 ? 0 : 66)
#endif
