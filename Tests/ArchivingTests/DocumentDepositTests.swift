import CommitteeDocsArchive
import CommitteeDocsArchiving
import CommitteeDocsFormatting
import Foundation
import CommitteeDocsModel
import CommitteeDocsRendering
import CommitteeDocsRules
import CommitteeDocsTemplating
import TestSupport
import Testing
import CommitteeDocsXHTMLValidation

/// The project's renderer: its templates and rules table.
private func renderer() throws -> Renderer {
    let rulesFile = packageRoot + "/Rules/finansieringsregler.yaml"
    let rules = try RuleTableDecoder.load(bytes: [UInt8](FileManager.default.contents(atPath: rulesFile)!), file: rulesFile)
    return Renderer(templates: try TemplateLibrary(directory: packageRoot + "/Templates"), validator: try XHTMLValidator.shared(), rules: rules)
}

private func rendered(_ sample: String) throws -> (documents: [RenderedDocument], source: (path: String, bytes: [UInt8])) {
    let path = packageRoot + "/samples/" + sample
    let bytes = [UInt8](FileManager.default.contents(atPath: path)!)
    return (try renderer().render(bytes: bytes, file: path), (path, bytes))
}

@Suite("What the archive keeps of a rendered document")
struct DocumentDepositTests {
    @Test func aMemoIsOneBagInItsCasesSeriesNamedByItsIdentity() throws {
        let (documents, source) = try rendered("notat-omraadebaserede-indsatser.yaml")
        let memo = try #require(documents.first)
        let identity = try #require(memo.identity)
        let deposit = try #require(Archiving.deposit(memo, source: source))
        #expect(deposit.series == .document(identity.sagsnr, identity.dokumentnr))
        #expect(deposit.series.path == "bags/\(identity.sagsnr)/\(identity.dokumentnr)")
        #expect(deposit.udgave == .offentlig)
        #expect(deposit.baggingDate == identity.dato)
        #expect(deposit.payload.map(\.path) == ["html", "md", "txt"].map { identity.name + "." + $0 } + ["kilde/notat-omraadebaserede-indsatser.yaml"])
        #expect(deposit.info.map(\.0) == ["Udvalg"] + (identity.kle == nil ? [] : ["KLE"]) + ["Access"])
        #expect(deposit.info.first?.1 == identity.til)
    }

    @Test func anOpenDocumentOfAPlanWithAClosedDocumentLeavesThePlanFileOut() throws {
        // The plan file holds every document of the plan; a public bag must not carry a closed one.
        let (documents, source) = try rendered("plan-helhedsplan-solhaven-foreloebig.yaml")
        #expect(documents.count > 1)
        let open = documents.compactMap { Archiving.deposit($0, source: source) }
        #expect(open.allSatisfy { $0.udgave == .offentlig && $0.payload.last?.path == "kilde/plan-helhedsplan-solhaven-foreloebig.yaml" })

        var closed = documents[0]
        closed.facts?.identity.adgang = .lukket
        var openBesideIt = documents[1]
        openBesideIt.facts?.kildeAdgang = .lukket
        let internalBag = try #require(Archiving.deposit(closed, source: source))
        let publicBag = try #require(Archiving.deposit(openBesideIt, source: source))
        #expect(internalBag.udgave == .intern && internalBag.payload.contains { $0.path.hasPrefix("kilde/") })
        #expect(internalBag.info.last! == ("Access", "lukket"))
        #expect(publicBag.udgave == .offentlig && !publicBag.payload.contains { $0.path.hasPrefix("kilde/") })

        // A document drawn from a template alone has no identity, and no bag of its own.
        var agenda = documents[0]
        agenda.facts = nil
        #expect(Archiving.deposit(agenda, source: source) == nil)
    }

    @Test func aGivenBaggingDateWins() throws {
        let (documents, source) = try rendered("notat-kort.yaml")
        let date = try #require(DanishDate(parsing: "2020-01-15"))
        #expect(Archiving.deposit(documents[0], source: source, baggingDate: date)?.baggingDate == date)
    }
}
