import type { RunProgressLine } from '@/lib/db/records';

/** The pipeline's stages in order, each with what it means to the person waiting. */
const STAGES: { stage: string; words: string; weight: number }[] = [
  { stage: 'cache', words: 'Looking for an identical earlier run', weight: 1 },
  { stage: 'segment', words: 'Reading your resume', weight: 1 },
  { stage: 'analyse', words: 'Reading the job posting', weight: 2 },
  { stage: 'compile-master', words: 'Compiling your master resume', weight: 8 },
  { stage: 'plan', words: 'Choosing what to change', weight: 20 },
  { stage: 'guard', words: 'Checking every change against your resume', weight: 2 },
  { stage: 'apply', words: 'Applying the changes', weight: 1 },
  { stage: 'compile', words: 'Compiling the tailored PDF', weight: 8 },
  { stage: 'fit', words: 'Fitting it to the page count', weight: 4 },
  { stage: 'score', words: 'Scoring the result', weight: 2 },
  { stage: 'record', words: 'Saving to history', weight: 1 },
];
const TOTAL = STAGES.reduce((n, s) => n + s.weight, 0);

export interface RunProgressSummary {
  /** 0–100, weighted by how long each stage usually takes (the model call is most of it). */
  percent: number;
  /** The current step in words, e.g. "Compiling the tailored PDF". */
  words: string;
  /** The pipeline's latest note for it ("compile 2 of 4"), when there is one. */
  note: string | null;
}

/** Sums up a run's progress lines for a compact bar: how far, and what is happening now. */
export function summariseProgress(lines: RunProgressLine[]): RunProgressSummary {
  const finished = new Set(lines.filter((l) => l.status !== 'start').map((l) => l.stage));
  const last = lines.at(-1);
  const index = (stage: string) => STAGES.findIndex((s) => s.stage === stage);
  // The step shown is the last one started and not finished, else the one after the last finished.
  const lastIndex = last ? index(last.stage) : -1;
  const current = last && last.status === 'start' ? STAGES[lastIndex] : STAGES[Math.min(STAGES.length - 1, lastIndex + 1)];
  // Stages may be skipped or answered from the memo without a line each: where the run is
  // counts, not which lines arrived — every stage before the current one is behind it.
  const currentIndex = current ? STAGES.indexOf(current) : 0;
  const behind = STAGES.slice(0, currentIndex).reduce((n, s) => n + s.weight, 0);
  const done = finished.size === STAGES.length ? TOTAL : behind + (current && finished.has(current.stage) ? current.weight : 0);
  const note = last?.message && last.stage === current?.stage ? last.message : null;
  return { percent: Math.round((done / TOTAL) * 100), words: current?.words ?? 'Starting', note };
}

/** "12 s", "1 min 05 s": elapsed time as a person reads it. */
export function formatElapsed(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
}
