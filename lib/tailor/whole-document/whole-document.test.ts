import { describe, expect, it } from 'vitest';
import { guardContext } from '../guard/guard';
import { segmentProject } from '../segment/segment';
import { guardWholeDocument } from './whole-document';

const TABLE = [
  '\\documentclass{article}',
  '\\begin{document}',
  'Jane Roe \\href{mailto:jane@roe.example}{jane@roe.example}',
  '\\begin{tabular}{ll}',
  'Role & Data analyst \\\\ % {',
  'Skills & Python, pandas \\\\',
  '\\end{tabular}',
  '\\end{document}',
  '',
].join('\n');
const ctx = guardContext(segmentProject({ mainFile: 'cv.tex', files: { 'cv.tex': TABLE } }));
const check = (doc: string) => guardWholeDocument(ctx, TABLE, doc, false);

describe('G2: whole-document mode gets the segment checks, per changed region', () => {
  it('applies a reordering of the master\'s own lines (tables, comments and all)', () => {
    const moved = TABLE.replace('Role & Data analyst \\\\ % {\nSkills & Python, pandas \\\\', 'Skills & Python, pandas \\\\\nRole & Data analyst \\\\ % {');
    expect(check(moved)).toMatchObject({ status: 'applied', newText: moved });
  });

  it('flags a contact e-mail changed to another domain', () => {
    const r = check(TABLE.replace('Jane Roe \\href{mailto:jane@roe.example}{jane@roe.example}', 'Jane Roe \\href{mailto:jane@evil.example}{jane@evil.example}'));
    expect(r.status).toBe('flagged');
    expect(r.claims).toEqual(expect.arrayContaining(['jane@evil.example']));
  });

  it('reads meaning like a segment edit: a title upgrade and a duration are claims with their kinds, a reworded line is not', () => {
    const r = check(TABLE.replace('Role & Data analyst', 'Role & Senior data analyst for 6 years'));
    expect(r.status).toBe('flagged');
    expect(r.findings?.map((c) => `${c.kind}:${c.text}`)).toEqual(['duration:6 years', 'seniority:Senior']);
    expect(check(TABLE.replace('Skills & Python, pandas', 'Skills & pandas, Python')).status).toBe('applied');
  });

  it('refuses forbidden commands even when the master has the same number of them', () => {
    expect(check(TABLE.replace('Data analyst', 'Data analyst \\renewenvironment{tabular}{}{}')).issues[0].code).toBe('forbidden-command');
    expect(check(TABLE.replace('Data analyst', 'Data analyst ^^5cinput{notes.txt}')).issues[0].code).toBe('forbidden-command');
    expect(check(TABLE.replace('Data analyst', 'Data analyst \\pdfcatalog{/OpenAction 1 0 R}')).issues[0].code).toBe('forbidden-command');
    // A "%" in an \href address is a character to TeX: the \input after it on the line is read (it was hidden as a comment).
    expect(check(TABLE.replace('Data analyst', 'Data analyst \\href{https://roe.example/cv%}{cv} \\input{notes.txt}\n}')).issues[0].code).toBe('forbidden-command');
  });

  it('refuses unknown commands and added structure; escapes ^ outside math', () => {
    expect(check(TABLE.replace('Data analyst', 'Data \\fancybox{analyst}')).issues[0].code).toBe('unknown-command');
    expect(check(TABLE.replace('\\end{tabular}', '\\end{tabular}\n\\section{New}')).issues[0].code).toBe('structure');
    const caret = check(TABLE.replace('Data analyst', 'Data analyst 2^3'));
    expect(caret.newText).toContain('Data analyst 2\\textasciicircum{}3');
  });
});
