import CommitteeDocsFileWriting
import Foundation
import TestSupport
import Testing

func entries(_ folder: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
}

/// `NewFile.write` creates a file that does not exist yet and writes every byte, or answers why
/// not; it never replaces a file, and a file it could not finish is not left behind.
@Suite("NewFile")
struct NewFileTests {
    @Test func textIsWrittenAsUTF8IntoANewFile() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let text = "Til Teknik- og Miljøudvalget\nSagsnr. 2009-45219 – æøå ÆØÅ\n"
        #expect(NewFile.write(text, to: folder + "/notat.txt") == nil)
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/notat.txt")) == Data(text.utf8))
        #expect(entries(folder) == ["notat.txt"])
    }

    @Test func contentHandedOverInChunksIsWrittenInOrder() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let chunks = ["Dagsorden\n", "", "\u{0C}\nPunkt 2 · Åben\n", "Punkt 3\n"]
        var accepted: [Bool] = []
        let failure = NewFile.create(at: folder + "/pakke.txt") { write in
            for var chunk in chunks { accepted.append(chunk.withUTF8 { write(UnsafeRawBufferPointer($0)) }) }
        }
        #expect(failure == nil && accepted == [true, true, true, true])
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/pakke.txt")) == Data(chunks.joined().utf8))
        // An existing file is never replaced.
        let refused = NewFile.create(at: folder + "/pakke.txt") { _ in Issue.record("nothing is written") }
        #expect(refused?.stage == .create)
    }

    @Test func bytesAreWrittenExactlyAndTheFileIsReadableByAll() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let bytes = (0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        #expect(NewFile.write(bytes, to: folder + "/bilag.bin") == nil)
        #expect(try [UInt8](Data(contentsOf: URL(fileURLWithPath: folder + "/bilag.bin"))) == bytes)
        let attributes = try FileManager.default.attributesOfItem(atPath: folder + "/bilag.bin")
        // 0644 before the umask; a umask only takes permissions away.
        #expect((attributes[.posixPermissions] as! NSNumber).intValue & ~0o644 == 0)
    }

    @Test func nothingToWriteMakesAnEmptyFile() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(NewFile.write([UInt8](), to: folder + "/tom") == nil)
        #expect(NewFile.write("", to: folder + "/tom.txt") == nil)
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/tom")).isEmpty)
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/tom.txt")).isEmpty)
    }

    @Test func anExistingFileIsRefusedAndKeptAsItWas() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/notat.html"
        #expect(NewFile.write("første", to: path) == nil)
        #expect(NewFile.write("anden", to: path) == "cannot create: File exists")
        let failure = NewFile.create("anden", at: path)
        #expect(failure?.stage == .create && failure?.reason == "File exists")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "første")
    }

    @Test func aFolderOrALinkInThePlaceIsRefused() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/mappe", withIntermediateDirectories: false)
        #expect(NewFile.write("x", to: folder + "/mappe") == "cannot create: File exists")
        // A link is not followed, not even one that points nowhere yet.
        try FileManager.default.createSymbolicLink(atPath: folder + "/link", withDestinationPath: folder + "/mål")
        #expect(NewFile.write("x", to: folder + "/link") == "cannot create: File exists")
        #expect(entries(folder) == ["link", "mappe"])
        #expect(entries(folder + "/mappe") == [])
    }

    @Test func aMissingFolderIsRefusedAndNotCreated() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(NewFile.write("x", to: folder + "/findes-ikke/notat.txt") == "cannot create: No such file or directory")
        #expect(entries(folder) == [])
    }

    /// A write that fails part-way (here: the file size limit, which cuts the first write short and
    /// refuses the next with EFBIG) removes the file it created.
    @Test(.serialized, arguments: [false, true])
    func aFileThatCannotBeWrittenCompletelyIsRemoved(asText: Bool) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let limit = 16 << 20  // above anything else the test run writes, which shares the limit while it holds
        let bytes = [UInt8](repeating: 0x2A, count: limit + 4096)
        let failure = try withFileSizeLimit(limit) {
            asText ? NewFile.create(String(decoding: bytes, as: UTF8.self), at: folder + "/stor.txt")
                   : bytes.withUnsafeBytes { NewFile.create($0, at: folder + "/stor.txt") }
        }
        #expect(failure?.stage == .write)  // an I/O error (74), not a refused create (73)
        #expect(failure?.description == "cannot write: File too large")
        #expect(entries(folder) == [])
    }
}

/// Runs `body` with the process's file size limit (RLIMIT_FSIZE) at `bytes` and SIGXFSZ ignored, so
/// that writing past it fails with EFBIG; restores both afterwards.
private func withFileSizeLimit<T>(_ bytes: Int, _ body: () -> T) throws -> T {
    var saved = rlimit()
    guard getrlimit(RLIMIT_FSIZE_VALUE, &saved) == 0 else { throw POSIXError(.EPERM) }
    var limited = saved
    limited.rlim_cur = rlim_t(bytes)
    let previousHandler = signal(SIGXFSZ, SIG_IGN)
    defer {
        setrlimit(RLIMIT_FSIZE_VALUE, &saved)
        signal(SIGXFSZ, previousHandler)
    }
    guard setrlimit(RLIMIT_FSIZE_VALUE, &limited) == 0 else { throw POSIXError(.EPERM) }
    return body()
}

private let RLIMIT_FSIZE_VALUE = __rlimit_resource_t(RLIMIT_FSIZE.rawValue)
