# committee-docs: the two commands a newcomer needs are `make demo` and `make test`.
SWIFT ?= swift
# Build-time libraries (system library targets) and the XHTML DTDs with their XML catalog.
DEBIAN_PACKAGES := pkg-config libxml2-dev libcmark-gfm-dev libcmark-gfm-extensions-dev w3c-sgml-lib libsqlite3-dev
# The benchmark's reference peer.
BENCH_PACKAGES := pandoc
SAMPLES := $(wildcard samples/*.yaml samples/*.json)
MEETINGS := $(wildcard samples/møder/*.yaml)

.PHONY: all deps build demo test bench clean

all: build

deps:
	@scripts/install-deps.sh $(DEBIAN_PACKAGES)

build: deps
	$(SWIFT) build

## Render every sample into output/ (the committed, golden-tested renderings).
demo: build
	rm -rf output.new
	$(SWIFT) run committee-docs render $(SAMPLES) --out output.new
	for meeting in $(MEETINGS); do $(SWIFT) run committee-docs packet "$$meeting" --out output.new/pakker || exit 1; done
	rm -rf output && mv output.new output

## Run every test (unit, golden, round-trip, Mustache spec, CLI).
test: deps
	$(SWIFT) test

## Measure the pipeline (release build); figures go into README.md.
bench: deps
	@scripts/install-deps.sh $(BENCH_PACKAGES)
	$(SWIFT) build -c release --product committee-docs-bench
	$(SWIFT) build -c release --product committee-docs
	.build/release/committee-docs-bench

clean:
	rm -rf .build
