import CommitteeDocsDocumentTree
import Foundation
import TestSupport
import Testing
@testable import CommitteeDocsRendering

/// The financing and budget tables show shares as officials write them: "15,0 pct.", the total
/// "100,0 pct.", never a fraction such as 3/20.
@Suite("Shares in the plan tables")
struct FinancingTableTests {
    /// The tables of the plan's documents, each as its header and rows in plain text.
    static func tables(of sample: String) throws -> (documents: [RenderedDocument], tables: [[[String]]]) {
        let file = packageRoot + "/samples/" + sample
        let documents = try shippedRenderer().render(bytes: [UInt8](FileManager.default.contents(atPath: file)!), file: file)
        let tables = documents.flatMap(\.document.blocks).compactMap { block -> [[String]]? in
            guard case .table(let table) = block else { return nil }
            return ([table.header] + table.rows).map { $0.map(\.plainText) }
        }
        return (documents, tables)
    }

    @Test("Solhaven's financing: one Andel column in pct., the total 100,0 pct.")
    func solhaven() throws {
        let (documents, tables) = try Self.tables(of: "plan-helhedsplan-solhaven-foreloebig.yaml")
        let financing = try #require(tables.first { $0.first?.first == "Finansieringskilde" })
        #expect(financing[0] == ["Finansieringskilde", "Art", "Beløb (kr.)", "Andel"])
        #expect(financing.dropFirst().map(\.last) == ["75,0 pct.", "15,0 pct.", "7,0 pct.", "3,0 pct.", "100,0 pct."])
        let budget = try #require(tables.first { $0.first?.first == "Indsatsområde" })
        #expect(budget[0] == ["Indsatsområde", "Beløb (kr.)", "Andel"])
        #expect(budget.last?.last == "100,0 pct.")
        for document in documents {
            for file in document.files {
                let text = try #require(file.content.text)
                #expect(!text.contains("3/20") && !text.contains("7/100"), "\(document.basePath).\(file.format)")
            }
        }
    }

    @Test("Sydhavn's financing: ⅓ and ⅔ are 33,3 and 66,7 pct.")
    func sydhavn() throws {
        let (_, tables) = try Self.tables(of: "plan-omraadefornyelse-sydhavn.yaml")
        let financing = try #require(tables.first { $0.first?.first == "Finansieringskilde" })
        #expect(financing.map(\.count) == Array(repeating: 4, count: financing.count))
        #expect(financing.dropFirst().map(\.last) == ["33,3 pct.", "66,7 pct.", "100,0 pct."])
    }
}
