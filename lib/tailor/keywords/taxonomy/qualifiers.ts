/**
 * What a sentence says about the skill it names: how many years ("5+ years of Python",
 * "mindestens 3 Jahre Erfahrung") and whether it is required or preferred.
 */
export interface Qualifiers {
  years?: number;
  need?: 'required' | 'preferred';
}

const YEARS = /(\d{1,2})\s*(?:\+|-\s*\d{1,2}|–\s*\d{1,2})?\s*\+?\s*(?:years?|yrs?|jahre?n?|ans?|años|anni|anos|jaar|lat[a]?)(?![\p{L}\p{N}])/iu;
const PREFERRED = /(?<![\p{L}\p{N}])(preferred|nice[- ]to[- ]have|a plus|is a bonus|bonus|advantage|ideally|desirable|wünschenswert|von vorteil|idealerweise|ein plus|apprécié|un plus|souhaité|deseable|valorable|se valorará|gradito|preferibile|diferencial|desejável|pluspunt|mile widziane|atutem)(?![\p{L}\p{N}])/iu;
const REQUIRED = /(?<![\p{L}\p{N}])(required|must|essential|mandatory|minimum|at least|proven|strong|solid|expert|deep|erforderlich|zwingend|voraussetzung|mindestens|fundierte|sehr gute|requis|obligatoire|indispensable|imprescindible|obligatorio|necesario|richiest[oa]|indispensabile|obrigatório|vereist|wymagan[ay]|niezbędn[ay])(?![\p{L}\p{N}])/iu;

/** Qualifiers of one sentence (a line of the posting). */
export function sentenceQualifiers(sentence: string): Qualifiers {
  const out: Qualifiers = {};
  const y = YEARS.exec(sentence);
  if (y) out.years = Number(y[1]);
  if (PREFERRED.test(sentence)) out.need = 'preferred';
  else if (REQUIRED.test(sentence)) out.need = 'required';
  return out;
}

/** Character range of the years phrase in `sentence`, or null. */
export function yearsSpan(sentence: string): { start: number; end: number } | null {
  const y = YEARS.exec(sentence);
  return y ? { start: y.index, end: y.index + y[0].length } : null;
}
