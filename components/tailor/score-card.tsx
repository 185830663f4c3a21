import type { RunRecord } from '@/lib/db/records';
import type { TailorRun } from '@/lib/tailor/index';
import { Card } from '@/components/ui/card';
import { ScoreGauge, ScorePart } from '@/components/ui/score-gauge';

const HINTS = {
  coverage: 'Weighted share of the posting’s keywords your PDF contains (must-haves count three times).',
  prominence: 'How early those keywords appear in the PDF.',
  frequency: 'Repeated mentions, capped: stuffing earns nothing.',
};

/** The match score before → after as a gauge, its parts, and the run's facts (pages, tokens, cost). */
export function ScoreCard({ run, report }: { run: RunRecord; report: TailorRun }) {
  const after = report.scoreAfter;
  const parts = (after ?? report.scoreBefore).components;
  const must = (after ?? report.scoreBefore).must;
  return (
    <Card className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-4">
        <ScoreGauge before={report.scoreBefore.score} after={after?.score ?? null} />
        <div className="flex min-w-40 flex-1 flex-col gap-1.5">
          <p className="m-0 text-sm" data-testid="run-score">
            Match score <strong>{report.scoreBefore.score}</strong> → <strong>{after?.score ?? '—'}</strong>
          </p>
          <p className="m-0 text-xs text-muted-foreground">
            {must.present} of {must.total} must-have keywords in your PDF
          </p>
          {parts ? (
            <>
              <ScorePart label="Coverage" value={parts.coverage} hint={HINTS.coverage} />
              <ScorePart label="Prominence" value={parts.prominence} hint={HINTS.prominence} />
              <ScorePart label="Frequency" value={parts.frequency} hint={HINTS.frequency} />
            </>
          ) : null}
        </div>
      </div>
      <p className="m-0 text-xs text-muted-foreground">
        {report.pages.tailored ?? '—'} page{report.pages.tailored === 1 ? '' : 's'} (target {report.pages.target})
        {run.tokens && run.tokens.input + run.tokens.output > 0 ? ` · ${(run.tokens.input + run.tokens.output).toLocaleString()} tokens` : ''}
        {run.costUsd != null && run.provider !== 'offline' ? ` · ~$${run.costUsd.toFixed(4)}` : ''}
        {run.finishedAt ? ` · ${((run.finishedAt - run.startedAt) / 1000).toFixed(1)} s` : ''}
      </p>
    </Card>
  );
}
