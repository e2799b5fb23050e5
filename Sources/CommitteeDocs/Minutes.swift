import CommitteeDocsModel
import CommitteeDocsDiagnostics
import Foundation
import CommitteeDocsPacket
import CommitteeDocsRendering

/// A meeting's decisions file (beslutningsprotokol) with the meeting file it names.
enum Minutes {
    /// Loads the decisions file and its meeting file (each within the input size limit), checks
    /// them together, and renders the minutes in both editions in memory (templates and XHTML
    /// validation included). Writes nothing.
    static func check(_ path: String, renderer: Renderer) throws(DiagnosticList) {
        _ = try MinutesBuilder(renderer: renderer).build(decisionsFile: path, editions: Udgave.allCases)
    }
}
