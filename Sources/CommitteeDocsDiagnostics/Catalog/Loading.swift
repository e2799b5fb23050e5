/// Reading a data file's text: UTF-8, forbidden characters, YAML and JSON syntax (Sources/CommitteeDocsLoading).
public enum LoadingText: String, CatalogEntry {
    case invalidUTF8
    case byteCannotStart
    case byteNeverInUTF8
    case byteFollowedBy
    case byteMissingContinuation
    case rawLineBreak
    case notAllowedInDataFile
    case carriageReturn
    case noncharacter
    case controlCharacter
    case containsCharacter
    case emptyKey
    case keyContainsCharacter
    case keyNotText
    case tooDeep
    case duplicateKey
    // YAML.
    case secondDocument
    case yamlAnchors
    case yamlTags
    case yamlAliases
    case yamlOutOfMemory
    case yamlReaderError
    case yamlSyntaxError
    case yamlContext
    case yamlHint
    case hintTabs
    case hintColonInText
    case hintCannotStartToken
    case hintClosingQuote
    case hintMissingColon
    // JSON.
    case endOfFile
    case anObjectMember
    case anArrayElement
    case digitAfterMinus
    case leadingZero
    case digitAfterPoint
    case digitInExponent
    case unclosedString
    case tabInString
    case lineBreakInString
    case loneBackslash
    case invalidEscape
    case loneHighSurrogate
    case loneLowSurrogate
    case unicodeEscapeDigits
    case textAfterValue
    case valueExpectedAtEnd
    case valueExpected
    case colonExpected
    case trailingComma
    case trailingCommaInObject
    case keyExpected
    case separatorExpected
    case literalExpected

    public static let area = "loading"

