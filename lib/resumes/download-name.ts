/**
 * Download names a recruiter can file: `First_Last-Company-Role.pdf`. The person's name is read
 * from the master's LaTeX (the common ways templates set it); without one, the file is named
 * after the posting only.
 */

/** Strips LaTeX commands, braces and extra spaces from a short piece of markup. */
function plain(tex: string): string {
  return tex
    .replace(/\\(?:Huge|huge|LARGE|Large|large|bfseries|scshape|textbf|textsc|mdseries|fontsize\{[^}]*\}\{[^}]*\}\\selectfont|selectfont|centering)\b/g, ' ')
    .replace(/\\[a-zA-Z]+\*?/g, ' ')
    .replace(/[{}~\\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Looks like a person's name: two to four capitalised words, no digits, no @. */
function nameLike(text: string): boolean {
  const words = text.split(' ');
  return words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w));
}

const PATTERNS: RegExp[] = [
  // moderncv: \name{First}{Last}
  /\\name\{([^{}]+)\}\{([^{}]+)\}/,
  // awesome-cv and many classes: \name{Full Name} / \author{Full Name}
  /\\(?:name|author|fullname)\{([^{}]+)\}/,
  // The big bold line at the top (Jake's template, most hand-made ones).
  /\{\s*(\\(?:Huge|huge|LARGE|Large)\b[^{}]*)\}/,
  /\{\s*\\(?:Huge|huge|LARGE|Large)\b[^{}]*\{([^{}]+)\}\s*\}/,
  /\\textbf\{\s*\\(?:Huge|huge|LARGE|Large)\b([^{}]+)\}/,
];

/** The person's name as the master sets it, or null. */
export function personNameFromTex(tex: string): string | null {
  // Comments often hold an older name (the template author's): never read them.
  tex = tex.replace(/(^|[^\\])%.*$/gm, '$1');
  const body = tex.includes('\\begin{document}') ? tex.slice(tex.indexOf('\\begin{document}')) : tex;
  for (const source of [tex, body]) {
    for (const pattern of PATTERNS) {
      const m = source.match(pattern);
      if (!m) continue;
      const name = plain(m.slice(1).filter(Boolean).join(' '));
      if (nameLike(name)) return name;
    }
  }
  return null;
}

/** One file-name part: letters and digits kept (accents folded), spaces as `sep`. */
function part(text: string | null | undefined, sep: string): string {
  return (text ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, sep)
    .replace(new RegExp(`^\\${sep}+|\\${sep}+$`, 'g'), '')
    .slice(0, 40);
}

/** `First_Last-Company-Role` (parts that are unknown are left out); never empty. */
export function downloadStem(input: { person?: string | null; company?: string | null; role?: string | null; kind?: 'resume' | 'cover-letter' }): string {
  const parts = [part(input.person, '_'), part(input.company, '_'), part(input.role, '_')].filter(Boolean);
  if (input.kind === 'cover-letter') parts.push('Cover_Letter');
  return parts.join('-') || (input.kind === 'cover-letter' ? 'Cover_Letter' : 'Resume');
}
