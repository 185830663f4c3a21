// Prints every editable segment of a resume as the tailoring engine sees it: id, kind, section, text.
// usage (from the repository): npx tsx scripts/eval/guard-sets/segments.ts MAIN.tex
import { loadProjectFromDisk } from '../../../lib/tailor/node/project-from-disk.ts';
import { segmentProject } from '../../../lib/tailor/index.ts';
const main = process.argv[2];
const seg = segmentProject(loadProjectFromDisk(main));
for (const s of seg.segments) console.log(JSON.stringify({ id: s.id, kind: s.kind, section: s.section, text: s.text }));
