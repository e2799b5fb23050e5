/// Eight bytes at a time: whether they are all printable ASCII (U+0020–U+007E), the common case
/// that the byte-by-byte checks may skip.
enum PrintableASCII {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The offset of the first byte at or after `offset` that is not in a run of eight printable
    /// ASCII bytes; the caller checks from there one byte at a time.
    @inline(__always)
    static func skip(in bytes: UnsafeBufferPointer<UInt8>, from offset: Int) -> Int {
        guard let base = bytes.baseAddress else { return offset }
        var offset = offset
        while offset + 8 <= bytes.count {
            let word = UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
            let belowSpace = (word &- ones &* 0x20) & ~word
            let delete = word ^ (ones &* 0x7F)
            let isDelete = (delete &- ones) & ~delete
            guard (word | belowSpace | isDelete) & highBits == 0 else { return offset }
            offset += 8
        }
        return offset
    }
}
