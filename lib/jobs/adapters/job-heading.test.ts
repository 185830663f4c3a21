import { describe, expect, it } from 'vitest';
import { parsePage } from '../node-dom.ts';
import { headingTitle } from './job-heading.ts';

const page = (title: string, body: string) => parsePage(`<html><head><title>${title}</title></head><body>${body}</body></html>`);

describe('headingTitle', () => {
  it('takes the h1, else the h2–h4 that the page title starts with', () => {
    expect(headingTitle(page('Data Engineer - Acme', '<h1>Data Engineer</h1>'))).toBe('Data Engineer');
    expect(headingTitle(page('Website Migration Specialist - Web &amp; Mobile Design', '<h4>Saved jobs</h4><h4>Website Migration Specialist</h4>'))).toBe('Website Migration Specialist');
    expect(headingTitle(page('Software Engineer | Sawhorse Media', '<h2>Software Engineer - NY</h2><h3>How to apply</h3>'))).toBe('Software Engineer - NY');
    // A heading the title does not name is no job title.
    expect(headingTitle(page('Careers', '<h2>Our values</h2>'))).toBeNull();
  });

  it('looks below an h1 that names the page or says a sentence', () => {
    expect(headingTitle(page('Kariera | PZRE BESTAL', '<h1>Kariera</h1><h2>Technolog-Kosztorysant</h2><h3>Opis stanowiska</h3>'))).toBe('Technolog-Kosztorysant');
    expect(headingTitle(page('Karriere · Rupieper Tiefbau', '<h1>Komm ins Team.</h1><h2>Wer wir sind:</h2><h3>Tiefbauer / Baugeräteführer (m/w/d)</h3>'))).toBe('Tiefbauer / Baugeräteführer (m/w/d)');
    expect(headingTitle(page('Werken bij, (Junior) Cloud Platform Engineer | Timformatie', '<h1>Bouw mee aan data met echte impact.</h1><h2>Vier redenen.</h2><h3>Echte impact</h3><h2>(Junior) Cloud Platform Engineer</h2>'))).toBe('(Junior) Cloud Platform Engineer');
    // The site's own name at the end of the <title> is not the job (a "SauberEco" heading further down).
    expect(headingTitle(page('Karriere | SauberEco', '<header><h1>SauberEco</h1></header><main><h1>Karriere</h1><h2>Aktuelle Stellenangebote</h2><h3>Ausbildung zur Kauffrau (w/m/d)</h3><h3>SauberEco</h3></main>'))).toBe('Ausbildung zur Kauffrau (w/m/d)');
    expect(headingTitle(page('Stellenausschreibung – Family Care', '<h1>Stellenausschreibung</h1><p class="job-title">Fachkraft (m/w/d) als Schulbegleitung</p><h2>Wir suchen Dich!</h2>'))).toBe('Fachkraft (m/w/d) als Schulbegleitung');
    // Nothing below reads as a title: the page's heading stays.
    expect(headingTitle(page('Stellenausschreibung', '<h1>Stellenausschreibung</h1><h2>Wir suchen Dich!</h2>'))).toBe('Stellenausschreibung');
  });

  it('takes the heading that is exactly the <title> over a slogan h1', () => {
    expect(headingTitle(page('Marketing Specialist', '<h1>Mastering Marketing Strategies With Nexvora</h1><h2>Marketing Specialist</h2><h3>About Us:</h3>'))).toBe('Marketing Specialist');
  });

  it('does not guess from other jobs listed beside a posting without an h1', () => {
    // Only the heading the <title> names counts, not the first one with a gender mark.
    expect(headingTitle(page('Innenarchitekt (m/w) - Std./Woche', '<aside><h2>Technischer Grafiker (M/W/D)</h2></aside><h2>Innenarchitekt (m/w) - 40 Std./Woche</h2>'))).toBe('Innenarchitekt (m/w) - 40 Std./Woche');
    expect(headingTitle(page('Jobs in Hamburg', '<aside><h2>Technischer Grafiker (M/W/D)</h2></aside><h2>Controller (m/w/d)</h2>'))).toBeNull();
  });
});
