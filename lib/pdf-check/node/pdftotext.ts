/**
 * Node-only: poppler's `pdftotext` as a second, independent extractor (real ATS parsers
 * differ; a PDF that reads right in pdf.js and in poppler reads right in most).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReadPage } from '../types';

/** Whether pdftotext is installed. */
export function hasPdftotext(): boolean {
  try { execFileSync('pdftotext', ['-v'], { stdio: 'ignore' }); return true; } catch { return false; }
}

/** The pages of a PDF as pdftotext reads them (reading order, no layout mode), lines without positions. */
export function readWithPdftotext(pdf: Uint8Array): ReadPage[] {
  const dir = mkdtempSync(join(tmpdir(), 'bespoke-pdftotext-'));
  try {
    const file = join(dir, 'in.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'ignore'] });
    const pages = text.split('\f');
    if (pages.length > 1 && pages[pages.length - 1].trim() === '') pages.pop();
    return pages.map((p) => ({ lines: p.split('\n').filter((l) => l.trim() !== '').map((t) => ({ text: t })) }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
