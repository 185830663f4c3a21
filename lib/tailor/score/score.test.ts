import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { PostingKeyword } from '../keywords/analyse';
import { extractPdfTextNode } from '../node/pdf-text-node';
import { frequencyCredit, prominenceAt, scoreText } from './score';

const k = (term: string, importance: 'must' | 'nice', aliases: string[] = []): PostingKeyword => ({ term, aliases, category: 'tool', importance, mentions: 1 });

describe('scoreText', () => {
  const keywords = [k('Kubernetes', 'must', ['k8s']), k('Terraform', 'must'), k('Helm', 'nice'), k('Go', 'nice')];
  // Filler that pushes whatever follows it to the end of the text (no keyword in it).
  const filler = 'Organised weekly planning meetings and wrote the team handbook. '.repeat(20);

  it('coverage weighs must-haves three times nice-to-haves', () => {
    // must: Kubernetes present (3), Terraform missing (3); nice: Helm present (1), Go missing (1)
    const s = scoreText(keywords, `Ran k8s clusters with Helm charts. ${filler}`);
    expect(s.components.coverage).toBe(Math.round((100 * 4) / 8));
    expect(s.must).toEqual({ present: 1, total: 2 });
    expect(s.nice).toEqual({ present: 1, total: 2 });
    const kube = s.keywords.find((r) => r.term === 'Kubernetes')!;
    expect(kube.present).toBe(true);
    expect(kube.where[0]).toContain('k8s clusters');
    expect(s.keywords.find((r) => r.term === 'Go')!.present).toBe(false); // "go" in lowercase prose is not the language
    // Both present keywords are in the first quarter and the posting names each once: full credit for them.
    expect(s.components).toEqual({ coverage: 50, prominence: 50, frequency: 50 });
    expect(s.score).toBe(50);
  });

  it('the score is the 70/20/10 blend of coverage, prominence and frequency', () => {
    // Terraform (must, named twice in the posting) once, at the very end; Helm (nice) twice, at the top.
    const kws = [k('Terraform', 'must'), k('Helm', 'nice')];
    kws[0].mentions = 2;
    const text = `Helm and Helm. ${filler}Terraform`;
    const s = scoreText(kws, text);
    const terraformAt = prominenceAt(text.indexOf('Terraform'), text.length);
    expect(terraformAt).toBeLessThan(0.01);
    const coverage = 1;
    const prominence = (3 * terraformAt + 1) / 4;
    const frequency = (3 * 0.5 + 1) / 4;
    expect(s.score).toBe(Math.round(100 * (0.7 * coverage + 0.2 * prominence + 0.1 * frequency)));
    expect(s.components).toEqual({ coverage: 100, prominence: Math.round(100 * prominence), frequency: Math.round(100 * frequency) });
  });

  it('moving a matching bullet earlier raises the score', () => {
    const late = scoreText(keywords, `${filler}\n• Ran Kubernetes clusters`);
    const early = scoreText(keywords, `• Ran Kubernetes clusters\n${filler}`);
    expect(early.components.coverage).toBe(late.components.coverage);
    expect(early.components.prominence).toBeGreaterThan(late.components.prominence);
    expect(early.score).toBeGreaterThan(late.score);
  });

  it('prominence is flat over the first quarter, then falls linearly to 0 at the end', () => {
    expect(prominenceAt(0, 1000)).toBe(1);
    expect(prominenceAt(250, 1000)).toBe(1);
    expect(prominenceAt(625, 1000)).toBeCloseTo(0.5);
    expect(prominenceAt(1000, 1000)).toBe(0);
  });

  it('stuffing a keyword five times gains nothing over two mentions', () => {
    const kws = [k('Terraform', 'must'), k('Helm', 'nice')];
    kws[0].mentions = 4;
    const once = scoreText(kws, `Terraform. ${filler}`);
    const twice = scoreText(kws, `Terraform Terraform. ${filler}`);
    const five = scoreText(kws, `Terraform Terraform Terraform Terraform Terraform. ${filler}`);
    expect(twice.score).toBeGreaterThan(once.score); // a second, truthful mention counts
    expect(five.score).toBe(twice.score);
    expect(five.components).toEqual(twice.components);
    expect(five.keywords[0].count).toBe(5);
    expect(frequencyCredit(1, 1)).toBe(1); // the posting names it once: one mention is enough
  });

  it('presence dominates: every keyword once at the very end beats a missing must-have with the rest on top and repeated', () => {
    const buried = scoreText(keywords, `${filler}Kubernetes Terraform Helm Go`);
    const missing = scoreText(keywords, `Kubernetes Kubernetes Helm Helm Go Go. ${filler}`);
    expect(buried.components.coverage).toBe(100);
    expect(missing.components.coverage).toBe(63);
    expect(missing.components.prominence).toBe(missing.components.coverage);
    expect(buried.score).toBeGreaterThan(missing.score);
    // A present keyword always earns at least 70% of its credit, wherever it is.
    expect(buried.score).toBeGreaterThanOrEqual(70);
  });

  it('ligatures and hyphenated line breaks in PDF text are normalised', () => {
    expect(scoreText([k('workflow', 'must')], 'work-\nflow').keywords[0].present).toBe(true);
    expect(scoreText([k('Profiling', 'must')], 'Pro\uFB01ling').keywords[0].present).toBe(true);
  });

  it('no keywords gives 0, all present early gives 100', () => {
    expect(scoreText([], 'anything')).toMatchObject({ score: 0, components: { coverage: 0, prominence: 0, frequency: 0 } });
    expect(scoreText(keywords, `Kubernetes Terraform Helm Go. ${filler}`).score).toBe(100);
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
