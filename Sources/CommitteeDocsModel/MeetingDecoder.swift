import CommitteeDocsDiagnostics
import CommitteeDocsFormatting
import CommitteeDocsLoading

/// Reads a meeting file (`møde:` and `punkter:`) into a `Møde`, with every problem of the file
/// at once. Checks that need no file system are made here: unique serial numbers, their format,
/// case numbers, at least one item, a closed item's attachments kept closed, attachment paths
/// that stay inside the meeting's folder (sources, relative to the meeting file, may be anywhere). Whether the files exist is checked by the packet stage.
public enum MeetingDecoder {
    static let topKeys = ["møde", "punkter"]
    static let meetingKeys = ["udvalg", "type", "dato", "tid", "sted", "tillæg-til"]
    static let itemKeys = ["titel", "nummer", "sagsnr", "adgang", "lukket-grund", "behandling", "kilde", "dokumentnr", "tekst", "bilag"]
    static let attachmentKeys = ["titel", "fil", "adgang"]

    public static func decode(_ root: DataNode) throws(DiagnosticList) -> Møde {
        var reader = DataReader()
        let møde = decode(root, &reader)
        try reader.collector.check()
        guard let møde else { throw DiagnosticList(Diagnostic(at: root.position, ModelText.meetingUnreadable())) }
        return møde
    }

    private static func decode(_ root: DataNode, _ reader: inout DataReader) -> Møde? {
        guard let top = reader.root(root, keys: topKeys) else { return nil }
        let path = DataPath().appending(key: "møde")
        var header: (Udvalg?, Møde.Mødetype?, DanishDate?, DanishTime?, String?, Located<String>?)
        if let node = reader.required(top, "møde"), let fields = reader.object(node, path, keys: meetingKeys) {
            header.0 = reader.choice(reader.required(fields, "udvalg"), path.appending(key: "udvalg"),
                                     Udvalg.meetingBodies.map { ($0.rawValue, $0) })
            header.1 = reader.choice(reader.required(fields, "type"), path.appending(key: "type"),
                                     Møde.Mødetype.allCases.map { ($0.rawValue, $0) })
            header.2 = PlanDecoder.date(reader.required(fields, "dato"), path.appending(key: "dato"), &reader)
            header.3 = reader.parsed(reader.required(fields, "tid"), path.appending(key: "tid"), parseTime)
            header.4 = reader.nonEmptyText(reader.required(fields, "sted"), path.appending(key: "sted"))
            if let node = fields.present("tillæg-til"), let file = reader.nonEmptyText(node, path.appending(key: "tillæg-til")) {
                header.5 = Located(file, at: node.position, keyPath: path.appending(key: "tillæg-til").description)
            }
        }
        let items = decodeItems(reader.required(top, "punkter"), DataPath().appending(key: "punkter"), &reader)
        guard let udvalg = header.0, let type = header.1, let dato = header.2, let tid = header.3, let sted = header.4,
              let items
        else { return nil }
        return Møde(udvalg: udvalg, type: type, dato: dato, tid: tid, sted: sted, tillægTil: header.5, punkter: items,
                    position: root.position)
    }

    private static func decodeItems(_ node: DataNode?, _ path: DataPath, _ reader: inout DataReader) -> [Punkt]? {
        guard let node else { return nil }
        var items: [Punkt] = []
        var complete = true
        var serials: [String: Int] = [:]
        for (item, itemPath) in reader.list(node, path, nonEmpty: true) {
            guard let punkt = decodeItem(item, itemPath, &reader) else {
                complete = false
                continue
            }
            if let first = serials[punkt.nummer] {
                reader.error(item, itemPath.appending(key: "nummer"),
                             ModelText.itemNumberTwice(["number": quoted(punkt.nummer), "index": first]))
                complete = false
            } else {
                serials[punkt.nummer] = items.count
            }
            items.append(punkt)
        }
        return complete ? items : nil
    }

