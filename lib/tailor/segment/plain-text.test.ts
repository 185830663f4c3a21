import { describe, expect, it } from 'vitest';
import { latexToPlain } from './plain-text';

describe('"%" in a link address', () => {
  it('is no comment: what follows on the line is still read', () => {
    // A URL-encoded address ("R%C3%A9sum%C3%A9") used to swallow the rest of the line and, with it,
    // the closing braces, so everything after it vanished from the printed text.
    const src = 'See \\href{https://example.org/R%C3%A9sum%C3%A9.pdf}{\\underline{my r\\\'esum\\\'e}}.\n\\entry{Bacharelado em Ciência da Computação}';
    const plain = latexToPlain(src);
    expect(plain).toContain('my r');
    expect(plain).toContain('Bacharelado em Ciência da Computação');
    expect(latexToPlain('a % a comment {\nb')).toBe('a\nb');
  });
});
