import { describe, expect, it } from 'vitest';
import { parsePage } from './node-dom.ts';
import { companyFromLogo, companyFromTenant } from './company-branding.ts';

describe('company from branding', () => {
  it('reads the tenant an ATS puts in its address', () => {
    const t = (u: string) => companyFromTenant(new URL(u));
    expect(t('https://autodesk.wd1.myworkdayjobs.com/en-US/Ext/job/x_1')).toBe('autodesk');
    expect(t('https://jobs.lever.co/brightline-freight/5f0c2a9e')).toBe('brightline freight');
    expect(t('https://acme.teamtailor.com/jobs/1-engineer')).toBe('acme');
    expect(t('https://boards.greenhouse.io/embed/job_app?for=acme')).toBeNull();
    expect(t('https://example.com/careers')).toBeNull();
  });

  it('reads a header logo’s alt text', () => {
    expect(companyFromLogo(parsePage('<html><body><header><img src="l.svg" alt="Autodesk logo"></header></body></html>'))).toBe('Autodesk');
    expect(companyFromLogo(parsePage('<html><body><header><img src="l.svg" alt="logo"></header></body></html>'))).toBeNull();
  });

  it('reads the label of an SVG logo linking to the home page, not a "Home" label', () => {
    expect(companyFromLogo(parsePage('<html><body><a href="/" aria-label="OpenAI"><svg></svg></a></body></html>'))).toBe('OpenAI');
    expect(companyFromLogo(parsePage('<html><body><a href="/" aria-label="Go to homepage"><svg></svg></a></body></html>'))).toBeNull();
  });
});
