import { describe, expect, it } from 'vitest';
import { JsonLdParseError, parseLenientJson } from './lenient-json.ts';
import { findJobPostings } from './find-job-postings.ts';
import { parsePage } from '../node-dom.ts';

describe('parseLenientJson', () => {
  it('reads strict JSON unchanged', () => {
    expect(parseLenientJson('{"a":[1,2],"b":"x\\ny"}')).toEqual({ a: [1, 2], b: 'x\ny' });
  });

  it('repairs raw newlines and tabs inside strings, and trailing commas', () => {
    const text = '{"title": "Accounts Executive ",\n "description": "Line one\nLine\ttwo </br> end",\n "tags": ["a", "b",],}';
    expect(parseLenientJson(text)).toEqual({ title: 'Accounts Executive ', description: 'Line one\nLine\ttwo </br> end', tags: ['a', 'b'] });
  });

  it('keeps commas and braces that are inside strings', () => {
    expect(parseLenientJson('{"t": "a, }", "u": "x,]",}')).toEqual({ t: 'a, }', u: 'x,]' });
  });

  it('unwraps HTML comments and CDATA, and reads objects pasted one after another', () => {
    expect(parseLenientJson('<!-- {"a":1} -->')).toEqual({ a: 1 });
    expect(parseLenientJson('//<![CDATA[\n{"a":2}\n//]]>')).toEqual({ a: 2 });
    expect(parseLenientJson('{"a":1}\n{"b":2}')).toEqual([{ a: 1 }, { b: 2 }]);
  });

  it('refuses text that is not JSON, with a typed error carrying the cause', () => {
    expect(() => parseLenientJson('var x = {a: 1}')).toThrow(JsonLdParseError);
    expect(() => parseLenientJson('   ')).toThrow(/Empty/);
    try {
      parseLenientJson('{"a": }');
    } catch (err) {
      expect((err as JsonLdParseError).cause).toBeInstanceOf(SyntaxError);
    }
  });
});

describe('findJobPostings', () => {
  const page = (...blocks: string[]): Document =>
    parsePage(`<html><head>${blocks.map((b) => `<script type="application/ld+json">${b}</script>`).join('')}</head><body></body></html>`);

  it('finds postings in @graph, arrays and any block order, skipping other types', () => {
    const { postings, warnings } = findJobPostings(
      page(
        '{"@type":"BreadcrumbList","itemListElement":[]}',
        '{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"JobPosting","title":"A"}]}',
        '[{"@type":["JobPosting"],"title":"B"},{"@type":"Organization","name":"x"}]',
        '{"@type":"http://schema.org/JobPosting","title":"C"}',
      ),
    );
    expect(postings.map((p) => p.title)).toEqual(['A', 'B', 'C']);
    expect(warnings).toEqual([]);
  });

  it('reports an unreadable JobPosting block and still reads the others', () => {
    const { postings, warnings } = findJobPostings(page('{"@type":"JobPosting", title: broken', '{"@type":"JobPosting","title":"ok"}'));
    expect(postings.map((p) => p.title)).toEqual(['ok']);
    expect(warnings[0]).toMatch(/unreadable JSON-LD/);
  });
});
