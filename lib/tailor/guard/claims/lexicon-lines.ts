/** One line of a claim lexicon and the helpers the lexicons of every language share (see claim-lexicons.ts). */
export type LexiconKind = 'ownership' | 'seniority' | 'scope' | 'sector' | 'credential' | 'level' | 'number';

export interface LexiconLine {
  kind: LexiconKind;
  forms: string;
  /** For ownership: the rank of the family; a rewrite may not rank above its cited lines. */
  rank?: number;
  /** For ownership: words that say the person worked alone (a claim unless the cited lines have one). */
  solo?: boolean;
  /** Backed by the cited lines only (words that place this work somewhere: "al settore …"). */
  cited?: boolean;
  /** Forms match only as written, not by stem ("collaborazione" is no "collaboratore", "projeto" no "projetar"). */
  exact?: boolean;
  /** Any word of the line backs the others (audiences: "Nutzer" says what "Anwender" says). */
  family?: boolean;
  /**
   * For ownership: words that back the rank in the cited lines but claim nothing in a rewrite.
   * Who developed or created a thing designed it ("Разработал" backs "Спроектировал").
   */
  backsOnly?: boolean;
  /** For number words: the value, so a digit of the cited lines backs the word. */
  value?: number;
}

export const numbers = (words: string): LexiconLine[] => words.split(' ').map((w, k) => ({ kind: 'number' as const, forms: w.replace(/\//g, ' '), value: [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 15, 20, 30, 100, 1000][k] }));

/**
 * Words that multiply a result ("verdoppelt", "raddoppiato"): a number claim like English
 * "doubled" (numbers.ts). Written forms only: "double" is also an adjective ("double diplôme").
 * `twice`, `thrice`, `half`: the forms of ×2, ×3 and ×½.
 */
export const multiples = (twice: string, thrice: string, half = ''): LexiconLine[] =>
  [{ value: 2, forms: twice }, { value: 3, forms: thrice }, { value: 0.5, forms: half }]
    .filter((m) => m.forms)
    .map((m) => ({ kind: 'number' as const, exact: true, forms: m.forms, value: m.value }));

// The language-independent levels of the Common European Framework.
export const CEFR: LexiconLine = { kind: 'credential', forms: 'a1 a2 b1 b2 c1 c2' };

