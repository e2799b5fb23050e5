/// Reading typed values out of a data file: DataReader's checks, identifiers, plans, documents,
/// meetings and decisions (Sources/CommitteeDocsModel).
public enum ModelText: String, CatalogEntry {
    // Shapes of values.
    case kindText, kindNumber, kindBoolean, kindMapping, kindList, kindNull
    // DataReader.
    case expectedMapping
    case unknownKey
    case missingKey
    case expectedText
    case mustNotBeEmpty
    case choiceNotAllowed
    case expectedList
    case emptyList
    case listTooLong
    // Identifiers.
    case notAKLENumber
    case aCaseNumber
    case aDocumentNumber
    case notYearSerial
    case identifierYearOutside
    // Plans.
    case helhedsplanMissingKey
    case keyBelongsToHelhedsplan
    case periodEndsBeforeStart
    case stepFieldFromReferat
    case expectedDocumentMapping
    case missingDokumentKey
    case clauseStartsWithAt
    case unresolvedBilag
    case amountNotAllowed
    case totalPositive
    case areaAmountNotNegative
    case sourcePositive
    case notHouseholds
    // Files.
    case meetingFileGiven
    case decisionsFileGiven
    case planUnreadable
    case documentUnreadable
    case expectedSubmissionMapping
    case missingKindKey
    case sectionsTooDeep
    case sectionNeedsText
    // Meetings.
    case meetingUnreadable
    case itemNumberTwice
    case dokumentnrWithTekst
    case kildeAndTekst
    case kildeOrTekst
    case closedItemPublicBilag
    case outsideMeetingFolder
    case notAnItemNumber
    case notAReading
    case closedGroundOnOpen
    // Decisions.
    case decisionsUnreadable
    case meetingEndsWhenItStarts
    case meetingEndsBeforeItStarts
    case notAbsent
    case partyTwice
    case oneVote
    case votes
    case votesFromParties
    case notedNotVoted
    case votesCarry
    case votesDoNotCarry
    case notVotes
    case alreadyDecided
    case notAnItemOfMeeting
    case noDecisionFor
    case noSuchFile
    case meetingFileMissing
    case notAMeetingFile

    public static let area = "model"

