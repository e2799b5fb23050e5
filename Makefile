# committee-docs: the two commands a newcomer needs are `make demo` and `make test`.
SWIFT ?= swift
# Build-time libraries (system library targets) and the XHTML DTDs with their XML catalog.
DEBIAN_PACKAGES := pkg-config libxml2-dev libcmark-gfm-dev libcmark-gfm-extensions-dev w3c-sgml-lib libsqlite3-dev cmark-gfm
# PDF/A (--format pdf): WeasyPrint, the fonts the print CSS names (metric-compatible), and poppler's
# tools, with which the tests read the PDFs back.
PDF_PACKAGES := weasyprint fonts-liberation2 poppler-utils
# The benchmark's reference peer.
BENCH_PACKAGES := pandoc
# The browser the preview's tests drive (headless, over the DevTools protocol).
BROWSER_PACKAGES := chromium
# The independent JSON Schema validator the tests check schemas/ and the samples with (PyPI).
PYTHON ?= python3
PYTHON_PACKAGES := check-jsonschema==0.39.0
SAMPLES := $(wildcard samples/*.yaml samples/*.json)
# Decisions files (*-referat.yaml) sit beside their meeting files; `packet` builds the minutes from them.
MEETINGS := $(wildcard samples/møder/*.yaml)

# Release builds link the Swift runtime in: the binary needs no Swift installation, only the
# Debian packages above, and starts in about half the time.
RELEASE := -c release --static-swift-stdlib

.PHONY: all deps build release demo test bench fuzz clean

all: build

deps:
	@scripts/install-deps.sh $(DEBIAN_PACKAGES) $(PDF_PACKAGES)

build: deps
	$(SWIFT) build

## Render every sample into output/ in every format, PDF included (the committed, golden-tested renderings).
demo: build
	rm -rf output.new
	$(SWIFT) run committee-docs render $(SAMPLES) --format all --out output.new
	for meeting in $(MEETINGS); do $(SWIFT) run committee-docs packet "$$meeting" --format all --out output.new/pakker || exit 1; done
	rm -rf output && mv output.new output

## Run every test (unit, golden, round-trip, Mustache spec, CLI).
test: deps
	@scripts/install-deps.sh $(BROWSER_PACKAGES)
	$(PYTHON) -m pip install --quiet $(PYTHON_PACKAGES)
	$(SWIFT) test

## The command-line tool, optimized: .build/release/committee-docs.
release: deps
	$(SWIFT) build $(RELEASE) --product committee-docs

## Measure the pipeline (release build); figures go into README.md.
bench: deps
	@scripts/install-deps.sh $(BENCH_PACKAGES)
	$(SWIFT) build $(RELEASE) --product committee-docs-bench
	$(SWIFT) build $(RELEASE) --product committee-docs
	.build/release/committee-docs-bench

## Fuzz every target for FUZZ_SECONDS each (default 30) over Fuzz/corpus/; see Fuzz/README.md.
FUZZ_SECONDS ?= 30
fuzz: deps
	FUZZ_SECONDS=$(FUZZ_SECONDS) FUZZ_FLAGS="$(FUZZ_FLAGS)" scripts/fuzz.sh $(FUZZ_TARGETS)

## The README's picture of the preview, docs/preview.png, taken in headless chromium by the browser test.
.PHONY: preview-screenshot
preview-screenshot: deps
	@scripts/install-deps.sh $(BROWSER_PACKAGES)
	PREVIEW_SCREENSHOT=$(CURDIR)/docs/preview.png $(SWIFT) test --filter PreviewBrowserTests/aScreenshotOfThePreview

clean:
	rm -rf .build
