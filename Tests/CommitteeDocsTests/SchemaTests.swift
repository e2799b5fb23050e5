import CommitteeDocsDiagnostics
import Foundation
import CommitteeDocsLoading
import CommitteeDocsModel
import TestSupport
import Testing

// The JSON Schemas in schemas/ (for editors) against the samples, checked by an independent
// validator, check-jsonschema (PyPI; `make test` installs the version in the Makefile). It reads
// YAML with ruamel.yaml (YAML 1.2) and keeps an unquoted 2019-10-10 as text, as VS Code's YAML
// extension does, so the samples' unquoted dates test that the date schemas take the string form.
//
// The schema checks a file's shape; the decoders (Model) check the same shape and more; the rules
// (funding, route) and the files a meeting names are checked by `committee-docs check` only. So:
// every sample's schema verdict equals its decoders' verdict, the rule-breaking samples in
// samples/invalid/ pass the schema, and each shape-breaking mutation below fails both the schema
// and `committee-docs check` (exit 65).

/// A shape-breaking change to one sample: `replace` becomes `with`; `loader` is part of the
/// loader's message about it, and `path` where the validator reports it.
struct Mutation: CustomTestStringConvertible, Sendable {
    var name: String
    var sample: String
    var replace: String
    var with: String
    var loader: String
    var path: String

    var testDescription: String { name }
}

