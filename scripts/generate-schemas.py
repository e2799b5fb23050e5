#!/usr/bin/env python3
"""Writes the JSON Schemas (draft 2020-12) under schemas/ for the data files officials edit.

Each schema is self-contained (an editor or `committee-docs schema X` hands out one file), so the
shared definitions live here, once, and are copied into every schema that uses them. The schemas
follow the loader (Sources/CommitteeDocsModel/*Decoder.swift, Sources/CommitteeDocsFormatting/*+Parsing.swift); where they
cannot say what the loader checks, README.md's "Editor help (JSON Schema)" lists it.

    python3 scripts/generate-schemas.py           # writes schemas/*.schema.json
    python3 scripts/generate-schemas.py --check   # exits 1 when a committed schema is out of date
"""
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BASE = "https://committee-docs.invalid/schemas/"
NULL = {"type": "null"}


def ref(name):
    return {"$ref": f"#/$defs/{name}"}


def optional(schema):
    """A key the loader treats as absent when its value is null (`key:` or `key: ~`)."""
    if "$ref" in schema and len(schema) == 1:
        return {"anyOf": [schema, NULL]}
    if "enum" in schema:
        return {**schema, "enum": schema["enum"] + [None]}
    if "type" in schema:
        # Keeps the validator's errors inside the list or mapping (an anyOf reports them above it).
        types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        return {**schema, "type": types + ["null"]}
    return {"anyOf": [schema, NULL]}


def described(schema, description):
    return {**schema, "description": description}


def present(key):
    """`key` is written with a value other than null (the loader's `Fields.present`)."""
    return {"required": [key], "properties": {key: {"not": NULL}}}


def absent(key):
    """`key` is left out or null."""
    return {"properties": {key: NULL}}


def mapping(properties, required, description=None, **extra):
    schema = {"type": "object"}
    if description:
        schema["description"] = description
    schema["properties"] = properties
    if required:
        schema["required"] = required
    schema["additionalProperties"] = False
    schema.update(extra)
    return schema


def listing(items, description, non_empty=False):
    schema = {"type": "array", "description": description, "items": items}
    if non_empty:
        schema["minItems"] = 1
    # DataReader.maximumListLength
    schema["maxItems"] = 10000
    return schema


# --- Values (Sources/CommitteeDocsFormatting, Sources/CommitteeDocsModel/Identifiers.swift) -----------------------------

DIGIT = "[0-9]"
YEAR_1900_2199 = "(?:19|20|21)[0-9]{2}"
LEAP_1900_2199 = "(?:(?:19|20|21)(?:0[48]|[2468][048]|[13579][26])|2000)"
ISO_DAY = ("(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])"
           "|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)"
           "|02-(?:0[1-9]|1[0-9]|2[0-8]))")
DANISH_DAY = ("(?:(?:0[1-9]|[12][0-9]|3[01])-(?:0[13578]|1[02])"
              "|(?:0[1-9]|[12][0-9]|30)-(?:0[469]|11)"
              "|(?:0[1-9]|1[0-9]|2[0-8])-02)")
DATE = (f"^\\s*(?:{YEAR_1900_2199}-{ISO_DAY}|{LEAP_1900_2199}-02-29"
        f"|{DANISH_DAY}-{YEAR_1900_2199}|29-02-{LEAP_1900_2199})\\s*$")
TIME = "^\\s*(?:kl\\.\\s*)?(?:[01]?[0-9]|2[0-3])[:.][0-5][0-9]\\s*$"
# Amount.parse: "." or spaces (also no-break spaces) group thousands, never both; "," with one or
# two øre digits or "-"; without a comma a single "." before one or two digits is a decimal point.
SPACE = "[ \u00a0\u202f]"
PLAIN = "[0-9]+"
DOTTED = "[0-9]{1,3}(?:\\.[0-9]{3})+"
SPACED = f"[0-9]{{1,3}}(?:{SPACE}[0-9]{{3}})+"
COMMA = ",(?:[0-9]{1,2}|-)"
POINT = "\\.[0-9]{1,2}"
AMOUNT_BODY = (f"(?:(?:{PLAIN}|{SPACED})(?:{COMMA}|{POINT})?|{DOTTED}(?:{COMMA})?)")
AMOUNT = f"^\\s*[-\u2212]?{AMOUNT_BODY}\\s*(?:kr\\.?)?\\s*$"
CASE_NUMBER = "^(?:19[7-9][0-9]|20[0-9]{2})-[0-9]{4,7}$"
KLE = "^[0-9]{2}\\.[0-9]{2}\\.[0-9]{2}(?:[A-Z][0-9]{2})?$"
MEETING_BODIES = ["BR", "ØU", "TMU", "KFU", "BUU", "SUD", "SOU", "BIU"]
ITEM_NUMBER = f"^(?:{'|'.join(MEETING_BODIES)}) [0-9]{{1,5}}/[0-9]{{2}}$"

