import CommitteeDocsDiagnostics
import CommitteeDocsDocumentTree
import Foundation
import CommitteeDocsModel
import CommitteeDocsPDFPrinting
import CommitteeDocsRendering

/// A packet's combined document: the agenda, then every item after a page break and a line
/// naming it, in every format.
///
/// Combining is a tree operation, done item by item while the item's tree is at hand (in the
/// worker that rendered it): the item's links are moved out of `punkter/` to the packet's top,
/// in XHTML its title is lowered below the agenda's (a page has one `h1`; Markdown and text keep
/// the item's headings), and each format's writer writes the part as a fragment. The combined
/// document is the agenda's opening, the parts and the closing, kept as those pieces: a packet of
/// thousands of items never needs one giant tree or one giant string, and page-break markup
/// comes from the writers alone.
extension PacketBuilder {
    /// One item's part of the combined document, written in each format the combined document
    /// is written from (XHTML also when only PDF was asked for: the PDF is printed from it).
    struct Part: Sendable {
        var fragments: [OutputFormat: String] = [:]
    }

    /// Item `nr`'s part: a page break, the line naming the item ("Punkt 2 · BR 412/19 · Åben"),
    /// then its document, as a part of the packet.
    func part(nr: Int, punkt: Punkt?, document: Document) -> Part {
        let opening: [Block] = [.pageBreak, .paragraph([.strong([.text("Punkt \(nr)")]),
            .text(punkt.map { " · \($0.nummer) · \($0.adgang == .lukket ? "Lukket" : "Åben")" } ?? "")])]
        // The item's page is in `punkter/`; the combined document is at the packet's top.
        let moved = document.withRelativeLinks(movedOutOf: "punkter")
        var part = Part()
        for format in Self.partFormats(renderer.options.formats) {
            let blocks = format == .html ? moved.withHeadings(atLeast: 2).blocks : moved.blocks
            part.fragments[format] = renderer.fragment(Document(blocks: opening + blocks), as: format)
        }
        return part
    }

    /// The text formats among `formats`, and XHTML when PDF is among them.
    static func partFormats(_ formats: [OutputFormat]) -> [OutputFormat] {
        var written = formats.filter { $0 != .pdf }
        if formats.contains(.pdf), !written.contains(.html) { written.insert(.html, at: 0) }
        return written
    }

    /// The agenda followed by every item's part, in every format the renderer writes, each held
    /// as its pieces (the opening, the items' parts, the closing) and never joined in memory: the
    /// parts of an open item are shared by both editions, and files are written and hashed
    /// piece by piece.
    /// - XHTML: the agenda's page with the parts inside, validated while it is read (libxml2's
    ///   streaming reader), without building its tree.
    /// - PDF: printed from that XHTML, with a bookmark per item.
    /// - Markdown and text: the agenda's file, then the parts.
    func combine(agenda: RenderedDocument, parts: [Part], identifier: String) throws(DiagnosticList) -> RenderedDocument {
        func pieces(_ format: OutputFormat) -> [String] {
            var pieces = [renderer.opening(agenda.document, as: format)]
            pieces.reserveCapacity(parts.count + 2)
            for part in parts { pieces.append(part.fragments[format] ?? "") }
            pieces.append(renderer.closing(as: format))
            return pieces
        }
        var page: [String]?
        func validatedPage() throws(DiagnosticList) -> [String] {
            if let page { return page }
            let written = pieces(.html)
            if let validator = renderer.validator {
                let problems = validator.validateStreaming(pieces: written, file: "pakke.html")
                if !problems.isEmpty { throw DiagnosticList(problems) }
            }
            page = written
            return written
        }
        var files: [RenderedFile] = []
        for format in renderer.options.formats {
            switch format {
            case .html:
                files.append(RenderedFile(format: .html, content: .pieces(try validatedPage())))
            case .pdf:
                let pdf = try renderer.printPDF(PDFJob(html: try validatedPage().joined(), identifier: identifier,
                                                       date: agenda.document.properties.date, stylesheet: Renderer.outlineOfParts),
                                                file: "pakke.pdf")
                files.append(RenderedFile(format: .pdf, content: .data(pdf)))
            case .md, .txt:
                files.append(RenderedFile(format: format, content: .pieces(pieces(format))))
            }
        }
        return RenderedDocument(basePath: "pakke", document: Document(blocks: []), files: files)
    }
}
