import { describe, expect, it } from 'vitest';
import { guardContext, guardEdits } from '../guard/guard';
import { segmentProject } from '../segment/segment';
import type { EditProposal } from '../types';
import { guardShortenings } from './shorten-guard';

const TEX = [
  '\\documentclass{article}', '\\begin{document}', '\\begin{itemize}',
  '\\item Rebuilt the checkout page of the web shop in React with a small team of colleagues',
  '\\item Cut the checkout page load time by 40\\% through caching and lazy loading of images',
  '\\end{itemize}', '\\end{document}', '',
].join('\n');
const ctx = guardContext(segmentProject({ mainFile: 'cv.tex', files: { 'cv.tex': TEX } }));
const [b1, b2] = ctx.seg.segments.map((s) => s.id);
const edit = (newText: string, evidence?: string[]): EditProposal => ({ segmentId: b1, newText, reason: '', keywordsAdded: [], evidence });

describe('guardShortenings: the fit round is checked against the same evidence as the first round', () => {
  const merged = guardEdits(ctx, [edit('Rebuilt the checkout page of the web shop in React, cutting its load time by 40\\% with caching', [b1, b2])], 'full');

  it('keeps the merged edit\'s cited lines: a shorter merge is still backed by both bullets', () => {
    expect(merged[0].status).toBe('applied');
    const [rec] = guardShortenings(ctx, [edit('Rebuilt the React checkout page, cutting load time by 40\\%')], merged);
    expect(rec.status).toBe('applied');
    // Checked against its own line only, as before, the same text would be flagged.
    expect(guardEdits(ctx, [edit('Rebuilt the React checkout page, cutting load time by 40\\%')], 'light')[0].status).toBe('flagged');
  });

  it('flags a claim the shortening adds, and keeps one the person already accepted', () => {
    expect(guardShortenings(ctx, [edit('Rebuilt the React checkout page, cutting load time by 60\\%')], merged)[0].status).toBe('flagged');
    const accepted = guardEdits(ctx, [edit('Rebuilt the checkout page of the web shop in React and Redux with a small team')], 'full', new Set([b1]));
    expect(accepted[0]).toMatchObject({ status: 'applied', claims: ['Redux'] });
    expect(guardShortenings(ctx, [edit('Rebuilt the web shop checkout in React and Redux')], accepted)[0].status).toBe('applied');
    expect(guardShortenings(ctx, [edit('Led the rebuild of the checkout in React and Redux')], accepted)[0].status).toBe('flagged');
  });
});
