/** The pipeline's rules: precedence, isolation, stale structured data, placeholders, selection, sanitising. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractJob } from './index.ts';
import { parsePage } from './node-dom.ts';

const seekPage = (body: string, head = ''): string => `<html><head>${head}</head><body>${body}</body></html>`;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('extractJob', () => {

  it('merges fields: JSON-LD title with the adapter’s company when JSON-LD lacks one', () => {
    const ld = '{"@type":"JobPosting","title":"Platform Engineer","description":"<p>Build the platform that runs every ad on SEEK and keeps it fast.</p>"}';
    const doc = parsePage(
      seekPage(
        '<h1 data-automation="job-detail-title">Platform Engineer</h1><span data-automation="advertiser-name">Acme Pty Ltd</span><span data-automation="job-detail-location">Sydney NSW</span><div data-automation="jobAdDetails"><p>Other text</p></div>',
        `<script type="application/ld+json">${ld}</script>`,
      ),
    );
    const job = extractJob(doc, 'https://www.seek.com.au/job/1');
    expect(job).toMatchObject({ source: 'jsonld', title: 'Platform Engineer', company: 'Acme Pty Ltd', location: 'Sydney NSW' });
    expect(job.description).toBe('Build the platform that runs every ad on SEEK and keeps it fast.');
  });

  it('keeps the structured data’s remote flag beside the place line the page shows', () => {
    const ld = (type: string) => `{"@type":"JobPosting","title":"Platform Engineer","jobLocationType":"${type}","description":"<p>Build the platform that runs every ad on SEEK and keeps it fast.</p>"}`;
    const page = (type: string, place: string) => parsePage(seekPage(
      `<h1 data-automation="job-detail-title">Platform Engineer</h1><span data-automation="job-detail-location">${place}</span>`,
      `<script type="application/ld+json">${ld(type)}</script>`,
    ));
    expect(extractJob(page('TELECOMMUTE', 'Anywhere in Australia'), 'https://www.seek.com.au/job/3').location).toBe('Remote · Anywhere in Australia');
    // Already said on the page, in any of the languages read: not said twice.
    expect(extractJob(page('TELECOMMUTE', 'Sydney NSW (Remote)'), 'https://www.seek.com.au/job/3').location).toBe('Sydney NSW (Remote)');
    expect(extractJob(page('TELECOMMUTE', 'Тільки віддалено'), 'https://www.seek.com.au/job/3').location).toBe('Тільки віддалено');
    expect(extractJob(page('FULL_TIME', 'Sydney NSW'), 'https://www.seek.com.au/job/3').location).toBe('Sydney NSW');
  });

  it('reads a labelled place in the ad only when no method found one', () => {
    const ad = '<p>We run the trains on time across the whole network and need a hand with the timetable planning.</p>'.repeat(4);
    const body = (extra: string) => `<main><h1>Planner</h1><article>${ad}<p><strong>Lieu de travail: </strong><span>Fribourg</span></p>${extra}</article></main>`;
    expect(extractJob(parsePage(`<html><body>${body('')}</body></html>`), 'https://example.com/jobs/1').location).toBe('Fribourg');
    const ld = '<script type="application/ld+json">{"@type":"JobPosting","title":"Planner","jobLocation":{"address":{"addressLocality":"Bern","addressCountry":"CH"}}}</script>';
    expect(extractJob(parsePage(`<html><head>${ld}</head><body>${body('')}</body></html>`), 'https://example.com/jobs/1').location).toMatch(/^Bern/);
  });

  it('reads a careers page’s ad from its job heading on, not the company’s introduction above it', () => {
    const intro = '<p>SauberEco was founded to make detergents that spare rivers, and we have grown every year since then with our customers.</p>'.repeat(5);
    const ad = '<p>You will answer customers, keep our books in order and plan the deliveries to our shops with the team.</p>'.repeat(3);
    const doc = parsePage(`<html><head><title>Karriere | SauberEco</title></head><body><main><h1>Karriere</h1>${intro}<section><h2>Aktuelle Stellenangebote</h2><h3>Kaufmann für Büromanagement (w/m/d)</h3>${ad}</section></main></body></html>`);
    const job = extractJob(doc, 'https://saubereco.example/karriere');
    expect(job.title).toBe('Kaufmann für Büromanagement (w/m/d)');
    expect(job.description).toMatch(/^You will answer customers/);
    expect(job.description).not.toMatch(/founded/);
  });

  it('keeps the kind of job a "Full Time" chip says, though the chip is dropped from the description', () => {
    const ad = '<p>Deliver quality code that meets the business requirements, with the team, every sprint of the year, and review the code of others with care.</p>'.repeat(8);
    const doc = parsePage(`<html><head><title>Software Engineer | Ixia Design</title></head><body><main><h1>Software Engineer</h1><article><p>Full Time</p><p>Posted on 05 Jun 2024</p>${ad}</article></main></body></html>`);
    const job = extractJob(doc, 'https://ixia.example/careers/software-engineer');
    expect(job.description).toMatch(/^Deliver quality code/);
    expect(job.employmentType).toBe('full-time');
  });

  it('ignores JSON-LD that describes another job than the one shown (single-page apps)', () => {
    const ld = '{"@type":"JobPosting","title":"Chef de Partie","hiringOrganization":{"name":"Old Co"},"description":"Cook things."}';
    const doc = parsePage(
      seekPage(
        '<h1 data-automation="job-detail-title">Data Analyst</h1><span data-automation="advertiser-name">New Co</span><div data-automation="jobAdDetails"><p>Analyse data for New Co.</p></div>',
        `<script type="application/ld+json">${ld}</script>`,
      ),
    );
    const job = extractJob(doc, 'https://www.seek.com.au/job/2');
    expect(job).toMatchObject({ title: 'Data Analyst', company: 'New Co', source: 'adapter:seek', description: 'Analyse data for New Co.' });
    expect(job.jsonLd).toBeUndefined();
    expect(job.warnings.join(' ')).toMatch(/another job/);
  });

  it('reports an image-only ad instead of inventing text', () => {
    const doc = parsePage(seekPage('<h1 data-automation="job-detail-title">Driver</h1><div data-automation="jobAdDetails"><p><img src="/ad.png"></p></div>'));
    const job = extractJob(doc, 'https://www.seek.com.au/job/3');
    expect(job).toMatchObject({ title: 'Driver', description: null, descriptionProblem: 'image-only' });
  });

  it('falls back to the user’s selection last, and says so', () => {
    const doc = parsePage(seekPage('<div><p>Short.</p></div>'));
    const none = extractJob(doc, 'https://example.com/job');
    expect(none).toMatchObject({ board: 'generic', source: 'none', description: null, descriptionProblem: 'missing' });
    const picked = extractJob(doc, 'https://example.com/job', { selection: '  We need a welder.\n\n\nDay shifts.  ' });
    expect(picked).toMatchObject({ source: 'selection', description: 'We need a welder.\n\nDay shifts.', descriptionProblem: null });
  });

  it('never returns page boilerplate: a LinkedIn search page with no job open has no description', () => {
    const doc = parsePage(seekPage('<nav>Home Jobs</nav><main><ul><li>Job A at Co</li><li>Job B at Co</li></ul><p>' + 'Browse jobs. '.repeat(80) + '</p></main>'));
    const job = extractJob(doc, 'https://www.linkedin.com/jobs/search/?keywords=x');
    expect(job).toMatchObject({ board: 'linkedin', title: null, description: null, descriptionProblem: 'missing' });
  });

  it('sanitises description HTML where DOMPurify can run (jsdom, browsers) and keeps none elsewhere', () => {
    const html = seekPage(
      '<h1 data-automation="job-detail-title">Welder</h1><div data-automation="jobAdDetails"><p onclick="steal()">Weld <b>steel</b> beams for bridges in our yard.</p><script>steal()</script><img src=x onerror="steal()"><a href="javascript:steal()">x</a><a href="https://ok.example/">ok</a></div>',
    );
    const inJsdom = extractJob(parsePage(html, 'jsdom'), 'https://www.seek.com.au/job/4');
    expect(inJsdom.descriptionHtml).toContain('<b>steel</b>');
    expect(inJsdom.descriptionHtml).toContain('href="https://ok.example/"');
    expect(inJsdom.descriptionHtml).not.toMatch(/onclick|onerror|<script|<img|javascript:/);
    expect(extractJob(parsePage(html, 'linkedom'), 'https://www.seek.com.au/job/4').descriptionHtml).toBeNull();
  });

});
