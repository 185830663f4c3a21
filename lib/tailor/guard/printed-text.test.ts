import { describe, expect, it } from 'vitest';
import { segmentProject } from '../segment/segment';
import { guardContext, guardEdits } from './guard';
import { printedPlain, withoutDefinitions } from './printed-text';

const TEX = [
  '\\documentclass{article}',
  '\\newcommand{\\job}[3]{\\textbf{#1} \\hfill #2 -- #3}',
  '\\def\\years{3}',
  '\\begin{document}',
  '\\job{D3 Labs}{2021}{2023}',
  '\\begin{itemize}',
  '\\item Built dashboards in D3',
  '\\end{itemize}',
  '\\end{document}',
].join('\n');

describe('printed text only', () => {
  it('drops definitions and their #n parameters, keeps arguments apart', () => {
    expect(withoutDefinitions('a \\newcommand{\\x}[2]{#1 and #2} b \\def\\y#1{#1} c')).toBe('a  b  c');
    expect(printedPlain('\\job{D3 Labs}{2021}{2023}')).toBe('D3 Labs 2021 2023');
  });

  it('a "3" in a macro parameter, a \\def or "D3" does not back "3 years"', () => {
    const ctx = guardContext(segmentProject({ mainFile: 'cv.tex', files: { 'cv.tex': TEX } }));
    expect(ctx.evidence.skeleton).toContain('D3 Labs 2021 2023');
    expect(ctx.evidence.printed).not.toMatch(/#3|newcommand/);
    const [rec] = guardEdits(ctx, [{ segmentId: 'b1', newText: 'Built dashboards in D3 for over 3 years', reason: '', keywordsAdded: [] }], 'full');
    expect(rec.status).toBe('flagged');
    expect(rec.findings).toEqual([expect.objectContaining({ kind: 'duration', text: '3 years' })]);
  });

  it('a fact the person confirmed is evidence; cited segments are listed with their text', () => {
    const ctx = guardContext(segmentProject({ mainFile: 'cv.tex', files: { 'cv.tex': TEX } }), ['Built dashboards in D3 for over 3 years']);
    const [rec] = guardEdits(ctx, [{ segmentId: 'b1', newText: 'Built dashboards in D3 for over 3 years', reason: '', keywordsAdded: [], evidence: ['b1', 'b99'] }], 'full');
    expect(rec.status).toBe('applied');
    expect(rec.evidence).toEqual([{ id: 'b1', text: 'Built dashboards in D3' }]);
  });
});