    public var texts: (en: String, da: String) {
        switch self {
        case .kindText: ("text", "tekst")
        case .kindNumber: ("a number", "et tal")
        case .kindBoolean: ("a boolean", "en sandhedsværdi")
        case .kindMapping: ("a mapping", "nøgler med værdier")
        case .kindList: ("a list", "en liste")
        case .kindNull: ("null", "null")
        case .expectedMapping:
            ("expected a mapping with the keys %{keys}, found %{found}", "forventede nøglerne %{keys}, fandt %{found}")
        case .unknownKey: ("unknown key %{key} (%{hint})", "ukendt nøgle %{key} (%{hint})")
        case .missingKey: ("missing required key %{key}", "den påkrævede nøgle %{key} mangler")
        case .expectedText: ("expected text, found %{found}", "forventede tekst, fandt %{found}")
        case .mustNotBeEmpty: ("must not be empty", "må ikke være tom")
        case .choiceNotAllowed:
            ("%{value} is not allowed (%{hint}expected one of: %{names})",
             "%{value} er ikke tilladt (%{hint}mulige værdier: %{names})")
        case .expectedList: ("expected a list, found %{found}", "forventede en liste, fandt %{found}")
        case .emptyList: ("must not be an empty list", "må ikke være en tom liste")
        case .listTooLong:
            ("%{count} items; a list holds at most %{maximum} (sections, items, clauses …)",
             "%{count} elementer; en liste har højst %{maximum} (afsnit, punkter, at-sætninger …)")
        case .notAKLENumber:
            ("%{value} is not a KLE number (expected NN.NN.NN or NN.NN.NNX00, e.g. 00.22.04P35)",
             "%{value} er ikke et KLE-nummer (forventet NN.NN.NN eller NN.NN.NNX00, f.eks. 00.22.04P35)")
        case .aCaseNumber: ("a case number", "et sagsnummer")
        case .aDocumentNumber: ("a document number", "et dokumentnummer")
        case .notYearSerial:
            ("%{value} is not %{what} (expected YYYY-NNNNN: a year, a dash and 4–7 digits, e.g. %{example})",
             "%{value} er ikke %{what} (forventet ÅÅÅÅ-NNNNN: et årstal, en bindestreg og 4–7 cifre, f.eks. %{example})")
        case .identifierYearOutside:
            ("%{value} is not %{what}: the year %{year} is outside %{range}",
             "%{value} er ikke %{what}: årstallet %{year} ligger uden for %{range}")
        case .helhedsplanMissingKey:
            ("missing required key %{key} (a helhedsplan names its boligorganisation, afdelinger and lbf-periode)",
             "den påkrævede nøgle %{key} mangler (en helhedsplan angiver boligorganisation, afdelinger og lbf-periode)")
        case .keyBelongsToHelhedsplan:
            ("%{key} belongs to a helhedsplan, not to an områdefornyelse",
             "%{key} hører til en helhedsplan, ikke til en områdefornyelse")
        case .periodEndsBeforeStart:
            ("the period ends (%{end}) before it starts (%{start})", "perioden slutter (%{end}), før den begynder (%{start})")
        case .stepFieldFromReferat:
            ("the step's %{key} comes from its decisions file (referat); remove %{key} or referat, so the decision is written once",
             "trinnets %{key} kommer fra beslutningsfilen (referat); fjern %{key} eller referat, så beslutningen kun står ét sted")
        case .expectedDocumentMapping:
            ("expected a mapping with the keys dokument, dokumentnr, dato, til …, found %{found}",
             "forventede nøglerne dokument, dokumentnr, dato, til …, fandt %{found}")
        case .missingDokumentKey:
            ("missing required key \"dokument\" (expected one of: %{kinds})",
             "den påkrævede nøgle \"dokument\" mangler (mulige værdier: %{kinds})")
        case .clauseStartsWithAt:
            ("a recommendation clause starts with \"at \" (e.g. \"at helhedsplanen godkendes\")",
             "et indstillingspunkt begynder med \"at \" (f.eks. \"at helhedsplanen godkendes\")")
        case .unresolvedBilag:
            ("%{reference} refers to an attachment the indstilling does not have; its bilag list has %{bilag}",
             "%{reference} henviser til et bilag, som indstillingen ikke har; dens bilagsliste har %{bilag}")
        case .amountNotAllowed: ("%{value} is not allowed: %{rule}", "%{value} er ikke tilladt: %{rule}")
        case .totalPositive: ("the budget total must be more than 0 kr.", "budgettets total skal være over 0 kr.")
        case .areaAmountNotNegative:
            ("an activity area's amount cannot be negative (write 0 for an area without money)",
             "et indsatsområdes beløb kan ikke være negativt (skriv 0 for et område uden midler)")
        case .sourcePositive: ("a financing source pays more than 0 kr.", "en finansieringskilde betaler mere end 0 kr.")
        case .notHouseholds:
            ("%{value} is not a number of households (expected a whole number from 1, e.g. 412)",
             "%{value} er ikke et antal husstande (forventet et helt tal fra 1, f.eks. 412)")
        case .meetingFileGiven:
            ("this is a meeting file: build its packet with `committee-docs packet %{file}`",
             "dette er en mødefil: byg dens mødepakke med `committee-docs packet %{file}`")
        case .decisionsFileGiven:
            ("this is a decisions file (beslutningsprotokol): build its minutes with `committee-docs packet %{file}`, or check it with `committee-docs check %{file}`",
             "dette er en beslutningsfil (beslutningsprotokol): byg referatet med `committee-docs packet %{file}`, eller kontrollér den med `committee-docs check %{file}`")
        case .planUnreadable: ("the file could not be read as a plan", "filen kunne ikke læses som en plan")
        case .documentUnreadable: ("the file could not be read as a document", "filen kunne ikke læses som et dokument")
        case .expectedSubmissionMapping:
            ("expected a mapping of keys such as dokument, titel, sagsnr; found %{found}",
             "forventede nøgler som dokument, titel, sagsnr; fandt %{found}")
        case .missingKindKey:
            ("missing required key \"dokument\" or \"plan\" (expected dokument: %{kinds}, or plan: helhedsplan or områdefornyelse)",
             "den påkrævede nøgle \"dokument\" eller \"plan\" mangler (forventet dokument: %{kinds} eller plan: helhedsplan eller områdefornyelse)")
        case .sectionsTooDeep:
            ("sections nest at most %{depth} levels deep (sections and their sub-sections)",
             "afsnit kan højst ligge %{depth} niveauer inde i hinanden (afsnit og deres underafsnit)")
        case .sectionNeedsText:
            ("a section needs \"tekst\" or sub-sections in \"afsnit\"", "et afsnit skal have \"tekst\" eller underafsnit i \"afsnit\"")
        case .meetingUnreadable: ("the file could not be read as a meeting", "filen kunne ikke læses som et møde")
        case .itemNumberTwice:
            ("%{number} is already the number of punkter[%{index}]; every item has its own number",
             "%{number} er allerede nummeret på punkter[%{index}]; hvert punkt har sit eget nummer")
        case .dokumentnrWithTekst:
            ("dokumentnr picks a document of the plan in \"kilde\"; an item with \"tekst\" has none",
             "dokumentnr vælger et dokument i planen i \"kilde\"; et punkt med \"tekst\" har ingen plan")
        case .kildeAndTekst:
            ("an item has either \"kilde\" (a plan or memo file) or \"tekst\", not both",
             "et punkt har enten \"kilde\" (en plan- eller notatfil) eller \"tekst\", ikke begge")
        case .kildeOrTekst:
            ("an item needs \"kilde\" (a plan or memo file) or \"tekst\"",
             "et punkt skal have \"kilde\" (en plan- eller notatfil) eller \"tekst\"")
        case .closedItemPublicBilag:
            ("an attachment of a closed item (adgang: lukket) cannot be public; remove \"adgang: åben\" or open the item",
             "et bilag til et lukket punkt (adgang: lukket) kan ikke være offentligt; fjern \"adgang: åben\", eller gør punktet åbent")
        case .outsideMeetingFolder:
            ("%{value} is outside the meeting's folder; attachments must be files in it or below it",
             "%{value} ligger uden for mødets mappe; bilag skal være filer i mappen eller i en mappe under den")
        case .notAnItemNumber:
            ("%{value} is not an item number (expected the body, its serial and the year, e.g. BR 294/08)",
             "%{value} er ikke et punktnummer (forventet organet, løbenummeret og året, f.eks. BR 294/08)")
        case .notAReading:
            ("%{value} is not a reading (expected 1 or 2, shown as \"(1. behandling)\")",
             "%{value} er ikke en behandling (forventet 1 eller 2, vist som \"(1. behandling)\")")
        case .closedGroundOnOpen:
            ("lukket-grund gives the ground for closing a document or item, and this one is open (adgang: åben); remove lukket-grund or write \"adgang: lukket\"",
             "lukket-grund angiver grunden til at lukke et dokument eller et punkt, og dette er åbent (adgang: åben); fjern lukket-grund, eller skriv \"adgang: lukket\"")
        case .decisionsUnreadable:
            ("the file could not be read as a decisions file", "filen kunne ikke læses som en beslutningsfil")
        case .meetingEndsWhenItStarts:
            ("the meeting cannot end (%{end}) when it starts (%{start})", "mødet kan ikke slutte (%{end}), når det begynder (%{start})")
        case .meetingEndsBeforeItStarts:
            ("the meeting cannot end (%{end}) before it starts (%{start})", "mødet kan ikke slutte (%{end}), før det begynder (%{start})")
        case .notAbsent:
            ("%{name} is not among the absent members (fraværende)%{hint}",
             "%{name} er ikke blandt de fraværende medlemmer (fraværende)%{hint}")
        case .partyTwice:
            ("%{party} is already in %{earlier}; a party votes one way only",
             "%{party} står allerede under %{earlier}; et parti stemmer kun på én måde")
        case .oneVote: ("%{count} vote", "%{count} stemme")
        case .votes: ("%{count} votes", "%{count} stemmer")
        case .votesFromParties:
            ("%{votes} cannot come from %{parties} parties (%{names})",
             "%{votes} kan ikke komme fra %{parties} partier (%{names})")
        case .notedNotVoted:
            ("an item taken note of (taget til efterretning) is not voted on; remove afstemning",
             "der stemmes ikke om et punkt, der tages til efterretning; fjern afstemning")
        case .votesCarry:
            ("%{for} for and %{against} against carry the proposal, not %{result}: a proposal is carried by more votes for than against",
             "med %{for} for og %{against} imod er forslaget vedtaget, ikke %{result}: et forslag er vedtaget, når flere stemmer for end imod")
        case .votesDoNotCarry:
            ("%{for} for and %{against} against do not carry %{result}: a proposal is carried by more votes for than against",
             "med %{for} for og %{against} imod er resultatet ikke %{result}: et forslag er vedtaget, når flere stemmer for end imod")
        case .notVotes:
            ("%{value} is not a number of votes (expected a whole number from 0, e.g. 9)",
             "%{value} er ikke et antal stemmer (forventet et helt tal fra 0, f.eks. 9)")
        case .alreadyDecided:
            ("%{item} already has a decision (punkter[%{index}]); every item has exactly one",
             "%{item} har allerede en beslutning (punkter[%{index}]); hvert punkt har præcis én")
        case .notAnItemOfMeeting: ("%{item} is not an item of the meeting (%{hint})", "%{item} er ikke et punkt på mødet (%{hint})")
        case .noDecisionFor:
            ("no decision for %{items}; every item of the meeting needs one",
             "ingen beslutning for %{items}; hvert punkt på mødet skal have én")
        case .noSuchFile: ("no such file", "filen findes ikke")
        case .meetingFileMissing:
            ("the meeting file %{value} does not exist (looked for %{path})", "mødefilen %{value} findes ikke (søgte efter %{path})")
        case .notAMeetingFile:
            ("%{value} is not a meeting file (it has no \"møde\" key)", "%{value} er ikke en mødefil (den har ingen nøgle \"møde\")")
        }
    }
}
