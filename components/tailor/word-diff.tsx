import { diffWords } from 'diff';
import type { Claim } from '@/lib/tailor/index';

/** A trigger (printed text) as a pattern over the LaTeX source: "40%" also matches "40\\%". */
function sourcePattern(trigger: string): RegExp {
  return new RegExp(trigger.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[%&#_]|\\\$/g, (c) => `\\\\?${c}`));
}

/** Added text with the words that triggered a claim marked, the reason on hover. */
function Added({ text, findings }: { text: string; findings: Claim[] }) {
  const marks = findings.flatMap((c) => c.triggers.map((t) => ({ re: sourcePattern(t), c }))).filter(({ re }) => re.test(text));
  const all = marks.length ? new RegExp(`(${marks.map(({ re }) => re.source).join('|')})`) : null;
  return (
    <ins className="rounded-sm bg-success-soft px-0.5 text-success no-underline">
      {all
        ? text.split(all).map((part, i) => {
            const hit = part ? marks.find(({ re }) => new RegExp(`^(?:${re.source})$`).test(part)) : undefined;
            return hit ? <mark key={i} data-testid="claim-mark" title={hit.c.reason} className="rounded-sm bg-warning-soft px-0.5 text-warning">{part}</mark> : part;
          })
        : text}
    </ins>
  );
}

/** A word diff of one edit: removed words struck through in red, added words in green, claim triggers marked. */
export function WordDiff({ before, after, findings = [] }: { before: string; after: string; findings?: Claim[] }) {
  return (
    <p className="m-0 text-[13px] leading-relaxed break-words whitespace-pre-wrap">
      {diffWords(before, after).map((part, i) =>
        part.added ? (
          <Added key={i} text={part.value} findings={findings} />
        ) : part.removed ? (
          <del key={i} className="rounded-sm bg-danger-soft px-0.5 text-danger line-through">
            {part.value}
          </del>
        ) : (
          <span key={i}>{part.value}</span>
        ),
      )}
    </p>
  );
}