DEFS = {
    "tekst": {
        "description": "Tekst, der ikke må være tom. Et tal eller true/false læses også som tekst.",
        "type": ["string", "number", "boolean"],
        "pattern": "\\S",
    },
    "fritekst": {
        "description": "Tekst i Markdown; den må være tom.",
        "type": ["string", "number", "boolean"],
    },
    "dato": {
        "description": "En dato skrevet ÅÅÅÅ-MM-DD (2019-10-10) eller DD-MM-ÅÅÅÅ (10-10-2019). "
                       "Datoen skal findes i kalenderen, og året skal ligge i 1900–2199.",
        "type": "string",
        "pattern": DATE,
        "examples": ["2019-10-10", "10-10-2019"],
    },
    "tid": {
        "description": "Et klokkeslæt skrevet TT.MM eller TT:MM, eventuelt med \"kl.\" foran, f.eks. \"17.30\". "
                       "Sæt det i anførselstegn: uden dem læser YAML 17.30 som et tal.",
        "type": "string",
        "pattern": TIME,
        "examples": ["17.30", "kl. 9.00", "15:00"],
    },
    "sagsnr": {
        "description": "Sagsnummer: årstal, bindestreg og 4–7 cifre, f.eks. 2009-45219. Året skal ligge i 1970–2099.",
        "type": "string",
        "pattern": CASE_NUMBER,
        "examples": ["2009-45219"],
    },
    "dokumentnr": {
        "description": "Dokumentnummer: årstal, bindestreg og 4–7 cifre, f.eks. 2009-199623. Året skal ligge i 1970–2099.",
        "type": "string",
        "pattern": CASE_NUMBER,
        "examples": ["2009-199623"],
    },
    "kle": {
        "description": "KLE-journalnummer: NN.NN.NN, eventuelt med en handlingsfacet (et stort bogstav og to cifre), "
                       "f.eks. 00.22.04P35.",
        "type": "string",
        "pattern": KLE,
        "examples": ["00.22.04P35", "02.00.05G01"],
    },
    "adgang": {
        "description": "Om dokumentet eller punktet er åbent eller lukket. Uden nøglen er det åbent.",
        "enum": ["åben", "lukket"],
    },
    "beløb": {
        "description": "Et beløb i kroner: et tal (6000000) eller tekst på dansk, f.eks. \"6.000.000\", "
                       "\"6 000 000 kr.\", \"1.234,50 kr.\" eller \"100,-\". Tusinder grupperes med punktum "
                       "eller mellemrum (ikke begge), ører skrives med komma og højst to cifre.",
        "anyOf": [{"type": "number"}, {"type": "string", "pattern": AMOUNT}],
        "examples": ["24.000.000 kr.", 6000000, "1.234,50 kr."],
    },
    "positivtBeløb": {
        "description": "Et beløb på mere end 0 kr. (se \"beløb\").",
        "anyOf": [
            {"type": "number", "exclusiveMinimum": 0},
            {"type": "string", "pattern": AMOUNT,
             "allOf": [{"pattern": "[1-9]"}, {"not": {"pattern": "^\\s*[-\u2212]"}}]},
        ],
    },
    "ikkeNegativtBeløb": {
        "description": "Et beløb på 0 kr. eller mere (se \"beløb\").",
        "anyOf": [
            {"type": "number", "minimum": 0},
            {"type": "string", "pattern": AMOUNT, "not": {"pattern": "^\\s*[-\u2212]"}},
        ],
    },
    "udvalg": {
        "description": "Et organ på sagens vej: TMU (Teknik- og Miljøudvalget), ØU (Økonomiudvalget), "
                       "BR (Borgerrepræsentationen) eller LBF (Landsbyggefonden).",
        "enum": ["TMU", "ØU", "BR", "LBF"],
    },
    "mødeudvalg": {
        "description": "Organet, der holder mødet: BR (Borgerrepræsentationen), ØU (Økonomiudvalget), "
                       "TMU (Teknik- og Miljøudvalget), KFU (Kultur- og Fritidsudvalget), BUU (Børne- og "
                       "Ungdomsudvalget), SUD (Sundheds- og Omsorgsudvalget), SOU (Socialudvalget) eller BIU "
                       "(Beskæftigelses- og Integrationsudvalget).",
        "enum": MEETING_BODIES,
    },
    "punktnummer": {
        "description": "Punktets løbenummer: organets forkortelse, mellemrum, nummeret, skråstreg og årets to "
                       "sidste cifre, f.eks. BR 294/08.",
        "type": "string",
        "pattern": ITEM_NUMBER,
        "examples": ["BR 412/19", "TMU 231/19"],
    },
    "underskrift": listing(
        mapping({
            "navn": described(ref("tekst"), "Underskriverens navn."),
            "titel": described(ref("tekst"), "Underskriverens stilling, f.eks. \"Direktør\"."),
        }, ["navn", "titel"], "En, der underskriver dokumentet."),
        "Dem, der underskriver, i rækkefølge.", non_empty=True),
}


