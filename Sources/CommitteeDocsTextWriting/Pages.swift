import CommitteeDocsDocumentTree

/// Page breaks and the final text.
enum Pages {
    /// The lines split at page breaks, each page without blank lines at its start or end,
    /// empty pages dropped (so breaks at the start, the end or after a break vanish).
    static func logical(_ lines: [Line]) -> [[Line]] {
        var pages: [[Line]] = []
        var current: [Line] = []
        func close() {
            while current.last?.isBlank == true { current.removeLast() }
            if !current.isEmpty { pages.append(current) }
            current = []
        }
        for line in lines {
            if line.isPageBreak {
                close()
            } else if !(line.isBlank && current.isEmpty) {
                current.append(line)
            }
        }
        close()
        return pages
    }

    /// `text(of: logical(lines))` in one pass, without building the pages: blank lines are held
    /// back until a text line follows on the same page, and a form feed line is written only
    /// between pages that have text (the unpaginated writer, where pages are not needed).
    static func text(ofLines lines: [Line]) -> String {
        var text = TextBytes(capacity: lines.reduce(0) { $0 + $1.text.utf8.count + 1 })
        var pageHasText = false
        var wroteText = false
        var heldBlanks = 0
        for line in lines {
            if line.isPageBreak {
                pageHasText = false
                heldBlanks = 0
            } else if line.isBlank {
                if pageHasText { heldBlanks += 1 }
            } else {
                if !pageHasText {
                    if wroteText { text.appendFormFeedLine() }
                    pageHasText = true
                    wroteText = true
                }
                for _ in 0..<heldBlanks { text.appendLine("") }
                heldBlanks = 0
                text.appendLine(line.text)
            }
        }
        return text.string
    }

    /// The pages joined by a form feed on a line of its own; every line ends with "\n",
    /// trailing spaces removed.
    static func text(of pages: [[Line]]) -> String {
        var text = TextBytes(capacity: pages.reduce(0) { total, page in
            page.reduce(total) { $0 + $1.text.utf8.count + 1 } + 2
        })
        for (index, page) in pages.enumerated() {
            if index > 0 { text.appendFormFeedLine() }
            for line in page { text.appendLine(line.text) }
        }
        return text.string
    }
}

/// The final text, built as UTF-8 bytes and made a string once: appending each line and line
/// end to a `String` cost several hundred instructions per line.
private struct TextBytes {
    private var bytes: [UInt8] = []

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// `line` without its trailing spaces and tabs, and "\n".
    mutating func appendLine(_ line: String) {
        var line = line
        line.withUTF8 { utf8 in
            var end = utf8.count
            while end > 0, utf8[end - 1] == UInt8(ascii: " ") || utf8[end - 1] == UInt8(ascii: "\t") { end -= 1 }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[..<end]))
        }
        bytes.append(UInt8(ascii: "\n"))
    }

    /// A page break: a form feed on a line of its own.
    mutating func appendFormFeedLine() {
        bytes += [0x0C, UInt8(ascii: "\n")]
    }

    /// Whole lines (cut only before ASCII spaces and tabs): valid by construction.
    var string: String { String(writtenUTF8: bytes) }
}

/// Lays logical pages out on physical pages of `pageLength` lines with a footer
/// "Side N af M" from page 2 on.
struct Paginator {
    let pageLength: Int
    let width: Int

    func paginate(_ logicalPages: [[Line]]) -> [[Line]] {
        var pages: [[Line]] = []
        for logicalPage in logicalPages {
            var current: [Line] = []
            for (index, line) in logicalPage.enumerated() {
                if line.isBlank && current.isEmpty { continue }
                let capacity = pages.isEmpty ? pageLength : pageLength - 2
                let needed = line.keepWithNext ? groupLength(logicalPage, from: index) : 1
                if !current.isEmpty, current.count + needed > capacity,
                   needed <= capacity || current.count == capacity {
                    pages.append(trimmed(current))
                    current = []
                    if line.isBlank { continue }
                }
                current.append(line)
            }
            if !current.isEmpty { pages.append(trimmed(current)) }
        }
        return pages.enumerated().map { index, page in
            index == 0 ? page : withFooter(page, number: index + 1, of: pages.count)
        }
    }

    /// The lines from `index` that must share a page: kept lines, blank lines after them and
    /// the first line of what follows.
    private func groupLength(_ lines: [Line], from index: Int) -> Int {
        var end = index
        while end < lines.count, lines[end].keepWithNext || lines[end].isBlank { end += 1 }
        return min(end + 1, lines.count) - index
    }

    private func trimmed(_ page: [Line]) -> [Line] {
        Array(page.reversed().drop(while: \.isBlank).reversed())
    }

    private func withFooter(_ page: [Line], number: Int, of count: Int) -> [Line] {
        let footer = "Side \(number) af \(count)"
        let padding = String.repeated(" ", max(0, width - footer.count))
        return page + Array(repeating: .blank, count: pageLength - 1 - page.count)
            + [Line(text: padding + footer)]
    }
}
