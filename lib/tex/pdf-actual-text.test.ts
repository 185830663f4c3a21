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

  it('reads UTF-8 bytes written as a literal string as UTF-8', () => {
    expect(readPdfString('(V\\303\\251hicul\\303\\251)', 0)).toBe('Véhiculé');
    expect(readPdfString('(caf\\351)', 0)).toBe('café');
  });

  it('decodes escapes in literal strings', () => {
    expect(readPdfString('(a\\(b\\) \\101\\\\)', 0)).toBe('a(b) A\\');
  });
});
