import { madeUsablePdf } from '@/lib/tex/compile-verdict';
import type { TexCompiler, TexError } from '@/lib/tex/types';
import { analysePosting, type PostingKeyword } from '../keywords/analyse';
import { detectLanguage, loadKeywordData } from '../keywords/keyword-data';
import type { PdfText } from '../score/pdf-text';
import type { TexProject } from '../segment/types';
import type { TextLayerHost, TextLayerSummary } from '../text-layer';
import { hashProject } from './hash';
import { usableMaster } from './master-errors';

/**
 * A durable key → value store the host offers (IndexedDB in the extension, a folder on disk in
 * the CLI) for results that depend on content alone: the same master compiles to the same PDF,
 * the same posting yields the same keywords. Keys carry a content hash; values are plain data
 * (Uint8Array allowed). A host that cannot store a value may drop it: a miss only costs time.
 */
export interface StageMemo {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
}

/** Bump when what is stored changes shape or meaning (m2: PDF text reads ActualText), so old entries are ignored. */
const MEMO_VERSION = 'm2';

/** The master as compiled once: what a run needs of it. */
export interface CompiledMaster {
  pages: number;
  pdf: Uint8Array;
  text: PdfText;
  /** What the master's compile wrote besides the PDF (.aux, .out …): the tailored compiles start from it. */
  auxFiles?: Record<string, Uint8Array>;
  /**
   * The errors the master's compile reported although it made its PDF (absent when it compiled
   * clean): the tailored copies are judged against them.
   */
  errors?: TexError[];
  /** The master PDF's text-layer check, when the host checks text layers (same content, same check). */
  check?: TextLayerSummary;
  /** Set on a memo hit (never stored). */
  fromMemo?: boolean;
}

function isCompiledMaster(v: unknown): v is CompiledMaster {
  const m = v as CompiledMaster | undefined;
  return !!m && typeof m.pages === 'number' && m.pdf instanceof Uint8Array && typeof m.text?.text === 'string' && Array.isArray(m.text.pages);
}

/**
 * The compiled master and its PDF text, from the memo when this exact project (by hash) was
 * compiled before, else compiled now and remembered. `compile` returns null when the master
 * does not compile (the caller reports it; failures are not remembered).
 */
export async function compiledMaster(
  memo: StageMemo | undefined,
  masterHash: string,
  compile: () => Promise<Omit<CompiledMaster, 'text' | 'check' | 'fromMemo'> | null>,
  pdfText: (pdf: Uint8Array) => Promise<PdfText>,
  checkTextLayer?: (pdf: Uint8Array) => Promise<TextLayerSummary>,
): Promise<CompiledMaster | null> {
  const key = `master:${MEMO_VERSION}:${masterHash}`;
  const remember = (value: CompiledMaster) => memo?.set(key, value).catch((err: unknown) => console.warn('[bespoke] could not remember the compiled master:', String(err)));
  // A failed check is not remembered: the run reports it, and the next one tries again.
  const checked = (pdf: Uint8Array) => (checkTextLayer ? checkTextLayer(pdf).catch(() => undefined) : Promise.resolve(undefined));
  const hit = await memo?.get(key).catch(() => undefined);
  if (isCompiledMaster(hit)) {
    if (hit.check || !checkTextLayer) return { ...hit, fromMemo: true };
    // Remembered by a host that did not check text layers: checked now, once.
    const check = await checked(hit.pdf);
    if (check) await remember({ ...hit, check });
    return { ...hit, ...(check ? { check } : {}), fromMemo: true };
  }
  const compiled = await compile();
  if (!compiled) return null;
  const text = await pdfText(compiled.pdf);
  const check = await checked(compiled.pdf);
  const value: CompiledMaster = { ...compiled, text, ...(check ? { check } : {}) };
  await remember(value);
  return value;
}

/** The posting's keywords, analysed once per posting text (by hash). */
export async function analysedPosting(
  memo: StageMemo | undefined,
  jobHash: string,
  job: { title?: string | null; description: string; company?: string | null; location?: string | null },
): Promise<PostingKeyword[]> {
  const key = `analysis:${MEMO_VERSION}:${jobHash}`;
  const hit = await memo?.get(key).catch(() => undefined);
  if (Array.isArray(hit)) return hit as PostingKeyword[];
  // The vocabulary of the posting's language (and English), loaded once: the analysis below
  // then reads the posting with the taxonomy rather than the hand-written lexicon alone.
  await loadKeywordData(detectLanguage(`${job.title ?? ''}\n${job.description}`));
  const keywords = analysePosting(job);
  await memo?.set(key, keywords).catch((err: unknown) => console.warn('[bespoke] could not remember the posting analysis:', String(err)));
  return keywords;
}

/**
 * Compiles a master ahead of any run (e.g. when the side panel opens) so the first tailoring
 * finds it in the memo; a master compiled before costs one hash. Returns whether it compiles.
 */
export async function prepareMaster(
  project: TexProject,
  deps: { compiler: TexCompiler; pdfText: (pdf: Uint8Array) => Promise<PdfText>; memo: StageMemo; textLayer?: TextLayerHost },
): Promise<boolean> {
  const { textLayer } = deps;
  const master = await compiledMaster(deps.memo, await hashProject(project), async () => {
    const r = await deps.compiler.compile({ mainFile: project.mainFile, files: project.files, engine: project.engine });
    return madeUsablePdf(r) ? usableMaster(r) : null;
  }, deps.pdfText, textLayer ? (pdf) => textLayer.check(project, pdf) : undefined);
  return master !== null;
}
