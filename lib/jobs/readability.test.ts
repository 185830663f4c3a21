import { describe, expect, it } from 'vitest';
import { parsePage } from './node-dom';
import { readMainContent } from './readability';

const body = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i} of the role: you will build data pipelines with dbt, Snowflake and Python, and work with analysts across the company every day.</p>`).join('');

describe('readMainContent', () => {
  it.each(['linkedom', 'jsdom'] as const)('leaves out skip links and screen-reader-only text (%s)', (kind) => {
    const doc = parsePage(
      `<html><body><a class="geist-sr-only" href="#main" data-reach-skip-link="">Skip to content</a>
       <span class="visually-hidden">Opens in a new window</span>
       <main id="main"><h1>Analytics Engineer</h1><article>${body}</article></main></body></html>`,
      kind,
    );
    const text = readMainContent(doc)?.textContent?.trim() ?? '';
    expect(text.startsWith('Paragraph 0')).toBe(true);
    expect(text).not.toMatch(/Skip to content|Opens in a new window/);
  });
});
