import type { LlmClient, ProviderId } from '@/lib/llm/types';
import type { TexCompiler } from '@/lib/tex/types';
import type { TailorResult, TailorSettings } from '../record';
import type { PdfText } from '../score/pdf-text';
import type { TexProject } from '../segment/types';
import type { TextLayerHost } from '../text-layer';
import type { StoredPlan } from './plan-stage';
import type { StageMemo } from './memo';
import type { TailorProgress } from './progress';

/** What one tailoring run is given, and what it needs from its host: run.ts's inputs. */
export interface TailorJob {
  title?: string | null;
  company?: string | null;
  url?: string | null;
  description: string;
}

export interface TailorInput {
  project: TexProject;
  job: TailorJob;
  settings: TailorSettings;
  /** The plan of an earlier run (`run.plan`): reused instead of calling the model, e.g. after accepting flagged edits. */
  previousPlan?: StoredPlan | null;
}

/** What the pipeline needs from its host (service worker or Node). */
export interface TailorDeps {
  compiler: TexCompiler;
  pdfText: (pdf: Uint8Array) => Promise<PdfText>;
  /** Omit for the offline tailor. */
  llm?: { client: LlmClient; provider: ProviderId; model: string };
  /**
   * A second opinion on the guarded edits (structured mode): a short call, normally to the
   * provider's cheapest model, that can only add flags. Its tokens and cost count in the run.
   */
  verify?: { client: LlmClient; provider: ProviderId; model: string };
  cache?: { get(key: string): Promise<TailorResult | undefined>; set(key: string, value: TailorResult): Promise<void> };
  /** Remembers the compiled master and the posting analysis by content hash (see memo.ts). */
  memo?: StageMemo;
  signal?: AbortSignal;
  onProgress?: (e: TailorProgress) => void;
  compileTimeoutMs?: number;
  /** Checks compiled PDFs' text layers and fixes the tailored copy's (see lib/pdf-check); omit to skip. */
  textLayer?: TextLayerHost;
}
