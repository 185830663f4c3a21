#!/usr/bin/env bash
# Cyrillic (T2A) text in Computer Modern needs the LH fonts' metrics (larm1000.tfm …), which TeX
# Live makes on first use with METAFONT (mktextfm) — a wasm engine cannot. cm-super has their
# Type 1 outlines; this step makes the metrics ahead, with the host's mktextfm over TeX Live's lh
# sources (Debian's texlive-lang-cyrillic), for the cm-super families and sizes the bundle ships
# (tier.json; also at lhMetricOnlySizes, whose outlines come on demand), into the overlay
# ($TEXBUILD/overlay/fonts/tfm/bespoke/lh).
source "$(dirname "$0")/env.sh"
need=()
command -v mktextfm >/dev/null || need+=(texlive-binaries)
kpsewhich larm1000.mf >/dev/null 2>&1 || need+=(texlive-lang-cyrillic)
if ((${#need[@]})); then
  log "installing host tools for the LH metrics: ${need[*]}"
  (unset APT_CONFIG; apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null)
fi
DEST="$TEXBUILD/overlay/fonts/tfm/bespoke/lh"
mkdir -p "$DEST"
read -r -a families < <(node -e "const t=require('$SCRIPTS/tier.json');console.log(t.outlines.cmSuperFamilies.map(f=>'la'+f.slice(2)).join(' '))")
read -r -a sizes < <(node -e "const t=require('$SCRIPTS/tier.json');console.log([...t.outlines.cmSuperSizes, ...t.outlines.lhMetricOnlySizes].join(' '))")
work="$(mktemp -d)"
made=0
for f in "${families[@]}"; do
  for s in "${sizes[@]}"; do
    name="$f$s"
    [[ -s "$DEST/$name.tfm" ]] && continue
    if (cd "$work" && mktextfm --destdir "$work" "$name" >/dev/null 2>&1) && [[ -s "$work/$name.tfm" ]]; then
      cp "$work/$name.tfm" "$DEST/" && made=$((made + 1))
    else
      log "no LH metrics for $name"
    fi
  done
done
rm -rf "$work"
log "LH metrics: $made made, $(ls "$DEST" | wc -l) in $DEST"
