import type { Claim } from './claim';
import type { Word } from './words';

/**
 * Words that widen reach or claim results: breadth ("company-wide", "all"), firsts and
 * superlatives, magnitudes without digits ("millions"), intensified outcomes
 * ("significantly"), results (costs, revenue, latency) and audiences (users, customers).
 * Each is a claim unless the evidence uses the same word (or its word family).
 */
const SCOPE = new Set(`company-wide companywide org-wide organization-wide organisation-wide enterprise-wide team-wide department-wide industry-wide cross-company global globally worldwide world-wide nationwide international internationally all every entire whole
first only best top top-ranked largest biggest fastest highest record record-breaking best-selling bestselling flagship leading industry-leading unprecedented breakthrough
millions thousands hundreds billions dozens massive huge large-scale high-traffic high-volume mission-critical business-critical
significantly dramatically substantially greatly drastically considerably vastly massively markedly sharply tremendously hugely exponentially
cost costs revenue revenues profit profits sales savings latency downtime churn retention conversion conversions engagement uptime satisfaction growth adoption roi
users customers clients learners visitors subscribers patients viewers shoppers players people readers buyers merchants`.split(/\s+/));
// "every day", "all of the above" are manner, not reach.
const NOT_AFTER: Record<string, RegExp> = { every: /^(day|week|month|year|time|release|sprint|morning)s?$/, all: /^(of|the)$/ };

const CREDENTIAL = new Set(`certified certification certifications certificate certificates accredited licensed license award awards awarded award-winning prize prizes scholarship scholarships fellowship patent patents patented published peer-reviewed publication publications degree degrees diploma honors honours dean's valedictorian summa cum laude`.split(/\s+/));

/** Scope and outcome words of the rewrite that the evidence does not use. */
export function scopeClaims(words: Word[], hasWord: (lower: string) => boolean): Claim[] {
  const claims: Claim[] = [];
  words.forEach((w, i) => {
    if (!SCOPE.has(w.lower) || hasWord(w.lower)) return;
    const next = words[i + 1]?.lower ?? '';
    if (NOT_AFTER[w.lower]?.test(next)) return;
    claims.push({ kind: 'scope', text: w.raw, triggers: [w.raw], reason: `"${w.raw}" claims a reach or result the cited lines do not state.` });
  });
  return claims;
}

/** Degrees, certificates, awards, patents and publications the evidence does not mention. */
export function credentialClaims(words: Word[], hasWord: (lower: string) => boolean): Claim[] {
  return words.filter((w) => CREDENTIAL.has(w.lower) && !hasWord(w.lower))
    .map((w) => ({ kind: 'credential' as const, text: w.raw, triggers: [w.raw], reason: `"${w.raw}" claims a credential, award or publication the cited lines do not mention.` }));
}
