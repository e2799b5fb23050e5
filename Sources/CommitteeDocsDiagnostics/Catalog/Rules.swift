/// The funding and route rules a plan must keep (Rules/PlanChecker.swift) and the rules table
/// itself (Rules/RuleTableDecoder.swift).
public enum RulesText: String, CatalogEntry {
    // The governing rule.
    case unknownLbfPeriod
    case startsOutsideRule
    case noOmraadeRule
    // Sums.
    case sourcesDoNotAddUp
    case areasDoNotAddUp
    case short
    case tooMuch
    case amountsTooLarge
    // Activity areas.
    case areaTwice
    case notAnActivityArea
    // Shares.
    case excludedSource
    case shareOfTotal
    case lbfOverLimit
    case localBelowMinimum
    case stateOverLimit
    case stateOverCap
    case negativeAmountShare
    case sharesTooLarge
    // Documents.
    case dokumentnrTwice
    case ansoegningOnlyForHelhedsplan
    case ansoegningToLBF
    case documentToCommittee
    case notOnRoute
    // The route.
    case lbfOnlyHelhedsplaner
    case stepOrder
    case stepDates
    case approvedBeforeEarlierStep
    case claimedDecisionAfterIndstilling
    case onlyEndeligRefersToForeloebig
    case endeligNeedsForeloebig
    case foreloebigApprovalMissing
    case endeligStartsTooEarly
    // A plan's indstilling on a meeting's agenda.
    case meetingOf
    case agendaBodyNotOnRoute
    case agendaBeforeAddressee
    case agendaDateDiffers
    case agendaBeforeDecision
    // The rules table.
    case tableUnreadable
    case ruleEndsBeforeStart
    case ruleNeedsLbfPeriod
    case ruleNeedsLegalSource
    case notAnInForceDate
    case notAPublicAddress
    case rulesOverlap
    case notAShare
    case stateCapPositive

    public static let area = "rules"