def schema_key():
    return described(ref("tekst"), "Stien til filens JSON Schema, f.eks. \"../schemas/notat.schema.json\". "
                                   "Editoren bruger den; committee-docs ser bort fra den.")


def access_rules():
    """lukket-grund only with adgang: lukket (DataReader.access)."""
    return {"if": present("lukket-grund"),
            "then": {"required": ["adgang"], "properties": {"adgang": {"const": "lukket"}}}}


def access_properties(what):
    return {
        "adgang": described(optional(ref("adgang")), f"Adgangen til {what}: åben eller lukket. Uden nøglen er {what} åbent."),
        "lukket-grund": described(optional(ref("tekst")),
                                  f"Hjemlen til at lukke {what}, f.eks. \"offentlighedslovens § 30, nr. 1 "
                                  "(private personers økonomiske forhold)\". Kun sammen med \"adgang: lukket\"."),
    }


def sections_defs():
    sub = mapping({
        "betegnelse": described(optional(ref("tekst")), "En betegnelse foran overskriften, f.eks. \"A\" i \"A: Fælles politik\"."),
        "overskrift": described(ref("tekst"), "Underafsnittets overskrift."),
        "tekst": described(ref("fritekst"), "Underafsnittets tekst i Markdown."),
        "afsnit": described(NULL, "Underafsnit kan ikke have egne underafsnit: afsnit går højst to niveauer ned."),
    }, ["overskrift", "tekst"], "Et underafsnit: en overskrift og en tekst.")
    section = mapping({
        "betegnelse": described(optional(ref("tekst")), "En betegnelse foran overskriften, f.eks. \"A\" i \"A: Fælles politik\"."),
        "overskrift": described(ref("tekst"), "Afsnittets overskrift, f.eks. \"Baggrund\"."),
        "tekst": described(optional(ref("fritekst")), "Afsnittets tekst i Markdown."),
        "afsnit": described(optional(listing(ref("underafsnit"), "Underafsnittene, f.eks. A og B.")),
                            "Underafsnittene, f.eks. A og B."),
    }, ["overskrift"], "Et afsnit: en overskrift og en tekst, underafsnit eller begge.",
        anyOf=[present("tekst"), present("afsnit")])
    return {"afsnit": section, "underafsnit": sub}


def sections_list(description):
    return listing(ref("afsnit"), description, non_empty=True)


# --- notat (SubmissionDecoder) ----------------------------------------------------------------