let schemaMutations: [Mutation] = [
    // Memo (notat).
    Mutation(name: "sagsnr-uden-aarstal", sample: "notat-kort.yaml", replace: "sagsnr: 2024-18822", with: "sagsnr: 24-18822",
             loader: "sagsnr: \"24-18822\" is not a case number", path: "$.sagsnr"),
    Mutation(name: "ukendt-noegle", sample: "notat-kort.yaml", replace: "dokument: notat\n", with: "dokument: notat\nforfatter: Ida Sørensen\n",
             loader: "error: forfatter: unknown key \"forfatter\"", path: "$"),
    Mutation(name: "titel-mangler", sample: "notat-kort.yaml", replace: "titel: Orientering om mødeplan for 2. halvår\n", with: "",
             loader: "error: titel: missing required key \"titel\"", path: "$"),
    Mutation(name: "adgang-hemmelig", sample: "notat-kort.yaml", replace: "dokument: notat\n", with: "dokument: notat\nadgang: hemmelig\n",
             loader: "adgang: \"hemmelig\" is not allowed", path: "$.adgang"),
    Mutation(name: "dato-findes-ikke", sample: "notat-kort.yaml", replace: "dato: 2024-06-03", with: "dato: 2024-06-31",
             loader: "dato: \"2024-06-31\" is not a date", path: "$.dato"),
    Mutation(name: "lukket-grund-i-aabent-notat", sample: "notat-kort.yaml", replace: "dokument: notat\n",
             with: "dokument: notat\nlukket-grund: offentlighedslovens § 30, nr. 1\n",
             loader: "lukket-grund: lukket-grund gives the ground", path: "$"),
    Mutation(name: "json-dato-med-punktum", sample: "notat-aaben-lukket.json", replace: "\"dato\": \"2012-11-29\"", with: "\"dato\": \"29.11.2012\"",
             loader: "dato: \"29.11.2012\" is not a date", path: "$.dato"),
    // Plan.
    Mutation(name: "beloeb-med-kommaer", sample: "plan-omraadefornyelse-sydhavn.yaml", replace: "total: 24.000.000 kr.", with: "total: 24,000,000 kr.",
             loader: "budget.total: \"24,000,000 kr.\" is not an amount", path: "$.budget.total"),
    Mutation(name: "negativ-finansiering", sample: "plan-omraadefornyelse-sydhavn.yaml", replace: "art: stat, beløb: 8.000.000}",
             with: "art: stat, beløb: -8.000.000}", loader: "finansiering[0].beløb: \"-8.000.000\" is not allowed", path: "$.finansiering[0]['beløb']"),
    Mutation(name: "kle-uden-cifre", sample: "plan-omraadefornyelse-sydhavn.yaml", replace: "kle: 02.00.05G01", with: "kle: 02.00.5G01",
             loader: "sag.kle: \"02.00.5G01\" is not a KLE number", path: "$.sag.kle"),
    Mutation(name: "status-vedtaget", sample: "plan-omraadefornyelse-sydhavn.yaml", replace: "dato: 2015-11-23, status: planlagt}",
             with: "dato: 2015-11-23, status: vedtaget}", loader: "forløb[0].status: \"vedtaget\" is not allowed", path: "$['forløb'][0].status"),
    Mutation(name: "omraadefornyelse-med-boligorganisation", sample: "plan-omraadefornyelse-sydhavn.yaml",
             replace: "område: Sydhavn, Kongens Enghave\n", with: "område: Sydhavn, Kongens Enghave\nboligorganisation: fsb\n",
             loader: "boligorganisation: \"boligorganisation\" belongs to a helhedsplan", path: "$"),
    Mutation(name: "indstilling-uden-at", sample: "plan-omraadefornyelse-sydhavn.yaml", replace: "- at områdefornyelsen i Sydhavn igangsættes",
             with: "- områdefornyelsen i Sydhavn igangsættes", loader: "dokumenter[0].indstilling[0]: a recommendation clause starts with \"at \"",
             path: "$.dokumenter[0].indstilling[0]"),
    Mutation(name: "ukendt-dokumentart", sample: "plan-omraadefornyelse-sydhavn.yaml", replace: "- dokument: indstilling", with: "- dokument: beslutning",
             loader: "dokumenter[0].dokument: \"beslutning\" is not allowed", path: "$.dokumenter[0].dokument"),
    Mutation(name: "husstande-nul", sample: "plan-helhedsplan-solhaven-foreloebig.yaml", replace: "husstande: 268}", with: "husstande: 0}",
             loader: "afdelinger[0].husstande: \"0\" is not a number of households", path: "$.afdelinger[0].husstande"),
    Mutation(name: "helhedsplan-uden-lbf-periode", sample: "plan-helhedsplan-solhaven-foreloebig.yaml", replace: "lbf-periode: 2019-26\n", with: "",
             loader: "lbf-periode: missing required key \"lbf-periode\"", path: "$"),
    // Meeting (møde).
    Mutation(name: "tid-25", sample: "møder/br-2019-10-10.yaml", replace: "tid: \"17:30\"", with: "tid: \"25:30\"",
             loader: "møde.tid: \"25:30\" is not a time of day", path: "$['møde'].tid"),
    Mutation(name: "ukendt-udvalg", sample: "møder/br-2019-10-10.yaml", replace: "udvalg: BR", with: "udvalg: BRR",
             loader: "møde.udvalg: \"BRR\" is not allowed", path: "$['møde'].udvalg"),
    Mutation(name: "punktnummer-med-bindestreg", sample: "møder/br-2019-10-10.yaml", replace: "nummer: BR 415/19", with: "nummer: BR 415-19",
             loader: "punkter[3].nummer: \"BR 415-19\" is not an item number", path: "$.punkter[3].nummer"),
    Mutation(name: "kilde-og-tekst", sample: "møder/br-2019-10-10.yaml", replace: "    sagsnr: 2019-0611203\n",
             with: "    sagsnr: 2019-0611203\n    kilde: ../notat-kort.yaml\n",
             loader: "punkter[3]: an item has either \"kilde\" (a plan or memo file) or \"tekst\", not both", path: "$.punkter[3]"),
    Mutation(name: "aabent-bilag-til-lukket-punkt", sample: "møder/br-2019-10-10.yaml",
             replace: "fil: bilag/tilbud-valby-langgade.txt}", with: "fil: bilag/tilbud-valby-langgade.txt, adgang: åben}",
             loader: "punkter[5].bilag[0].adgang: an attachment of a closed item", path: "$.punkter[5].bilag[0].adgang"),
    Mutation(name: "bilag-uden-for-mappen", sample: "møder/br-2019-10-10.yaml", replace: "fil: bilag/sydhavn-kort.md", with: "fil: ../sydhavn-kort.md",
             loader: "punkter[2].bilag[0].fil: \"../sydhavn-kort.md\" is outside the meeting's folder", path: "$.punkter[2].bilag[0].fil"),
    // Decisions (referat).
    Mutation(name: "resultat-forkastet", sample: "møder/br-2019-10-10-referat.yaml", replace: "resultat: ikke godkendt", with: "resultat: forkastet",
             loader: "punkter[4].resultat: \"forkastet\" is not allowed", path: "$.punkter[4].resultat"),
    Mutation(name: "antal-i-ord", sample: "møder/br-2019-10-10-referat.yaml", replace: "antal: 43}", with: "antal: mange}",
             loader: "punkter[0].afstemning.for.antal: \"mange\" is not a number of votes", path: "$.punkter[0].afstemning.for.antal"),
    Mutation(name: "start-uden-minutter", sample: "møder/br-2019-10-10-referat.yaml", replace: "start: \"17:30\"", with: "start: \"17.3\"",
             loader: "referat.start: \"17.3\" is not a time of day", path: "$.referat.start"),
    Mutation(name: "afstemning-om-efterretning", sample: "møder/br-2019-10-10-referat.yaml",
             replace: "  - nummer: BR 413/19\n    resultat: taget til efterretning\n",
             with: "  - nummer: BR 413/19\n    resultat: taget til efterretning\n    afstemning: {for: {antal: 30}, imod: {antal: 25}}\n",
             loader: "punkter[1].afstemning: an item taken note of (taget til efterretning) is not voted on", path: "$.punkter[1].afstemning"),
    Mutation(name: "ukendt-noegle-i-referat", sample: "møder/br-2019-10-10-referat.yaml", replace: "  slut: \"21:15\"\n",
             with: "  slut: \"21:15\"\n  sted: Rådhuset\n", loader: "referat.sted: unknown key \"sted\"", path: "$.referat"),
]

