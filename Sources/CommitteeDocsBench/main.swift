// committee-docs-bench: the pipeline's speed, stage by stage, against pandoc as a reference peer.
// Run with `make bench` (release build). Figures are printed, never asserted.
import CommitteeDocsFileWriting
import Foundation
import Synchronization
import CommitteeDocsArchive
import CommitteeDocsArchiving
import GRDB
import CommitteeDocsLoading
import CommitteeDocsPacket
import CommitteeDocsMarkdownReading
import CommitteeDocsModel
import CommitteeDocsRendering
import CommitteeDocsRules
import CommitteeDocsTemplating
import CommitteeDocsTextWriting
import CommitteeDocsView
import CommitteeDocsXHTMLValidation
import CommitteeDocsXHTMLWriting
import CommitteeDocsMarkdownWriting
import CommitteeDocsPDFPrinting

let root = FileManager.default.currentDirectoryPath
let sample = CommandLine.arguments.dropFirst().first ?? "samples/notat-omraadebaserede-indsatser.yaml"
let bytes = [UInt8](FileManager.default.contents(atPath: sample)!)
let rulesFile = root + "/Rules/finansieringsregler.yaml"
let rules = try RuleTableDecoder.load(bytes: [UInt8](FileManager.default.contents(atPath: rulesFile)!), file: rulesFile)
let planSample = "samples/plan-helhedsplan-solhaven-foreloebig.yaml"
let planBytes = [UInt8](FileManager.default.contents(atPath: planSample)!)
let renderer = Renderer(templates: try TemplateLibrary(directory: root + "/Templates"),
                        validator: try XHTMLValidator.shared(), rules: rules)

/// Seconds per call of `body`, from the best of a few rounds (the least disturbed by other work).
func measure(_ label: String, iterations: Int = 2000, _ body: () throws -> Void) rethrows -> Double {
    for _ in 0..<min(100, iterations) { try body() }  // warm up
    var best = Double.infinity
    for _ in 0..<5 {
        let start = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<iterations { try body() }
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        best = min(best, elapsed / Double(iterations))
    }
    print("  " + label.padding(toLength: 40, withPad: " ", startingAt: 0) + String(format: "%9.1f µs", best * 1e6))
    return best
}

func peakRSSMegabytes() -> Double {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return Double(usage.ru_maxrss) / 1024  // Linux reports KiB
}

let cores = ProcessInfo.processInfo.activeProcessorCount
/// The CPU time per document of the last `pipelineThroughput` call.
nonisolated(unsafe) var lastCPU = 0.0
let scratch = NSTemporaryDirectory() + "committee-docs-bench-\(getpid())"
try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
// Nothing on the disk is deleted before the end: right after mass deletions, ext4 spends seconds
// scanning recently deleted inodes for every new file (perf: recently_deleted), which would
// measure the benchmark's own clean-up instead of committee-docs.
defer { try? FileManager.default.removeItem(atPath: scratch) }

/// Runs `tool` with `arguments` to its end, stdout to `stdout` (truncated), stderr to /dev/null:
/// its wall time and exit status. posix_spawn directly: Foundation's Process closes every
/// possible file descriptor in the child, which costs tens of milliseconds where the limit is
/// high, and would be measured instead of the tool.
func spawned(_ tool: String, _ arguments: [String], stdout: String = "/dev/null") -> (seconds: Double, status: Int32) {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = ([tool] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) }; posix_spawn_file_actions_destroy(&actions) }
    var pid: pid_t = 0
    let start = DispatchTime.now().uptimeNanoseconds
    guard posix_spawn(&pid, tool, &actions, nil, argv, environ) == 0 else { fatalError("cannot start \(tool)") }
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    return (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, status)
}

