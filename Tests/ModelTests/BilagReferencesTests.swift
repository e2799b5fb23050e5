import CommitteeDocsModel
import Testing

@Suite("jf. bilag in prose")
struct BilagReferencesTests {
    func numbers(_ text: String) -> [[Int]] { BilagReferences.references(in: text).map(\.numbers) }

    @Test func aSingleBilag() {
        #expect(numbers("Se budgettet, jf. bilag 2.") == [[2]])
        #expect(BilagReferences.references(in: "Se budgettet, jf. bilag 2.").map(\.text) == ["jf. bilag 2"])
    }

    @Test func aListAndARange() {
        #expect(numbers("jf. bilag 1, 2 og 3") == [[1, 2, 3]])
        #expect(numbers("som vist (jf. bilag 4-6) og Jf. bilag 7") == [[4, 5, 6], [7]])
        #expect(numbers("jf. bilag 4–6") == [[4, 5, 6]])
    }

    @Test func aReferenceWrappedOverALine() {
        #expect(BilagReferences.references(in: "afholdes, jf.\nbilag 2").isEmpty)  // "jf." and "bilag" on two lines is not matched
        #expect(numbers("jf. bilag\n2 og 3") == [[2, 3]])
    }

    @Test func noReferenceWithoutJf() {
        #expect(numbers("bilag 2 nævnes uden henvisning") == [])
        #expect(numbers("jf. bilagene") == [])
        #expect(numbers("jf. bilag 2a") == [])
    }

    @Test func unresolvedReferencesNameNumbersOutsideTheList() {
        #expect(BilagReferences.unresolved(in: "jf. bilag 1 og jf. bilag 3-4", count: 3).map(\.text) == ["jf. bilag 3-4"])
        #expect(BilagReferences.unresolved(in: "jf. bilag 0", count: 3).map(\.text) == ["jf. bilag 0"])
    }
}
