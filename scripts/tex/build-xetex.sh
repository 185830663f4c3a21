#!/usr/bin/env bash
# Cross-compiles XeTeX and xdvipdfmx from the pinned trixie texlive-bin source (the same source
# as pdfTeX) to WebAssembly, against the emcc libraries of build-xetex-libs.sh.
# XeTeX cannot spawn xdvipdfmx inside WebAssembly: the engine runs `xetex -no-pdf` and then
# xdvipdfmx on the .xdv (lib/tex/xetex-run.ts), so the two are separate modules.
source "$(dirname "$0")/env.sh"
SRCCOPY="$TEXBUILD/xetex-src"
BUILD="$TEXBUILD/xetex-build"
if [[ ! -d "$SRCCOPY" ]]; then
  log "copying texlive-bin source to $SRCCOPY"
  cp -a "$SRC/texlive-bin" "$SRCCOPY.tmp"
  for d in "$SRCCOPY.tmp"/libs/* "$SRCCOPY.tmp"/utils/* "$SRCCOPY.tmp"/texk/*; do
    [[ -d "$d" ]] || continue
    case "${d#$SRCCOPY.tmp/}" in
      libs/pplib|texk/kpathsea|texk/web2c|texk/dvipdfm-x) continue ;;
    esac
    # Same as build-engine.sh: a configure that writes a do-nothing Makefile.
    printf '#!/bin/sh\nprintf "all install install-strip check clean distclean uninstall dvi pdf info html:\\n\\t@:\\n" > Makefile\n' > "$d/configure"
    chmod +x "$d/configure"
  done
  # Bespoke's own changes to XeTeX, one reviewed patch each (scripts/tex/patches/).
  for patch in "$SCRIPTS"/patches/xetex-*.patch; do
    patch -d "$SRCCOPY.tmp" -p1 --quiet < "$patch"
  done
  mv "$SRCCOPY.tmp" "$SRCCOPY"
fi
for tool in tangle otangle ctangle tie; do
  command -v "$tool" >/dev/null || { log "host $tool missing: apt-get install texlive-binaries (bookworm)"; exit 1; }
done
export EM_PKG_CONFIG_PATH="$PREFIX/lib/pkgconfig" PKG_CONFIG_PATH="$PREFIX/lib/pkgconfig" PKG_CONFIG_LIBDIR="$PREFIX/lib/pkgconfig"
export BUILDCC=gcc BUILDCFLAGS=-O2 BUILDCXX=g++
PREFIX_MAP="-fmacro-prefix-map=$TEXBUILD=/texbuild"
mkdir -p "$BUILD"
cd "$BUILD"
# web2c's configure links a test program with -lfontconfig alone, which a static fontconfig
# cannot satisfy (it needs expat and FreeType): XeTeX would be switched off. Say what links.
export kpse_cv_have_fontconfig=yes kpse_cv_fontconfig_includes="-I$PREFIX/include" \
  kpse_cv_fontconfig_libs="-L$PREFIX/lib -lfontconfig -lexpat -lfreetype -lz"
if [[ ! -f Makefile ]]; then
  log "configuring XeTeX (emconfigure)"
  # ICU 76's headers need C++17.
  CFLAGS="-O2 $PREFIX_MAP" CXXFLAGS="-O2 -std=c++17 $PREFIX_MAP" CPPFLAGS="-I$PREFIX/include" LDFLAGS="-L$PREFIX/lib" \
  emconfigure "$SRCCOPY/configure" \
    --host=wasm32-unknown-emscripten --build=x86_64-pc-linux-gnu \
    --disable-all-pkgs --enable-web2c --enable-xetex --enable-dvipdfm-x \
    --disable-pdftex --disable-tex --disable-etex --disable-ptex --disable-eptex --disable-uptex \
    --disable-euptex --disable-aleph --disable-hitex --disable-mf --disable-mflua --disable-mfluajit \
    --disable-luatex --disable-luajittex --disable-luahbtex --disable-luajithbtex --disable-mp --disable-pmp --disable-upmp \
    --disable-synctex --disable-ipc --disable-tex-synctex --disable-xetex-synctex \
    --disable-mktexmf-default --disable-mktexpk-default --disable-mktextfm-default \
    --disable-mkocp-default --disable-mkofm-default --disable-mktexfmt-default \
    --without-x --disable-shared --enable-static --disable-native-texlive-build \
    --disable-multiplatform --disable-linked-scripts --disable-dump-share \
    $(for l in zlib libpng freetype2 harfbuzz icu graphite2 teckit; do printf -- '--with-system-%s ' "$l"; done) \
    $(for l in cairo gd gmp libpaper mpfi mpfr pixman potrace zziplib; do printf -- '--without-system-%s ' "$l"; done) \
    --with-fontconfig-includes="$PREFIX/include" --with-fontconfig-libdir="$PREFIX/lib" \
    --with-zlib-includes="$PREFIX/include" --with-zlib-libdir="$PREFIX/lib" \
    --with-libpng-includes="$PREFIX/include" --with-libpng-libdir="$PREFIX/lib" \
    > "$TEXBUILD/xetex-configure.log" 2>&1 || { tail -30 "$TEXBUILD/xetex-configure.log"; exit 1; }
fi
log "building xetex and xdvipdfmx (emmake, -j$JOBS)"
# -k: web2c's "all" wants MetaPost's libraries (not built); go on to configure dvipdfm-x.
emmake make -k -j"$JOBS" > "$TEXBUILD/xetex-make.log" 2>&1 || true
# emscripten has no getpass() (xdvipdfmx's PDF password prompt): a stub answers "".
emcc -O2 -c "$SCRIPTS/stubs/getpass.c" -o "$BUILD/getpass.o"
# ... nor hard links (fontconfig locks its cache with link(); see the stub).
emcc -O2 -c "$SCRIPTS/stubs/link.c" -o "$BUILD/link.o"
# dvipdfm-x always defines HAVE_LIBPAPER; without libpaper it has built-in paper sizes instead.
( cd texk/dvipdfm-x && sed -i 's/^#define HAVE_LIBPAPER 1$/\/* no libpaper: built-in paper sizes *\//' config.h \
  && emmake make -j"$JOBS" xdvipdfmx LIBPAPER_LIBS= LIBPAPER_INCLUDES= LIBPAPER_DEPEND= LIBS="$BUILD/getpass.o" >> "$TEXBUILD/xetex-make.log" 2>&1 ) \
  || { tail -40 "$TEXBUILD/xetex-make.log"; exit 1; }
( cd texk/web2c && emmake make -j"$JOBS" xetex LIBS="$BUILD/link.o" >> "$TEXBUILD/xetex-make.log" 2>&1 ) || { tail -40 "$TEXBUILD/xetex-make.log"; exit 1; }
EMFLAGS="-L$PREFIX/lib -O2 -sMODULARIZE=1 -sEXPORT_ES6=1 -sINVOKE_RUN=0 -sFORCE_FILESYSTEM=1 \
  -sEXPORTED_RUNTIME_METHODS=FS,ENV,callMain -sALLOW_MEMORY_GROWTH=1 -sMAXIMUM_MEMORY=1024MB \
  -sENVIRONMENT=web,worker -sEXIT_RUNTIME=0"
log "linking xetex.js + xetex.wasm"
( cd texk/web2c && rm -f xetex xetex.js xetex.wasm \
  && emmake make xetex.js EXEEXT=.js LIBS="$BUILD/link.o" LDFLAGS="$EMFLAGS -sEXPORT_NAME=createXetex -sINITIAL_MEMORY=160MB" >> "$TEXBUILD/xetex-make.log" 2>&1 ) \
  || { tail -40 "$TEXBUILD/xetex-make.log"; exit 1; }
log "linking xdvipdfmx.js + xdvipdfmx.wasm"
( cd texk/dvipdfm-x && rm -f xdvipdfmx xdvipdfmx.js xdvipdfmx.wasm \
  && emmake make xdvipdfmx.js EXEEXT=.js LIBPAPER_LIBS= LIBPAPER_DEPEND= LIBS="$BUILD/getpass.o" LDFLAGS="$EMFLAGS -sEXPORT_NAME=createXdvipdfmx -sINITIAL_MEMORY=64MB" >> "$TEXBUILD/xetex-make.log" 2>&1 ) \
  || { tail -40 "$TEXBUILD/xetex-make.log"; exit 1; }
ls -la texk/web2c/xetex.js texk/web2c/xetex.wasm texk/dvipdfm-x/xdvipdfmx.js texk/dvipdfm-x/xdvipdfmx.wasm >&2
