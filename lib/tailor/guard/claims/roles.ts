import type { Claim } from './claim';
import type { Word } from './words';

/**
 * How much of the work a verb gives the person, by rank: took part (0), did (1, the default),
 * designed (2), owned or drove (3), led people (4). Listed by surface form because the
 * irregular forms matter ("led", "drove", "oversaw") and because a stem would join
 * "managed" with "manager" (a title, checked below).
 */
const RANKS: [number, string][] = [
  [0, 'contributed contribute contributes contributing contributor contributors helped help helps helping assisted assist assists assisting supported supporting participated participate participating involved collaborated collaborate collaborating member aided'],
  [2, 'designed design designs designing redesigned redesign architected architecting conceived devised established establishing establish coordinated coordinating'],
  [3, 'owned own owns owning owner ownership spearhead spearheads spearheaded spearheading drove drive drives driving champion champions championed championing pioneer pioneers pioneered pioneering initiate initiates initiated initiating founded co-founded cofounded managed managing manage manages mentor mentors mentored mentoring coach coaches coached coaching mentorship responsible sole solely solo single-handedly independently end-to-end scratch'],
  [4, 'led lead leads leading headed heading directed directing direct directs supervised supervising supervise supervises oversaw oversee overseeing oversees overseen chaired chair chairs chairing leadership'],
];
const RANK = new Map<string, number>(RANKS.flatMap(([r, words]) => words.split(' ').map((w) => [w, r] as [string, number])));
const RANK_NAME = ['took part', 'did the work', 'designed', 'owned', 'led'];
/** Words that say the person worked alone. */
const SOLO = new Set(['sole', 'solely', 'solo', 'single-handedly', 'singlehandedly', 'alone', 'independently', 'unassisted']);

/** Titles and seniority words; "lead", "head" and "architect" only when used as a title (see `titleUse`). */
const TITLES = new Set('senior sr principal staff chief director directors manager managers vp president vice-president founder co-founder cofounder cto ceo cfo coo cio captain supervisor investigator pi officer executive keynote coordinator maintainer maintainers committer professor lecturer head lead architect'.split(' '));
const ROLE_NOUNS = /^(engineers?|developers?|designers?|researchers?|scientists?|analysts?|architects?|consultants?|students?|ambassadors?|instructors?|tas?|teachers?|programmers?|roles?|positions?|members?|technicians?|investigators?|authors?|maintainers?|contributors?|specialists?|administrators?|of)$/;
const TITLE_BEFORE = /^(as|team|tech|technical|project|the|a|an|sole|principal|senior|chief|it|engineering|solution|solutions|lead|staff)$/;

/** Whether a word of `words` at `i` is a title rather than a verb ("lead engineer", "as IT lead,", "head TA", "head teaching assistant"). */
export function titleUse(words: Word[], i: number, text: string): boolean {
  const w = words[i];
  if (!TITLES.has(w.lower)) return false;
  if (!['lead', 'head', 'architect', 'staff'].includes(w.lower)) return true;
  const next = words[i + 1];
  const prev = words[i - 1];
  const after = text.slice(w.index + w.raw.length).trimStart()[0] ?? '';
  if (next && ROLE_NOUNS.test(next.lower)) return true;
  // One word may qualify the role between: "head teaching assistant", "lead software engineer".
  const second = words[i + 2];
  if (['lead', 'head'].includes(w.lower) && second && second.lower !== 'of' && (ROLE_NOUNS.test(second.lower) || /^assistants?$/.test(second.lower)) && /^\s+$/.test(text.slice(w.index + w.raw.length, next.index))) return true;
  if (w.lower === 'staff') return false;
  if (w.lower === 'head' && (next?.lower === 'of' || (next && /^\p{Lu}/u.test(next.raw)))) return true;
  return (prev !== undefined && TITLE_BEFORE.test(prev.lower)) || after === '' || /[,;:.)]/.test(after);
}

// After an article a participle describes a thing ("an established codebase", "the managed cluster"), it does not say what the person did.
const DETERMINER = /^(a|an|the|this|that|its|their|our|his|her|well|already|newly|fully|self)$/;

/** Whether the word at `i` is a role verb as the person's action (not a title, not an adjective). */
function roleUse(words: Word[], i: number, text: string): boolean {
  // "the solo developer" still says the person worked alone: these are adjectives wherever they stand.
  const adjective = /^(sole|solo)$/.test(words[i].lower);
  // "issues leading to improvements", "changes that lead to disease": a cause, not a person leading.
  if (/^(lead|leads|led|leading)$/.test(words[i].lower) && words[i + 1]?.lower === 'to') return false;
  // "DPUK-led", "(DPUK)-led": a role word joined by a hyphen describes a thing, not the person's act.
  if (text[words[i].index - 1] === '-') return false;
  // "end-to-end tests", "end-to-end encryption": a kind of thing, not the person owning it.
  if (words[i].lower === 'end-to-end' && /^(tests?|testing|encryption|encrypted|latency|pipelines?|solutions?|workflows?|flows?|systems?|models?|training)$/.test(words[i + 1]?.lower ?? '')) return false;
  // "Built from scratch" claims the whole of the work; "Scratch" alone is a programming language.
  if (words[i].lower === 'scratch') return words[i - 1]?.lower === 'from' && !titleUse(words, i, text);
  // "supervised by Prof. X", "led by the PI": a participle before "by" is someone else's role.
  if (/(?:ed|en)$/.test(words[i].lower) && words[i + 1]?.lower === 'by' && /^\s+$/.test(text.slice(words[i].index + words[i].raw.length, words[i + 1].index))) return false;
  return RANK.has(words[i].lower) && !titleUse(words, i, text) && (adjective || !(i > 0 && DETERMINER.test(words[i - 1].lower)));
}

