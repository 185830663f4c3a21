/**
 * Whether a term found in a posting's line is asked of the applicant there, or only a word the
 * line uses about something else: "Danish" in "Danish universities" is a nationality, not the
 * language; "PhD" in "a 3-year PhD scholarship" names the job, not a degree the applicant holds;
 * "English" in "apply in English" is how to apply; "Software Engineer" in "you will work with
 * software engineers" is a colleague, not the job. (Found reading SkillSpan's train split: these
 * were the commonest terms its annotators left unmarked.)
 */

/** Spoken languages, by canonical term. */
const SPOKEN = new Set(['English', 'Danish', 'German', 'French', 'Spanish', 'Italian', 'Portuguese', 'Dutch', 'Polish', 'Swedish', 'Norwegian', 'Finnish', 'Chinese', 'Mandarin', 'Japanese', 'Russian', 'Arabic', 'Czech', 'Greek', 'Turkish', 'Hungarian', 'Romanian', 'Korean', 'Hindi', 'Ukrainian']);
/** Words that follow a language when it is the language asked for ("English and German", "English skills"). */
const AFTER_LANGUAGE = /^(and|or|as|is|are|at|to|in|on|with|for|a|an|the|both|also|well|language|languages|skills?|proficiency|proficient|knowledge|fluency|fluent|fluently|speakers?|speaking|spoken|written|writing|verbal|verbally|oral|orally|communication|level|native|required|preferred|essential|mandatory|plus|would|will|be|is|[abc][12]|und|oder|et|ou|y|o|e|en|i|lub)$/i;
/** The line is about the application itself ("apply in English", "CV in English"). */
const APPLICATION_WORDS = /(?<![\p{L}])(apply|applications?|cv|resume|résumé|submit(ted)?|send|letter|publications?|bewerbung|candidature|candidatura|sollicitatie|aplikacj\p{L}*)(?![\p{L}])/iu;

/** Nouns after a degree word that make it the job's name, not the applicant's degree. */
const DEGREE_AS_JOB = /^(positions?|scholarships?|students?|studentships?|studies|study|thesis|theses|dissertations?|programmes?|programs?|projects?|guide|regulations|fellows?|fellowships?|schools?|courses?|grants?|supervisors?|supervision|stipends?|vacanc(y|ies)|candidates?|researchers?)$/i;

/** A job title in the text asks for it only in a sentence about the applicant's experience. */
const EXPERIENCE = /(?<![\p{L}])(experience[ds]?|years?|background|track record|worked as|work as|as an?|career|erfahrung|expérience|experiencia|esperienza|experiência|ervaring|doświadczeni\p{L}*)(?![\p{L}])/iu;

/** The line speaks to the applicant or of their abilities ("excellent communication skills", "you mentor"). */
const ASKS_APPLICANT = /(?<![\p{L}])(you|your|yourself|skills?|skilled|abilit(y|ies)|able to|strong|excellent|good|great|proven|demonstrated|solid|experience[ds]?|must|required|preferred|plus|ideally|du|dein\p{L}*|sie|ihre?|fähigkeit\p{L}*|kompetenz\p{L}*|vous|votre|vos|capacité\p{L}*|usted|tu|tus|habilidad\p{L}*|capacidad\p{L}*|capacità|capacidade\p{L}*|você|jij|je|jouw|vaardigheden|umiejętności|masz|jesteś)(?![\p{L}])/iu;

export interface TermUse {
  /** Canonical term and category from the taxonomy. */
  term: string;
  category: string;
  /** The whole line, and the term's character offsets in it. */
  line: string;
  start: number;
  end: number;
  /** Canonical terms the posting's title names. */
  titleTerms: ReadonlySet<string>;
  /** The section the line stands in, when known from a heading. */
  section?: string;
}

const wordAfter = (line: string, end: number): string => /^[ \t]+([\p{L}\p{N}][\p{L}\p{N}'’]*)/u.exec(line.slice(end))?.[1] ?? '';
const wordBefore = (line: string, start: number): string => /([\p{L}\p{N}]+)[ \t]+$/u.exec(line.slice(0, start))?.[1] ?? '';

/** Whether the occurrence asks something of the applicant (see the module docs). */
export function isAskedOf(use: TermUse): boolean {
  const { term, category, line, start, end } = use;
  const next = wordAfter(line, end);
  if (SPOKEN.has(term)) {
    // "Danish universities", "German market": a nationality before a noun.
    if (next && !AFTER_LANGUAGE.test(next)) return false;
    if (/^(in|auf|en|in|em|w)$/i.test(wordBefore(line, start)) && APPLICATION_WORDS.test(line)) return false;
    return true;
  }
  if (category === 'degree' && DEGREE_AS_JOB.test(next)) return false;
  // "a high degree of independence"
  if (/^degrees?$/i.test(line.slice(start, end)) && /^of$/i.test(next)) return false;
  if (term === 'collaboration' && /^in$|^close$/i.test(wordBefore(line, start)) && /^with$/i.test(next)) return false;
  // "Consulting" shares its stem with the title "Consultant": the field, asked for as such.
  // A soft skill is asked for in a requirements list or of "you"; "we value collaboration" describes the employer.
  if (category === 'soft' && use.section !== 'requirements' && use.section !== 'preferred' && !ASKS_APPLICANT.test(line)) return false;
  if (category === 'title') return use.titleTerms.has(term) || EXPERIENCE.test(line) || /ing$/i.test(line.slice(start, end));
  return true;
}