    public var texts: (en: String, da: String) {
        switch self {
        case .unknownLbfPeriod:
            ("%{value} is not an LBF funding period in the rules table (%{hint}known: %{known})",
             "%{value} er ikke en LBF-støtteperiode i regeltabellen (%{hint}kendte: %{known})")
        case .startsOutsideRule:
            ("the plan starts %{date}, outside %{rule} (%{validity})",
             "planen starter %{date}, uden for %{rule} (%{validity})")
        case .noOmraadeRule:
            ("no funding rule for områdefornyelser is in force on %{date} (rules table %{version})",
             "ingen finansieringsregel for områdefornyelser gælder den %{date} (regeltabel %{version})")
        case .sourcesDoNotAddUp:
            ("the sources add up to %{sum}, but the budget total is %{total} (%{difference})",
             "finansieringskilderne giver i alt %{sum}, men budgettets total er %{total} (%{difference})")
        case .areasDoNotAddUp:
            ("the activity areas add up to %{sum}, but the budget total is %{total} (%{difference})",
             "indsatsområderne giver i alt %{sum}, men budgettets total er %{total} (%{difference})")
        case .short: ("%{amount} short", "%{amount} for lidt")
        case .tooMuch: ("%{amount} too much", "%{amount} for meget")
        case .amountsTooLarge: ("the amounts are too large to add up", "beløbene er for store til at blive lagt sammen")
        case .areaTwice:
            ("%{name} appears twice in the budget; give each activity area one amount",
             "%{name} står to gange i budgettet; angiv ét beløb for hvert indsatsområde")
        case .notAnActivityArea:
            ("%{name} is not an activity area of %{rule} (%{hint}expected one of: %{areas})",
             "%{name} er ikke et indsatsområde i %{rule} (%{hint}gyldige indsatsområder: %{areas})")
        case .excludedSource:
            ("%{source} (art: %{art}) may not finance %{kinds} (%{rule})",
             "%{source} (art: %{art}) må ikke finansiere %{kinds} (%{rule})")
        case .shareOfTotal: ("%{percent} (%{amount} of %{total})", "%{percent} (%{amount} af %{total})")
        case .lbfOverLimit:
            ("Landsbyggefonden pays %{share}; at most %{limit} is allowed for %{kinds} (%{rule})",
             "Landsbyggefonden betaler %{share}; højst %{limit} er tilladt for %{kinds} (%{rule})")
        case .localBelowMinimum:
            ("local co-financing is %{share}; at least %{limit} is required for %{kinds} (%{rule})",
             "den lokale medfinansiering er %{share}; mindst %{limit} er påkrævet for %{kinds} (%{rule})")
        case .stateOverLimit:
            ("the state pays %{share}; at most %{limit} is allowed for %{kinds} (%{rule})",
             "staten betaler %{share}; højst %{limit} er tilladt for %{kinds} (%{rule})")
        case .stateOverCap:
            ("the state pays %{amount}; at most %{cap} per project is allowed for %{kinds} (%{rule})",
             "staten betaler %{amount}; højst %{cap} pr. projekt er tilladt for %{kinds} (%{rule})")
        case .negativeAmountShare:
            ("a negative amount has no share of the total", "et negativt beløb har ingen andel af totalen")
        case .sharesTooLarge:
            ("the amounts are too large to compute their shares of the total", "beløbene er for store til at beregne deres andele af totalen")
        case .dokumentnrTwice:
            ("dokumentnr %{dokumentnr} is used by two documents of the plan",
             "dokumentnr. %{dokumentnr} bruges af to af planens dokumenter")
        case .ansoegningOnlyForHelhedsplan:
            ("an ansøgning goes to Landsbyggefonden, which funds helhedsplaner, not %{kinds}",
             "en ansøgning går til Landsbyggefonden, som støtter helhedsplaner, ikke %{kinds}")
        case .ansoegningToLBF: ("an ansøgning is addressed to LBF", "en ansøgning stiles til LBF")
        case .documentToCommittee:
            ("a %{kind} goes to a committee on the route (TMU, ØU or BR); Landsbyggefonden gets the ansøgning",
             "et dokument af typen %{kind} stiles til et udvalg i forløbet (TMU, ØU eller BR); Landsbyggefonden får ansøgningen")
        case .notOnRoute:
            ("%{body} is not on the plan's route (forløb)", "%{body} indgår ikke i planens forløb")
        case .lbfOnlyHelhedsplaner:
            ("Landsbyggefonden decides on helhedsplaner only; an områdefornyelse ends with BR",
             "Landsbyggefonden træffer kun afgørelse om helhedsplaner; en områdefornyelse slutter i BR")
        case .stepOrder:
            ("%{body} cannot follow %{previous}; the route is %{order}, each step once",
             "%{body} kan ikke komme efter %{previous}; forløbet er %{order}, hvert trin én gang")
        case .stepDates:
            ("%{body} meets %{date}, not after %{previous} (%{previousDate}); dates must increase along the route",
             "%{body} holder møde den %{date}, ikke efter %{previous} (%{previousDate}); datoerne skal være stigende gennem forløbet")
        case .approvedBeforeEarlierStep:
            ("%{body} cannot be godkendt while %{blocker} is %{status}; every earlier step must be godkendt first",
             "%{body} kan ikke være godkendt, mens %{blocker} er %{status}; alle tidligere trin skal være godkendt først")
        case .claimedDecisionAfterIndstilling:
            ("the route says %{body} decided (%{status}) on %{date}, after the indstilling %{dokumentnr} of %{shownDate} that shows the route; a document cannot know a later decision: record it in the meeting's decisions file (referat: …) or keep the step planlagt",
             "ifølge forløbet har %{body} truffet beslutning (%{status}) den %{date}, efter indstillingen %{dokumentnr} af %{shownDate}, som viser forløbet; et dokument kan ikke kende en senere beslutning: skriv den i mødets beslutningsfil (referat: …), eller lad trinnet stå som planlagt")
        case .onlyEndeligRefersToForeloebig:
            ("only an endelig plan refers to its foreløbig plan",
             "kun en endelig plan henviser til sin foreløbige plan")
        case .endeligNeedsForeloebig:
            ("an endelig plan needs the approved foreløbig plan: add foreløbig with its dokumentnr and the date BR approved it (godkendt)",
             "en endelig plan forudsætter den godkendte foreløbige plan: tilføj foreløbig med dens dokumentnr. og datoen, hvor BR godkendte den (godkendt)")
        case .foreloebigApprovalMissing:
            ("missing the date the foreløbig plan was approved (godkendt); an endelig plan follows an approved foreløbig plan",
             "datoen, hvor den foreløbige plan blev godkendt (godkendt), mangler; en endelig plan følger efter en godkendt foreløbig plan")
        case .endeligStartsTooEarly:
            ("the endelig plan's route starts %{date}, not after the foreløbig plan was approved (%{approved})",
             "den endelige plans forløb starter den %{date}, ikke efter at den foreløbige plan blev godkendt (%{approved})")
        case .meetingOf: ("%{body}'s meeting of %{date}", "%{body}'s møde den %{date}")
        case .agendaBodyNotOnRoute:
            ("the indstilling %{dokumentnr} is on the agenda of %{meeting}, but the plan's route (forløb) does not pass %{body}",
             "indstillingen %{dokumentnr} er på dagsordenen for %{meeting}, men planens forløb går ikke gennem %{body}")
        case .agendaBeforeAddressee:
            ("the indstilling %{dokumentnr} is addressed to %{til}, which the case reaches after %{body}; it cannot be on the agenda of %{meeting}",
             "indstillingen %{dokumentnr} er stilet til %{til}, som sagen først når efter %{body}; den kan ikke være på dagsordenen for %{meeting}")
        case .agendaDateDiffers:
            ("the route has %{body} treat the case on %{date}, but the indstilling %{dokumentnr} is on the agenda of %{meeting}",
             "ifølge forløbet behandler %{body} sagen den %{date}, men indstillingen %{dokumentnr} er på dagsordenen for %{meeting}")
        case .agendaBeforeDecision:
            ("the route says %{body} decided (%{status}) on %{date}, but the agenda of %{meeting} is printed before that; record decisions in the meeting's decisions file (referat: …), which an agenda shows only once they are taken",
             "ifølge forløbet har %{body} truffet beslutning (%{status}) den %{date}, men dagsordenen for %{meeting} trykkes inden da; skriv beslutninger i mødets beslutningsfil (referat: …), som en dagsorden først viser, når de er truffet")
        case .tableUnreadable: ("the rules table could not be read", "regeltabellen kunne ikke læses")
        case .ruleEndsBeforeStart: ("the rule ends before it starts", "reglen slutter, før den begynder")
        case .ruleNeedsLbfPeriod:
            ("a helhedsplan rule names its LBF period", "en regel for helhedsplaner angiver sin LBF-periode")
        case .ruleNeedsLegalSource:
            ("the rule names no legal source; add hjemmel: a list of {navn, paragraf, i-kraft, url} (i-kraft a date or \"ukendt\", url where the text is public)",
             "reglen angiver ingen hjemmel; tilføj hjemmel: en liste af {navn, paragraf, i-kraft, url} (i-kraft en dato eller \"ukendt\", url hvor teksten er offentlig)")
        case .notAnInForceDate:
            ("%{value} is not a date (expected 2018-01-01 or 01-01-2018, or \"ukendt\" when the day is not known)",
             "%{value} er ikke en dato (forventet 2018-01-01 eller 01-01-2018, eller \"ukendt\", når dagen ikke kendes)")
        case .notAPublicAddress:
            ("%{value} is not a public address (expected one starting with https:// or http://)",
             "%{value} er ikke en offentlig adresse (forventet en, der begynder med https:// eller http://)")
        case .rulesOverlap:
            ("the rule %{rule} overlaps %{earlier} (%{validity})", "reglen %{rule} overlapper %{earlier} (%{validity})")
        case .notAShare:
            ("%{value} is not a share (expected a fraction such as 3/4 or ¾, or a whole percentage such as 75 pct.)",
             "%{value} er ikke en andel (forventet en brøk som 3/4 eller ¾ eller en hel procentsats som 75 pct.)")
        case .stateCapPositive:
            ("the state's cap per project is more than 0 kr.", "statens loft pr. projekt er større end 0 kr.")
        }
    }
}
