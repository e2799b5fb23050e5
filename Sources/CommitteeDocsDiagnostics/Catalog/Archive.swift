/// The archive (Sources/Archive, `committee-docs archive`): its folder, its bags (arkivpakker)
/// and its index. Checksums, paths and BagIt's own names (bagit.txt, Payload-Oxum …) read the
/// same in both languages.
public enum ArchiveText: String, CatalogEntry {
    case note
    case at
    // The command line.
    case notAnArchive
    case unfinishedBag
    case noIndex
    case noBag
    case cannotCopyBag
    case indexSetAside
    // Adding.
    case cannotOpenIndex
    case notASeries
    case previousVersionFailed
    case cannotRecordBags
    case cannotRebuildIndex
    case cannotCreateFolder
    case cannotOpenLock
    case cannotLock
    case cannotPutBagInPlace
    case neverOverwritten
    case payloadPathOutside
    // Checking the index against the bags.
    case indexMissing
    case bagNotIndexed
    case indexListsMissingBag
    case indexChecksumsDiffer
    case indexRecordDiffers
    case indexTextDiffers
    case indexUnreadable
    // Checking a bag.
    case notABag
    case wrongDeclaration
    case tagFileMissing
    case listedButMissing
    case altered
    case notListed
    case payloadOxum
    case oxumMissing
    case notListedInTagManifest
    case extraFile
    case fieldDiffers

    public static let area = "archive"

    public var texts: (en: String, da: String) {
        switch self {
        case .note: ("note:", "bemærk:")
        // A problem with a file or bag of the archive, after its path.
        case .at: ("%{path}: %{problem}", "%{path}: %{problem}")
        case .notAnArchive: ("not an archive (no bags folder)", "ikke et arkiv (der er ingen bags-mappe)")
        case .unfinishedBag:
            ("an unfinished bag of an interrupted add; not part of the archive (the next add of that document removes it)",
             "en ufærdig arkivpakke fra en afbrudt tilføjelse; den er ikke en del af arkivet (næste tilføjelse af dokumentet fjerner den)")
        case .noIndex:
            ("no index (index.sqlite); run `committee-docs archive reindex --archive %{archive}`",
             "intet indeks (index.sqlite); kør `committee-docs archive reindex --archive %{archive}`")
        case .noBag: ("no bag %{id}", "ingen arkivpakke %{id}")
        case .cannotCopyBag: ("cannot copy the bag (%{reason})", "arkivpakken kan ikke kopieres (%{reason})")
        case .indexSetAside:
            ("%{index} could not be read or rebuilt in place; it was set aside as %{setAside}",
             "%{index} kunne hverken læses eller genopbygges på stedet; den er lagt til side som %{setAside}")
        case .cannotOpenIndex: ("cannot open the index (%{reason})", "indekset kan ikke åbnes (%{reason})")
        case .notASeries:
            ("not a series of this archive (expected a relative path below bags/)",
             "ikke en serie i dette arkiv (forventet en relativ sti under bags/)")
        case .previousVersionFailed:
            ("not added, as the version before it failed", "ikke tilføjet, fordi versionen før den mislykkedes")
        case .cannotRecordBags: ("cannot record the new bags (%{reason})", "de nye arkivpakker kan ikke registreres (%{reason})")
        case .cannotRebuildIndex: ("cannot rebuild the index (%{reason})", "indekset kan ikke genopbygges (%{reason})")
        case .cannotCreateFolder: ("cannot create the folder: %{reason}", "mappen kan ikke oprettes: %{reason}")
        case .cannotOpenLock: ("cannot open: %{reason}", "kan ikke åbnes: %{reason}")
        case .cannotLock: ("cannot lock: %{reason}", "kan ikke låses: %{reason}")
        case .cannotPutBagInPlace: ("cannot put the bag in place: %{reason}", "arkivpakken kan ikke flyttes på plads: %{reason}")
        case .neverOverwritten: ("a bag is never overwritten", "en arkivpakke overskrives aldrig")
        case .payloadPathOutside: ("a payload path must stay inside data/", "en sti i indholdet skal blive inden for data/")
        case .indexMissing:
            ("%{index} is missing; run `committee-docs archive reindex`", "%{index} mangler; kør `committee-docs archive reindex`")
        case .bagNotIndexed:
            ("%{bag} is not in the index; run `committee-docs archive reindex`",
             "%{bag} står ikke i indekset; kør `committee-docs archive reindex`")
        case .indexListsMissingBag:
            ("%{index} lists %{bag}, which is not in the archive", "%{index} nævner %{bag}, som ikke findes i arkivet")
        case .indexChecksumsDiffer:
            ("%{index}: the checksums of %{bag} differ from its manifest",
             "%{index}: kontrolsummerne for %{bag} afviger fra dens manifest")
        case .indexRecordDiffers:
            ("%{index}: the record of %{bag} differs from its bag-info.txt (%{fields}); run `committee-docs archive reindex`",
             "%{index}: oplysningerne om %{bag} afviger fra dens bag-info.txt (%{fields}); kør `committee-docs archive reindex`")
        case .indexTextDiffers:
            ("%{index}: the searchable text of %{bag} differs from its bag's text files; run `committee-docs archive reindex`",
             "%{index}: den søgbare tekst for %{bag} afviger fra arkivpakkens tekstfiler; kør `committee-docs archive reindex`")
        case .indexUnreadable:
            ("%{index} cannot be read (%{reason}); run `committee-docs archive reindex`",
             "%{index} kan ikke læses (%{reason}); kør `committee-docs archive reindex`")
        case .notABag: ("bagit.txt is missing: not a bag", "bagit.txt mangler: ikke en arkivpakke")
        case .wrongDeclaration:
            ("bagit.txt does not declare BagIt-Version 1.0 in UTF-8", "bagit.txt angiver ikke BagIt-Version 1.0 i UTF-8")
        case .tagFileMissing: ("%{name} is missing", "%{name} mangler")
        case .listedButMissing: ("%{path} is listed in %{manifest} but missing", "%{path} står i %{manifest}, men mangler")
        case .altered:
            ("%{path} does not match its %{algorithm} in %{manifest} (altered)",
             "%{path} passer ikke med sin %{algorithm} i %{manifest} (ændret)")
        case .notListed: ("%{path} is not listed in %{manifest} (extra file)", "%{path} står ikke i %{manifest} (ekstra fil)")
        case .payloadOxum:
            ("Payload-Oxum is %{oxum} but the payload is %{actual} (octets.files)",
             "Payload-Oxum er %{oxum}, men indholdet er %{actual} (oktetter.filer)")
        case .oxumMissing: ("missing", "ikke angivet")
        case .notListedInTagManifest:
            ("%{name} is not listed in tagmanifest-sha256.txt", "%{name} står ikke i tagmanifest-sha256.txt")
        case .fieldDiffers: ("%{field} %{indexed} instead of %{bag}", "%{field} %{indexed} i stedet for %{bag}")
        case .extraFile: ("%{path} is not part of the bag (extra file)", "%{path} hører ikke til arkivpakken (ekstra fil)")
        }
    }
}
