/**
 * The header a page repeats above the ad text: the job title, the location as a line or a bullet
 * ("• Hamburg", "• LMT Hamburg"), or a board's own label ("About the job"). Boards put these
 * inside the element that holds the description, so the description would start with them.
 */
import { isFactLine } from './fact-lines.ts';

// Labels boards print over the ad text; the employer's own headings ("Stellenbeschreibung",
// "About us", "Description" as a heading) are part of the ad and stay. "Description :" with its
// colon is a form's label over the text.
const BOARD_LABELS = /^(about the job|job description|full job description|volledige vacaturetekst|vollständige stellenbeschreibung|description du poste|descripción del empleo|open position|offene stelle|open vacature|poste à pourvoir|description\s*:)$/i;
const MAX_HEADER_LINES = 6;
// A requisition number alone on a line ("P-1489", "JR-0104977", "Req ID: 12345"): the ATS's
// bookkeeping printed above the ad, never its words.
const REQUISITION = /^(?:(?:req(?:uisition)?|job|ref(?:erence)?|posting)\s*(?:id|no\.?|number|#)?\s*[:#]?\s*)?[A-Z]{0,4}[-_]?\d{3,}(?:[-_]\d+)?$/i;

const fold = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

export interface HeaderValues {
  title?: string | null;
  company?: string | null;
  location?: string | null;
}

function isHeaderLine(line: string, header: HeaderValues): boolean {
  const text = fold(line.replace(/^•\s*/, ''));
  if (!text) return true;
  if (BOARD_LABELS.test(line.replace(/^•\s*/, '').trim())) return true;
  if (REQUISITION.test(line.trim())) return true;
  // "← Back to all positions": the page's way back to the list.
  if (/^[←‹«]\s*\S/.test(line.trim()) && line.trim().split(/\s+/).length <= 8) return true;
  // "Type de contrat: CDI", "📍 Herne & Umgebung", "🕐 Vollzeit": the header's facts.
  if (isFactLine(line)) return true;
  const known = [header.title, header.company, header.location].filter((v): v is string => !!v).map(fold);
  if (known.includes(text)) return true;
  // A short line naming the location ("LMT Hamburg") is the board's location chip, not prose.
  const place = header.location ? fold(header.location).split(' ')[0] : '';
  return text.split(' ').length <= 3 && !!place && place.length > 2 && text.includes(place);
}

/**
 * The header lines a board repeated above the ad text, and the description without them. The
 * lines still say things the posting's facts need ("Full Time", "Vollzeit").
 */
export function splitRepeatedHeader(description: string, header: HeaderValues): { header: string[]; rest: string } {
  const lines = description.split('\n');
  let start = 0;
  while (start < lines.length && start < MAX_HEADER_LINES * 2 && isHeaderLine(lines[start]!, header)) start++;
  // Never strip everything: a page whose whole text is the header keeps it.
  const rest = lines.slice(start).join('\n').trim();
  return rest ? { header: lines.slice(0, start), rest } : { header: [], rest: description };
}

/** The description without the header lines a board repeated above the ad text. */
export function dropRepeatedHeader(description: string, header: HeaderValues): string {
  return splitRepeatedHeader(description, header).rest;
}
