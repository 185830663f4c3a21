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

  it.each(['linkedom', 'jsdom'] as const)('puts back the headings and bullet lists Readability leaves out beside a long closing section (%s)', (kind) => {
    // Readability's best block here is the closing "About us" (long sentences, many commas); of
    // its siblings it keeps only sentences, so the ad's bold headings and bullets were lost.
    const duty = (w: string) => `<li>${w}: own the relationship with customers</li>`;
    const about = (w: string) => `<p>${w}: we are a research company, founded in 2015, with offices in Paris, Berlin, London and Austin, and we believe that tools, data, and people, working together, change how work is done, for everyone.</p>`;
    const doc = parsePage(
      `<html><body><main><div class="hero"><h1>Account Associate</h1><p>San Francisco</p></div>
       <div class="description"><div><p><strong>About the team</strong></p><p>You will build data pipelines with dbt and Python.</p>
       <p>You will work with analysts.<br><br>You will report to the head of sales.</p>
       <p><strong>In this role, you'll:</strong></p><ul>${duty('Prospect')}${duty('Qualify')}${duty('Close')}</ul>
       <div class="conclusion"><p><strong>About us</strong></p>${about('One')}${about('Two')}${about('Three')}${about('Four')}</div></div></div>
       <div class="related"><h3>Apply for this job</h3><ul><li><a href="/j/1">Account Director, Paris</a></li><li><a href="/j/2">Sales Engineer, Berlin</a></li></ul></div></main></body></html>`,
      kind,
    );
    const blocks = Array.from(readMainContent(doc)?.querySelectorAll('p, li') ?? []).map((p) => p.textContent?.replace(/\s+/g, ' ').trim() ?? '');
    expect(blocks.slice(0, 7).map((b) => b.split(/[.:]/)[0])).toEqual(['About the team', 'You will build data pipelines with dbt and Python', 'You will work with analysts', "In this role, you'll", 'Prospect', 'Qualify', 'Close']);
    expect(blocks.filter((b) => b.startsWith('You will work with analysts'))).toHaveLength(1);
    expect(blocks.join(' ')).not.toMatch(/Account Director|Apply for this job/);
  });
});
