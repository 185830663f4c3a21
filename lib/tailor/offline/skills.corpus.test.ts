import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProjectFromDisk } from '../node/project-from-disk';
import { latexToPlain } from '../segment/plain-text';
import { segmentProject } from '../segment/segment';
import { CORPUS_ROOT } from '../../../tests/fixtures/corpus-root';
import { parseList, renderList } from './skills-order';

/** Every main file (a `.tex` with `\begin{document}`) under the corpus resumes, plus the demo's sample. */
function mainFiles(): string[] {
  const out = [resolve('scripts/demo/sample-resume/resume.tex')];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(tex|xtx)$/.test(name) && /\\begin\s*\{document\}/.test(readFileSync(path, 'latin1'))) out.push(path);
    }
  };
  const resumes = CORPUS_ROOT ? join(CORPUS_ROOT, 'resumes') : null;
  if (resumes && existsSync(resumes)) walk(resumes);
  return out;
}

function balanced(s: string): boolean {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\') { i++; continue; }
    if (s[i] === '{') depth++;
    else if (s[i] === '}' && --depth < 0) return false;
  }
  return depth === 0;
}
const words = (s: string) => s.split(/[^\p{L}\p{N}+#]+/u).filter(Boolean).sort();

describe('O1: skills lines reorder items only, never across a group boundary', () => {
  it('the sample resume\'s `\\textbf{Label:} a, b, c` lines keep their label', () => {
    const line = '\\textbf{Infrastructure:} Kubernetes, Docker, AWS, Terraform, GitHub Actions, Prometheus';
    const layout = parseList(line)!;
    expect(layout.head).toBe('\\textbf{Infrastructure:} ');
    expect(renderList(layout, [1, 2, 0, 3, 4, 5])).toBe('\\textbf{Infrastructure:} Docker, AWS, Kubernetes, Terraform, GitHub Actions, Prometheus');
    expect(parseList('\\item \\textbf{Languages}: Java, Python, Go')!.head).toBe('\\item \\textbf{Languages}: ');
    expect(parseList('Languages & Java, Python, Go \\\\')?.items ?? []).not.toContain('Languages & Java');
  });

  it('every skills line of every corpus resume: items balanced, label and tail fixed, words kept', () => {
    let lines = 0;
    let lists = 0;
    const unreadable: string[] = [];
    for (const file of mainFiles()) {
      let seg;
      try {
        seg = segmentProject(loadProjectFromDisk(file));
      } catch (err) {
        // Not a project the segmenter reads: nothing of it is reordered either; listed below.
        unreadable.push(`${file}: ${err instanceof Error ? err.message : String(err)}`);
        continue;
      }
      for (const s of seg.segments.filter((x) => x.kind === 'skills')) {
        lines++;
        const layout = parseList(s.text);
        if (!layout) continue;
        lists++;
        const where = `${file}: ${s.text}`;
        const ids = layout.items.map((_, k) => k);
        expect(renderList(layout, ids), where).toBe(s.text);
        for (const item of layout.items) expect(balanced(item), `${where} → item ${JSON.stringify(item)}`).toBe(true);
        for (const order of [[...ids].reverse(), [...ids.slice(1), 0]]) {
          const out = renderList(layout, order);
          expect(out.startsWith(layout.head) && out.endsWith(layout.tail), where).toBe(true);
          expect(balanced(out), where).toBe(balanced(s.text));
          expect(words(out), where).toEqual(words(s.text));
          // What a reader sees still starts with the same label.
          const label = latexToPlain(layout.head).trim();
          if (label) expect(latexToPlain(out).trim().startsWith(label), where).toBe(true);
        }
      }
    }
    expect(lines).toBeGreaterThan(10);
    expect(lists).toBeGreaterThan(5);
    console.info(`O1: ${lines} skills lines in the corpus and sample, ${lists} reorderable lists checked; ${unreadable.length} files not segmentable${unreadable.length ? `:\n${unreadable.join('\n')}` : ''}`);
  });
});
