import Foundation

/// The preview's own page around the document: the bar with the file and its status, the
/// edition switch, the document and view tabs, the error banner, and the sheet. Every value from
/// the data (titles, messages, source lines, paths) goes through `escape`; the document itself is
/// our validated XHTML in a sandboxed frame, never mixed into this page.
enum Shell {
    /// The whole page for `selection`; the script keeps it up to date from `/tilstand`.
    static func page(_ snapshot: PreviewState.Snapshot, _ selection: Selection, file: String) -> String {
        let name = (file as NSString).lastPathComponent
        return """
        <!DOCTYPE html>
        <html lang="da">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Forhåndsvisning – \(escape(name))</title>
        <link rel="stylesheet" href="/preview.css">
        <script src="/preview.js" defer></script>
        </head>
        <body data-version="\(snapshot.version)">
        <div class="top">
        <header class="bar">
        <span class="program">committee-docs</span>
        <span class="fil" title="\(escape(file))">\(escape(name))</span>
        <span class="forbindelse" id="forbindelse" hidden>Forbindelsen er afbrudt – prøver igen …</span>
        </header>
        <div id="panel">
        \(panel(snapshot, selection))
        </div>
        </div>
        <main id="bord" class="bord">
        \(sheet(snapshot, selection))
        </main>
        </body>
        </html>

        """
    }

    /// The part of the page that changes with each render: tabs, status and error banner.
    static func panel(_ snapshot: PreviewState.Snapshot, _ selection: Selection) -> String {
        var out = ""
        if let content = snapshot.content {
            let edition = content.edition(selection.udgave)
            out += "<nav class=\"faner\" aria-label=\"Dokumenter\">\n"
            if content.editions.count > 1 {
                out += "<span class=\"udgaver\" role=\"group\" aria-label=\"Udgave\">"
                for other in content.editions {
                    guard let udgave = other.udgave?.rawValue else { continue }
                    let label = udgave == "intern" ? "Intern" : "Offentlig"
                    out += link(label, selection.query { $0.udgave = udgave }, current: udgave == selection.udgave,
                                className: "udgave", id: "udgave-" + udgave)
                }
                out += "</span>\n"
            }
            for (index, document) in edition.documents.enumerated() {
                out += link(document.label, selection.query { $0.dokument = index + 1 }, current: index + 1 == selection.dokument,
                            className: "dokument", title: document.title)
            }
            out += "\n<span class=\"visninger\" role=\"group\" aria-label=\"Visning\">"
            for view in Selection.View.allCases {
                out += link(view.label, selection.query { $0.view = view }, current: view == selection.view, className: "visning",
                            id: "visning-" + view.rawValue)
            }
            out += "</span>\n</nav>\n"
        }
        out += "<p class=\"status\" id=\"status\">"
        out += snapshot.version == 0 ? "Gengiver …" : "Opdateret kl. \(time(snapshot.renderedAt))"
        out += " · overvåger <span title=\"\(escape(snapshot.watched.joined(separator: "\n")))\">\(snapshot.watched.count) filer</span>"
        out += " · siden opdaterer sig selv, når en fil gemmes</p>\n"
        if !snapshot.problems.isEmpty {
            out += banner(snapshot.problems, hasContent: snapshot.content != nil)
        }
        return out
    }

    /// The errors of the last save, each with its place, message and source line with a caret.
    static func banner(_ problems: [ShownDiagnostic], hasContent: Bool) -> String {
        let count = problems.count == 1 ? "1 fejl" : "\(problems.count) fejl"
        var out = "<section class=\"fejl\" id=\"fejl\" role=\"alert\">\n"
        out += "<h2>Filen kan ikke gengives: \(count)</h2>\n"
        out += hasContent
            ? "<p>Herunder ses den seneste gyldige udgave. Ret fejlen og gem – siden opdaterer sig selv.</p>\n"
            : "<p>Ret fejlen og gem – siden opdaterer sig selv.</p>\n"
        out += "<ol>\n"
        for problem in problems {
            out += "<li><code class=\"sted\">\(escape(problem.location))</code> <span class=\"besked\">\(escape(problem.message))</span>"
            if let line = problem.sourceLine, let caret = problem.caret {
                out += "<pre class=\"kilde\">\(escape(line))\n<span class=\"caret\">\(escape(caret))</span></pre>"
            }
            out += "</li>\n"
        }
        return out + "</ol>\n</section>\n"
    }

    /// The selected document on its sheet: the print view in a frame, Markdown and text as they are.
    static func sheet(_ snapshot: PreviewState.Snapshot, _ selection: Selection) -> String {
        guard let documents = snapshot.content?.edition(selection.udgave).documents,
              documents.indices.contains(selection.dokument - 1) else {
            return "<div class=\"ark tom\" id=\"ark\"><p>Der er endnu ingen gyldig gengivelse af filen.</p></div>"
        }
        let document = documents[selection.dokument - 1]
        switch selection.view {
        case .udskrift:
            return "<div class=\"ark udskrift\" id=\"ark\" data-src=\"\(escape(selection.documentPath))\"><iframe id=\"dokument\" sandbox=\"allow-same-origin\" "
                + "title=\"\(escape(document.label)) som det udskrives\" src=\"\(escape(selection.documentPath))\"></iframe></div>"
        case .markdown, .tekst:
            let text = selection.view == .markdown ? document.markdown : document.text
            return "<div class=\"ark kildetekst\" id=\"ark\"><pre id=\"tekst\" data-src=\"\(escape(selection.documentPath))\">"
                + escape(text) + "</pre></div>"
        }
    }

    static func link(_ label: String, _ query: String, current: Bool, className: String, id: String? = nil, title: String? = nil) -> String {
        var out = "<a class=\"\(className)\(current ? " valgt" : "")\" href=\"/\(escape(query))\""
        if current { out += " aria-current=\"page\"" }
        if let id { out += " id=\"\(escape(id))\"" }
        if let title { out += " title=\"\(escape(title))\"" }
        return out + ">\(escape(label))</a>"
    }

    /// `14:03:22` in the machine's time zone.
    static func time(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "da_DK")
        formatter.dateFormat = "HH:mm:ss"
        return formatter.string(from: date)
    }

    /// Text for HTML text and attribute values: `&`, `<`, `>`, `"` and `'` become references.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }
}
