import Testing
@testable import CommitteeDocsLoading

/// JSON that does not load, with the exact position and message; and the escapes that do.
@Suite struct JSONSyntaxTests {
    @Test func missingCommaBetweenMembers() {
        #expect(errors("{\"titel\": \"A\"\n \"sagsnr\": 1}", .json) == [
            "memo.json:2:2: error: expected ',' or '}' after an object member, found '\"'",
        ])
    }

    @Test func missingCommaBetweenElementsNamesThePath() {
        #expect(errors("{\"bilag\": [\"a\" \"b\"]}", .json) == [
            "memo.json:1:16: error: bilag: expected ',' or ']' after an array element, found '\"'",
        ])
    }

    @Test func trailingCommasAreNotJSON() {
        #expect(errors("{\"a\": 1,}", .json) == ["memo.json:1:9: error: a comma before '}' is not allowed in JSON; remove it"])
        #expect(errors("[1, 2,\n]", .json) == ["memo.json:2:1: error: a comma before ']' is not allowed in JSON; remove it"])
    }

    @Test func keysNeedDoubleQuotesAndAColon() {
        #expect(errors("{titel: 1}", .json) == ["memo.json:1:2: error: expected a key in double quotes, found 'titel'"])
        #expect(errors("{\"titel\" 1}", .json) == ["memo.json:1:10: error: expected ':' after the key \"titel\", found '1'"])
    }

    @Test func unknownLiteralsAndBareWords() {
        #expect(errors("{\"a\": tru}", .json) == ["memo.json:1:7: error: a: expected true, false or null, found 'tru'"])
        #expect(errors("{\"a\": True}", .json) == ["memo.json:1:7: error: a: expected a JSON value, found 'True'"])
        #expect(errors("{\"a\": }", .json) == ["memo.json:1:7: error: a: expected a JSON value, found '}'"])
        #expect(errors("{\"a\": ", .json) == ["memo.json:1:7: error: a: expected a JSON value, found the end of the file"])
    }

    @Test func numbersFollowTheRFCGrammar() {
        #expect(errors("[01]", .json) == [
            "memo.json:1:2: error: [0]: a JSON number must not start with 0 followed by more digits; write it as text in quotes",
        ])
        #expect(errors("[-]", .json) == ["memo.json:1:3: error: [0]: expected a digit after '-', found ']'"])
        #expect(errors("[1.]", .json) == ["memo.json:1:4: error: [0]: expected a digit after the decimal point, found ']'"])
        #expect(errors("[1e+]", .json) == ["memo.json:1:5: error: [0]: expected a digit in the exponent, found ']'"])
        #expect(errors("[.5]", .json) == ["memo.json:1:2: error: [0]: expected a JSON value, found '.'"])
    }

    @Test func contentAfterTheValueIsAnError() {
        #expect(errors("{} {}", .json) == ["memo.json:1:4: error: unexpected '{' after the JSON value; a file holds one value"])
    }

    @Test func escapesAndSurrogatePairsDecode() throws {
        let text = try load(#"["\"\\\/\n\t", "\u00e6\u00F8\u00E5", "\uD83D\uDE00", "\u20AC"]"#, .json)
        #expect(text.elements?.map { $0.scalar!.text } == ["\"\\/\n\t", "æøå", "😀", "€"])
    }

    @Test func invalidEscapeIsAnErrorAtItsBackslash() {
        #expect(errors(#"{"titel": "a\x"}"#, .json) == [
            #"memo.json:1:13: error: titel: invalid escape '\' followed by 'x'; JSON knows \" \\ \/ \b \f \n \r \t and \uXXXX"#,
        ])
        #expect(errors(#"["\u12G4"]"#, .json) == [#"memo.json:1:3: error: [0]: '\u' must be followed by four hex digits"#])
    }

    @Test func loneSurrogatesAreErrors() {
        #expect(errors(#"["ok \uD83D x"]"#, .json) == [
            #"memo.json:1:6: error: [0]: lone surrogate \uD83D: a high surrogate must be followed by a low one (\uDC00 to \uDFFF)"#,
        ])
        #expect(errors(#"["\uDE00"]"#, .json) == [
            #"memo.json:1:3: error: [0]: lone surrogate \uDE00 without a high surrogate (\uD800 to \uDBFF) before it"#,
        ])
    }

    @Test func unterminatedStringsAndRawLineBreaksOrTabs() {
        #expect(errors("{\"titel\": \"Status", .json) == ["memo.json:1:11: error: titel: this string has no closing '\"'"])
        #expect(errors("{\"titel\": \"Status\n\"}", .json) == [
            "memo.json:1:18: error: titel: a line break inside a string must be written as \\n (or is the closing '\"' missing?)",
        ])
        #expect(errors("[\"a\tb\"]", .json) == ["memo.json:1:4: error: [0]: a tab inside a string must be written as \\t"])
    }

    @Test func duplicateKeyIsAnErrorAtTheSecondKey() {
        #expect(errors("{\n  \"titel\": \"A\",\n  \"sted\": {\"by\": 1, \"by\": 2},\n  \"titel\": \"B\"\n}", .json) == [
            "memo.json:3:21: error: sted: duplicate key \"by\" (first at line 3)",
            "memo.json:4:3: error: duplicate key \"titel\" (first at line 2)",
        ])
    }

    @Test func emptyKeyIsAnError() {
        #expect(errors("{\"\": 1}", .json) == ["memo.json:1:2: error: a key is empty; write a name before ':'"])
    }

    @Test func positionsAfterManyTokensOnOneLongLineStayExact() throws {
        let list = try load("[" + String(repeating: "\"æ\",", count: 10_000) + "\"ø\"]", .json)
        #expect(list.elements?.last?.position.column == 2 + 10_000 * 4)
    }
}
