#!/usr/bin/env python3
"""Writes the fuzz targets' seed corpora into Fuzz/corpus/<target>/ (committed; run again after
samples/ or Templates/ change). Seeds: samples/, Templates/, the rendered Markdown in output/,
the hostile strings of Tests/RenderingTests/HostileInputTests.swift and
Tests/MarkdownWritingTests/Support.swift, and the amounts and dates of the Formatting tests.
The fuzzers only read these folders; what they find goes to a scratch folder (scripts/fuzz.sh)."""
import hashlib
import json
import pathlib
import shutil

import yaml  # Debian python3-yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORPUS = ROOT / "Fuzz" / "corpus"

HOSTILE = [
    # Tests/RenderingTests/HostileInputTests.swift
    "<script>alert(1)</script>", "]]>", "&nbsp;", "&amp;", "\"\u0301 '\u0301 <\u0301 &\u0301",
    "# Overskrift", "- punkt", "1. punkt", "> citat", "| a | b |", "```", "{{x}}",
    "{{{tekst}}} {{> memohoved}}", "\u202eevil\u202c bidi",
    "*stjerne* _understreg_ `kode` [link](javascript:alert(1)) \\", "\ue000\ue010\ue001 private",
    # Tests/MarkdownWritingTests/Support.swift
    "&#32;", "1) x", "~~~", "  leading and trailing  ", "\t", "\ufffe",
    "".join(chr(c) for c in range(1, 32)), "+ x", "= x", "===", "---", "***", "___", ":--",
    "    code", "![i](x)", "<!-- metadata -->", "<!-- pagebreak -->", "**L** v", "a\\", "x*",
    "a_b_c", "~x~", "1.234.567 kr.", "2009.", "9)", "\u00a0x\u00a0", "a!", "line\nbreak", "cr\rlf",
]

AMOUNTS = [
    "6000000", "6.000.000", "6 000 000", "6\u00a0000\u00a0000", "6.000.000 kr.", "6000000kr",
    "6.000.000,00 kr.", "6.000.000,-", "  6000000.00  ", "6000000.50", "6.000.000,50",
    "6 000 000,50 kr.", "6,5", "6.000", "6000.5", "1.234", "-1.234,50 kr.", "\u2212250", "-0,50 kr.",
    "6.00.000", "6.5000", "6.000 000", "6,505", "1,2,3", ",50", "6,", "5-3", "",
    "92.233.720.368.547.758,07 kr.", "-92.233.720.368.547.758,07", "92233720368547758.08",
    "4.500.000 kr.", "100,-", "0", "0,01", "1\u202f000",
]
DATES = [
    "2009-04-06", "06-04-2009", " 06-04-2009 ", "2008-04-03", "31-12-2010", "1970-01-01",
    "2000-02-29", "1900-02-29", "2009-02-29", "2199-12-31", "1899-12-31", "2200-01-01",
    "2009-4-06", "2009-13-01", "2009-00-10", "00-01-2009", "2009/04/06", "",
]
TEMPLATES = [
    "{{a}} {{{a}}} {{&a}} {{e.a}} {{.}}", "{{#d}}{{.}}{{/d}}", "{{^c}}ingen{{/c}}",
    "{{! kommentar }}", "{{=<% %>=}}<% a %><%={{ }}=%>{{a}}", "{{$blok}}standard{{/blok}}",
    "  {{#b}}\n  linje\n  {{/b}}\n", "{{#e}}{{a}}{{/e}}", "{{g}}", "{{x}}", "{{f}}", "{{#a}}{{/b}}",
]


def write(target: str, name: str, content: bytes) -> None:
    folder = CORPUS / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(content)


def digest(content: bytes) -> str:
    return hashlib.sha1(content).hexdigest()[:12]


def main() -> None:
    if CORPUS.exists():
        shutil.rmtree(CORPUS)
    yaml_files = sorted(ROOT.glob("samples/**/*.yaml")) + sorted(ROOT.glob("Rules/*.yaml"))
    for path in yaml_files:
        relative = path.relative_to(ROOT)
        name = str(relative).replace("/", "_")
        write("yaml", name, path.read_bytes())
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            text = json.dumps(data, ensure_ascii=False, indent=2, default=str)
            write("json", name.removesuffix(".yaml") + ".json", text.encode())
        except yaml.YAMLError:
            pass
    for path in sorted(ROOT.glob("samples/**/*.json")):
        write("json", str(path.relative_to(ROOT)).replace("/", "_"), path.read_bytes())
    for index, hostile in enumerate(HOSTILE):
        value = json.dumps(hostile, ensure_ascii=False)
        write("yaml", f"hostile-{index:02}.yaml", f"titel: {value}\ntil: '{hostile}'\n".encode())
        write("json", f"hostile-{index:02}.json", f'{{"titel": {value}, "afsnit": [{value}]}}'.encode())
        for target in ("template", "markdown", "amount", "date"):
            write(target, f"hostile-{index:02}", hostile.encode())
    for path in sorted(ROOT.glob("Templates/*.md")):
        write("template", path.name, path.read_bytes())
        write("markdown", "template-" + path.name, path.read_bytes())
    for index, template in enumerate(TEMPLATES):
        write("template", f"tags-{index:02}", template.encode())
    for path in sorted(ROOT.glob("output/**/*.md")):
        content = path.read_bytes()
        write("markdown", f"output-{digest(content)}.md", content)
    for index, amount in enumerate(AMOUNTS):
        write("amount", f"amount-{index:02}", amount.encode())
    for index, date in enumerate(DATES):
        write("date", f"date-{index:02}", date.encode())


if __name__ == "__main__":
    main()
