import { stemOf } from './words';

/** A number as a reader takes it: its value, what it counts, and whether it is a share or a span of time. */
export interface Quantity {
  text: string;
  value: number;
  /** Stem of the word it counts ("year", "user"), when one follows. */
  unit: string | null;
  percent: boolean;
  duration: boolean;
  ordinal: boolean;
  index: number;
  /** Part of a name ("COVID-19", "GPT-4"): it backs the same number but claims no count of its own. */
  inName?: boolean;
}

const WORD_NUMBERS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9,
  half: 0.5, dozen: 12, single: 1, double: 2, triple: 3, twice: 2,
  doubled: 2, doubling: 2, tripled: 3, tripling: 3, halved: 0.5, halving: 0.5, decade: 10, decades: 10,
};
const ORDINAL_WORDS: Record<string, number> = { second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 };
const SCALE: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, mm: 1e6, million: 1e6, millions: 1e6, b: 1e9, bn: 1e9, billion: 1e9, billions: 1e9 };
const DURATION_UNITS = new Set(['year', 'yr', 'month', 'mo', 'week', 'wk', 'day', 'hour', 'minut', 'decad', 'quarter', 'semest', 'sprint']);
// Units written short ("4h → 45min setup", "3 yrs"): the stem of the word they stand for, so "4 hours" reads the same.
const SHORT_UNITS: Record<string, string> = { h: 'hour', hr: 'hour', hrs: 'hour', min: 'minut', mins: 'minut', wks: 'week', mos: 'month', yrs: 'year' };
// Words skipped between a number and what it counts ("50K+ lines", "over 3 full years", "100+ AWS subnets" keeps "aws").
const FILLER = new Set(['of', 'more', 'plus', 'than', 'full', 'consecutive', 'straight', 'additional', 'other', 'different', 'distinct', 'unique', 'total']);

// A share is written "%" or as a word in each resume language: "98 Prozent" is "98 %".
const NUMBER = /(?<![\p{L}\p{N}.,^_])(\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?![\d.,]\d)|\d+(?:[.,]\d+)*)(?:\s*(k|m|mm|b|bn|thousand|million|billion)(?![\p{L}]))?(\+)?(st|nd|rd|th)?(\s*%|\s*(?:percent|per cent|prozent|procent|pour cent|por ciento|por cento|per cento|процентов|процента|процент)(?![\p{L}]))?/giu;
const WORDNUM = /(?<![\p{L}\p{N}-])(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a hundred|a thousand|a million|a billion|half a|a dozen|twice|double|triple|doubled|doubling|tripled|tripling|halved|halving|a decade|decades|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?![\p{L}\p{N}])/giu;

function parseDigits(digits: string): number {
  // "5 000" (French, Swedish, Russian …): spaces group thousands.
  if (/[ \u00A0\u202F]/.test(digits)) return Number(digits.replace(/[ \u00A0\u202F]/g, ''));
  // "100,000" and "1.5": a comma followed by exactly three digits groups thousands.
  const s = /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(digits) ? digits.replace(/,/g, '') : digits.replace(',', '.');
  return Number(s);
}

function unitAfter(text: string, from: number): string | null {
  const rest = text.slice(from).replace(/^[\s+%-]+/, '');
  for (const m of rest.slice(0, 60).matchAll(/[\p{L}]+/gu)) {
    const w = m[0].toLowerCase();
    if (FILLER.has(w)) continue;
    return SHORT_UNITS[w] ?? stemOf(w);
  }
  return null;
}

