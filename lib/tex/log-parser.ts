import type { TexError } from './types';

/** What a person can act on, read from pdfTeX's log and terminal output. */
export interface ParsedLog {
  errors: TexError[];
  missingFiles: string[];
  /** Fonts asked for by name (fontspec) that no font folder has. */
  missingFonts: string[];
  /**
   * Files a package looked for, did not find and went on without (biblatex's data model and
   * language files of a style): no error names them, yet they can be why a later error happens.
   */
  quietlyMissing: string[];
  /**
   * Fonts pdfTeX had metrics for but no outline (Type 1) for, so it asked for a bitmap: their
   * outlines may be in a TeX Live package, or the font may exist only as METAFONT sources.
   */
  fontsWithoutOutlines: string[];
  /** The same requests with the resolution pdfTeX wanted each bitmap at (dpi), for METAFONT to make. */
  bitmapRequests: { font: string; dpi: number }[];
  warnings: string[];
  pages: number;
  /** A warning asks for another pass (cross-references, outlines). */
  needsRerun: boolean;
}

const MAX_LINE = 79; // max_print_line: longer messages are wrapped at this width
const FILE_LINE = /^(\.?\/?[^:\s][^:]*\.[A-Za-z0-9]+):(\d+): (.*)$/;
const MISSING: RegExp[] = [
  /File `([^']+)' not found/,
  /I can't find file `([^']+)'/,
  /Font \\?[^=\s]+=(\S+?)(?: at [^ ]+| scaled \d+)? not loadable: Metric \(TFM\) file/,
  /\(file ([^)]+)\): cannot open (?:Type 1 font|encoding) file/,
  /cannot open (?:Type 1 font|encoding) file for reading \(([^)]+)\)/,
];
/** A font with metrics but no outline map entry: pdfTeX looked for a bitmap (PK) font, which METAFONT can make (metafont.ts). */
const NO_OUTLINE = /\(file ([^)]+)\): Font \S+ at (\d+)(?: not found|\s*$)/; // the log may end before "not found"
/** biblatex names a missing style, not its file: the file is <style>.bbx. */
const MISSING_STYLE = /Package biblatex Error: Style '([^']+)' not found/;
/** biblatex's "… file 'apa.dbx' not found." (info) and "File 'english-apa.lbx' not found!" (warning). */
const QUIETLY_MISSING = /Package biblatex (?:Info: \.\.\. file|Warning: File) '([^']+)' not found/g;
const WARNING = /^((?:LaTeX|Package \S+|Class \S+|LaTeX Font|pdfTeX) [Ww]arning:.*)$/;
const REFUSED = /^\S+: Not (reading|writing to) (.+?) \((openin_any|openout_any) = p\)\.?$/;

/** Joins a message with the lines TeX wrapped it onto (a full-width line continues). */
function unwrap(lines: string[], i: number, first: string): [string, number] {
  let text = first;
  let line = lines[i]!;
  while (line.length === MAX_LINE && i + 1 < lines.length) {
    line = lines[++i]!;
    text += line;
  }
  return [text, i];
}

/** A path TeX may not use: absolute, or climbing out of the job folder. */
function outsideJob(path: string): boolean {
  return path.startsWith('/') || path.split('/').includes('..');
}

function refusal(verb: 'Reading' | 'Writing', path: string): string {
  return `${verb} ${path} is not allowed: a document may only use its own files and the TeX bundle.`;
}

/** The log with TeX's hard line wrapping undone (for searching multi-line messages). */
function joinWrapped(lines: string[]): string {
  return lines.map((l) => (l.length === MAX_LINE ? l : l + '\n')).join('');
}

