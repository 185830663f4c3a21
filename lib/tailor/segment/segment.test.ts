import { describe, expect, it } from 'vitest';
import { assemble } from '../apply/assemble';
import { JAKE, loadCorpusResume } from '../testing/corpus';
import { segmentProject } from './segment';

describe('segmentProject on a real resume', () => {
  it("jake: template macro bullets are found from the definition, headings are not", () => {
    const seg = segmentProject(loadCorpusResume(JAKE));
    const bullets = seg.segments.filter((s) => s.kind === 'bullet');
    expect(bullets.map((b) => b.text)).toContain('Developed a game in Java to test the generated dungeons');
    expect(bullets.some((b) => b.text === 'Southwestern University')).toBe(false);
    expect(bullets).toHaveLength(20); // every \resumeItem, including "…4.5/5-star review"
    expect(seg.lists.filter((l) => l.kind === 'bullet').map((l) => l.segmentIds.length)).toEqual([3, 3, 6, 4, 4]);
    const skills = seg.segments.filter((s) => s.kind === 'skills').map((s) => s.plain);
    expect(skills).toContain('Languages: Java, Python, C/C++, SQL (Postgres), JavaScript, HTML/CSS, R');
    // The three bullets of the first job are one reorderable list.
    const first = seg.lists.find((l) => l.segmentIds.includes(bullets[0].id))!;
    expect(first.segmentIds).toHaveLength(3);
  });

});

describe('segmentProject on odd input', () => {
  const one = (tex: string) => segmentProject({ mainFile: 'm.tex', files: { 'm.tex': tex } });

  it('never throws on unbalanced, truncated or binary input', () => {
    const cases = ['\\begin{document}\\item {unclosed', '}}}}\\end{itemize}', '\\verb', '%', '\\', '$$', '\\begin{verbatim}', '\u0000\u0001\uFFFD{[', ''];
    for (let i = 0; i < 200; i++) cases.push(Array.from({ length: 80 }, (_, k) => '\\{}[]%$&\n item a'.charAt((i * 31 + k * 17) % 18)).join(''));
    for (const tex of cases) {
      const seg = one(tex);
      const rebuilt = assemble(seg);
      expect(rebuilt['m.tex']).toBe(tex);
    }
  });

  it('follows an \\input of a sibling folder from a main file in a sub-folder, never above the project', () => {
    const seg = segmentProject({ mainFile: 'vita/resume.tex', files: {
      'vita/resume.tex': '\\documentclass{article}\\begin{document}\\input{../sub/experience}\\input{../../outside}\\end{document}',
      'sub/experience.tex': '\\begin{itemize}\\item Built a measurement framework for product teams\\end{itemize}',
      'outside.tex': '\\begin{itemize}\\item Not part of it\\end{itemize}',
    } });
    expect(seg.files).toEqual(['vita/resume.tex', 'sub/experience.tex']);
  });

  it('follows a command that only reads a file named by its argument, wherever it is defined', () => {
    const seg = segmentProject({ mainFile: 'cv.tex', files: {
      'cv.tex': '\\documentclass{article}\\newcommand{\\inputsection}[1]{\\input{sections/#1.tex}}\n\\begin{document}\\inputsection{education}\\end{document}',
      'sections/education.tex': '\\newcommand{\\inputeducation}[1]{\\input{education/#1.tex}}\n% \\newcommand{\\old}[1]{\\input{old/#1}}\n\\section{Education}\\inputeducation{gymnasium}\\old{x}',
      'education/gymnasium.tex': '\\begin{itemize}\\item Finished the A level with honours in physics\\end{itemize}',
      'old/x.tex': '\\begin{itemize}\\item Never read\\end{itemize}',
    } });
    expect(seg.files).toEqual(['cv.tex', 'sections/education.tex', 'education/gymnasium.tex']);
    expect(seg.segments.map((x) => x.plain)).toContain('Finished the A level with honours in physics');
  });

  it('follows an \\input whose path names a constant macro (one file per language), and only such', () => {
    const en = '\\begin{itemize}\\item Led the migration of billing to Postgres\\end{itemize}';
    const files = {
      'cv.tex': '\\documentclass{article}\\providecommand{\\lang}{en}\\def\\odd#1{#1}\n\\begin{document}\\input{lang/\\lang.tex}\\input{lang/\\odd{fr}}\\end{document}',
      'lang/en.tex': en,
      'lang/fr.tex': '\\begin{itemize}\\item Dirigé la migration\\end{itemize}',
    };
    const seg = segmentProject({ mainFile: 'cv.tex', files });
    expect(seg.files).toEqual(['cv.tex', 'lang/en.tex']);
    expect(seg.segments.map((x) => x.text)).toEqual(['Led the migration of billing to Postgres']);
  });

  it('says when nothing is editable', () => {
    const seg = one('\\documentclass{article}\\begin{document}\\includegraphics{cv.png}\\end{document}');
    expect(seg.editable).toBe(false);
    expect(seg.reason).toMatch(/No bullets/);
  });

  it('a missing main file is reported, not thrown', () => {
    const seg = segmentProject({ mainFile: 'nope.tex', files: {} });
    expect(seg.editable).toBe(false);
    expect(seg.reason).toMatch(/nope\.tex/);
  });

  it('a bullet stops at a comment and commented-out items are skeleton', () => {
    const tex = '\\begin{document}\\begin{itemize}\n\\item Built the billing service in Go % old: Java\n% \\item Secret old bullet\n\\item Led a team of five engineers\n\\end{itemize}\\end{document}';
    const seg = one(tex);
    expect(seg.segments.map((s) => s.text)).toEqual(['Built the billing service in Go', 'Led a team of five engineers']);
    expect(seg.lists).toHaveLength(1);
  });

  it('warns when an unescaped % cuts a bullet short', () => {
    const seg = one('\\begin{document}\\begin{itemize}\\item Cut build time by 50% across all services\n\\item Fine bullet here\\end{itemize}\\end{document}');
    expect(seg.segments[0].text).toBe('Cut build time by 50');
    expect(seg.warnings[0]).toMatch(/^b1 .*unescaped %/);
  });

  it('nested lists are separate lists; verbatim bodies are never segments', () => {
    const tex = '\\begin{document}\\begin{itemize}\\item Shipped the mobile app\n\\begin{itemize}\\item Wrote the offline sync\\end{itemize}\n\\item Ran the design reviews\\end{itemize}\\begin{verbatim}\\item not a bullet here at all\\end{verbatim}\\end{document}';
    const seg = one(tex);
    expect(seg.segments.map((s) => s.text)).toEqual(['Shipped the mobile app', 'Wrote the offline sync', 'Ran the design reviews']);
    const listOf = (t: string) => seg.segments.find((s) => s.text === t)!.listId;
    expect(listOf('Shipped the mobile app')).not.toBe(listOf('Wrote the offline sync'));
  });
});
