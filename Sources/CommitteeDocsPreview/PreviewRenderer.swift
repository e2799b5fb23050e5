import CommitteeDocsResources
import CommitteeDocsDiagnostics
import Foundation
import CommitteeDocsLoading
import CommitteeDocsModel
import CommitteeDocsPacket
import CommitteeDocsRendering
import CommitteeDocsRules
import CommitteeDocsTemplating
import CommitteeDocsXHTMLValidation

/// Renders the previewed file in memory, as `render`, `packet` and the minutes would, and writes
/// nothing: a packet is built but never published. The renderer (templates and rules) is made
/// again only when the watched templates or rules table changed.
final class PreviewRenderer {
    let configuration: PreviewConfiguration
    private var renderer: Renderer?
    /// The stamps of the templates and the rules the current renderer was made from.
    private var resourceStamps: [String: FileStamp] = [:]

    init(configuration: PreviewConfiguration) {
        self.configuration = configuration
    }

    /// One render of the file; every problem of the file (or of the templates and rules) at once.
    /// - Parameter resources: the current stamps of the template files and the rules table.
    func render(resources: [String: FileStamp]) async -> Result<PreviewContent, DiagnosticList> {
        do throws(DiagnosticList) {
            if renderer == nil || resources != resourceStamps {
                renderer = nil
                resourceStamps = resources
                renderer = try Self.makeRenderer(configuration)
            }
            return .success(try await Self.content(of: configuration.file, with: renderer!))
        } catch {
            return .failure(error)
        }
    }

    /// The templates, the rules table and the process's XHTML validator, every problem at once.
    static func makeRenderer(_ configuration: PreviewConfiguration) throws(DiagnosticList) -> Renderer {
        var problems = DiagnosticCollector()
        var library: TemplateLibrary?
        do throws(DiagnosticList) {
            library = try TemplateLibrary.load(folder: configuration.templatesFolder)
        } catch {
            problems.append(contentsOf: error)
        }
        var rules: RuleTable?
        do throws(DiagnosticList) {
            rules = try RuleTable.load(file: configuration.rulesFile)
        } catch {
            problems.append(contentsOf: error)
        }
        let validator: XHTMLValidator
        do {
            validator = try XHTMLValidator.shared()
        } catch {
            problems.append(Diagnostic(file: configuration.file, OutputText.dtdCannotLoad(["reason": Message.verbatim("\(error)")])))
            throw problems.list
        }
        try problems.check()
        return Renderer(templates: library!, options: configuration.options, validator: validator, rules: rules)
    }

    /// The file's documents: told apart by the top-level key, as `check` tells them.
    static func content(of file: String, with renderer: Renderer) async throws(DiagnosticList) -> PreviewContent {
        guard let bytes = try renderer.options.readInputFile(file) else {
            throw DiagnosticList(Diagnostic(file: file, FilesText.noSuchFileMovedOrDeleted()))
        }
        let root = try DataLoader.load(bytes, file: file, format: DataFormat(path: file))
        if root.entry("møde") != nil {
            // One worker fewer than the cores, so the server stays responsive while a packet builds.
            let builder = PacketBuilder(renderer: renderer, concurrency: ProcessInfo.processInfo.activeProcessorCount - 1)
            let packets = try await builder.build(meetingFile: file, editions: [.intern, .offentlig])
            return PreviewContent(kind: .meeting, editions: packets.map(meetingUdgave))
        }
        if DecisionsFile.isDecisions(root) {
            let packets = try MinutesBuilder(renderer: renderer).build(decisionsFile: file, editions: [.intern, .offentlig])
            return PreviewContent(kind: .minutes, editions: packets.map { packet in
                PreviewUdgave(udgave: packet.udgave, documents: [document(in: packet, base: "referat", label: "Referat")].compactMap { $0 })
            })
        }
        let documents = try renderer.render(bytes: bytes, file: file)
        return PreviewContent(kind: root.entry("plan") != nil ? .plan : .memo,
                              editions: [PreviewUdgave(udgave: nil, documents: documents.map(document))])
    }

    /// A memo's or plan's document: "Notat 2009-199623", from its identity.
    static func document(_ rendered: RenderedDocument) -> PreviewDocument {
        let kind = rendered.identity?.kind.rawValue ?? ""
        let dokumentnr = rendered.identity?.dokumentnr.description ?? ""
        return PreviewDocument(label: kind.prefix(1).uppercased() + kind.dropFirst() + " " + dokumentnr,
                               title: rendered.document.title ?? rendered.identity?.name ?? rendered.basePath,
                               html: rendered.text(.html), markdown: rendered.text(.md), text: rendered.text(.txt))
    }

    /// A meeting's edition: the agenda, each item in agenda order, and the combined packet.
    static func meetingUdgave(_ packet: Packet) -> PreviewUdgave {
        var documents = [document(in: packet, base: "dagsorden", label: "Dagsorden")]
        for item in packet.items {
            documents.append(document(in: packet, base: "punkter/" + item.slug,
                                      label: "Punkt \(item.nr)" + (item.nummer.map { " · " + $0 } ?? ""), title: item.titel))
        }
        documents.append(document(in: packet, base: "pakke", label: "Samlet pakke"))
        return PreviewUdgave(udgave: packet.udgave, documents: documents.compactMap { $0 })
    }

    /// The packet's three files of `base`, or nil when it has no XHTML file of that name.
    static func document(in packet: Packet, base: String, label: String, title: String? = nil) -> PreviewDocument? {
        func text(_ fileExtension: String) -> String? {
            packet.files.first { $0.path == base + "." + fileExtension }.map { file in
                switch file.content {
                case .text(let text): return text
                case .data(let bytes): return String(decoding: bytes, as: UTF8.self)
                case .pieces(let pieces): return pieces.joined()
                }
            }
        }
        guard let html = text("html") else { return nil }
        return PreviewDocument(label: label, title: title ?? label, html: html, markdown: text("md") ?? "", text: text("txt") ?? "")
    }
}
