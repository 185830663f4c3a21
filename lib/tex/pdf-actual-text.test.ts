import { describe, expect, it } from 'vitest';
import { readPdfString, spansIn } from './pdf-actual-text';

describe('ActualText spans in a content stream', () => {
  it('reads literal and UTF-16 hex ActualText, and Spans without one, in order', () => {
    const content = [
      '/Span<</ActualText(email: )>>BDC (I) Tj EMC',
      '/Span << /ActualText <FEFF0045006400750063006100740069006F006E> >> BDC',
      '/Span<</Alt(x)>>BDC EMC',
      '/Span<</ActualText()>>BDC',
    ].join('\n');
    expect(spansIn(content)).toEqual(['email: ', 'Education', null, '']);
  });

  it('decodes escapes in literal strings', () => {
    expect(readPdfString('(a\\(b\\) \\101\\\\)', 0)).toBe('a(b) A\\');
  });
});
