/// Templates: their syntax (Templating/Template+Scanner.swift, Template+Parser.swift), the
/// template folder (TemplateLibrary+Directory.swift) and strict rendering (Template+Render.swift).
/// Tags are quoted as the author wrote them, the same in both languages.
public enum TemplatesText: String, CatalogEntry {
    // Syntax.
    case reservedCharacter
    case unclosedTag
    case emptyTag
    case spaceInTagName
    case emptyNamePart
    case badDelimiterChange
    case neverClosed
    case notInsideParent
    case sectionsTooDeep
    case closesNothing
    case closesWrongSection
    case blockTwice
    // The template folder.
    case cannotReadFolder
    case cannotReadTemplate
    case noTemplateNamed
    // Strict rendering.
    case resolvesToNull
    case objectWithoutText
    case isAList
    case useAsSection
    case notInData
    case hasNoField
    case theValue
    case noPartialNamed
    case partialsTooDeep
    case tooManyRepetitions
    case outputTooLarge
    case renderTooDeep
    // What a value is, for the messages above.
    case kindString
    case kindBoolean
    case kindList
    case kindObjectWithoutText
    case kindObject
    case kindMarkdown
    case kindNull

    public static let area = "templates"

    public var texts: (en: String, da: String) {
        switch self {
        case .reservedCharacter:
            ("%{character} is not allowed in a template; remove it", "%{character} er ikke tilladt i en skabelon; fjern det")
        case .unclosedTag: ("unclosed tag: no \"%{closing}\" after \"%{excerpt}\"", "tagget lukkes ikke: der er intet \"%{closing}\" efter \"%{excerpt}\"")
        case .emptyTag: ("empty tag \"%{tag}\": a tag needs a name", "tomt tag \"%{tag}\": et tag skal have et navn")
        case .spaceInTagName: ("tag \"%{tag}\" has a space in its name", "tagget \"%{tag}\" har et mellemrum i navnet")
        case .emptyNamePart:
            ("tag \"%{tag}\" has an empty part in its dotted name", "tagget \"%{tag}\" har en tom del i sit navn med punktummer")
        case .badDelimiterChange:
            ("bad delimiter change \"%{written}\": expected two delimiters without spaces or \"=\", like {{=<% %>=}}",
             "ugyldigt skift af afgrænsere \"%{written}\": forventede to afgrænsere uden mellemrum og \"=\", som i {{=<% %>=}}")
        case .neverClosed:
            ("%{tag} is never closed: no {{/%{name}}} before the end of the template",
             "%{tag} lukkes aldrig: der er intet {{/%{name}}} før skabelonens slutning")
        case .notInsideParent:
            ("%{tag} cannot stand inside {{<%{parent}}}: a parent tag contains only blocks ({{$name}}…{{/name}})",
             "%{tag} kan ikke stå inde i {{<%{parent}}}: et overskabelon-tag indeholder kun blokke ({{$name}}…{{/name}})")
        case .sectionsTooDeep:
            ("sections nest deeper than %{depth} levels", "sektionerne ligger mere end %{depth} niveauer inde i hinanden")
        case .closesNothing:
            ("{{/%{name}}} closes nothing: no section is open", "{{/%{name}}} lukker ingenting: ingen sektion er åben")
        case .closesWrongSection:
            ("{{/%{name}}} does not close %{tag} (opened at line %{line}, column %{column})",
             "{{/%{name}}} lukker ikke %{tag} (åbnet i linje %{line}, kolonne %{column})")
        case .blockTwice:
            ("block {{$%{name}}} is given twice in {{<%{parent}}}", "blokken {{$%{name}}} er angivet to gange i {{<%{parent}}}")
        case .cannotReadFolder: ("cannot read the template folder", "skabelonmappen kan ikke læses")
        case .cannotReadTemplate:
            ("cannot read the template (missing, unreadable or not UTF-8)",
             "skabelonen kan ikke læses (den mangler, er ulæselig eller er ikke UTF-8)")
        case .noTemplateNamed: ("no template named \"%{name}\"%{hint}", "der er ingen skabelon med navnet \"%{name}\"%{hint}")
        case .resolvesToNull:
            ("%{tag} resolves to nothing (null); test for it with {{#%{name}}}…{{/%{name}}} or {{^%{name}}}…{{/%{name}}}",
             "%{tag} har ingen værdi (null); test for den med {{#%{name}}}…{{/%{name}}} eller {{^%{name}}}…{{/%{name}}}")
        case .objectWithoutText:
            ("%{tag} resolves to nothing (an object without text; its fields are %{fields})",
             "%{tag} har ingen værdi (et objekt uden tekst; dets felter er %{fields})")
        case .isAList:
            ("%{tag} is a list; go through it with {{#%{name}}}…{{/%{name}}}",
             "%{tag} er en liste; gennemløb den med {{#%{name}}}…{{/%{name}}}")
        case .useAsSection:
            ("%{tag} is %{kind}; use it as a section {{#%{name}}}…{{/%{name}}}",
             "%{tag} er %{kind}; brug værdien som sektion {{#%{name}}}…{{/%{name}}}")
        case .notInData: ("%{what} is not in the data%{hint}", "%{what} findes ikke i dataene%{hint}")
        case .hasNoField:
            ("%{tag}: %{value} is %{kind}, which has no field \"%{field}\"",
             "%{tag}: %{value} er %{kind}, som ikke har feltet \"%{field}\"")
        case .theValue: ("the value", "værdien")
        case .noPartialNamed:
            ("no template named \"%{name}\" for %{tag}%{hint}", "der er ingen skabelon med navnet \"%{name}\" til %{tag}%{hint}")
        case .partialsTooDeep:
            ("%{tag}: partials include each other more than %{depth} levels deep: %{cycle}",
             "%{tag}: delskabelonerne indsætter hinanden mere end %{depth} niveauer dybt: %{cycle}")
        case .tooManyRepetitions:
            ("%{tag}: sections and partials repeat more than 1.000.000 times for one document; do partials include each other, or sections repeat inside each other, too often?",
             "%{tag}: sektioner og delskabeloner gentages mere end 1.000.000 gange for ét dokument; indsætter delskabelonerne hinanden, eller gentages sektioner inde i hinanden, for mange gange?")
        case .outputTooLarge:
            ("the output grows beyond %{limit} bytes, the limit for one document (--max-output); do partials include each other too often?",
             "resultatet bliver større end %{limit} byte, grænsen for ét dokument (--max-output); indsætter delskabelonerne hinanden for mange gange?")
        case .renderTooDeep:
            ("sections, partials and blocks nest deeper than %{depth} levels while rendering",
             "sektioner, delskabeloner og blokke ligger mere end %{depth} niveauer inde i hinanden under dannelsen af dokumentet")
        case .kindString: ("a string", "en tekst")
        case .kindBoolean: ("a boolean (%{value})", "en sandhedsværdi (%{value})")
        case .kindList: ("a list", "en liste")
        case .kindObjectWithoutText: ("an object without text", "et objekt uden tekst")
        case .kindObject: ("an object", "et objekt")
        case .kindMarkdown: ("Markdown text", "Markdown-tekst")
        case .kindNull: ("null", "null")
        }
    }
}
