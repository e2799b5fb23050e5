/// Which links a writer may make live: http, https, mailto and relative ones. Every writer asks
/// here, so a `javascript:`, `data:` or `vbscript:` link is dropped (its text kept) in every format.
public enum LinkSafety {
    /// The scheme is read the way a browser would: ASCII letters are compared without case, and
    /// control characters and spaces are ignored.
    public static func isSafe(_ destination: String) -> Bool {
        var scheme = ""
        for scalar in destination.unicodeScalars {
            if scalar.value <= 0x20 { continue }
            if scalar == ":" {
                return ["http", "https", "mailto"].contains(scheme.lowercased())
            }
            if scalar == "/" || scalar == "?" || scalar == "#" { return true }
            scheme.unicodeScalars.append(scalar)
        }
        return true
    }
}

extension Document {
    /// The document as every writer shows it: each link a writer may not make live is its text.
    public func withUnsafeLinksAsText() -> Document {
        mappingInlines { $0.withUnsafeLinksAsText() }
    }
}

extension Array where Element == Inline {
    /// Whether any link here, at any depth, is one a writer may not make live.
    public var containsUnsafeLink: Bool {
        contains { inline in
            switch inline {
            case .link(let destination, _, let children): return !LinkSafety.isSafe(destination) || children.containsUnsafeLink
            case .emphasis(let children), .strong(let children), .strikethrough(let children): return children.containsUnsafeLink
            case .text, .code, .lineBreak, .softBreak: return false
            }
        }
    }

    /// These inlines with each link a writer may not make live replaced by its text, at any depth.
    public func withUnsafeLinksAsText() -> [Inline] {
        flatMap { inline -> [Inline] in
            switch inline {
            case .link(let destination, let title, let children):
                let shown = children.withUnsafeLinksAsText()
                return LinkSafety.isSafe(destination) ? [.link(destination: destination, title: title, shown)] : shown
            case .emphasis(let children): return [.emphasis(children.withUnsafeLinksAsText())]
            case .strong(let children): return [.strong(children.withUnsafeLinksAsText())]
            case .strikethrough(let children): return [.strikethrough(children.withUnsafeLinksAsText())]
            case .text, .code, .lineBreak, .softBreak: return [inline]
            }
        }
    }
}
