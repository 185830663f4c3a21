import { keywordTaxonomies } from './keyword-data';
import { LEXICON, type KeywordCategory, type LexiconEntry } from './lexicon';
import { compileEntry, findHits, type EntryMatcher } from './match';
import { analyseWithTaxonomy, type AnalysedKeyword } from './posting-analysis';
import { detectLanguage } from './taxonomy/language';
import type { Qualifiers } from './taxonomy/qualifiers';

/** A keyword the posting asks for. */
export interface PostingKeyword {
  /** Canonical name from the lexicon (or as the model gave it when refined). */
  term: string;
  aliases: string[];
  category: KeywordCategory;
  /** Must-haves weigh three times a nice-to-have in the score. */
  importance: 'must' | 'nice';
  /** Times it appears in the posting. */
  mentions: number;
  /** "5+ years", required / preferred, as the posting's sentence says (taxonomy analysis only). */
  qualifiers?: Qualifiers;
  /** Character offsets of every occurrence in the description (taxonomy analysis only). */
  occurrences?: { start: number; end: number }[];
}

const MUST_HEADING = /\b(requirements?|required|must[- ]haves?|qualifications|what you('| wi)ll (need|bring)|what we('re| are) looking for|you (have|bring|will have)|about you|who you are|minimum|essential|key skills|skills and experience|experience)\b/i;
const NICE_HEADING = /\b(nice[- ]to[- ]haves?|bonus|preferred|desirable|pluses|good to have|would be great|extra credit|optional)\b/i;
const NEUTRAL_HEADING = /\b(about (us|the (company|team|role))|benefits|perks|what we offer|why join|who we are|our (values|culture)|responsibilities|what you('| wi)ll do|the role|compensation|salary)\b/i;

const FIELDS = new Set(['Computer Science', 'Engineering', 'Mathematics', 'Physics', 'Statistics', 'Economics', 'Finance', 'Business Administration']);
const DEGREE_CUE = /\b(degree|bachelor|master|b\.?sc|m\.?sc|b\.?s\.|m\.?s\.|ph\.?d|diploma|graduate|major|field|studies|qualification)/i;

let compiled: EntryMatcher[] | null = null;
/** The lexicon compiled once per process (or service-worker lifetime). */
export function lexiconMatchers(): EntryMatcher[] {
  compiled ??= LEXICON.map(compileEntry);
  return compiled;
}

function isHeading(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length <= 60 && !/[.]$/.test(t) && (/:$/.test(t) || t.split(/\s+/).length <= 6);
}

/**
 * Finds the posting's keywords deterministically: every lexicon entry that appears
 * (whole-word, alias-aware), marked must-have when it sits under a requirements heading,
 * on a line saying "required"/"must", in the job title, or is mentioned three times or
 * more; nice-to-have under "Nice to have"/"Preferred"/"Bonus" or on a "plus" line.
 */
export function analysePosting(posting: { title?: string | null; description: string; company?: string | null; location?: string | null }): PostingKeyword[] {
  // The taxonomy, once its data is loaded (loadKeywordData): every field, every language.
  const taxonomies = keywordTaxonomies(detectLanguage(`${posting.title ?? ''}\n${posting.description}`));
  if (taxonomies) return analyseWithTaxonomy(taxonomies, posting).map(toPostingKeyword);
  const lines = posting.description.split(/\n+/);
  const zones: ('must' | 'nice' | 'neutral')[] = [];
  let zone: 'must' | 'nice' | 'neutral' = 'neutral';
  for (const line of lines) {
    if (isHeading(line)) {
      if (NICE_HEADING.test(line)) zone = 'nice';
      else if (MUST_HEADING.test(line)) zone = 'must';
      else if (NEUTRAL_HEADING.test(line)) zone = 'neutral';
    }
    const lineZone = NICE_HEADING.test(line) || /\b(a plus|is a bonus|advantage|ideally)\b/i.test(line) ? 'nice'
      : /\b(required|must|essential|mandatory|proficien|strong|solid|expert|deep)\b/i.test(line) ? 'must' : zone;
    zones.push(lineZone);
  }
  const title = posting.title ?? '';
  const out: PostingKeyword[] = [];
  for (const m of lexiconMatchers()) {
    let must = findHits(m, title).length > 0;
    if (!must && findHits(m, posting.description).length === 0) continue;
    let mentions = 0;
    let nice = false;
    // A field of study ("Engineering", "Finance") is a degree requirement only beside a degree word.
    const field = FIELDS.has(m.entry.name);
    lines.forEach((line, k) => {
      if (field && !DEGREE_CUE.test(line)) return;
      const n = findHits(m, line).length;
      if (n === 0) return;
      mentions += n;
      if (zones[k] === 'must') must = true;
      else if (zones[k] === 'nice') nice = true;
    });
    if (mentions === 0 && !must) continue;
    const importance = must || (!nice && mentions >= 3) ? 'must' : 'nice';
    out.push(toKeyword(m.entry, importance, Math.max(mentions, 1)));
  }
  return out.sort((a, b) => (a.importance === b.importance ? b.mentions - a.mentions : a.importance === 'must' ? -1 : 1));
}

function toKeyword(e: LexiconEntry, importance: 'must' | 'nice', mentions: number): PostingKeyword {
  return { term: e.name, aliases: e.aliases ?? [], category: e.category, importance, mentions };
}

/** The analysis' keyword in the shape the score, the plan and the UI read. */
export function toPostingKeyword(k: AnalysedKeyword): PostingKeyword {
  const aliases = k.surfaces.filter((s) => s.toLowerCase() !== k.term.toLowerCase()).slice(0, 8);
  return { term: k.term, aliases, category: k.category, importance: k.importance, mentions: k.occurrences.length, qualifiers: k.qualifiers, occurrences: k.occurrences.map(({ start, end }) => ({ start, end })) };
}
