import { describe, expect, it } from 'vitest';
import { applyEdits } from '../apply/apply';
import { segmentProject } from '../segment/segment';
import type { EditProposal } from '../types';
import { guardContext, guardEdits, guardReorders, newLinks } from './guard';

const TEX = [
  '\\documentclass{article}\\begin{document}',
  '\\section{Experience}',
  '\\textbf{Acme Corp} \\hfill 2019 -- 2023',
  '\\begin{itemize}',
  '\\item Built the billing service in Python and PostgreSQL for 200 clinics',
  '\\item Cut deploy time by 30\\% with Docker and GitHub Actions',
  '\\item Mentored two junior engineers on code review',
  '\\end{itemize}',
  '\\end{document}',
].join('\n');
const seg = segmentProject({ mainFile: 'cv.tex', files: { 'cv.tex': TEX } });
const ctx = guardContext(seg);
const edit = (segmentId: string, newText: string): EditProposal => ({ segmentId, newText, reason: 'test', keywordsAdded: [] });
const one = (e: EditProposal, accepted?: Set<string>) => guardEdits(ctx, [e], 'keywords', accepted)[0];

describe('guardEdits', () => {
  it('the fixture has three bullets b1..b3 in one list', () => {
    expect(seg.segments.map((s) => s.id)).toEqual(['b1', 'b2', 'b3']);
  });

  it('applies a truthful rewrite that reuses the master\'s facts', () => {
    const r = one(edit('b1', 'Built the \\textbf{Python} billing service on PostgreSQL, serving 200 clinics'));
    expect(r.status).toBe('applied');
    expect(r.claims).toEqual([]);
  });

  it('rejects unknown ids', () => {
    expect(one(edit('b9', 'Anything')).issues[0].code).toBe('unknown-segment');
  });

  it('flags invented numbers, skills and employers as needing evidence; accepting applies them', () => {
    const metric = one(edit('b2', 'Cut deploy time by 45\\% with Docker and GitHub Actions'));
    expect(metric.status).toBe('flagged');
    expect(metric.claims).toContain('45%');
    const skill = one(edit('b1', 'Built the billing service in Python, Kubernetes and PostgreSQL for 200 clinics'));
    expect(skill.claims).toEqual(['Kubernetes']);
    const employer = one(edit('b3', 'Mentored two junior engineers at Google on code review'));
    expect(employer.claims).toEqual(['Google']);
    expect(one(edit('b3', 'Mentored two junior engineers at Google on code review'), new Set(['b3'])).status).toBe('applied');
  });

  it('flags links and addresses the master does not contain', () => {
    const r = one(edit('b3', 'Mentored two junior engineers on code review: https://evil.example/x'));
    expect(r.status).toBe('flagged');
    expect(r.claims).toContain('https://evil.example/x');
    expect(newLinks('see \\href{https://evil.example/y}{talk} or mail x@evil.example', TEX)).toEqual(['https://evil.example/y', 'x@evil.example']);
    // Written without a scheme: a path on a known domain, or www.
    expect(newLinks('slides at github.com/someone/talks and www.example.org', TEX)).toEqual(['github.com/someone/talks', 'www.example.org']);
    expect(newLinks('built with ASP.Net and Node.js', TEX)).toEqual([]);
    expect(newLinks('hosted at tb-dashboard.example.co.uk', TEX)).toEqual(['tb-dashboard.example.co.uk']);
  });

  it('escapes raw & % # _ and keeps the edit', () => {
    const r = one(edit('b2', 'Cut deploy time by 30% with Docker & GitHub Actions'));
    expect(r.status).toBe('applied');
    expect(r.newText).toBe('Cut deploy time by 30\\% with Docker \\& GitHub Actions');
    expect(r.issues.map((i) => i.code)).toEqual(['escaped']);
  });

  it('refuses forbidden, structural, unknown commands and unbalanced braces', () => {
    expect(one(edit('b1', 'Python \\input{/etc/passwd}')).issues[0].code).toBe('forbidden-command');
    expect(one(edit('b1', '\\def\\x{1} Python')).issues[0].code).toBe('forbidden-command');
    expect(one(edit('b1', 'Python \\immediate\\write18{rm -rf}')).issues[0].code).toBe('forbidden-command');
    expect(one(edit('b1', 'Python\n\\item PostgreSQL')).issues[0].code).toBe('structure');
    expect(one(edit('b1', 'Python \\fancycmd{x}')).issues[0].code).toBe('unknown-command');
    expect(one(edit('b1', 'Python {PostgreSQL')).issues.at(-1)!.code).toBe('unbalanced');
  });

  it('refuses a rewrite far longer than the bullet', () => {
    const long = 'Built the billing service in Python and PostgreSQL for 200 clinics, ' + 'working closely with clinics and engineers '.repeat(4);
    expect(one(edit('b1', long)).issues[0].code).toBe('too-long');
  });

  it('lets a short bullet grow by about a line (7 words may become 15 under "keywords", not 17)', () => {
    const codes = (text: string) => one(edit('b3', text)).issues.map((i) => i.code);
    expect(codes('Mentored two junior engineers on code review, pairing on their pull requests and release notes')).not.toContain('too-long');
    expect(codes('Mentored two junior engineers on code review, pairing on their pull requests and release notes every week')).toContain('too-long');
  });
});