/// The schema a sample names on its first line (`# yaml-language-server: $schema=…`) or with its
/// "$schema" key, as a file name in schemas/.
func schemaNamed(by text: String) -> String? {
    for marker in ["# yaml-language-server: $schema=", "\"$schema\": \""] {
        guard let start = text.range(of: marker)?.upperBound else { continue }
        var rest = text[start...].prefix { $0 != "\n" && $0 != "\"" }
        while rest.hasPrefix("../") { rest = rest.dropFirst(3) }
        guard rest.hasPrefix("schemas/"), rest.hasSuffix(".schema.json") else { return nil }
        return String(rest.dropFirst("schemas/".count))
    }
    return nil
}

/// Every sample under samples/ (memos, plans, meetings, decisions, the rule-breaking ones), relative to it.
func allSamples() -> [String] {
    filesBelow(packageRoot + "/samples").filter { ($0.hasSuffix(".yaml") || $0.hasSuffix(".json")) && !$0.hasPrefix("møder/bilag/") }
}

/// The validator's verdict on `files`: the files it rejects, with the paths of their errors.
/// Runs `python3 -m check_jsonschema` once per schema.
func validatorRejections(_ files: [String: String], in folder: String) throws -> [String: [String]] {
    var rejected: [String: [String]] = [:]
    for (schema, group) in Dictionary(grouping: files.keys.sorted(), by: { files[$0]! }) {
        let run = try python(["-m", "check_jsonschema", "--schemafile", packageRoot + "/schemas/" + schema, "-o", "json"] + group,
                             in: folder)
        guard let report = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any] else {
            Issue.record("check-jsonschema printed no report: \(run.stderr)")
            continue
        }
        for case let error as [String: Any] in (report["errors"] as? [Any] ?? []) + (report["parse_errors"] as? [Any] ?? []) {
            let file = error["filename"] as? String ?? "?"
            rejected[file, default: []].append(error["path"] as? String ?? "(parse error)")
        }
    }
    return rejected
}

