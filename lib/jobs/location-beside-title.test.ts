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

  it('reads the place line the meta description names after the title, beside an Apply button', () => {
    const head = '<head><meta name="description" content="Program Manager - Reliability, Mountain View, California; San Francisco, California. Join us!"></head>';
    expect(at(`${head}<body><h1><div>Program Manager - Reliability</div></h1><div>Mountain View, California; San Francisco, California<p><button>Apply now</button></p></div><p>P-1489</p></body>`))
      .toBe('Mountain View, California; San Francisco, California');
    // A line the description does not name after the title is no place.
    expect(at(`${head}<body><h1>Program Manager - Reliability</h1><div>Engineering, Reliability<p><button>Apply now</button></p></div></body>`)).toBeNull();
  });

  it('reads a line under the heading that ends in a country, without the team after a dash', () => {
    expect(at('<body><h1>Account Associate</h1><p><span>San Francisco, California, United States — Go To Market</span></p></body>')).toBe('San Francisco, California, United States');
    expect(at('<body><h1>Elektryk</h1><div><span>Gdynia, Polska</span></div></body>')).toBe('Gdynia, Polska');
    expect(at('<body><h1>Account Associate</h1><p>Sales, Marketing, Go To Market</p></body>')).toBeNull();
  });

  it('says nothing when no line is marked as a place', () => {
    expect(at('<head><title>Software Engineer - Acme</title></head><body><h1>Software Engineer</h1><p>Acme, the builder of things, is hiring.</p></body>')).toBeNull();
  });
});
