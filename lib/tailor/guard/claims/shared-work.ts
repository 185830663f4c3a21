import type { Claim } from './claim';
import type { Evidence } from './evidence-text';
import { withoutElision } from './other-languages';
import type { Word } from './words';

/**
 * Words that say the work was shared: contributing to it, taking part in it, helping with it, a
 * co-author. A rewrite of such a line that keeps none of them tells shared work as the person's
 * own ("Participação na equipe de desenvolvimento de X" → "Desenvolvimento de X", "Daan heeft
 * bijgedragen aan …" → "Daan heeft … ontwikkeld"). Each must stand before what it was part of
 * ("contributed to", "Mitarbeit an", "participation à"): "helped people search", "members of
 * staff" or "collaborated with the administrators" share no credit.
 */
const SHARED = new Set(`contributed contribute contributes contributing contribution contributions helped assisted participated participating participate participation
mitarbeit mitgearbeitet mitgewirkt mitwirkung beteiligt beteiligung mithilfe
participation participé participée contribution contribué contribuée
bijgedragen bijdrage meegewerkt meegeholpen deelname deelgenomen
partecipazione partecipato contribuito contributo
participación participé participó contribución contribuí
participação participei participou contribuição contribuí contribuiu
udział uczestniczyłem uczestniczyłam`.split(/\s+/));
const BEFORE_WORK = /^(to|in|with|on|an|am|im|bei|zur|zum|à|au|aux|dans|aan|bij|in|a|al|alla|allo|ai|nel|nella|en|na|no|em|nos|nas|do|da|dos|das|w|we|przy)$/;

// "Co-author", "co-rédacteur", "Mitautor", "współautor", "coautore", "jointly": a shared credit in one word.
const CO = /^(co-|mitautor|mitentwickl|mitgründ|mitbegründ|współ|coaut|coréd|cofond|cofund|co-?found|jointly$)/;

// "Took part in", "was part of a team": a share of the work.
const TOOK_PART = (ws: Word[], i: number) => ws[i].lower === 'part' && /^(took|take|takes|taking|was|were|being)$/.test(ws[i - 1]?.lower ?? '') && /^(in|of)$/.test(ws[i + 1]?.lower ?? '');
const shares = (ws: Word[], i: number) => CO.test(ws[i].lower) || TOOK_PART(ws, i) || (SHARED.has(withoutElision(ws[i].lower)) && BEFORE_WORK.test(ws[i + 1]?.lower ?? ''));

// A rewrite still says the part was shared with any of these, wherever they stand ("Helped promote", "I support hiring", "Actief op").
const STILL_SHARED = new Set(`help helps helping support supports supported supporting involved involvement participated participating member members part team active
unterstützt unterstützte unterstützung aktiv teilgenommen ondersteund ondersteuning actief lid participant participante
apoio apoiei supporto soporte apoyo apoyé wsparcie wspierałem`.split(/\s+/));
const stillShares = (ws: Word[], i: number) => CO.test(ws[i].lower) || SHARED.has(withoutElision(ws[i].lower)) || STILL_SHARED.has(ws[i].lower);

/**
 * A claim when the cited lines say the work was shared and the rewrite, speaking of that work
 * (one of the three words after the marker: "the billing service"), no longer does.
 */
