import type { SegmentKind } from './types';
import { monthOf } from './months';
import { wordCount } from './plain-text';

const CONTACT = /@|https?:|www\.|\+?\d[\d\s().-]{7,}\d|linkedin|github\.com/i;

/** Items of a comma/pipe/semicolon/bullet-separated list in plain text (at least 4 when a list). */
export function listItems(plain: string): string[] {
  const parts = plain.split(/\s*(?:,|\||;|•|·)\s*/).map((s) => s.trim()).filter(Boolean);
  return parts;
}

/**
 * Decides whether a run is editable and as what, by the segmenter's rules: bullets are
 * kept when they have two words; skills lines need three separators of short items; prose
 * needs ≥ 8 words (or ≥ 5 with sentence punctuation), must not be a contact line, and must
 * not be title case (more than 60% of its longer words capitalised).
 */
export function classifyRun(plain: string, bullet: boolean): SegmentKind | null {
  const words = wordCount(plain);
  const items = listItems(plain);
  const separators = items.length - 1;
  const shortItems = items.length > 0 && words / items.length <= 4;
  const contact = CONTACT.test(plain);
  // Chart data such as `{pursuer of rabbits/5}` or `3/8em/accent` is not a list a reader edits.
  const data = items.length >= 3 && items.filter((it) => /\/\s*\d|\d\s*(em|pt|cm|mm)\b/.test(it)).length >= items.length / 2;
  if (contact || data || /^[,|;]/.test(plain)) return null;
  // Every item is a short name (a "Label:" before the first is allowed); dates make it a heading line.
  const itemsShort = items.every((it, k) => wordCount(k === 0 ? it.replace(/^[^:]*:\s*/, '') : it) <= 5);
  const dated = /\b(19|20)\d\d\b/.test(plain);
  if (separators >= 3 && shortItems && itemsShort && !dated && !/[.!?]\s+\p{Lu}/u.test(plain)) return 'skills';
  // An item that only dates its entry (`\item[Employer]\hfill 2017--2023`) is the entry's
  // heading: a model must not edit it, and the guard reads it as the heading's dates.
  if (bullet) return words >= 2 && !onlyDates(plain) ? 'bullet' : null;
  // Title-case lines are headings, job titles, degrees or certificates: not prose to rewrite.
  const wordList = plain.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const capitalised = wordList.filter((w) => /^\p{Lu}/u.test(w) && w.length > 3).length;
  const longWords = wordList.filter((w) => w.length > 3).length;
  if (longWords > 0 && capitalised / longWords > 0.6) return null;
  if (words >= 8 || (words >= 5 && /[.!?;]/.test(plain))) return 'prose';
  return null;
}

// What stands for the end of a span that has not ended.
const OPEN_END = /^(present|current|now|today|ongoing|date|heute|jetzt|aktuell|présent|aujourd'hui|actuel|actuellement|presente|actualidad|actual|hoy|oggi|atual|atualmente|hoje|heden|nu|obecnie|nadal|idag|pågående|настоящее|время|наст|вр|по|since|seit|depuis|desde|dal|sinds|od|sedan|с)$/i;

/** Whether a line says nothing but dates: years, months, "2019 – Present", "03/2017 – today". */
export function onlyDates(plain: string): boolean {
  const words = plain.toLowerCase().match(/\p{L}[\p{L}'’]*/gu) ?? [];
  return /\d/.test(plain) && words.every((w) => monthOf(w) !== null || OPEN_END.test(w));
}
