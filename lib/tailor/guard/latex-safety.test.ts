import { describe, expect, it } from 'vitest';
import { checkLatexSafety } from './latex-safety';

const known = new Set(['href', 'url', 'textbf']);

describe('escaping raw specials', () => {
  it('leaves an underscore in a link address as the master wrote it', () => {
    const old = 'Published as \\href{https://github.com/a/Trading_Bot}{\\textbf{bot}}.';
    const out = checkLatexSafety('Published on GitHub as \\href{https://github.com/a/Trading_Bot}{\\textbf{bot}}.', old, known);
    expect(out.text).toContain('{https://github.com/a/Trading_Bot}');
    expect(checkLatexSafety('See \\url{https://x.org/a_b}', 'See x', known).text).toBe('See \\url{https://x.org/a_b}');
  });

  it('still escapes an underscore in the link text and everywhere else', () => {
    const out = checkLatexSafety('My \\href{https://x.org/a_b}{snake_case} tool_kit', 'My tool', known);
    expect(out.text).toBe('My \\href{https://x.org/a_b}{snake\\_case} tool\\_kit');
  });

  it('still escapes # % & inside a link address (raw, they break a link in an argument)', () => {
    expect(checkLatexSafety('\\href{https://x.org/#top}{x}', 'x', known).text).toBe('\\href{https://x.org/\\#top}{x}');
  });
});
