import Diagnostics
import Foundation
import Testing
@testable import Templating

/// The official Mustache spec (github.com/mustache/spec), read from `../shared/mustache-spec`
/// beside the package; skipped where that folder does not exist. Lambdas and dynamic names are
/// not supported, so their files are left out.
struct MustacheSpecTests {
    static let specFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/mustache-spec").standardizedFileURL.path
    static let specFiles = ["comments", "delimiters", "interpolation", "inverted", "partials", "sections", "~inheritance"]
    static let specAvailable = FileManager.default.fileExists(atPath: specFolder)

    @Test("Every test of the official Mustache spec renders the expected text", .enabled(if: specAvailable))
    func officialSpec() throws {
        var passed = 0
        var total = 0
        for file in Self.specFiles {
            let data = try Data(contentsOf: URL(fileURLWithPath: "\(Self.specFolder)/\(file).json"))
            let spec = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            let tests = try #require(spec["tests"] as? [[String: Any]])
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
        #expect(total > 0)
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
