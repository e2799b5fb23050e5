/// A sort key that orders strings the Danish way; compare keys instead of strings.
///
/// The order, level by level (as in the Unicode Collation Algorithm with the Danish tailoring):
/// 1. letters: a … z < æ < ø < å, with "aa" as å, ä as æ, ö/ő/œ as ø, ü/ű as y, é/è/ê as e
///    and other accented Latin letters as their base letter; white space and punctuation
///    before digits, digits before letters, other scripts after, ignoring case;
/// 2. accents: the plain letter before the accented one (e < é, æ < ä);
/// 3. case: lower case before upper case, and å < Å < aa < Aa < AA;
/// 4. finally the Unicode code points, so that only equal strings have equal keys.
public struct DanishSortKey: Hashable, Comparable, Sendable {
    /// The weights of all levels, each level ended by a 0.
    public let weights: [UInt32]

    public static func < (lhs: DanishSortKey, rhs: DanishSortKey) -> Bool {
        lhs.weights.lexicographicallyPrecedes(rhs.weights)
    }
}

/// The Danish sort key of `text`; see `DanishSortKey` for the order.
public func danishSortKey(_ text: String) -> DanishSortKey {
    var builder = DanishCollation.KeyBuilder()
    for scalar in text.unicodeScalars {
        builder.add(scalar)
    }
    return builder.key
}

/// Whether `lhs` sorts before `rhs` in Danish order. To sort many strings, compute each key
/// once (`sortedDanish()`), not once per comparison.
public func danishLessThan(_ lhs: String, _ rhs: String) -> Bool {
    danishSortKey(lhs) < danishSortKey(rhs)
}

extension Sequence {
    /// The elements sorted in Danish order of the string `key` gives for each.
    public func sortedDanish(by key: (Element) throws -> String) rethrows -> [Element] {
        try map { (danishSortKey(try key($0)), $0) }
            .sorted { $0.0 < $1.0 }
            .map(\.1)
    }
}

extension Sequence where Element: StringProtocol {
    /// The strings sorted in Danish order.
    public func sortedDanish() -> [Element] {
        sortedDanish { String($0) }
    }
}

/// The machinery behind `danishSortKey(_:)`.
enum DanishCollation {
    /// Collects the collation elements (primary, secondary, tertiary weight) of a string.
    struct KeyBuilder {
        private var primaries: [UInt32] = []
        private var secondaries: [UInt32] = []
        private var tertiaries: [UInt32] = []
        private var codePoints: [UInt32] = []
        /// Whether the last element is a plain a or A that an "a" after it would join into "aa".
        private var lastIsPlainA = false
        private var lastIsUpper = false

        var key: DanishSortKey {
            DanishSortKey(weights: primaries + [0] + secondaries + [0] + tertiaries + [0] + codePoints)
        }

        mutating func add(_ scalar: Unicode.Scalar) {
            codePoints.append(scalar.value + 1)
            if scalar.isASCII {
                addASCII(scalar)
            } else if isCombiningMark(scalar) {
                addMark(scalar)
            } else {
                addOther(scalar)
            }
        }

        private mutating func addASCII(_ scalar: Unicode.Scalar) {
            let value = scalar.value
            switch value {
            case 0x61...0x7A, 0x41...0x5A:
                let upper = value <= 0x5A
                let letter = upper ? value + 0x20 : value
                if letter == 0x61, lastIsPlainA {
                    joinAA(secondIsUpper: upper)
                    return
                }
                append(primary: Weights.letter(letter), upper: upper)
                lastIsPlainA = letter == 0x61
                lastIsUpper = upper
            case 0x30...0x39:
                append(primary: Weights.digitBase + value - 0x30, upper: false)
            default:
                append(primary: Weights.punctuation(value), upper: false)
            }
        }

        /// "aa" sorts as å, after å and Å at the case level.
        private mutating func joinAA(secondIsUpper: Bool) {
            primaries[primaries.count - 1] = Weights.letter(Weights.å)
            tertiaries[tertiaries.count - 1] = 3 + (lastIsUpper ? 1 : 0) + (lastIsUpper && secondIsUpper ? 1 : 0)
            lastIsPlainA = false
        }

        private mutating func addMark(_ scalar: Unicode.Scalar) {
            lastIsPlainA = false
            guard !primaries.isEmpty else { return }
            let last = primaries.count - 1
            let accent = Accent.ofCombiningMark(scalar)
            // A decomposed ä, ö, ü, å sorts like its precomposed form.
            if secondaries[last] == Accent.none.rawValue,
               let (letter, newAccent) = Weights.danishComposition(primaries[last], accent) {
                primaries[last] = Weights.letter(letter)
                secondaries[last] = newAccent.rawValue
            } else {
                secondaries[last] = max(secondaries[last], accent.rawValue)
            }
        }

        private mutating func addOther(_ scalar: Unicode.Scalar) {
            lastIsPlainA = false
            let properties = scalar.properties
            let upper = properties.isUppercase
            let lower = upper ? (properties.lowercaseMapping.unicodeScalars.first ?? scalar) : scalar
            if lower.isASCII, lower.properties.isAlphabetic {
                // Such as İ, whose lower case is an i with a combining dot.
                append(primary: Weights.letter(lower.value), upper: upper, accent: .dot)
            } else if let (letters, accent) = LatinLetters.table[lower.value] {
                for letter in letters.unicodeScalars {
                    append(primary: Weights.letter(letter.value), upper: upper, accent: accent)
                }
            } else if properties.isWhitespace {
                append(primary: Weights.punctuation(0x20), upper: false)
            } else if properties.isAlphabetic || properties.numericType != nil {
                append(primary: Weights.otherScriptBase + lower.value, upper: upper)
            } else {
                append(primary: Weights.punctuation(scalar.value), upper: false)
            }
        }

        private mutating func append(primary: UInt32, upper: Bool, accent: Accent = .none) {
            primaries.append(primary)
            secondaries.append(accent.rawValue)
            tertiaries.append(upper ? 2 : 1)
        }

        private func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: return true
            default: return false
            }
        }
    }
}