// "Helped design", "assisted to coordinate": the person took part in what the verb names.
const HELPED = /^(help|helps|helped|helping|assist|assists|assisted|assisting)$/;
const helpedAt = (words: Word[], i: number) => HELPED.test(words[i - 1]?.lower ?? '') || (words[i - 1]?.lower === 'to' && HELPED.test(words[i - 2]?.lower ?? ''));

// What follows "management" when it names the work done: "of", its translations, "and", "&".
const OF_WORDS = /^(of|des|de|du|der|von|di|del|della|do|da|and|&)$/;
function managementAsActivity(words: Word[], i: number, text: string): boolean {
  const next = words[i + 1];
  const between = next ? text.slice(words[i].index + words[i].raw.length, next.index) : '';
  return !next || OF_WORDS.test(next.lower) || /[,;:.()]/.test(between);
}

/** The highest rank of the verbs in a text (1 when it has none of the listed ones). */
export function roleRank(words: Word[], text: string): number {
  let best = -1;
  words.forEach((w, i) => {
    if (roleUse(words, i, text)) best = Math.max(best, helpedAt(words, i) ? 0 : RANK.get(w.lower)!);
    // "In charge of" says what "responsible for" says; "second in charge" is still in charge of part of it.
    if (w.lower === 'charge' && words[i - 1]?.lower === 'in' && words[i + 1]?.lower === 'of') best = Math.max(best, 3);
    // "Management of fieldwork", a line "Inventory management" or "Team management (…)": the person's activity, what
    // "managed" says. Before another noun it names a thing ("a database management tool").
    if (w.lower === 'management' && managementAsActivity(words, i, text)) best = Math.max(best, 3);
  });
  return best === -1 ? 1 : best;
}

/**
 * Role words by family, titles and verbs together: a chairman chaired, a coordinator
 * coordinated. Area nouns ("management", "leadership") are left out: "the management
 * dashboard" says nothing of who managed.
 */
const FAMILIES: [string, string][] = [
  ['chair', 'chair chairs chaired chairing chairman chairwoman chairperson chairmen'],
  ['coordinate', 'coordinate coordinates coordinated coordinating coordinator coordinators coordination'],
  ['direct', 'directed directing director directors'],
  ['supervise', 'supervise supervises supervised supervising supervisor supervisors supervision co-supervision co-supervised'],
  ['manage', 'manage manages managed managing manager managers'],
  ['found', 'founded founder founders co-founded cofounded co-founder cofounder'],
  ['own', 'own owns owned owning owner owners'],
  ['lead', 'lead leads led leading leader leaders'],
  ['head', 'head heads headed heading'],
];
const FAMILY = new Map<string, string>(FAMILIES.flatMap(([f, forms]) => forms.split(' ').map((w) => [w, f] as [string, string])));
/** The role family of a word ("chairman" → "chair"), if it has one. */
export const roleFamily = (lower: string) => FAMILY.get(lower);
// With the titles, the nouns of the activity itself: "Supervision of interns" backs "Supervised interns".
const TITLE_NOUN = /^(chair(wo)?man|chairperson|chairmen|coordinators?|coordination|directors?|supervisors?|(co-)?supervision|managers?|(co-?)?founders?|owners?|leaders?)$/;
/** Words that put a title below the plain one: a deputy chairman did not chair. */
const BELOW = /^(deputy|vice|assistant|associate|acting|interim|junior|co|sub|under|adjunct|second)$/;
const below = (words: Word[], i: number) => i > 0 && BELOW.test(words[i - 1].lower);

const TITLE_ACRONYM = /^C[A-Z]O$|^VP$|^SVP$|^EVP$/;

/**
 * Whether the title word at `i` is part of the spelled-out form of a title acronym the evidence
 * gives: "chief executive" or "Chief Executive Officer" for "CEO", "vice president" for "VP".
 */
function spellsEvidenceTitle(words: Word[], i: number, evidence: Word[]): boolean {
  const acronyms = new Set(evidence.filter((w) => TITLE_ACRONYM.test(w.raw)).map((w) => w.raw.toLowerCase()));
  for (const a of acronyms) {
    for (let from = Math.max(0, i - a.length + 1); from <= i; from++) {
      for (let to = i + 1; to <= Math.min(words.length, from + a.length); to++) {
        const initials = words.slice(from, to).map((w) => w.lower[0]).join('');
        if (to - from >= 2 && a.startsWith(initials)) return true;
      }
    }
  }
  return false;
}