/// Runs python3 from the PATH the tests run with (pyenv's, on this machine and CI's).
func python(_ arguments: [String], in folder: String = packageRoot) throws -> Run {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3"] + arguments
    process.currentDirectoryURL = URL(fileURLWithPath: folder)
    return try finished(process)
}

/// The decoders' verdict on a file's shape: the problems `Model` finds, before the rules and
/// before the files it names are opened.
func shapeProblems(_ path: String) -> [String] {
    do throws(DiagnosticList) {
        let bytes = [UInt8](FileManager.default.contents(atPath: path) ?? Data())
        let root = try DataLoader.load(bytes, file: path, format: path.hasSuffix(".json") ? .json : .yaml)
        if DecisionsFile.isDecisions(root) {
            _ = try DecisionsDecoder.decode(root)
        } else if root.entry("møde") != nil {
            _ = try MeetingDecoder.decode(root)
        } else {
            _ = try SubmissionDecoder.decodeFile(root)
        }
        return []
    } catch {
        return error.sorted.map(\.description)
    }
}

/// A copy of samples/ with every mutation written next to its sample, so that the paths a meeting
/// or decisions file names still resolve. Returns the folder and the mutated files (relative).
func mutatedSamples() throws -> (folder: String, files: [String: Mutation]) {
    let folder = try temporaryFolder()
    try FileManager.default.copyItem(atPath: packageRoot + "/samples", toPath: folder + "/samples")
    var files: [String: Mutation] = [:]
    for mutation in schemaMutations {
        let original = try String(contentsOfFile: packageRoot + "/samples/" + mutation.sample, encoding: .utf8)
        let pieces = original.components(separatedBy: mutation.replace)
        precondition(pieces.count == 2, "\(mutation.name): \(mutation.replace) is not in \(mutation.sample) exactly once")
        let sample = URL(fileURLWithPath: "samples/" + mutation.sample)
        let file = sample.deletingLastPathComponent().relativePath + "/mutant-\(mutation.name)." + sample.pathExtension
        try pieces.joined(separator: mutation.with).write(toFile: folder + "/" + file, atomically: true, encoding: .utf8)
        files[file] = mutation
    }
    return (folder, files)
}

