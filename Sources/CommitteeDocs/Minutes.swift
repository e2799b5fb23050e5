import Diagnostics
import Foundation
import Model
import Rendering
import View

/// A meeting's decisions file (beslutningsprotokol) with the meeting file it names.
enum Minutes {
    /// Loads the decisions file and its meeting file (each within the input size limit), checks
    /// them together, and renders the minutes in both editions in memory (templates and XHTML
    /// validation included). Writes nothing.
    static func check(_ path: String, renderer: Renderer) throws(DiagnosticList) {
        let (protokol, møde) = try DecisionsFile.load(path) { file throws(DiagnosticList) -> [UInt8]? in
            try renderer.options.checkInputFile(file)
            return FileManager.default.contents(atPath: file).map { [UInt8]($0) }
        }
        for offentlig in [false, true] {
            _ = try renderer.render(template: "referat", view: MinutesView.make(protokol, møde: møde, public: offentlig),
                                    basePath: "referat")
        }
    }
}