// MARK: Archive
/// Bags per second for `count` memos (the sample with its own dokumentnr each), added as
/// `archive add` adds them (groups of `Archive.groupSize`), durable: every bag flushed to disk
/// and renamed into place, the index updated, before its add returns.
func archiveRate(_ count: Int, root: String) throws -> Double {
    let rendered = try renderer.render(bytes: bytes, file: sample)[0]
    let archive = Archive(root: root)
    let start = DispatchTime.now().uptimeNanoseconds
    for first in stride(from: 0, to: count, by: Archive.groupSize) {
        let group = try (first..<min(first + Archive.groupSize, count)).map { number in
            // The same memo under its own document number, kept as `archive add` keeps it.
            var memo = rendered
            memo.facts?.identity.dokumentnr = try Dokumentnummer(parsing: "2009-\(300_000 + number)")
            return Archiving.deposit(memo, source: (path: "notat.yaml", bytes: bytes))!
        }
        for result in try archive.add(group, generator: "committee-docs-bench") {
            guard case .success(.added) = result else { fatalError("not added: \(result)") }
        }
    }
    return Double(count) / (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
}

func archiveBench() {
    do {
        let archiveCount = Int(ProcessInfo.processInfo.environment["BENCH_ARCHIVE_COUNT"] ?? "") ?? 10_000
        print("Archive:")
        print(String(format: "  %d memos archived as bags at %.0f bags/s (one process, groups of %d, each group flushed to disk, index updated)",
                     archiveCount, try archiveRate(archiveCount, root: scratch + "/arkiv"), Archive.groupSize))
        // Search by case number at 100,000 bags: an index filled with 100,000 records over 10,000 cases.
        try FileManager.default.createDirectory(atPath: scratch + "/stort-arkiv/bags", withIntermediateDirectories: true)
        do {
            let filling = try ArchiveIndex(path: scratch + "/stort-arkiv/index.sqlite")
            try filling.queue.write { db in
                let insert = try db.makeStatement(sql: "INSERT INTO bags (path, sagsnr, dokumentnr, udvalg, dato, edition, version, kle, access) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                for number in 0..<100_000 {
                    try insert.execute(arguments: ["bags/2019-\(100_000 + number % 10_000)/2019-\(500_000 + number)/v1-offentlig", "2019-\(100_000 + number % 10_000)",
                                               "2019-\(500_000 + number)", "Teknik- og Miljøudvalget", "2019-10-10", "offentlig", 1, nil, "åben"])
                }
            }
        }  // closed, as after any add: SQLite moves its write-ahead log into the database
        let bigIndex = try ArchiveIndex(path: scratch + "/stort-arkiv/index.sqlite")
        var searchTimes: [Double] = []
        for query in 0..<200 {
            let start = DispatchTime.now().uptimeNanoseconds
            let found = try bigIndex.search(.init(sagsnr: "2019-\(100_000 + (query * 37) % 10_000)"))
            searchTimes.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            precondition(found.count == 10)
        }
        searchTimes.sort()
        print(String(format: "  search --sagsnr at 100,000 bags: median %.2f ms, slowest %.2f ms (200 searches for different cases, 10 bags each)",
                     searchTimes[100], searchTimes[199]))
        // The same through the command line: a new process each time, start-up and index opening
        // included; against `committee-docs --version`, which only starts and stops.
        let tool = root + "/.build/release/committee-docs"
        if FileManager.default.isExecutableFile(atPath: tool) {
            func medianRun(_ arguments: (Int) -> [String], lines: Int) throws -> (median: Double, slowest: Double) {
                var times: [Double] = []
                let outputFile = scratch + "/search-output.txt"
                for query in 0..<50 {
                    let run = spawned(tool, arguments(query), stdout: outputFile)
                    times.append(run.seconds * 1e3)
                    let printed = FileManager.default.contents(atPath: outputFile) ?? Data()
                    precondition(run.status == 0 && printed.split(separator: UInt8(ascii: "\n")).count == lines)
                }
                times.sort()
                return (times[25], times[49])
            }
            let search = try medianRun({ ["archive", "search", "--archive", scratch + "/stort-arkiv", "--sagsnr", "2019-\(100_000 + ($0 * 53) % 10_000)"] }, lines: 10)
            let start = try medianRun({ _ in ["--version"] }, lines: 1)
            print(String(format: "  `committee-docs archive search --sagsnr` at 100,000 bags, whole process: median %.1f ms, slowest %.1f ms (50 runs);",
                         search.median, search.slowest))
            print(String(format: "    `committee-docs --version` (start and exit only): median %.1f ms", start.median))
        }
    } catch {
        fatalError("archive bench: \(error)")
    }
}

// MARK: PDF
/// Runs `tool` with `arguments` to its end, stderr to /dev/null; seconds. It fails when the tool does.
func timedRun(_ tool: String, _ arguments: [String]) -> Double {
    let run = spawned(tool, arguments)
    precondition(run.status == 0, "\(tool) \(arguments) failed")
    return run.seconds
}

func pdfBench() async throws {
    guard let engine = try? PDFEngine.locate() else {
        print("PDF: weasyprint not installed: skipping (apt-get install weasyprint)")
        return
    }
    let version = try engine.checkAvailable()
    print("PDF/A-2b with WeasyPrint \(version):")
    let tool = root + "/.build/release/committee-docs"
    let folder = scratch + "/pdf"
    // One memo, the whole process: start, load, render, validate, print, write, exit.
    var memo: [Double] = []
    for round in 0..<10 { memo.append(timedRun(tool, ["render", sample, "--format", "pdf", "--out", "\(folder)/memo-\(round)"])) }
    memo.sort()
    print(String(format: "  one memo's PDF, `committee-docs render %@ --format pdf`, whole process: median %.2f s, fastest %.2f s (10 runs)",
                 sample, memo[5], memo[0]))
    var text: [Double] = []
    for round in 0..<10 { text.append(timedRun(tool, ["render", sample, "--out", "\(folder)/memo-text-\(round)"])) }
    text.sort()
    print(String(format: "    the same memo in the three text formats: median %.3f s", text[5]))

    // The engine: weasyprint started per document (as pandoc runs its PDF engines) against our
    // long-lived workers, on the same 20 pages (the Solhaven indstilling, 2 pages each).
    let pages = 20
    let pdfRenderer = Renderer(templates: renderer.templates, options: RenderOptions(formats: [.html]),
                               validator: try XHTMLValidator.shared(), rules: rules)
    let page = try pdfRenderer.render(bytes: planBytes, file: planSample).first { $0.identity?.kind == .indstilling }!.text(.html)
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try page.write(toFile: folder + "/side.html", atomically: true, encoding: .utf8)
    var perProcess = 0.0
    for index in 0..<pages {
        perProcess += timedRun(engine.weasyprint, ["-q", "--pdf-variant", "pdf/a-2b", folder + "/side.html", "\(folder)/cli-\(index).pdf"])
    }
    perProcess /= Double(pages)
    func warm(_ workers: Int) -> Double {
        let pool = PDFEngine(interpreter: engine.interpreter, weasyprint: engine.weasyprint, maximumWorkers: workers)
        defer { pool.shutdown() }
        DispatchQueue.concurrentPerform(iterations: workers) { _ in _ = try? pool.print(PDFJob(html: page, identifier: "varm", date: nil)) }
        let start = DispatchTime.now().uptimeNanoseconds
        DispatchQueue.concurrentPerform(iterations: pages) { index in
            _ = try? pool.print(PDFJob(html: page, identifier: "side-\(index)", date: "2019-08-20"))
        }
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 / Double(pages)
    }
    let one = warm(1), all = warm(cores)
    print(String(format: "  per 2-page document: `weasyprint` started per document %.3f s; a warm worker %.3f s; %d warm workers %.3f s (%.1f× the per-process rate)",
                 perProcess, one, cores, all, perProcess / all))

    // A 100-item packet with PDFs: both editions, all four formats, published, as `packet --format all`.
    let meeting100 = try generatedMeeting(100)
    let everything = Renderer(templates: renderer.templates, options: RenderOptions(formats: OutputFormat.allCases),
                              validator: try XHTMLValidator.shared(), rules: rules, printer: engine)
    var best = Double.infinity
    var pdfCount = 0
    for round in 1...2 {
        let start = DispatchTime.now().uptimeNanoseconds
        let packets = try await PacketBuilder(renderer: everything).build(meetingFile: meeting100, editions: [.intern, .offentlig])
        for packet in packets { try PacketPublisher.publish(packet, into: "\(folder)/pakker-\(round)") }
        best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        pdfCount = packets.reduce(0) { $0 + $1.files.filter { $0.path.hasSuffix(".pdf") }.count }
    }
    print(String(format: "  100-item packet with PDFs (both editions, html+md+txt+pdf, %d PDFs incl. two pakke.pdf, published): %.1f s on %d cores (best of 2)",
                 pdfCount, best, cores))
}

if ProcessInfo.processInfo.environment["BENCH_ONLY"] == "pdf" {
    try await pdfBench()
    try? FileManager.default.removeItem(atPath: scratch)
    exit(0)
}

if ProcessInfo.processInfo.environment["BENCH_ONLY"] == "archive" {
    archiveBench()
    try? FileManager.default.removeItem(atPath: scratch)
    exit(0)
}

// BENCH_ONLY=profile: only the whole pipeline to tmpfs, BENCH_ROUNDS rounds (default 10) of
// BENCH_MEMOS memos (default 2,000), for `perf record` or `valgrind --tool=callgrind` to see nothing else.
if ProcessInfo.processInfo.environment["BENCH_ONLY"] == "profile" {
    let memos = memoVariants(Int(ProcessInfo.processInfo.environment["BENCH_MEMOS"] ?? "") ?? 2000)
    let rounds = Int(ProcessInfo.processInfo.environment["BENCH_ROUNDS"] ?? "") ?? 10
    let folder = "/dev/shm/committee-docs-bench-\(getpid())-profile"
    for round in 1...rounds {
        let rate = try pipelineThroughput(memos, file: sample, folder: "\(folder)/\(round)")
        print(String(format: "round %d: %.0f memos/s, CPU time per memo %.0f µs", round, rate, lastCPU * 1e6))
    }
    try? FileManager.default.removeItem(atPath: folder)
    exit(0)
}

// MARK: Per stage, one core
let root0 = try DataLoader.load(bytes, file: sample, format: .yaml)
let submission = try SubmissionDecoder.decode(root0)
let tree = try renderer.documentTree(submission)
let html = renderer.write(tree, as: .html)
let markdown = renderer.write(tree, as: .md)
let text = renderer.write(tree, as: .txt)
print("committee-docs bench: \(sample) (\(bytes.count) bytes of YAML; output \(html.utf8.count) B XHTML, "
      + "\(markdown.utf8.count) B Markdown, \(text.split(separator: "\n").count) lines of text)")
print("Per stage, one core, best of 5 rounds:")
var stages: [Double] = []
stages.append(try measure("load (YAML → positioned tree)") { _ = try DataLoader.load(bytes, file: sample, format: .yaml) })
stages.append(try measure("model (types + rules)") { _ = try SubmissionDecoder.decode(root0) })
stages.append(try measure("view + template + tree (cmark)") { _ = try renderer.documentTree(submission) })
stages.append(measure("write XHTML") { _ = renderer.write(tree, as: .html) })
stages.append(measure("write Markdown") { _ = renderer.write(tree, as: .md) })
stages.append(measure("write text") { _ = renderer.write(tree, as: .txt) })
let validator = try XHTMLValidator.shared()
stages.append(measure("validate XHTML (libxml2, DTD cached)") { _ = validator.validate(html, file: "x.html") })
var writeCounter = 0
stages.append(try measure("write 3 files atomically", iterations: 500) {
    writeCounter += 1
    try AtomicWriter.write([
        (path: "\(scratch)/stage/\(writeCounter).html", contents: html),
        (path: "\(scratch)/stage/\(writeCounter).md", contents: markdown),
        (path: "\(scratch)/stage/\(writeCounter).txt", contents: text),
    ])
})
let sum = stages.reduce(0, +)
print("  " + "sum of stages".padding(toLength: 40, withPad: " ", startingAt: 0) + String(format: "%9.1f µs  (%.0f memos/s on one core)", sum * 1e6, 1 / sum))
// The whole pipeline, the command line and pandoc come right after the stages, while the heap
// is the size one batch makes: after the 5,000-item packets below, the same run measured 10–25%
// more CPU per memo in a heap those packets had grown. BENCH_ONLY=pipeline stops after them.
try wholePipelineBench()
if ProcessInfo.processInfo.environment["BENCH_ONLY"] == "pipeline" {
    try? FileManager.default.removeItem(atPath: scratch)
    exit(0)
}

// MARK: A plan with three documents against the memo, in memory, one core
let planDocuments = try renderer.render(bytes: planBytes, file: planSample).count
print("A plan against the memo (load, check, render 3 formats, validate; in memory, one core):")
let memoInMemory = try measure("memo: the whole file", iterations: 1000) { _ = try renderer.render(bytes: bytes, file: sample) }
let planInMemory = try measure("plan: \(planDocuments) documents with rules", iterations: 500) {
    _ = try renderer.render(bytes: planBytes, file: planSample)
}
print(String(format: "  per plan document %.1f µs = %.2f× the memo's cost", planInMemory / Double(planDocuments) * 1e6,
             planInMemory / Double(planDocuments) / memoInMemory))

// MARK: Meeting packets
/// A generated meeting of `count` items, each the Solhaven plan's indstilling (2–3 pages with a
/// financing table, TMU's and ØU's decisions read from the sample minutes) as BR's item; every
/// tenth item is closed, every item attaches the indstilling's three bilag.
func generatedMeeting(_ count: Int) throws -> String {
    let folder = "\(scratch)/møde-\(count)"
    try FileManager.default.createDirectory(atPath: folder + "/bilag", withIntermediateDirectories: true)
    // The sample plan where it is, so its route finds the meetings' decisions files beside it.
    let plan = FileManager.default.currentDirectoryPath + "/" + planSample
    try "Bilag til punktet.\n".write(toFile: folder + "/bilag/bilag.txt", atomically: true, encoding: .utf8)
    var yaml = "møde:\n  udvalg: BR\n  type: ordinært\n  dato: 2019-10-10\n  tid: \"17:30\"\n  sted: Rådhuset\npunkter:\n"
    for item in 1...count {
        yaml += """
          - titel: Foreløbig helhedsplan for Solhaven, punkt \(item)
            nummer: BR \(item)/19
            sagsnr: 2019-0412587
            adgang: \(item % 10 == 0 ? "lukket" : "åben")
            kilde: \(plan)
            dokumentnr: 2019-0874120
            bilag:
              - {titel: Foreløbig helhedsplan for Solhaven 2020-2023, fil: bilag/bilag.txt}
              - {titel: Budget fordelt på indsatsområder og år, fil: bilag/bilag.txt}
              - {titel: Brev fra Boligforeningen Nordlys om medfinansiering, fil: bilag/bilag.txt}

        """
    }
    try yaml.write(toFile: folder + "/møde.yaml", atomically: true, encoding: .utf8)
    return folder + "/møde.yaml"
}

/// Seconds to build both editions in all three formats and publish them; `phases` gets the
/// build (in memory) and publish parts.
func packetSeconds(_ meeting: String, concurrency: Int, out: String) async throws -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    let packets = try await PacketBuilder(renderer: renderer, concurrency: concurrency).build(meetingFile: meeting, editions: [.intern, .offentlig])
    let built = DispatchTime.now().uptimeNanoseconds
    for packet in packets { try PacketPublisher.publish(packet, into: out) }
    let end = DispatchTime.now().uptimeNanoseconds
    lastPhases = (Double(built - start) / 1e9, Double(end - built) / 1e9)
    return Double(end - start) / 1e9
}
nonisolated(unsafe) var lastPhases = (build: 0.0, publish: 0.0)

