/// References to attachments in prose: "jf. bilag 2", "jf. bilag 1 og 3", "jf. bilag 4-6" (kk.dk's
/// indstillinger write them so, e.g. ØU 23.08.2017 punkt 4:
/// https://kk.dk/dagsordener-og-referater/%C3%98konomiudvalget/m%C3%B8de-23082017/referat/punkt-4).
public enum BilagReferences {
    /// One reference as written, and the attachment numbers it names.
    public struct Reference: Hashable, Sendable {
        /// "jf. bilag 4-6".
        public var text: String
        public var numbers: [Int]
    }

    /// Every "jf. bilag …" in `text`, case-insensitively, with the numbers it names; a range "4-6"
    /// (or "4–6") names 4, 5 and 6, a list "1, 2 og 3" each.
    public static func references(in text: String) -> [Reference] {
        let scalars = Array(text.unicodeScalars)
        let marker = Array("jf. bilag".unicodeScalars)
        var found: [Reference] = []
        var index = 0
        while index + marker.count <= scalars.count {
            guard matches(marker, in: scalars, at: index),
                  index == 0 || !isLetterOrDigit(scalars[index - 1]) else {
                index += 1
                continue
            }
            var cursor = index + marker.count
            var numbers: [Int] = []
            var end = cursor
            while true {
                var probe = cursor
                while probe < scalars.count, scalars[probe] == " " || scalars[probe] == "\n" { probe += 1 }
                guard let (first, afterFirst) = number(scalars, at: probe) else { break }
                var last = first
                var after = afterFirst
                if after < scalars.count, scalars[after] == "-" || scalars[after] == "–",
                   let (rangeEnd, afterRange) = number(scalars, at: after + 1), rangeEnd >= first, rangeEnd - first < 100 {
                    last = rangeEnd
                    after = afterRange
                }
                numbers += Array(first...last)
                end = after
                // ", 3" or " og 3" continues the list.
                var next = after
                if next < scalars.count, scalars[next] == "," { next += 1 }
                while next < scalars.count, scalars[next] == " " || scalars[next] == "\n" { next += 1 }
                if matches(Array("og ".unicodeScalars), in: scalars, at: next) { next += 3 }
                guard next != after, number(scalars, at: skipSpaces(scalars, next)) != nil else { break }
                cursor = next
            }
            if !numbers.isEmpty {
                var written = String.UnicodeScalarView()
                written.append(contentsOf: scalars[index..<end])
                found.append(Reference(text: String(written).replacingNewlines, numbers: numbers))
            }
            index = max(end, index + 1)
        }
        return found
    }

    private static func skipSpaces(_ scalars: [Unicode.Scalar], _ start: Int) -> Int {
        var index = start
        while index < scalars.count, scalars[index] == " " || scalars[index] == "\n" { index += 1 }
        return index
    }

    /// A number of at most four digits at `start`, not followed by another digit or a letter.
    private static func number(_ scalars: [Unicode.Scalar], at start: Int) -> (Int, Int)? {
        var index = start
        var value = 0
        while index < scalars.count, index - start < 4, let digit = scalars[index].properties.numericType == .decimal
                ? Int(String(scalars[index])) : nil {
            value = value * 10 + digit
            index += 1
        }
        guard index > start, index == scalars.count || !isLetterOrDigit(scalars[index]) else { return nil }
        return (value, index)
    }

    private static func matches(_ marker: [Unicode.Scalar], in scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + marker.count <= scalars.count else { return false }
        for offset in marker.indices where String(scalars[index + offset]).lowercased() != String(marker[offset]) {
            return false
        }
        return true
    }

    private static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// The numbers `text` refers to that are not attachments 1…`count`, each reference once.
    public static func unresolved(in text: String, count: Int) -> [Reference] {
        references(in: text).filter { $0.numbers.contains { $0 < 1 || $0 > count } }
    }
}

private extension String {
    var replacingNewlines: String { split(separator: "\n").joined(separator: " ") }
}
