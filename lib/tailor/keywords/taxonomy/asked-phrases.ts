/**
 * What a posting asks for in so many words, where no taxonomy names it: the noun phrase after
 * "knowledge of", "experience with", "degree in" (and their equivalents in the eight languages).
 * Taxonomies miss the specialist fields of research and industry postings ("muscle models",
 * "small scale conservation enterprises"); the posting's own words for them are the requirement.
 */
import type { Token } from './tokens';

const CUE = [
  // English
  String.raw`(working |solid |deep |good |strong |proven |hands-on |practical )?(knowledge|understanding|experience|expertise|familiarity|background|grounding|proficiency|competence|skills|education|qualifications?|specialization|specialisation) (of|in|with|within|from)`,
  // "degree in", not "a high degree of"
  String.raw`(degree|master'?s?|bachelor'?s?|phd|msc|bsc|diploma) (in|within)`,
  String.raw`(familiar|proficient|skilled|experienced|fluent|expert|versed) (with|in)`,
  // German, French, Spanish, Italian, Portuguese, Dutch, Polish
  String.raw`(kenntnisse|erfahrung(en)?|know-how|studium|ausbildung|abschluss) (in|im|mit|der|des|von|als)`,
  String.raw`(connaissances?|expérience|maîtrise|formation|diplôme) (de|en|du|des|dans|avec)`,
  String.raw`(conocimientos?|experiencia|dominio|formación|titulación) (de|en|con|del)`,
  String.raw`(conoscenz[ae]|esperienza|laurea|competenze|padronanza) (di|in|del|della|dei|delle|nel|nella|con)`,
  String.raw`(conhecimentos?|experiência|formação|domínio) (de|em|com|do|da|dos|das|no|na)`,
  String.raw`(kennis|ervaring|opleiding|achtergrond) (van|met|in|op)`,
  String.raw`(znajomość|doświadczenie w|wykształcenie)`,
].map((c) => `(?:${c})`).join('|');
const CUE_WHOLE = new RegExp(`^(?:${CUE})$`, 'iu');

/** Words before the phrase proper ("a", "the", "relevant", "at least one"). */
const LEAD = /^(\p{L}+weise|insbesondere|especially|particularly|notably|ideally|preferably|gerne|mindestens|fundierte[nr]?|gute[nr]?|sehr|solide[nr]?|umfassende[nr]?|mehrjährige[nr]?|einschlägige[nr]?|erste[nr]?|bonnes?|solides?|buenos?|buenas?|sólidos?|buone|ottime|boas|goede|dobra|dobre|a|an|the|one|or|more|at|least|of|any|some|both|written|spoken|verbal|oral|previous|particular|following|this|these|relevant|similar|related|modern|basic|advanced|broad|deep|good|solid|strong|proven|excellent|practical|hands-on|general|working|der|die|das|den|dem|einem|einer|le|la|les|l|un|une|el|los|las|il|lo|gli|o|os|as|um|uma|de|het|een)$/iu;
/** Words that end a phrase. */
const STOP = /^(and|or|to|for|that|which|who|is|are|as|at|on|from|including|such|e\.?g|z\.?b|o\.?ä|u\.?a|etc|will|would|be|with|in|of|mentioned|plus|advantage|asset|vorteil|avantage|ventaja|vantaggio|voordeel|atut|im|am|zum|zur|beim|om|te|je|jou|u|using|within|through|via|like|preferably|ideally|is|you|your|we|our|have|has|behind|together|where|when|while|involved|some|into|by|over|about|across|und|oder|sowie|für|mit|et|ou|pour|avec|y|o|para|con|e|per|ou|com|en|of|voor|met|i|lub|oraz|dla|z)$/i;
/** A phrase made only of these is no requirement ("the field", "a similar role"). */
const VAGUE = /^(end|techniques|methods|tools|systems?|technolog(y|ies)|solutions|concepts|principles|products|projects|tasks|topics|skills|understanding|background|expertise|written|writing|spoken|speech|verbal|oral|have|up|minimum|interest|ability|knowledge|competence|proficiency|experience|alternatively|field|fields|area|areas|role|roles|position|team|teams|environment|environments|company|companies|industry|years?|similar|related|equivalent|this|that|these|those|such|other|others|work|working|it|all|both|them|which|what|how|different|various|new|our|your|their|its|his|her|the|a|an|least|one|two|three|more|plus|level|setting|context|discipline|subject)$/i;

const MAX_WORDS = 4;
/** Words a noun phrase does not end on ("Abwicklung von" …). */
const TRAILING = /^(de|von|van|di|da|do|of|der|des|du|del|la|le|el|il)$/i;
/** One describing or doing word is no requirement ("technical", "able", "owning"). */
const NOT_A_NAME = /^\p{Ll}+(ing|al|ive|ous|able|ible|ful|ly|ed|ary|ic)$/u;

/** Character ranges of the phrases `line` asks for after a cue; `tokens` are the line's words. */
export function askedPhrases(line: string, tokens: Token[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const joined = (i: number) => line.slice(tokens[i - 1].end, tokens[i].start);
  // A cue is at most three words.
  const cueFrom = (k: number): boolean => [1, 2, 3].some((n) => k + n <= tokens.length && CUE_WHOLE.test(line.slice(tokens[k].start, tokens[k + n - 1].end)));
  const cueTo = (k: number): boolean => [1, 2, 3].some((n) => k - n + 1 >= 0 && CUE_WHOLE.test(line.slice(tokens[k - n + 1].start, tokens[k].end)));
  for (let i = 0; i < tokens.length; i++) {
    if (!cueTo(i)) continue;
    const cueEnd = i;
    let j = cueEnd + 1;
    // Coordinated phrases share the cue: "knowledge of genomics and bioinformatics".
    for (let phrases = 0; phrases < 3 && j < tokens.length; phrases++) {
      if (/[.;:!?()•]/.test(joined(j)) || (phrases > 0 && cueFrom(j))) break;
      while (j < tokens.length && LEAD.test(tokens[j].text) && !/[.;:!?()•]/.test(joined(j))) j++;
      const first = j;
      // Hyphenated words stay whole ("peer-to-peer").
      while (j < tokens.length && j - first < MAX_WORDS && (j === first || /^[\s-]*$/.test(joined(j))) && (!STOP.test(tokens[j].text) || (j > first && joined(j) === '-'))) j++;
      let last = j;
      while (last > first + 1 && TRAILING.test(tokens[last - 1].text)) last--;
      const words = tokens.slice(first, last);
      const vague = words.every((t) => VAGUE.test(t.text) || /^\d+$/.test(t.text)) || /^(knowledge|skills|experience|understanding|background|expertise)$/i.test(words[words.length - 1]?.text ?? '');
      if (words.length && !vague && !(words.length === 1 && NOT_A_NAME.test(words[0].text))) out.push({ start: words[0].start, end: words[words.length - 1].end });
      // Go on after "and"/"or"/a comma only.
      if (j < tokens.length && /^[\s,]*$/.test(joined(j)) && /^(and|or|und|oder|et|ou|y|o|e|en|of|i|lub)$/i.test(tokens[j].text)) j++;
      else if (j < tokens.length && /^\s*,\s*$/.test(joined(j))) { /* next phrase */ }
      else break;
    }
    i = Math.max(i, j - 1);
    if (j < tokens.length && cueFrom(j)) i = j - 1;
  }
  return out;
}
