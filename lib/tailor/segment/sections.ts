import { latexToPlain } from './plain-text';
import type { SectionMark } from './runs';
import { commentEnd, readControlSequence, readEnvName } from './scanner';

/** A section of the main file that can be moved as a whole. */
export interface SectionSpan {
  id: string;
  title: string;
  start: number;
  end: number;
}

/** Brace and environment depth at each of `positions` (sorted), scanning `src` from `from`. */
function depthsAt(src: string, from: number, positions: number[]): number[] {
  const out: number[] = [];
  let depth = 0;
  let k = 0;
  for (let i = from; i < src.length && k < positions.length; i++) {
    while (k < positions.length && positions[k] === i) { out.push(depth); k++; }
    const c = src[i];
    if (c === '%') { i = commentEnd(src, i); continue; }
    if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (c === '\\') {
      const cs = readControlSequence(src, i);
      if (cs.name === 'begin' || cs.name === 'end') {
        const env = readEnvName(src, cs.end);
        if (env && env.name !== 'document') depth += cs.name === 'begin' ? 1 : -1;
        i = (env?.end ?? cs.end) - 1;
      } else i = cs.end - 1;
    }
  }
  while (out.length < positions.length) out.push(-1);
  return out;
}

/** Start of the comment/blank lines directly above `pos` (a heading's banner comment moves with it). */
function leadingBlockStart(src: string, pos: number, floor: number): number {
  let start = src.lastIndexOf('\n', pos - 1) + 1;
  while (start > floor) {
    const prevStart = src.lastIndexOf('\n', start - 2) + 1;
    const line = src.slice(prevStart, start - 1);
    if (!/^\s*(%.*)?$/.test(line) || prevStart < floor) break;
    start = prevStart;
  }
  return Math.max(start, floor);
}

/**
 * The main file's sections as movable spans — only when every heading uses the same command
 * at the top level of the document body (not inside a group, column or environment), so a
 * reordering cannot break the layout. Empty otherwise.
 */
export function findSectionSpans(src: string, bodyStart: number, bodyEnd: number, marks: SectionMark[]): SectionSpan[] {
  const inBody = marks.filter((m) => m.pos >= bodyStart && m.pos < bodyEnd).sort((a, b) => a.pos - b.pos);
  if (inBody.length < 2) return [];
  const names = new Set(inBody.map((m) => readControlSequence(src, m.pos).name));
  if (names.size !== 1 || depthsAt(src, bodyStart, inBody.map((m) => m.pos)).some((d) => d !== 0)) return [];
  const starts = inBody.map((m, k) => leadingBlockStart(src, m.pos, k === 0 ? bodyStart : inBody[k - 1].pos + 1));
  const tail = leadingBlockStart(src, bodyEnd, inBody[inBody.length - 1].pos + 1);
  return inBody.map((m, k) => ({ id: `S${k + 1}`, title: latexToPlain(m.title), start: starts[k], end: k + 1 < starts.length ? starts[k + 1] : tail }));
}
