#!/usr/bin/env bash
# A copy of the texlive-bin source in which only libs/xpdf, texk/kpathsea and texk/web2c configure:
# every other subdirectory gets a do-nothing configure (luajit's sub-configure fails under emcc,
# and skipping saves ~13 min). Shared by build-engine.sh (pdfTeX, BibTeX) and build-mf.sh (METAFONT).
source "$(dirname "$0")/env.sh"
SRCCOPY="$TEXBUILD/texlive-src"
if [[ ! -d "$SRCCOPY" ]]; then
  log "copying texlive-bin source to $SRCCOPY"
  cp -a "$SRC/texlive-bin" "$SRCCOPY.tmp"
  for d in "$SRCCOPY.tmp"/libs/* "$SRCCOPY.tmp"/utils/* "$SRCCOPY.tmp"/texk/*; do
    [[ -d "$d" ]] || continue
    case "${d#$SRCCOPY.tmp/}" in
      libs/xpdf|texk/kpathsea|texk/web2c) continue ;;
    esac
    # A configure that only writes a Makefile whose every target does nothing.
    printf '#!/bin/sh\nprintf "all install install-strip check clean distclean uninstall dvi pdf info html:\\n\\t@:\\n" > Makefile\n' > "$d/configure"
    chmod +x "$d/configure"
  done
  mv "$SRCCOPY.tmp" "$SRCCOPY"
fi
