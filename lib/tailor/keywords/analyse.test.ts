import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { analysePosting } from './analyse';
import { compileEntry, findHits } from './match';
import { forgetLoadedTaxonomies } from './taxonomy/load';

const posting = (name: string) => readFileSync(`tests/fixtures/tailor/postings/${name}.txt`, 'utf8');
const kw = (name: string) => Object.fromEntries(analysePosting({ description: posting(name) }).map((k) => [k.term, k.importance]));

describe('analysePosting', () => {
  // These tests are of the hand-written lexicon, used while no vocabulary is loaded.
  beforeEach(forgetLoadedTaxonomies);

  it('splits must-haves from nice-to-haves by section cues', () => {
    const k = kw('backend-python');
    expect(k.Python).toBe('must');
    expect(k.PostgreSQL).toBe('must');
    expect(k.Docker).toBe('must');
    expect(k.AWS).toBe('must');
    expect(k.Redis).toBe('nice');
    expect(k.Kubernetes).toBe('nice');
    expect(k.GraphQL).toBe('nice');
  });

  it('a must-have is any spelling: k8s/EKS count for Kubernetes, JS for JavaScript', () => {
    const k = analysePosting({ description: 'Requirements\n• EKS and JS experience required' });
    expect(k.map((x) => x.term).sort()).toEqual(['JavaScript', 'Kubernetes']);
  });

  it('"Bonus points" and "Preferred qualifications" mark nice-to-haves', () => {
    expect(kw('devops-platform').Helm).toBe('nice');
    expect(kw('devops-platform').Terraform).toBe('must');
    expect(kw('java-data').Airflow).toBe('nice');
    expect(kw('java-data').Kafka).toBe('must');
  });

  it('a field of study counts only beside a degree word', () => {
    expect(analysePosting({ description: 'Join our Engineering team.' }).map((k) => k.term)).not.toContain('Engineering');
    expect(analysePosting({ description: "Requirements\n• Bachelor's degree in Engineering" }).map((k) => k.term)).toEqual(expect.arrayContaining(['Engineering', "Bachelor's"]));
  });

  it('the job title makes its keywords must-haves', () => {
    const k = analysePosting({ title: 'Senior Go Developer', description: 'We like Go and Python.' });
    expect(k.find((x) => x.term === 'Go')?.importance).toBe('must');
    expect(k.find((x) => x.term === 'Python')?.importance).toBe('nice');
  });
});

describe('whole-word, alias-aware matching', () => {
  const hits = (name: string, aliases: string[], text: string, exactCase = false) =>
    findHits(compileEntry({ name, aliases, category: 'language', exactCase }), text).length;

  it('does not find Java inside JavaScript, C inside C++ or R inside R&D', () => {
    expect(hits('Java', [], 'JavaScript and TypeScript')).toBe(0);
    expect(hits('Java', [], 'Java, JavaScript')).toBe(1);
    expect(hits('C', [], 'C++ and C# and R&D', true)).toBe(0);
    expect(hits('C++', [], 'C/C++')).toBe(1);
    expect(hits('R', [], 'R&D budget', true)).toBe(0);
    expect(hits('Node.js', [], 'node.js, Node.jsx')).toBe(1);
  });

  it('everyday words that are also names need their case', () => {
    expect(hits('Go', ['Golang'], 'ready to go, we use Go and golang', true)).toBe(2);
  });
});
