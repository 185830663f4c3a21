#!/usr/bin/env bash
# Builds zlib and libpng (from their pinned Debian sources) with emcc into $PREFIX:
# Debian's texlive-bin source bundles neither, and pdfTeX needs both.
source "$(dirname "$0")/env.sh"
mkdir -p "$PREFIX"
if [[ ! -f "$PREFIX/lib/libz.a" ]]; then
  log "building zlib (emcc)"
  rm -rf "$TEXBUILD/zlib-build" && cp -a "$SRC/zlib" "$TEXBUILD/zlib-build"
  ( cd "$TEXBUILD/zlib-build" \
    && CFLAGS="-O2" emconfigure ./configure --static --prefix="$PREFIX" >/dev/null \
    && emmake make -j"$JOBS" libz.a >/dev/null \
    && emmake make install >/dev/null )
fi
if [[ ! -f "$PREFIX/lib/libpng16.a" ]]; then
  log "building libpng (emcc)"
  rm -rf "$TEXBUILD/libpng-build" && cp -a "$SRC/libpng" "$TEXBUILD/libpng-build"
  ( cd "$TEXBUILD/libpng-build" \
    && CFLAGS="-O2" CPPFLAGS="-I$PREFIX/include" LDFLAGS="-L$PREFIX/lib" \
       emconfigure ./configure --host=wasm32-unknown-emscripten --build=x86_64-pc-linux-gnu \
         --disable-shared --enable-static --disable-hardware-optimizations --disable-tools \
         --prefix="$PREFIX" >/dev/null \
    && emmake make -j"$JOBS" libpng16.la >/dev/null \
    && emmake make install-libLTLIBRARIES install-pkgconfigDATA install-nodist_pkgincludeHEADERS install-pkgincludeHEADERS install-binSCRIPTS >/dev/null )
fi
# The unversioned names configure scripts look for (libpng's own install hook is skipped).
ln -sf libpng16.a "$PREFIX/lib/libpng.a"
ln -sf libpng16.pc "$PREFIX/lib/pkgconfig/libpng.pc"
for h in png.h pngconf.h pnglibconf.h; do ln -sf "libpng16/$h" "$PREFIX/include/$h"; done
