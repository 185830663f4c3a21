#!/usr/bin/env bash
# TeX Live's package database of the release the bundle comes from. Debian's binary packages
# do not ship it; the texlive-base source package's upstream tarball does. Downloads the
# pinned tarball (tlpdb.lock, SHA-256 checked) and extracts only tlpkg/texlive.tlpdb into
# $TEXBUILD/texlive.tlpdb. It names which TeX Live package holds every file.
source "$(dirname "$0")/env.sh"
TLPDB="$TEXBUILD/texlive.tlpdb"
[[ -s "$TLPDB" ]] && exit 0
mkdir -p "$TEXBUILD/tlsrc"
cd "$TEXBUILD/tlsrc"
read -r pkg ver file sha < <(grep -v '^#' "$SCRIPTS/tlpdb.lock" | grep 'orig.tar')
if [[ ! -f "$file" ]]; then
  log "downloading $file (the tlpdb's only Debian home, ~570 MB)"
  apt-get source -qq --download-only "$pkg=$ver" >/dev/null
fi
echo "$sha  $file" | sha256sum -c --quiet - || { log "SHA-256 mismatch for $file"; exit 1; }
top="${file%.orig.tar.xz}"; top="${top/_/-}"
xz -dc "$file" | tar -xO "$top/tlpkg/texlive.tlpdb" > "$TLPDB.tmp"
mv "$TLPDB.tmp" "$TLPDB"
log "tlpdb: $(grep -c '^name ' "$TLPDB") packages"
