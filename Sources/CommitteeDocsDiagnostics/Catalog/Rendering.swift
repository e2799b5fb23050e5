/// Rendering a data file end to end (Sources/CommitteeDocsRendering): its size, the decisions files a plan's
/// route refers to, output paths that clash, and PDF.
public enum RenderingText: String, CatalogEntry {
    case fileTooLarge
    case pathClash
    case decisionsFileMissing
    case decisionsOfOtherMeeting
    case noItemForCase
    case noItemPresentsIndstilling
    case noRulesTable
    case noPDFEngine
    case cannotMakePDF

    public static let area = "rendering"

    public var texts: (en: String, da: String) {
        switch self {
        case .fileTooLarge:
            ("the file is %{size} bytes; at most %{maximum} bytes are read (raise the limit with --max-input)",
             "filen fylder %{size} byte; der læses højst %{maximum} byte (hæv grænsen med --max-input)")
        case .pathClash:
            ("renders to %{path} like %{owner}: two documents share sagsnr and dokumentnr",
             "skrives til %{path} ligesom %{owner}: to dokumenter har samme sagsnr og dokumentnr")
        case .decisionsFileMissing:
            ("the decisions file %{value} does not exist (looked for %{path}); write it after the meeting, or leave the step without referat until then",
             "beslutningsfilen %{value} findes ikke (søgte efter %{path}); skriv den efter mødet, eller lad trinnet stå uden referat indtil da")
        case .decisionsOfOtherMeeting:
            ("%{value} records %{recorded}, but this step is %{step}",
             "%{value} er beslutningerne fra %{recorded}, men dette trin er %{step}")
        case .noItemForCase:
            ("%{value} has no item for the case %{sagsnr} (the meeting's items are %{items})",
             "%{value} har intet punkt om sagen %{sagsnr} (mødets punkter er %{items})")
        case .noItemPresentsIndstilling:
            ("%{value} has %{count} items for the case %{sagsnr} (%{items}) and none, or more than one, presents one of the plan's indstillinger with dokumentnr",
             "%{value} har %{count} punkter om sagen %{sagsnr} (%{items}), og ingen eller flere end ét af dem forelægger en af planens indstillinger med dokumentnr")
        case .noRulesTable:
            ("a plan is checked against the funding rules table, and none was loaded",
             "en plan kontrolleres mod tabellen med finansieringsregler, og den er ikke indlæst")
        case .noPDFEngine: ("PDF was asked for, and no PDF engine was set up", "der blev bedt om PDF, men der er ikke sat noget PDF-program op")
        // The reason is the PDF program's own words.
        case .cannotMakePDF: ("cannot make the PDF: %{reason}", "PDF'en kan ikke laves: %{reason}")
        }
    }
}
