/**
 * Words of a text with their character offsets, so every keyword occurrence can be pointed at
 * in the text as given. Hyphens and slashes split words ("problem-solving" = "problem solving",
 * "CI/CD" = "CI CD"); "C++", "C#", ".NET", "Node.js", "Bachelor's" and "R&D" stay whole (R&D is not R).
 */
export interface Token {
  text: string;
  start: number;
  end: number;
}

const WORD = /\.?[\p{L}\p{N}](?:[\p{L}\p{N}]|[.'’](?=[\p{L}\p{N}])|(?<=\p{Lu})&(?=\p{Lu}))*[+#]*/gu;

/** The words of `text`, in order. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0;
    out.push({ text: m[0], start, end: start + m[0].length });
  }
  return out;
}
