import Diagnostics

// Known gap: the Rendering module's messages are not in the catalog yet, so they read in English in both
// languages. Giving each one its entry (Catalog/Templates.swift) removes this file.
extension Diagnostic {
    init(at position: SourcePosition?, keyPath: String? = nil, _ text: String) {
        self.init(at: position, keyPath: keyPath, .untranslated(text))
    }

    init(file: String, _ text: String) {
        self.init(file: file, .untranslated(text))
    }
}
