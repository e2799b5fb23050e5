import Testing
@testable import CommitteeDocsLoading

/// Encoding, line ends and the characters no data file may hold.
@Suite struct CharacterTests {
    static let formats: [DataFormat] = [.yaml, .json]

    @Test func latin1BytesAreInvalidUTF8AtTheFirstBadByte() {
        let bytes = Array("titel: Status\nudvalg: Teknik- og Milj".utf8) + [0xF8] + Array("udvalget\n".utf8)
        #expect(errors(bytes: bytes) == [
            "memo.yaml:2:24: error: invalid UTF-8 (byte 0xF8 never occurs in UTF-8); the file may be in "
                + "Latin-1 or Windows-1252: save it as UTF-8",
        ])
    }

    @Test func eachKindOfInvalidUTF8IsNamed() {
        func problem(_ bytes: [UInt8]) -> String? {
            errors(bytes: Array("\"".utf8) + bytes + Array("\"".utf8), .json).first
        }
        let suffix = "; the file may be in Latin-1 or Windows-1252: save it as UTF-8"
        #expect(problem([0xE6, 0x72]) == "memo.json:1:2: error: invalid UTF-8 (byte 0xE6 starts a 3-byte character "
                + "but is not followed by 2 continuation bytes)" + suffix)
        #expect(problem([0xA9]) == "memo.json:1:2: error: invalid UTF-8 (byte 0xA9 cannot start a character)" + suffix)
        #expect(problem([0xC0, 0xAF]) == "memo.json:1:2: error: invalid UTF-8 (byte 0xC0 never occurs in UTF-8)" + suffix)
        #expect(problem([0xED, 0xA0, 0x80]) == "memo.json:1:2: error: invalid UTF-8 (byte 0xED followed by 0xA0 "
                + "is not a valid character)" + suffix)
        #expect(problem([0xF4, 0x90, 0x80, 0x80]) == "memo.json:1:2: error: invalid UTF-8 (byte 0xF4 followed by "
                + "0x90 is not a valid character)" + suffix)
        #expect(errors(bytes: [0x5B, 0xC3], .json) == ["memo.json:1:2: error: invalid UTF-8 (byte 0xC3 starts a "
                + "2-byte character but is not followed by 1 continuation bytes)" + suffix])
    }

    @Test(arguments: formats)
    func aByteOrderMarkIsSkippedAndColumnsStartAfterIt(format: DataFormat) throws {
        let text = format == .yaml ? "titel: Å" : "{\"titel\": \"Å\"}"
        let node = try DataLoader.load([0xEF, 0xBB, 0xBF] + Array(text.utf8), file: "bom", format: format)
        #expect(node.entry("titel")?.keyPosition.column == (format == .yaml ? 1 : 2))
        #expect(node["titel"]?.scalar?.text == "Å")
    }

    @Test func crlfLineEndsCountAsOneLineAndBecomeLFInValues() throws {
        let memo = try load("titel: Status\r\ntekst: |\r\n  linje 1\r\n  linje 2\r\nslut: \"a\r\n  b\"\r\n")
        #expect(memo.debugDescription == """
            mapping @1:1
              titel @1:1: plain "Status" @1:8
              tekst @2:1: quoted "linje 1\\nlinje 2\\n" @2:8
              slut @5:1: quoted "a b" @5:7
            """)
        let json = try load("{\r\n  \"tekst\": \"a\\r\\nb\"\r\n}\r\n", .json)
        #expect(json["tekst"]?.scalar?.text == "a\nb")
        #expect(json["tekst"]?.position.line == 2)
    }

    @Test func aLoneCarriageReturnIsRefused() {
        #expect(errors("titel: a\rb\n") == ["memo.yaml:1:9: error: a carriage return (U+000D) that is not part "
                + "of a CRLF line end is not allowed in a data file; remove it"])
        #expect(errors(#"{"titel": "a\rb"}"#, .json) == ["memo.json:1:11: error: titel: contains a carriage "
                + "return (U+000D) that is not part of a CRLF line end; remove it"])
    }

    @Test func rawControlCharactersAreRefusedWhereTheyStand() {
        #expect(errors("titel: Ærø\u{7}\nsagsnr: 1 # \u{1B}[31m\nslut: \u{7F}\n") == [
            "memo.yaml:1:11: error: the control character U+0007 is not allowed in a data file; remove it",
            "memo.yaml:2:13: error: the control character U+001B is not allowed in a data file; remove it",
            "memo.yaml:3:7: error: the control character U+007F is not allowed in a data file; remove it",
        ])
        #expect(errors("{\"titel\": \"a\u{0}\"}", .json) == [
            "memo.json:1:13: error: the control character U+0000 is not allowed in a data file; remove it",
        ])
    }

    @Test func escapedControlCharactersAreRefusedAtTheirValue() {
        #expect(errors(#"titel: "Status\a"\#nsted: {by: "\x1B[31m"}\#n"#) == [
            "memo.yaml:1:8: error: titel: contains the control character U+0007; remove it",
            "memo.yaml:2:12: error: sted.by: contains the control character U+001B; remove it",
        ])
        #expect(errors(#"{"afsnit": [{"tekst": "a\u0000b"}, "\b", "\f", "\u007F"]}"#, .json) == [
            "memo.json:1:23: error: afsnit[0].tekst: contains the control character U+0000; remove it",
            "memo.json:1:36: error: afsnit[1]: contains the control character U+0008; remove it",
            "memo.json:1:42: error: afsnit[2]: contains the control character U+000C; remove it",
            "memo.json:1:48: error: afsnit[3]: contains the control character U+007F; remove it",
        ])
    }

    @Test func noncharactersAreRefusedRawAndEscaped() {
        #expect(errors("titel: a\u{FFFE}\n") == [
            "memo.yaml:1:9: error: the noncharacter U+FFFE is not allowed in a data file; remove it",
        ])
        #expect(errors(#"["\uFFFF"]"#, .json) == [
            "memo.json:1:2: error: [0]: contains the noncharacter U+FFFF; remove it",
        ])
    }

    @Test func controlCharactersInKeysAreRefused() {
        #expect(errors(#"{"ti\u0007tel": 1}"#, .json) == [
            "memo.json:1:2: error: a key contains the control character U+0007; remove it",
        ])
        #expect(errors("\"ti\\atel\": 1\n") == [
            "memo.yaml:1:1: error: a key contains the control character U+0007; remove it",
        ])
    }

    @Test func tabsAndLineFeedsInValuesAreKept() throws {
        #expect(try load("titel: \"a\\tb\\nc\"\n")["titel"]?.scalar?.text == "a\tb\nc")
        #expect(try load("titel: a\tb\n")["titel"]?.scalar?.text == "a\tb")
        #expect(try load(#"{"titel": "a\tb\nc"}"#, .json)["titel"]?.scalar?.text == "a\tb\nc")
    }

    @Test(arguments: formats)
    func hostileStringsLoadUnchanged(format: DataFormat) throws {
        let hostile = ["<script>alert(1)</script>", "{{x}}", "{{{x}}} {{/x}}", "&nbsp; &amp;", "abc\u{202E}def",
                       "e\u{301}\u{302}\u{303}", "\u{200B}\u{FEFF}", "' OR 1=1 --", "*fed* _kursiv_ [link](x)"]
        let text = format == .yaml
            ? hostile.map { "- \"\($0)\"" }.joined(separator: "\n")
            : "[" + hostile.map { "\"" + $0 + "\"" }.joined(separator: ", ") + "]"
        let list = try load(text, format)
        #expect(list.elements?.map { $0.scalar!.text } == hostile)
    }
}

/// Characters YAML 1.1 reads as line breaks, which JSON keeps as text.
@Suite struct UnicodeLineBreakTests {
    @Test func rawUnicodeLineBreaksAreRefusedInYAML() {
        #expect(errors("titel: \"Første\u{2028}anden\"\ntekst: a\u{85}b\u{2029}\n") == [
            "memo.yaml:1:15: error: the character U+2028 (line separator) is not allowed raw in a YAML file, "
                + "which would read it as a line break; remove it, or write \\L inside double quotes",
            "memo.yaml:2:9: error: the character U+0085 (next line) is not allowed raw in a YAML file, "
                + "which would read it as a line break; remove it, or write \\N inside double quotes",
            "memo.yaml:2:11: error: the character U+2029 (paragraph separator) is not allowed raw in a YAML file, "
                + "which would read it as a line break; remove it, or write \\P inside double quotes",
        ])
    }

    @Test func escapedUnicodeLineBreaksLoadInYAML() throws {
        #expect(try load(#"titel: "a\Lb\Pc\Nd""#)["titel"]?.scalar?.text == "a\u{2028}b\u{2029}c\u{85}d")
    }

    @Test func unicodeLineBreaksAreOrdinaryCharactersInJSON() throws {
        let memo = try load("{\"titel\": \"a\u{2028}b\u{85}c\",\n\"sagsnr\": 1}", .json)
        #expect(memo["titel"]?.scalar?.text == "a\u{2028}b\u{85}c")
        #expect(memo.entry("sagsnr")?.keyPosition.line == 2)
    }
}
