import { describe, expect, it } from 'vitest';
import { parsePage } from './node-dom.ts';
import { extractJob } from './extract-job.ts';
import { isApplicationForm, postingUrlForForm } from './application-form.ts';
import { FIXTURE_URLS } from '../../tests/fixtures/jobs/fixture-urls.ts';
import { loadPage } from '../../tests/fixtures/jobs/load-page.ts';

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

  it('recognises Workday’s apply steps drawn without a <form>, and its posting address', () => {
    const url = 'https://acme.wd5.myworkdayjobs.com/en-US/Careers/job/Canada-Montreal/Services-Executive_JR-0104977/apply/applyManually';
    const steps = parsePage('<html><body><ol aria-label="Application Progress"><li><label>My Information</label></li><li><label>My Experience</label></li><li><label>Application Questions 1 of 2</label></li></ol><label>Upload a file (5MB max)</label><input type="file"></body></html>');
    expect(isApplicationForm(steps, new URL(url))).toBe(true);
    expect(postingUrlForForm(new URL(url))).toBe('https://acme.wd5.myworkdayjobs.com/en-US/Careers/job/Canada-Montreal/Services-Executive_JR-0104977');
  });

  it('does not count a closed dialog’s privacy policy as the page’s prose', () => {
    const policy = `<div role="dialog" aria-modal="true">${'<p>We process your personal data to handle your application, and we keep it for one year unless you ask us to delete it.</p>'.repeat(30)}</div>`;
    const doc = parsePage(FORM.replace('</form>', `</form>${policy}`));
    expect(isApplicationForm(doc, new URL('https://career.acme.example/jobs/8002146-legal-counsel/applications/new'))).toBe(true);
  });

  it('reads applicant labels in other languages and a heading that asks to apply', () => {
    const pt = parsePage('<html><body><h1>Candidatar-se à Vaga</h1><form><label>Nome Completo *</label><input><label>E-mail *</label><input><label>Telefone *</label><input><label>Currículo (PDF) *</label><input type="file"></form></body></html>');
    expect(isApplicationForm(pt, new URL('https://tok.example/candidatura.html'))).toBe(true);
    const prose = '<p>Wir unterstützen Menschen in Hannover im Alltag, beim Einkaufen und im Haushalt, mit festen Ansprechpartnern.</p>'.repeat(12);
    const de = (h1: string) => parsePage(`<html><body><h1>${h1}</h1>${prose}<form><label>Vorname *</label><input><label>Nachname *</label><input><label>Lebenslauf</label><input type="file"></form></body></html>`);
    expect(isApplicationForm(de('Jetzt bewerben'), new URL('https://hilfe.example/bewerbung.html'))).toBe(true);
    // The same prose under a job's own heading is a posting with a form below it.
    expect(isApplicationForm(de('Alltagsbegleiter (m/w/d)'), new URL('https://hilfe.example/stelle.html'))).toBe(false);
  });

  it.each(['linkedom', 'jsdom'] as const)('names Lever’s apply page a form and points to its posting (%s)', (kind) => {
    const job = extractJob(loadPage('tests/fixtures/jobs/lever-apply-1.html', kind), FIXTURE_URLS['lever-apply-1.html']!);
    expect(job.applicationForm).toEqual({ postingUrl: FIXTURE_URLS['lever-1.html'] });
    expect(job.description).toBeNull();
  });
});
