import { describe, expect, it } from 'vitest';
import { segmentProject } from '../segment/segment';
import type { EditProposal } from '../types';
import { FORBIDDEN_NAMES, isForbidden } from './forbidden';
import { guardContext, guardEdits } from './guard';
import { checkLatexSafety } from './latex-safety';

// The master *uses* every forbidden command in its body (inside \iffalse), so a refusal below is
// the forbidden check's doing and never masked by the unknown-command check.
const master = (extraPreamble = '') => [
  `\\documentclass{article}${extraPreamble}\\begin{document}`,
  `\\iffalse ${FORBIDDEN_NAMES.map((n) => `\\${n}`).join(' ')} \\pdfinfo \\pdfcatalog \\newtoks \\everypar \\fi`,
  '\\section{Experience}',
  '\\begin{itemize}',
  '\\item Built the billing service in Python and PostgreSQL for 200 clinics',
  '\\item Grew revenue by $10^6$ dollars with the sales team',
  '\\end{itemize}',
  '\\end{document}',
].join('\n');
const ctxFor = (tex: string) => guardContext(segmentProject({ mainFile: 'cv.tex', files: { 'cv.tex': tex } }));
const ctx = ctxFor(master());
const edit = (newText: string, segmentId = 'b1'): EditProposal => ({ segmentId, newText, reason: 'test', keywordsAdded: [] });
const guard = (newText: string, c = ctx, segmentId = 'b1') => guardEdits(c, [edit(newText, segmentId)], 'full')[0];
const hex = (ch: string) => ch.charCodeAt(0).toString(16).padStart(2, '0');

/** Every way found to make TeX read `\name` without the text containing it literally. */
function obfuscations(name: string): Record<string, string> {
  return {
    plain: `\\${name}`,
    'hex backslash ^^5c': `^^5c${name}`,
    'caret-shifted backslash ^^<0x1c>': `^^\u001c${name}`,
    '^^K superscript pair': `\u000b\u000b5c${name}`,
    'hex letter inside the name': `\\${name[0]}^^${hex(name[1] ?? 'x')}${name.slice(2)}`,
    'whole name in hex': `^^5c${[...name].map((ch) => `^^${hex(ch)}`).join('')}`,
    'even dollars before ^^': `$ $^^5c${name}`,
    'csname': `\\csname ${name}\\endcsname`,
    'expandafter': `\\expandafter\\${name}`,
    'scantokens': `\\scantokens{\\${name}}`,
    'internal @ alias': `\\@@${name}`,
    'NUL inside the name': `\\${name[0]}\u0000${name.slice(1)}`,
    'zero-width joiner': `\\${name}\u200d`,
  };
}

describe('G1: the guard reads model text the way TeX reads it', () => {
  it('refuses the reviewed exploit (file content into PDF metadata through ^^5c)', () => {
    const r = guard('$ $^^5copenin5=notes.txt ^^5cread5to^^5cq^^5cpdfinfo{/x (^^5cq)}');
    expect(r.status).toBe('rejected');
    expect(r.issues[0].code).toBe('forbidden-command');
  });

  it('every forbidden command is refused in every obfuscated form', () => {
    const names = [...FORBIDDEN_NAMES, 'pdfinfo', 'pdfcatalog', 'pdfobj', 'newtoks', 'everypar', 'renewenvironment'];
    let cases = 0;
    for (const name of names) {
      expect(isForbidden(name)).toBe(true);
      for (const [form, text] of Object.entries(obfuscations(name))) {
        const r = guard(`Python ${text}{x} PostgreSQL`);
        expect(r.status, `${form}: ${JSON.stringify(text)}`).toBe('rejected');
        expect(r.issues[0].code, `${form}: ${JSON.stringify(text)}`).toBe('forbidden-command');
        cases++;
      }
    }
    expect(cases).toBe(names.length * 13);
  });

  it('a character the master made an escape or active character cannot be added', () => {
    for (const preamble of ['\\catcode`\\|=0', '\\catcode`|=13', '\\catcode 124=0', '\\MakeShortVerb{\\|}']) {
      const c = ctxFor(master(preamble));
      const r = guard('Python |input{notes.txt} PostgreSQL', c);
      expect(r.status, preamble).toBe('rejected');
      expect(r.issues[0].code).toBe('forbidden-command');
    }
    // Without such a catcode change, | is plain text.
    expect(guard('Built the billing service in Python | PostgreSQL for 200 clinics').status).toBe('applied');
  });

  it('escapes ^ outside math always (even with paired $), keeps math only where the master had it', () => {
    const r = guard('Built the billing service $x$ in Python 2^10 for 200 clinics');
    expect(r.status).not.toBe('rejected'); // flagged for the new number 10, escaped either way
    expect(r.newText).toBe('Built the billing service \\$x\\$ in Python 2\\textasciicircum{}10 for 200 clinics');
    const math = guard('Grew revenue by $10^6$ dollars with the sales team, 2^2', ctx, 'b2');
    expect(math.newText).toBe('Grew revenue by $10^6$ dollars with the sales team, 2\\textasciicircum{}2');
  });

  it('refuses control characters and internal commands; keeps accents and Unicode', () => {
    expect(guard('Built the billing\u001b service in Python').status).toBe('rejected');
    expect(guard('Built the \\@input{x} service').issues[0].code).toBe('forbidden-command');
    expect(guard('Built the billing service in Python for 200 cliniques à Zürich, \\\'e').status).not.toBe('rejected');
  });

  it('an environment the replaced text does not open is refused (filecontents writes files)', () => {
    const known = new Set(['begin', 'end', 'item']);
    const old = 'APIs \\begin{itemize}\\item REST\\end{itemize}';
    expect(checkLatexSafety('APIs \\begin{itemize}\\item gRPC\\end{itemize}', old, known).fatal).toBe(false);
    const swapped = checkLatexSafety('APIs \\begin{filecontents}{cv.tex}x\\end{filecontents}', old, known);
    expect(swapped).toMatchObject({ fatal: true, issues: [{ code: 'structure' }] });
    expect(guard('Built Python \\begin{verbatim}x\\end{verbatim}').issues[0].code).toBe('structure');
  });

  it('a preamble-only command is not offered to a model; \\begin{document} never', () => {
    const c = ctxFor('\\documentclass{article}\\newcommand{\\secret}{x}\\hypersetup{pdfauthor=\\secret}\\begin{document}\\begin{itemize}\\item Built Python services\\end{itemize}\\end{document}');
    expect(guard('Built Python \\secret services', c).issues[0].code).toBe('unknown-command');
    expect(guard('Built Python \\end{document} services', c).issues[0].code).toBe('forbidden-command');
  });
});

describe('G1: the cover letter\'s plain-text escape', () => {
  it('no forbidden command survives escapeLatexText in any obfuscated form', async () => {
    const { escapeLatexText } = await import('../cover-letter/template');
    const { readTex } = await import('./tex-reader');
    for (const name of FORBIDDEN_NAMES) {
      for (const text of Object.values(obfuscations(name))) {
        const out = escapeLatexText(`Dear team, ${text}{x}`);
        const reading = readTex(out);
        expect(reading.problems, JSON.stringify(text)).toEqual([]);
        expect(reading.tokens.filter((t) => t.kind === 'cs').map((t) => (t as { name: string }).name).filter((n) => !['textbackslash', 'textasciicircum', '{', '}', 'textless', 'textgreater', 'textbar', 'textasciitilde', '$', '&', '%', '#', '_'].includes(n)), JSON.stringify(text)).toEqual([]);
      }
    }
  });
});