def notat_schema():
    properties = {
        "$schema": schema_key(),
        "dokument": described({"const": "notat"}, "Dokumentets art. En fil med nøglen \"dokument\" er et notat; "
                                                   "indstillinger og ansøgninger skrives i en plan."),
        "til": described(ref("tekst"), "Modtageren, som den står i \"Til …\", f.eks. \"Teknik- og Miljøudvalget\"."),
        "titel": described(ref("tekst"), "Notatets titel."),
        "dato": described(ref("dato"), "Notatets dato."),
        "sagsnr": described(ref("sagsnr"), "Sagens nummer, f.eks. 2009-45219."),
        "dokumentnr": described(ref("dokumentnr"), "Notatets dokumentnummer, f.eks. 2009-199623."),
        "sagsbehandler": described(ref("tekst"), "Sagsbehandlerens navn."),
        "forvaltning": described(optional(ref("tekst")), "Forvaltningen, f.eks. \"Teknik- og Miljøforvaltningen\"."),
        "center": described(optional(ref("tekst")), "Centret i forvaltningen, f.eks. \"Center for Byfornyelse\"."),
        "kle": described(optional(ref("kle")), "Sagens KLE-nummer, f.eks. 00.22.04P35."),
        **access_properties("notatet"),
        "afsnit": sections_list("Notatets afsnit i rækkefølge."),
    }
    defs = {k: DEFS[k] for k in ["tekst", "fritekst", "dato", "sagsnr", "dokumentnr", "kle", "adgang"]}
    defs.update(sections_defs())
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": BASE + "notat.schema.json",
        "title": "Notat",
        "description": "Et notat til et udvalg (dokument: notat), som committee-docs sætter op som XHTML, Markdown "
                       "og tekst. Skemaet tjekker filens form; committee-docs check tjekker resten.",
        **mapping(properties, ["dokument", "til", "titel", "dato", "sagsnr", "dokumentnr", "sagsbehandler", "afsnit"],
                  **access_rules()),
        "$defs": defs,
    }


# --- plan (PlanDecoder) -----------------------------------------------------------------------

def plan_document_defs():
    common = {
        "dokument": None,
        "dokumentnr": described(ref("dokumentnr"), "Dokumentets nummer, f.eks. 2019-0874120."),
        "dato": described(ref("dato"), "Dokumentets dato."),
        "til": described(ref("udvalg"), "Modtageren: TMU, ØU, BR eller LBF."),
        "titel": described(optional(ref("tekst")), "Dokumentets titel. Uden nøglen bruges planens titel."),
        "sagsbehandler": described(optional(ref("tekst")), "Sagsbehandleren. Uden nøglen bruges sagens sagsbehandler."),
        **access_properties("dokumentet"),
    }

    def document(kind, description, extra, required):
        properties = dict(common)
        properties["dokument"] = described({"const": kind}, "Dokumentets art.")
        properties.update(extra)
        return mapping(properties, ["dokument", "dokumentnr", "dato"] + required, description, **access_rules())

    notat = document("notat", "Et notat udfyldt med sagens oplysninger.", {
        "afsnit": sections_list("Notatets afsnit i rækkefølge."),
    }, ["til", "afsnit"])
    indstilling = document("indstilling", "En indstilling til et udvalg eller Borgerrepræsentationen.", {
        "resumé": described(ref("tekst"), "Sagens resumé i én eller to sætninger."),
        "indstilling": listing({"type": "string", "pattern": "^at ",
                                "description": "Et indstillingspunkt, der begynder med \"at \", f.eks. "
                                               "\"at helhedsplanen godkendes\"."},
                               "Indstillingens punkter; de nummereres 1., 2., … i dokumentet.", non_empty=True),
        "problemstilling": described(ref("tekst"), "Afsnittet \"Problemstilling\" i Markdown."),
        "løsning": described(ref("tekst"), "Afsnittet \"Løsning\" i Markdown."),
        "økonomi": described(ref("tekst"), "Teksten i afsnittet \"Økonomi\" før finansieringstabellen."),
        "videre-proces": described(optional(ref("tekst")), "Teksten i afsnittet \"Videre proces\" efter sagens forløb."),
        "bilag": described(optional(listing(ref("tekst"), "Bilagenes titler; teksten henviser til dem som \"jf. bilag 2\".")),
                           "Bilagenes titler; teksten henviser til dem som \"jf. bilag 2\"."),
        "underskrift": ref("underskrift"),
    }, ["til", "resumé", "indstilling", "problemstilling", "løsning", "økonomi", "underskrift"])
    ansøgning = document("ansøgning", "En ansøgning til Landsbyggefonden om støtte til en helhedsplan.", {
        "indledning": described(ref("tekst"), "Ansøgningens indledning i Markdown."),
        "anbefaling": described(ref("tekst"), "Kommunens anbefaling i Markdown."),
        "underskrift": ref("underskrift"),
    }, ["indledning", "anbefaling", "underskrift"])
    ansøgning["properties"]["til"] = described(optional(ref("udvalg")), "Modtageren. Uden nøglen går ansøgningen til LBF.")
    kinds = ["notat", "indstilling", "ansøgning"]
    chooser = {
        "type": "object",
        "description": "Et dokument, som planen giver: et notat, en indstilling eller en ansøgning.",
        "required": ["dokument"],
        "properties": {"dokument": {"enum": kinds, "description": "Dokumentets art: notat, indstilling eller ansøgning."}},
        "allOf": [{"if": {"required": ["dokument"], "properties": {"dokument": {"const": kind}}}, "then": ref(f"{kind}Dokument")}
                  for kind in kinds],
    }
    return {"dokument": chooser, "notatDokument": notat, "indstillingDokument": indstilling,
            "ansøgningDokument": ansøgning}


