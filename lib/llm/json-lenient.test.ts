import { describe, expect, it } from 'vitest';
import { parseJsonLenient } from './json-lenient.ts';

describe('parseJsonLenient', () => {
  it('parses plain JSON', () => {
    expect(parseJsonLenient(' {"a": [1, 2]} ')).toEqual({ a: [1, 2] });
  });
  it('finds JSON in a code fence with a language tag', () => {
    expect(parseJsonLenient('Here you go:\n```json\n{"ok": true}\n```\nAnything else?')).toEqual({ ok: true });
  });
  it('finds JSON wrapped in prose', () => {
    expect(parseJsonLenient('Sure! {"bullets": ["a {b}", "c]"]} Hope that helps.')).toEqual({ bullets: ['a {b}', 'c]'] });
  });
  it('skips a bracketed aside before the real object', () => {
    expect(parseJsonLenient('[note] then {"x": "y \\" z"}')).toEqual({ x: 'y " z' });
  });
  it('parses a top-level array', () => {
    expect(parseJsonLenient('Result: [1, {"a": 2}]')).toEqual([1, { a: 2 }]);
  });
  it('returns undefined when there is no JSON', () => {
    expect(parseJsonLenient('I cannot help with that.')).toBeUndefined();
    expect(parseJsonLenient('{"cut": "off')).toBeUndefined();
    expect(parseJsonLenient('')).toBeUndefined();
  });
});