@Suite(.serialized) struct SchemaTests {
    init() throws {
        let validator = try python(["-m", "check_jsonschema", "--version"])
        try #require(validator.status == 0, """
            check-jsonschema is not installed for python3; `make test` installs it \
            (python3 -m pip install check-jsonschema==0.39.0): \(validator.stderr)
            """)
    }

    @Test func theSchemasAreValidDraft202012AndUpToDate() throws {
        let schemas = ["notat", "plan", "moede", "referat"].map { packageRoot + "/schemas/\($0).schema.json" }
        let meta = try python(["-m", "check_jsonschema", "--check-metaschema"] + schemas)
        #expect(meta.status == 0, "\(meta.stdout)\(meta.stderr)")
        let generated = try python(["scripts/generate-schemas.py", "--check"])
        #expect(generated.status == 0, "\(generated.stderr)")
        for schema in schemas {
            let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: schema))) as? [String: Any]
            #expect(object?["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
            #expect((object?["$id"] as? String)?.hasPrefix("https://committee-docs.invalid/schemas/") == true)
        }
    }

    @Test func everySampleNamesItsSchemaOnItsFirstLine() throws {
        for sample in allSamples() {
            let text = try String(contentsOfFile: packageRoot + "/samples/" + sample, encoding: .utf8)
            let first = text.prefix { $0 != "\n" }
            #expect(schemaNamed(by: sample.hasSuffix(".json") ? text : String(first)) != nil, "\(sample): \(first)")
            if sample.hasSuffix(".yaml") {
                let depth = sample.filter { $0 == "/" }.count + 1
                #expect(first.hasPrefix("# yaml-language-server: $schema=" + String(repeating: "../", count: depth) + "schemas/"), "\(sample)")
            }
        }
    }

    /// The valid samples and the rule-breaking ones pass the schema; the decoders agree, and
    /// `committee-docs check` refuses only the rule-breaking ones.
    @Test func theSchemaAcceptsEverySampleAsTheDecodersDo() throws {
        var files: [String: String] = [:]
        for sample in allSamples() {
            files["samples/" + sample] = schemaNamed(by: try String(contentsOfFile: packageRoot + "/samples/" + sample, encoding: .utf8))
        }
        #expect(Set(files.values) == ["notat.schema.json", "plan.schema.json", "moede.schema.json", "referat.schema.json"])
        let rejected = try validatorRejections(files, in: packageRoot)
        #expect(rejected == [:], "\(rejected)")
        for file in files.keys.sorted() {
            #expect(shapeProblems(packageRoot + "/" + file) == [], "\(file)")
        }
        let valid = files.keys.filter { !$0.hasPrefix("samples/invalid/") }.sorted()
        let check = try committeeDocs(["check"] + valid)
        #expect(check.status == 0, "\(check.stderr)")
        for ruleBreaking in files.keys.filter({ $0.hasPrefix("samples/invalid/") }).sorted() {
            let run = try committeeDocs(["check", ruleBreaking])
            #expect(run.status == 65 && run.stderr.contains(ruleBreaking + ":"), "\(ruleBreaking): \(run.stderr)")
        }
    }

    /// Each shape-breaking mutation fails the schema where it is, the decoders, and `committee-docs check` (65).
    @Test func theSchemaAndTheLoaderRefuseEveryShapeBreakingMutation() throws {
        let (folder, mutants) = try mutatedSamples()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var files: [String: String] = [:]
        for (file, mutation) in mutants {
            files[file] = schemaNamed(by: try String(contentsOfFile: packageRoot + "/samples/" + mutation.sample, encoding: .utf8))
        }
        let rejected = try validatorRejections(files, in: folder)
        for (file, mutation) in mutants.sorted(by: { $0.key < $1.key }) {
            let paths = rejected[file] ?? []
            #expect(paths.contains(mutation.path), "\(mutation.name): the schema reports \(paths), expected \(mutation.path)")
            let problems = shapeProblems(folder + "/" + file)
            #expect(problems.contains { $0.contains(mutation.loader) }, "\(mutation.name): \(problems)")
            let run = try committeeDocs(["check", file], in: folder)
            #expect(run.status == 65, "\(mutation.name): \(run.stderr)")
            #expect(run.stderr.contains(mutation.loader), "\(mutation.name): \(run.stderr)")
        }
    }

    /// What the loader and the schema do with YAML's implicit types: an unquoted date is text to
    /// both; an unquoted 17.30 is a number to the editor's YAML (the schema asks for quotes) but
    /// text to the loader, which accepts it (README: "Editor help (JSON Schema)").
    @Test func yamlTimestampsAreTextToTheValidator() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let memo = try sample("notat-kort.yaml")
        try memo.replacingOccurrences(of: "dato: 2024-06-03", with: "dato: 03-06-2024").write(toFile: folder + "/dansk.yaml", atomically: true, encoding: .utf8)
        try memo.replacingOccurrences(of: "dato: 2024-06-03", with: "dato: \"2024-06-03\"").write(toFile: folder + "/citeret.yaml", atomically: true, encoding: .utf8)
        try memo.write(toFile: folder + "/iso.yaml", atomically: true, encoding: .utf8)
        let files = ["dansk.yaml", "citeret.yaml", "iso.yaml"].reduce(into: [:]) { $0[$1] = "notat.schema.json" }
        #expect(try validatorRejections(files, in: folder) == [:])
        for file in files.keys {
            #expect(shapeProblems(folder + "/" + file) == [], "\(file)")
        }
    }
}
