import Diagnostics
import DocumentTree
import Foundation
import PDFPrinting
import Rendering

/// The combined document of a packet: the agenda followed by every item, in every format.
extension PacketBuilder {
    /// The combined document's PDF outline: one bookmark per agenda item, named by the line
    /// that opens the item after its page break ("Punkt 2 · BR 412/19 · Åben"), with the item's
    /// headings below it; the agenda's title is the first.
    static let bookmarks = """
    div.sideskift + p { bookmark-level: 1; bookmark-label: content(text); }
    h2 { bookmark-level: 2; } h3 { bookmark-level: 3; } h4, h5, h6 { bookmark-level: none; }

    """

    /// The agenda followed by every item, each after a page break and a line naming it, in
    /// every format, from the formats' own files:
    /// - XHTML: the bodies of the item pages inside the agenda's page; an item's `h1` becomes `h2`,
    ///   so the packet keeps one `h1`. The result is validated while it is read (libxml2's
    ///   streaming reader), without building its tree.
    /// - PDF: printed from that XHTML, with a bookmark per item.
    /// - Markdown: the item files without their front matter, after a `<!-- pagebreak -->`.
    /// - Text: the item files after a form feed line.
    func combine(agenda: RenderedDocument, items: [(header: Document, files: RenderedDocument)],
                 identifier: String) throws(DiagnosticList) -> RenderedDocument {
        var files: [RenderedFile] = []
        var page: String?
        for file in agenda.files {
            switch file.format {
            case .html:
                let combined = try combinedPage(agenda.text(.html), items: items)
                page = combined
                files.append(RenderedFile(format: .html, contents: combined))
            case .pdf:
                let combined: String
                if let page { combined = page } else { combined = try combinedPage(agenda.xhtml, items: items) }
                let pdf = try renderer.printPDF(PDFJob(html: combined, identifier: identifier, date: agenda.document.properties.date,
                                                       stylesheet: Self.bookmarks), file: "pakke.pdf")
                files.append(RenderedFile(format: .pdf, content: .data(pdf)))
            case .md:
                var out = agenda.text(.md)
                for item in items {
                    out += "\n<!-- pagebreak -->\n\n" + renderer.write(item.header, as: .md) + "\n"
                    out += Self.rebasedBilagLinks(Self.withoutFrontMatter(item.files.text(.md)), .md)
                }
                files.append(RenderedFile(format: .md, contents: out))
            case .txt:
                var out = agenda.text(.txt)
                for item in items {
                    out += "\u{0C}\n" + renderer.write(item.header, as: .txt) + "\n" + Self.rebasedBilagLinks(item.files.text(.txt), .txt)
                }
                files.append(RenderedFile(format: .txt, contents: out))
            }
        }
        return RenderedDocument(basePath: "pakke", document: Document(blocks: []), files: files)
    }

    /// The combined XHTML page, validated, from the agenda's and the items' validated pages.
    private func combinedPage(_ agenda: String, items: [(header: Document, files: RenderedDocument)]) throws(DiagnosticList) -> String {
        let (head, tail) = Self.splitPage(agenda)
        var out = ""
        out.reserveCapacity(agenda.utf8.count + items.reduce(0) { $0 + $1.files.xhtml.utf8.count })
        out += head
        for item in items {
            out += "<div class=\"sideskift\"></div>\n"
            out += Self.splitBody(renderer.write(item.header, as: .html))
            out += Self.rebasedBilagLinks(Self.demoteTitle(Self.splitBody(item.files.xhtml)), .html)
        }
        out += tail
        if let validator = renderer.validator {
            let problems = validator.validateStreaming(out, file: "pakke.html")
            if !problems.isEmpty { throw DiagnosticList(problems) }
        }
        return out
    }

    /// Our XHTML page split where the content ends: everything before `</div>\n</body>` and the rest.
    static func splitPage(_ page: String) -> (String, String) {
        guard let end = page.range(of: "</div>\n</body>\n</html>\n", options: .backwards) else { return (page, "") }
        return (String(page[..<end.lowerBound]), String(page[end.lowerBound...]))
    }

    /// The content of our XHTML page: between `<div class="indhold">` and its end.
    static func splitBody(_ page: String) -> String {
        guard let start = page.range(of: "<div class=\"indhold\">\n"),
              let end = page.range(of: "</div>\n</body>\n</html>\n", options: .backwards) else { return "" }
        return String(page[start.upperBound..<end.lowerBound])
    }

    /// An item's title becomes a second-level heading in the packet. Text is escaped (`<` is
    /// `&lt;`), so only real tags match.
    static func demoteTitle(_ body: String) -> String {
        body.replacingOccurrences(of: "<h1>", with: "<h2>").replacingOccurrences(of: "</h1>", with: "</h2>")
    }

    /// An item page links its attachments as `../bilag/…` (from `punkter/`); in the combined
    /// document at the packet's top they are `bilag/…`. Each writer's link markup is matched:
    /// XHTML `<a href="../bilag/` (text escapes `<`), Markdown `](../bilag/` or, for a path with
    /// a space or parenthesis, `](<../bilag/` (text escapes `]`), and the text writer's
    /// "title (../bilag/…)", where the path may have wrapped to a line of its own.
    /// (Issue 12 makes combining a tree operation, where this becomes a link transform.)
    static func rebasedBilagLinks(_ page: String, _ format: OutputFormat) -> String {
        switch format {
        case .html, .pdf: return page.replacingOccurrences(of: "<a href=\"../bilag/", with: "<a href=\"bilag/")
        case .md:
            return page.replacingOccurrences(of: "](../bilag/", with: "](bilag/")
                .replacingOccurrences(of: "](<../bilag/", with: "](<bilag/")
        case .txt:
            return page.replacingOccurrences(of: " (../bilag/", with: " (bilag/")
                .replacingOccurrences(of: "\n(../bilag/", with: "\n(bilag/")
        }
    }

    /// Markdown without the YAML front matter our writer puts first.
    static func withoutFrontMatter(_ markdown: String) -> String {
        guard markdown.hasPrefix("---\n"), let end = markdown.range(of: "\n---\n\n") else { return markdown }
        return String(markdown[end.upperBound...])
    }
}
