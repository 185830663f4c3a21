import { parse } from '@unified-latex/unified-latex-util-parse';
import { visit } from '@unified-latex/unified-latex-util-visit';
import { describe, expect, it } from 'vitest';
import { CORPUS, loadCorpusResume } from '../testing/corpus';
import { segmentProject } from './segment';

interface Node { type: string; content?: unknown; args?: { content: Node[] }[] }

/** Leading text of an \item body as unified-latex parsed it (up to a nested environment or comment). */
function leadingText(nodes: Node[], acc = { text: '', words: 0, stop: false }): { text: string; words: number; stop: boolean } {
  for (const n of nodes) {
    if (n.type === 'environment' || n.type === 'comment' || n.type === 'parbreak' || (n.type === 'macro' && n.content === '\\')) { acc.stop = true; break; }
    if (acc.stop) break;
    if (n.type === 'whitespace') acc.text += ' ';
    else if (n.type === 'macro' && typeof n.content === 'string' && '%&$_#'.includes(n.content)) acc.text += n.content;
    else if (n.type === 'string' && typeof n.content === 'string') { acc.text += n.content; if (/\p{L}/u.test(n.content)) acc.words++; }
    else if (n.type === 'group' && Array.isArray(n.content)) leadingText(n.content as Node[], acc);
    else if (n.type === 'macro' && n.args) for (const a of n.args) leadingText(a.content, acc);
  }
  return acc;
}

const norm = (s: string) => s.replace(/---/g, '—').replace(/--/g, '–').replace(/\s+/g, '');

// unified-latex parses everything but gives no positions for \item bodies: it serves as an
// independent oracle for which bullets exist, checked against our scanner's spans.
const checked: Record<string, number> = {};

describe('segmenter recall against the unified-latex parser', () => {
  for (const c of CORPUS) {
    it(`${c.name}: every \\item body with words is (inside) a segment`, () => {
      const seg = segmentProject(loadCorpusResume(c));
      const plains = seg.segments.map((s) => norm(s.plain));
      const missed: string[] = [];
      let items = 0;
      for (const file of seg.files) {
        const src = seg.sources[file];
        const at = src.search(/\\begin\s*\{document\}/);
        visit(parse(at === -1 ? src : src.slice(at)) as never, (node: Node, info: { index?: number; containingArray?: Node[] }) => {
          if (node.type !== 'macro' || node.content !== 'item') return;
          // In known lists the body is the item's last argument; in template environments
          // (awesome-cv's cvitems) unified-latex leaves it as the following siblings.
          const body = node.args?.length && node.args[node.args.length - 1].content.length ? node.args[node.args.length - 1].content
            : (info.containingArray ?? []).slice((info.index ?? 0) + 1).filter((_, k, arr) => !arr.slice(0, k + 1).some((x) => x.type === 'macro' && x.content === 'item'));
          const lead = leadingText(body);
          const line = lead.text.trim();
          // Contact and link lines are deliberately not editable.
          if (lead.words < 2 || /@|https?:|www\.|#/.test(line)) return;
          const words = line.split(/\s+/).slice(0, 4).join(' ');
          items++;
          if (!plains.some((p) => p.includes(norm(words)))) missed.push(words);
        });
      }
      checked[c.name] = items;
      expect(missed, `${missed.length}/${items} missed`).toEqual([]);
    });
  }

  it('the oracle really checked bullets (not a vacuous pass)', () => {
    expect(Object.values(checked).reduce((a, b) => a + b, 0), JSON.stringify(checked)).toBeGreaterThan(60);
  });
});
