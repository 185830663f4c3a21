/**
 * The short "label: value" lines and icon chips that careers pages print around a job's title
 * ("Lieu de travail: Fribourg", "Miejsce pracy: Katowice", "📍 Astana", "🕐 Vollzeit"): where the
 * job is, and header facts that are not the ad's words.
 */

// Labels of the place of work, in the languages capture reads.
const PLACE_LABEL = /^(?:job |work )?(?:location|address|adres|adresse|anschrift|direcci[oó]n|indirizzo|endere[cç]o|place of work|lieu de travail|lieu|localisation|standort|arbeitsort|einsatzort|dienstort|ubicaci[oó]n|lugar de trabajo|localiza[cç][aã]o|local de trabalho|sede|luogo di lavoro|locatie|werklocatie|standplaats|miejsce pracy|lokalizacja)$/i;
// Labels of the other header facts: kind of contract, hours, category, dates, pay, remote days.
const FACT_LABEL = /^(?:job category|category|department|abteilung|d[ée]partement|departamento|dipartimento|afdeling|dzia[łl]|salary range|statut|status|horaire|schedule|shift|job id|req(?:uisition)? id|r[ée]f[ée]rence|cat[ée]gorie|type de contrat|contrat|contract(?: type)?|employment type|job type|type|vertragsart|anstellungsart|besch[äa]ftigungsart|arbeitszeit|tipo de contrato|jornada|tipo di contratto|contractvorm|dienstverband|rodzaj umowy|wymiar pracy|posted(?: on)?|date|datum|beginn|start(?:datum)?|d[ée]but|t[ée]l[ée]travail|remote|homeoffice|salary|gehalt|salaire|salario|sal[áa]rio|stipendio|salaris|wynagrodzenie)\b/i;
// Unlabelled chips: the kind of job ("Full Time", "Vollzeit") and when it was posted.
const KIND_CHIP = /^(?:full[- ]?time|part[- ]?time|vollzeit|teilzeit|temps plein|temps partiel|tiempo completo|media jornada|tempo pieno|tempo integral|voltijd|deeltijd|pe[łl]ny etat|permanent|unbefristet|befristet|cdi|cdd|internship|praktikum|stage|werkstudent|minijob|freelance)$/i;
const POSTED = /^(?:posted|published|ver[öo]ffentlicht|publi[ée]e?|publicad[oa]|pubblicat[oa]|geplaatst|opublikowano)\b.{0,40}$/i;
const LABELLED = /^([^:]{3,40}):\s*(\S.{0,79})$/u;
const PIN = /^📍\s*(\S.{1,79})$/u;
const PICTOGRAPH_START = /^\p{Extended_Pictographic}/u;
const MAX_CHIP_WORDS = 8;

const FACT_SEPARATOR = /\s+[|·•]\s+/;
const tidy = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Whether `text` is a place-of-work label alone ("Arbeitsort", "Location:"), its value on the next line. */
export function isPlaceLabel(text: string): boolean {
  return PLACE_LABEL.test(tidy(text).replace(/\s*:$/, ''));
}

/** The place a labelled line or a pin chip names ("Lieu de travail: Fribourg" → "Fribourg"), or null. */
export function labelledPlace(text: string): string | null {
  // Several facts on one line: "Beginn: nach Absprache | Arbeitsort: Landkreis Meißen".
  for (const part of tidy(text).split(FACT_SEPARATOR)) {
    const pin = PIN.exec(part);
    if (pin) return pin[1]!.trim();
    const m = LABELLED.exec(part);
    if (m && isPlaceLabel(m[1]!)) return m[2]!.trim();
  }
  return null;
}

/** Whether a line is a header fact ("Type de contrat: CDI", "🕐 Vollzeit") rather than the ad's prose. */
export function isFactLine(text: string): boolean {
  const parts = tidy(text).split(FACT_SEPARATOR);
  return parts.every(isOneFact);
}

function isOneFact(line: string): boolean {
  if (PICTOGRAPH_START.test(line)) return line.split(' ').length <= MAX_CHIP_WORDS;
  if (KIND_CHIP.test(line) || POSTED.test(line)) return true;
  const m = LABELLED.exec(line);
  return !!m && (isPlaceLabel(m[1]!) || FACT_LABEL.test(m[1]!.trim()));
}
