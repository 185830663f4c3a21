import { describe, expect, it } from 'vitest';
import type { ExtractedJob } from '@/lib/jobs/types';
import { unusableReason } from './outcome';

const base: ExtractedJob = { url: 'https://jobs.lever.co/acme/5f0c2a9e-3b1d-4c7a-9e2f-8d1b6a4c3e21/apply', board: 'lever', source: 'none', title: null, company: null, location: null, description: null, warnings: [] };

describe('unusableReason', () => {
  it('says an application form is one and points to the posting', () => {
    expect(unusableReason({ ...base, descriptionProblem: 'missing', applicationForm: { postingUrl: 'https://jobs.lever.co/acme/5f0c2a9e-3b1d-4c7a-9e2f-8d1b6a4c3e21' } }))
      .toBe('This is the application form, not the posting. Open the posting (https://jobs.lever.co/acme/5f0c2a9e-3b1d-4c7a-9e2f-8d1b6a4c3e21) and capture it there.');
  });
});

describe('the capture message', () => {
  it('keeps the application-form mark through the schema', async () => {
    const { extractedJobSchema } = await import('./job-schema');
    const parsed = extractedJobSchema.parse({ ...base, applicationForm: { postingUrl: 'https://jobs.lever.co/acme/x' } });
    expect(parsed.applicationForm).toEqual({ postingUrl: 'https://jobs.lever.co/acme/x' });
  });
});
