#!/usr/bin/env bash
# Downloads the pinned trixie source packages (sources.lock), checks every file's SHA-256 and
# unpacks them with dpkg-source. Refuses to continue on any mismatch.
source "$(dirname "$0")/env.sh"
mkdir -p "$SRC"
cd "$SRC"
# A superseded security update leaves the suite's index (apt-get source then cannot find
# it) but stays in the security archive's pool: fetch the pinned file from the pools directly,
# from the archive apt-setup.sh configured. The SHA-256 check below still decides.
fetch_from_pool() {
  local pkg="$1" file="$2" base prefix
  base="$(awk '$1 == "deb-src" { for (i = 2; i <= NF; i++) if ($i ~ /^https?:/) { print $i; exit } }' "$APT_DIR/etc/sources.list")"
  prefix="${pkg:0:1}"; [[ "$pkg" == lib* ]] && prefix="${pkg:0:4}"
  log "apt has no $pkg source of that version; fetching $file from the archive's pools"
  curl -fsSL -o "$file" "$base/pool/main/$prefix/$pkg/$file" 2>/dev/null \
    || curl -fsSL -o "$file" "$base-security/pool/updates/main/$prefix/$pkg/$file" \
    || { log "could not fetch $file"; exit 1; }
}
while read -r pkg ver file sha; do
  [[ -z "$pkg" || "$pkg" == \#* ]] && continue
  if [[ ! -f "$file" ]]; then
    log "downloading source $pkg=$ver"
    apt-get source -qq --download-only "$pkg=$ver" >/dev/null 2>&1 || fetch_from_pool "$pkg" "$file"
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
# XeTeX's libraries: the upstream tarballs as they are (Debian's packaging patches are for
# Debian's shared-library builds, not for these static emcc ones).
for lib in freetype expat graphite2 harfbuzz icu fontconfig; do
  if [[ ! -d "$lib" ]]; then
    log "unpacking $lib"
    mkdir -p "$lib" && tar xf "$(ls ${lib}_*.orig.tar.* | grep -v '\.asc$' | grep -v -- '-ft2' | head -1)" -C "$lib" --strip-components=1
  fi
done
# TECkit: see teckit.lock (not served by the Debian archive here).
if [[ ! -f teckit/source/Engine.cpp ]]; then
  log "TECkit's source is missing: export tag v2.5.12 of the upstream repository silnrsi/teckit into $SRC/teckit"
  exit 1
fi
grep -v '^#' "$SCRIPTS/teckit.lock" | (cd teckit && sha256sum -c --quiet -) || { log "TECkit source differs from teckit.lock"; exit 1; }
