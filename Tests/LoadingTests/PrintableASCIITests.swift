import Testing
@testable import CommitteeDocsLoading

/// The eight-bytes-at-a-time skip must stop at every byte outside U+0020–U+007E, wherever it stands.
@Suite struct PrintableASCIITests {
    @Test func stopsAtEveryNonPrintableByteInEveryLanePosition() {
        var wrong: [String] = []
        for value in 0...255 {
            for lane in 0..<8 {
                var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 16)
                bytes[8 + lane] = UInt8(value)
                let printable = value >= 0x20 && value <= 0x7E
                let skipped = bytes.withUnsafeBufferPointer { PrintableASCII.skip(in: $0, from: 0) }
                if skipped != (printable ? 16 : 8) {
                    wrong.append("byte \(value) in lane \(lane): skipped to \(skipped)")
                }
            }
        }
        #expect(wrong == [])
    }

    @Test func leavesATailShorterThanEightBytes() {
        let bytes = Array("abcdefghijk".utf8)
        #expect(bytes.withUnsafeBufferPointer { PrintableASCII.skip(in: $0, from: 0) } == 8)
        #expect(bytes.withUnsafeBufferPointer { PrintableASCII.skip(in: $0, from: 5) } == 5)
    }
}
