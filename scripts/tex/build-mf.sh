#!/usr/bin/env bash
# Cross-compiles METAFONT (mf, no window support) and GFtoPK from the same pinned texlive-bin source
# as pdfTeX, for fonts TeX Live has only as METAFONT sources (ifsym, dingbat …): native pdfLaTeX
# makes their bitmaps on the fly with mktexpk (mf + gftopk); Bespoke does the same in the worker.
# Neither program needs zlib or libpng; its own build tree keeps pdfTeX's objects untouched.
source "$(dirname "$0")/env.sh"
SRCCOPY="$TEXBUILD/texlive-src"
"$SCRIPTS/prepare-texlive-src.sh"
MF_BUILD="$TEXBUILD/mf-build"
export BUILDCC=gcc BUILDCFLAGS=-O2
PREFIX_MAP="-fmacro-prefix-map=$TEXBUILD=/texbuild"
mkdir -p "$MF_BUILD"
cd "$MF_BUILD"
if [[ ! -f Makefile ]]; then
  log "configuring METAFONT (emconfigure)"
  CFLAGS="-O2 $PREFIX_MAP" CXXFLAGS="-O2 $PREFIX_MAP" \
  emconfigure "$SRCCOPY/configure" \
    --host=wasm32-unknown-emscripten --build=x86_64-pc-linux-gnu \
    --disable-all-pkgs --enable-web2c --enable-mf --disable-mf-nowin --enable-web-progs \
    --disable-pdftex --disable-tex --disable-etex --disable-ptex --disable-eptex --disable-uptex --disable-euptex \
    --disable-aleph --disable-hitex --disable-xetex --disable-mflua --disable-mfluajit \
    --disable-luatex --disable-luajittex --disable-luahbtex --disable-luajithbtex \
    --disable-synctex --disable-ipc \
    --disable-mktexmf-default --disable-mktexpk-default --disable-mktextfm-default \
    --disable-mkocp-default --disable-mkofm-default --disable-mktexfmt-default \
    --without-x --disable-shared --enable-static --disable-native-texlive-build \
    --disable-multiplatform --disable-linked-scripts --disable-dump-share \
    $(for l in cairo freetype2 gd gmp graphite2 harfbuzz icu libpaper libpng mpfi mpfr pixman potrace teckit zlib zziplib; do
        printf -- '--without-system-%s ' "$l"; done) \
    > "$TEXBUILD/mf-configure.log" 2>&1 || { tail -30 "$TEXBUILD/mf-configure.log"; exit 1; }
fi
log "building mf and gftopk (emmake, -j$JOBS)"
emmake make -j"$JOBS" > "$TEXBUILD/mf-make.log" 2>&1 || true
cd texk/web2c
emmake make -j"$JOBS" mf gftopk >> "$TEXBUILD/mf-make.log" 2>&1 || { tail -40 "$TEXBUILD/mf-make.log"; exit 1; }
# EXIT_RUNTIME=1: GFtoPK leaves its output to exit() to flush (pdfTeX closes its own files).
EMFLAGS="-O2 -sMODULARIZE=1 -sEXPORT_ES6=1 -sINVOKE_RUN=0 -sFORCE_FILESYSTEM=1 \
  -sEXPORTED_RUNTIME_METHODS=FS,ENV,callMain -sALLOW_MEMORY_GROWTH=1 -sMAXIMUM_MEMORY=256MB \
  -sENVIRONMENT=web,worker -sEXIT_RUNTIME=1 -sINITIAL_MEMORY=16MB"
for prog in mf gftopk; do
  log "linking $prog.js + $prog.wasm"
  rm -f "$prog" "$prog.js" "$prog.wasm"
  name=createMf; [[ "$prog" == gftopk ]] && name=createGftopk
  emmake make "$prog.js" EXEEXT=.js LDFLAGS="$EMFLAGS -sEXPORT_NAME=$name" \
    >> "$TEXBUILD/mf-make.log" 2>&1 || { tail -40 "$TEXBUILD/mf-make.log"; exit 1; }
  ls -la "$prog.js" "$prog.wasm" >&2
done
