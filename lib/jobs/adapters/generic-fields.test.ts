import { describe, expect, it } from 'vitest';
import { parsePage } from '../node-dom.ts';
import { headingTitle } from './generic-fields.ts';

describe('headingTitle', () => {
  it('takes the h1, else the h2–h4 that the page title starts with', () => {
    expect(headingTitle(parsePage('<html><head><title>Data Engineer - Acme</title></head><body><h1>Data Engineer</h1></body></html>'))).toBe('Data Engineer');
    const app = '<html><head><title>Website Migration Specialist - Web &amp; Mobile Design</title></head><body><h4>Saved jobs</h4><h4>Website Migration Specialist</h4></body></html>';
    expect(headingTitle(parsePage(app))).toBe('Website Migration Specialist');
    // A heading the title does not name is no job title.
    expect(headingTitle(parsePage('<html><head><title>Careers</title></head><body><h2>Our values</h2></body></html>'))).toBeNull();
  });
});
