#!/usr/bin/env bash
# Downloads the pinned trixie source packages (sources.lock), checks every file's SHA-256 and
# unpacks them with dpkg-source. Refuses to continue on any mismatch.
source "$(dirname "$0")/env.sh"
mkdir -p "$SRC"
cd "$SRC"
while read -r pkg ver file sha; do
  [[ -z "$pkg" || "$pkg" == \#* ]] && continue
  if [[ ! -f "$file" ]]; then
    log "downloading source $pkg=$ver"
    apt-get source -qq --download-only "$pkg=$ver" >/dev/null
  fi
  echo "$sha  $file" | sha256sum -c --quiet - || { log "SHA-256 mismatch for $file"; exit 1; }
done < "$SCRIPTS/sources.lock"
for dsc in texlive-bin zlib libpng1.6; do
  dir="${dsc%1.6}"
  if [[ ! -d "$dir" ]]; then
    log "unpacking $dsc"
    dpkg-source --no-check -x "$(ls ${dsc}_*.dsc)" "$dir" >/dev/null
  fi
done
