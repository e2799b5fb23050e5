import CommitteeDocsResources
import Foundation
import TestSupport
import Testing

/// The templates, the rules table and the starter files are compiled into the program, so the
/// binary works from any folder; the options and environment variables still override them.
@Suite("Built-in resources")
struct BuiltInResourcesTests {
    @Test(arguments: ["Templates", "Rules", "Starters", "schemas"])
    func theBuiltInFilesAreTheProjectsFilesByteForByte(folder: String) throws {
        let onDisk = try FileManager.default.contentsOfDirectory(atPath: packageRoot + "/" + folder)
            .filter { $0.hasSuffix(".md") || $0.hasSuffix(".yaml") || $0.hasSuffix(".schema.json") }.sorted()
        let builtIn = BuiltIn.files(in: folder)
        #expect(builtIn.map(\.name) == onDisk)
        for file in builtIn {
            let text = try String(contentsOfFile: packageRoot + "/" + file.path, encoding: .utf8)
            #expect(file.text == text, "\(file.path) differs from its built-in copy")
        }
    }

    @Test func aMemoRendersFromAnEmptyFolderWithNoVariables() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.copyItem(atPath: packageRoot + "/samples/notat-kort.yaml", toPath: folder + "/notat.yaml")
        let run = try committeeDocs(["render", "notat.yaml", "--out", "ud"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let rendered = try String(contentsOfFile: folder + "/ud/2024-18822/2024-410065-notat.txt", encoding: .utf8)
        let golden = try String(contentsOfFile: packageRoot + "/output/2024-18822/2024-410065-notat.txt", encoding: .utf8)
        #expect(rendered == golden)
    }

    @Test func aPlanIsCheckedAgainstTheBuiltInRulesFromAnyFolder() throws {
        let run = try committeeDocs(["check", packageRoot + "/samples/invalid/lbf-over-tre-fjerdedele.yaml"], in: NSTemporaryDirectory())
        #expect(run.status == 65)
        #expect(run.stderr.contains("Landsbyggefonden pays 78,0 pct."))
    }

    @Test func exportedTemplatesAreTheBuiltInOnesAndRenderTheSameBytes() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let export = try committeeDocs(["templates", "export", folder + "/skabeloner"])
        #expect(export.status == 0, "\(export.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder + "/skabeloner").sorted()
        #expect(names == BuiltIn.templates.map(\.name))
        #expect(export.stdout.split(separator: "\n").count == names.count)

        let own = try committeeDocs(["render", "samples/notat-omraadebaserede-indsatser.yaml", "--templates", folder + "/skabeloner",
                                     "--out", folder + "/egne"])
        let builtIn = try committeeDocs(["render", "samples/notat-omraadebaserede-indsatser.yaml", "--out", folder + "/indbyggede"])
        #expect(own.status == 0 && builtIn.status == 0, "\(own.stderr)\(builtIn.stderr)")
        for file in filesBelow(folder + "/indbyggede") where file.hasSuffix(".html") || file.hasSuffix(".txt") {
            #expect(FileManager.default.contents(atPath: folder + "/egne/" + file) == FileManager.default.contents(atPath: folder + "/indbyggede/" + file))
        }
    }

    @Test func exportOverwritesNothing() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "mit eget notat".write(toFile: folder + "/notat.md", atomically: true, encoding: .utf8)
        let run = try committeeDocs(["templates", "export", folder])
        #expect(run.status == 73)
        #expect(run.stderr == "\(folder)/notat.md: error: the file exists; nothing was written\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["notat.md"])
        #expect(try String(contentsOfFile: folder + "/notat.md", encoding: .utf8) == "mit eget notat")
    }

    /// A dangling link passes the check for existing files and then refuses the create: the
    /// templates written before it are removed again, so the folder is as it was.
    @Test func anExportThatFailsPartWayLeavesNothing() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createSymbolicLink(atPath: folder + "/referat.md", withDestinationPath: folder + "/findes-ikke")
        let run = try committeeDocs(["templates", "export", folder])
        #expect(run.status == 73)
        #expect(run.stderr.hasPrefix("\(folder)/referat.md: error: cannot create: "))
        #expect(run.stdout == "")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["referat.md"])
    }

    @Test func theTemplatesVariableStillOverridesTheBuiltInOnes() throws {
        let run = try committeeDocs(["check", "samples/notat-kort.yaml"], environment: ["COMMITTEE_DOCS_TEMPLATES": "/findes-ikke"])
        #expect(run.status == 66)
        #expect(run.stderr == "/findes-ikke: error: no such template folder\n")
    }
}

