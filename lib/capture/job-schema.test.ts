import { describe, expect, it } from 'vitest';
import { MAX_JSON_LD_CHARS, parseExtractedJob } from './job-schema';

const job = (over: Record<string, unknown> = {}) => ({
  url: 'https://www.indeed.com/viewjob?jk=1', board: 'indeed', source: 'jsonld', title: 'Data Analyst', company: 'Acme',
  location: 'Berlin', description: 'Python and SQL', warnings: [], ...over,
});

describe('C1: every captured field is bounded', () => {
  it('drops 20 MB of JSON-LD (keeps the posting) instead of storing it', () => {
    const parsed = parseExtractedJob(job({ jsonLd: { '@type': 'JobPosting', blob: 'x'.repeat(20 * 1024 * 1024) } }));
    expect(parsed.jsonLd).toBeUndefined();
    expect(parsed.title).toBe('Data Analyst');
    expect(parsed.warnings.join(' ')).toMatch(/too large/);
    expect(JSON.stringify(parsed).length).toBeLessThan(10_000);
    const small = { '@type': 'JobPosting', title: 'Data Analyst' };
    expect(parseExtractedJob(job({ jsonLd: small })).jsonLd).toEqual(small);
    expect(MAX_JSON_LD_CHARS).toBeLessThanOrEqual(100_000);
  });

  it('refuses oversized text fields, URLs and warning lists with the field named', () => {
    expect(() => parseExtractedJob(job({ title: 'x'.repeat(501) }))).toThrow(/title/);
    expect(() => parseExtractedJob(job({ description: 'x'.repeat(100_001) }))).toThrow(/description/);
    expect(() => parseExtractedJob(job({ descriptionHtml: 'x'.repeat(400_001) }))).toThrow(/descriptionHtml/);
    expect(() => parseExtractedJob(job({ url: `https://a.example/${'x'.repeat(5000)}` }))).toThrow(/url/);
    expect(() => parseExtractedJob(job({ warnings: Array(51).fill('w') }))).toThrow(/warnings/);
    expect(() => parseExtractedJob(job({ salary: 'x'.repeat(501) }))).toThrow(/salary/);
  });
});
