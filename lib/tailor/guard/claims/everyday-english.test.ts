import { describe, expect, it } from 'vitest';
import { isEverydayEnglish } from './everyday-english';

describe('isEverydayEnglish: ordinary words a model rewords with', () => {
  it('knows common words in any form, and hyphenated ones by their parts', () => {
    for (const w of ['approximately', 'aboard', 'chose', 'easier', 'covering', 'self-taught', 'first-year', 'emerging']) expect(isEverydayEnglish(w), w).toBe(true);
  });

  it('does not hold tool names, jargon or mixed tokens', () => {
    for (const w of ['kubernetes', 'terraform', 'postgresql', 'graphql', 'istio', 'node.js', 'c++', 'k8s']) expect(isEverydayEnglish(w), w).toBe(false);
  });
});