/// `new KIND [FILE]`: a starter file an official fills in, which `check` accepts as written.
@Suite("Starter files")
struct StarterFileTests {
    @Test(arguments: ["notat", "indstilling", "plan", "møde"])
    func aStarterFileIsAcceptedAsWritten(kind: String) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try committeeDocs(["new", kind, "--date", "2026-11-30"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "\(kind).yaml\n")
        let text = try String(contentsOfFile: folder + "/\(kind).yaml", encoding: .utf8)
        #expect(!text.contains("{{"), "an unfilled field in the \(kind) starter")
        #expect(text.contains("2026-11-30"))
        #expect(text.contains("[Dit navn]") || text.contains("[Punktets titel]"), "placeholders read as placeholders")
        let check = try committeeDocs(["check", "\(kind).yaml"], in: folder)
        #expect(check.status == 0, "\(check.stderr)")
        let schema = kind == "møde" ? "moede" : kind == "notat" ? "notat" : "plan"
        let validator = try python(["-m", "check_jsonschema", "--schemafile", packageRoot + "/schemas/\(schema).schema.json", "\(kind).yaml"],
                                   in: folder)
        #expect(validator.status == 0, "the \(kind) starter breaks its schema: \(validator.stdout)")
        let render = try committeeDocs(kind == "møde" ? ["packet", "\(kind).yaml", "--out", "ud"] : ["render", "\(kind).yaml", "--out", "ud"],
                                       in: folder)
        #expect(render.status == 0, "\(render.stderr)")
    }

    @Test func aPlanStarterHasTheLBFPeriodAndAreasInForceOnItsDate() throws {
        let run = try committeeDocs(["new", "plan", "-", "--date", "2020-03-02"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("lbf-periode: 2019-26\n"))
        #expect(run.stdout.contains("    - {navn: Sammenhængskraft og medborgerskab, beløb: 1.000.000 kr.}\n"))
        #expect(run.stdout.contains("periode: {start: 2020-03-02, slut: 2024-03-01}"))
        #expect(run.stdout.contains("  - {udvalg: TMU, dato: 2020-03-16, status: planlagt}"))
    }

    @Test func withoutAnLBFPeriodInForceThePlanStarterIsRefused() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try committeeDocs(["new", "plan", "--date", "2040-01-01"], in: folder)
        #expect(run.status == 65)
        #expect(run.stderr.contains("no LBF period for helhedsplaner is in force on 01-01-2040"))
        #expect(filesBelow(folder) == [])
    }

    @Test func anExistingFileIsNeverOverwritten() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "mit notat".write(toFile: folder + "/notat.yaml", atomically: true, encoding: .utf8)
        let run = try committeeDocs(["new", "notat"], in: folder)
        #expect(run.status == 73)
        #expect(run.stderr == "notat.yaml: error: the file exists; it was not overwritten\n")
        #expect(try String(contentsOfFile: folder + "/notat.yaml", encoding: .utf8) == "mit notat")
    }

    @Test func aDecisionsFileHasNoStarter() throws {
        let run = try committeeDocs(["new", "referat"])
        #expect(run.status == 64)
    }
}

/// `schema KIND` prints the committed schema, compiled into the program.
@Suite("The schema command")
struct SchemaCommandTests {
    @Test(arguments: [("notat", "notat"), ("plan", "plan"), ("indstilling", "plan"), ("møde", "moede"), ("moede", "moede"),
                      ("referat", "referat")])
    func itPrintsTheCommittedSchema(kind: String, file: String) throws {
        let run = try committeeDocs(["schema", kind], in: NSTemporaryDirectory())
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == (try String(contentsOfFile: packageRoot + "/schemas/\(file).schema.json", encoding: .utf8)))
    }

    @Test func thePrintedPlanSchemaValidatesEveryPlanSampleWithAnIndependentValidator() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try committeeDocs(["schema", "plan"])
        try run.stdout.write(toFile: folder + "/plan.schema.json", atomically: true, encoding: .utf8)
        let plans = allSamples().filter { $0.hasPrefix("plan-") || $0.hasPrefix("invalid/") }.map { packageRoot + "/samples/" + $0 }
        #expect(plans.count >= 16)
        let check = try python(["-m", "check_jsonschema", "--schemafile", folder + "/plan.schema.json"] + plans)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains("ok -- validation done"))
    }

    @Test func anUnknownKindIsAUsageError() throws {
        let run = try committeeDocs(["schema", "dagsorden"])
        #expect(run.status == 64)
    }
}
