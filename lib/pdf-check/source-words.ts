import { segmentProject, type TexProject } from '@/lib/tailor';
import { withoutComments } from '@/lib/tex/reachable-files';
import { isWord, normWord, tokensOf } from './tokens';

/**
 * The words a LaTeX project writes, as the check compares them with the PDF's text:
 * `ordered` are the document's words in reading order (main file, then `\input` files where
 * they are read), `counts` the same as a multiset (with the .bib files' words), `vocabulary` every word anywhere in the
 * project's text files (class and style files too: a class may print "Education" itself).
 */
export interface SourceWords {
  ordered: string[];
  counts: Map<string, number>;
  vocabulary: Set<string>;
  /** Non-word tokens the source itself writes ("@", "|", "★"): not junk when the PDF has them. */
  marks: Set<string>;
}

const ACCENTS: Record<string, string> = {
  "'": '\u0301', '`': '\u0300', '^': '\u0302', '"': '\u0308', '~': '\u0303', '=': '\u0304', '.': '\u0307',
  u: '\u0306', v: '\u030C', H: '\u030B', c: '\u0327', k: '\u0328', r: '\u030A', d: '\u0323', b: '\u0331',
};
const LETTERS: Record<string, string> = { ss: 'ß', o: 'ø', O: 'Ø', ae: 'æ', AE: 'Æ', oe: 'œ', OE: 'Œ', aa: 'å', AA: 'Å', l: 'ł', L: 'Ł', i: 'ı', j: 'ȷ' };
/** Greek letters by their math names (\lambda → λ): "λ-calculus" is a word the source writes. */
const GREEK_LETTERS = 'αβγδεζηθικλμνξπρστυφχψω';
const GREEK: Record<string, string> = Object.fromEntries(
  ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota', 'kappa', 'lambda', 'mu', 'nu', 'xi', 'pi', 'rho', 'sigma', 'tau', 'upsilon', 'phi', 'chi', 'psi', 'omega']
    .flatMap((name, i) => [[name, GREEK_LETTERS[i]], [name[0].toUpperCase() + name.slice(1), GREEK_LETTERS[i].toUpperCase()]]));
const SYMBOLS: Record<string, string> = {
  '&': '&', '%': '%', $: '$', '#': '#', _: '_', '{': '{', '}': '}', textbar: '|', textbullet: '•', ldots: '…', dots: '…',
  textendash: '–', textemdash: '—', LaTeX: 'LaTeX', TeX: 'TeX', textasciitilde: '~', slash: '/', textquoteright: '’',
  // Math symbols templates set as bullets and separators: the PDF shows (and reads) what the source asked for.
  diamond: '⋄', star: '⋆', ast: '∗', bullet: '•', cdot: '·', circ: '∘', sharp: '♯', dagger: '†', ddagger: '‡',
  textdagger: '†', textdaggerdbl: '‡', textasteriskcentered: '∗', textperiodcentered: '·', checkmark: '✓',
  rightarrow: '→', to: '→', leftarrow: '←', times: '×', approx: '≈', sim: '∼', pm: '±', mid: '|', vert: '|',
  // amssymb's \bigstar comes out of pdfTeX with glyphtounicode as U+22C6 (measured: latex-cv-artpoon).
  bigstar: '⋆', heartsuit: '♥', varheartsuit: '♥', diamondsuit: '♦', clubsuit: '♣', spadesuit: '♠',
  // Relations and operators a resume writes in text ("$\geq$ 95%", "$[0, +\infty)$"), as pdfTeX maps their glyphs.
  geq: '≥', ge: '≥', leq: '≤', le: '≤', neq: '≠', ne: '≠', infty: '∞', sum: '∑', prod: '∏', int: '∫', partial: '∂',
  nabla: '∇', in: '∈', notin: '∉', subset: '⊂', subseteq: '⊆', cup: '∪', cap: '∩', forall: '∀', exists: '∃',
  Rightarrow: '⇒', Leftarrow: '⇐', Leftrightarrow: '⇔', leftrightarrow: '↔', uparrow: '↑', downarrow: '↓',
  mapsto: '↦', longrightarrow: '⟶', cdots: '⋯', propto: '∝', equiv: '≡', simeq: '≃', cong: '≅', oplus: '⊕',
  otimes: '⊗', odot: '⊙', sqrt: '√', perp: '⊥', parallel: '∥', ell: 'ℓ', hbar: 'ℏ', gg: '≫', ll: '≪',
  textdegree: '°', degree: '°', textregistered: '®', copyright: '©', textcopyright: '©', texttrademark: '™',
  euro: '€', texteuro: '€', pounds: '£', textsterling: '£', S: '§', textsection: '§', P: '¶', textparagraph: '¶',
  ...GREEK,
};

/**
 * Commands that print their argument in place, with nothing around it: font switches
 * (C\texttt{++} is "C++"), a superscript ordinal (1\textsuperscript{st} is "1st"), \ensuremath.
 */
const INLINE_STYLES = new Set(['textbf', 'textit', 'texttt', 'textrm', 'textsf', 'textsc', 'textup', 'textsl', 'textmd', 'textnormal', 'emph', 'textsuperscript', 'textsubscript', 'ensuremath']);

