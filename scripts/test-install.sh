#!/usr/bin/env bash
# The installed tool as a new user gets it (`make test-install`, run by CI after `make test`):
#  1. `make install PREFIX=<temporary>`, then check and render from another folder with an empty
#     environment (only PATH), the man page shows every command, the completions load and
#     complete data files; `make uninstall` leaves nothing behind.
#  2. `make deb`: its Depends, Recommends and contents, lintian's findings (only the two the
#     README lists), and the package installed with dpkg, run from /tmp, and removed again.
set -euo pipefail
cd "$(dirname "$0")/.."
checkout=$PWD
fail() { echo "test-install: FAIL: $*" >&2; exit 1; }

prefix=$(mktemp -d)
work=$(mktemp -d)
trap 'rm -rf "$prefix" "$work"' EXIT
make --no-print-directory install PREFIX="$prefix"

cp samples/notat-kort.yaml "$work/"
cd "$work"
run() { env -i PATH="$prefix/bin:/usr/bin:/bin" committee-docs "$@"; }
run render notat-kort.yaml --out x >/dev/null
for format in html md txt; do [[ -s x/2024-18822/2024-410065-notat.$format ]] || fail "render wrote no $format"; done
cmp x/2024-18822/2024-410065-notat.txt "$checkout/output/2024-18822/2024-410065-notat.txt" || fail "the installed binary renders other bytes"
run check "$checkout"/samples/*.yaml "$checkout"/samples/*.json "$checkout"/samples/møder/*.yaml >/dev/null
status=0; run check "$checkout/samples/invalid/lbf-over-tre-fjerdedele.yaml" 2>/dev/null || status=$?
[[ $status -eq 65 ]] || fail "a rule error exits $status, not 65"
run new plan plan.yaml >/dev/null && run check plan.yaml || fail "new plan is not accepted by check"
[[ $(head -1 plan.yaml) == "# yaml-language-server: \$schema=file://$prefix/share/committee-docs/schemas/plan.schema.json" ]] \
    || fail "new plan does not point the editor at the installed schema: $(head -1 plan.yaml)"
run schema plan | python3 -c 'import json, sys; assert json.load(sys.stdin)["$schema"].endswith("2020-12/schema")' \
    || fail "schema plan is not a 2020-12 schema"

# The man page names every command --help lists.
manual=$(LANG=C.UTF-8 MANWIDTH=200 man -l "$prefix/share/man/man1/committee-docs.1" 2>&1)
commands=$(run --help | sed -n '/^SUBCOMMANDS:/,/^$/p' | awk 'NR > 1 && /^  [a-z]/ { print $1 }')
[[ -n $commands ]] || fail "no commands in --help"
for command in $commands; do
    grep -q "^     $command\b" <<<"$manual" || fail "the man page lacks $command"
done
grep -q "ansøgning" <<<"$manual" || fail "the man page lost its Danish letters"
[[ $manual != *warning* ]] || fail "man warns: $(grep warning <<<"$manual" | head -3)"

# The bash completion loads and offers data files for render.
touch plan.json ikke-data.txt
words=$(bash -c "source '$prefix/share/bash-completion/completions/committee-docs'
    COMP_WORDS=(committee-docs render ''); COMP_CWORD=2; COMP_LINE='committee-docs render '; COMP_POINT=\${#COMP_LINE}
    _committee-docs; printf '%s\n' \"\${COMPREPLY[@]}\"" 2>/dev/null)
grep -qx "plan.json" <<<"$words" && grep -qx "plan.yaml" <<<"$words" || fail "render does not complete data files: $words"
! grep -qx "ikke-data.txt" <<<"$words" || fail "render completes a text file"
[[ -s $prefix/share/zsh/site-functions/_committee-docs && -s $prefix/share/fish/vendor_completions.d/committee-docs.fish ]] \
    || fail "zsh or fish completion missing"

cd "$checkout"
make --no-print-directory uninstall PREFIX="$prefix"
left=$(find "$prefix" -type f)
[[ -z $left ]] || fail "uninstall left: $left"
echo "test-install: make install and uninstall: ok"

# The Debian package.
deb=$(make --no-print-directory deb | tail -1)
[[ -f $deb ]] || fail "make deb wrote no package"
info=$(dpkg-deb --info "$deb")
for package in libxml2 libcmark-gfm0 libcmark-gfm-extensions0 libsqlite3-0 libjemalloc2 w3c-sgml-lib; do
    grep -q "^ Depends:.*\b$package" <<<"$info" || fail "Depends lacks $package"
done
grep -q "^ Recommends: weasyprint, fonts-liberation2$" <<<"$info" || fail "Recommends is not weasyprint, fonts-liberation2"
contents=$(dpkg-deb --contents "$deb" | awk '{ print $6 }')
for path in ./usr/bin/committee-docs ./usr/share/man/man1/committee-docs.1.gz \
    ./usr/share/bash-completion/completions/committee-docs ./usr/share/zsh/vendor-completions/_committee-docs \
    ./usr/share/fish/vendor_completions.d/committee-docs.fish ./usr/share/committee-docs/schemas/plan.schema.json \
    ./usr/share/doc/committee-docs/copyright; do
    grep -qx "$path" <<<"$contents" || fail "the package lacks $path"
done
# lintian's findings: only the two the README explains (Yams' bundled libyaml; the package name
# ends in -docs, which lintian takes for a documentation package).
findings=$(lintian --tag-display-limit 0 "$deb" 2>&1 | grep -v 'running with root privileges' || true)
unexpected=$(grep -v -e '^E: committee-docs: embedded-library libyaml' \
    -e '^W: committee-docs: documentation-package-not-architecture-independent$' <<<"$findings" || true)
[[ -z $unexpected ]] || fail "lintian: $unexpected"
echo "test-install: $deb: Depends, contents and lintian: ok"

# Installed with dpkg, it runs from /tmp; removed, it leaves nothing.
if [[ $(id -u) -eq 0 && ! -e /usr/bin/committee-docs ]]; then
    dpkg -i "$deb" >/dev/null
    (cd /tmp && env -i PATH=/usr/bin:/bin committee-docs check "$checkout/samples/notat-kort.yaml") || { dpkg -r committee-docs; fail "the installed package does not run"; }
    dpkg -r committee-docs >/dev/null
    [[ ! -e /usr/bin/committee-docs ]] || fail "dpkg -r left the binary"
    echo "test-install: dpkg -i, run from /tmp, dpkg -r: ok"
fi
