import { diffWords } from 'diff';

/** A word diff of one edit: removed words struck through in red, added words in green. */
export function WordDiff({ before, after }: { before: string; after: string }) {
  return (
    <p className="m-0 text-[13px] leading-relaxed break-words whitespace-pre-wrap">
      {diffWords(before, after).map((part, i) =>
        part.added ? (
          <ins key={i} className="rounded-sm bg-success-soft px-0.5 text-success no-underline">
            {part.value}
          </ins>
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
