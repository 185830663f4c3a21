/**
 * Compares description beginnings the way the corpus manifest records them: words only, so
 * bullets, line breaks and a space some tools put before punctuation ("world ,") do not count.
 */
export function firstWords(text: string, n: number): string[] {
  return text
    .replace(/•/g, ' ')
    .replace(/\s+([,.;:!?])/g, '$1')
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, n);
}
