import { diffLines } from 'diff';

/** A stretch of the document body: unchanged, or what the model replaced (`old`) with `text`. */
export type BodyPart = { changed: false; text: string } | { changed: true; old: string; text: string };

/**
 * Splits a returned body into unchanged lines and changed regions (consecutive removed and
 * added lines), so each region can get the checks a single segment edit gets.
 */
export function changedRegions(oldBody: string, newBody: string): BodyPart[] {
  const parts: BodyPart[] = [];
  let pending: { old: string; text: string } | null = null;
  for (const c of diffLines(oldBody, newBody)) {
    if (!c.added && !c.removed) {
      if (pending) parts.push({ changed: true, ...pending });
      pending = null;
      parts.push({ changed: false, text: c.value });
      continue;
    }
    pending ??= { old: '', text: '' };
    if (c.added) pending.text += c.value;
    else pending.old += c.value;
  }
  if (pending) parts.push({ changed: true, ...pending });
  return parts;
}

/** Escapes `^` outside math (`$…$`, `\(…\)`, `\[…\]`) in a changed region, leaving everything else as written. */
export function escapeCaretOutsideMath(text: string): { text: string; fixed: boolean } {
  let inMath = false;
  let out = '';
  let fixed = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '%') { const nl = text.indexOf('\n', i); const end = nl === -1 ? text.length : nl; out += text.slice(i, end); i = end - 1; continue; }
    if (c === '\\') { const n = text[i + 1] ?? ''; if ('()[]'.includes(n) && n) inMath = n === '(' || n === '['; out += c + n; i++; continue; }
    if (c === '$') inMath = !inMath;
    if (c === '^' && !inMath) { out += '\\textasciicircum{}'; fixed = true; continue; }
    out += c;
  }
  return { text: out, fixed };
}
