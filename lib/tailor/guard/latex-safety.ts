import type { GuardIssue } from '../types';

/** Commands that reach outside the document or redefine TeX itself: never accepted from a model. */
export const FORBIDDEN = /\\(input|include|includeonly|write|write18|openout|openin|read|readline|def|gdef|edef|xdef|let|futurelet|catcode|lccode|uccode|mathcode|usepackage|RequirePackage|documentclass|immediate|newcommand|renewcommand|providecommand|DeclareRobustCommand|NewDocumentCommand|special|csname|expandafter|makeatletter|makeatother|directlua|latelua|luaexec|ShellEscape|outer|global|newwrite|newread|pdfprimitive|pdfobj|pdfliteral|loop|scantokens|endinput|end\s*\{document\}|begin\s*\{document\})(?![A-Za-z])/;
/** Commands that change the document's structure: an edit replaces text inside one bullet or line. */
const STRUCTURE = /\\(item|section|subsection|subsubsection|chapter|par|newpage|clearpage|begin|end)(?![A-Za-z])|\\\\/;

/** Inline commands a rewrite may use even when the master does not. */
export const SAFE_COMMANDS = new Set(['textbf', 'textit', 'emph', 'underline', 'texttt', 'textsc', 'small', 'footnotesize', 'LaTeX', 'TeX', 'ldots', 'textbar', 'textendash', 'textemdash']);

/** Escapes `& % # _` (and stray `$`, `^`, `~` in prose) that a model wrote raw; says what it fixed. */
export function escapeSpecials(text: string): { text: string; fixed: string[] } {
  const fixed = new Set<string>();
  const dollars = (text.match(/(?<!\\)\$/g) ?? []).length;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') { out += c + (text[i + 1] ?? ''); i++; continue; }
    if ('&%#_'.includes(c) || (c === '$' && dollars % 2 === 1)) { out += '\\' + c; fixed.add(c); continue; }
    if (c === '^' && dollars === 0) { out += '\\textasciicircum{}'; fixed.add(c); continue; }
    out += c;
  }
  return { text: out, fixed: [...fixed] };
}

/** Braces balance (ignoring `\{` `\}`) and never close below zero. */
export function bracesBalanced(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') { i++; continue; }
    if (c === '{') depth++;
    else if (c === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

/** Every `\name` used in a text. */
export function commandsIn(text: string): Set<string> {
  return new Set([...text.matchAll(/\\([A-Za-z]+)/g)].map((m) => m[1]));
}

/**
 * LaTeX safety of a model's replacement text: forbidden and structural commands refuse the
 * edit, unknown commands (used nowhere in the master and not plain formatting) refuse it,
 * raw specials are escaped, unbalanced braces refuse it.
 */
export function checkLatexSafety(newText: string, oldText: string, masterCommands: Set<string>): { text: string; issues: GuardIssue[]; fatal: boolean } {
  const issues: GuardIssue[] = [];
  const forbidden = newText.match(FORBIDDEN);
  if (forbidden) return { text: newText, fatal: true, issues: [{ code: 'forbidden-command', message: `Uses ${forbidden[0]}, which an edit may never contain.` }] };
  const structural = newText.match(STRUCTURE);
  if (structural && !oldText.includes(structural[0])) {
    return { text: newText, fatal: true, issues: [{ code: 'structure', message: `Adds ${structural[0]}, which would change the document's structure.` }] };
  }
  const unknown = [...commandsIn(newText)].filter((c) => !masterCommands.has(c) && !SAFE_COMMANDS.has(c));
  if (unknown.length) return { text: newText, fatal: true, issues: [{ code: 'unknown-command', message: `Uses \\${unknown[0]}, which the resume never uses (it may not compile).` }] };
  const { text, fixed } = escapeSpecials(newText);
  if (fixed.length) issues.push({ code: 'escaped', message: `Escaped ${fixed.join(' ')} so LaTeX prints ${fixed.length === 1 ? 'it' : 'them'}.` });
  if (!bracesBalanced(text)) return { text, fatal: true, issues: [...issues, { code: 'unbalanced', message: 'Its braces do not balance.' }] };
  // A lone backslash at the end would swallow the template's next character.
  if (/(^|[^\\])(\\\\)*\\$/.test(text)) return { text, fatal: true, issues: [...issues, { code: 'unbalanced', message: 'It ends with a lone backslash.' }] };
  return { text, issues, fatal: false };
}
