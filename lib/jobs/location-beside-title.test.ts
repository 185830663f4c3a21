import { describe, expect, it } from 'vitest';
import { parsePage } from './node-dom.ts';
import { locationBesideTitle } from './location-beside-title.ts';

const at = (html: string) => {
  const doc = parsePage(`<!doctype html><html>${html}</html>`);
  return locationBesideTitle(doc, doc.querySelector('h1'));
};

describe('locationBesideTitle', () => {
  it('reads the line after a map-pin icon under the heading', () => {
    expect(at('<body><h1>Embedded Engineer</h1><p><svg class="lucide lucide-map-pin"><path/></svg><span>Munich, Bavaria, Germany</span></p><p><svg class="lucide-briefcase"></svg><span>Full Time</span></p></body>')).toBe('Munich, Bavaria, Germany');
  });

  it('reads a short line the page title also names', () => {
    expect(at('<head><title>Software Engineer - San Jose, California, United States</title></head><body><h1>Software Engineer</h1><div><strong>San Jose, California, United States</strong><span>Full Time</span></div></body>')).toBe('San Jose, California, United States');
  });

  it('says nothing when no line is marked as a place', () => {
    expect(at('<head><title>Software Engineer - Acme</title></head><body><h1>Software Engineer</h1><p>Acme, the builder of things, is hiring.</p></body>')).toBeNull();
  });
});
