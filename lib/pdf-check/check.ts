import { classifyTokens, type ReadToken, type Verdict } from './classify';
import { headerFooterProblem, headingProblems, orderProblem } from './layout';
import type { SourceWords } from './source-words';
import { isJunkMark, isWord, normWord, tokensOf } from './tokens';
import type { ProblemKind, ReadPage, TextLayerProblem, TextLayerReport } from './types';

const MESSAGES: Record<Exclude<Verdict, 'exact'>, (n: number) => string> = {
  junk: (n) => `${n} stray glyph(s) read as text, mostly icons (phone, e-mail, LinkedIn…) that come out as letters or symbols.`,
  split: (n) => `${n} word(s) come out in pieces (letter-spaced or boxed headings, e.g. "edu cation"); a parser cannot match them.`,
  joined: (n) => `${n} place(s) where words run together with no space between them.`,
  ligature: (n) => `${n} word(s) with a ligature read as one odd character ("ﬁ" instead of "fi").`,
  accent: (n) => `${n} word(s) with an accent read apart from its letter ("Matem´ atica").`,
  hyphenation: (n) => `${n} word(s) broken by hyphenation at a line end.`,
  misread: (n) => `${n} word(s) read differently from anything in your source.`,
};

/** Tokens of every page in reading order, with junk marks (non-words) kept apart. */
function readTokens(pages: ReadPage[], sourceMarks: Set<string>): { words: ReadToken[]; marks: { raw: string; page: number }[] } {
  const sourceChars = new Set([...sourceMarks].flatMap((m) => [...m]));
  const words: ReadToken[] = [];
  const marks: { raw: string; page: number }[] = [];
  pages.forEach((p, n) => p.lines.forEach((l, li) => {
    const toks = tokensOf(l.text);
    toks.forEach((raw, k) => {
      if (isWord(raw)) words.push({ raw, norm: normWord(raw), page: n + 1, line: li, lineEnd: k === toks.length - 1 });
      else if (isJunkMark(raw, sourceChars)) marks.push({ raw, page: n + 1 });
    });
  }));
  return { words, marks };
}

/**
 * Compares the words a PDF's text layer yields (as one extractor read them, in reading order)
 * with the words the LaTeX source writes. `readsAsWritten` is the share read back exactly.
 */
export function checkTextLayer(pages: ReadPage[], source: SourceWords, extractor: string): TextLayerReport {
  const { words, marks } = readTokens(pages, source.marks);
  const verdicts = classifyTokens(words, source);
  const groups = new Map<ProblemKind, { count: number; examples: string[]; pages: Set<number> }>();
  const note = (kind: ProblemKind, example: string, page: number) => {
    const g = groups.get(kind) ?? { count: 0, examples: [], pages: new Set<number>() };
    g.count++;
    if (g.examples.length < 4 && !g.examples.includes(example)) g.examples.push(example);
    g.pages.add(page);
    groups.set(kind, g);
  };
  let exact = 0;
  let splitWords = 0;
  for (let i = 0; i < words.length; i++) {
    const v = verdicts[i];
    if (v === 'exact') { exact++; continue; }
    if (v === 'split' || v === 'hyphenation') {
      // A run of pieces is one word broken; show it as read ("int erests").
      let j = i;
      while (j + 1 < words.length && verdicts[j + 1] === v && words[j + 1].line === words[i].line && words[j + 1].page === words[i].page && v === 'split') j++;
      // "develop- ment" is one word in two tokens; "multicloud" (a hyphen lost) is one token.
      if (v === 'hyphenation' && /-$/.test(words[i].raw)) j = i + 1;
      note(v, words.slice(i, j + 1).map((w) => w.raw).join(' '), words[i].page);
      if (v === 'split') splitWords++;
      i = j;
      continue;
    }
    note(v, words[i].raw, words[i].page);
  }
  for (const m of marks) note('junk', m.raw, m.page);
  const problems: TextLayerProblem[] = [...groups].map(([kind, g]) => ({
    kind, count: g.count, examples: g.examples, pages: [...g.pages].sort((a, b) => a - b),
    message: MESSAGES[kind as Exclude<Verdict, 'exact'>](g.count),
  }));
  const readsAsWritten = words.length ? exact / words.length : 1;
  const order = orderProblem(words, source, readsAsWritten);
  if (order) problems.push(order);
  const hf = headerFooterProblem(pages);
  if (hf) problems.push(hf);
  problems.push(...headingProblems(words, source));
  return {
    extractor, words: words.length, exact, readsAsWritten,
    junkGlyphs: groups.get('junk')?.count ?? 0,
    splitWords,
    joinedWords: groups.get('joined')?.count ?? 0,
    problems,
  };
}
