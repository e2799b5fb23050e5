/// The command line's own messages about the files and folders it was given (Sources/CommitteeDocs,
/// Rendering/Batch.swift). Option syntax (ValidationError) and `--help` stay English.
public enum FilesText: String, CatalogEntry {
    case noSuchFile
    case isAFolder
    case cannotBeRead
    case notUTF8
    case noSuchTemplateFolder
    case cannotReadRulesTable
    case noSuchFileMovedOrDeleted
    // Files the command line writes (new, templates export) and the resources built in.
    case cannotCreateFolder
    case existsNothingWritten
    case existsNotOverwritten
    case cannotCreate
    case cannotWrite
    case noSchemaBuiltIn
    case noLbfPeriodInForce

    public static let area = "files"

    public var texts: (en: String, da: String) {
        switch self {
        case .noSuchFile: ("no such file", "filen findes ikke")
        case .isAFolder: ("is a folder, not a data file", "er en mappe, ikke en datafil")
        case .cannotBeRead: ("cannot be read", "kan ikke læses")
        case .notUTF8: ("not UTF-8", "ikke UTF-8")
        case .noSuchTemplateFolder: ("no such template folder", "skabelonmappen findes ikke")
        case .cannotReadRulesTable: ("cannot read the funding rules table", "tabellen med finansieringsregler kan ikke læses")
        case .noSuchFileMovedOrDeleted: ("no such file (was it moved or deleted?)", "filen findes ikke (er den flyttet eller slettet?)")
        case .cannotCreateFolder: ("cannot create the folder", "mappen kan ikke oprettes")
        case .existsNothingWritten: ("the file exists; nothing was written", "filen findes allerede; intet er skrevet")
        case .existsNotOverwritten: ("the file exists; it was not overwritten", "filen findes allerede; den er ikke overskrevet")
        // The reason is the system's own words (strerror).
        case .cannotCreate: ("cannot create: %{reason}", "kan ikke oprettes: %{reason}")
        case .cannotWrite: ("cannot write: %{reason}", "kan ikke skrives: %{reason}")
        case .noSchemaBuiltIn: ("no schema is built in for %{kind}", "der er ikke indbygget et skema for %{kind}")
        case .noLbfPeriodInForce:
            ("no LBF period for helhedsplaner is in force on %{date}; pass --date, or add the new period to the rules table",
             "ingen LBF-periode for helhedsplaner gælder den %{date}; angiv --date, eller tilføj den nye periode i regeltabellen")
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
            + all(RulesText.self) + all(OutputText.self) + all(FilesText.self) + all(TemplatesText.self)
            + all(RenderingText.self) + all(PacketText.self) + all(ArchiveText.self)
    }
}