def plan_schema():
    helhedsplan_only = ["boligorganisation", "afdelinger", "lbf-periode"]
    route_step = mapping({
        "udvalg": described(ref("udvalg"), "Organet, der behandler sagen: TMU, ØU, BR eller LBF."),
        "dato": described(ref("dato"), "Mødets dato (for LBF datoen for afgørelsen)."),
        "status": described(optional({"enum": ["planlagt", "godkendt", "afvist", "udsat"]}),
                            "Trinets udfald: planlagt (standard), godkendt, afvist eller udsat. Ikke sammen med \"referat\"."),
        "beslutning": described(optional(ref("tekst")),
                                "Beslutningen, som den blev ført til protokol, f.eks. \"Indstillingen blev godkendt.\" "
                                "Ikke sammen med \"referat\"."),
        "referat": described(optional(ref("tekst")),
                             "Mødets beslutningsprotokol (en *-referat.yaml-fil, relativt til planen), som trinets "
                             "udfald læses fra. Så skrives status og beslutning ikke i planen."),
    }, ["udvalg", "dato"], "Et trin på sagens vej: et møde og dets udfald.",
        **{"if": present("referat"), "then": {"properties": {"status": NULL, "beslutning": NULL}}})
    properties = {
        "$schema": schema_key(),
        "plan": described({"enum": ["helhedsplan", "områdefornyelse"]},
                          "Planens art: helhedsplan (støttet af Landsbyggefonden) eller områdefornyelse (med statslig refusion)."),
        "fase": described({"enum": ["foreløbig", "endelig"]},
                          "Foreløbig plan, eller endelig plan efter Landsbyggefondens foreløbige tilsagn."),
        "titel": described(ref("tekst"), "Planens titel, f.eks. \"Boligsocial helhedsplan for Solhaven 2020-2023\"."),
        "område": described(ref("tekst"), "Området, planen gælder, f.eks. \"Solhaven, Valby\"."),
        "periode": mapping({
            "start": described(ref("dato"), "Den første dag i perioden."),
            "slut": described(ref("dato"), "Den sidste dag i perioden (ikke før start)."),
        }, ["start", "slut"], "Planens periode, begge dage medregnet."),
        "sag": mapping({
            "sagsnr": described(ref("sagsnr"), "Sagens nummer, f.eks. 2019-0412587."),
            "kle": described(optional(ref("kle")), "Sagens KLE-nummer, f.eks. 00.22.04P35."),
            "forvaltning": described(ref("tekst"), "Forvaltningen, f.eks. \"Teknik- og Miljøforvaltningen\"."),
            "center": described(optional(ref("tekst")), "Centret i forvaltningen."),
            "sagsbehandler": described(ref("tekst"), "Sagsbehandlerens navn."),
            "direktør": described(optional(ref("tekst")), "Direktøren, der underskriver indstillinger."),
        }, ["sagsnr", "forvaltning", "sagsbehandler"], "Sagen, som alle planens dokumenter hører til."),
        "boligorganisation": described(optional(ref("tekst")), "Kun helhedsplaner: boligorganisationen, der søger."),
        "afdelinger": described(optional(listing(mapping({
            "navn": described(ref("tekst"), "Afdelingens navn."),
            "husstande": described({"anyOf": [{"type": "integer", "minimum": 1, "maximum": 1000000},
                                              {"type": "string", "pattern": "^\\+?0*(?:[1-9][0-9]{0,5}|1000000)$"}]},
                                   "Antal husstande i afdelingen: et helt tal fra 1, f.eks. 412."),
        }, ["navn", "husstande"], "En boligafdeling, som planen dækker."),
            "Kun helhedsplaner: boligafdelingerne med deres antal husstande.", non_empty=True)),
            "Kun helhedsplaner: boligafdelingerne med deres antal husstande."),
        "lbf-periode": described(optional(ref("tekst")),
                                 "Kun helhedsplaner: Landsbyggefondens støtteperiode, f.eks. \"2019-26\"."),
        "budget": mapping({
            "total": described(ref("positivtBeløb"), "Budgettets samlede beløb (mere end 0 kr.)."),
            "indsatsområder": listing(mapping({
                "navn": described(ref("tekst"), "Indsatsområdets navn, f.eks. \"Uddannelse og livschancer\"."),
                "beløb": described(ref("ikkeNegativtBeløb"), "Beløbet til indsatsområdet (0 kr. eller mere)."),
            }, ["navn", "beløb"], "Et indsatsområde og dets beløb."),
                "Budgettet fordelt på indsatsområder; beløbene skal give totalen.", non_empty=True),
        }, ["total", "indsatsområder"], "Budgettet: totalen og dens fordeling på indsatsområder."),
        "finansiering": listing(mapping({
            "kilde": described(ref("tekst"), "Hvem der betaler, f.eks. \"Københavns Kommune\"."),
            "art": described({"enum": ["lbf", "kommune", "boligorganisation", "afdeling", "stat", "andre"]},
                             "Kildens art: lbf, kommune, boligorganisation, afdeling, stat eller andre."),
            "beløb": described(ref("positivtBeløb"), "Kildens beløb (mere end 0 kr.)."),
        }, ["kilde", "art", "beløb"], "En finansieringskilde."),
            "Hvem der betaler hvor meget; beløbene skal give budgettets total.", non_empty=True),
        "forløb": listing(route_step, "Sagens vej gennem TMU, ØU, BR og LBF, i rækkefølge.", non_empty=True),
        "foreløbig": described(optional(mapping({
            "dokumentnr": described(optional(ref("dokumentnr")), "Dokumentnummeret på den foreløbige plan."),
            "godkendt": described(optional(ref("dato")), "Datoen, hvor Borgerrepræsentationen godkendte den foreløbige plan."),
        }, [], "Henvisning til den godkendte foreløbige plan.")),
            "En endelig plans henvisning til den godkendte foreløbige plan."),
        "dokumenter": listing(ref("dokument"), "De dokumenter, planen giver, i rækkefølge.", non_empty=True),
    }
    defs = {k: DEFS[k] for k in ["tekst", "fritekst", "dato", "sagsnr", "dokumentnr", "kle", "adgang",
                                 "positivtBeløb", "ikkeNegativtBeløb", "udvalg", "underskrift"]}
    defs.update(sections_defs())
    defs.update(plan_document_defs())
    kind_rules = [
        {"if": {"required": ["plan"], "properties": {"plan": {"const": "helhedsplan"}}},
         "then": {"allOf": [present(key) for key in helhedsplan_only]}},
        {"if": {"required": ["plan"], "properties": {"plan": {"const": "områdefornyelse"}}},
         "then": {"properties": {key: False for key in helhedsplan_only}}},
    ]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": BASE + "plan.schema.json",
        "title": "Plan",
        "description": "En helhedsplan eller områdefornyelse med budget, finansiering, forløb og de dokumenter, "
                       "planen giver. Skemaet tjekker filens form; committee-docs check tjekker også "
                       "finansierings- og forløbsreglerne.",
        **mapping(properties, ["plan", "fase", "titel", "område", "periode", "sag", "budget", "finansiering",
                               "forløb", "dokumenter"], allOf=kind_rules),
        "$defs": defs,
    }


