import Crypto
import Foundation

/// Checks a bag against RFC 8493 and its own manifests: every payload file listed with a correct
/// SHA-256 and SHA-512, no file missing or extra, every tag file in the tag manifest with a
/// correct checksum, and a `Payload-Oxum` that matches. Reports every problem, one per line.
public enum BagVerifier {
    public static func problems(in bag: String) -> [String] {
        var found: [String] = []
        let manager = FileManager.default
        func read(_ name: String) -> [UInt8]? { manager.contents(atPath: bag + "/" + name).map { [UInt8]($0) } }

        guard let declaration = read("bagit.txt") else { return ["\(bag): bagit.txt is missing: not a bag"] }
        if String(decoding: declaration, as: UTF8.self) != "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n" {
            found.append("\(bag): bagit.txt does not declare BagIt-Version 1.0 in UTF-8")
        }

        // Payload: what is on disk under data/ against both manifests.
        let onDisk = Set(payloadFiles(bag))
        for algorithm in ["sha256", "sha512"] {
            let name = "manifest-\(algorithm).txt"
            guard let manifest = read(name) else {
                found.append("\(bag): \(name) is missing")
                continue
            }
            let entries = parse(manifest)
            for entry in entries {
                guard let bytes = read(entry.path) else {
                    found.append("\(bag): \(entry.path) is listed in \(name) but missing")
                    continue
                }
                if checksum(bytes, algorithm) != entry.checksum {
                    found.append("\(bag): \(entry.path) does not match its \(algorithm.uppercased()) in \(name) (altered)")
                }
            }
            for extra in onDisk.subtracting(entries.map(\.path)).sorted() {
                found.append("\(bag): \(extra) is not listed in \(name) (extra file)")
            }
        }

        // Payload-Oxum: octets and file count of the payload on disk.
        if let info = read("bag-info.txt") {
            let oxum = String(decoding: info, as: UTF8.self).split(separator: "\n")
                .first { $0.hasPrefix("Payload-Oxum: ") }.map { String($0.dropFirst("Payload-Oxum: ".count)) }
            let octets = onDisk.reduce(0) { $0 + ((try? manager.attributesOfItem(atPath: bag + "/" + $1)[.size] as? NSNumber)??.intValue ?? 0) }
            let actual = "\(octets).\(onDisk.count)"
            if oxum != actual {
                found.append("\(bag): Payload-Oxum is \(oxum ?? "missing") but the payload is \(actual) (octets.files)")
            }
        } else {
            found.append("\(bag): bag-info.txt is missing")
        }

        // Tag files: every one listed with a correct SHA-256.
        if let tagManifest = read("tagmanifest-sha256.txt") {
            let entries = parse(tagManifest)
            for name in ["bagit.txt", "bag-info.txt", "manifest-sha256.txt", "manifest-sha512.txt"]
            where !entries.contains(where: { $0.path == name }) {
                found.append("\(bag): \(name) is not listed in tagmanifest-sha256.txt")
            }
            for entry in entries {
                guard let bytes = read(entry.path) else {
                    found.append("\(bag): \(entry.path) is listed in tagmanifest-sha256.txt but missing")
                    continue
                }
                if checksum(bytes, "sha256") != entry.checksum {
                    found.append("\(bag): \(entry.path) does not match its SHA256 in tagmanifest-sha256.txt (altered)")
                }
            }
        } else {
            found.append("\(bag): tagmanifest-sha256.txt is missing")
        }
        let tagNames: Set<String> = ["bagit.txt", "bag-info.txt", "manifest-sha256.txt", "manifest-sha512.txt", "tagmanifest-sha256.txt", "data"]
        for entry in ((try? manager.contentsOfDirectory(atPath: bag)) ?? []).sorted() where !tagNames.contains(entry) {
            found.append("\(bag): \(entry) is not part of the bag (extra file)")
        }
        return found
    }

    /// `checksum  path` lines; the path percent-decoded.
    static func parse(_ manifest: [UInt8]) -> [(checksum: String, path: String)] {
        String(decoding: manifest, as: UTF8.self).split(separator: "\n").compactMap { line in
            guard let space = line.firstIndex(of: " ") else { return nil }
            let checksum = String(line[..<space])
            let path = line[space...].drop { $0 == " " }
            return (checksum.lowercased(), Bag.decodePath(String(path)))
        }
    }

    static func checksum(_ bytes: [UInt8], _ algorithm: String) -> String {
        algorithm == "sha512" ? Bag.hex(SHA512.hash(data: bytes)) : Bag.hex(SHA256.hash(data: bytes))
    }

    /// The payload files on disk, as `data/…` paths.
    static func payloadFiles(_ bag: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: bag + "/data") else { return [] }
        var files: [String] = []
        for case let entry as String in enumerator {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: bag + "/data/" + entry, isDirectory: &isDirectory), !isDirectory.boolValue {
                files.append("data/" + entry)
            }
        }
        return files
    }
}
