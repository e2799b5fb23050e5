import Crypto
import CommitteeDocsFormatting
import CommitteeDocsModel

/// A packet's manifest.json: the meeting, its items, and every file with its size and SHA-256,
/// so that the folder alone says what it holds (an archive reads it back through
/// `PacketFolder`, with every problem at its file:line:col). Written with `ManifestJSON`: keys in
/// the order the coding keys declare them, the layout fixed, so the same packet always gives the
/// same bytes.
public struct PacketManifest: Encodable, Sendable {
    public struct Item: Encodable, Sendable {
        public var nr: Int
        public var nummer: String?
        public var titel: String
        public var sagsnr: String?
        public var dokumentnr: String?
        public var adgang: String
        /// The item's name in the packet (its files' base name).
        public var navn: String

        enum CodingKeys: String, CodingKey { case nr, nummer, titel, sagsnr, dokumentnr, adgang, navn }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(nr, forKey: .nr)
            try container.encode(nummer, forKey: .nummer)  // null when absent, as for every optional here
            try container.encode(titel, forKey: .titel)
            try container.encode(sagsnr, forKey: .sagsnr)
            try container.encode(dokumentnr, forKey: .dokumentnr)
            try container.encode(adgang, forKey: .adgang)
            try container.encode(navn, forKey: .navn)
        }
    }

    public struct File: Encodable, Sendable {
        public var sti: String
        public var bytes: Int
        public var sha256: String
        public var punkt: Int?
        public var adgang: String

        enum CodingKeys: String, CodingKey { case sti, bytes, sha256, punkt, adgang }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(sti, forKey: .sti)
            try container.encode(bytes, forKey: .bytes)
            try container.encode(sha256, forKey: .sha256)
            try container.encode(punkt, forKey: .punkt)
            try container.encode(adgang, forKey: .adgang)
        }
    }

    public var møde: String
    public var udvalg: String
    public var dato: String
    public var tillæg: Bool
    public var udgave: String
    public var punkter: [Item]
    /// Every file but the manifest itself, sorted by path (bytewise).
    public var filer: [File]

    enum CodingKeys: String, CodingKey { case møde, udvalg, dato, tillæg, udgave, punkter, filer }

    /// The manifest of `packet` as it is now.
    public init(_ packet: Packet) {
        møde = packet.udvalg.rawValue
        udvalg = packet.udvalg.navn
        dato = packet.dato.iso
        tillæg = packet.tillæg
        udgave = packet.udgave.rawValue
        punkter = packet.items.map { item in
            Item(nr: item.nr, nummer: item.nummer, titel: item.titel, sagsnr: item.sagsnr?.description,
                 dokumentnr: item.dokumentnr?.description, adgang: item.adgang.rawValue, navn: item.slug)
        }
        filer = packet.files.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }.map { file in
            // Hashed chunk by chunk: the combined document is held in pieces and never joined.
            var hasher = SHA256(), size = 0
            file.content.forEachChunk { hasher.update(bufferPointer: $0); size += $0.count }
            return File(sti: file.path, bytes: size, sha256: Hex.string(hasher.finalize()), punkt: file.punkt, adgang: file.adgang.rawValue)
        }
    }

    /// The manifest as the packet's `manifest.json`.
    public var file: Packet.File {
        // Every value here is a string, number, boolean or null: encoding cannot fail.
        Packet.File(path: "manifest.json", content: .text(try! ManifestJSON.encode(self)), punkt: nil, adgang: .åben)
    }
}