# --- møde (MeetingDecoder) --------------------------------------------------------------------

def moede_schema():
    attachment = mapping({
        "titel": described(ref("tekst"), "Bilagets titel."),
        "fil": described({"type": ["string", "number", "boolean"],
                          "pattern": "^(?![/~])(?!(?:\\.?/)*\\.\\.(?:/|$))(?=[\\s\\S]*\\S)"},
                         "Bilagets fil, relativt til mødefilens mappe og inden for den, f.eks. \"bilag/brev.txt\"."),
        "adgang": described(optional(ref("adgang")),
                            "Om bilaget er åbent eller lukket. Uden nøglen følger det punktet; et lukket punkts bilag kan ikke være åbne."),
    }, ["titel", "fil"], "Et bilag til punktet.")
    item = mapping({
        "titel": described(ref("tekst"), "Punktets titel på dagsordenen."),
        "nummer": described(ref("punktnummer"), "Punktets løbenummer, f.eks. \"BR 412/19\"; hvert punkt har sit eget."),
        "sagsnr": described(ref("sagsnr"), "Sagens nummer, f.eks. 2019-0412587."),
        **access_properties("punktet"),
        "behandling": described({"enum": [1, 2, "1", "2", None]},
                                "Behandlingen, når organet behandler sagen to gange: 1 eller 2 (vises som \"(1. behandling)\")."),
        "kilde": described(optional(ref("tekst")),
                           "Plan- eller notatfilen, punktet kommer fra, relativt til mødefilen. Enten \"kilde\" eller \"tekst\"."),
        "dokumentnr": described(optional(ref("dokumentnr")),
                                "Hvilket af planens dokumenter punktet viser (kun med \"kilde\")."),
        "tekst": described(optional(ref("tekst")), "Punktets tekst i Markdown, når det ikke kommer fra en fil. Enten \"kilde\" eller \"tekst\"."),
        "bilag": described(optional(listing(ref("bilag"), "Punktets bilag, nummereret 1, 2, … i rækkefølge.")),
                           "Punktets bilag, nummereret 1, 2, … i rækkefølge."),
    }, ["titel", "nummer", "sagsnr"], "Et punkt på dagsordenen.", allOf=[
        access_rules(),
        {"oneOf": [{"allOf": [present("kilde"), absent("tekst")]},
                   {"allOf": [present("tekst"), absent("kilde"), absent("dokumentnr")]}]},
        {"if": {"required": ["adgang"], "properties": {"adgang": {"const": "lukket"}}},
         "then": {"properties": {"bilag": {"items": {"properties": {"adgang": {"not": {"const": "åben"}}}}}}}},
    ])
    properties = {
        "$schema": schema_key(),
        "møde": mapping({
            "udvalg": described(ref("mødeudvalg"), "Organet, der holder mødet, f.eks. BR."),
            "type": described({"enum": ["ordinært", "ekstraordinært"]}, "Mødets type: ordinært eller ekstraordinært."),
            "dato": described(ref("dato"), "Mødets dato."),
            "tid": described(ref("tid"), "Mødets starttidspunkt, f.eks. \"17.30\"."),
            "sted": described(ref("tekst"), "Mødestedet, f.eks. \"Rådhuset, Borgerrepræsentationens mødesal\"."),
            "tillæg-til": described(optional(ref("tekst")),
                                    "En tillægsdagsorden: mødefilen med den ordinære dagsorden, relativt til denne fil."),
        }, ["udvalg", "type", "dato", "tid", "sted"], "Mødet: organ, type, dato, tid og sted."),
        "punkter": listing(ref("punkt"), "Dagsordenens punkter i rækkefølge; lukkede punkter står sidst.", non_empty=True),
    }
    defs = {k: DEFS[k] for k in ["tekst", "dato", "tid", "sagsnr", "dokumentnr", "adgang", "mødeudvalg", "punktnummer"]}
    defs.update({"punkt": item, "bilag": attachment})
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": BASE + "moede.schema.json",
        "title": "Møde",
        "description": "Et møde i Borgerrepræsentationen eller et udvalg med dagsordenens punkter og bilag; "
                       "committee-docs packet bygger mødets pakke af filen.",
        **mapping(properties, ["møde", "punkter"]),
        "$defs": defs,
    }


