import CommitteeDocsDocumentTree

/// Markdown being written, as UTF-8 bytes.
///
/// Appending bytes to an array needs none of a `String`'s per-append work (small-string forms,
/// validation of each piece, capacity and flag bookkeeping), a large share of the writer's time
/// in a profile; the writer turns the bytes into a `String` once, at the end. Only whole UTF-8
/// sequences are appended or removed, so the bytes are always valid UTF-8.
struct MarkdownBytes {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    var count: Int { bytes.count }
    var isEmpty: Bool { bytes.isEmpty }
    var last: UInt8? { bytes.last }

    subscript(index: Int) -> UInt8 { bytes[index] }

    mutating func append(_ byte: UInt8) {
        bytes.append(byte)
    }

    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    mutating func append(_ run: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: run)
    }

    /// The bytes from `range` of `other`, as when a finished piece is copied into a line.
    mutating func append(_ other: MarkdownBytes, _ range: Range<Int>) {
        bytes.append(contentsOf: other.bytes[range])
    }

    mutating func append(_ byte: UInt8, count: Int) {
        for _ in 0..<max(0, count) { bytes.append(byte) }
    }

    mutating func append(scalar: Unicode.Scalar) {
        if scalar.isASCII {
            bytes.append(UInt8(scalar.value))
        } else {
            for byte in UTF8.encode(scalar)! { bytes.append(byte) }
        }
    }

    /// `scalar` as a decimal numeric character reference, which CommonMark decodes in text,
    /// link destinations and titles.
    mutating func appendCharacterReference(_ scalar: Unicode.Scalar) {
        bytes.append(UInt8(ascii: "&"))
        bytes.append(UInt8(ascii: "#"))
        appendDecimal(Int(scalar.value))
        bytes.append(UInt8(ascii: ";"))
    }

    mutating func appendDecimal(_ value: Int) {
        if value >= 10 { appendDecimal(value / 10) }
        bytes.append(UInt8(ascii: "0") + UInt8(value % 10))
    }

    /// Puts `replacement` in place of the bytes in `range`, as when an opening delimiter is
    /// written before a piece that had to be written first.
    mutating func replace(_ range: Range<Int>, with replacement: MarkdownBytes) {
        bytes.replaceSubrange(range, with: replacement.bytes)
    }

    /// The last scalar, if any was written after the first `start` bytes.
    func lastScalar(after start: Int) -> Unicode.Scalar? {
        guard count > start else { return nil }
        return lastScalar()
    }

    /// The first scalar at or after `index`.
    func scalar(at index: Int) -> Unicode.Scalar? {
        guard index < count else { return nil }
        var iterator = bytes[index...].makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
        return nil
    }

    /// Keeps the first `count` bytes.
    mutating func truncate(to count: Int) {
        bytes.removeSubrange(count...)
    }

    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
    }

    /// The text: whole sequences only, so not checked again (`String(writtenUTF8:)`).
    var string: String { String(writtenUTF8: bytes) }

    /// The last scalar: back over continuation bytes (10xxxxxx) to its first byte.
    private func lastScalar() -> Unicode.Scalar? {
        guard !bytes.isEmpty else { return nil }
        var start = count - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return scalar(at: start)
    }
}
