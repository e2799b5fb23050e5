import Foundation
import TestSupport
import Testing

/// `render` and `check` with many files, options anywhere among them: the files are handed to
/// the argument parser in runs (FileArguments), which must read exactly as one argument each.
@Test func manyFilesAmongOptionsAreEachRenderedInOrder() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let memo = try String(contentsOfFile: packageRoot + "/samples/notat-kort.yaml", encoding: .utf8)
    var files: [String] = []
    for number in 0..<40 {
        let file = "\(folder)/notat \(number).yaml"  // a space in the name stays part of it
        try memo.replacingOccurrences(of: "dokumentnr: 2024-410065", with: "dokumentnr: 2024-\(500_000 + number)")
            .write(toFile: file, atomically: true, encoding: .utf8)
        files.append(file)
    }
    let out = folder + "/out"
    // Files before, between and after options; an option's value right after it; a missing file.
    let arguments = ["render"] + files[0..<15] + ["--format", "txt", "--width", "60"] + files[15..<30]
        + [folder + "/mangler.yaml"] + ["--out", out] + files[30...]
    let run = try committeeDocs(arguments)
    #expect(run.status == 66)
    #expect(run.stderr.hasPrefix(folder + "/mangler.yaml: "))
    #expect(run.stdout == (0..<40).map { "\(out)/2024-18822/2024-\(500_000 + $0)-notat.txt\n" }.joined())
    #expect(filesBelow(out).count == 41)

    let check = try committeeDocs(["check"] + files + ["--width", "60"])
    #expect(check.status == 0, "\(check.stderr)")
    #expect(check.stdout.isEmpty && check.stderr.isEmpty)
}

/// After `--` every argument is a file, even one that starts with "-".
@Test func filesAfterTheTerminatorAreFiles() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try FileManager.default.copyItem(atPath: packageRoot + "/samples/notat-kort.yaml", toPath: folder + "/-notat.yaml")
    let run = try committeeDocs(["render", "--out", folder + "/out", "--format", "md", "--", "-notat.yaml", "samples/notat-kort.yaml"],
                                in: folder)
    #expect(run.status == 66, "\(run.stderr)")  // samples/ is not in the folder
    #expect(run.stdout == "\(folder)/out/2024-18822/2024-410065-notat.md\n")
}
