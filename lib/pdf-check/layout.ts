import { diffArrays } from 'diff';
import type { ReadToken } from './classify';
import type { SourceWords } from './source-words';
import type { ReadPage, TextLayerProblem } from './types';

/**
 * Problems of where words are rather than how they read: text read out of order (columns
 * read line by line across), contact details only in a page's header or footer band, and
 * standard section headings a parser looks for that the source has but the text lacks.
 */

/** Share of read words that follow the source's order (longest common subsequence). */
export function orderShare(tokens: ReadToken[], source: SourceWords): number {
  const inDocument = new Set(source.ordered);
  const read = tokens.map((t) => t.norm).filter((w) => inDocument.has(w));
  const wanted = new Set(read);
  const src = source.ordered.filter((w) => wanted.has(w));
  if (read.length === 0) return 1;
  let same = 0;
  for (const part of diffArrays(src, read)) if (!part.added && !part.removed) same += part.count ?? part.value.length;
  return same / read.length;
}

export function orderProblem(tokens: ReadToken[], source: SourceWords, exactShare: number): TextLayerProblem | null {
  const share = orderShare(tokens, source);
  // Some reordering is normal (a date set right of its title); a large gap means columns read across.
  if (exactShare - share < 0.12) return null;
  return {
    kind: 'order', count: 1, examples: [], pages: [],
    message: `Only ${Math.round(share * 100)}% of the words come out in the order they were written: side-by-side columns (a sidebar, a date column) are read across each other. A one-column layout reads safely.`,
  };
}

const CONTACT = /[\w.+-]+@[\w-]+\.[\w.]+|(?:\+?\d[\d ().-]{7,}\d)|linkedin\.com\/\S+|github\.com\/\S+/i;
/** Header and footer bands: the top and bottom 5% of a page. */
const BAND = 0.05;

export function headerFooterProblem(pages: ReadPage[]): TextLayerProblem | null {
  let inBand = 0;
  let inBody = 0;
  const examples: string[] = [];
  const where = new Set<number>();
  pages.forEach((p, n) => {
    for (const l of p.lines) {
      const m = l.text.match(CONTACT);
      if (!m || p.height === undefined || l.y === undefined) continue;
      const band = l.y > p.height * (1 - BAND) || l.y < p.height * BAND;
      if (band) { inBand++; where.add(n + 1); if (examples.length < 3) examples.push(m[0]); } else inBody++;
    }
  });
  if (inBand === 0 || inBody > 0) return null;
  return {
    kind: 'header-footer', count: inBand, examples, pages: [...where],
    message: 'Your contact details appear only in the page header or footer; many ATS parsers (Greenhouse among them) skip those. Put them in the body of the page.',
  };
}

/** Standard headings by group, in the main European languages. */
const HEADINGS: Record<string, string[]> = {
  Experience: ['experience', 'employment', 'work', 'berufserfahrung', 'erfahrung', 'expérience', 'experiencia', 'esperienza', 'experiência', 'werkervaring', 'career'],
  Education: ['education', 'ausbildung', 'studium', 'formation', 'educación', 'formación', 'formazione', 'educação', 'formação', 'opleiding', 'studies', 'academic'],
  Skills: ['skills', 'kenntnisse', 'fähigkeiten', 'compétences', 'habilidades', 'competencias', 'competenze', 'competências', 'vaardigheden', 'skill'],
};

export function headingProblems(tokens: ReadToken[], source: SourceWords): TextLayerProblem[] {
  const read = new Set(tokens.map((t) => t.norm));
  const out: TextLayerProblem[] = [];
  for (const [group, words] of Object.entries(HEADINGS)) {
    const written = words.filter((w) => source.counts.has(w));
    if (written.length === 0 || written.some((w) => read.has(w))) continue;
    out.push({
      kind: 'heading', count: 1, examples: written.slice(0, 2), pages: [],
      message: `The "${written[0]}" heading does not come out as a word, so a parser may find no ${group} section.`,
    });
  }
  return out;
}
