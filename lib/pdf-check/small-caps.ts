import { skipGroup } from '@/lib/tailor/segment/scanner';
import { withoutComments } from '@/lib/tex/reachable-files';
import { HEADING_MACRO } from './fix-tex';

/**
 * Where the tailored copy's small capitals need ActualText (see `SMALL_CAPS_TEX`): one-argument
 * commands that set their argument in small caps, and declarations (`{\Huge\scshape Name}`) in
 * the main file's body, whose words get `\BespokeText{…}` in the copy.
 */

/**
 * Small capitals in a font that fakes them: `\scshape`, `\sc` or `\textsc` somewhere, and one of
 * the PostScript base-35 families (Times, Helvetica, Palatino, Charter, Utopia …), whose small
 * caps are smaller capitals drawn from a second font size. Computer Modern, Latin Modern and the
 * TeX Gyre fonts have real small-caps glyphs, which every extractor reads whole: those templates
 * are left as they are.
 */
export function fakesSmallCaps(text: string): boolean {
  const code = withoutComments(text);
  if (!/\\(?:scshape|sc|textsc)(?![A-Za-z@])/.test(code)) return false;
  return /\\(?:usepackage|RequirePackage)\s*(?:\[[^\]]*\]\s*)?\{[^}]*\b(?:times|mathptmx|ptm|helvet|palatino|mathpazo|pslatex|charter|newcent|bookman|avant|courier|utopia|fourier|mathdesign)\b[^}]*\}/.test(code)
    || /\\(?:rm|sf|tt)default\}?\s*\{\s*(?:ptm|phv|ppl|pplx|bch|pnc|pbk|pag|pcr|put|ugm)\s*\}/.test(code)
    || /\\fontfamily\s*\{\s*(?:ptm|phv|ppl|pplx|bch|pnc|pbk|pag|pcr|put|ugm)\s*\}/.test(code);
}

/**
 * A body that uses its argument as data, not only as text to set: a name (`\csname`, `\label`),
 * a link target, a comparison, a definition. Wrapped in `\BespokeText`, it would stop working.
 */
const ARGUMENT_AS_DATA = /\\(?:csname|label|ref|pageref|hypertarget|hyperlink|href|url|equal|ifx|ifthenelse|IfStrEq[A-Za-z]*|IfValue[A-Za-z]*|def|edef|gdef|xdef|let|setkeys|pgfkeys|includegraphics|input|include|detokenize|string|newcommand|renewcommand)(?![A-Za-z@])[^#]{0,40}#1/;

/**
 * One-argument commands and environments that set their argument in small caps
 * (`\newenvironment{rSection}[1]{{\large\scshape #1\par}…}`) and use it only as text.
 */
export function smallCapsHeadings(text: string): string[] {
  // A commented-out definition (a template's older \section kept for reference) defines nothing.
  const all = withoutComments(text);
  const names = new Set<string>();
  const defs = /\\(?:re|provide)?newcommand\*?\s*\{?\\([A-Za-z]+)\}?\s*\[1\]\s*(?=\{)|\\def\\([A-Za-z]+)#1(?=\{)|\\(?:re)?newenvironment\*?\s*\{([A-Za-z]+)\}\s*\[1\]\s*(?=\{)/g;
  for (const m of all.matchAll(defs)) {
    const open = m.index + m[0].length;
    const end = skipGroup(all, open);
    const body = all[end - 1] === '}' ? all.slice(open + 1, end - 1) : null;
    const name = m[1] ?? m[2] ?? m[3];
    if (!body || !name || !HEADING_MACRO.test(name)) continue;
    if (/\\(?:scshape|sc)(?![A-Za-z@])[^]*#1/.test(body) && !ARGUMENT_AS_DATA.test(body)) names.add(name);
  }
  return [...names];
}

/**
 * Plain words set by a small-caps declaration up to the end of their group
 * (`{\Huge \scshape James Hoang}`): letters, digits, spaces and everyday punctuation only, so
 * nothing TeX reads specially ends up inside `\BespokeText{…}`. The words may sit in font and
 * colour commands that only style them (`{\scshape \textcolor{Accent}{\textbf{Matheus Audibert}}}`):
 * the innermost group is wrapped.
 */
const DECLARED = /(\\(?:scshape|sc)(?![A-Za-z@])\s*(?:\\(?:textbf|textit|textsf|textrm|textup|textmd|emph)\s*\{\s*|\\textcolor\s*\{[\w!.:-]*\}\s*\{\s*|\\color\s*\{[\w!.:-]*\}\s*|\\(?:bfseries|itshape|sffamily|rmfamily|upshape|mdseries)(?![A-Za-z@])\s*)*)([\p{L}\p{N}][\p{L}\p{M}\p{N} .,:;'’()/@+-]*?)(\s*\})/gu;

/** The main file with every declared small-caps run of its body given to `\BespokeText`; comments untouched. */
export function wrapDeclaredSmallCaps(mainText: string): string {
  const begin = mainText.search(/^[^%\n]*?\\begin\s*\{document\}/m);
  if (begin === -1) return mainText;
  const body = mainText.slice(begin).split('\n').map((line) => {
    const comment = line.search(/(?<!\\)%/);
    const code = comment === -1 ? line : line.slice(0, comment);
    return code.replace(DECLARED, (_m, decl: string, words: string, close: string) => `${decl}\\BespokeText{${words}}${close}`) + (comment === -1 ? '' : line.slice(comment));
  }).join('\n');
  return mainText.slice(0, begin) + body;
}