/** Names a user file as the person knows it: job-relative, texmf files by their base name. */
function displayFile(path: string): string {
  const p = path.replace(/^\.\//, '');
  if (p.startsWith('/texlive/')) return p.slice(p.lastIndexOf('/') + 1);
  return p.replace(/^\/work\//, '');
}

/** Parses a pdfTeX log (run with -file-line-error) plus the terminal text kpathsea wrote. */
export function parseTexLog(log: string, terminal = ''): ParsedLog {
  const lines = log.split(/\r?\n/);
  const errors: TexError[] = [];
  const missing = new Set<string>();
  const refused = new Set<string>();
  const warnings = new Set<string>();
  const missingFonts = new Set<string>();
  for (const line of terminal.split(/\r?\n/)) {
    const m = REFUSED.exec(line);
    if (!m) continue;
    refused.add(m[2]!);
    errors.push({ file: null, line: null, message: refusal(m[1] === 'reading' ? 'Reading' : 'Writing', m[2]!) });
  }
  let runaway = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === 'Runaway argument?' || line === 'Runaway definition?') {
      runaway = true;
      continue;
    }
    const fl = FILE_LINE.exec(line);
    // "! message" (no file:line form) and pdfTeX's own "!pdfTeX error: engine (file x): …".
    const bang = fl ? null : line.startsWith('! ') ? line.slice(2)
      : line.startsWith('!pdfTeX error: ') ? line.slice(1).replace(/^pdfTeX error: \S+ \(/, 'pdfTeX error (') : null;
    if (fl || bang !== null) {
      let [message, end] = unwrap(lines, i, fl ? fl[3]! : bang!);
      // A package error's text continues on lines padded with "(pkgname)" (fontspec says which font there).
      while (end + 1 < lines.length && /^\(\S+\)\s/.test(lines[end + 1]!)) {
        message += ' ' + lines[++end]!.replace(/^\(\S+\)\s+/, '');
      }
      message = message.replace(/\s+/g, ' ').trim();
      i = end;
      const font = /The font "([^"]+)" cannot be found/.exec(message);
      if (font) {
        const seen = missingFonts.size > 0;
        missingFonts.add(font[1]!);
        if (seen) continue; // one error names them all (below)
        message = `The font "${font[1]}" is not installed in Bespoke: add its .otf or .ttf files to the resume's folder, or choose another font.`;
      }
      // TeX names the undefined command only at the end of the first context line ("l.3 … \Pyhton",
      // or "<argument> … \foo" inside a macro): the message a person acts on needs it.
      if (message === 'Undefined control sequence.') {
        const context = lines[end + 1];
        const command = context && /(\\(?:[A-Za-z@]+|.))\s*$/.exec(context)?.[1];
        if (command) message = `Undefined control sequence ${command}.`;
      }
      if (runaway) message += ' (runaway argument: a closing brace is probably missing)';
      runaway = false;
      // Follow-ups of an error already reported: the PDF being absent says the rest.
      if (/^\s*==> Fatal error occurred|^Emergency stop\.$/.test(message) && errors.length > 0) continue;
      const write = /^I can't write on file `([^']+)'/.exec(message);
      if (write && outsideJob(write[1]!)) message = refusal('Writing', write[1]!);
      errors.push({ file: fl ? displayFile(fl[1]!) : null, line: fl ? Number(fl[2]) : null, message });
      continue;
    }
    const w = WARNING.exec(line);
    if (w) {
      let [text, end] = unwrap(lines, i, w[1]!);
      // Continuation lines of package warnings start with "(pkgname)" padding.
      while (end + 1 < lines.length && /^\(\S+\)\s/.test(lines[end + 1]!)) {
        text += ' ' + lines[++end]!.replace(/^\(\S+\)\s+/, '');
      }
      i = end;
      warnings.add(text.replace(/\s+/g, ' ').trim());
    } else if (/^runsystem\(.*\)\.\.\.disabled/.test(line)) {
      warnings.add('Shell escape is disabled: a \\write18 command was not run.');
    }
  }
  // A fatal pdfTeX error while the log is being closed (a font file it cannot open at shipout)
  // may reach only the terminal, or the log only in part (pdfTeX exits without flushing it:
  // "(file ifsym10): Fo"): the terminal's whole line then stands for the log's cut one.
  const term = terminal.split(/\r?\n/);
  for (let i = 0; i < term.length; i++) {
    if (!term[i]!.startsWith('!pdfTeX error: ')) continue;
    const [text, end] = unwrap(term, i, term[i]!.slice(1).replace(/^pdfTeX error: \S+ \(/, 'pdfTeX error ('));
    i = end;
    const message = text.replace(/\s+/g, ' ').trim();
    const cut = errors.findIndex((e) => e.message.startsWith('pdfTeX error') && message.startsWith(e.message));
    if (cut >= 0) errors[cut] = { ...errors[cut]!, message };
    else if (!errors.some((e) => e.message === message)) errors.push({ file: null, line: null, message });
  }
  const bitmaps = errors.map((e) => NO_OUTLINE.exec(e.message)).filter((m): m is RegExpExecArray => !!m);
  const outlineless = new Set(bitmaps.map((m) => m[1]!));
  for (const e of errors) {
    for (const re of [...MISSING, MISSING_STYLE]) {
      const m = re.exec(e.message);
      if (!m) continue;
      const name = m[1]!.replace(/^\.\//, '') + (re === MISSING_STYLE ? '.bbx' : '');
      if (outsideJob(name)) {
        // Not a file the person forgot to add: paranoid openin_any keeps TeX inside the job.
        e.message = refusal('Reading', name);
        continue;
      }
      // XeTeX's "Font \x="Name" not loadable" is a font asked for by name (fontspec says which).
      if (/^Font /.test(e.message) && (name.startsWith('"') || name === 'nullfont')) continue;
      // XeTeX's font files come bracketed, with features after them: `[lmromanslant10-regular]:mapping=tex-text;`.
      const fontFile = /^Font /.test(e.message) ? `${name.replace(/^(\[[^\]]+\]):.*$/, '$1')}.tfm` : name;
      if (!refused.has(name) && !refused.has(fontFile)) missing.add(fontFile);
    }
  }
  const out = /Output written on .*?\((\d+) pages?, \d+ bytes\)/.exec(joinWrapped(lines));
  if (missingFonts.size > 1) {
    const first = errors.find((e) => e.message.startsWith('The font "'));
    if (first) first.message = `These fonts are not installed in Bespoke: ${[...missingFonts].map((f) => `"${f}"`).join(', ')}. Add their .otf or .ttf files to the resume's folder, or choose other fonts.`;
  }
  return {
    errors,
    missingFonts: [...missingFonts],
    missingFiles: [...missing],
    fontsWithoutOutlines: [...outlineless],
    bitmapRequests: bitmaps.map((m) => ({ font: m[1]!, dpi: Number(m[2]) })),
    quietlyMissing: [...new Set([...joinWrapped(lines).matchAll(QUIETLY_MISSING)].map((m) => m[1]!))].filter((f) => !missing.has(f) && !outsideJob(f)),
    warnings: [...warnings],
    pages: out ? Number(out[1]) : 0,
    needsRerun: /Rerun to get|Label\(s\) may have changed|Rerun LaTeX/.test(log),
  };
}
