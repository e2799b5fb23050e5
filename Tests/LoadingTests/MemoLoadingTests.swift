import CommitteeDocsDiagnostics
import Testing
@testable import CommitteeDocsLoading

/// A small memo in YAML and the same memo in JSON: equal trees, exact positions.
@Suite struct MemoLoadingTests {
    static let yaml = """
        # Notat til udvalget
        titel: Status for helhedsplanen i Mjølnerparken
        sagsnr: 2009-45219
        beløb: 6000000
        fortrolig: false
        bilag: ~
        sted: {by: Ærø, år: 2009}
        sagsbehandler:
          navn: "Åse Ørsted"
          telefon: '33 66 12 34'
        afsnit:
          - overskrift: Baggrund
            tekst: |
              Fonden betaler ¾.
              Resten betaler kommunen.
          - overskrift: Processen hidtil
            tekst: >
              Forvaltningen har holdt
              tre møder.

        """

    static let json = """
        {
          "titel": "Status for helhedsplanen i Mjølnerparken",
          "sagsnr": "2009-45219",
          "beløb": 6000000,
          "fortrolig": false,
          "bilag": null,
          "sted": {"by": "Ærø", "år": 2009},
          "sagsbehandler": {
            "navn": "Åse Ørsted",
            "telefon": "33 66 12 34"
          },
          "afsnit": [
            {"overskrift": "Baggrund", "tekst": "Fonden betaler \\u00BE.\\nResten betaler kommunen.\\n"},
            {"overskrift": "Processen hidtil", "tekst": "Forvaltningen har holdt tre møder.\\n"}
          ]
        }
        """

    @Test func yamlMemoLoadsWithEveryPositionInScalarColumns() throws {
        let memo = try load(Self.yaml)
        #expect(memo.debugDescription == """
            mapping @2:1
              titel @2:1: plain "Status for helhedsplanen i Mjølnerparken" @2:8
              sagsnr @3:1: plain "2009-45219" @3:9
              beløb @4:1: plain "6000000" @4:8
              fortrolig @5:1: plain "false" @5:12
              bilag @6:1: null @6:8
              sted @7:1: mapping @7:7
                by @7:8: plain "Ærø" @7:12
                år @7:17: plain "2009" @7:21
              sagsbehandler @8:1: mapping @9:3
                navn @9:3: quoted "Åse Ørsted" @9:9
                telefon @10:3: quoted "33 66 12 34" @10:12
              afsnit @11:1: sequence @12:3
                - mapping @12:5
                  overskrift @12:5: plain "Baggrund" @12:17
                  tekst @13:5: quoted "Fonden betaler ¾.\\nResten betaler kommunen.\\n" @13:12
                - mapping @16:5
                  overskrift @16:5: plain "Processen hidtil" @16:17
                  tekst @17:5: quoted "Forvaltningen har holdt tre møder.\\n" @17:12
            """)
    }

    @Test func jsonMemoLoadsWithEveryPositionInScalarColumns() throws {
        let memo = try load(Self.json, .json)
        #expect(memo.debugDescription == """
            mapping @1:1
              titel @2:3: quoted "Status for helhedsplanen i Mjølnerparken" @2:12
              sagsnr @3:3: quoted "2009-45219" @3:13
              beløb @4:3: number "6000000" @4:12
              fortrolig @5:3: boolean "false" @5:16
              bilag @6:3: null @6:12
              sted @7:3: mapping @7:11
                by @7:12: quoted "Ærø" @7:18
                år @7:25: number "2009" @7:31
              sagsbehandler @8:3: mapping @8:20
                navn @9:5: quoted "Åse Ørsted" @9:13
                telefon @10:5: quoted "33 66 12 34" @10:16
              afsnit @12:3: sequence @12:13
                - mapping @13:5
                  overskrift @13:6: quoted "Baggrund" @13:20
                  tekst @13:32: quoted "Fonden betaler ¾.\\nResten betaler kommunen.\\n" @13:41
                - mapping @14:5
                  overskrift @14:6: quoted "Processen hidtil" @14:20
                  tekst @14:40: quoted "Forvaltningen har holdt tre møder.\\n" @14:49
            """)
    }

    @Test func yamlAndJsonSpellingsOfTheMemoGiveTheSameTree() throws {
        #expect(shape(try load(Self.yaml)) == shape(try load(Self.json, .json)))
    }

    @Test func positionsCarryTheFileName() throws {
        let memo = try DataLoader.load(Array("titel: x\n".utf8), file: "samples/notat.yaml", format: .yaml)
        #expect(memo["titel"]?.position == SourcePosition(file: "samples/notat.yaml", line: 1, column: 8))
    }

    @Test func literalBlockScalarKeepsLinesAndStandsAtItsIndicator() throws {
        let memo = try load("tekst: |\n  Første linje\n    indrykket\n\n  Sidste\nnæste: 1\n")
        let tekst = try #require(memo["tekst"])
        #expect(tekst.scalar == Scalar("Første linje\n  indrykket\n\nSidste\n", style: .quoted))
        #expect(tekst.position.line == 1 && tekst.position.column == 8)
        #expect(memo.entry("næste")?.keyPosition.line == 6)
    }

    @Test func foldedBlockScalarJoinsLinesAndStandsAtItsIndicator() throws {
        let memo = try load("afsnit:\n  - tekst: >-\n      Én lang\n      sætning.\n")
        let tekst = try #require(memo["afsnit"]?.elements?.first?["tekst"])
        #expect(tekst.scalar == Scalar("Én lang sætning.", style: .quoted))
        #expect(tekst.position.line == 2 && tekst.position.column == 12)
    }

    @Test func yamlScalarsStayTextForTheSchemaToType() throws {
        let memo = try load("a: 2009-45219\nb: 6000000\nc: true\nd: 06-04-2009\ne: 1.5e3\nf: 'true'\n")
        let texts = memo.entries?.map { "\($0.key)=\($0.value.scalar!.text)/\($0.value.scalar!.style)" }
        #expect(texts == ["a=2009-45219/plain", "b=6000000/plain", "c=true/plain", "d=06-04-2009/plain",
                          "e=1.5e3/plain", "f=true/quoted"])
    }

    @Test func yamlNullsAreTildeNullAndEmptyValuesButNotQuotedOnes() throws {
        let memo = try load("a: ~\nb: null\nc: NULL\nd:\ne: ''\nf: nul\n")
        #expect(memo.entries?.map(\.value.isNull) == [true, true, true, true, false, false])
        #expect(memo["d"]?.position == SourcePosition(file: "memo.yaml", line: 4, column: 3))
    }

    @Test func jsonNumbersKeepTheirLiteralText() throws {
        let list = try load("[0, -1, 12.50, 1E+3, -0.5e-2]", .json)
        #expect(list.elements?.map { $0.scalar! } == ["0", "-1", "12.50", "1E+3", "-0.5e-2"].map {
            Scalar($0, style: .number)
        })
    }

    @Test func emptyFilesLoadAsNullAtTheFirstPosition() throws {
        let at11 = SourcePosition(file: "memo.yaml", line: 1, column: 1)
        #expect(try load("") == DataNode(.null, at: at11))
        #expect(try load("# kun en kommentar\n") == DataNode(.null, at: at11))
        #expect(try load(" \n", .json) == DataNode(.null, at: SourcePosition(file: "memo.json", line: 1, column: 1)))
    }

    @Test func aRootThatIsNotAMappingLoadsAsItIs() throws {
        #expect(shape(try load("- a\n- b\n")) == "[\"a\", \"b\"]")
        #expect(shape(try load("\"bare tekst\"", .json)) == "\"bare tekst\"")
    }
}
