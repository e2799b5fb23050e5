#!/usr/bin/env bash
# Turns a staged `make install DESTDIR=ROOT PREFIX=/usr` into a Debian package:
#   scripts/make-deb.sh ROOT VERSION "RUNTIME PACKAGES" "PDF PACKAGES" "MAINTAINER"
# writes .build/committee-docs_VERSION_amd64.deb and prints its path.
#
# Depends: the shared libraries' packages, as dpkg-shlibdeps finds them for the binary, and the
# runtime packages named (the XHTML DTDs, which no library link shows). Recommends: what
# --format pdf needs; the tool works without it and says what to install.
set -euo pipefail
root=$1
version=$2
runtime=$3
pdf=$4
maintainer=$5
architecture=$(dpkg --print-architecture)
deb=.build/committee-docs_${version}_${architecture}.deb

# Debian's places and forms: zsh completions for packages, compressed man pages, the copyright
# and changelog every package carries.
mkdir -p "$root/usr/share/zsh/vendor-completions"
mv "$root/usr/share/zsh/site-functions/_committee-docs" "$root/usr/share/zsh/vendor-completions/"
rmdir "$root/usr/share/zsh/site-functions"
gzip -9n "$root/usr/share/man/man1/committee-docs.1"
# Completion scripts are sourced, not run: no #! line (lintian: bash-completion-with-hashbang).
sed -i '1{/^#!/d}' "$root/usr/share/bash-completion/completions/committee-docs"
# Debian ships binaries without symbols (151 MB to 81 MB).
strip --strip-unneeded --remove-section=.comment --remove-section=.note "$root/usr/bin/committee-docs"
doc="$root/usr/share/doc/committee-docs"
mkdir -p "$doc"
date=$(date -R -d "@$(git log -1 --format=%ct 2>/dev/null || date +%s)")
cat >"$doc/copyright" <<COPYRIGHT
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: committee-docs
Comment: The Swift runtime, Foundation and the Swift packages committee-docs depends on
 (swift-argument-parser, Yams, swift-crypto, GRDB.swift, Hummingbird, SwiftNIO, swift-log,
 swift-service-lifecycle) are linked into the binary; each is under the Apache License 2.0
 with Runtime Library Exception, the Apache License 2.0 or the MIT license.

Files: *
Copyright: 2026 The committee-docs developers
License: proprietary
 For internal use by the municipality; no licence has been chosen for publication.
COPYRIGHT
# A native package (no Debian revision): its changelog is changelog.gz.
printf 'committee-docs (%s) unstable; urgency=medium\n\n  * Release %s.\n\n -- %s  %s\n' \
    "$version" "$version" "$maintainer" "$date" | gzip -9n >"$doc/changelog.gz"
chmod -R u=rwX,go=rX "$root"

# The shared libraries' packages, as dpkg-shlibdeps reads them (it wants a debian/control).
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/debian"
printf 'Source: committee-docs\n\nPackage: committee-docs\nArchitecture: any\n' >"$work/debian/control"
binary=$(realpath "$root/usr/bin/committee-docs")
shlibs=$(cd "$work" && dpkg-shlibdeps -O "$binary" 2>/dev/null | sed -n 's/^shlibs:Depends=//p')
depends="$shlibs"
for package in $runtime; do depends="$depends, $package"; done
recommends=$(echo "$pdf" | sed 's/ \+/, /g')

mkdir -p "$root/DEBIAN"
cat >"$root/DEBIAN/control" <<CONTROL
Package: committee-docs
Version: $version
Architecture: $architecture
Maintainer: $maintainer
Installed-Size: $(du -sk --exclude=DEBIAN "$root" | cut -f1)
Depends: $depends
Recommends: $recommends
Section: text
Priority: optional
Description: Danish committee documents and meeting packets from plan data
 committee-docs turns a memo's or a plan's data, written once in YAML or JSON
 with Danish keys, into the documents a Danish municipality's committees get
 (notat, indstilling, ansøgning to Landsbyggefonden) and whole meeting packets,
 as validated XHTML 1.0 Strict, Markdown, plain text and PDF/A. It checks the
 data against the funding and route rules, archives what it rendered as BagIt
 bags, and previews a file live in the browser.
CONTROL
dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" >/dev/null
echo "$deb"
