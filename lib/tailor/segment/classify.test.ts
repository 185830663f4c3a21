import { describe, expect, it } from 'vitest';
import { classifyRun } from './classify';

describe('classifyRun', () => {
  it('bullets need two words; contact lines are never editable', () => {
    expect(classifyRun('Built the billing service', true)).toBe('bullet');
    expect(classifyRun('Python', true)).toBeNull();
    expect(classifyRun('a.beta@university.edu', true)).toBeNull();
    expect(classifyRun('Published plugin to websites gaining 2K+ downloads and an average 4.5/5-star review', true)).toBe('bullet');
  });

  it('an item that only dates its entry is its heading, in any resume language', () => {
    for (const dates of ['2017–2023', '2021–Present', 'March 2017 – July 2020', 'Sept. 2019 – heute', "mars 2019 – aujourd'hui", 'Январь 2020 – настоящее время']) {
      expect(classifyRun(dates, true)).toBeNull();
    }
    expect(classifyRun('Since 2019 maintainer of the Debian package', true)).toBe('bullet');
  });

  it('skills lines: three separators of short items, a label allowed, no dates or sentences', () => {
    expect(classifyRun('Languages: Java, Python, C/C++, SQL (Postgres)', false)).toBe('skills');
    expect(classifyRun('Jan 2013 – May 2013 | Palo Alto, CA & Ithaca, NY', false)).toBeNull();
    expect(classifyRun('Phabricator is used daily by Facebook, Dropbox, Quora, Asana and more.', false)).not.toBe('skills');
    expect(classifyRun('pursuer of rabbits/5, good manners/4, outgoing/4.3, polite/4', false)).toBeNull();
  });

  it('prose needs length and sentence shape; title-case headings, titles and degrees are not prose', () => {
    expect(classifyRun('Seasoned engineer who builds reliable platforms for small teams', false)).toBe('prose');
    expect(classifyRun('Founding Member & Site Reliability Engineer & Infrastructure Team Lead', false)).toBeNull();
    expect(classifyRun('Bachelor of Arts in Computer Science, Minor in Business', false)).toBeNull();
    expect(classifyRun('Too short here.', false)).toBeNull();
  });
});
