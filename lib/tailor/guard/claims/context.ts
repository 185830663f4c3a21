import type { Claim } from './claim';
import type { Evidence } from './evidence-text';
import type { Word } from './words';

/**
 * Industries: a model tailoring to a posting likes to place the work in the posting's sector
 * ("payments systems", "aerospace software"). Each is a claim unless the resume names it.
 * Only words that name a sector and little else ("energy", "media" are left out).
 */
const SECTORS = new Set('aerospace automotive avionics banking biotech biotechnology defense defence e-commerce ecommerce edtech fintech gaming healthcare insurance insurtech logistics oncology payments pharma pharmaceutical pharmaceuticals retail telecom telecommunications'.split(' '));

// Working with others the cited lines do not mention: "worked closely with the product team", "partnered with QA",
// "alongside senior engineers" (not "research alongside teaching": that is two activities).
const TOGETHER = /\b(partner(?:ed|ing)?\s+with|work(?:ed|ing)?\s+(?:closely|directly|hand in hand|side by side)\s+with|in\s+(?:close\s+)?(?:collaboration|partnership|cooperation)\s+with|liais(?:ed|ing)\s+with|alongside\s+(?:(?:the|a|an|our|other|its|their|\w+-?\w*)\s+){0,2}(?:teams?|engineers?|colleagues?|developers?|designers?|researchers?|scientists?|staff|partners?|clients?|stakeholders?|managers?|members?|people|experts?|analysts?|leaders?|founders?|executives?|physicians?|doctors?|nurses?|students?|volunteers?))\b/i;

// What says the cited work was already shared: the phrases above, or plainly working with someone.
const SHARED_WORK = new RegExp(`${TOGETHER.source}|\\b(?:collaborat(?:ed|ing|es?)|cooperat(?:ed|ing|es?)|teamed\\s+up|worked)\\s+with\\b`, 'i');

// A prototype, a pilot or a plan told as in use, in the resume languages.
const DEPLOYED = /(?<![\p{L}])(?:(?:in|into|to) production|production[- ]ready|deployed|rolled out|(?:released|launched|shipped) (?:to|into|in|on|as)|went live|go-live|in use (?:at|by)|now used|en production|mis en production|déployée?s?|en producción|desplegad[oa]s?|puest[oa] en producción|em produção|implantad[oa]s?|in produktion|produktiv|ausgerollt|in produzione|rilasciat[oaie]|в продакшен\w*|в эксплуатаци\w*|выпустил\w*|внедрен\w*|внедрил\w*|i produktion|w produkcji|wdrożon\w*)(?![\p{L}])/iu;
const DEPLOYED_SAID = /(?<![\p{L}])(?:production|produktion\w*|produzione|producción|produção|produkcji|продакшен\w*|deploy\w*|déploi\w*|déploy\w*|despleg\w*|despliegue|implant\w*|rolled|roll-?out|releas\w*|launch\w*|ship\w*|live|in use|used (?:by|at|in)|adopt\w*|ausgerollt|einge(?:führt|setzt)|rilasci\w*|эксплуатаци\w*|внедр\w*|выпуст\w*|wdroż\w*|utilizad[oa] (?:por|en)|utilisée? par|operational|operativ\w*|opérationnel\w*)(?![\p{L}])/iu;

const PRESENTED = /\b(?:presented|presenting|spoke|speaking|gave (?:a |an )?(?:talk|presentation|keynote))\b(?:\s+\S+){0,4}?\s+(?:at|to|before)\b/i;
const PRESENTED_SAID = /\b(?:present\w*|talks?|poster|spoke|speak\w*|seminars?|conferences?|lectures?|keynote|webinars?|symposi\w*|workshops?)\b/i;

/**
 * Circumstances of the work a rewrite may add, each with what in the cited lines backs it:
 * "rolled out to production", "presented the results at a department seminar", "partnered with QA".
 */
const CIRCUMSTANCES = [
  { says: DEPLOYED, backedBy: DEPLOYED_SAID, what: 'put into use; the cited lines do not say so' },
  { says: PRESENTED, backedBy: PRESENTED_SAID, what: 'presented to an audience the cited lines do not mention' },
  { says: TOGETHER, backedBy: SHARED_WORK, what: 'shared with others the cited lines do not mention' },
];

/** Sectors the resume does not name, and circumstances (use, audience, collaboration) the cited lines do not state. */
export function contextClaims(words: Word[], text: string, ev: Evidence, hasWord: (lower: string) => boolean): Claim[] {
  const claims: Claim[] = [];
  words.forEach((w, i) => {
    const sector = SECTORS.has(w.lower) ? w.raw : w.lower === 'video' && /^games?$/.test(words[i + 1]?.lower ?? '') ? `${w.raw} ${words[i + 1].raw}` : null;
    if (sector && !sector.split(' ').every((x) => hasWord(x.toLowerCase()))) claims.push({ kind: 'name', text: sector, triggers: sector.split(' '), reason: `"${sector}" places the work in a sector the resume does not name.` });
  });
  for (const { says, backedBy, what } of CIRCUMSTANCES) {
    const found = says.exec(text);
    if (found && !backedBy.test(ev.cited.text)) claims.push({ kind: 'scope', text: found[0], triggers: found[0].split(/\s+/), reason: `"${found[0]}" says the work was ${what}.` });
  }
  return claims;
}
