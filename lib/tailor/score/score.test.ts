import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { PostingKeyword } from '../keywords/analyse';
import { extractPdfTextNode } from '../node/pdf-text-node';
import { scoreText } from './score';

const k = (term: string, importance: 'must' | 'nice', aliases: string[] = []): PostingKeyword => ({ term, aliases, category: 'tool', importance, mentions: 1 });

describe('scoreText', () => {
  const keywords = [k('Kubernetes', 'must', ['k8s']), k('Terraform', 'must'), k('Helm', 'nice'), k('Go', 'nice')];

  it('weighs must-haves three times nice-to-haves', () => {
    // must: Kubernetes present (3), Terraform missing (3); nice: Helm present (1), Go missing (1)
    const s = scoreText(keywords, 'Ran k8s clusters with Helm charts');
    expect(s.score).toBe(Math.round((100 * 4) / 8));
    expect(s.must).toEqual({ present: 1, total: 2 });
    expect(s.nice).toEqual({ present: 1, total: 2 });
    const kube = s.keywords.find((r) => r.term === 'Kubernetes')!;
    expect(kube.present).toBe(true);
    expect(kube.where[0]).toContain('k8s clusters');
    expect(s.keywords.find((r) => r.term === 'Go')!.present).toBe(false); // "go" in lowercase prose is not the language
  });

  it('repeating a keyword earns nothing more', () => {
    expect(scoreText(keywords, 'Terraform Terraform Terraform').score).toBe(scoreText(keywords, 'Terraform').score);
  });

  it('ligatures and hyphenated line breaks in PDF text are normalised', () => {
    expect(scoreText([k('workflow', 'must')], 'work-\nflow').keywords[0].present).toBe(true);
    expect(scoreText([k('Profiling', 'must')], 'Pro\uFB01ling').keywords[0].present).toBe(true);
  });

  it('no keywords gives 0, all present gives 100', () => {
    expect(scoreText([], 'anything').score).toBe(0);
    expect(scoreText(keywords, 'Kubernetes Terraform Helm Go').score).toBe(100);
  });
});

describe('extractPdfTextNode', () => {
  it('reads the text of a real PDF page by page', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    doc.addPage().drawText('Built Terraform modules for AWS', { x: 50, y: 700, font, size: 12 });
    doc.addPage().drawText('Second page: Kubernetes', { x: 50, y: 700, font, size: 12 });
    const text = await extractPdfTextNode(await doc.save());
    expect(text.pages).toHaveLength(2);
    expect(text.pages[0]).toContain('Built Terraform modules for AWS');
    expect(text.pages[1]).toContain('Kubernetes');
  });

  it('refuses bytes that are not a PDF with a typed error', async () => {
    await expect(extractPdfTextNode(new TextEncoder().encode('not a pdf'))).rejects.toThrow(/could not be read/);
  });
});
