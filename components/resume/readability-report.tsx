import type { TextLayerRecord, TextLayerSummary } from '@/lib/tailor/index';

/** "97.2%", floored so a PDF that misses a word never shows 100%. */
const percent = (share: number) => `${(Math.floor(share * 1000) / 10).toFixed(1)}%`;

/**
 * How an ATS reads a PDF: the share of words read back exactly as written, and the problems
 * in plain words (icons read as letters, words in pieces, columns read across…).
 */
export function ReadabilityReport({ summary, label }: { summary: TextLayerSummary; label: string }) {
  const good = summary.readsAsWritten >= 0.99 && summary.junkGlyphs === 0 && summary.splitWords === 0 && summary.joinedWords === 0;
  return (
    <div data-testid="readability-report" data-reads={summary.readsAsWritten.toFixed(4)} data-junk={summary.junkGlyphs} data-split={summary.splitWords}>
      <p style={{ margin: 0 }}>
        {label}: reads as written <strong data-testid="readability-figure">{percent(summary.readsAsWritten)}</strong>
        <span className="muted"> ({summary.exact} of {summary.words} words, {summary.extractor}){good ? ' — an ATS reads it as you wrote it' : ''}</span>
      </p>
      {summary.problems.length ? (
        <ul className="muted" data-testid="readability-problems" style={{ margin: '4px 0 0', paddingLeft: 18 }}>
          {summary.problems.slice(0, 6).map((p, i) => (
            <li key={i} data-kind={p.kind}>
              {p.message}
              {p.examples.length ? ` e.g. ${p.examples.map((e) => `“${e}”`).join(', ')}` : ''}
              {p.pages.length ? ` (page ${p.pages.join(', ')})` : ''}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** A run's check: the master and the tailored PDF, what Bespoke fixed in the tailored copy, and notes. */
export function RunReadability({ textLayer }: { textLayer: TextLayerRecord }) {
  return (
    <div data-testid="run-readability" style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
      {textLayer.master ? <ReadabilityReport summary={textLayer.master} label="Master PDF" /> : null}
      {textLayer.tailored ? <ReadabilityReport summary={textLayer.tailored} label="Tailored PDF" /> : null}
      {textLayer.fixes?.fixes.length ? (
        <p className="muted" data-testid="readability-fixes" style={{ margin: 0 }}>
          Fixed in the tailored copy (not in your master): {textLayer.fixes.fixes.map((f) => f.label).join('; ')}. Turn off with “Fix the PDF text layer”.
        </p>
      ) : textLayer.fixes === null ? <p className="muted" style={{ margin: 0 }}>Text-layer fixes were off for this run.</p> : null}
      {[...(textLayer.fixes?.notes ?? []), ...textLayer.notes].map((n, i) => <p key={i} className="notice" style={{ margin: 0 }}>{n}</p>)}
    </div>
  );
}
