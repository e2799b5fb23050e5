import CommitteeDocsDiagnostics
/// JSON numbers, kept as their literal text: `-12.5e3` stays `-12.5e3` for the schema to type.
extension JSONReader {
    /// Reads `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?` and answers its text.
    mutating func readNumber() throws(ReadingStopped) -> String {
        let start = offset
        if peek(is: "-") {
            offset += 1
        }
        guard isDigit else {
            try fail(LoadingText.digitAfterMinus(["found": foundDescription]))
        }
        if peek(is: "0") {
            offset += 1
            if isDigit {
                offset = start
                try fail(LoadingText.leadingZero())
            }
        } else {
            skipDigits()
        }
        if peek(is: ".") {
            offset += 1
            guard isDigit else {
                try fail(LoadingText.digitAfterPoint(["found": foundDescription]))
            }
            skipDigits()
        }
        if peek(is: "e") || peek(is: "E") {
            offset += 1
            if peek(is: "+") || peek(is: "-") {
                offset += 1
            }
            guard isDigit else {
                try fail(LoadingText.digitInExponent(["found": foundDescription]))
            }
            skipDigits()
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
    }

    private var isDigit: Bool {
        offset < bytes.count && bytes[offset] >= UInt8(ascii: "0") && bytes[offset] <= UInt8(ascii: "9")
    }

    private mutating func skipDigits() {
        while isDigit {
            offset += 1
        }
    }
}
