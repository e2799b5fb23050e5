# committee-docs: the two commands a newcomer needs are `make demo` and `make test`.
SWIFT ?= swift
# Build-time libraries (system library targets, and jemalloc, the programs' allocator) and the XHTML
# DTDs with their XML catalog.
DEBIAN_PACKAGES := pkg-config libxml2-dev libcmark-gfm-dev libcmark-gfm-extensions-dev libjemalloc-dev w3c-sgml-lib libsqlite3-dev cmark-gfm
# PDF/A (--format pdf): WeasyPrint, the fonts the print CSS names (metric-compatible), and poppler's
# tools, with which the tests read the PDFs back.
PDF_PACKAGES := weasyprint fonts-liberation2 poppler-utils
# The benchmark's reference peer.
BENCH_PACKAGES := pandoc
# Reading the man page, building and checking the Debian package (make test-install).
PACKAGING_PACKAGES := man-db dpkg-dev lintian
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

.PHONY: all deps build release demo test bench fuzz clean man install uninstall deb

# Where `make install` puts things (DESTDIR for staging, as `make deb` does).
PREFIX ?= /usr/local
DESTDIR ?=
VERSION := $(shell sed -n 's/^let generatorVersion = "\(.*\)"$$/\1/p' Sources/CommitteeDocs/CommitteeDocs.swift)
# The man page's date: the last commit's, so that the same commit gives the same page.
MAN_DATE := $(shell git log -1 --format=%cs 2>/dev/null || date +%F)
# Packages the installed tool needs to run (its shared libraries and the XHTML DTDs), and what
# --format pdf needs; `make deb` writes them into the package's Depends and Recommends.
RUNTIME_PACKAGES := w3c-sgml-lib
PDF_RUNTIME_PACKAGES := weasyprint fonts-liberation2
# The package's Maintainer: set it to the team that ships it (make deb DEB_MAINTAINER="Name <mail>").
DEB_MAINTAINER ?= committee-docs developers <committee-docs@example.org>

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

## The man page, generated from the release binary's own help: .build/committee-docs.1.
man: release
	scripts/man-page.sh .build/release/committee-docs .build/committee-docs.1 $(MAN_DATE)

## Install the release binary, its man page, bash/zsh/fish completions and the JSON Schemas
## under $(DESTDIR)$(PREFIX) (default /usr/local); `make uninstall` removes them again.
install: man
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1 \
		$(DESTDIR)$(PREFIX)/share/bash-completion/completions $(DESTDIR)$(PREFIX)/share/zsh/site-functions \
		$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d $(DESTDIR)$(PREFIX)/share/committee-docs/schemas
	install -m 755 .build/release/committee-docs $(DESTDIR)$(PREFIX)/bin/committee-docs
	install -m 644 .build/committee-docs.1 $(DESTDIR)$(PREFIX)/share/man/man1/committee-docs.1
	.build/release/committee-docs --generate-completion-script bash > $(DESTDIR)$(PREFIX)/share/bash-completion/completions/committee-docs
	.build/release/committee-docs --generate-completion-script zsh > $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_committee-docs
	.build/release/committee-docs --generate-completion-script fish > $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/committee-docs.fish
	install -m 644 schemas/*.schema.json $(DESTDIR)$(PREFIX)/share/committee-docs/schemas/

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/committee-docs $(DESTDIR)$(PREFIX)/share/man/man1/committee-docs.1 \
		$(DESTDIR)$(PREFIX)/share/bash-completion/completions/committee-docs \
		$(DESTDIR)$(PREFIX)/share/zsh/site-functions/_committee-docs \
		$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/committee-docs.fish
	rm -rf $(DESTDIR)$(PREFIX)/share/committee-docs

## The Debian package: .build/committee-docs_$(VERSION)_amd64.deb (binary, man page, completions, schemas).
deb: man
	@scripts/install-deps.sh dpkg-dev
	rm -rf .build/deb
	$(MAKE) --no-print-directory install DESTDIR=$(CURDIR)/.build/deb/root PREFIX=/usr
	scripts/make-deb.sh .build/deb/root $(VERSION) "$(RUNTIME_PACKAGES)" "$(PDF_RUNTIME_PACKAGES)" "$(DEB_MAINTAINER)"

## Install into a temporary prefix and use it as a new user would; build, lint and install the .deb.
.PHONY: test-install
test-install: deps
	@scripts/install-deps.sh $(PACKAGING_PACKAGES)
	scripts/test-install.sh

clean:
	rm -rf .build
