import TestSupport
import Testing
@testable import CommitteeDocsLoading

/// Hostile sizes and shapes: deep nesting, huge scalars, floods of errors.
@Suite struct LimitTests {
    @Test func tenThousandDeepJSONIsADepthErrorOnASmallStack() {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(onSmallStack { errors(deep, .json) } == [
            "memo.json:1:101: error: the data is nested deeper than 100 levels; flatten it",
        ])
    }

    @Test func tenThousandDeepYAMLFlowIsADepthErrorOnASmallStack() {
        let deep = "a: " + String(repeating: "{b: ", count: 10_000) + "1" + String(repeating: "}", count: 10_000)
        #expect(onSmallStack { errors(deep) } == [
            "memo.yaml:1:400: error: the data is nested deeper than 100 levels; flatten it",
        ])
    }

    @Test func tenThousandDeepYAMLBlockIsADepthErrorOnASmallStack() {
        let deep = String(repeating: "- ", count: 10_000) + "x\n"
        #expect(onSmallStack { errors(deep) } == [
            "memo.yaml:1:201: error: the data is nested deeper than 100 levels; flatten it",
        ])
    }

    @Test func exactlyAHundredLevelsLoadOnASmallStack() {
        let nested = String(repeating: "[", count: 100) + "{\"a\": 1}" + String(repeating: "]", count: 100)
        let outer = String(repeating: "[", count: 99) + String(repeating: "]", count: 99)
        #expect(onSmallStack { errors(outer, .json) + errors(outer) } == [])
        #expect(onSmallStack { errors(nested, .json) } == [
            "memo.json:1:101: error: the data is nested deeper than 100 levels; flatten it",
        ])
    }

    @Test func aOneMegabyteScalarLoadsWhole() throws {
        let prose = String(repeating: "Landsbyggefonden betaler ¾. ", count: 40_000)
        #expect(try load("tekst: \"" + prose + "\"\n")["tekst"]?.scalar?.text == prose)
        #expect(try load("tekst: " + prose + "\n")["tekst"]?.scalar?.text == String(prose.dropLast()))
        #expect(try load("{\"tekst\": \"" + prose + "\"}", .json)["tekst"]?.scalar?.text == prose)
        let escaped = String(repeating: "linje\\n", count: 150_000)
        #expect(try load("[\"" + escaped + "\"]", .json).elements?.first?.scalar?.text.utf8.count == 900_000)
    }

    @Test func aFloodOfErrorsIsCutAfterAHundred() {
        var found: [String] = []
        do {
            _ = try DataLoader.load([UInt8](repeating: 0x07, count: 1_000_000), file: "memo.yaml", format: .yaml)
        } catch {
            found = error.description.split(separator: "\n").map(String.init)
        }
        #expect(found.count == 101)
        #expect(found[99] == "memo.yaml:1:100: error: the control character U+0007 is not allowed in a data file; remove it")
        #expect(found.last == "memo.yaml: error: … and 999900 more errors")
    }

    @Test func aMappingWithManyKeysLoads() throws {
        let json = "{" + (1...50_000).map { "\"k\($0)\": \($0)" }.joined(separator: ",") + "}"
        #expect(try load(json, .json).entries?.count == 50_000)
    }
}
