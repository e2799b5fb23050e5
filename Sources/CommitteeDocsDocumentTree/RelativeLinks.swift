extension Document {
    /// The same document as read from the folder above `folder` (a relative path such as
    /// `punkter`): each relative link is rewritten to reach the same file from there, so
    /// `../bilag/a.md` in a page in `punkter/` becomes `bilag/a.md`, and `b.html` becomes
    /// `punkter/b.html`. Links with a scheme (`https:`, `mailto:` …) and links from the root
    /// (`/…`, `//…`), to a fragment (`#…`) or a query (`?…`) stay as they are. Text is never touched.
    public func withRelativeLinks(movedOutOf folder: String) -> Document {
        var moved = mappingInlines { $0.withRelativeLinks(movedOutOf: folder) }
        moved.properties = properties
        return moved
    }
}

extension Array where Element == Inline {
    /// These inlines with each relative link rewritten as `Document.withRelativeLinks(movedOutOf:)` says, at any depth.
    public func withRelativeLinks(movedOutOf folder: String) -> [Inline] {
        map { inline in
            switch inline {
            case .link(let destination, let title, let children):
                return .link(destination: RelativeLink.moved(destination, outOf: folder), title: title,
                             children.withRelativeLinks(movedOutOf: folder))
            case .emphasis(let children): return .emphasis(children.withRelativeLinks(movedOutOf: folder))
            case .strong(let children): return .strong(children.withRelativeLinks(movedOutOf: folder))
            case .strikethrough(let children): return .strikethrough(children.withRelativeLinks(movedOutOf: folder))
            case .text, .code, .lineBreak, .softBreak: return inline
            }
        }
    }
}

/// Relative references resolved as RFC 3986 does (section 5.2), for relative folders only.
enum RelativeLink {
    /// `destination`, relative to `folder`, as a path relative to the folder above it; unchanged
    /// when it is not a relative path, or its path holds a `:` (which could be read as a scheme:
    /// a link a writer drops stays dropped, and none becomes one).
    static func moved(_ destination: String, outOf folder: String) -> String {
        let pathEnd = destination.firstIndex { $0 == "?" || $0 == "#" } ?? destination.endIndex
        let path = destination[..<pathEnd]
        guard !path.isEmpty, !path.hasPrefix("/"), !path.contains(":") else { return destination }
        var segments: [Substring] = []
        for segment in (folder.split(separator: "/") + path.split(separator: "/", omittingEmptySubsequences: false)) {
            switch segment {
            case ".": continue
            case "..":
                if let last = segments.last, last != ".." { segments.removeLast() } else { segments.append(segment) }
            default: segments.append(segment)
            }
        }
        // `a/.` and `a/..` name a folder: the result keeps the trailing slash.
        if let last = path.split(separator: "/", omittingEmptySubsequences: false).last, last == "." || last == ".." {
            segments.append("")
        }
        let moved = segments.joined(separator: "/")
        return (moved.isEmpty || moved == "/" ? "./" : moved) + destination[pathEnd...]
    }
}
