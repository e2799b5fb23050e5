import CommitteeDocsDiagnostics
import CommitteeDocsFormatting
import Testing
@testable import CommitteeDocsRules

/// Every row of the rules table names what it rests on (`hjemmel`): the law or regulativ, the
/// paragraph, the day it came into force, and a URL where the text is public.
@Suite("The legal source of each rule")
struct RuleSourceTests {
    @Test func aRowNamesItsSourcesInDanish() throws {
        let table = try RuleTableDecoder.load(bytes: Array("""
        version: "1"
        regler:
          - plan: områdefornyelse
            navn: områdefornyelse fra 2018
            gælder: {fra: 2018-01-01}
            stat-højst: 1/2
            hjemmel:
              - navn: Lov nr. 1562 af 19. december 2017 (L 65, 2017-18)
                paragraf: byfornyelseslovens § 7, stk. 1
                i-kraft: 2018-01-01
                url: https://www.ft.dk/samling/20171/lovforslag/l65/20171_l65_som_fremsat.htm
              - navn: Landsbyggefondens regulativ (2015-18-midlerne)
                paragraf: paragraf ikke fundet
                i-kraft: ukendt

        """.utf8), file: "regler.yaml")
        #expect(table.rules[0].hjemmel == [
            Hjemmel(navn: "Lov nr. 1562 af 19. december 2017 (L 65, 2017-18)", paragraf: "byfornyelseslovens § 7, stk. 1",
                    iKraft: DanishDate(year: 2018, month: 1, day: 1),
                    url: "https://www.ft.dk/samling/20171/lovforslag/l65/20171_l65_som_fremsat.htm"),
            // "ukendt" says honestly that the day is not known; no URL: the text is not public.
            Hjemmel(navn: "Landsbyggefondens regulativ (2015-18-midlerne)", paragraf: "paragraf ikke fundet", iKraft: nil, url: nil),
        ])
    }

    @Test func aRowWithoutASourceIsRefusedWhereItStands() throws {
        #expect(errors(in: """
        version: "1"
        regler:
          - plan: områdefornyelse
            navn: Uden hjemmel
            gælder: {fra: 2018-01-01}
            stat-højst: 1/2

        """) == [
            "regler.yaml:3:5: error: regler[0].hjemmel: the rule names no legal source; add hjemmel: a list of {navn, paragraf, i-kraft, url} (i-kraft a date or \"ukendt\", url where the text is public)",
        ])
        #expect(errors(in: """
        version: "1"
        regler:
          - plan: områdefornyelse
            navn: Tom hjemmel
            gælder: {fra: 2018-01-01}
            hjemmel: []

        """) == [
            "regler.yaml:6:14: error: regler[0].hjemmel: must not be an empty list",
        ])
    }

    @Test func eachSourceIsCheckedLikeAnyOtherValue() throws {
        #expect(errors(in: """
        version: "1"
        regler:
          - plan: områdefornyelse
            navn: Fejl i hjemmel
            gælder: {fra: 2018-01-01}
            hjemmel:
              - navn: Byfornyelsesloven
                i-kraft: 1. januar 2018
                url: ft.dk/samling/20171/lovforslag/l65
                stk: 1

        """) == [
            "regler.yaml:7:9: error: regler[0].hjemmel[0].paragraf: missing required key \"paragraf\"",
            "regler.yaml:8:18: error: regler[0].hjemmel[0].i-kraft: \"1. januar 2018\" is not a date (expected 2018-01-01 or 01-01-2018, or \"ukendt\" when the day is not known)",
            "regler.yaml:9:14: error: regler[0].hjemmel[0].url: \"ft.dk/samling/20171/lovforslag/l65\" is not a public address (expected one starting with https:// or http://)",
            "regler.yaml:10:9: error: regler[0].hjemmel[0].stk: unknown key \"stk\" (expected one of: navn, paragraf, i-kraft, url)",
        ])
    }

    @Test func overlappingRowsArePointedAtTheLaterRowsValidity() throws {
        #expect(errors(in: """
        version: "1"
        regler:
          - plan: områdefornyelse
            navn: Første
            gælder: {fra: 2015-01-01}
            hjemmel: [{navn: Byfornyelsesloven, paragraf: § 6, i-kraft: 2004-01-01}]
          - plan: områdefornyelse
            navn: Anden
            gælder: {fra: 2018-01-01}
            hjemmel: [{navn: Byfornyelsesloven, paragraf: § 7, i-kraft: 2018-01-01}]

        """) == [
            "regler.yaml:9:13: error: regler[1].gælder: the rule \"Anden\" overlaps \"Første\" (fra 01-01-2015)",
        ])
    }

    @Test func everyShippedRowNamesALawOrRegulativWithAParagraph() {
        for rule in shippedTable.rules {
            #expect(!rule.hjemmel.isEmpty, "\(rule.navn)")
            for source in rule.hjemmel {
                #expect(source.url.map { $0.hasPrefix("https://") || $0.hasPrefix("http://") } ?? true, "\(rule.navn)")
            }
        }
    }

    private func errors(in text: String) -> [String] {
        do {
            _ = try RuleTableDecoder.load(bytes: Array(text.utf8), file: "regler.yaml")
            return []
        } catch {
            return error.sorted.map(\.description)
        }
    }
}
