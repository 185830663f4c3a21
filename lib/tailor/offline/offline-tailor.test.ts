import { describe, expect, it } from 'vitest';
import { analysePosting } from '../keywords/analyse';
import { segmentProject } from '../segment/segment';
import { JAKE, loadCorpusResume } from '../testing/corpus';
import { planOffline } from './offline-tailor';
import { parseList, renderList } from './skills-order';

const words = (s: string) => s.split(/[^\p{L}\p{N}+#]+/u).filter(Boolean).sort();

describe('parseList / renderList', () => {
  it('keeps the label and separators, reorders only items', () => {
    const text = '\\textbf{Languages}{: Java, Python, C/C++, SQL (Postgres), JavaScript}';
    const layout = parseList(text)!;
    expect(layout.items).toEqual(['Java', 'Python', 'C/C++', 'SQL (Postgres)', 'JavaScript']);
    expect(renderList(layout, [0, 1, 2, 3, 4])).toBe(text);
    expect(renderList(layout, [4, 1, 0, 2, 3])).toBe('\\textbf{Languages}{: JavaScript, Python, Java, C/C++, SQL (Postgres)}');
  });

  it('returns null when there is no list', () => {
    expect(parseList('Built a thing, then another')).toBeNull();
  });
});

describe('planOffline', () => {
  const jake = segmentProject(loadCorpusResume(JAKE));
  const keywords = analysePosting({ description: 'Requirements\n• PostgreSQL and Docker\n• JavaScript\nNice to have\n• Redis' });

  it('moves relevant bullets up and relevant skills forward without changing a word', () => {
    const plan = planOffline(jake, keywords);
    expect(plan.reorders.length).toBeGreaterThan(0);
    const gitlytics = plan.reorders.find((r) => r.order.includes('b16'))!; // "Used Celery and Redis…" is the only Redis bullet
    expect(gitlytics.order[0]).toBe('b16');
    const lang = plan.edits.find((e) => e.segmentId === 's3')!;
    expect(lang.newText.startsWith('\\textbf{Languages}{: SQL (Postgres), JavaScript')).toBe(true);
    for (const e of plan.edits) {
      const before = jake.segments.find((s) => s.id === e.segmentId)!.text;
      expect(words(e.newText)).toEqual(words(before));
    }
  });

  it('moves the most relevant sections up, keeping ties in their order', () => {
    const plan = planOffline(jake, analysePosting({ description: 'Requirements\n• JUnit\n• pandas' }));
    const titles = new Map(jake.sectionSpans.map((s) => [s.id, s.title]));
    // Only Technical Skills names JUnit or pandas: it leads, the others keep their order.
    expect(plan.sectionOrder!.map((id) => titles.get(id))).toEqual(['Technical Skills', 'Education', 'Experience', 'Projects']);
  });

  it('plans nothing when the posting shares no keyword', () => {
    expect(planOffline(jake, analysePosting({ description: 'Requirements: forklift licence' }))).toEqual({ edits: [], reorders: [] });
  });
});
