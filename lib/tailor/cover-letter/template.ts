/**
 * The bundled cover-letter template: base LaTeX only (no packages), so it compiles in the
 * WASM engine with nothing extra. `{{…}}` slots are filled with already-escaped text.
 */
export const COVER_LETTER_TEMPLATE = String.raw`\documentclass[11pt]{article}
\pagestyle{empty}
\setlength{\parindent}{0pt}
\setlength{\parskip}{0.8em}
\addtolength{\textwidth}{1in}
\addtolength{\oddsidemargin}{-0.5in}
\addtolength{\textheight}{1in}
\addtolength{\topmargin}{-0.5in}
\begin{document}
{\Large\bfseries {{name}}}\par
\vspace{-0.6em}{\small {{contact}}}\par
\vspace{1em}
\today\par
{{recipient}}
{{greeting}}

{{body}}

{{closing}}\par
\vspace{1.5em}
{{name}}
\end{document}
`;

/** Escapes plain text for LaTeX: control characters dropped, every special character becomes its text command. */
export function escapeLatexText(text: string): string {
  const map: Record<string, string> = {
    '\\': '\\textbackslash{}', '{': '\\{', '}': '\\}', '$': '\\$', '&': '\\&', '%': '\\%', '#': '\\#', '_': '\\_',
    '^': '\\textasciicircum{}', '~': '\\textasciitilde{}', '<': '\\textless{}', '>': '\\textgreater{}', '|': '\\textbar{}',
  };
  // Control characters go first: TeX reads ^^K (0x0B) as a superscript character, so two of
  // them plus "5c" would spell a backslash that no escape below would see.
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g, '').replace(/[\\{}$&%#_^~<>|]/g, (c) => map[c]);
}

/** Fills the template; every value must already be escaped LaTeX. */
export function fillTemplate(values: { name: string; contact: string; recipient: string; greeting: string; body: string; closing: string }): string {
  return COVER_LETTER_TEMPLATE.replace(/\{\{(\w+)\}\}/g, (_, k: keyof typeof values) => values[k]);
}
