/// Checking the rendered XHTML (Sources/CommitteeDocsXHTMLValidation): libxml2's own message is kept as
/// libxml2 gives it; the words around it are ours.
public enum OutputText: String, CatalogEntry {
    case dtdUnavailable
    case documentUnparsable
    case documentTypeWrong
    case documentTypeNotDeclared
    case outOfMemory
    case notValidXHTML
    case unknownLibxmlError
    case dtdCannotLoad

    public static let area = "output"

    public var texts: (en: String, da: String) {
        switch self {
        case .dtdUnavailable:
            ("the XHTML 1.0 Strict DTD could not be loaded offline through the XML catalog; install Debian's w3c-sgml-lib (apt-get install w3c-sgml-lib)",
             "XHTML 1.0 Strict-DTD'en kunne ikke indlæses offline gennem XML-kataloget; installér Debians w3c-sgml-lib (apt-get install w3c-sgml-lib)")
        case .documentUnparsable: ("the document could not be parsed", "dokumentet kunne ikke læses")
        case .documentTypeWrong:
            ("the document type is %{declared}; expected XHTML 1.0 Strict (%{publicID})",
             "dokumenttypen er %{declared}; forventet XHTML 1.0 Strict (%{publicID})")
        case .documentTypeNotDeclared: ("not declared", "ikke angivet")
        case .outOfMemory: ("out of memory", "hukommelsen slap op")
        case .notValidXHTML: ("the document is not valid XHTML 1.0 Strict", "dokumentet er ikke gyldig XHTML 1.0 Strict")
        case .unknownLibxmlError: ("unknown error", "ukendt fejl")
        case .dtdCannotLoad: ("the XHTML DTD cannot be loaded: %{reason}", "XHTML-DTD'en kan ikke indlæses: %{reason}")
        }
    }
}
