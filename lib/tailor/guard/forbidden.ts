/**
 * Commands a model may never write, even when the master uses them: they read or write files,
 * define or redefine anything, change how TeX reads the text (catcodes, `\csname`,
 * `\expandafter`, `\scantokens`), or reach into the PDF (pdfTeX primitives, `\special`,
 * hyperref's settings). Names only: the reader (`tex-reader.ts`) resolves what TeX will see.
 */
export const FORBIDDEN_NAMES: readonly string[] = [
  // files
  'input', 'include', 'includeonly', 'InputIfFileExists', 'IfFileExists', 'endinput', 'openin', 'openout', 'closein', 'closeout',
  'read', 'readline', 'write', 'write18', 'immediate', 'newwrite', 'newread', 'includegraphics', 'includepdf', 'lstinputlisting',
  'verbatiminput', 'VerbatimInput', 'inputminted', 'import', 'subimport', 'subfile', 'includestandalone', 'bibliography',
  'addbibresource', 'externaldocument', 'jobname',
  // definitions and assignments
  'def', 'gdef', 'edef', 'xdef', 'let', 'futurelet', 'global', 'long', 'outer', 'protected', 'newcommand', 'renewcommand',
  'providecommand', 'DeclareRobustCommand', 'NewDocumentCommand', 'newenvironment', 'renewenvironment', 'toks', 'toksdef',
  'countdef', 'dimendef', 'skipdef', 'muskipdef', 'chardef', 'mathchardef', 'font', 'afterassignment', 'aftergroup',
  'AtBeginDocument', 'AtEndDocument', 'AtBeginShipout', 'AtEndOfClass', 'AtEndOfPackage', 'AfterEndPreamble', 'AtBeginDvi',
  'AddToHook', 'loop', 'repeat', 'output', 'shipout', 'dump', 'globaldefs', 'endlinechar', 'newlinechar', 'escapechar',
  // reading and expansion tricks
  'catcode', 'lccode', 'uccode', 'sfcode', 'mathcode', 'delcode', 'csname', 'endcsname', 'expandafter', 'noexpand',
  'scantokens', 'string', 'lowercase', 'uppercase', 'romannumeral', 'detokenize', 'unexpanded', 'makeatletter', 'makeatother',
  'ExplSyntaxOn', 'ExplSyntaxOff', 'obeyspaces', 'obeylines', 'dospecials', 'verb', 'Verb', 'lstinline', 'mintinline',
  // packages, engines, the PDF
  'usepackage', 'RequirePackage', 'documentclass', 'LoadClass', 'PassOptionsToPackage', 'PassOptionsToClass', 'special',
  'directlua', 'latelua', 'luaexec', 'ShellEscape', 'hypersetup', 'mdfivesum', 'filedump', 'filesize', 'filemoddate',
  'message', 'errmessage', 'errhelp', 'batchmode', 'nonstopmode', 'scrollmode', 'errorstopmode', 'interactionmode', 'pausing',
];
const NAMES = new Set(FORBIDDEN_NAMES);
/** Families forbidden by prefix: pdfTeX/XeTeX/LuaTeX primitives, hooks, tracing, and every `\new…`/`\renew…`/`\Declare…`. */
const PREFIXES = /^(pdf|XeTeX|lua|every|tracing|show|Declare|New|Renew|Provide|renew|provide|new(?!line$|page$))/;

/** Whether a command name (without the backslash) may never come from a model. */
export function isForbidden(name: string): boolean {
  return NAMES.has(name) || PREFIXES.test(name);
}

/** Commands that change the document's structure: an edit replaces text inside one bullet or line. */
export const STRUCTURE_NAMES = new Set(['item', 'section', 'subsection', 'subsubsection', 'chapter', 'par', 'newpage', 'clearpage', 'cleardoublepage', 'pagebreak', 'begin', 'end', '\\']);

/** Inline commands a rewrite may use even when the master does not. */
export const SAFE_COMMANDS = new Set(['textbf', 'textit', 'emph', 'underline', 'texttt', 'textsc', 'small', 'footnotesize', 'LaTeX', 'TeX', 'ldots', 'textbar', 'textendash', 'textemdash', 'textasciicircum', 'textasciitilde']);
/** Control symbols that only print a character, a space or an accent. */
export const SAFE_SYMBOLS = new Set(['%', '&', '#', '_', '$', '{', '}', ' ', ',', '-', "'", '`', '"', '^', '~', '.', '=', '/', ';', ':', '!', '|', '@', '\n', '\t']);