    private static func decodeItem(_ node: DataNode, _ path: DataPath, _ reader: inout DataReader) -> Punkt? {
        guard let fields = reader.object(node, path, keys: itemKeys) else { return nil }
        let titel = reader.nonEmptyText(reader.required(fields, "titel"), path.appending(key: "titel"))
        let nummer = reader.parsed(reader.required(fields, "nummer"), path.appending(key: "nummer"), parseSerial)
        let sagsnr = reader.parsed(reader.required(fields, "sagsnr"), path.appending(key: "sagsnr"), Sagsnummer.init(parsing:))
        let (adgang, lukketGrund) = reader.access(fields, path)
        let behandling = reader.parsed(fields.present("behandling"), path.appending(key: "behandling"), parseReading)

        var indhold: Punkt.Indhold?
        let kilde = fields.present("kilde")
        let tekst = fields.present("tekst")
        switch (kilde, tekst) {
        case (let kilde?, nil):
            // A source may live anywhere (plans are kept with their case); attachments, which are
            // copied into the packet, must be inside the meeting's folder.
            if let text = reader.nonEmptyText(kilde, path.appending(key: "kilde")) {
                let file = Located(text, at: kilde.position, keyPath: path.appending(key: "kilde").description)
                let dokumentnr = reader.parsed(fields.present("dokumentnr"), path.appending(key: "dokumentnr"),
                                               Dokumentnummer.init(parsing:))
                indhold = .fil(file, dokumentnr: dokumentnr)
            }
        case (nil, let tekst?):
            if fields.present("dokumentnr") != nil {
                reader.error(fields.present("dokumentnr")!, path.appending(key: "dokumentnr"),
                             ModelText.dokumentnrWithTekst())
            }
            indhold = reader.nonEmptyText(tekst, path.appending(key: "tekst")).map { text in
                .tekst(Located(text, at: tekst.position, keyPath: path.appending(key: "tekst").description))
            }
        case (.some, .some):
            reader.error(node, path, ModelText.kildeAndTekst())
        case (nil, nil):
            reader.error(node, path, ModelText.kildeOrTekst())
        }

        var bilag: [Bilag] = []
        var bilagComplete = true
        for (item, itemPath) in reader.list(fields.present("bilag"), path.appending(key: "bilag")) {
            guard let attachment = reader.object(item, itemPath, keys: attachmentKeys) else {
                bilagComplete = false
                continue
            }
            let title = reader.nonEmptyText(reader.required(attachment, "titel"), itemPath.appending(key: "titel"))
            let file = reader.required(attachment, "fil").flatMap { relativePath($0, itemPath.appending(key: "fil"), &reader) }
            let access: Adgang?
            if let stated = attachment.present("adgang") {
                access = reader.choice(stated, itemPath.appending(key: "adgang"), Adgang.allCases.map { ($0.rawValue, $0) })
                if access == .åben, adgang == .lukket {
                    reader.error(stated, itemPath.appending(key: "adgang"),
                                 ModelText.closedItemPublicBilag())
                    bilagComplete = false
                }
            } else {
                // A closed item's attachments are closed unless stated; an open item's are public.
                access = adgang
            }
            if let title, let file, let access {
                bilag.append(Bilag(titel: title, fil: file, adgang: access))
            } else {
                bilagComplete = false
            }
        }
        guard let titel, let nummer, let sagsnr, let adgang, let indhold, bilagComplete else { return nil }
        return Punkt(titel: titel, nummer: nummer, sagsnr: sagsnr, adgang: adgang, lukketGrund: lukketGrund,
                     behandling: behandling, indhold: indhold, bilag: bilag,
                     position: node.position, keyPath: path.description)
    }

    /// An attachment's path relative to the meeting file's folder that cannot leave it: no absolute path, no
    /// `..` that climbs above the folder, no empty or control-character path.
    static func relativePath(_ node: DataNode, _ path: DataPath, _ reader: inout DataReader) -> Located<String>? {
        guard let text = reader.nonEmptyText(node, path) else { return nil }
        var depth = 0
        var escapes = text.hasPrefix("/") || text.hasPrefix("~")
        for component in text.split(separator: "/", omittingEmptySubsequences: true) {
            if component == ".." { depth -= 1 } else if component != "." { depth += 1 }
            if depth < 0 { escapes = true }
        }
        if escapes {
            reader.error(node, path, ModelText.outsideMeetingFolder(["value": quoted(text)]))
            return nil
        }
        return Located(text, at: node.position, keyPath: path.description)
    }

    /// "BR 294/08": the body's code, a space, the item's serial, a slash and the two-digit year.
    public static func parseSerial(_ text: String) throws(IdentifierError) -> String {
        let parts = text.split(separator: " ", omittingEmptySubsequences: false)
        let digits = { (part: Substring) in !part.isEmpty && part.utf8.allSatisfy { (0x30...0x39).contains($0) } }
        if parts.count == 2, let body = Udvalg(rawValue: String(parts[0])), Udvalg.meetingBodies.contains(body) {
            let serial = parts[1].split(separator: "/", omittingEmptySubsequences: false)
            if serial.count == 2, digits(serial[0]), serial[0].count <= 5, digits(serial[1]), serial[1].count == 2 {
                return text
            }
        }
        throw IdentifierError(ModelText.notAnItemNumber(["value": quoted(text)]))
    }

    /// "1" or "2": the reading of a case the body treats twice (BR's budget, a local plan).
    static func parseReading(_ text: String) throws(IdentifierError) -> Int {
        guard text == "1" || text == "2" else {
            throw IdentifierError(ModelText.notAReading(["value": quoted(text)]))
        }
        return Int(text)!
    }

    static func parseTime(_ text: String) throws(IdentifierError) -> DanishTime {
        do {
            return try DanishTime.parse(text)
        } catch {
            throw IdentifierError(error.message)
        }
    }
}
