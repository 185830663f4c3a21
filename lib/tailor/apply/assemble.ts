import type { Segmentation } from '../segment/types';

/**
 * Rebuilds every segmented file from its skeleton and the segments' texts, with
 * `replacements` (segment id → new LaTeX) taking the place of the originals. Everything
 * outside the replaced spans stays byte-identical.
 */
export function assemble(seg: Segmentation, replacements: ReadonlyMap<string, string> = new Map()): Record<string, string> {
  const out: Record<string, string> = {};
  for (const file of seg.files) {
    const src = seg.sources[file];
    const spans = seg.segments.filter((s) => s.file === file).sort((a, b) => a.start - b.start);
    let text = '';
    let pos = 0;
    for (const s of spans) {
      text += src.slice(pos, s.start);
      text += replacements.get(s.id) ?? s.text;
      pos = s.end;
    }
    out[file] = text + src.slice(pos);
  }
  return out;
}

/** The project's files with the segmented ones replaced by their assembled text. */
export function applyToProject<T extends { files: Record<string, string | Uint8Array> }>(project: T, assembled: Record<string, string>): T {
  return { ...project, files: { ...project.files, ...assembled } };
}
