/**
 * Node-only: a project folder as both the compiler (bytes) and the check (text) need it, and
 * a way to write a changed text file back in the file's own encoding: a latin-1 resume
 * (`\usepackage[latin1]{inputenc}`) must stay latin-1, or pdfTeX stops on its accents.
 */
import type { TexProject } from '@/lib/tailor';
import { readProjectDir } from '@/lib/tex/node-project';

const TEXT = /\.(tex|xtx|ltx|cls|sty|bib|bbl|cfg|def|clo|fd|lco)$/i;

export interface DiskProject {
  /** Every file as bytes, for the compiler. */
  files: Record<string, string | Uint8Array>;
  /** Text files as text (UTF-8, else latin-1), the rest as bytes. */
  project: TexProject;
  /** A text file's new content, encoded as the file was. */
  encode(path: string, text: string): string | Uint8Array;
}

export function readDiskProject(root: string, mainFile: string): DiskProject {
  const files = readProjectDir(root);
  const text: TexProject['files'] = {};
  const latin1 = new Set<string>();
  for (const [path, c] of Object.entries(files)) {
    if (!TEXT.test(path) || typeof c === 'string') { text[path] = c; continue; }
    try { text[path] = new TextDecoder('utf-8', { fatal: true }).decode(c); } catch { text[path] = new TextDecoder('latin1').decode(c); latin1.add(path); }
  }
  return {
    files,
    project: { mainFile, files: text },
    encode: (path, t) => (latin1.has(path) ? Uint8Array.from(t, (ch) => (ch.charCodeAt(0) < 256 ? ch.charCodeAt(0) : 63)) : t),
  };
}
