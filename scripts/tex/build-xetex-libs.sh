#!/usr/bin/env bash
# Builds the libraries XeTeX and xdvipdfmx need, with emcc, from their pinned sources
# (sources.lock) into $PREFIX: FreeType, expat, graphite2, HarfBuzz, ICU (common library only),
# fontconfig and TECkit. (xdvipdfmx's built-in paper sizes replace libpaper: build-xetex.sh.) Debian's texlive-bin source ("+ds") bundles none of them.
# Each step is skipped when its library is already installed.
source "$(dirname "$0")/env.sh"
export PKG_CONFIG_LIBDIR="$PREFIX/lib/pkgconfig" PKG_CONFIG_PATH="$PREFIX/lib/pkgconfig" EM_PKG_CONFIG_PATH="$PREFIX/lib/pkgconfig"
CROSS=(--host=wasm32-unknown-emscripten --build=x86_64-pc-linux-gnu --prefix="$PREFIX" --disable-shared --enable-static)
LIBBUILD="$TEXBUILD/xetex-libs"
mkdir -p "$LIBBUILD" "$PREFIX/lib/pkgconfig"
# A fresh copy of a source tree; older config.sub scripts do not know the emscripten system,
# so every copy gets the one from the pinned texlive-bin source.
fresh() {
  rm -rf "$LIBBUILD/$1" && cp -a "$SRC/$1" "$LIBBUILD/$1" && cd "$LIBBUILD/$1" \
    && find . -name config.sub -exec cp "$SRC/texlive-bin/build-aux/config.sub" {} \;
}

if [[ ! -f "$PREFIX/lib/libfreetype.a" ]]; then
  log "building FreeType (emcc)"
  ( fresh freetype && CFLAGS=-O2 emconfigure ./configure "${CROSS[@]}" \
      --with-zlib=yes --with-png=no --with-bzip2=no --with-brotli=no --with-harfbuzz=no >/dev/null \
    && emmake make -j"$JOBS" >/dev/null && emmake make install >/dev/null )
fi

