/// The lines of a Markdown document, written into one buffer. Each line starts with the prefixes
/// of the containers it sits in (`> ` for a quote, a list item's marker on its first line and
/// the marker's width in spaces after that), so a block writes its lines once, whatever its depth,
/// instead of every container copying its children's lines to prefix them (as cmark's renderer does).
struct MarkdownLines {
    /// A block quote or list item that the lines written now belong to.
    private enum Container {
        case quote
        /// `marker` (`-`, `12.`) is written before the item's first line; later lines are indented
        /// by its width and a space.
        case item(marker: String, firstLinePending: Bool)
    }

    private(set) var output: MarkdownBytes
    /// Outermost first.
    private var containers: [Container] = []

    init(capacity: Int) {
        output = MarkdownBytes(capacity: capacity)
    }

    /// Keeps the first `count` bytes, as when what was written turns out not to be wanted.
    mutating func truncate(to count: Int) {
        output.truncate(to: count)
    }

    mutating func openQuote() {
        containers.append(.quote)
    }

    mutating func openItem(marker: String) {
        containers.append(.item(marker: marker, firstLinePending: true))
    }

    mutating func closeContainer() {
        containers.removeLast()
    }

    /// Closes the innermost container, a list item; returns whether the item wrote no line.
    mutating func closeItem() -> Bool {
        guard case .item(_, let firstLinePending) = containers.removeLast() else { preconditionFailure("not an item") }
        return firstLinePending
    }

    /// One line holding `content` (which is not split, even if it holds a line end).
    mutating func line(_ content: String) {
        startLine(contentIsEmpty: content.isEmpty)
        output.append(content)
        output.append(UInt8(ascii: "\n"))
    }

    /// A blank line, which in a quote is `>`.
    mutating func blankLine() {
        startLine(contentIsEmpty: true)
        output.append(UInt8(ascii: "\n"))
    }

    /// One line per line of `text` (which ends with the last line's content, so `""` is one
    /// empty line), each with the containers' prefixes.
    mutating func lines(of text: MarkdownBytes) {
        text.bytes.withUnsafeBufferPointer { lines(of: $0) }
    }

    /// The same for a `String`.
    mutating func lines(of text: String) {
        var text = text
        text.withUTF8 { lines(of: $0) }
    }

    private mutating func lines(of text: UnsafeBufferPointer<UInt8>) {
        // Outside containers a line has no prefix: the text is copied as it is, unsplit.
        guard !containers.isEmpty else {
            output.append(text)
            output.append(UInt8(ascii: "\n"))
            return
        }
        var start = 0
        while true {
            var end = start
            while end < text.count, text[end] != UInt8(ascii: "\n") { end += 1 }
            startLine(contentIsEmpty: end == start)
            output.append(UnsafeBufferPointer(rebasing: text[start..<end]))
            output.append(UInt8(ascii: "\n"))
            guard end < text.count else { return }
            start = end + 1
        }
    }

    /// One line made of `pieces` (not split), for lines built of several parts.
    mutating func line(_ pieces: MarkdownBytes) {
        startLine(contentIsEmpty: pieces.isEmpty)
        output.append(pieces, 0..<pieces.count)
        output.append(UInt8(ascii: "\n"))
    }

    /// Writes the prefixes. A quote whose part of the line is empty is `>` without its space, and
    /// an item's indentation is left out of an empty line (no trailing white space); an item's
    /// marker is written with its space even before an empty first line.
    private mutating func startLine(contentIsEmpty: Bool) {
        // The containers from `silentFrom` on write nothing: the line is empty after them.
        var silentFrom = containers.count
        if contentIsEmpty {
            while silentFrom > 0, case .item(_, false) = containers[silentFrom - 1] { silentFrom -= 1 }
        }
        for index in containers.indices {
            switch containers[index] {
            case .quote:
                output.append(UInt8(ascii: ">"))
                if index + 1 < silentFrom || !contentIsEmpty { output.append(UInt8(ascii: " ")) }
            case .item(let marker, let firstLinePending):
                if firstLinePending {
                    output.append(marker)
                    output.append(UInt8(ascii: " "))
                    containers[index] = .item(marker: marker, firstLinePending: false)
                } else if index < silentFrom {
                    output.append(UInt8(ascii: " "), count: marker.utf8.count + 1)
                }
            }
        }
    }
}
