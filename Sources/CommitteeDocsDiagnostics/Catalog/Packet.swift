/// Meeting packets (Sources/CommitteeDocsPacket): the files a meeting refers to, the items' documents and
/// attachments, and a published packet folder read back against its manifest.json.
public enum PacketText: String, CatalogEntry {
    // The files a meeting refers to.
    case theSource
    case theAttachment
    case fileMissing
    case fileIsAFolder
    case fileLeadsOutside
    case mainAgendaMissing
    case supplementCycle
    case meetingFileUnreadable
    case attachmentUnreadable
    // An item and its document.
    case unresolvedBilag
    case noBilag
    case bilagRange
    case bilagTitles
    case sourceHasNoDocument
    case sourceHasManyDocuments
    case itemCaseDiffers
    case openItemClosedDocument
    case bilagDiffer
    // A packet folder.
    case notAPacketFolder
    case manifestNotAMapping
    case notTheItemsName
    case theItemsPlaceAndSerial
    case pathOutsidePacket
    case listedButMissing
    case changedAfterPublishing
    case notInManifest
    case incompleteManifest
    case editionsDisagree
    case publicEdition
    case internalEdition
    case itemNotInManifest
    case closedItemOpenFile
    case closedFileInPublic
    case closedAttachmentInPublic
    case closedItemPDF
    case notTheStandIn
    case notADate
    case notAWholeNumber
    // Publishing a packet.
    case cannotSwapPacket
    case cannotPlacePacket
    case cannotMoveAside

    public static let area = "packet"

