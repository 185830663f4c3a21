import { commentEnd, readControlSequence, skipGroup, skipOptional, skipSpaces } from './scanner';

/** What we know about a user or class macro, read from its definition. */
export interface MacroDef {
  name: string;
  /** Number of arguments, including the optional first one when `hasOptional`. */
  arity: number;
  /** `\newcommand{\X}[n][default]`: argument #1 is optional (`[..]`). */
  hasOptional: boolean;
  body: string;
  /** Argument numbers (1-based) that end up after an `\item`: their text is a bullet. */
  bulletArgs: Set<number>;
}

const DEF_COMMANDS = new Set(['newcommand', 'renewcommand', 'providecommand', 'DeclareRobustCommand', 'newcommand*', 'renewcommand*', 'providecommand*', 'DeclareRobustCommand*']);
const XPARSE_COMMANDS = new Set(['NewDocumentCommand', 'RenewDocumentCommand', 'DeclareDocumentCommand', 'ProvideDocumentCommand']);

function readMacroName(src: string, i: number): { name: string; end: number } | null {
  let j = skipSpaces(src, i);
  let braced = false;
  if (src[j] === '{') { braced = true; j = skipSpaces(src, j + 1); }
  if (src[j] !== '\\') return null;
  const cs = readControlSequence(src, j);
  let end = cs.end;
  if (braced) {
    const close = src.indexOf('}', end);
    if (close === -1) return null;
    end = close + 1;
  }
  return { name: cs.name.replace(/\*$/, ''), end };
}

/** Reads every macro definition in `src` (`\newcommand` family, `\def`, xparse). Never throws. */
export function readMacroDefs(src: string, into = new Map<string, MacroDef>()): Map<string, MacroDef> {
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === '%') { i = commentEnd(src, i); continue; }
    if (c !== '\\') { i++; continue; }
    const cs = readControlSequence(src, i);
    i = cs.end;
    if (DEF_COMMANDS.has(cs.name)) {
      const nm = readMacroName(src, i);
      if (!nm) continue;
      let j = skipSpaces(src, nm.end);
      let arity = 0;
      let hasOptional = false;
      if (src[j] === '[') { const e = skipOptional(src, j); arity = Number.parseInt(src.slice(j + 1, e - 1), 10) || 0; j = skipSpaces(src, e); }
      if (src[j] === '[') { hasOptional = true; j = skipSpaces(src, skipOptional(src, j)); }
      if (src[j] !== '{') continue;
      const end = skipGroup(src, j);
      into.set(nm.name, { name: nm.name, arity, hasOptional, body: src.slice(j + 1, end - 1), bulletArgs: new Set() });
      i = end;
    } else if (cs.name === 'def' || cs.name === 'gdef' || cs.name === 'edef') {
      if (src[i] !== '\\') continue;
      const nm = readControlSequence(src, i);
      const open = src.indexOf('{', nm.end);
      if (open === -1) continue;
      const params = src.slice(nm.end, open);
      // Delimited parameters (`\def\x#1.{…}`) are not plain arguments; record only simple ones.
      if (!/^(#\d)*$/.test(params.trim())) { i = open; continue; }
      const end = skipGroup(src, open);
      into.set(nm.name, { name: nm.name, arity: (params.match(/#/g) ?? []).length, hasOptional: false, body: src.slice(open + 1, end - 1), bulletArgs: new Set() });
      i = end;
    } else if (XPARSE_COMMANDS.has(cs.name)) {
      const nm = readMacroName(src, i);
      if (!nm) continue;
      let j = skipSpaces(src, nm.end);
      if (src[j] !== '{') continue;
      const specEnd = skipGroup(src, j);
      const spec = src.slice(j + 1, specEnd - 1).trim().split(/\s+/).filter(Boolean);
      j = skipSpaces(src, specEnd);
      if (src[j] !== '{') continue;
      const end = skipGroup(src, j);
      into.set(nm.name, { name: nm.name, arity: spec.length, hasOptional: spec[0] === 'o' || spec[0]?.startsWith('O') === true, body: src.slice(j + 1, end - 1), bulletArgs: new Set() });
      i = end;
    }
  }
  return into;
}

/**
 * Marks the arguments each macro places after an `\item`, following macro-calls-macro
 * (`\resumeSubItem{#1}` → `\resumeItem{#1}` → `\item … #1`) until nothing changes.
 */
export function markBulletArgs(defs: Map<string, MacroDef>): void {
  for (const def of defs.values()) {
    // An argument is a bullet when it follows an `\item` with no table, environment or line
    // break in between (`\resumeSubheading` puts its arguments in a tabular after `\item`).
    for (const piece of def.body.split(/\\item(?![A-Za-z])/).slice(1)) {
      const stop = piece.search(/\\begin|\\end|\\\\|&|\\item(?![A-Za-z])/);
      for (const m of piece.slice(0, stop === -1 ? piece.length : stop).matchAll(/#(\d)/g)) def.bulletArgs.add(Number(m[1]));
    }
  }
  for (let round = 0; round < 6; round++) {
    let changed = false;
    for (const def of defs.values()) {
      for (const call of findCalls(def.body, defs)) {
        const callee = defs.get(call.name);
        if (!callee) continue;
        call.args.forEach((arg, idx) => {
          if (!callee.bulletArgs.has(idx + 1)) return;
          for (const m of arg.matchAll(/#(\d)/g)) {
            const n = Number(m[1]);
            if (!def.bulletArgs.has(n)) { def.bulletArgs.add(n); changed = true; }
          }
        });
      }
    }
    if (!changed) break;
  }
}

/** Calls of known macros inside a body, with their argument texts (optional first when declared). */
function findCalls(body: string, defs: Map<string, MacroDef>): { name: string; args: string[] }[] {
  const calls: { name: string; args: string[] }[] = [];
  for (let i = body.indexOf('\\'); i !== -1 && i < body.length; i = body.indexOf('\\', i + 1)) {
    const cs = readControlSequence(body, i);
    const def = defs.get(cs.name.replace(/\*$/, ''));
    if (!def || def.arity === 0) continue;
    const args: string[] = [];
    let j = cs.end;
    for (let k = 0; k < def.arity; k++) {
      j = skipSpaces(body, j);
      if (k === 0 && def.hasOptional) {
        if (body[j] === '[') { const e = skipOptional(body, j); args.push(body.slice(j + 1, e - 1)); j = e; } else args.push('');
        continue;
      }
      if (body[j] === '{') { const e = skipGroup(body, j); args.push(body.slice(j + 1, e - 1)); j = e; } else if (body[j] === '#') { args.push(body.slice(j, j + 2)); j += 2; } else break;
    }
    calls.push({ name: def.name, args });
  }
  return calls;
}