if [[ ! -f "$PREFIX/lib/libexpat.a" ]]; then
  log "building expat (emcmake)"
  # Debian's expat tarball is the upstream git tree: the library lives in expat/, built with CMake.
  ( fresh expat && mkdir build && cd build \
    && emcmake cmake ../expat -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$PREFIX" \
         -DEXPAT_SHARED_LIBS=OFF -DEXPAT_BUILD_TOOLS=OFF -DEXPAT_BUILD_EXAMPLES=OFF \
         -DEXPAT_BUILD_TESTS=OFF -DEXPAT_BUILD_DOCS=OFF -DEXPAT_DTD=ON >/dev/null \
    && emmake make -j"$JOBS" >/dev/null && emmake make install >/dev/null )
fi

if [[ ! -f "$PREFIX/lib/libgraphite2.a" ]]; then
  log "building graphite2 (emcmake)"
  ( fresh graphite2 && mkdir build && cd build \
    && emcmake cmake .. -DCMAKE_BUILD_TYPE=Release -DBUILD_SHARED_LIBS=OFF \
         -DCMAKE_INSTALL_PREFIX="$PREFIX" -DGRAPHITE2_COMPARE_RENDERER=OFF >/dev/null \
    && emmake make -j"$JOBS" graphite2 >/dev/null \
    && mkdir -p "$PREFIX/include/graphite2" && cp ../include/graphite2/*.h "$PREFIX/include/graphite2/" \
    && cp src/libgraphite2.a "$PREFIX/lib/" )
  cat > "$PREFIX/lib/pkgconfig/graphite2.pc" <<PC
prefix=$PREFIX
Name: graphite2
Description: Graphite2 (static, emcc)
Version: 1.3.14
Libs: -L\${prefix}/lib -lgraphite2
Cflags: -I\${prefix}/include -DGRAPHITE2_STATIC
PC
fi

# ICU: a cross build needs a native build of the same source for its data tools.
ICU_NATIVE="$TEXBUILD/icu-native"
if [[ ! -f "$ICU_NATIVE/bin/icupkg" ]]; then
  log "building ICU natively (tools for the cross build)"
  rm -rf "$ICU_NATIVE" && mkdir -p "$ICU_NATIVE"
  ( cd "$ICU_NATIVE" && CFLAGS=-O1 CXXFLAGS=-O1 "$SRC/icu/source/runConfigureICU" Linux \
      --disable-tests --disable-samples --disable-extras --disable-icuio --disable-layoutex \
      --enable-static --disable-shared >/dev/null && make -j"$JOBS" >/dev/null )
fi
if [[ ! -f "$PREFIX/lib/libicuuc.a" ]]; then
  log "building ICU common library (emcc)"
  rm -rf "$LIBBUILD/icu" && mkdir -p "$LIBBUILD/icu"
  # The data is loaded from a file at run time, so it is not linked in. ICU has no platform
  # fragment for emscripten; the Linux one fits (static archives, GNU make, clang).
  ( cd "$LIBBUILD/icu" && icu_cv_host_frag=mh-linux CFLAGS=-O2 CXXFLAGS="-O2 -std=c++17" emconfigure "$SRC/icu/source/configure" "${CROSS[@]}" \
      --with-cross-build="$ICU_NATIVE" --with-data-packaging=archive \
      --disable-tools --disable-tests --disable-samples --disable-extras --disable-icuio \
      --disable-layoutex --disable-dyload >/dev/null \
    && mkdir -p lib && emmake make -j"$JOBS" -C stubdata >/dev/null && emmake make -j"$JOBS" -C common >/dev/null \
    && cp lib/libicuuc.a stubdata/libicudata.a "$PREFIX/lib/" )
fi
if [[ ! -f "$PREFIX/lib/pkgconfig/icu-uc.pc" ]]; then
  mkdir -p "$PREFIX/include/unicode" && cp "$SRC/icu/source/common/unicode/"*.h "$PREFIX/include/unicode/"
  # XeTeX's configure asks pkg-config for icu-uc and icu-io; it only calls the common library
  # (converters, bidi, break iteration), so icu-io names no library of its own.
  cat > "$PREFIX/lib/pkgconfig/icu-uc.pc" <<PC
prefix=$PREFIX
Name: icu-uc
Description: ICU common library (static, emcc, data loaded from icudt76l.dat at run time)
Version: 76.1
Libs: -L\${prefix}/lib -licuuc -licudata
Cflags: -I\${prefix}/include -DU_STATIC_IMPLEMENTATION
PC
  cat > "$PREFIX/lib/pkgconfig/icu-io.pc" <<PC
Name: icu-io
Description: XeTeX uses no ICU I/O function; this only satisfies configure
Version: 76.1
Requires: icu-uc
PC
fi

if [[ ! -f "$PREFIX/lib/libharfbuzz.a" ]]; then
  log "building HarfBuzz (single-file build + hb-icu, emcc)"
  mkdir -p "$LIBBUILD/harfbuzz" && cd "$LIBBUILD/harfbuzz"
  HB_FLAGS=(-O2 -std=c++17 -fno-exceptions -DHAVE_GRAPHITE2 -DHAVE_ICU -DGRAPHITE2_STATIC -DU_STATIC_IMPLEMENTATION
    -I"$PREFIX/include" -I"$SRC/harfbuzz/src")
  em++ "${HB_FLAGS[@]}" -c "$SRC/harfbuzz/src/harfbuzz.cc" -o harfbuzz.o
  em++ "${HB_FLAGS[@]}" -c "$SRC/harfbuzz/src/hb-icu.cc" -o hb-icu.o
  emar rcs "$PREFIX/lib/libharfbuzz.a" harfbuzz.o hb-icu.o
  mkdir -p "$PREFIX/include/harfbuzz"
  cp "$SRC/harfbuzz/src/"hb*.h "$PREFIX/include/harfbuzz/"
  cat > "$PREFIX/lib/pkgconfig/harfbuzz.pc" <<PC
prefix=$PREFIX
Name: harfbuzz
Description: HarfBuzz (static single-file build with graphite2 and ICU, emcc)
Version: 10.2.0
Libs: -L\${prefix}/lib -lharfbuzz
Cflags: -I\${prefix}/include/harfbuzz
PC
fi

if [[ ! -f "$PREFIX/lib/libfontconfig.a" ]]; then
  log "building fontconfig (src/ only, emcc)"
  # Fonts are read from the directories that fonts.conf names at run time (lib/tex/xetex-fonts.ts).
  ( fresh fontconfig && CFLAGS=-O2 emconfigure ./configure "${CROSS[@]}" \
      --disable-docs --disable-nls --disable-cache-build --disable-iconv \
      --with-default-fonts=/fonts --with-baseconfigdir=/etc/fonts --with-cache-dir=/var/cache/fontconfig \
      --sysconfdir=/etc --localstatedir=/var >/dev/null \
    && emmake make -j"$JOBS" -C fc-case >/dev/null 2>&1; emmake make -j"$JOBS" -C fc-lang >/dev/null 2>&1; \
       emmake make -j"$JOBS" -C src >/dev/null && emmake make -C src install >/dev/null \
    && mkdir -p "$PREFIX/include/fontconfig" && cp fontconfig/*.h "$PREFIX/include/fontconfig/" \
    && cp fontconfig.pc "$PREFIX/lib/pkgconfig/" )
fi

if [[ ! -f "$PREFIX/lib/libTECkit.a" ]]; then
  log "building TECkit engine (emcc)"
  mkdir -p "$LIBBUILD/teckit" && cd "$LIBBUILD/teckit"
  em++ -O2 -I"$PREFIX/include" -I"$SRC/teckit/source/Public-headers" -c "$SRC/teckit/source/Engine.cpp" -o Engine.o
  emar rcs "$PREFIX/lib/libTECkit.a" Engine.o
  mkdir -p "$PREFIX/include/teckit" && cp "$SRC/teckit/source/Public-headers/"*.h "$PREFIX/include/teckit/"
  cat > "$PREFIX/lib/pkgconfig/teckit.pc" <<PC
prefix=$PREFIX
Name: teckit
Description: TECkit engine (static, emcc)
Version: 2.5.12
Libs: -L\${prefix}/lib -lTECkit -lz
Cflags: -I\${prefix}/include/teckit
PC
fi
# libtool's .la files of FreeType and fontconfig carry -pthread (their configure found threads);
# linking XeTeX with it asks for shared memory, which the single-threaded libraries refuse.
# Without them libtool links the static archives as they are.
rm -f "$PREFIX"/lib/*.la
log "XeTeX libraries ready in $PREFIX"