# --- referat (DecisionsDecoder) ---------------------------------------------------------------

def referat_schema():
    votes = {"anyOf": [{"type": "integer", "minimum": 0, "maximum": 1000},
                       {"type": "string", "pattern": "^(?:[0-9]{1,3}|0[0-9]{3}|1000)$"}],
             "description": "Antal stemmer: et helt tal fra 0, f.eks. 9."}
    side = mapping({
        "partier": described(optional(listing(ref("tekst"), "Partiernes bogstaver, f.eks. [A, B, F].")),
                             "Partiernes bogstaver, f.eks. [A, B, F]. Et parti stemmer kun på én måde."),
        "antal": described(votes, "Antal stemmer, mindst én pr. parti."),
    }, ["antal"], "Den ene side af en afstemning: partierne og antal stemmer.")
    decision = mapping({
        "nummer": described(ref("punktnummer"), "Punktets løbenummer, som det står i mødefilen, f.eks. \"BR 412/19\"."),
        "resultat": described({"enum": ["godkendt", "ikke godkendt", "udsat", "taget til efterretning"]},
                              "Beslutningen: godkendt, ikke godkendt, udsat eller taget til efterretning."),
        "afstemning": described(optional(mapping({
            "for": described(ref("side"), "De, der stemte for."),
            "imod": described(ref("side"), "De, der stemte imod."),
            "undlod": described(optional(ref("side")), "De, der undlod at stemme."),
        }, ["for", "imod"], "Afstemningen. Uden den står der \"… uden afstemning\".")),
            "Afstemningen. Uden den står der \"… uden afstemning\"; et punkt taget til efterretning har ingen."),
        "tekst": described(optional(ref("tekst")), "Beslutningens tekst i Markdown, f.eks. en ændring af indstillingen."),
        "protokolbemærkninger": described(optional(listing(mapping({
            "af": described(ref("tekst"), "Hvem bemærkningen er fra, f.eks. \"Venstre\"."),
            "tekst": described(ref("tekst"), "Bemærkningens tekst i Markdown."),
        }, ["af", "tekst"], "En protokolbemærkning."), "Protokolbemærkninger til punktet.")),
            "Protokolbemærkninger til punktet."),
    }, ["nummer", "resultat"], "Beslutningen i ét punkt.", **{
        "if": {"required": ["resultat"], "properties": {"resultat": {"const": "taget til efterretning"}}},
        "then": absent("afstemning")})
    properties = {
        "$schema": schema_key(),
        "referat": mapping({
            "møde": described(ref("tekst"), "Mødefilen, referatet hører til, relativt til denne fil, f.eks. \"br-2019-10-10.yaml\"."),
            "start": described(ref("tid"), "Hvornår mødet startede, f.eks. \"17.30\"."),
            "slut": described(ref("tid"), "Hvornår mødet sluttede (efter start)."),
            "fraværende": described(optional(listing(mapping({
                "navn": described(ref("tekst"), "Medlemmets navn."),
                "parti": described(ref("tekst"), "Medlemmets parti, f.eks. A."),
                "grund": described(optional(ref("tekst")), "Grunden til afbuddet, f.eks. sygdom."),
            }, ["navn", "parti"], "Et medlem, der var fraværende med afbud."), "Medlemmer, der var fraværende med afbud.")),
                "Medlemmer, der var fraværende med afbud."),
            "stedfortrædere": described(optional(listing(mapping({
                "navn": described(ref("tekst"), "Stedfortræderens navn."),
                "parti": described(ref("tekst"), "Stedfortræderens parti."),
                "for": described(ref("tekst"), "Det fraværende medlem, stedfortræderen møder for (skal stå under fraværende)."),
            }, ["navn", "parti", "for"], "En stedfortræder."), "Stedfortrædere for fraværende medlemmer.")),
                "Stedfortrædere for fraværende medlemmer."),
        }, ["møde", "start", "slut"], "Mødets forløb: mødefil, start, slut, fravær og stedfortrædere."),
        "dagsordenen": described(optional(ref("tekst")),
                                 "Beslutningen om dagsordenen. Uden nøglen: \"Dagsordenen blev godkendt.\""),
        "punkter": listing(ref("beslutning"), "Beslutningen i hvert af mødets punkter.", non_empty=True),
    }
    defs = {k: DEFS[k] for k in ["tekst", "tid", "punktnummer"]}
    defs.update({"beslutning": decision, "side": side})
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": BASE + "referat.schema.json",
        "title": "Beslutningsprotokol",
        "description": "Beslutningsprotokollen for et møde: hvert punkts beslutning, afstemninger, "
                       "protokolbemærkninger og fravær. committee-docs packet bygger referatet af den.",
        **mapping(properties, ["referat", "punkter"]),
        "$defs": defs,
    }


SCHEMAS = {
    "notat.schema.json": notat_schema,
    "plan.schema.json": plan_schema,
    "moede.schema.json": moede_schema,
    "referat.schema.json": referat_schema,
}


def main():
    check = "--check" in sys.argv[1:]
    stale = []
    for name, make in SCHEMAS.items():
        path = os.path.join(ROOT, "schemas", name)
        text = json.dumps(make(), ensure_ascii=False, indent=2) + "\n"
        if check:
            try:
                with open(path, encoding="utf-8") as existing:
                    if existing.read() != text:
                        stale.append(name)
            except FileNotFoundError:
                stale.append(name)
        else:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w", encoding="utf-8") as out:
                out.write(text)
    if stale:
        print("out of date (run python3 scripts/generate-schemas.py): " + ", ".join(stale), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
