#!/usr/bin/env bash
# The ICU data XeTeX reads at run time, cut from ICU's full data file (32 MB) with the native
# icupkg: converter aliases and the 8-bit converters a resume may name in
# \XeTeXinputencoding (Windows and ISO Latin/Cyrillic/Greek code pages, Mac Roman, which XeTeX
# itself uses for font names), and the break-iterator rules (line, word, character) used by
# \XeTeXlinebreaklocale, without the large CJK/Thai dictionaries.
source "$(dirname "$0")/env.sh"
FULL="$SRC/icu/source/data/in/icudt76l.dat"
ICUPKG="$TEXBUILD/icu-native/bin/icupkg"
OUTDIR="$OUT/xetex"
WORK="$TEXBUILD/icu-data"
rm -rf "$WORK" && mkdir -p "$WORK" "$OUTDIR"
"$ICUPKG" -l "$FULL" | grep -E '^(cnvalias\.icu|macos-0_2-10\.2\.cnv|ibm-125[0-8]_P[0-9]+-[0-9]+\.cnv|ibm-9(1[2-9]|2[0-3])_P100-[0-9]+\.cnv|iso-8859_[0-9]+-[0-9]+\.cnv|nfkc\.nrm|brkitr/(root|res_index|en|de|fr|es|it|pt|ru)\.res|brkitr/(line|line_normal|line_loose|word|char|sent)\.brk)$' \
  > "$WORK/keep.txt"
"$ICUPKG" -l "$FULL" | grep -v -x -F -f "$WORK/keep.txt" > "$WORK/remove.txt"
cp "$FULL" "$WORK/icudt76l.dat"
# The root break-iterator table names the dictionaries left out; ICU then breaks those scripts
# without a dictionary instead of failing.
"$ICUPKG" --ignore-deps -r "$WORK/remove.txt" "$WORK/icudt76l.dat"
cp "$WORK/icudt76l.dat" "$OUTDIR/icudt76l.dat"
log "ICU data: $(wc -l < "$WORK/keep.txt") items, $(stat -c %s "$OUTDIR/icudt76l.dat") bytes"