    public var texts: (en: String, da: String) {
        switch self {
        case .theSource: ("source", "kildefilen")
        case .theAttachment: ("attachment", "bilaget")
        case .fileMissing: ("the %{what} %{value} does not exist (looked for %{path})", "%{what} %{value} findes ikke (søgte efter %{path})")
        case .fileIsAFolder: ("the %{what} %{value} is a folder, not a file", "%{what} %{value} er en mappe, ikke en fil")
        case .fileLeadsOutside:
            ("the %{what} %{value} leads outside the meeting's folder (to %{real})",
             "%{what} %{value} fører uden for mødets mappe (til %{real})")
        case .mainAgendaMissing:
            ("the main agenda %{value} does not exist (looked for %{path})", "hoveddagsordenen %{value} findes ikke (søgte efter %{path})")
        case .supplementCycle:
            ("the supplementary agendas refer to each other in a cycle: %{chain}",
             "tillægsdagsordenerne henviser til hinanden i ring: %{chain}")
        case .meetingFileUnreadable: ("the meeting file cannot be read", "mødefilen kan ikke læses")
        case .attachmentUnreadable: ("the attachment %{value} cannot be read", "bilaget %{value} kan ikke læses")
        case .unresolvedBilag:
            ("%{reference} refers to an attachment the item does not have; it has %{bilag}",
             "%{reference} henviser til et bilag, som punktet ikke har; punktet har %{bilag}")
        case .noBilag: ("no bilag", "ingen bilag")
        case .bilagRange: ("bilag 1–%{count}", "bilag 1–%{count}")
        case .bilagTitles: ("%{count} bilag (%{titles})", "%{count} bilag (%{titles})")
        case .sourceHasNoDocument:
            ("the source %{value} has no document with dokumentnr %{dokumentnr}",
             "kildefilen %{value} har intet dokument med dokumentnr. %{dokumentnr}")
        case .sourceHasManyDocuments:
            ("the source %{value} lists %{count} documents (%{names}); name the item's document with dokumentnr",
             "kildefilen %{value} indeholder %{count} dokumenter (%{names}); angiv punktets dokument med dokumentnr")
        case .itemCaseDiffers:
            ("the item's sagsnr %{sagsnr} differs from its document's (%{documentCase} in %{source})",
             "punktets sagsnr. %{sagsnr} er ikke det samme som dokumentets (%{documentCase} i %{source})")
        case .openItemClosedDocument:
            ("the item is open but its document %{dokumentnr} is closed (adgang: lukket); mark the item \"adgang: lukket\"",
             "punktet er åbent, men dets dokument %{dokumentnr} er lukket (adgang: lukket); markér punktet \"adgang: lukket\"")
        case .bilagDiffer:
            ("the item attaches %{attached}, but its indstilling %{dokumentnr} lists %{listed} under Bilag; attach the indstilling's bilag with the same titles, in its order",
             "punktet har %{attached} vedlagt, men indstillingen %{dokumentnr} har %{listed} under Bilag; vedlæg indstillingens bilag med de samme titler og i samme rækkefølge")
        case .notAPacketFolder:
            ("not a packet folder: it has no manifest.json (expected a folder written by `committee-docs packet`; memos and plans are archived from their data files)",
             "ikke en mødepakkemappe: den har ingen manifest.json (forventet en mappe skrevet af `committee-docs packet`; notater og planer arkiveres fra deres datafiler)")
        case .manifestNotAMapping: ("expected a mapping", "forventede nøgler med værdier")
        case .notTheItemsName: ("%{value} is not the item's name (expected %{expected})", "%{value} er ikke punktets navn (forventet %{expected})")
        // Quoted, where the expected name would stand.
        case .theItemsPlaceAndSerial: ("\"the place and serial of the item\"", "\"punktets plads og løbenummer\"")
        case .pathOutsidePacket: ("%{value} must be a path inside the packet folder", "%{value} skal være en sti inde i mødepakkemappen")
        case .listedButMissing: ("%{path} is listed but missing", "%{path} står i manifestet, men mangler")
        case .changedAfterPublishing:
            ("%{path} differs from the manifest (%{size} bytes, SHA-256 %{sha256}): it was changed after publishing",
             "%{path} afviger fra manifestet (%{size} byte, SHA-256 %{sha256}): filen er ændret efter offentliggørelsen")
        case .notInManifest:
            ("is in the packet folder but not in its manifest.json", "ligger i mødepakkemappen, men står ikke i dens manifest.json")
        case .incompleteManifest: ("incomplete manifest", "manifestet er ufuldstændigt")
        case .editionsDisagree:
            ("the folder's name says the %{named} edition, its manifest.json the %{claimed} one; refusing a folder whose claims disagree",
             "mappens navn angiver den %{named} udgave, dens manifest.json den %{claimed}; en mappe med modstridende oplysninger afvises")
        case .publicEdition: ("public", "offentlige")
        case .internalEdition: ("internal", "interne")
        case .itemNotInManifest:
            ("%{path} belongs to item %{item}, which the manifest does not list",
             "%{path} hører til punkt %{item}, som ikke står i manifestet")
        case .closedItemOpenFile:
            ("%{path} belongs to a closed item, so it cannot be open (adgang: åben)",
             "%{path} hører til et lukket punkt og kan derfor ikke være åben (adgang: åben)")
        case .closedFileInPublic:
            ("%{path} is closed (adgang: lukket), and a public edition holds nothing closed",
             "%{path} er lukket (adgang: lukket), og en offentlig udgave indeholder intet lukket")
        case .closedAttachmentInPublic:
            ("%{path} belongs to a closed item, and a public edition holds none of its attachments",
             "%{path} hører til et lukket punkt, og en offentlig udgave indeholder ingen af dets bilag")
        case .closedItemPDF:
            ("%{path} is a closed item's page as PDF; only a run that prints PDF can check that it is the public stand-in (use --format all)",
             "%{path} er et lukket punkts side som PDF; kun en kørsel, der laver PDF, kan kontrollere, at det er den offentlige erstatningsside (brug --format all)")
        case .notTheStandIn:
            ("%{path} is not the public stand-in of a closed item, and a public edition shows no closed item's content",
             "%{path} er ikke den offentlige erstatningsside for et lukket punkt, og en offentlig udgave viser intet indhold fra lukkede punkter")
        case .notADate: ("%{value} is not a date (expected 2019-10-10)", "%{value} er ikke en dato (forventet 2019-10-10)")
        case .notAWholeNumber: ("%{value} is not a whole number", "%{value} er ikke et helt tal")
        // The reason is the system's own words (strerror).
        case .cannotSwapPacket:
            ("cannot swap the new packet into place: %{reason}", "den nye mødepakke kan ikke byttes på plads: %{reason}")
        case .cannotPlacePacket: ("cannot put the packet in place: %{reason}", "mødepakken kan ikke flyttes på plads: %{reason}")
        case .cannotMoveAside:
            ("cannot move the earlier packet aside: %{reason}", "den tidligere mødepakke kan ikke flyttes til side: %{reason}")
        }
    }
}
