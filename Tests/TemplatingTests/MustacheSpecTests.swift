import CommitteeDocsDiagnostics
import Foundation
import TestSupport
import Testing
@testable import CommitteeDocsTemplating

/// The official Mustache spec (github.com/mustache/spec), read from `../shared/mustache-spec`
/// beside the package. Where that folder does not exist the spec tests are skipped, except under
/// CI (environment `CI=true`), where a missing spec is a failure, not a pass.
///
/// What runs: every required module (136 tests) and the optional `~inheritance` module (27 tests),
/// 163 in all, and each count is pinned, so a spec file that lost or gained tests is noticed.
/// What does not: the optional `~lambdas` and `~dynamic-names` modules. The engine supports
/// neither (a `TemplateValue` holds data, never code, and a partial's name is fixed in the
/// template), so they are listed as exclusions and their presence is checked, not their tests.
struct MustacheSpecTests {
    static let specFolder = URL(fileURLWithPath: packageRoot)
        .appendingPathComponent("../shared/mustache-spec").standardizedFileURL.path
    /// The spec files that run, with the number of tests each holds.
    static let specFiles: KeyValuePairs<String, Int> = [
        "comments": 12, "delimiters": 14, "interpolation": 42, "inverted": 22, "partials": 12, "sections": 34,
        "~inheritance": 27,
    ]
    /// The optional modules the engine does not support, left out on purpose.
    static let excludedFiles = ["~dynamic-names", "~lambdas"]
    static let specAvailable = FileManager.default.fileExists(atPath: specFolder)
    static let runningUnderCI = ProcessInfo.processInfo.environment["CI"] == "true"

    @Test("Under CI the spec must be there: a missing spec fails instead of skipping")
    func theSpecIsPresentUnderCI() {
        if Self.runningUnderCI {
            #expect(Self.specAvailable, "CI=true but the Mustache spec is not at \(Self.specFolder)")
        }
    }

    @Test("Every file of the spec either runs or is a named exclusion", .enabled(if: specAvailable || runningUnderCI))
    func everySpecFileIsAccountedFor() throws {
        let present = try FileManager.default.contentsOfDirectory(atPath: Self.specFolder)
            .filter { $0.hasSuffix(".json") }.map { String($0.dropLast(".json".count)) }.sorted()
        #expect(present == (Self.specFiles.map(\.key) + Self.excludedFiles).sorted())
    }

    @Test("Every test of the official Mustache spec renders the expected text", .enabled(if: specAvailable || runningUnderCI))
    func officialSpec() throws {
        var passed = 0
        var total = 0
        for (file, count) in Self.specFiles {
            let data = try Data(contentsOf: URL(fileURLWithPath: "\(Self.specFolder)/\(file).json"))
            let spec = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            let tests = try #require(spec["tests"] as? [[String: Any]])
            #expect(tests.count == count, "\(file).json holds \(tests.count) tests, not \(count)")
            for test in tests {
                total += 1
                let name = test["name"] as? String ?? "?"
                let expected = test["expected"] as? String ?? ""
                do {
                    let rendered = try render(test)
                    if rendered == expected {
                        passed += 1
                    } else {
                        Issue.record("\(file).json, \"\(name)\": expected \(expected.debugDescription), got \(rendered.debugDescription)")
                    }
                } catch {
                    Issue.record("\(file).json, \"\(name)\": \(error)")
                }
            }
        }
        print("Mustache spec: \(passed) of \(total) tests passed (\(Self.specFiles.count) files)")
        #expect(total == 163)
        #expect(passed == 163)
    }

    private func render(_ test: [String: Any]) throws(DiagnosticList) -> String {
        var templates = ["test": try Template(test["template"] as? String ?? "", name: "test")]
        for case let (name, source as String) in test["partials"] as? [String: Any] ?? [:] {
            templates[name] = try Template(source, name: name)
        }
        return try TemplateLibrary(templates: templates).render("test", templateValue(test["data"] as Any))
    }
}

/// Spec JSON as template data: integers as "85", decimals in their shortest form "1.21".
func templateValue(_ json: Any) -> TemplateValue {
    switch json {
    case let number as NSNumber where String(cString: number.objCType) == "c":
        return .bool(number.boolValue)
    case let number as NSNumber:
        let double = number.doubleValue
        return .string(double == double.rounded() && abs(double) < 1e15 ? String(Int64(double)) : "\(double)")
    case let string as String:
        return .string(string)
    case let list as [Any]:
        return .list(list.map(templateValue))
    case let object as [String: Any]:
        return .object(object.mapValues(templateValue), text: nil)
    default:
        return .null
    }
}
