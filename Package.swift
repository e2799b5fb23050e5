// swift-tools-version:6.0
import PackageDescription

// One library module per pipeline stage; each imports only the stages before it.
//   Loading -> Model (+ Rules) -> View -> Templating -> DocumentTree (+ MarkdownReading)
//   -> XHTMLWriting | MarkdownWriting | TextWriting -> XHTMLValidation -> Rendering -> CLI
// The programs allocate with jemalloc (Debian: libjemalloc-dev to build, libjemalloc2 to run)
// rather than glibc's malloc: a memo makes about 1,600 small allocations, and jemalloc's thread
// caches spend fewer instructions on each (README, Performance, measures it). Libraries leave the
// allocator to the program that links them.
let jemalloc: [LinkerSetting] = [.linkedLibrary("jemalloc")]

let package = Package(
    name: "committee-docs",
    // Linux only (see README, Start here; FileWriting stops a build elsewhere), so no Apple platform
    // is declared: SwiftPM reads `platforms` only when building for one, never to resolve versions.
    products: [
        .executable(name: "committee-docs", targets: ["CommitteeDocs"]),
        .executable(name: "committee-docs-bench", targets: ["CommitteeDocsBench"]),
        // For a Swift client: rendering (with the shipped templates and rules, `Renderer.builtIn()`),
        // meeting packets, and the archive with what it keeps of documents and packets. Every module
        // is named CommitteeDocs… so none can collide with a client's own.
        .library(name: "CommitteeDocsRendering", targets: ["CommitteeDocsRendering", "CommitteeDocsResources"]),
        .library(name: "CommitteeDocsPacket", targets: ["CommitteeDocsPacket"]),
        .library(name: "CommitteeDocsArchive", targets: ["CommitteeDocsArchive", "CommitteeDocsArchiving"]),
        // libFuzzer targets (scripts/fuzz.sh builds them with -sanitize=fuzzer); a normal build
        // gives a tool that replays inputs through the same checks.
        .executable(name: "committee-docs-fuzz", targets: ["CommitteeDocsFuzz"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        // Already Hummingbird's: named here because the preview uses them directly.
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.0.0"),
    ],
    targets: [
        // System libraries (Debian: libxml2-dev, libcmark-gfm-dev, libcmark-gfm-extensions-dev).
        .systemLibrary(name: "CommitteeDocsCLibXML2", path: "Sources/CommitteeDocsCLibXML2", pkgConfig: "libxml-2.0",
                       providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CommitteeDocsCCmarkGFM", path: "Sources/CommitteeDocsCCmarkGFM", pkgConfig: "libcmark-gfm",
                       providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),

        // Positions and error reports shared by every stage.
        .target(name: "CommitteeDocsDiagnostics"),
        // The ordered parallel map that batches share (render, packet, archive); the lock is Synchronization.Mutex.
        .target(name: "CommitteeDocsConcurrency"),
        // syncfs(2) and renameat2(2), which Swift's Glibc module does not declare.
        .target(name: "CommitteeDocsCFileSystem"),
        // Creating and writing a new file, durable flushes and atomic swaps, for every stage that writes.
        .target(name: "CommitteeDocsFileWriting", dependencies: ["CommitteeDocsCFileSystem", "CommitteeDocsDiagnostics"]),
        // Stage 1: YAML/JSON text -> a value tree where every node knows file:line:col.
        .target(name: "CommitteeDocsLoading", dependencies: ["CommitteeDocsDiagnostics", .product(name: "Yams", package: "Yams")]),
        // Danish dates, numbers, amounts, percentages and fractions.
        .target(name: "CommitteeDocsFormatting", dependencies: ["CommitteeDocsDiagnostics"]),
        // Stage 2: typed documents and the domain rules, decoded from the value tree.
        .target(name: "CommitteeDocsModel", dependencies: ["CommitteeDocsDiagnostics", "CommitteeDocsLoading", "CommitteeDocsFormatting"]),
        // Stage 2b: the funding rules table (data) and the funding and route rules a plan must keep.
        .target(name: "CommitteeDocsRules", dependencies: ["CommitteeDocsDiagnostics", "CommitteeDocsLoading", "CommitteeDocsFormatting", "CommitteeDocsModel"]),
        // Stage 4: our Mustache engine (strict document mode, spec-conformant plain mode).
        .target(name: "CommitteeDocsTemplating", dependencies: ["CommitteeDocsDiagnostics"]),
        // Stage 3: the model as a template value tree with formatted Danish variants.
        .target(name: "CommitteeDocsView", dependencies: ["CommitteeDocsDiagnostics", "CommitteeDocsModel", "CommitteeDocsFormatting", "CommitteeDocsTemplating"]),
        // Stage 5: the typed document tree every writer reads.
        .target(name: "CommitteeDocsDocumentTree"),
        // Markdown (CommonMark + GFM tables) -> document tree, through cmark-gfm.
        .target(name: "CommitteeDocsMarkdownReading", dependencies: ["CommitteeDocsDocumentTree", "CommitteeDocsCCmarkGFM"]),
        // Stage 6: writers; each one owns the escaping of its format.
        .target(name: "CommitteeDocsXHTMLWriting", dependencies: ["CommitteeDocsDocumentTree"]),
        .target(name: "CommitteeDocsMarkdownWriting", dependencies: ["CommitteeDocsDocumentTree"]),
        .target(name: "CommitteeDocsTextWriting", dependencies: ["CommitteeDocsDocumentTree"]),
        // Stage 7: XHTML 1.0 Strict validation with libxml2.
        .target(name: "CommitteeDocsXHTMLValidation", dependencies: ["CommitteeDocsDiagnostics", "CommitteeDocsCLibXML2"]),
        // Stage 8: printing the validated XHTML as PDF/A with WeasyPrint (an external program).
        .target(name: "CommitteeDocsPDFPrinting"),
        // Meeting packets: built in memory, published atomically, and read back from their folders.
        .target(name: "CommitteeDocsPacket", dependencies: ["CommitteeDocsConcurrency", "CommitteeDocsDiagnostics", "CommitteeDocsFileWriting", "CommitteeDocsLoading", "CommitteeDocsModel", "CommitteeDocsRendering", "CommitteeDocsTemplating", "CommitteeDocsView",
                                               "CommitteeDocsDocumentTree", "CommitteeDocsFormatting", "CommitteeDocsPDFPrinting", .product(name: "Crypto", package: "swift-crypto")]),
        // The archive: BagIt bags (RFC 8493) written once and verified, and their SQLite index.
        .target(name: "CommitteeDocsArchive", dependencies: ["CommitteeDocsConcurrency", "CommitteeDocsDiagnostics", "CommitteeDocsFileWriting", "CommitteeDocsFormatting", "CommitteeDocsModel", .product(name: "Crypto", package: "swift-crypto"),
                                                .product(name: "GRDB", package: "GRDB.swift")]),
        // What the archive keeps of rendered documents and packets: the one adapter between them.
        .target(name: "CommitteeDocsArchiving", dependencies: ["CommitteeDocsArchive", "CommitteeDocsFormatting", "CommitteeDocsModel", "CommitteeDocsPacket", "CommitteeDocsRendering"]),
        // The pipeline end to end, and atomic writing.
        .target(name: "CommitteeDocsRendering", dependencies: [
            "CommitteeDocsDiagnostics", "CommitteeDocsLoading", "CommitteeDocsFormatting", "CommitteeDocsModel", "CommitteeDocsRules", "CommitteeDocsView", "CommitteeDocsTemplating", "CommitteeDocsDocumentTree",
            "CommitteeDocsMarkdownReading", "CommitteeDocsXHTMLWriting", "CommitteeDocsMarkdownWriting", "CommitteeDocsTextWriting", "CommitteeDocsXHTMLValidation", "CommitteeDocsFileWriting", "CommitteeDocsPDFPrinting",
            "CommitteeDocsConcurrency",
        ]),
        // The official's live preview: a local Hummingbird server over Rendering and Packet; writes nothing.
        .target(name: "CommitteeDocsPreview", dependencies: ["CommitteeDocsResources", "CommitteeDocsDiagnostics", "CommitteeDocsLoading", "CommitteeDocsModel", "CommitteeDocsRules", "CommitteeDocsTemplating", "CommitteeDocsXHTMLValidation",
                                                "CommitteeDocsDocumentTree", "CommitteeDocsRendering", "CommitteeDocsPacket",
                                                .product(name: "Hummingbird", package: "hummingbird"),
                                                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                                                .product(name: "Logging", package: "swift-log"),
                                                .product(name: "NIOCore", package: "swift-nio")]),
        // The shipped templates, rules table, schemas and starter files, compiled into the binary.
        .executableTarget(name: "EmbedResourcesTool"),
        .plugin(name: "EmbedResources", capability: .buildTool(), dependencies: ["EmbedResourcesTool"]),
        .target(name: "CommitteeDocsResources", dependencies: ["CommitteeDocsDiagnostics", "CommitteeDocsTemplating", "CommitteeDocsRules",
                                                              "CommitteeDocsRendering", "CommitteeDocsXHTMLValidation"], plugins: ["EmbedResources"]),
        // Thin command-line glue.
        .executableTarget(name: "CommitteeDocs", dependencies: [
            "CommitteeDocsRendering", "CommitteeDocsPDFPrinting", "CommitteeDocsDiagnostics", "CommitteeDocsXHTMLValidation", "CommitteeDocsRules", "CommitteeDocsModel", "CommitteeDocsFormatting", "CommitteeDocsPacket", "CommitteeDocsLoading", "CommitteeDocsArchive", "CommitteeDocsArchiving", "CommitteeDocsView",
            "CommitteeDocsPreview", "CommitteeDocsResources", "CommitteeDocsFileWriting",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ], linkerSettings: jemalloc),
        .executableTarget(name: "CommitteeDocsBench", dependencies: ["CommitteeDocsRendering", "CommitteeDocsFileWriting", "CommitteeDocsLoading", "CommitteeDocsModel", "CommitteeDocsRules", "CommitteeDocsView", "CommitteeDocsPacket", "CommitteeDocsArchive", "CommitteeDocsArchiving", "CommitteeDocsPDFPrinting",
                                                                    .product(name: "GRDB", package: "GRDB.swift"),
                                                                    "CommitteeDocsTemplating", "CommitteeDocsMarkdownReading", "CommitteeDocsXHTMLWriting",
                                                                    "CommitteeDocsMarkdownWriting", "CommitteeDocsTextWriting", "CommitteeDocsXHTMLValidation"],
                          linkerSettings: jemalloc),
        // Fuzz targets: one binary, the target chosen by its first argument (see Fuzz/README.md).
        .target(name: "CFuzzerDriver", path: "Fuzz/Driver"),
        .executableTarget(name: "CommitteeDocsFuzz", dependencies: [
            "CFuzzerDriver", "CommitteeDocsDiagnostics", "CommitteeDocsLoading", "CommitteeDocsModel", "CommitteeDocsFormatting", "CommitteeDocsTemplating", "CommitteeDocsDocumentTree", "CommitteeDocsMarkdownReading",
            "CommitteeDocsXHTMLWriting", "CommitteeDocsMarkdownWriting", "CommitteeDocsTextWriting", "CommitteeDocsXHTMLValidation",
        ], path: "Fuzz/Sources"),

        // Helpers several test targets share (the checkout's path and samples, temporary folders, running
        // committee-docs and other programs, running on a thread with a small stack).
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "DiagnosticsTests", dependencies: ["CommitteeDocsDiagnostics"]),
        .testTarget(name: "ConcurrencyTests", dependencies: ["CommitteeDocsConcurrency"]),
        .testTarget(name: "FileWritingTests", dependencies: ["TestSupport", "CommitteeDocsFileWriting"]),
        .testTarget(name: "LoadingTests", dependencies: ["TestSupport", "CommitteeDocsLoading", "CommitteeDocsDiagnostics"]),
        .testTarget(name: "FormattingTests", dependencies: ["CommitteeDocsFormatting"]),
        .testTarget(name: "ModelTests", dependencies: ["TestSupport", "CommitteeDocsModel", "CommitteeDocsLoading", "CommitteeDocsDiagnostics", "CommitteeDocsFormatting"]),
        .testTarget(name: "RulesTests", dependencies: ["TestSupport", "CommitteeDocsRules", "CommitteeDocsModel", "CommitteeDocsLoading", "CommitteeDocsFormatting", "CommitteeDocsDiagnostics"]),
        .testTarget(name: "TemplatingTests", dependencies: ["TestSupport", "CommitteeDocsTemplating", "CommitteeDocsDiagnostics"]),
        .testTarget(name: "ViewTests", dependencies: ["CommitteeDocsView", "CommitteeDocsModel", "CommitteeDocsLoading", "CommitteeDocsFormatting", "CommitteeDocsTemplating", "CommitteeDocsDiagnostics"]),
        .testTarget(name: "DocumentTreeTests", dependencies: ["TestSupport", "CommitteeDocsDocumentTree"]),
        .testTarget(name: "MarkdownReadingTests", dependencies: ["TestSupport", "CommitteeDocsMarkdownReading", "CommitteeDocsDocumentTree"]),
        .testTarget(name: "XHTMLWritingTests", dependencies: ["TestSupport", "CommitteeDocsXHTMLWriting", "CommitteeDocsDocumentTree", "CommitteeDocsXHTMLValidation"]),
        .testTarget(name: "MarkdownWritingTests", dependencies: ["TestSupport", "CommitteeDocsMarkdownWriting", "CommitteeDocsMarkdownReading", "CommitteeDocsDocumentTree"]),
        .testTarget(name: "TextWritingTests", dependencies: ["CommitteeDocsTextWriting", "CommitteeDocsDocumentTree"]),
        .testTarget(name: "XHTMLValidationTests", dependencies: ["CommitteeDocsXHTMLValidation", "CommitteeDocsDiagnostics"]),
        .testTarget(name: "RenderingTests", dependencies: ["TestSupport", "CommitteeDocsRendering", "CommitteeDocsPDFPrinting", "CommitteeDocsRules", "CommitteeDocsModel", "CommitteeDocsDiagnostics", "CommitteeDocsMarkdownReading", "CommitteeDocsPacket",
                                                          "CommitteeDocsView", "CommitteeDocsLoading", "CommitteeDocsTemplating",
                                                          "CommitteeDocsMarkdownWriting", "CommitteeDocsDocumentTree", "CommitteeDocsXHTMLValidation", "CommitteeDocsXHTMLWriting",
                                                          "CommitteeDocsTextWriting"]),
        .testTarget(name: "PacketTests", dependencies: ["TestSupport", "CommitteeDocsPacket", "CommitteeDocsModel", "CommitteeDocsLoading", "CommitteeDocsDiagnostics", "CommitteeDocsRendering", "CommitteeDocsRules",
                                                       "CommitteeDocsTemplating", "CommitteeDocsXHTMLValidation"]),
        .testTarget(name: "ArchiveTests", dependencies: ["CommitteeDocsArchive", "CommitteeDocsConcurrency", "CommitteeDocsModel", "CommitteeDocsFormatting"]),
        .testTarget(name: "ArchivingTests", dependencies: ["TestSupport", "CommitteeDocsArchiving", "CommitteeDocsArchive", "CommitteeDocsPacket", "CommitteeDocsModel", "CommitteeDocsFormatting", "CommitteeDocsDiagnostics", "CommitteeDocsRendering",
                                                          "CommitteeDocsRules", "CommitteeDocsTemplating", "CommitteeDocsXHTMLValidation"]),
        .testTarget(name: "PDFPrintingTests", dependencies: ["TestSupport", "CommitteeDocsPDFPrinting"]),
        // The schemas in schemas/ are compared with the decoders (Model) as well as with the command.
        .testTarget(name: "CommitteeDocsTests", dependencies: ["TestSupport", "CommitteeDocs", "CommitteeDocsResources", "CommitteeDocsModel", "CommitteeDocsLoading", "CommitteeDocsDiagnostics"]),
        // The library products used as a client uses them (README "Use as a library"): their modules only.
        .testTarget(name: "LibraryExampleTests", dependencies: ["CommitteeDocsRendering", "CommitteeDocsResources", "CommitteeDocsPacket",
                                                              "CommitteeDocsArchive", "CommitteeDocsArchiving"]),
        // The preview through HTTP and in a real headless chromium (driven over the DevTools protocol).
        .testTarget(name: "PreviewTests", dependencies: ["TestSupport", "CommitteeDocsPreview", "CommitteeDocs"]),
    ],
    swiftLanguageModes: [.v5]
)
