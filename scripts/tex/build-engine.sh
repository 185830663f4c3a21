#!/usr/bin/env bash
# Cross-compiles pdfTeX from the pinned trixie texlive-bin source to WebAssembly with emcc.
# Only libs/xpdf, texk/kpathsea and texk/web2c are built (prepare-texlive-src.sh).
# tangle/ctangle/tie come from the host (cross build), the web2c converter is built with gcc.
source "$(dirname "$0")/env.sh"
SRCCOPY="$TEXBUILD/texlive-src"
"$SCRIPTS/prepare-texlive-src.sh"
for tool in tangle ctangle tie; do
  command -v "$tool" >/dev/null || { log "host $tool missing: apt-get install texlive-binaries (bookworm)"; exit 1; }
done
# Sub-configures run later, under `emmake make`: both stages must see our zlib/libpng .pc files.
export EM_PKG_CONFIG_PATH="$PREFIX/lib/pkgconfig" PKG_CONFIG_PATH="$PREFIX/lib/pkgconfig" PKG_CONFIG_LIBDIR="$PREFIX/lib/pkgconfig"
export BUILDCC=gcc BUILDCFLAGS=-O2
# __FILE__ (kpathsea's assertions) must not record where the build ran: same bytes anywhere.
PREFIX_MAP="-fmacro-prefix-map=$TEXBUILD=/texbuild"
mkdir -p "$ENGINE_BUILD"
cd "$ENGINE_BUILD"
if [[ ! -f Makefile ]]; then
  log "configuring (emconfigure)"
  CFLAGS="-O2 $PREFIX_MAP" CXXFLAGS="-O2 $PREFIX_MAP" CPPFLAGS="-I$PREFIX/include" LDFLAGS="-L$PREFIX/lib" \
  emconfigure "$SRCCOPY/configure" \
    --host=wasm32-unknown-emscripten --build=x86_64-pc-linux-gnu \
    --disable-all-pkgs --enable-web2c --enable-pdftex \
    --disable-tex --disable-etex --disable-ptex --disable-eptex --disable-uptex --disable-euptex \
    --disable-aleph --disable-hitex --disable-xetex --disable-mf --disable-mflua --disable-mfluajit \
    --disable-luatex --disable-luajittex --disable-luahbtex --disable-luajithbtex \
    --disable-synctex --disable-ipc --disable-tex-synctex --disable-pdftex-synctex \
    --disable-mktexmf-default --disable-mktexpk-default --disable-mktextfm-default \
    --disable-mkocp-default --disable-mkofm-default --disable-mktexfmt-default \
    --without-x --disable-shared --enable-static --disable-native-texlive-build \
    --disable-multiplatform --disable-linked-scripts --disable-dump-share \
    --with-system-zlib --with-system-libpng \
    $(for l in cairo freetype2 gd gmp graphite2 harfbuzz icu libpaper mpfi mpfr pixman potrace teckit zziplib; do
        printf -- '--without-system-%s ' "$l"; done) \
    --with-zlib-includes="$PREFIX/include" --with-zlib-libdir="$PREFIX/lib" \
    --with-libpng-includes="$PREFIX/include" --with-libpng-libdir="$PREFIX/lib" \
    > "$TEXBUILD/configure.log" 2>&1 || { tail -30 "$TEXBUILD/configure.log"; exit 1; }
fi
log "building pdftex and bibtex (emmake, -j$JOBS)"
emmake make -j"$JOBS" > "$TEXBUILD/make.log" 2>&1 || true
cd texk/web2c
emmake make -j"$JOBS" pdftex bibtex >> "$TEXBUILD/make.log" 2>&1 || { tail -40 "$TEXBUILD/make.log"; exit 1; }
# MAXIMUM_MEMORY bounds what a runaway document can take (TeX's own arrays need ~300 MB).
EMFLAGS="-L$PREFIX/lib -O2 -sMODULARIZE=1 -sEXPORT_ES6=1 -sINVOKE_RUN=0 -sFORCE_FILESYSTEM=1 \
  -sEXPORTED_RUNTIME_METHODS=FS,ENV,callMain -sALLOW_MEMORY_GROWTH=1 -sMAXIMUM_MEMORY=1024MB \
  -sENVIRONMENT=web,worker -sEXIT_RUNTIME=0"
for prog in pdftex bibtex; do
  log "linking $prog.js + $prog.wasm"
  # Relink the objects automake used for the program with our emscripten settings.
  rm -f "$prog" "$prog.js" "$prog.wasm"
  initial=16MB name=createBibtex; [[ "$prog" == pdftex ]] && initial=128MB name=createPdftex
  emmake make "$prog.js" EXEEXT=.js LDFLAGS="$EMFLAGS -sEXPORT_NAME=$name -sINITIAL_MEMORY=$initial" \
    >> "$TEXBUILD/make.log" 2>&1 || { tail -40 "$TEXBUILD/make.log"; exit 1; }
  ls -la "$prog.js" "$prog.wasm" >&2
done