// Who developed or created a thing made its design: "Developed a curriculum" backs "Designed a curriculum"
// (not "implemented" or "built": those may follow someone else's design).
const CREATED = /^(develop|develops|developed|developing|create|creates|created|creating)$/;
const DESIGNED = /^(design|designs|designed|designing|redesign|redesigned|architected|architecting|conceived|devised)$/;

const TEACHING = /^(train|trains|trained|training|teach|teaches|taught|teaching|tutor|tutors|tutored|tutoring|instruct|instructed|instructing)$/;
const COACHING = /^(coach|coaches|coached|coaching|mentor|mentors|mentored|mentoring|mentorship)$/;

/** Ownership escalation (a higher rank than the evidence's) and titles the evidence does not give. */
export function roleClaims(words: Word[], text: string, evidence: { words: Word[]; text: string }, hasWord: (lower: string) => boolean, cited = evidence): Claim[] {
  const claims: Claim[] = [];
  // Ranks come from the cited lines only: "Supervised six staff" in another entry, or "Led" in a heading, says nothing of this work.
  const evRank = roleRank(cited.words, cited.text);
  const evTitles = new Set(evidence.words.filter((_, i) => titleUse(evidence.words, i, evidence.text)).map((w) => w.lower));
  // A role word is backed only by the same word family used as a verb there ("lead engineer who designed" backs "designed", not "led").
  const evVerbs = new Set(cited.words.filter((_, i) => roleUse(cited.words, i, cited.text) && !helpedAt(cited.words, i)).map((w) => w.stem));
  // A title of the cited lines backs the verbs of its family ("Chairman of X" backs "Chaired X"); a title below the plain one only the same title ("Deputy Chair").
  // Only a title noun backs the family: "changes that lead to" says nothing of leading.
  const evFamilies = new Set(cited.words.filter((w, i) => TITLE_NOUN.test(w.lower) && !below(cited.words, i)).map((w) => FAMILY.get(w.lower)!));
  const evBelow = new Set(cited.words.filter((w, i) => FAMILY.has(w.lower) && below(cited.words, i)).map((w) => FAMILY.get(w.lower)!));
  const familyBacked = (i: number) => {
    const family = FAMILY.get(words[i].lower);
    return family !== undefined && (evFamilies.has(family) || (below(words, i) && evBelow.has(family)));
  };
  // Coaching and mentoring people is what training or tutoring them is ("Trained 8 prize winners" → "Coached 8 prize winners").
  const taught = cited.words.some((w) => TEACHING.test(w.lower));
  const created = cited.words.some((w, i) => CREATED.test(w.lower) && !helpedAt(cited.words, i));
  const escalating = words.filter((w, i) => roleUse(words, i, text) && !helpedAt(words, i) && RANK.get(w.lower)! > Math.max(evRank, 1) && !evVerbs.has(w.stem) && !familyBacked(i) && !(taught && COACHING.test(w.lower)) && !(created && DESIGNED.test(w.lower)));
  if (escalating.length) {
    const top = Math.max(...escalating.map((w) => RANK.get(w.lower)!));
    claims.push({
      kind: 'ownership', text: escalating.map((w) => w.raw).join(' … '), triggers: escalating.map((w) => w.raw),
      reason: `Says the person ${RANK_NAME[top]} it; the cited lines say no more than "${RANK_NAME[evRank]}".`,
    });
  }
  // Working alone is a claim of its own, whatever the rank: "led development" is not "single-handedly built".
  const solo = words.filter((w) => SOLO.has(w.lower));
  if (solo.length && !cited.words.some((w) => SOLO.has(w.lower)) && !escalating.some((w) => SOLO.has(w.lower))) {
    claims.push({ kind: 'ownership', text: solo.map((w) => w.raw).join(' … '), triggers: solo.map((w) => w.raw), reason: 'Says the person did it alone; the cited lines do not.' });
  }
  // A title without the word that put it below ("Chairman" for "Deputy Chairman") is a promotion.
  words.forEach((w, i) => {
    const family = FAMILY.get(w.lower);
    if (!family || below(words, i) || evFamilies.has(family) || !evBelow.has(family)) return;
    if (!titleUse(words, i, text) && !TITLE_NOUN.test(w.lower)) return;
    claims.push({ kind: 'seniority', text: w.raw, triggers: [w.raw], reason: `"${w.raw}" drops the word that put the cited title below it.` });
  });
  words.forEach((w, i) => {
    if (!titleUse(words, i, text) || evTitles.has(w.lower) || spellsEvidenceTitle(words, i, evidence.words)) return;
    // A title word the evidence uses as a word ("Senior Design Projects", "head") is still backed.
    if (hasWord(w.lower) && !['lead', 'head', 'architect'].includes(w.lower)) return;
    if (evidence.words.some((e) => e.lower === w.lower)) return;
    claims.push({ kind: 'seniority', text: w.raw, triggers: [w.raw], reason: `"${w.raw}" is a title or seniority the cited lines do not give.` });
  });
  return claims;
}
