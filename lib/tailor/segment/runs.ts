import type { MacroDef } from './macro-defs';
import {
  commentEnd, findEnvEnd, isBlankLineAt, readControlSequence, readEnvName, skipGroup, skipMath,
  skipOptional, skipSpaces, skipVerb, VERBATIM_ENVS,
} from './scanner';

/** A maximal stretch of inline content (text, inline formatting, math) found in a file. */
export interface Run {
  start: number;
  end: number;
  /** Started by `\item`, or is the whole argument a template macro puts after `\item`. */
  bullet: boolean;
}

export interface SectionMark { pos: number; title: string }

/** Formatting and text macros that stay inside a sentence, with their argument counts. */
const INLINE: Record<string, number> = {
  textbf: 1, textit: 1, emph: 1, underline: 1, textsc: 1, texttt: 1, textsf: 1, textrm: 1, textmd: 1,
  textup: 1, textsl: 1, uline: 1, mbox: 1, href: 2, url: 1, textcolor: 2, cite: 1, footnote: 1,
  small: 0, footnotesize: 0, normalsize: 0, large: 0, Large: 0, scriptsize: 0, tiny: 0, bfseries: 0,
  itshape: 0, scshape: 0, normalfont: 0, bf: 0, it: 0, em: 0, rm: 0, sf: 0, tt: 0, LaTeX: 0, TeX: 0,
  ldots: 0, dots: 0, textbar: 0, textbullet: 0, textendash: 0, textemdash: 0, xspace: 0, quad: 0,
  qquad: 0, enspace: 0, nobreak: 0, hfill: 0, textasciitilde: 0, textdollar: 0, ie: 0, eg: 0, slash: 0,
};
/** Macros whose arguments are never prose (lengths, files, labels, colours). */
const NON_TEXT: Record<string, number> = {
  vspace: 1, 'vspace*': 1, hspace: 1, 'hspace*': 1, includegraphics: 1, label: 1, ref: 1, setlength: 2,
  addtolength: 2, color: 1, fontsize: 2, input: 1, include: 1, usepackage: 1, documentclass: 1,
  pagestyle: 1, thispagestyle: 1, setcounter: 2, newcommand: 2, renewcommand: 2, definecolor: 3,
  photo: 1, profilepic: 1, rule: 2, raisebox: 1, titleformat: 1, geometry: 1,
};
const BREAKS = new Set(['\\', 'item', 'newline', 'par', 'linebreak', 'begin', 'end', 'section', 'section*', 'subsection', 'subsection*']);

/** Finds the inline runs of `src[from, to)`, recursing into arguments and environments. */
export class RunFinder {
  readonly runs: Run[] = [];
  readonly sections: SectionMark[] = [];
  private cur: { start: number; end: number; bullet: boolean } | null = null;
  private pendingBullet = false;

  constructor(private readonly src: string, private readonly defs: Map<string, MacroDef>) {}

  /** Scans a range; `bullet` marks the whole range's first run as a bullet. */
  walk(from: number, to: number, bullet = false): void {
    this.flush();
    this.pendingBullet = bullet;
    const src = this.src;
    let i = from;
    while (i < to) {
      const c = src[i];
      if (c === '%') { this.flush(); i = commentEnd(src, i); continue; }
      if (c === '\n') { if (isBlankLineAt(src, i)) this.flush(); i++; continue; }
      if (c === ' ' || c === '\t' || c === '\r') { i++; continue; }
      if (c === '{') {
        const g = Math.min(skipGroup(src, i), to);
        if (this.isInline(i + 1, g - 1)) this.extend(i, g);
        // `\item{ line \\ line }`: the item's first line is still a bullet.
        else this.walk(i + 1, g - 1, this.pendingBullet && !this.cur);
        i = g; continue;
      }
      if (c === '}') { this.flush(); i++; continue; }
      if (c === '&') { this.flush(); i++; continue; }
      if (c === '$') { const e = Math.min(skipMath(src, i), to); this.extend(i, e); i = e; continue; }
      if (c !== '\\') { this.extend(i, i + 1); i++; continue; }
      i = this.macro(i, to);
    }
    this.flush();
  }