export function droppedSharingClaims(words: Word[], ev: Evidence): Claim[] {
  const cited = ev.cited.words;
  const said = cited.filter((_, i) => shares(cited, i));
  if (!said.length || words.some((_, i) => stillShares(words, i))) return [];
  // Taking part in a training, course or conference is attendance, not shared credit for work.
  if (/\b(formations?|trainings?|courses?|cursos?|corsi|corso|kurs\w*|schulung\w*|szkole\w*|conf[ée]rences?|konferenz\w*|congres\w*|workshops?|seminar\w*|séminaires?|programmes? de formation)\b/iu.test(ev.cited.text)) return [];
  // What the marker says was shared: the words after it, up to the end of its phrase ("took part in story refinement, defined the approach": refinement only).
  const phraseAfter = (i: number) => {
    const out: Word[] = [];
    for (let k = i + 1; k < Math.min(cited.length, i + 6); k++) {
      if (/[,;.:]/.test(ev.cited.text.slice(cited[k - 1].index + cited[k - 1].raw.length, cited[k].index))) break;
      out.push(cited[k]);
    }
    return out;
  };
  const objects = new Set(cited.flatMap((_, i) => (shares(cited, i) ? phraseAfter(i).filter((w) => w.lower.length > 3 && !BEFORE_WORK.test(w.lower)).slice(0, 3).map((w) => w.stem) : [])));
  if (![...words].some((w) => objects.has(w.stem))) return [];
  // A line that opens with the entry's own heading ("Software Engineer on the billing service") states the role held, not more of the work.
  const citedStems = new Set(cited.map((w) => w.stem));
  if (words[0] && /^\p{Lu}/u.test(words[0].raw) && !citedStems.has(words[0].stem) && ev.words.some((w) => w.stem === words[0].stem)) return [];
  const first = words.find((w) => /^\p{L}/u.test(w.raw));
  if (!first) return [];
  return [{ kind: 'ownership', text: first.raw, triggers: [first.raw], reason: `The cited lines say the work was shared ("${said[0].raw}"); the rewrite tells it as the person's own.` }];
}

// Words that say the work is unfinished or only intended, in the resume languages ("ready for
// its future deployment" is not deployed).
const NOT_DONE = /(?<![\p{L}])(in progress|ongoing|expected|pending|currently (?:pursuing|studying|enrolled)|under review|submitted|aims? to|aiming to|seeks? to|intends? to|plans? to|working towards?|(?:currently )?preparing (?:for|to)|en cours|previsão de conclusão|com previsão|previsto para|prevista para|prévue? pour|voraussichtlich|en préparation|em preparação|en preparación|in vorbereitung|in voorbereiding|в процессе|pågående|vise à|a pour objectif|em andamento|tem como objetivo|en curso|tiene como objetivo|in corso|allo scopo di|ha l'obiettivo|laufend|in arbeit|zielt darauf|lopend|w trakcie|ma na celu|[1-6](?:-?й)? курс|[1-6](?:st|nd|rd|th)[- ]year(?= *(?:$|[,.;)]| of (?:study|studies|the (?:programme|program|degree|course))))|for (?:its |their |a )?future|future (?:release|deployment|use|work)|para (?:su |sus )?futur[oa]s?|(?:su|sus|la|el) futur[oa]s? (?:despliegue|implementación|implantación|lanzamiento|publicación)|(?:sua|seu|para o|para a) futur[oa]s?|pour (?:son |sa |leur )?futur[e]?|(?:künftige[nmrs]?|zukünftige[nmrs]?) (?:einsatz|nutzung|veröffentlichung)|per (?:il |la |un )?futur[oa])(?![\p{L}])/iu;

// A rewrite still says so with these too ("Currently studying for a BSc"); in a cited line they say what is ("currently used on the homepage").
const STILL = /(?<![\p{L}])(currently|actuellement|atualmente|actualmente|attualmente|derzeit|momenteel|obecnie|studying|estudando|estudiando|studiert|étudie|cursando)(?![\p{L}])/iu;

/**
 * Work the cited line calls unfinished or intended ("BSc in Mathematics (in progress)", "a package
 * that aims to improve", "Under review", "allo scopo di progettare") that the rewrite tells as done:
 * the rewrite keeps none of these words.
 */
export function droppedUnfinishedClaims(words: Word[], text: string, ev: Evidence): Claim[] {
  const said = NOT_DONE.exec(ev.cited.text);
  if (!said || NOT_DONE.test(text) || STILL.test(text)) return [];
  const first = words.find((w) => /^\p{L}/u.test(w.raw));
  if (!first) return [];
  return [{ kind: 'scope', text: first.raw, triggers: [first.raw], reason: `The cited lines say the work is not done ("${said[0]}"); the rewrite tells it as done.` }];
}
