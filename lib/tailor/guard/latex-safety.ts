import type { GuardIssue } from '../types';
import { isForbidden, SAFE_COMMANDS, SAFE_SYMBOLS, STRUCTURE_NAMES } from './forbidden';
import { readTex, type TexToken } from './tex-reader';

export { FORBIDDEN_NAMES, isForbidden, SAFE_COMMANDS } from './forbidden';

/** Every `\name` (control word or control symbol) used in a text. */
export function commandsIn(text: string): Set<string> {
  return new Set([...text.matchAll(/\\([A-Za-z]+|[^A-Za-z])/g)].map((m) => m[1]));
}

/** Braces balance (ignoring `\{` `\}`) and never close below zero. */
export function bracesBalanced(text: string): boolean {
  return tokenBracesBalanced(readTex(text).tokens);
}

function tokenBracesBalanced(tokens: TexToken[]): boolean {
  let depth = 0;
  for (const t of tokens) {
    if (t.kind !== 'char') continue;
    if (t.cat === 'begin') depth++;
    else if (t.cat === 'end' && --depth < 0) return false;
  }
  return depth === 0;
}

const count = (tokens: TexToken[], name: string) => tokens.filter((t) => t.kind === 'cs' && t.name === name).length;
const mathShifts = (tokens: TexToken[]) => tokens.filter((t) => t.kind === 'char' && t.cat === 'math').length;

/** Names of the environments `\begin{…}` / `\end{…}` in a text. */
function environments(tokens: TexToken[], text: string): Set<string> {
  const out = new Set<string>();
  for (const t of tokens) {
    if (t.kind !== 'cs' || (t.name !== 'begin' && t.name !== 'end')) continue;
    const m = /^\s*\{\s*([^{}\s]*)\s*\}/.exec(text.slice(t.end, t.end + 80));
    out.add(m ? m[1] : '(unreadable)');
  }
  return out;
}

/** `\begin{document}` / `\end{document}` spelled with any spacing. */
function touchesDocument(tokens: TexToken[], text: string): boolean {
  return tokens.some((t) => t.kind === 'cs' && (t.name === 'begin' || t.name === 'end') && /^\s*\{\s*document\s*\}/.test(text.slice(t.end, t.end + 40)));
}

/**
 * The first reason TeX-level content is unsafe, or null: unreadable input, forbidden commands,
 * `\begin{document}`, structure the old text did not have, commands the master never uses.
 */
export function unsafeCommand(tokens: TexToken[], text: string, oldTokens: TexToken[], masterCommands: ReadonlySet<string>, oldText = ''): GuardIssue | null {
  for (const t of tokens) {
    if (t.kind === 'cs' && isForbidden(t.name)) return { code: 'forbidden-command', message: `Uses \\${t.name}, which an edit may never contain.` };
  }
  if (touchesDocument(tokens, text)) return { code: 'forbidden-command', message: 'Uses \\begin{document} or \\end{document}, which an edit may never contain.' };
  for (const name of STRUCTURE_NAMES) {
    if (count(tokens, name) > count(oldTokens, name)) return { code: 'structure', message: `Adds \\${name}, which would change the document's structure.` };
  }
  // An environment the old text never opens could be anything (filecontents writes files, verbatim changes catcodes).
  const known = environments(oldTokens, oldText);
  for (const env of environments(tokens, text)) {
    if (!known.has(env)) return { code: 'structure', message: `Adds the ${env} environment, which the replaced text does not use.` };
  }
  for (const t of tokens) {
    if (t.kind !== 'cs' || masterCommands.has(t.name)) continue;
    if (/^[A-Za-z]+$/.test(t.name) ? !SAFE_COMMANDS.has(t.name) : !SAFE_SYMBOLS.has(t.name)) return { code: 'unknown-command', message: `Uses \\${t.name}, which the resume never uses (it may not compile).` };
  }
  return null;
}

