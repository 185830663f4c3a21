import type { Segment, Segmentation } from '../segment/types';
import { evidenceOf, type Evidence } from './claims/evidence-text';
import { detectResumeLanguage, type GuardLanguage } from './claims/resume-language';
import { printedTexts } from './printed-text';

const SKILLS_SECTION = /skill|technolog|tools|competenc|languages|expertise|stack/i;

/** What every edit of one master may draw on besides the lines it cites. */
export interface MasterEvidence {
  /** Printed text around the segments: headings, employers, titles, dates. */
  skeleton: string;
  /** Skills lines and the segments of a skills section. */
  skills: string;
  /** Facts the person confirmed for this master ("This is true"), as plain text. */
  confirmed: string[];
  /** The whole printed text (document bodies only). */
  printed: string;
  /** The language the resume is written in (franc over its printed text). */
  lang: GuardLanguage;
}

/** Collects the master's shared evidence once per run. */
export function masterEvidence(seg: Segmentation, confirmed: readonly string[] = []): MasterEvidence {
  const { all, skeleton } = printedTexts(seg);
  const skills = seg.segments.filter((s) => s.kind === 'skills' || SKILLS_SECTION.test(s.section ?? '')).map((s) => s.plain);
  return { skeleton, skills: skills.join('\n'), confirmed: [...confirmed], printed: all, lang: detectResumeLanguage(all) };
}

/**
 * The ids an edit's evidence names: the ones it cites that exist, and the edited segment
 * itself when it cites none (a rewrite may always draw on its own line).
 */
export function citedIds(segment: Segment, cited: readonly string[] | undefined, byId: ReadonlyMap<string, Segment>): string[] {
  const known = [...new Set((cited ?? []).filter((id) => byId.has(id)))];
  return known.length ? (known.includes(segment.id) ? known : [segment.id, ...known]) : [segment.id];
}

/** The indexed evidence of one edit: its cited lines, the skills, the skeleton and the confirmed facts. */
export function editEvidence(ids: readonly string[], byId: ReadonlyMap<string, Segment>, master: MasterEvidence): Evidence {
  return evidenceOf([...ids.map((id) => byId.get(id)?.plain ?? ''), ...master.confirmed], [master.skills, master.skeleton], master.lang);
}
