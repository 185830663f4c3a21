// pdfTeX map lines for the shipped fonts (pack-bundle.ts cuts pdftex.map down to them).

const base = (p: string): string => p.slice(p.lastIndexOf('/') + 1);
/** A cm-super outline: family (sfrm, sfbx …) and design size in hundredths of a point. */
const CM_SUPER = /^(sf[a-z]+)(\d{4})\.pfb$/;

/**
 * cm-super draws each EC family at 14 design sizes whose outlines differ only subtly; the bundle
 * ships some sizes (tier.json outlines.cmSuperOutlineSizes). A map line naming an unshipped size
 * is pointed at the nearest shipped size of the same family: metrics still come from that size's
 * own TFM, so line breaks, pages and text are those of native pdfLaTeX; only the drawn outline is
 * a neighbouring optical size, scaled. A family with no shipped size keeps its line, so the compile
 * names the missing outline and its package (cm-super), which can be fetched.
 */
export function withNearestCmSuperSize(line: string, shipped: Set<string>): string {
  const pfb = /<([^\s"<[]+\.pfb)/.exec(line)?.[1];
  const m = pfb ? CM_SUPER.exec(base(pfb)) : null;
  if (!pfb || !m) return line;
  if (shipped.has(base(pfb))) return line;
  const [, family, size] = m as unknown as [string, string, string];
  let best: string | null = null;
  for (const name of shipped) {
    const s = CM_SUPER.exec(name);
    if (!s || s[1] !== family) continue;
    const distance = Math.abs(Math.log(Number(s[2]) / Number(size)));
    if (best === null || distance < Math.abs(Math.log(Number(CM_SUPER.exec(best)![2]) / Number(size)))) best = name;
  }
  if (best === null) return line;
  const stem = best.slice(0, -'.pfb'.length);
  return line.replace(/^(\S+)\s+\S+/, `$1 ${stem.toUpperCase()}`).replace(`<${pfb}`, `<${best}`);
}

/** Keeps the map lines whose TFM or font/encoding file is in the bundle, cm-super sizes pointed at shipped ones. */
export function filterMap(map: string, shipped: Set<string>): string {
  const kept: string[] = [];
  for (const line of map.split('\n')) {
    const t = line.trim();
    if (!t || t.startsWith('%') || t.startsWith('#')) continue;
    const mapped = withNearestCmSuperSize(t, shipped);
    const tfm = mapped.split(/\s+/)[0]!;
    if (shipped.has(`${tfm}.tfm`) || [...mapped.matchAll(/<[<[]?([^\s"<[]+\.(?:pfb|pfa|enc|ttf|otf))/g)].some((f) => shipped.has(base(f[1]!)))) {
      kept.push(mapped);
    }
  }
  return `% pdftex.map cut down by Bespoke to the fonts shipped in the bundle\n${kept.join('\n')}\n`;
}