print("Meeting packets (both editions, three formats, attachments, manifest, published), best of 3:")
let meeting500 = try generatedMeeting(500)
var all500 = Double.infinity
var one500 = Double.infinity
var buildAll = Double.infinity
var buildOne = Double.infinity
for round in 1...3 {
    all500 = min(all500, try await packetSeconds(meeting500, concurrency: cores, out: "\(scratch)/pakker-a\(round)"))
    buildAll = min(buildAll, lastPhases.build)
    one500 = min(one500, try await packetSeconds(meeting500, concurrency: 1, out: "\(scratch)/pakker-b\(round)"))
    buildOne = min(buildOne, lastPhases.build)
}
print(String(format: "  500 items: %.2f s on %d cores (%.2f ms per item), %.2f s on 1 core: %.2f× speed-up",
             all500, cores, all500 / 500 * 1e3, one500, one500 / all500))
print(String(format: "    of which building in memory: %.2f s on %d cores, %.2f s on 1 core: %.2f× speed-up; the rest is the disk",
             buildAll, cores, buildOne, buildOne / buildAll))
let memoryOut = "/dev/shm/committee-docs-bench-packets-\(getpid())"
var shm500 = Double.infinity
var shmPhases = (build: 0.0, publish: 0.0)
for round in 1...3 {
    let seconds = try await packetSeconds(meeting500, concurrency: cores, out: "\(memoryOut)/\(round)")
    if seconds < shm500 { shm500 = seconds; shmPhases = lastPhases }
}
try? FileManager.default.removeItem(atPath: memoryOut)
print(String(format: "  500 items published to /dev/shm (tmpfs): %.2f s (build %.2f s, publish %.2f s)",
             shm500, shmPhases.build, shmPhases.publish))
