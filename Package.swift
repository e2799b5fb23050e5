// swift-tools-version:6.0
import PackageDescription

// One library module per pipeline stage; each imports only the stages before it.
//   Loading -> Model (+ Rules) -> View -> Templating -> DocumentTree (+ MarkdownReading)
//   -> XHTMLWriting | MarkdownWriting | TextWriting -> XHTMLValidation -> Rendering -> CLI
let package = Package(
    name: "committee-docs",
    // Linux only (see README, Start here; FileWriting stops a build elsewhere), so no Apple platform
    // is declared: SwiftPM reads `platforms` only when building for one, never to resolve versions.
    products: [
        .executable(name: "committee-docs", targets: ["CommitteeDocs"]),
        .executable(name: "committee-docs-bench", targets: ["CommitteeDocsBench"]),
        .library(name: "CommitteeDocsKit", targets: ["Rendering"]),
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
        .systemLibrary(name: "CLibXML2", path: "Sources/CLibXML2", pkgConfig: "libxml-2.0",
                       providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CCmarkGFM", path: "Sources/CCmarkGFM", pkgConfig: "libcmark-gfm",
                       providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),

        // Positions and error reports shared by every stage.
        .target(name: "Diagnostics"),
        // The ordered parallel map that batches share (render, packet, archive); the lock is Synchronization.Mutex.
        .target(name: "Concurrency"),
        // syncfs(2) and renameat2(2), which Swift's Glibc module does not declare.
        .target(name: "CFileSystem"),
        // Creating and writing a new file, durable flushes and atomic swaps, for every stage that writes.
        .target(name: "FileWriting", dependencies: ["CFileSystem", "Diagnostics"]),
        // Stage 1: YAML/JSON text -> a value tree where every node knows file:line:col.
        .target(name: "Loading", dependencies: ["Diagnostics", .product(name: "Yams", package: "Yams")]),
        // Danish dates, numbers, amounts, percentages and fractions.
        .target(name: "Formatting", dependencies: ["Diagnostics"]),
        // Stage 2: typed documents and the domain rules, decoded from the value tree.
        .target(name: "Model", dependencies: ["Diagnostics", "Loading", "Formatting"]),
        // Stage 2b: the funding rules table (data) and the funding and route rules a plan must keep.
        .target(name: "Rules", dependencies: ["Diagnostics", "Loading", "Formatting", "Model"]),
        // Stage 4: our Mustache engine (strict document mode, spec-conformant plain mode).
        .target(name: "Templating", dependencies: ["Diagnostics"]),
        // Stage 3: the model as a template value tree with formatted Danish variants.
        .target(name: "View", dependencies: ["Diagnostics", "Model", "Formatting", "Templating"]),
        // Stage 5: the typed document tree every writer reads.
        .target(name: "DocumentTree"),
        // Markdown (CommonMark + GFM tables) -> document tree, through cmark-gfm.
        .target(name: "MarkdownReading", dependencies: ["DocumentTree", "CCmarkGFM"]),
        // Stage 6: writers; each one owns the escaping of its format.
        .target(name: "XHTMLWriting", dependencies: ["DocumentTree"]),
        .target(name: "MarkdownWriting", dependencies: ["DocumentTree"]),
        .target(name: "TextWriting", dependencies: ["DocumentTree"]),
        // Stage 7: XHTML 1.0 Strict validation with libxml2.
        .target(name: "XHTMLValidation", dependencies: ["Diagnostics", "CLibXML2"]),
        // Stage 8: printing the validated XHTML as PDF/A with WeasyPrint (an external program).
        .target(name: "PDFPrinting"),
        // Meeting packets: built in memory, published atomically, and read back from their folders.
        .target(name: "Packet", dependencies: ["Concurrency", "Diagnostics", "FileWriting", "Loading", "Model", "Rendering", "Templating", "View",
                                               "DocumentTree", "Formatting", "PDFPrinting", .product(name: "Crypto", package: "swift-crypto")]),
        // The archive: BagIt bags (RFC 8493) written once and verified, and their SQLite index.
        .target(name: "Archive", dependencies: ["Concurrency", "Diagnostics", "FileWriting", "Formatting", "Model", .product(name: "Crypto", package: "swift-crypto"),
                                                .product(name: "GRDB", package: "GRDB.swift")]),
        // What the archive keeps of rendered documents and packets: the one adapter between them.
        .target(name: "Archiving", dependencies: ["Archive", "Formatting", "Model", "Packet", "Rendering"]),
        // The pipeline end to end, and atomic writing.
        .target(name: "Rendering", dependencies: [
            "Diagnostics", "Loading", "Formatting", "Model", "Rules", "View", "Templating", "DocumentTree",
            "MarkdownReading", "XHTMLWriting", "MarkdownWriting", "TextWriting", "XHTMLValidation", "FileWriting", "PDFPrinting",
            "Concurrency",
        ]),
        // The official's live preview: a local Hummingbird server over Rendering and Packet; writes nothing.
        .target(name: "Preview", dependencies: ["CommitteeDocsResources", "Diagnostics", "Loading", "Model", "Rules", "Templating", "XHTMLValidation",
                                                "DocumentTree", "Rendering", "Packet",
                                                .product(name: "Hummingbird", package: "hummingbird"),
                                                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                                                .product(name: "Logging", package: "swift-log"),
                                                .product(name: "NIOCore", package: "swift-nio")]),
        // The shipped templates, rules table, schemas and starter files, compiled into the binary.
        .executableTarget(name: "EmbedResourcesTool"),
        .plugin(name: "EmbedResources", capability: .buildTool(), dependencies: ["EmbedResourcesTool"]),
        .target(name: "CommitteeDocsResources", dependencies: ["Diagnostics", "Templating", "Rules"], plugins: ["EmbedResources"]),
        // Thin command-line glue.
        .executableTarget(name: "CommitteeDocs", dependencies: [
            "Rendering", "PDFPrinting", "Diagnostics", "XHTMLValidation", "Rules", "Model", "Formatting", "Packet", "Loading", "Archive", "Archiving", "View",
            "Preview", "CommitteeDocsResources", "FileWriting",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "CommitteeDocsBench", dependencies: ["Rendering", "FileWriting", "Loading", "Model", "Rules", "View", "Packet", "Archive", "Archiving", "PDFPrinting",
                                                                    .product(name: "GRDB", package: "GRDB.swift"),
                                                                    "Templating", "MarkdownReading", "XHTMLWriting",
                                                                    "MarkdownWriting", "TextWriting", "XHTMLValidation"]),
        // Fuzz targets: one binary, the target chosen by its first argument (see Fuzz/README.md).
        .target(name: "CFuzzerDriver", path: "Fuzz/Driver"),
        .executableTarget(name: "CommitteeDocsFuzz", dependencies: [
            "CFuzzerDriver", "Diagnostics", "Loading", "Model", "Formatting", "Templating", "DocumentTree", "MarkdownReading",
            "XHTMLWriting", "MarkdownWriting", "TextWriting", "XHTMLValidation",
        ], path: "Fuzz/Sources"),

        // Helpers several test targets share (the checkout's path and samples, temporary folders, running
        // committee-docs and other programs, running on a thread with a small stack).
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics"]),
        .testTarget(name: "ConcurrencyTests", dependencies: ["Concurrency"]),
        .testTarget(name: "FileWritingTests", dependencies: ["TestSupport", "FileWriting"]),
        .testTarget(name: "LoadingTests", dependencies: ["TestSupport", "Loading", "Diagnostics"]),
        .testTarget(name: "FormattingTests", dependencies: ["Formatting"]),
        .testTarget(name: "ModelTests", dependencies: ["TestSupport", "Model", "Loading", "Diagnostics", "Formatting"]),
        .testTarget(name: "RulesTests", dependencies: ["TestSupport", "Rules", "Model", "Loading", "Formatting", "Diagnostics"]),
        .testTarget(name: "TemplatingTests", dependencies: ["TestSupport", "Templating", "Diagnostics"]),
        .testTarget(name: "ViewTests", dependencies: ["View", "Model", "Loading", "Formatting", "Templating", "Diagnostics"]),
        .testTarget(name: "DocumentTreeTests", dependencies: ["TestSupport", "DocumentTree"]),
        .testTarget(name: "MarkdownReadingTests", dependencies: ["TestSupport", "MarkdownReading", "DocumentTree"]),
        .testTarget(name: "XHTMLWritingTests", dependencies: ["TestSupport", "XHTMLWriting", "DocumentTree", "XHTMLValidation"]),
        .testTarget(name: "MarkdownWritingTests", dependencies: ["TestSupport", "MarkdownWriting", "MarkdownReading", "DocumentTree"]),
        .testTarget(name: "TextWritingTests", dependencies: ["TextWriting", "DocumentTree"]),
        .testTarget(name: "XHTMLValidationTests", dependencies: ["XHTMLValidation", "Diagnostics"]),
        .testTarget(name: "RenderingTests", dependencies: ["TestSupport", "Rendering", "PDFPrinting", "Rules", "Model", "Diagnostics", "MarkdownReading", "Packet",
                                                          "View", "Loading", "Templating",
                                                          "MarkdownWriting", "DocumentTree", "XHTMLValidation", "XHTMLWriting",
                                                          "TextWriting"]),
        .testTarget(name: "PacketTests", dependencies: ["TestSupport", "Packet", "Model", "Loading", "Diagnostics", "Rendering", "Rules",
                                                       "Templating", "XHTMLValidation"]),
        .testTarget(name: "ArchiveTests", dependencies: ["Archive", "Concurrency", "Model", "Formatting"]),
        .testTarget(name: "ArchivingTests", dependencies: ["TestSupport", "Archiving", "Archive", "Packet", "Model", "Formatting", "Diagnostics", "Rendering",
                                                          "Rules", "Templating", "XHTMLValidation"]),
        .testTarget(name: "PDFPrintingTests", dependencies: ["TestSupport", "PDFPrinting"]),
        // The schemas in schemas/ are compared with the decoders (Model) as well as with the command.
        .testTarget(name: "CommitteeDocsTests", dependencies: ["TestSupport", "CommitteeDocs", "CommitteeDocsResources", "Model", "Loading", "Diagnostics"]),
        // The preview through HTTP and in a real headless chromium (driven over the DevTools protocol).
        .testTarget(name: "PreviewTests", dependencies: ["TestSupport", "Preview", "CommitteeDocs"]),
    ],
    swiftLanguageModes: [.v5]
)
