/// The command line's own messages about the files and folders it was given (Sources/CommitteeDocs,
/// Rendering/Batch.swift). Option syntax (ValidationError) and `--help` stay English.
public enum FilesText: String, CatalogEntry {
    case noSuchFile
    case isAFolder
    case cannotBeRead
    case notUTF8
    case noSuchTemplateFolder
    case cannotReadRulesTable

    public static let area = "files"

    public var texts: (en: String, da: String) {
        switch self {
        case .noSuchFile: ("no such file", "filen findes ikke")
        case .isAFolder: ("is a folder, not a data file", "er en mappe, ikke en datafil")
        case .cannotBeRead: ("cannot be read", "kan ikke læses")
        case .notUTF8: ("not UTF-8", "ikke UTF-8")
        case .noSuchTemplateFolder: ("no such template folder", "skabelonmappen findes ikke")
        case .cannotReadRulesTable: ("cannot read the funding rules table", "tabellen med finansieringsregler kan ikke læses")
        }
    }
}

/// Every entry of the catalog, area by area: for the test that each has both texts with the same placeholders.
public enum Catalog {
    public static var entries: [(id: String, en: String, da: String)] {
        func all<Entry: CatalogEntry>(_ type: Entry.Type) -> [(id: String, en: String, da: String)] {
            Entry.allCases.map { (Entry.area + "." + $0.rawValue, $0.texts.en, $0.texts.da) }
        }
        return all(DiagnosticsText.self) + all(LoadingText.self) + all(ModelText.self) + all(FormattingText.self)
            + all(RulesText.self) + all(OutputText.self) + all(FilesText.self)
    }
}