// Packets run before the memo rounds below, which create and delete tens of thousands of files:
// ext4 then spends its time looking for reusable inodes (seen in perf: recently_deleted).
let meeting5000 = try generatedMeeting(5000)
let all5000 = try await packetSeconds(meeting5000, concurrency: cores, out: "\(scratch)/pakker-c")
print(String(format: "  5,000 items: %.2f s on %d cores (build %.2f s, publish %.2f s; %.2f ms per item; %.2f× the time of 500 items for 10× the items)",
             all5000, cores, lastPhases.build, lastPhases.publish, all5000 / 5000 * 1e3, all5000 / all500))
print(String(format: "  peak RSS so far (memo stages, pipeline, plan, packets): %.1f MB", peakRSSMegabytes()))

// MARK: Whole pipeline, all cores
/// `count` copies of the sample memo, each with its own dokumentnr (its `dokumentnr:` line
/// replaced), as a batch of different memos: each copy writes its own files.
func memoVariants(_ count: Int) -> [[UInt8]] {
    var lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard let line = lines.firstIndex(where: { $0.hasPrefix("dokumentnr:") }) else {
        fatalError("\(sample) has no top-level dokumentnr: line to vary")
    }
    return (0..<count).map { number in
        lines[line] = "dokumentnr: 2009-\(300_000 + number)"
        return Array(lines.joined(separator: "\n").utf8)
    }
}