/**
 * Rewrites raw specials so TeX prints them: `& % #` always, `_` except in a link's address,
 * `$` unless the old text was math and the new one pairs its `$`, and `^` whenever it is
 * outside math (a superscript character is how `^^` byte notation starts).
 */
export function escapeTokens(text: string, tokens: TexToken[], mathAllowed: boolean): { text: string; fixed: string[] } {
  const fixed = new Set<string>();
  const keepMath = mathAllowed && mathShifts(tokens) % 2 === 0;
  let inMath = false;
  let out = '';
  // Inside the address of \href{…} or \url{…} hyperref takes `_` as it is (masters write
  // `Trading_Bot` raw): escaping it would change the link and make the master's own link look
  // new. `# % &` stay escaped: raw, they break a link that sits in another command's argument.
  let urlCommand = false;
  let urlDepth = 0;
  for (const t of tokens) {
    const raw = text.slice(t.start, t.end);
    if (t.kind === 'cs') { out += raw; urlCommand = t.name === 'href' || t.name === 'url'; continue; }
    if (t.cat === 'begin' && (urlDepth > 0 || urlCommand)) { urlDepth++; urlCommand = false; out += raw; continue; }
    if (t.cat === 'end' && urlDepth > 0) { urlDepth--; out += raw; continue; }
    if (t.cat !== 'space') urlCommand = false;
    if (urlDepth > 0 && t.cat === 'sub') { out += raw; continue; }
    if (t.cat === 'math' && keepMath) { inMath = !inMath; out += raw; continue; }
    if (t.cat === 'align' || t.cat === 'param' || t.cat === 'sub' || t.cat === 'comment' || t.cat === 'math') { out += '\\' + raw; fixed.add(raw); continue; }
    if (t.cat === 'sup' && !inMath) { out += '\\textasciicircum{}'; fixed.add(raw); continue; }
    out += raw;
  }
  return { text: out, fixed: [...fixed] };
}

/**
 * LaTeX safety of a model's replacement text, read the way TeX reads it: anything that does
 * not read as it looks (`^^` notation, control characters, characters the template made
 * special, internal `@` commands), forbidden, structural and unknown commands refuse the edit;
 * raw specials are escaped; unbalanced braces or a trailing lone backslash refuse it.
 */
export function checkLatexSafety(newText: string, oldText: string, masterCommands: ReadonlySet<string>, special: ReadonlySet<string> = new Set()): { text: string; issues: GuardIssue[]; fatal: boolean } {
  const issues: GuardIssue[] = [];
  const allowed = new Set([...special].filter((c) => !oldText.includes(c)));
  const reading = readTex(newText, { special: allowed });
  const old = readTex(oldText).tokens;
  if (reading.problems.length) return { text: newText, fatal: true, issues: [{ code: 'forbidden-command', message: `It ${reading.problems[0]}.` }] };
  const unsafe = unsafeCommand(reading.tokens, newText, old, masterCommands, oldText);
  if (unsafe) return { text: newText, fatal: true, issues: [unsafe] };
  const { text, fixed } = escapeTokens(newText, reading.tokens, mathShifts(old) > 0);
  if (fixed.length) issues.push({ code: 'escaped', message: `Escaped ${fixed.join(' ')} so LaTeX prints ${fixed.length === 1 ? 'it' : 'them'}.` });
  const escaped = readTex(text).tokens;
  if (!tokenBracesBalanced(escaped)) return { text, fatal: true, issues: [...issues, { code: 'unbalanced', message: 'Its braces do not balance.' }] };
  // A lone backslash at the end would swallow the template's next character.
  if (escaped.at(-1)?.kind === 'char' && (escaped.at(-1) as { char: string }).char === '\\') return { text, fatal: true, issues: [...issues, { code: 'unbalanced', message: 'It ends with a lone backslash.' }] };
  return { text, issues, fatal: false };
}
