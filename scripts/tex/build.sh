#!/usr/bin/env bash
# `npm run build:tex`: the whole TeX build, from pinned Debian trixie packages to the files
# committed under public/tex/ (pdfTeX, BibTeX and METAFONT engines, format, bundle, package index, lock file). Needs root (apt) and a
# Debian bookworm host; downloads and build trees live in $TEXBUILD (default: texbuild/ beside the repository).
# Steps can be re-run one by one; each skips work already done.
source "$(dirname "$0")/env.sh"
need=()
command -v emcc >/dev/null || need+=(emscripten)
command -v tangle >/dev/null || need+=(texlive-binaries)   # host tangle/ctangle/tie for the cross build
command -v dpkg-source >/dev/null || need+=(dpkg-dev)
command -v t1c2pfb >/dev/null || need+=(pfb2t1c2pfb)     # unpacks Debian's cm-super fonts
command -v gperf >/dev/null || need+=(gperf)             # fontconfig's build (XeTeX)
command -v cmake >/dev/null || need+=(cmake)             # expat, graphite2 (XeTeX)
if ((${#need[@]})); then
  log "installing host tools from the host's own suite: ${need[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
"$SCRIPTS/apt-setup.sh"
"$SCRIPTS/fetch-sources.sh"
"$SCRIPTS/build-libs.sh"
"$SCRIPTS/build-engine.sh"
mkdir -p "$OUT"
for prog in pdftex bibtex; do
  cp "$ENGINE_BUILD/texk/web2c/$prog.js" "$OUT/$prog.mjs"
  cp "$ENGINE_BUILD/texk/web2c/$prog.wasm" "$OUT/$prog.wasm"
done
# METAFONT and GFtoPK: bitmaps of fonts TeX Live has only as METAFONT sources (lib/tex/metafont.ts).
"$SCRIPTS/build-mf.sh"
for prog in mf gftopk; do
  cp "$TEXBUILD/mf-build/texk/web2c/$prog.js" "$OUT/$prog.mjs"
  cp "$TEXBUILD/mf-build/texk/web2c/$prog.wasm" "$OUT/$prog.wasm"
done
"$SCRIPTS/build-xetex-libs.sh"
"$SCRIPTS/build-xetex.sh"
mkdir -p "$OUT/xetex"
for prog in web2c/xetex dvipdfm-x/xdvipdfmx; do
  cp "$TEXBUILD/xetex-build/texk/$prog.js" "$OUT/xetex/${prog#*/}.mjs"
  cp "$TEXBUILD/xetex-build/texk/$prog.wasm" "$OUT/xetex/${prog#*/}.wasm"
done
"$SCRIPTS/make-icu-data.sh"
"$SCRIPTS/fetch-tree.sh"
"$SCRIPTS/fetch-tlpdb.sh"
cd "$REPO"
TSX=(node --import tsx)
"${TSX[@]}" "$SCRIPTS/place-debian-fonts.ts"
"${TSX[@]}" "$SCRIPTS/prepare-overlay.ts"
"$SCRIPTS/make-lh-tfm.sh"
"${TSX[@]}" "$SCRIPTS/dump-format.ts"
"${TSX[@]}" "$SCRIPTS/dump-xetex.ts" format
"${TSX[@]}" "$SCRIPTS/record-files.ts"
"${TSX[@]}" "$SCRIPTS/select-files.ts" --before-probes
"${TSX[@]}" "$SCRIPTS/record-font-probes.ts"   # needs the first selection; then select again
"${TSX[@]}" "$SCRIPTS/select-files.ts"
"${TSX[@]}" "$SCRIPTS/pack-bundle.ts"
"${TSX[@]}" "$SCRIPTS/write-package-index.ts"
"${TSX[@]}" "$SCRIPTS/dump-xetex.ts" fc-cache   # over the packed bundle's fonts
EMCC_VERSION="$(emcc --version | head -1)" "${TSX[@]}" "$SCRIPTS/write-lock.ts"
log "done: $(du -sh "$OUT" | cut -f1) in $OUT"
