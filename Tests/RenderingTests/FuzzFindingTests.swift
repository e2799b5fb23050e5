import Foundation
import CommitteeDocsMarkdownReading
import TestSupport
import Testing
import CommitteeDocsXHTMLValidation
import CommitteeDocsXHTMLWriting

/// Every input the `markdown` fuzz target found that made invalid XHTML (kept in
/// Fuzz/findings/markdown/) is written as valid XHTML 1.0 Strict now.
@Test func everyMarkdownFuzzFindingIsWrittenAsValidXHTML() throws {
    let folder = packageRoot + "/Fuzz/findings/markdown"
    let findings = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    #expect(findings.count >= 2)
    let validator = try XHTMLValidator.shared()
    for name in findings {
        let markdown = String(decoding: try #require(FileManager.default.contents(atPath: folder + "/" + name)), as: UTF8.self)
        let xhtml = XHTMLWriter().write(MarkdownReader().read(markdown))
        #expect(validator.validate(xhtml, file: name) == [], "\(name)")
    }
}
