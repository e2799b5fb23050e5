import Testing
@testable import Formatting

@Suite("Danish sort order")
struct DanishCollationTests {
    @Test("Æ, Ø and Å come after Z; Aa sorts as Å, after it when otherwise equal")
    func danishLetters() {
        let places = ["Aalborg", "Århus", "Ærø", "Øster", "Zealand", "Ålborg", "ask"]
        #expect(places.sortedDanish() == ["ask", "Zealand", "Ærø", "Øster", "Ålborg", "Aalborg", "Århus"])
    }

    @Test("Foreign letters sort with their Danish neighbours")
    func foreignLetters() {
        #expect(["Ørsted", "Öland", "Ærø", "Ägypten", "Zürich", "Ystad", "Zagreb"].sortedDanish()
            == ["Ystad", "Zagreb", "Zürich", "Ägypten", "Ærø", "Öland", "Ørsted"])
        #expect(["Müller", "Myre", "Mygind"].sortedDanish() == ["Mygind", "Müller", "Myre"])
        #expect(["Eva", "Émile", "Ebbe", "Erik"].sortedDanish() == ["Ebbe", "Émile", "Erik", "Eva"])
        #expect(["Izmir", "İstanbul", "Ingrid"].sortedDanish() == ["Ingrid", "İstanbul", "Izmir"])
    }

    @Test("Case is ignored first, then lower case comes before upper case")
    func caseOrder() {
        #expect(["bo", "Bo", "Anne", "anne", "BO"].sortedDanish() == ["anne", "Anne", "bo", "Bo", "BO"])
        #expect(["Å", "å", "aa", "AA", "Aa"].sortedDanish() == ["å", "Å", "aa", "Aa", "AA"])
    }

    @Test("Accented letters follow the plain letter when the words are otherwise equal")
    func accents() {
        #expect(danishLessThan("de", "dé"))
        #expect(danishLessThan("dé", "df"))
        #expect(danishLessThan("æ", "ä"))
        #expect(!danishLessThan("ä", "æ"))
    }

    @Test("A decomposed letter sorts as its precomposed form")
    func decomposedLetters() {
        let decomposedÅ = "A\u{030A}rhus"
        #expect(danishLessThan("Ålborg", decomposedÅ))
        #expect(danishLessThan(decomposedÅ, "Åsa"))
        #expect(danishLessThan("Zagreb", "Zu\u{0308}rich"))
        #expect(danishLessThan("Zu\u{0308}rich", "Zuzu") == false)
        #expect(danishSortKey("e\u{0301}") != danishSortKey("é"))
        #expect(["ee", "e\u{0301}", "é", "e"].sortedDanish() == ["e", "e\u{0301}", "é", "ee"])
    }

    @Test("Spaces and punctuation before digits, digits before letters")
    func nonLetters() {
        #expect(["Øster bro", "Østerbro", "Øster-bro", "Øster 2", "Øster1"].sortedDanish()
            == ["Øster 2", "Øster bro", "Øster-bro", "Øster1", "Østerbro"])
        #expect(["b", "2", "a", "10"].sortedDanish() == ["10", "2", "a", "b"])
    }

    @Test("A prefix sorts before the longer word")
    func prefixes() {
        #expect(danishLessThan("Teknik", "Teknik- og Miljøudvalget"))
        #expect(danishLessThan("", "a"))
        #expect(!danishLessThan("a", "a"))
    }

    @Test("Other scripts follow the Latin letters")
    func otherScripts() {
        #expect(["Ωmega", "Århus", "東京"].sortedDanish() == ["Århus", "Ωmega", "東京"])
    }

    @Test("Elements sort by a key without recomputing it per comparison")
    func sortByKey() {
        struct Committee { let name: String }
        let committees = [Committee(name: "Økonomiudvalget"), Committee(name: "Børne- og Ungdomsudvalget"),
                          Committee(name: "Teknik- og Miljøudvalget")]
        #expect(committees.sortedDanish(by: \.name).map(\.name)
            == ["Børne- og Ungdomsudvalget", "Teknik- og Miljøudvalget", "Økonomiudvalget"])
    }
}