/** What a reader sees of LaTeX source, roughly: comments gone, accents and escapes resolved, macro names and braces dropped. */
export function sourcePlain(src: string): string {
  let s = withoutComments(src);
  // \'{e}, \'e, {\'e}, \"{\i}: an accent command and its letter become one character.
  s = s.replace(/\\(['`^"~=.]|[uvHckrdb](?![A-Za-z]))\s*(?:\{\s*(\\[ij](?![A-Za-z])|[A-Za-z])\s*\}|(\\[ij](?![A-Za-z])|[A-Za-z]))/g,
    (_m, acc: string, a?: string, b?: string) => {
      const base = (a ?? b ?? '').replace(/^\\i$/, 'i').replace(/^\\j$/, 'j');
      return (base + ACCENTS[acc]).normalize('NFC');
    });
  s = s.replace(/\\(ss|ae|AE|oe|OE|aa|AA|o|O|l|L|i|j)(?![A-Za-z])\s?/g, (_m, n: string) => LETTERS[n]);
  // A line break separates ("Honours and\\Awards"); read first, or "\Awards" would be taken for a
  // command. Its space above (`\\[2pt]`) is not printed.
  s = s.replace(/\\\\\*?(?:\s*\[[^\]]*\])?/g, ' ');
  // A discretionary hyphen or an italic correction prints nothing; a thin space separates.
  s = s.replace(/\\[-/@]/g, '').replace(/\\[,;:! ]/g, ' ');
  // The nth package's \nth{2} prints "2nd".
  s = s.replace(/\\nth\s*\{\s*(\d+)\s*\}/g, (_m, n: string) => n + (/1\d$/.test(n) ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<string, string>)[n.slice(-1)] ?? 'th'));
  // Environment names are never printed, and must not glue onto the words beside them.
  s = s.replace(/\\(?:begin|end)\s*\{[^}]*\}/g, ' ');
  // A control word eats the space after it; a control symbol (\%) does not.
  // A command that prints its argument in place (INLINE_STYLES) leaves nothing between it and the word before.
  s = s.replace(/\\([&%$#_{}])|\\([A-Za-z]+)\s?/g, (_m, sym?: string, word?: string) => (sym ? SYMBOLS[sym] : word! in SYMBOLS ? SYMBOLS[word!] : INLINE_STYLES.has(word!) ? '' : ' '));
  return s
    .replace(/---/g, '—').replace(/--/g, '–').replace(/``|''/g, '"')
    // Separate arguments are separate words (`\href{mailto:a@b.c}{a@b.c}`); braces inside a word vanish.
    .replace(/\}\s*\{/g, ' ').replace(/\\\\/g, ' ').replace(/(?<!\\)[{}$^]/g, '').replace(/~/g, ' ').replace(/\[|\]/g, ' ');
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const TEXT_FILE = /\.(tex|xtx|ltx|cls|sty|bib|bbl|cfg|def|lco|clo)$/i;

function text(content: string | Uint8Array): string {
  return typeof content === 'string' ? content : new TextDecoder('utf-8', { fatal: false }).decode(content);
}

/** The words a project writes (see `SourceWords`). */
export function sourceWords(project: TexProject): SourceWords {
  const vocabulary = new Set<string>();
  const marks = new Set<string>();
  for (const [path, content] of Object.entries(project.files)) {
    if (!TEXT_FILE.test(path)) continue;
    for (const t of tokensOf(sourcePlain(text(content)))) {
      if (!isWord(t)) { marks.add(t); continue; }
      vocabulary.add(normWord(t));
      // The pieces of "rabbits/5" or "5[4]" are words too: a template may print them apart.
      for (const piece of t.split(/[^\p{L}\p{M}\p{N}]+/u)) if (piece) vocabulary.add(normWord(piece));
    }
  }
  let files: string[] = [project.mainFile];
  let sources: Record<string, string> = {};
  try {
    const seg = segmentProject(project);
    files = seg.files;
    sources = seg.sources;
  } catch {
    // A project the segmenter cannot read is still checked, from its main file alone.
  }
  const ordered: string[] = [];
  for (const f of files) {
    const src = sources[f] ?? text(project.files[f] ?? '');
    for (const t of tokensOf(sourcePlain(src))) if (isWord(t)) ordered.push(normWord(t));
  }
  const counts = new Map<string, number>();
  for (const w of ordered) counts.set(w, (counts.get(w) ?? 0) + 1);
  // A bibliography prints its .bib entries' words (single letters too: "A study of…", initials),
  // or a .bbl's (biblatex/BibTeX output kept in the project). A .tex or .txt file the reading
  // order misses but a read file names as a macro argument (altacv's `\cvsection[page1sidebar]`,
  // `\input{summary.txt}`) is printed there too.
  const read = withoutComments(files.map((f) => sources[f] ?? text(project.files[f] ?? '')).join('\n'));
  // A .tex is named with or without its extension; a text file \input with it (`\input{summary.txt}`).
  const spelled = (path: string): string => (/\.tex$/i.test(path) ? String.raw`${escapeRegExp(path.replace(/\.tex$/i, ''))}(?:\.tex)?` : escapeRegExp(path));
  const named = (path: string): boolean => /\.(tex|txt)$/i.test(path) && !files.includes(path)
    && new RegExp(String.raw`[[{]\s*(?:\./)?${spelled(path)}\s*[\]}]`).test(read);
  for (const [path, content] of Object.entries(project.files)) {
    if (!/\.(bib|bbl)$/i.test(path) && !named(path)) continue;
    for (const t of tokensOf(sourcePlain(text(content)))) if (isWord(t)) counts.set(normWord(t), (counts.get(normWord(t)) ?? 0) + 1);
  }
  return { ordered, counts, vocabulary, marks };
}