  private macro(i: number, to: number): number {
    const src = this.src;
    const cs = readControlSequence(src, i);
    const name = cs.name;
    if (name === 'verb' || name === 'verb*') { const e = skipVerb(src, i); this.extend(i, e); return e; }
    if (name.length === 1 && !/[A-Za-z]/.test(name)) {
      if (name === '\\') { this.flush(); let j = cs.end; if (src[j] === '*') j++; const s = skipSpaces(src, j); return src[s] === '[' ? skipOptional(src, s) : j; }
      this.extend(i, cs.end); return cs.end;
    }
    if (name === 'item') {
      this.flush();
      let j = skipSpaces(src, cs.end);
      if (src[j] === '[') j = skipOptional(src, j);
      this.pendingBullet = true;
      return j;
    }
    if (name === 'begin') {
      this.flush();
      const env = readEnvName(src, cs.end);
      if (!env) return cs.end;
      if (VERBATIM_ENVS.has(env.name)) return Math.min(findEnvEnd(src, env.name, env.end), to);
      let j = env.end;
      // Environment arguments (`tabular*{w}[t]{spec}`, `itemize[opts]`) are layout, not prose.
      for (let k = 0; k < 3; k++) {
        const s = skipSpaces(src, j);
        if (src[s] === '[') j = skipOptional(src, s);
        else if (src[s] === '{' && /tabular|minipage|multicols|tabu|longtable|paracol|wrapfig/.test(env.name)) j = skipGroup(src, s);
        else break;
      }
      return j;
    }
    if (name === 'end') { this.flush(); return readEnvName(src, cs.end)?.end ?? cs.end; }
    const base = name.replace(/\*$/, '');
    const def = this.defs.get(base);
    if (def && def.bulletArgs.size > 0) return this.bulletMacro(def, cs.end, to);
    if (!def && name in INLINE) return this.inlineMacro(i, cs.end, INLINE[name], to);
    this.flush();
    if (name in NON_TEXT) return this.skipArgs(cs.end, NON_TEXT[name], to, false);
    const isSection = /section\*?$/i.test(name);
    const start = this.sections.length;
    const end = this.skipArgs(cs.end, def ? def.arity : -1, to, true, def?.hasOptional ?? false);
    if (isSection && this.sections.length === start) this.sections.push({ pos: i, title: this.firstArg(cs.end) });
    return end;
  }

  private firstArg(from: number): string {
    let j = skipSpaces(this.src, from);
    if (this.src[j] === '[') j = skipSpaces(this.src, skipOptional(this.src, j));
    if (this.src[j] !== '{') return '';
    return this.src.slice(j + 1, skipGroup(this.src, j) - 1).trim();
  }

  private inlineMacro(start: number, from: number, arity: number, to: number): number {
    let j = from;
    let end = from;
    for (let k = 0; k < arity; k++) {
      const s = skipSpaces(this.src, j);
      if (this.src[s] === '[') { j = skipOptional(this.src, s); k--; end = j; continue; }
      if (this.src[s] !== '{') break;
      const g = Math.min(skipGroup(this.src, s), to);
      if (!this.isInline(s + 1, g - 1)) { this.flush(); this.walk(s + 1, g - 1); j = g; end = -1; continue; }
      j = g; if (end !== -1) end = g;
    }
    if (end !== -1) this.extend(start, end);
    return j;
  }

  /** Consumes a macro's arguments; `arity` -1 means "every group that directly follows". */
  private skipArgs(from: number, arity: number, to: number, recurse: boolean, optionalFirst = false): number {
    let j = from;
    let k = 0;
    while (arity < 0 || k < arity) {
      const s = skipSpaces(this.src, j, arity >= 0);
      if (this.src[s] === '[' && (k === 0 || !optionalFirst)) { j = Math.min(skipOptional(this.src, s), to); if (optionalFirst && k === 0) k++; continue; }
      if (this.src[s] !== '{' || s >= to) break;
      const g = Math.min(skipGroup(this.src, s), to);
      if (recurse) this.walk(s + 1, g - 1);
      j = g; k++;
      if (arity < 0 && k > 9) break;
    }
    return j;
  }

  private bulletMacro(def: MacroDef, from: number, to: number): number {
    this.flush();
    let j = from;
    // With several bullet arguments (`\resumeItem{Title}{Description}`), the last is the bullet.
    const bulletArg = Math.max(...def.bulletArgs);
    for (let k = 1; k <= def.arity; k++) {
      const s = skipSpaces(this.src, j, true);
      if (k === 1 && def.hasOptional) { if (this.src[s] === '[') j = skipOptional(this.src, s); continue; }
      if (this.src[s] !== '{' || s >= to) break;
      const g = Math.min(skipGroup(this.src, s), to);
      this.walk(s + 1, g - 1, k === bulletArg);
      j = g;
    }
    return j;
  }

  /** A group is inline when nothing inside it breaks a sentence (items, line breaks, comments…). */
  private isInline(from: number, to: number): boolean {
    const src = this.src;
    for (let i = from; i < to; i++) {
      const c = src[i];
      if (c === '%' || c === '&') return false;
      if (c === '\n' && isBlankLineAt(src, i)) return false;
      if (c === '\\') {
        const cs = readControlSequence(src, i);
        if (BREAKS.has(cs.name)) return false;
        const def = this.defs.get(cs.name.replace(/\*$/, ''));
        if (def && !(cs.name in INLINE)) return false;
        i = cs.end - 1;
      }
    }
    return true;
  }

  private extend(start: number, end: number): void {
    if (!this.cur) { this.cur = { start, end, bullet: this.pendingBullet }; this.pendingBullet = false; return; }
    this.cur.end = end;
  }

  private flush(): void {
    if (this.cur) this.runs.push(this.cur);
    this.cur = null;
  }
}
