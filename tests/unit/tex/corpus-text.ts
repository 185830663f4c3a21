// Shared by the corpus tests and the bench: extracting and comparing PDF text.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const REF_DIR = join(import.meta.dirname, '../../fixtures/tex/reference');

interface KnownDifference {
  native: string;
  wasm: string;
  reason: string;
}

/** Text of a PDF as pdftotext (poppler-utils) extracts it. */
export function pdfText(pdf: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'bespoke-pdftext-'));
  try {
    writeFileSync(join(dir, 'in.pdf'), pdf);
    return execFileSync('pdftotext', ['-q', '-enc', 'UTF-8', join(dir, 'in.pdf'), '-'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Whitespace-insensitive form used for comparing (pdftotext's line breaks depend on layout details). */
export const normalizeText = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Native reference text and page count of a corpus resume, with its explained differences applied. */
export function nativeReference(name: string): { text: string; pages: number } {
  const meta = JSON.parse(readFileSync(join(REF_DIR, 'references.json'), 'utf8')) as Record<string, { pages: number }>;
  const known = (JSON.parse(readFileSync(join(REF_DIR, 'known-differences.json'), 'utf8')) as Record<string, KnownDifference[]>)[name] ?? [];
  let text = normalizeText(readFileSync(join(REF_DIR, `${name}.txt`), 'utf8'));
  for (const d of known) text = text.split(d.native).join(d.wasm);
  return { text: normalizeText(text), pages: meta[name]!.pages };
}
