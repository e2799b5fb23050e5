import CommitteeDocsDiagnostics
import Testing
@testable import CommitteeDocsLoading

/// The small API around the tree: formats by extension, paths, accessors, the debug outline.
@Suite struct DataNodeAccessTests {
    @Test func formatsFollowTheFileExtension() {
        #expect(DataFormat(pathExtension: "yaml") == .yaml)
        #expect(DataFormat(pathExtension: "YML") == .yaml)
        #expect(DataFormat(pathExtension: "json") == .json)
        #expect(DataFormat(pathExtension: "txt") == nil)
        #expect(DataFormat(pathExtension: "") == nil)
    }

    @Test func pathsReadAsInDiagnosticsAndCountListIndicesFromZero() {
        #expect(DataPath().description == "")
        #expect(DataPath().appending(key: "afsnit").appending(index: 2).appending(key: "overskrift").description
                == "afsnit[2].overskrift")
        #expect(DataPath([.index(0), .index(3)]).description == "[0][3]")
    }

    @Test func accessorsAnswerNilForOtherShapes() throws {
        let memo = try load("titel: Status\nbilag: [a, b]\nintet: ~\n")
        #expect(memo["titel"]?.scalar == Scalar("Status", style: .plain))
        #expect(memo["bilag"]?.elements?.count == 2)
        #expect(memo["intet"]?.isNull == true)
        #expect(memo["mangler"] == nil)
        #expect(memo.scalar == nil && memo.elements == nil && !memo.isNull)
        #expect(memo["titel"]?.entries == nil)
        #expect(memo.entry("bilag")?.keyPosition == SourcePosition(file: "memo.yaml", line: 2, column: 1))
    }

    @Test func kindsAreNamedForMessages() throws {
        let json = try load(#"{"a": "x", "b": 1, "c": true, "d": null, "e": [], "f": {}}"#, .json)
        #expect(json.entries?.map(\.value.kindDescription.description) == ["text", "a number", "a boolean", "null", "a list", "a mapping"])
    }

    @Test func debugOutlineShowsStylesAndPositions() throws {
        #expect(try load("- \"a\\tb\"\n- {c: 1}\n").debugDescription == """
            sequence @1:1
              - quoted "a\\tb" @1:3
              - mapping @2:3
                c @2:4: plain "1" @2:7
            """)
    }
}
