#!/usr/bin/env bash
# Builds the libFuzzer targets (Fuzz/) and runs each one over its committed seed corpus.
#
#   scripts/fuzz.sh [TARGET…]            all targets when none is named
#
# Environment:
#   FUZZ_SECONDS   how long each target runs (default 30)
#   FUZZ_FLAGS     more libFuzzer flags, e.g. "-max_len=4096" or "-runs=1000000"
#   FUZZ_WORK      scratch folder for new corpus entries, crash inputs and logs
#                  (default .build-fuzz/work; the committed Fuzz/corpus/ is only read)
#   FUZZ_NICE      niceness of the build and the fuzzers (default 15)
#
# The build is `swift build -c release --build-path .build-fuzz` with -sanitize=fuzzer on every
# Swift module and -fsanitize=fuzzer-no-link on C targets (libyaml inside Yams), so the normal
# .build/ is left alone. One fuzzer process runs at a time. The script exits non-zero when a
# target finds a crash; the input is in $FUZZ_WORK/<target>/crash-*, and a summary line per
# target gives executions, executions per second and crashes.
set -uo pipefail
cd "$(dirname "$0")/.."

SWIFT=${SWIFT:-swift}
SECONDS_PER_TARGET=${FUZZ_SECONDS:-30}
WORK=${FUZZ_WORK:-.build-fuzz/work}
NICE=${FUZZ_NICE:-15}
ALL_TARGETS=(yaml json template markdown amount date)
TARGETS=("$@")
[[ ${#TARGETS[@]} -eq 0 ]] && TARGETS=("${ALL_TARGETS[@]}")

echo "fuzz: building (release, -sanitize=fuzzer, .build-fuzz)" >&2
build_start=$(date +%s)
nice -n "$NICE" "$SWIFT" build -c release --build-path .build-fuzz --product committee-docs-fuzz \
    -Xswiftc -sanitize=fuzzer -Xswiftc -DCOMMITTEE_DOCS_FUZZ -Xcc -fsanitize=fuzzer-no-link \
    >&2 || { echo "fuzz: the fuzz build failed" >&2; exit 1; }
echo "fuzz: built in $(( $(date +%s) - build_start )) s" >&2
binary=.build-fuzz/release/committee-docs-fuzz
# libFuzzer handles the crash signal itself and saves the input; the Swift runtime's backtracer
# would first spend a second symbolicating. Replay a crash input for a Swift backtrace.
export SWIFT_BACKTRACE=enable=no

failed=()
summary=()
for target in "${TARGETS[@]}"; do
    seeds=Fuzz/corpus/$target
    [[ -d $seeds ]] || { echo "fuzz: no seed corpus $seeds" >&2; exit 64; }
    out=$WORK/$target
    mkdir -p "$out/corpus" "$out/crashes"
    log=$out/fuzz.log
    echo "fuzz: $target for ${SECONDS_PER_TARGET}s (log: $log)" >&2
    # New corpus entries go to the scratch corpus (the first folder); the seeds are only read.
    # shellcheck disable=SC2086
    nice -n "$NICE" "$binary" "$target" -max_total_time="$SECONDS_PER_TARGET" -print_final_stats=1 \
        -artifact_prefix="$out/crashes/" -dict=Fuzz/dictionaries/"$target".dict ${FUZZ_FLAGS:-} \
        "$out/corpus" "$seeds" >"$log" 2>&1
    status=$?
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | tail -1 | grep -o '[0-9]*$')
    rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | tail -1 | grep -o '[0-9]*$')
    crashes=$(find "$out/crashes" -type f | wc -l)
    line="$target: ${runs:-?} executions, ${rate:-?} exec/s, $crashes crash input(s) in $out/crashes, exit $status"
    summary+=("$line")
    if [[ $status -ne 0 || $crashes -ne 0 ]]; then
        failed+=("$target")
        grep -v '^#' "$log" | grep -E -A3 'fuzz property broken|Fatal error|ERROR|error' | head -c 2000 >&2
    fi
done

echo "fuzz: summary" >&2
printf '  %s\n' "${summary[@]}"
if [[ ${#failed[@]} -ne 0 ]]; then
    echo "fuzz: crashes in: ${failed[*]} (replay: $binary TARGET FILE, or a debug build: swift run committee-docs-fuzz TARGET FILE)" >&2
    exit 1
fi