describe('applyEdits', () => {
  it('changes only the edited spans and reorders by swapping texts', () => {
    const edits = guardEdits(ctx, [edit('b3', 'Mentored two junior engineers through code review')], 'keywords');
    const { valid } = guardReorders(seg, [{ listId: seg.lists[0].id, order: ['b3', 'b1', 'b2'] }]);
    const out = applyEdits(seg, edits, valid)['cv.tex'];
    const items = out.split('\n').filter((l) => l.startsWith('\\item'));
    expect(items).toEqual([
      '\\item Mentored two junior engineers through code review',
      '\\item Built the billing service in Python and PostgreSQL for 200 clinics',
      '\\item Cut deploy time by 30\\% with Docker and GitHub Actions',
    ]);
    expect(out.replace(/\\item [^\n]*/g, '')).toBe(TEX.replace(/\\item [^\n]*/g, ''));
  });

  it('flagged edits are not applied; bad reorders are refused', () => {
    const edits = guardEdits(ctx, [edit('b2', 'Cut deploy time by 80\\% with Docker')], 'keywords');
    expect(applyEdits(seg, edits)['cv.tex']).toBe(TEX);
    expect(guardReorders(seg, [{ listId: seg.lists[0].id, order: ['b1', 'b1', 'b2'] }]).valid).toEqual([]);
    expect(guardReorders(seg, [{ listId: 'L99', order: [] }]).rejected[0].message).toMatch(/no list/);
  });
});

describe('truthfulness: word families the master already has', () => {
  it('"testing" is backed by "tested", "data analysis" by "data" + "analyzed"; new terms are not', () => {
    const tex = '\\begin{document}\\begin{itemize}\\item Tested and analyzed the billing data weekly\\item Ran Docker builds\\end{itemize}\\end{document}';
    const s = segmentProject({ mainFile: 'm.tex', files: { 'm.tex': tex } });
    const c = guardContext(s);
    const r = guardEdits(c, [
      { segmentId: 'b1', newText: 'Handled testing and data analysis of the billing data weekly', reason: '', keywordsAdded: [] },
      { segmentId: 'b2', newText: 'Ran Docker builds and distributed systems', reason: '', keywordsAdded: [] },
    ], 'full');
    expect(r[0].claims).toEqual([]);
    expect(r[1].claims).toEqual(['distributed systems']);
  });
});

describe('guardEdits on hostile model output', () => {
  it('never throws, and whatever it applies keeps braces balanced and the skeleton intact', () => {
    const alphabet = ['\\', '{', '}', '%', '&', '#', '_', '$', '^', '~', '\\item', '\\input{x}', '\\textbf{', ' word', '45', 'Kubernetes', '\n', 'é'];
    let seed = 7;
    const rand = (n: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
    let applied = 0;
    for (let i = 0; i < 300; i++) {
      const newText = Array.from({ length: 1 + rand(12) }, () => alphabet[rand(alphabet.length)]).join('');
      const [rec] = guardEdits(ctx, [edit(['b1', 'b2', 'b3', 'zz'][rand(4)], newText)], 'full');
      if (rec.status !== 'applied') continue;
      applied++;
      const out = applyEdits(seg, [rec])['cv.tex'];
      const span = seg.segments.find((s) => s.id === rec.segmentId)!;
      expect(out).toBe(TEX.slice(0, span.start) + rec.newText + TEX.slice(span.end));
      expect(rec.newText).not.toMatch(/(^|[^\\])(\\\\)*\\$/);
      let depth = 0;
      for (let k = 0; k < rec.newText.length; k++) { if (rec.newText[k] === '\\') { k++; continue; } depth += rec.newText[k] === '{' ? 1 : rec.newText[k] === '}' ? -1 : 0; expect(depth).toBeGreaterThanOrEqual(0); }
      expect(depth).toBe(0);
      expect(rec.newText).not.toMatch(/\\(input|item)(?![A-Za-z])/);
    }
    expect(applied).toBeGreaterThan(10); // the check above really ran
  });
});
