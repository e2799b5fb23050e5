/// JSON numbers, kept as their literal text: `-12.5e3` stays `-12.5e3` for the schema to type.
extension JSONReader {
    /// Reads `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?` and answers its text.
    mutating func readNumber() throws(ReadingStopped) -> String {
        let start = offset
        if peek(is: "-") {
            offset += 1
        }
        guard isDigit else {
            try fail("expected a digit after '-', found \(foundDescription)")
        }
        if peek(is: "0") {
            offset += 1
            if isDigit {
                offset = start
                try fail("a JSON number must not start with 0 followed by more digits; write it as text in quotes")
            }
        } else {
            skipDigits()
        }
        if peek(is: ".") {
            offset += 1
            guard isDigit else {
                try fail("expected a digit after the decimal point, found \(foundDescription)")
            }
            skipDigits()
        }
        if peek(is: "e") || peek(is: "E") {
            offset += 1
            if peek(is: "+") || peek(is: "-") {
                offset += 1
            }
            guard isDigit else {
                try fail("expected a digit in the exponent, found \(foundDescription)")
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
