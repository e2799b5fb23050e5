import Crypto
import CommitteeDocsDiagnostics
import Foundation

/// Checks a bag against RFC 8493 and its own manifests: every payload file listed with a correct
/// SHA-256 and SHA-512, no file missing or extra, every tag file in the tag manifest with a
/// correct checksum, and a `Payload-Oxum` that matches. Reports every problem, one per line.
public enum BagVerifier {
    public static func problems(in bag: String) -> [Message] {
        var found: [Message] = []
        let manager = FileManager.default
        func read(_ name: String) -> [UInt8]? { manager.contents(atPath: bag + "/" + name).map { [UInt8]($0) } }

        guard let declaration = read("bagit.txt") else { return [at(bag, ArchiveText.notABag())] }
        if String(decoding: declaration, as: UTF8.self) != "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n" {
            found.append(at(bag, ArchiveText.wrongDeclaration()))
        }

        // Payload: what is on disk under data/ against both manifests.
        let onDisk = Set(payloadFiles(bag))
        for algorithm in ["sha256", "sha512"] {
            let name = "manifest-\(algorithm).txt"
            guard let manifest = read(name) else {
                found.append(at(bag, ArchiveText.tagFileMissing(["name": name])))
                continue
            }
            let entries = parse(manifest)
            for entry in entries {
                guard let bytes = read(entry.path) else {
                    found.append(at(bag, ArchiveText.listedButMissing(["path": entry.path, "manifest": name])))
                    continue
                }
                if checksum(bytes, algorithm) != entry.checksum {
                    found.append(at(bag, ArchiveText.altered(["path": entry.path, "algorithm": algorithm.uppercased(), "manifest": name])))
                }
            }
            for extra in onDisk.subtracting(entries.map(\.path)).sorted() {
                found.append(at(bag, ArchiveText.notListed(["path": extra, "manifest": name])))
            }
        }

        // Payload-Oxum: octets and file count of the payload on disk.
        if let info = read("bag-info.txt") {
            let oxum = String(decoding: info, as: UTF8.self).split(separator: "\n")
                .first { $0.hasPrefix("Payload-Oxum: ") }.map { String($0.dropFirst("Payload-Oxum: ".count)) }
            let octets = onDisk.reduce(0) { $0 + ((try? manager.attributesOfItem(atPath: bag + "/" + $1)[.size] as? NSNumber)??.intValue ?? 0) }
            let actual = "\(octets).\(onDisk.count)"
            if oxum != actual {
                found.append(at(bag, ArchiveText.payloadOxum(["oxum": oxum.map { $0 as any MessageArgument } ?? ArchiveText.oxumMissing(), "actual": actual])))
            }
        } else {
            found.append(at(bag, ArchiveText.tagFileMissing(["name": "bag-info.txt"])))
        }

        // Tag files: every one listed with a correct SHA-256.
        if let tagManifest = read("tagmanifest-sha256.txt") {
            let entries = parse(tagManifest)
            for name in ["bagit.txt", "bag-info.txt", "manifest-sha256.txt", "manifest-sha512.txt"]
            where !entries.contains(where: { $0.path == name }) {
                found.append(at(bag, ArchiveText.notListedInTagManifest(["name": name])))
            }
            for entry in entries {
                guard let bytes = read(entry.path) else {
                    found.append(at(bag, ArchiveText.listedButMissing(["path": entry.path, "manifest": "tagmanifest-sha256.txt"])))
                    continue
                }
                if checksum(bytes, "sha256") != entry.checksum {
                    found.append(at(bag, ArchiveText.altered(["path": entry.path, "algorithm": "SHA256", "manifest": "tagmanifest-sha256.txt"])))
                }
            }
        } else {
            found.append(at(bag, ArchiveText.tagFileMissing(["name": "tagmanifest-sha256.txt"])))
        }
        let tagNames: Set<String> = ["bagit.txt", "bag-info.txt", "manifest-sha256.txt", "manifest-sha512.txt", "tagmanifest-sha256.txt", "data"]
        for entry in ((try? manager.contentsOfDirectory(atPath: bag)) ?? []).sorted() where !tagNames.contains(entry) {
            found.append(at(bag, ArchiveText.extraFile(["path": entry])))
        }
        return found
    }

    /// A problem of `bag`, after its path.
    private static func at(_ bag: String, _ problem: Message) -> Message {
        ArchiveText.at(["path": bag, "problem": problem])
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
