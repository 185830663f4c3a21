/** Markup generations the saved pages do not show: rendered Workday, classic Greenhouse, Indeed's pane, Ashby before render. */
import { describe, expect, it } from 'vitest';
import { extractJob } from '../index.ts';
import { parsePage } from '../node-dom.ts';

const page = (body: string, head = ''): Document => parsePage(`<html><head>${head}</head><body>${body}</body></html>`);

describe('markup variants', () => {
  it('Workday after the app rendered (data-automation-id fields)', () => {
    const doc = page(
      '<div data-automation-id="jobPostingPage"><h2 data-automation-id="jobPostingHeader">Data Engineer II</h2>' +
        '<div data-automation-id="locations"><dl><dt>locations</dt><dd>Toronto, ON</dd><dd>Remote, Canada</dd></dl></div>' +
        '<div data-automation-id="time"><dl><dt>time type</dt><dd>Full time</dd></dl></div>' +
        '<div data-automation-id="jobPostingDescription"><p>Build pipelines.</p><ul><li>Spark</li></ul></div></div>',
    );
    const job = extractJob(doc, 'https://acme.wd5.myworkdayjobs.com/en-US/careers/job/Toronto/Data-Engineer-II_R-10234');
    expect(job).toMatchObject({
      // No field names the employer: the Workday tenant in the address does.
      board: 'workday', source: 'adapter:workday', title: 'Data Engineer II', company: 'acme',
      location: 'Toronto, ON · Remote, Canada', employmentType: 'Full time', description: 'Build pipelines.\n\n• Spark',
    });
  });

  it('classic boards.greenhouse.io (#app_body, "at Company")', () => {
    const doc = page(
      '<div id="app_body"><div id="header"><h1 class="app-title">QA Lead</h1><span class="company-name">at Pinecrest</span><div class="location">Austin, TX</div></div>' +
        '<div id="content"><p>Lead testing.</p></div></div>',
      '<title>Job Application for QA Lead at Pinecrest</title>',
    );
    expect(extractJob(doc, 'https://boards.greenhouse.io/pinecrest/jobs/123')).toMatchObject({
      board: 'greenhouse', title: 'QA Lead', company: 'Pinecrest', location: 'Austin, TX', description: 'Lead testing.',
    });
  });

  it('Indeed search pane: hidden "- job post" suffix dropped', () => {
    const doc = page(
      '<div class="jobsearch-JobComponent"><h2 data-testid="jobsearch-JobInfoHeader-title"><span>Welder<span class="css-1b6omqv"> - job post</span></span></h2>' +
        '<div data-testid="inlineHeader-companyName"><a>Steelco</a></div><div data-testid="inlineHeader-companyLocation"><div>Perth WA</div></div>' +
        '<div id="jobDescriptionText"><p>Weld steel beams for bridges and mining plants.</p></div></div>',
    );
    expect(extractJob(doc, 'https://au.indeed.com/jobs?q=welder&vjk=abc')).toMatchObject({
      title: 'Welder', company: 'Steelco', location: 'Perth WA', source: 'adapter:indeed',
    });
  });

  it('Indeed search pane, simplified header (2024–25) and the older embedded pane', () => {
    const simple = page(
      '<div class="jobsearch-JobComponent"><h2 data-testid="simpler-jobTitle">Laboratory Analyst</h2><span class="jobsearch-JobInfoHeader-companyNameSimple">US Sugar</span>' +
        '<div data-testid="job-location">Port Wentworth, GA 31407</div><div id="jobDescriptionText"><p>Prepare samples and run the instruments.</p></div></div>',
    );
    expect(extractJob(simple, 'https://www.indeed.com/jobs?q=lab&vjk=abc')).toMatchObject({ title: 'Laboratory Analyst', company: 'US Sugar', location: 'Port Wentworth, GA 31407' });
    const older = page(
      '<form><label>City, state or pin code</label></form><div class="jobsearch-JobComponent"><h2 class="jobsearch-JobInfoHeader-title"><span>Data Science<span> - job post</span></span></h2>' +
        '<div class="jobsearch-JobInfoHeader-subtitle"><div class="jobsearch-InlineCompanyRating"><div data-company-name="true"><a>Neosoft</a></div><span>57 reviews</span></div><div><div>Mumbai, Maharashtra</div></div></div>' +
        '<div id="jobDescriptionText"><p>Build models.</p></div></div>',
    );
    expect(extractJob(older, 'https://in.indeed.com/jobs?q=data&vjk=abc')).toMatchObject({ title: 'Data Science', company: 'Neosoft', location: 'Mumbai, Maharashtra' });
  });

  it('Ashby before the app rendered: fields from window.__appData', () => {
    const data = '{"organization":{"name":"Quillmate"},"posting":{"title":"Designer","locationName":"Berlin","descriptionHtml":"<p>Design things.</p>"}}';
    const doc = page('<div id="root"></div>', `<title>Designer @ Quillmate</title><script>window.__appData = ${data};</script>`);
    expect(extractJob(doc, 'https://jobs.ashbyhq.com/quillmate/0b6f4d1e-7a2c-4f3b-9d8e-1c5a2b7e9f40')).toMatchObject({
      title: 'Designer', company: 'Quillmate', location: 'Berlin', description: 'Design things.', source: 'adapter:ashby',
    });
  });

  it('recognises a saved board page without its URL (sniffing)', () => {
    const doc = page('<div data-automation="jobAdDetails"><p>Drive trucks across the Nullarbor for a family business.</p></div><h1 data-automation="job-detail-title">Driver</h1>');
    expect(extractJob(doc, 'file:///tmp/saved.html')).toMatchObject({ board: 'seek', title: 'Driver' });
  });
});
