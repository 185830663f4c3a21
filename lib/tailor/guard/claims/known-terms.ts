import { lexiconMatchers } from '../../keywords/analyse';
import { findHits } from '../../keywords/match';

/** A skill, tool, practice, title or credential the posting analysis knows, found in a text. */
export interface KnownTerm {
  name: string;
  category: string;
  index: number;
  length: number;
}

/**
 * Practices named with everyday words ("event sourcing" is "event" + "sourcing"), which the
 * new-word check cannot see. They belong in the skills taxonomy; until it has them they are
 * matched here, whole-word, in any case.
 */
const PRACTICES = [
  'event sourcing', 'event-driven', 'feature flags', 'feature flag', 'feature toggles', 'domain-driven design', 'pair programming', 'mob programming',
  'load testing', 'stress testing', 'chaos engineering', 'blue-green', 'canary release', 'canary releases', 'canary deployments', 'trunk-based development',
  'service mesh', 'message queue', 'message queues', 'data mesh', 'data lake', 'data lakehouse', 'single sign-on', 'rate limiting', 'load balancing',
  'dependency injection', 'static analysis', 'root cause analysis', 'capacity planning', 'disaster recovery', 'zero-downtime', 'zero trust', 'zero-trust',
  'mutual tls', 'threat modeling', 'penetration testing', 'property-based testing', 'contract testing', 'mutation testing', 'end-to-end testing',
  'stream processing', 'change data capture', 'sharding', 'multi-tenant', 'multi-tenancy', 'high availability', 'auto-scaling', 'autoscaling',
  'reinforcement learning', 'transfer learning', 'fine-tuning', 'prompt engineering', 'retrieval-augmented generation', 'a/b testing', 'design thinking',
];
const PRACTICE_RE = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${PRACTICES.map((p) => p.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})(?![\\p{L}\\p{N}-])`, 'giu');

/**
 * The one door to the keyword matcher (the same one the posting analysis uses), so a new
 * taxonomy behind `lexiconMatchers` / `findHits` serves the guard without changes here.
 */
export function knownTermsIn(text: string): KnownTerm[] {
  const out: KnownTerm[] = [];
  for (const m of lexiconMatchers()) {
    for (const h of findHits(m, text)) {
      // The hit's own spelling: the longest of the entry's spellings found at that place.
      const at = text.slice(h.index).toLowerCase();
      const spelling = [m.entry.name, ...(m.entry.aliases ?? [])].map((s) => s.toLowerCase()).filter((s) => at.startsWith(s)).sort((a, b) => b.length - a.length)[0];
      out.push({ name: m.entry.name, category: m.entry.category, index: h.index, length: spelling?.length ?? m.entry.name.length });
    }
  }
  for (const x of text.matchAll(PRACTICE_RE)) out.push({ name: x[0].toLowerCase(), category: 'practice', index: x.index ?? 0, length: x[0].length });
  return out;
}

/** Whether the text mentions this known term (any spelling). */
export function mentionsTerm(name: string, text: string): boolean {
  const m = lexiconMatchers().find((x) => x.entry.name === name);
  if (m) return findHits(m, text).length > 0;
  return [...text.matchAll(PRACTICE_RE)].some((x) => x[0].toLowerCase() === name);
}
