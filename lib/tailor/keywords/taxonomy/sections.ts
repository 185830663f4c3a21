/**
 * The parts of a posting, read from its headings in the eight languages: what the applicant
 * must bring (requirements), what is nice to have, what the job is (responsibilities), and the
 * parts that never give keywords: about the company, benefits, equal-opportunity and legal text.
 */
export type SectionKind = 'description' | 'requirements' | 'preferred' | 'responsibilities' | 'about' | 'benefits' | 'legal' | 'application' | 'other';

const HEADINGS: [SectionKind, RegExp][] = [
  // A board's label over the whole ad: what follows is the ad, whatever came before.
  ['description', /^(job description|description|the job|the position|stellenbeschreibung|description du poste|descripción del puesto|descrizione|descrição da vaga|functieomschrijving|vacaturetekst|opis stanowiska)\s*:?$/i],
  ['preferred', /(?<![\p{L}\p{N}])(nice[- ]to[- ]haves?|bonus( points)?|preferred|desirable|pluses|good to have|would be great|extra credit|wünschenswert|von vorteil|ein plus|idealerweise|souhaité|un plus|apprécié|deseable|valorable|se valorará|gradito|preferibile|costituisce un plus|diferencial|desejável|pluspunten|mile widziane|dodatkowym atutem)(?![\p{L}\p{N}])/iu],
  ['requirements', /(?<![\p{L}\p{N}])(requirements?|required|must[- ]haves?|qualifications?|what you('| wi)ll (need|bring)|what (we('re| are)|we are) looking for|you (have|bring|will have)|about you|who you are|your profile|skills( and| &) experience|minimum|essential|dein profil|ihr profil|das bringst du mit|das bringen sie mit|was du mitbringst|was sie mitbringen|anforderungen|qualifikation(en)?|voraussetzungen|votre profil|profil recherché|compétences|requisitos|perfil|tu perfil|requisiti|il tuo profilo|competenze|o que procuramos|seu perfil|wat vragen wij|wat breng je mee|jouw profiel|functie-eisen|wymagania|nasze wymagania|czego oczekujemy|twój profil)(?![\p{L}\p{N}])/iu],
  ['responsibilities', /(?<![\p{L}\p{N}])(responsibilities|what you('| wi)ll (actually )?do|what you('ll| will) be doing|your (role|tasks|mission)|the role|about the role|day to day|deine aufgaben|ihre aufgaben|aufgaben|tätigkeiten|vos missions|missions|tes missions|responsabilités|funciones|responsabilidades|tus funciones|mansioni|responsabilità|attività|atividades|suas responsabilidades|wat ga je doen|jouw taken|taken|zakres obowiązków|obowiązki|twoje zadania)(?![\p{L}\p{N}])/iu],
  ['benefits', /(?<![\p{L}\p{N}])(benefits|perks|what we offer|why join|why work|why you('| wi)ll love|compensation|salary|we offer|our offer|wir bieten|was wir bieten|unser angebot|benefits für dich|deine vorteile|nous offrons|avantages|ce que nous offrons|ofrecemos|beneficios|offriamo|cosa offriamo|benefici|oferecemos|benefícios|wat bieden wij|wij bieden|arbeidsvoorwaarden|oferujemy|benefity|co oferujemy)(?![\p{L}\p{N}])/iu],
  ['legal', /(?<![\p{L}\p{N}])(equal (employment )?opportunit(y|ies)|eeo|diversity|inclusion|accommodations?|privacy|data protection|gdpr|disclaimer|affirmative action|e-verify|datenschutz|chancengleichheit|gleichstellung|égalité des chances|igualdad de oportunidades|pari opportunità|igualdade de oportunidades|gelijke kansen|równe traktowanie|rodo|klauzula)(?![\p{L}\p{N}])/iu],
  ['application', /^(how to apply|application( procedure| process)?|apply|bewerbung|so bewirbst du dich|candidature|comment postuler|cómo aplicar|candidatura|come candidarsi|como se candidatar|solliciteren|jouw sollicitatie|aplikuj|jak aplikować)\s*:?$/iu],
  ['about', /(?<![\p{L}\p{N}])(about (us|the (company|team))|company description|about (?!(the )?(role|job|you|position|opportunity))\p{L}+|who we are|our (story|mission|values|culture|company)|the company|über uns|wer wir sind|unternehmen|qui sommes-nous|à propos|l'entreprise|sobre nosotros|quiénes somos|chi siamo|l'azienda|quem somos|sobre nós|over ons|wie zijn wij|o nas|kim jesteśmy)(?![\p{L}\p{N}])/iu],
];

// Sentences that are legal or benefits text wherever they stand (no heading over them).
const LEGAL_LINE = /(?<![\p{L}\p{N}])(equal opportunity employer|without regard to|regardless of (race|gender|age)|protected (veteran|characteristic)|reasonable accommodation|background check|we are committed to (diversity|creating an inclusive))(?![\p{L}\p{N}])/iu;
const BENEFIT_LINE = /(?<![\p{L}\p{N}])(health(care)?|dental|vision|medical) (insurance|coverage|plan|benefits)\b|\b(401\(?k\)?|pension|paid time off|pto|parental leave|gym|wellness|stock options|equity|bonus scheme|membership|team events|workation|sabbatical|company car|free (lunch|breakfast|drinks|fruit)|urlaub|urlaubstage|betriebliche altersvorsorge|jobrad|mutuelle|tickets? restaurant|ticket restaurant|seguro médico|buoni pasto|vakantiedagen|prywatna opieka medyczna|karta multisport)(?![\p{L}\p{N}])/iu;

// How to apply: what the application must hold is not what the applicant must know ("CV in English").
const APPLICATION_LINE = /(?<![\p{L}\p{N}])(cover letter|curriculum vitae|applications? (must|should|will)|application (deadline|procedure|process)|apply (online|now|by|via|through|before|here)|closing date|deadline for applications?|must be attached|look forward to (receiving|hearing)|bewerbungsunterlagen|lettre de motivation|carta de presentación|lettera di presentazione|carta de apresentação|motivatiebrief|list motywacyjny)(?![\p{L}\p{N}])/iu;
// Sentences about the employer rather than the job ("Its main research areas include …", "We are
// a global betting company"): they name the employer's fields, which the applicant is not asked for.
const ABOUT_LINE = /^\W*(we('re| are| have been)|our (company|group|organi[sz]ation|department|university|mission|clients?|customers?|products?|platform)|the (company|group|organi[sz]ation|department|university|faculty|centre|center|institute|chair|unit|hospital)( \p{L}+)? (is|has|was|consists|covers|comprises|employs|offers)|its|it (is|has|was)|founded)(?![\p{L}\p{N}])/iu;
const ASKS_APPLICANT = /(?<![\p{L}\p{N}])(you|your|looking for|seeking|hiring|candidates?|applicants?|must|should|required|requirements?|experience|knowledge)(?![\p{L}\p{N}])/iu;
const BENEFIT_OFFER = /^\W*(enjoy|benefit from|profit from)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])((committed to|invest in) your (growth|development|well-?being)|we (can )?offer|offers? you|you('ll| will) (get|receive|enjoy)|wir bieten|nous offrons|ofrecemos|offriamo|oferecemos|wij bieden|oferujemy)(?![\p{L}\p{N}])/iu;

const MAX_SENTENCE_WORDS = 40;

/** Whether a line reads as a heading: short, no closing full stop. */
export function isHeading(line: string): boolean {
  const t = line.trim().replace(/^#+\s*/, '');
  return t.length > 0 && t.length <= 70 && !/[.!]$/.test(t) && !/^•/.test(t) && (/:$/.test(t) || t.split(/\s+/).length <= 7);
}

/** The section kind a heading opens, or null when it names none we know. */
export function headingKind(line: string): SectionKind | null {
  for (const [kind, re] of HEADINGS) if (re.test(line)) return kind;
  return null;
}

/** The section of every line of `text` (split on "\n"). */
export function lineSections(lines: string[]): SectionKind[] {
  let current: SectionKind = 'other';
  return lines.map((line) => {
    if (isHeading(line)) {
      const kind = headingKind(line);
      if (kind) current = kind;
      if (kind) return kind;
    }
    if (LEGAL_LINE.test(line)) return 'legal';
    // A paragraph that only mentions applying or a benefit may still list requirements: one
    // sentence's worth only (the analysis splits long lines into sentences first).
    const sentence = line.split(/\s+/).length <= MAX_SENTENCE_WORDS;
    if (sentence && APPLICATION_LINE.test(line)) return 'application';
    if (sentence && (BENEFIT_LINE.test(line) || BENEFIT_OFFER.test(line)) && current !== 'requirements') return 'benefits';
    if (sentence && ABOUT_LINE.test(line) && !ASKS_APPLICANT.test(line) && current !== 'requirements' && current !== 'preferred') return 'about';
    return current;
  });
}

/** Sections whose words are never keywords. */
export const SILENT_SECTIONS: ReadonlySet<SectionKind> = new Set(['about', 'benefits', 'legal', 'application']);
