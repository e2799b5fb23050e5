extension DanishCollation {
    /// Primary weights: white space and punctuation < digits < letters < other scripts.
    enum Weights {
        static let digitBase: UInt32 = 0x20_0000
        static let letterBase: UInt32 = 0x30_0000
        static let otherScriptBase: UInt32 = 0x40_0000
        static let æ: UInt32 = 0xE6
        static let ø: UInt32 = 0xF8
        static let å: UInt32 = 0xE5

        /// Punctuation and symbols in code-point order, white space first.
        static func punctuation(_ value: UInt32) -> UInt32 {
            1 + value
        }

        /// The weight of a lower-case letter a–z, æ, ø or å (given as its code point).
        static func letter(_ value: UInt32) -> UInt32 {
            switch value {
            case æ: return letterBase + 26
            case ø: return letterBase + 27
            case å: return letterBase + 28
            default: return letterBase + value - 0x61
            }
        }

        /// The letter and accent that a plain letter (by primary weight) followed by a
        /// combining mark becomes, when that differs from "the letter with an accent".
        static func danishComposition(_ primary: UInt32, _ accent: Accent) -> (UInt32, Accent)? {
            switch (primary, accent) {
            case (letter(0x61), .ring): return (å, .none)
            case (letter(0x61), .diaeresis): return (æ, .diaeresis)
            case (letter(0x6F), .diaeresis): return (ø, .diaeresis)
            case (letter(0x6F), .doubleAcute): return (ø, .doubleAcute)
            case (letter(0x75), .diaeresis): return (0x79, .diaeresis)
            case (letter(0x75), .doubleAcute): return (0x79, .doubleAcute)
            default: return nil
            }
        }
    }

    /// Secondary weights: the plain letter first, then accents in the order of the UCA.
    enum Accent: UInt32 {
        case none = 1, acute, grave, breve, circumflex, caron, ring, diaeresis, doubleAcute,
             tilde, dot, stroke, cedilla, ogonek, macron, other

        static func ofCombiningMark(_ scalar: Unicode.Scalar) -> Accent {
            switch scalar.value {
            case 0x301: return .acute
            case 0x300: return .grave
            case 0x306: return .breve
            case 0x302: return .circumflex
            case 0x30C: return .caron
            case 0x30A: return .ring
            case 0x308: return .diaeresis
            case 0x30B: return .doubleAcute
            case 0x303: return .tilde
            case 0x307: return .dot
            case 0x327: return .cedilla
            case 0x328: return .ogonek
            case 0x304: return .macron
            default: return .other
            }
        }
    }

    /// Lower-case Latin letters beyond ASCII: the letters they sort as, and their accent.
    enum LatinLetters {
        static let table: [UInt32: (String, Accent)] = {
            var table: [UInt32: (String, Accent)] = [:]
            /// `pairs` lists each letter followed by the letter(s) it sorts as, pairs apart by spaces.
            func add(_ pairs: String, _ accent: Accent) {
                for pair in pairs.split(separator: " ") {
                    table[pair.unicodeScalars.first!.value] = (String(pair.unicodeScalars.dropFirst()), accent)
                }
            }
            add("ææ øø åå þth ĳij", .none)
            add("áa ée íi óo úu ýy ćc ĺl ńn ŕr śs źz", .acute)
            add("àa èe ìi òo ùu", .grave)
            add("ăa ĕe ğg ĭi ŏo ŭu", .breve)
            add("âa êe îi ôo ûu ĉc ĝg ĥh ĵj ŝs ŵw ŷy", .circumflex)
            add("čc ďd ěe ňn řr šs ťt žz ľl", .caron)
            add("ůu", .ring)
            add("äæ öø üy ëe ïi ÿy", .diaeresis)
            add("őø űy", .doubleAcute)
            add("ãa ñn õo ĩi ũu", .tilde)
            add("ėe ġg żz ıi ŀl", .dot)
            add("đd ħh łl ŧt", .stroke)
            add("çc ķk ļl ņn ŗr şs ţt ģg", .cedilla)
            add("ąa ęe įi ųu", .ogonek)
            add("āa ēe īi ōo ūu", .macron)
            add("œø ðd ßss ŋn", .other)
            return table
        }()
    }
}
