/** URL predicates, job keys and Chrome match patterns of every board adapter. */
import { describe, expect, it } from 'vitest';
import { BOARD_ADAPTERS } from './index.ts';
import { detectBoard, jobKeyFromUrl, JOB_BOARD_MATCH_PATTERNS } from '../boards.ts';
import type { BoardId } from '../types.ts';

/** Chrome's match-pattern semantics (scheme, host with optional leading `*.`, path glob). */
function patternMatches(pattern: string, url: string): boolean {
  const m = pattern.match(/^(https?|\*):\/\/(\*|(?:\*\.)?[^/*]+)(\/.*)$/);
  if (!m) throw new Error(`invalid match pattern ${pattern}`);
  const [, scheme, host, path] = m;
  const u = new URL(url);
  if (scheme !== '*' && `${scheme}:` !== u.protocol) return false;
  const hostOk = host === '*' || (host.startsWith('*.') ? u.hostname === host.slice(2) || u.hostname.endsWith(host.slice(1)) : u.hostname === host);
  const glob = new RegExp(`^${path.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return hostOk && glob.test(u.pathname + u.search);
}

// Real URL shapes per board: [url, job key]. The content script must run on each of them.
const BOARD_URLS: Record<Exclude<BoardId, 'generic'>, [string, string | null][]> = {
  linkedin: [
    ['https://au.linkedin.com/jobs/view/senior-software-engineer-at-heidi-4411867124', 'linkedin:4411867124'],
    ['https://www.linkedin.com/jobs/view/4374244548/', 'linkedin:4374244548'],
    ['https://www.linkedin.com/jobs/search/?currentJobId=3912345678&keywords=backend', 'linkedin:3912345678'],
    ['https://www.linkedin.com/jobs/collections/recommended/?currentJobId=4373329616', 'linkedin:4373329616'],
    ['https://ee.linkedin.com/jobs/jobs-in-tallinn', null],
  ],
  indeed: [
    ['https://au.indeed.com/viewjob?jk=54f1f8af68d722d2', 'indeed:54f1f8af68d722d2'],
    ['https://www.indeed.com/jobs?q=devops&l=Remote&vjk=0123456789abcdef', 'indeed:0123456789abcdef'],
  ],
  glassdoor: [
    ['https://www.glassdoor.com/job-listing/senior-data-engineer-northwind-JV_IC1139761_KO0,20_KE21,30.htm?jl=1009412345678', 'glassdoor:1009412345678'],
    ['https://www.glassdoor.co.uk/Job/london-data-engineer-jobs-SRCH_IL.0,6_IC2671300_KO7,20.htm?jl=1009412345679', 'glassdoor:1009412345679'],
  ],
  greenhouse: [
    ['https://job-boards.greenhouse.io/larkspurhealth/jobs/7301234003', 'greenhouse:7301234003'],
    ['https://boards.greenhouse.io/larkspurhealth/jobs/7301234003?gh_src=abc', 'greenhouse:7301234003'],
    ['https://job-boards.greenhouse.io/embed/job_app?for=tidewaterrobotics&token=4098765002', 'greenhouse:4098765002'],
  ],
  lever: [['https://jobs.lever.co/brightlinefreight/5f0c2a9e-3b1d-4c7a-9e2f-8d1b6a4c3e21', 'lever:5f0c2a9e-3b1d-4c7a-9e2f-8d1b6a4c3e21']],
  workday: [
    [
      'https://autodesk.wd1.myworkdayjobs.com/en-US/Ext/job/Montreal-QC-CAN/Senior-Industry-Strategy-Manager---Content-Creation_24WD81528',
      'workday:autodesk:24WD81528',
    ],
  ],
  ashby: [['https://jobs.ashbyhq.com/quillmate/0b6f4d1e-7a2c-4f3b-9d8e-1c5a2b7e9f40', 'ashby:0b6f4d1e-7a2c-4f3b-9d8e-1c5a2b7e9f40']],
  smartrecruiters: [['https://jobs.smartrecruiters.com/VireoEnergy/744000061234567-data-platform-engineer', 'smartrecruiters:744000061234567']],
  wellfound: [
    ['https://wellfound.com/jobs/3123456-founding-backend-engineer', 'wellfound:3123456'],
    ['https://wellfound.com/company/ferrous-labs/jobs/3123456-founding-backend-engineer', 'wellfound:3123456'],
  ],
  seek: [
    ['https://www.seek.com.au/job/93856863', 'seek:93856863'],
    ['https://www.seek.com.au/platform-engineer-jobs/in-All-Melbourne-VIC?jobId=93856864', 'seek:93856864'],
  ],
};

describe('board adapters', () => {
  it('cover every board but generic, once each', () => {
    expect(BOARD_ADAPTERS.map((a) => a.id).sort()).toEqual(Object.keys(BOARD_URLS).sort());
  });

  for (const [board, cases] of Object.entries(BOARD_URLS)) {
    for (const [url, key] of cases) {
      it(`${board}: ${url}`, () => {
        expect(detectBoard(url)).toBe(board);
        expect(JOB_BOARD_MATCH_PATTERNS.some((p) => patternMatches(p, url))).toBe(true);
        if (key) expect(jobKeyFromUrl(url)).toBe(key);
      });
    }
  }

  it('leave other sites to the generic reader and to activeTab', () => {
    for (const url of [
      'https://vercel.com/careers/analytics-engineer-amer-4486497004',
      'https://www.linkedin.com/feed/',
      'https://www.indeed.com/career-advice/resumes',
      'https://example.com/jobs/view/123',
    ]) {
      expect(detectBoard(url)).toBe('generic');
      expect(JOB_BOARD_MATCH_PATTERNS.some((p) => patternMatches(p, url))).toBe(false);
    }
    expect(detectBoard('not a url')).toBe('generic');
  });

  it('are exact Chrome match patterns, never all URLs', () => {
    expect(JOB_BOARD_MATCH_PATTERNS.length).toBeGreaterThan(10);
    for (const p of JOB_BOARD_MATCH_PATTERNS) {
      expect(p).toMatch(/^https:\/\/(\*\.)?[a-z0-9.-]+\.[a-z]+\/\S*$/);
      expect(p).not.toMatch(/<all_urls>|^\*:\/\/\*\//);
    }
    expect(new Set(JOB_BOARD_MATCH_PATTERNS).size).toBe(JOB_BOARD_MATCH_PATTERNS.length);
  });

  it('key company pages by gh_jid, and others by origin and path', () => {
    expect(detectBoard('https://www.tidewater-robotics.example/careers/?gh_jid=4098765002')).toBe('greenhouse');
    expect(jobKeyFromUrl('https://www.tidewater-robotics.example/careers/?gh_jid=4098765002')).toBe('greenhouse:4098765002');
    expect(jobKeyFromUrl('https://vercel.com/careers/analytics-engineer-amer-4486497004/?utm_source=x#apply')).toBe(
      'https://vercel.com/careers/analytics-engineer-amer-4486497004',
    );
    // A change of currentJobId is a change of job; other parameters are not.
    expect(jobKeyFromUrl('https://www.linkedin.com/jobs/search/?currentJobId=1111111&start=25')).not.toBe(
      jobKeyFromUrl('https://www.linkedin.com/jobs/search/?currentJobId=2222222&start=25'),
    );
  });
});
