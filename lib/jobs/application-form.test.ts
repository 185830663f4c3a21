import { describe, expect, it } from 'vitest';
import { parsePage } from './node-dom.ts';
import { extractJob } from './extract-job.ts';
import { isApplicationForm, postingUrlForForm } from './application-form.ts';

const FORM = `<html><head><title>Senior Engineer - Acme</title></head><body>
<h2>Senior Engineer</h2><form>
<label>First name</label><input name="first">
<label>Last name</label><input name="last">
<label>Email</label><input type="email">
<label>Upload CV</label><input type="file">
<label>Where did you learn about us?</label><select></select>
</form></body></html>`;

const POSTING_WITH_FORM = `<html><body><h1>Senior Engineer</h1>
${'<p>You will build and run the systems that move our freight across Europe, with a small team that owns its services end to end.</p>'.repeat(12)}
<form><label>First name</label><input><label>Email</label><input><label>Upload CV</label><input type="file"></form></body></html>`;

describe('application forms', () => {
  it('maps known form routes to the posting’s own page', () => {
    expect(postingUrlForForm(new URL('https://jobs.lever.co/acme/5f0c2a9e-3b1d-4c7a-9e2f-8d1b6a4c3e21/apply'))).toBe('https://jobs.lever.co/acme/5f0c2a9e-3b1d-4c7a-9e2f-8d1b6a4c3e21');
    expect(postingUrlForForm(new URL('https://acme.teamtailor.com/jobs/4242-senior-engineer/applications/new'))).toBe('https://acme.teamtailor.com/jobs/4242-senior-engineer');
    expect(postingUrlForForm(new URL('https://acme.example/careers/senior-engineer'))).toBeNull();
  });

  it('recognises a form page and never returns its labels as the description', () => {
    const url = 'https://acme.teamtailor.com/jobs/4242-senior-engineer/applications/new';
    const doc = parsePage(FORM);
    expect(isApplicationForm(doc, new URL(url))).toBe(true);
    const job = extractJob(doc, url);
    expect(job.applicationForm).toEqual({ postingUrl: 'https://acme.teamtailor.com/jobs/4242-senior-engineer' });
    expect(job.description).toBeNull();
    expect(job.warnings.join(' ')).toMatch(/application form/);
  });

  it('does not take a posting with an application form below it for a form', () => {
    const doc = parsePage(POSTING_WITH_FORM);
    expect(isApplicationForm(doc, new URL('https://acme.example/careers/senior-engineer'))).toBe(false);
  });
});
