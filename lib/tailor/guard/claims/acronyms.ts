import { isForeignFunctionWord } from './function-words';

const SMALL = new Set(['and', 'of', 'for', 'the', 'as', 'a', 'an', 'on', 'in', 'to', 'with', '&']);

/**
 * Whether words spell an acronym: each word gives at least one of its letters, in order, and
 * together they give all of them — "Representational State Transfer" spells REST,
 * "Extensible Markup Language" XML, "microservice architecture" MSA. Articles and prepositions
 * may give a letter or none ("Department of Defense" is DoD, "Université du Québec à Montréal"
 * UQAM); in a resume not in English (`foreign`), its own small words too.
 */
export function spells(words: readonly string[], letters: string, foreign = false): boolean {
  const ws = words.map((w) => w.toLowerCase()).map((w) => ({ w: w.normalize('NFD').replace(/[^a-z]/g, ''), optional: SMALL.has(w) || (foreign && isForeignFunctionWord(w)) })).filter((x) => x.w);
  const required = ws.filter((x) => !x.optional);
  const go = (wi: number, li: number): boolean => {
    if (wi === ws.length) return li === letters.length;
    const { w, optional } = ws[wi];
    if (optional && go(wi + 1, li)) return true;
    // Word wi takes letters li..k-1 as a subsequence that starts at its first letter or, for the first word, anywhere.
    for (let k = li + 1; k <= letters.length; k++) {
      let at = wi === 0 ? w.indexOf(letters[li]) : (w[0] === letters[li] ? 0 : -1);
      for (let x = li + 1; x < k && at !== -1; x++) at = w.indexOf(letters[x], at + 1);
      if (at !== -1 && go(wi + 1, k)) return true;
    }
    return false;
  };
  // Translated names keep the acronym of the original: "Direction européenne de la qualité du médicament" is EDQM, its initials in another order.
  const sameInitials = () => required.length === letters.length && required.map((x) => x.w[0]).sort().join('') === [...letters].sort().join('');
  return required.length > 0 && required.length <= letters.length && (go(0, 0) || (foreign && sameInitials()));
}