    public var texts: (en: String, da: String) {
        switch self {
        case .invalidUTF8:
            ("invalid UTF-8 (%{problem}); the file may be in Latin-1 or Windows-1252: save it as UTF-8",
             "ugyldig UTF-8 (%{problem}); filen er måske gemt i Latin-1 eller Windows-1252: gem den som UTF-8")
        case .byteCannotStart: ("byte %{byte} cannot start a character", "byten %{byte} kan ikke indlede et tegn")
        case .byteNeverInUTF8: ("byte %{byte} never occurs in UTF-8", "byten %{byte} forekommer aldrig i UTF-8")
        case .byteFollowedBy:
            ("byte %{byte} followed by %{next} is not a valid character", "byten %{byte} efterfulgt af %{next} er ikke et gyldigt tegn")
        case .byteMissingContinuation:
            ("byte %{byte} starts a %{length}-byte character but is not followed by %{continuations} continuation bytes",
             "byten %{byte} indleder et tegn på %{length} byte, men efterfølges ikke af %{continuations} fortsættelsesbyte")
        case .rawLineBreak:
            ("the character %{name} is not allowed raw in a YAML file, which would read it as a line break; remove it, or write %{escape} inside double quotes",
             "tegnet %{name} må ikke stå direkte i en YAML-fil, som ville læse det som et linjeskift; fjern det, eller skriv %{escape} inden for dobbelte anførselstegn")
        case .notAllowedInDataFile:
            ("%{character} is not allowed in a data file; remove it", "%{character} er ikke tilladt i en datafil; fjern det")
        case .carriageReturn:
            ("a carriage return (U+000D) that is not part of a CRLF line end",
             "et vognreturtegn (U+000D), der ikke er en del af et CRLF-linjeskift")
        case .noncharacter: ("the noncharacter %{code}", "ikke-tegnet %{code}")
        case .controlCharacter: ("the control character %{code}", "kontroltegnet %{code}")
        case .containsCharacter: ("contains %{character}; remove it", "indeholder %{character}; fjern det")
        case .emptyKey: ("a key is empty; write a name before ':'", "en nøgle er tom; skriv et navn før ':'")
        case .keyContainsCharacter: ("a key contains %{character}; remove it", "en nøgle indeholder %{character}; fjern det")
        case .keyNotText: ("a key must be text, not %{kind}", "en nøgle skal være tekst, ikke %{kind}")
        case .tooDeep:
            ("the data is nested deeper than %{depth} levels; flatten it",
             "dataene ligger mere end %{depth} niveauer inde i hinanden; gør strukturen fladere")
        case .duplicateKey:
            ("duplicate key %{key} (first at line %{line})", "nøglen %{key} står to gange (første gang i linje %{line})")
        case .secondDocument:
            ("a second YAML document starts here; a data file holds one document",
             "et nyt YAML-dokument begynder her; en datafil indeholder ét dokument")
        case .yamlAnchors:
            ("YAML anchors (&%{name}) are not supported; write the value out in full",
             "YAML-ankre (&%{name}) understøttes ikke; skriv værdien helt ud")
        case .yamlTags:
            ("YAML tags (%{name}) are not supported; put text in quotes instead",
             "YAML-tags (%{name}) understøttes ikke; sæt i stedet teksten i anførselstegn")
        case .yamlAliases:
            ("YAML aliases (*%{name}) are not supported; write the value out in full",
             "YAML-aliasser (*%{name}) understøttes ikke; skriv værdien helt ud")
        case .yamlOutOfMemory: ("the YAML parser ran out of memory", "YAML-parseren løb tør for hukommelse")
        // libyaml's own words (the problem, the situation) stay as libyaml gives them.
        case .yamlReaderError: ("YAML reader error: %{problem}", "YAML-læsefejl: %{problem}")
        case .yamlSyntaxError: ("YAML syntax error: %{problem}%{context}%{hint}", "YAML-syntaksfejl: %{problem}%{context}%{hint}")
        case .yamlContext: (" (%{situation} at line %{line})", " (%{situation} i linje %{line})")
        case .yamlHint: ("; %{hint}", "; %{hint}")
        case .hintTabs: ("indent with spaces, not tabs", "ryk ind med mellemrum, ikke med tabulatorer")
        case .hintColonInText: ("put text that contains ': ' in quotes", "sæt tekst, der indeholder ': ', i anførselstegn")
        case .hintCannotStartToken:
            ("put text that starts with this character in quotes", "sæt tekst, der begynder med dette tegn, i anførselstegn")
        case .hintClosingQuote: ("is a closing quote missing?", "mangler et afsluttende anførselstegn?")
        case .hintMissingColon:
            ("is ':' missing after a key, or a closing quote?", "mangler der ':' efter en nøgle eller et afsluttende anførselstegn?")
        case .endOfFile: ("the end of the file", "filens slutning")
        case .anObjectMember: ("an object member", "et element i et objekt")
        case .anArrayElement: ("an array element", "et element i en liste")
        case .digitAfterMinus: ("expected a digit after '-', found %{found}", "forventede et ciffer efter '-', fandt %{found}")
        case .leadingZero:
            ("a JSON number must not start with 0 followed by more digits; write it as text in quotes",
             "et JSON-tal må ikke begynde med 0 efterfulgt af flere cifre; skriv det som tekst i anførselstegn")
        case .digitAfterPoint:
            ("expected a digit after the decimal point, found %{found}", "forventede et ciffer efter decimaltegnet, fandt %{found}")
        case .digitInExponent:
            ("expected a digit in the exponent, found %{found}", "forventede et ciffer i eksponenten, fandt %{found}")
        case .unclosedString: ("this string has no closing '\"'", "denne streng har intet afsluttende '\"'")
        case .tabInString: ("a tab inside a string must be written as \\t", "en tabulator i en streng skal skrives som \\t")
        case .lineBreakInString:
            ("a line break inside a string must be written as \\n (or is the closing '\"' missing?)",
             "et linjeskift i en streng skal skrives som \\n (eller mangler det afsluttende '\"'?)")
        case .loneBackslash:
            ("this string ends in a lone '\\' and has no closing '\"'", "denne streng slutter med en enlig '\\' og har intet afsluttende '\"'")
        case .invalidEscape:
            ("invalid escape '\\' followed by %{found}; JSON knows \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX",
             "ugyldig escape-sekvens: '\\' efterfulgt af %{found}; JSON kender \\\" \\\\ \\/ \\b \\f \\n \\r \\t og \\uXXXX")
        case .loneHighSurrogate:
            ("lone surrogate %{code}: a high surrogate must be followed by a low one (\\uDC00 to \\uDFFF)",
             "enligt surrogat %{code}: et højt surrogat skal efterfølges af et lavt (\\uDC00 til \\uDFFF)")
        case .loneLowSurrogate:
            ("lone surrogate %{code} without a high surrogate (\\uD800 to \\uDBFF) before it",
             "enligt surrogat %{code} uden et højt surrogat (\\uD800 til \\uDBFF) foran")
        case .unicodeEscapeDigits: ("'\\u' must be followed by four hex digits", "'\\u' skal efterfølges af fire hexadecimale cifre")
        case .textAfterValue:
            ("unexpected %{found} after the JSON value; a file holds one value",
             "uventet %{found} efter JSON-værdien; en fil indeholder én værdi")
        case .valueExpectedAtEnd:
            ("expected a JSON value, found the end of the file", "forventede en JSON-værdi, fandt filens slutning")
        case .valueExpected: ("expected a JSON value, found %{found}", "forventede en JSON-værdi, fandt %{found}")
        case .colonExpected:
            ("expected ':' after the key %{key}, found %{found}", "forventede ':' efter nøglen %{key}, fandt %{found}")
        case .trailingComma:
            ("a comma before ']' is not allowed in JSON; remove it", "et komma før ']' er ikke tilladt i JSON; fjern det")
        case .trailingCommaInObject:
            ("a comma before '}' is not allowed in JSON; remove it", "et komma før '}' er ikke tilladt i JSON; fjern det")
        case .keyExpected:
            ("expected a key in double quotes, found %{found}", "forventede en nøgle i dobbelte anførselstegn, fandt %{found}")
        case .separatorExpected:
            ("expected ',' or '%{closing}' after %{what}, found %{found}", "forventede ',' eller '%{closing}' efter %{what}, fandt %{found}")
        case .literalExpected:
            ("expected true, false or null, found %{found}", "forventede true, false eller null, fandt %{found}")
        }
    }
}
