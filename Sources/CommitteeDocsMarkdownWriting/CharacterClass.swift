/// How CommonMark classifies a character next to an emphasis delimiter run.
enum CharacterClass {
    case whitespace, punctuation, other

    /// The class cmark-gfm gives `scalar` when it decides whether a delimiter run is flanking.
    init(_ scalar: Unicode.Scalar) {
        let value = scalar.value
        if value < 0x80 {
            switch value {
            case 0x09...0x0D, 0x20: self = .whitespace
            case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: self = .punctuation
            default: self = .other
            }
            return
        }
        switch value {
        case 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
            self = .whitespace
            return
        default:
            break
        }
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            self = .punctuation
        default:
            self = .other
        }
    }
}

extension Unicode.Scalar {
    /// Characters a Markdown or YAML file should not hold raw: C0 and C1 controls, DEL, bidi
    /// controls, line and paragraph separators, the byte-order mark and non-characters.
    var isInvisibleControl: Bool {
        switch value {
        case 0x00...0x1F, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x2028...0x202E, 0x2066...0x2069,
             0xFEFF, 0xFFFE, 0xFFFF:
            return true
        default:
            return false
        }
    }

    /// An invisible control that CommonMark decodes back from a numeric character reference
    /// (cmark turns references to non-characters into U+FFFD, so those stay raw).
    var isEncodedInMarkdown: Bool {
        isInvisibleControl && value != 0xFFFE && value != 0xFFFF
    }
}

extension Unicode.Scalar {
    /// How many UTF-8 bytes the scalar takes.
    var utf8Length: Int {
        switch value {
        case 0..<0x80: return 1
        case 0x80..<0x800: return 2
        case 0x800..<0x10000: return 3
        default: return 4
        }
    }
}