/// Documents per second for `inputs` (data files' bytes) rendered and written on all cores, as
/// `render` writes them: `<folder>/<sagsnr>/<dokumentnr>-<kind>.<format>`; with `numbered`,
/// input N writes `<folder>/<N % 100>/<N>-<dokumentnr>-<kind>.<format>` (copies of one plan,
/// whose documents share their numbers). `lastCPU` gets the process's CPU time per document.
func pipelineThroughput(_ inputs: [[UInt8]], file: String, folder: String, numbered: Bool = false) throws -> Double {
    let cpuBefore = cpuSeconds()
    let start = DispatchTime.now().uptimeNanoseconds
    let failures = Counter()
    let documents = Counter()
    DispatchQueue.concurrentPerform(iterations: inputs.count) { index in
        do {
            let rendered = try renderer.render(bytes: inputs[index], file: file)
            try AtomicWriter.write(rendered.flatMap { document in
                document.files.map { file in
                    let path = numbered ? "\(index % 100)/\(index)-" + file.relativePath(base: document.identity!.name)
                                        : file.relativePath(base: document.basePath)
                    return (path: folder + "/" + path, content: file.content)
                }
            })
            documents.add(rendered.count)
        } catch {
            failures.increment()
        }
    }
    precondition(failures.value == 0, "the pipeline failed \(failures.value) times")
    lastCPU = (cpuSeconds() - cpuBefore) / Double(documents.value)
    return Double(documents.value) / (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
}

/// Whether `path` is on tmpfs (memory), as /dev/shm is and TMPDIR may be.
/// The mount with the longest mount point that holds `path` decides (/proc/mounts).
func isTmpfs(_ path: String) -> Bool {
    let real = (path as NSString).resolvingSymlinksInPath
    let mounts = (try? String(contentsOfFile: "/proc/mounts", encoding: .utf8)) ?? ""
    var longest = -1
    var type = ""
    for line in mounts.split(separator: "\n") {
        let fields = line.split(separator: " ").map(String.init)
        guard fields.count > 2 else { continue }
        let point = fields[1]
        let holds = real == point || real.hasPrefix(point.hasSuffix("/") ? point : point + "/")
        if holds, point.count > longest { (longest, type) = (point.count, fields[2]) }
    }
    return type == "tmpfs"
}

/// User and system CPU time of this process so far, all threads (or of its finished children):
/// on a machine shared with other work, CPU time per document is steadier than the wall-clock rate.
func cpuSeconds(children: Bool = false) -> Double {
    var usage = rusage()
    getrusage(__rusage_who_t((children ? RUSAGE_CHILDREN : RUSAGE_SELF).rawValue), &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}

final class Counter: Sendable {
    private let count = Atomic(0)
    func increment() { add(1) }
    func add(_ amount: Int) { count.add(amount, ordering: .relaxed) }
    var value: Int { count.load(ordering: .relaxed) }
}

/// The whole pipeline in this process, to the disk and to tmpfs; `committee-docs render` as a
/// process over the same 2,000 memos and for one memo; pandoc on the same memo; and the ratio.
func wholePipelineBench() throws {
    let memos = memoVariants(2000)
    let planDocuments = try renderer.render(bytes: planBytes, file: planSample).count
    print("Whole pipeline (load, check, render 3 formats, validate, write atomically), \(cores) cores, documents/s,")
    print("best of 3 rounds, memo (2,000 memos, each its own dokumentnr) and plan (700 copies of \(planDocuments) documents) rounds interleaved:")
    // On disk and in memory (tmpfs): on this machine's ext4, mounted with online discard, one
    // create + write + rename varies between about 60 and 250 µs from minute to minute, so the
    // tmpfs figure is our own cost and the disk figure is what a user sees today.
    // Its own folder, not the scratch folder even when TMPDIR is /dev/shm: it is removed below.
    let memoryScratch = "/dev/shm/committee-docs-bench-\(getpid())-tmpfs"
    let hasTmpfs = isTmpfs("/dev/shm")
    // tmpfs first: after the disk rounds, ext4's journal and online discard go on working in the
    // background for seconds and would take CPU from the tmpfs rounds.
    var targets: [(String, String)] = []
    if hasTmpfs { targets.append(("memory, /dev/shm (tmpfs)", memoryScratch)) }
    if !isTmpfs(scratch) { targets.append(("disk, " + scratch, scratch)) }
    var memoRates: [String: Double] = [:]
    let plans = Array(repeating: planBytes, count: 700)
    for (label, folder) in targets {
        var bestMemo = 0.0
        var bestPlan = 0.0
        var memoCPU = Double.infinity
        for round in 1...3 {
            bestMemo = max(bestMemo, try pipelineThroughput(memos, file: sample, folder: "\(folder)/memo\(round)"))
            memoCPU = min(memoCPU, lastCPU)
            bestPlan = max(bestPlan, try pipelineThroughput(plans, file: planSample, folder: "\(folder)/plan\(round)", numbered: true))
        }
        if folder != scratch { try? FileManager.default.removeItem(atPath: folder) }
        memoRates[folder] = bestMemo
        print(String(format: "  %@: memos %.0f/s, plan documents %.0f/s (a plan document costs %.2f× a memo)",
                     label as NSString, bestMemo, bestPlan, bestMemo / bestPlan))
        print(String(format: "    CPU time per memo %.0f µs (user + system, all threads; %d cores busy with nothing else would give %.0f memos/s)",
                     memoCPU * 1e6, cores, Double(cores) / memoCPU))
    }

    // The command line: a batch, and one memo from process start to exit.
    let tool = root + "/.build/release/committee-docs"
    var commandRate: Double?
    if FileManager.default.isExecutableFile(atPath: tool) {
        // The same 2,000 memos as files (tmpfs when there is one), rendered by one `render` command.
        let commandScratch = (hasTmpfs ? memoryScratch : scratch) + "/command"
        let inputFolder = commandScratch + "/memos"
        try FileManager.default.createDirectory(atPath: inputFolder, withIntermediateDirectories: true)
        let files = memos.indices.map { "\(inputFolder)/notat-\($0).yaml" }
        for (file, memo) in zip(files, memos) { _ = FileManager.default.createFile(atPath: file, contents: Data(memo)) }
        var batch = Double.infinity
        var batchCPU = Double.infinity
        for round in 1...3 {
            let cpuBefore = cpuSeconds(children: true)
            let run = spawned(tool, ["render"] + files + ["--out", "\(commandScratch)/out\(round)"])
            precondition(run.status == 0, "committee-docs render failed (\(run.status))")
            batch = min(batch, run.seconds)
            batchCPU = min(batchCPU, cpuSeconds(children: true) - cpuBefore)
        }
        commandRate = Double(memos.count) / batch
        var single: [Double] = []
        for round in 0..<21 {
            let run = spawned(tool, ["render", sample, "--out", "\(commandScratch)/one\(round)"])
            precondition(run.status == 0, "committee-docs render failed (\(run.status))")
            single.append(run.seconds)
        }
        single.sort()
        try? FileManager.default.removeItem(atPath: hasTmpfs ? memoryScratch : commandScratch)
        print("The command line, writing to \(hasTmpfs ? "/dev/shm (tmpfs)" : scratch):")
        print(String(format: "  `committee-docs render` of the 2,000 memo files, whole process: %.2f s = %.0f memos/s (best of 3); CPU time %.2f s",
                     batch, commandRate!, batchCPU))
        print(String(format: "  one memo, `committee-docs render %@`, process start to exit: median %.1f ms, fastest %.1f ms (21 runs)",
                     sample, single[10] * 1e3, single[0] * 1e3))
    } else {
        print("The command line: \(tool) not built: skipping (swift build -c release --product committee-docs)")
    }

    // pandoc, the reference peer, in the same run: it converts the memo's Markdown to one
    // standalone HTML file per process, one process after another and then on all cores.
    let pandoc = ["/usr/bin/pandoc", "/usr/local/bin/pandoc"].first { FileManager.default.isExecutableFile(atPath: $0) }
    if let pandoc {
        let markdown = try renderer.render(bytes: bytes, file: sample)[0].files.first { $0.format == .md }!.content.text!
        let input = scratch + "/memo.md"
        try markdown.write(toFile: input, atomically: true, encoding: .utf8)
        func convert(_ index: Int) {
            let run = spawned(pandoc, ["-f", "markdown", "-t", "html", "-s", "--metadata", "title=Notat",
                                       "-o", "\(scratch)/pandoc-\(index).html", input])
            precondition(run.status == 0, "pandoc failed")
        }
        convert(0)  // warm the page cache
        let runs = 40
        var start = DispatchTime.now().uptimeNanoseconds
        for index in 0..<runs / 2 { convert(index) }
        let perDocument = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 / Double(runs / 2)
        start = DispatchTime.now().uptimeNanoseconds
        DispatchQueue.concurrentPerform(iterations: runs) { convert($0) }
        let pandocRate = Double(runs) / (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        print("pandoc (Markdown → standalone HTML, one process per document) on the same memo:")
        print(String(format: "  one core: %.1f ms per memo = %.0f memos/s; %d cores: %.0f memos/s (%d conversions)",
                     perDocument * 1e3, 1 / perDocument, cores, pandocRate, runs))
        let ours = memoRates[hasTmpfs ? memoryScratch : scratch] ?? 0
        print(String(format: "  ratio, whole pipeline on %d cores to %@ (committee-docs: 3 formats, validated, written) ÷ pandoc on %d cores: %.0f× (%.0f ÷ %.0f memos/s)",
                     cores, hasTmpfs ? "tmpfs" : "disk", cores, ours / pandocRate, ours, pandocRate))
        if let commandRate {
            print(String(format: "  ratio, one `committee-docs render` of 2,000 files ÷ pandoc on %d cores: %.0f× (%.0f ÷ %.0f memos/s)",
                         cores, commandRate / pandocRate, commandRate, pandocRate))
        }
    } else {
        print("pandoc not installed: skipping the reference peer (apt-get install pandoc)")
    }
}

// MARK: Memory over 10,000 memos
// Resident memory now (not the peak, which the packet benchmark above has already set).
func residentMegabytes() -> Double {
    guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8),
          let pages = text.split(separator: " ").dropFirst().first.flatMap({ Double($0) }) else { return 0 }
    return pages * Double(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
}
let before = residentMegabytes()
let memos = memoVariants(2000)
_ = try pipelineThroughput(Array(memos.prefix(1000)), file: sample, folder: "\(scratch)/memory")
let after1000 = residentMegabytes()
for round in 1...5 { _ = try pipelineThroughput(memos, file: sample, folder: "\(scratch)/memory\(round)") }
let after10000 = residentMegabytes()
print(String(format: "Resident memory: %.1f MB before, %.1f MB after 1,000 memos, %.1f MB after 10,000 more (peak of the whole run %.1f MB)",
             before, after1000, after10000, peakRSSMegabytes()))

archiveBench()
try await pdfBench()