/** Every number in a plain text: digits (with K/M/B scales, %, +, ordinals) and number words. */
export function quantitiesIn(text: string): Quantity[] {
  const out: Quantity[] = [];
  for (const m of text.matchAll(NUMBER)) {
    // A number joined to letters by a hyphen belongs to a name: "COVID-19", "GPT-4", "EME-2".
    const inName = /\p{L}-\s*$/u.test(text.slice(Math.max(0, (m.index ?? 0) - 3), (m.index ?? 0) + (m[0].length - m[0].trimStart().length)));
    const scale = m[2] ? SCALE[m[2].toLowerCase()] ?? 1 : 1;
    const end = (m.index ?? 0) + m[0].length;
    const unit = m[5] ? null : unitAfter(text, end);
    const value = parseDigits(m[1]) * scale;
    out.push({ text: m[0].trim(), value, unit, percent: Boolean(m[5]), duration: unit !== null && DURATION_UNITS.has(unit), ordinal: Boolean(m[4]), index: m.index ?? 0, ...(inName ? { inName } : {}) });
  }
  for (const m of text.matchAll(WORDNUM)) {
    const w = m[1].toLowerCase().replace(/^a |^half a$/, (x) => (x === 'half a' ? 'half' : ''));
    const ordinal = w in ORDINAL_WORDS;
    const value = ordinal ? ORDINAL_WORDS[w] : WORD_NUMBERS[w.replace(/ a$/, '')] ?? NaN;
    // "one of the…", "one-stop": a pronoun or an idiom, not a count.
    if (Number.isNaN(value) || (w === 'one' && /^(\s+of\b|-)/i.test(text.slice((m.index ?? 0) + 3)))) continue;
    const end = (m.index ?? 0) + m[0].length;
    // "a decade" is ten years: it counts time, not what follows it.
    const decade = /decade/.test(w);
    const unit = decade ? 'year' : unitAfter(text, end);
    // "second" as in "per second", "a second opinion": only an ordinal before a prize/place/rank word.
    if (ordinal && !/^(prize|place|rank|author|round)/.test(unit ?? '')) continue;
    out.push({ text: m[0], value, unit, percent: false, duration: unit !== null && DURATION_UNITS.has(unit), ordinal, index: m.index ?? 0 });
  }
  return out.sort((a, b) => a.index - b.index);
}

/**
 * Whether the evidence states this quantity: the same value in the cited lines (for a span of
 * time or a share, with the same unit), or the same value and unit in the shared text.
 */
export function quantityBacked(q: Quantity, cited: readonly Quantity[], shared: readonly Quantity[] = []): boolean {
  const same = (e: Quantity) => Math.abs(e.value - q.value) < 1e-9 * Math.max(1, q.value);
  const sameUnit = (e: Quantity) => same(e) && e.unit !== null && e.unit === q.unit && e.percent === q.percent;
  // A year in a heading ("2019 – 2023") backs the year, whatever follows it.
  const year = Number.isInteger(q.value) && q.value >= 1950 && q.value <= 2100 && !q.percent && !q.duration;
  if (shared.some((e) => sameUnit(e) || (year && same(e)))) return true;
  if (q.duration) return cited.some(sameUnit);
  if (q.percent) return cited.some((e) => same(e) && e.percent);
  return cited.some(same);
}

/** A span written as two years ("2019 – 2023", "from 2019 to 2023"). */
export interface YearRange { text: string; from: number; to: number; index: number }

const YEAR_RANGE = /(?<!\d)((?:19|20)\d\d)\s*(?:–|—|-|to|through|until)\s*((?:19|20)\d\d)(?!\d)/g;

/** Every year range of a plain text. */
export function yearRangesIn(text: string): YearRange[] {
  return [...text.matchAll(YEAR_RANGE)].map((m) => ({ text: m[0], from: Number(m[1]), to: Number(m[2]), index: m.index ?? 0 }));
}

/**
 * Whether the evidence states this span: the same range anywhere (a heading's dates), or
 * both years in the cited lines. Two years each found somewhere in the resume do not make
 * a span: "2019" of one heading and "2023" of another say nothing of how long this lasted.
 */
export function yearRangeBacked(r: YearRange, evidenceText: string, citedText: string): boolean {
  if (yearRangesIn(evidenceText).some((e) => e.from === r.from && e.to === r.to)) return true;
  // A heading may write the span with months: "03/2017 – 12/2020", "März 2017 -- Juli 2020".
  if (new RegExp(`(?<!\\d)${r.from}(?!\\d)[^\\n\\d]{0,3}[^\\n]{0,12}?[–—-]+[^\\n]{0,15}?(?<!\\d)${r.to}(?!\\d)`).test(evidenceText)) return true;
  const cited = new Set(quantitiesIn(citedText).map((q) => q.value));
  return cited.has(r.from) && cited.has(r.to);
}
