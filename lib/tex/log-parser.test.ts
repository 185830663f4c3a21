import { describe, expect, it } from 'vitest';
import { parseTexLog } from './log-parser';

// Log excerpts as pdfTeX writes them with -file-line-error (taken from real runs).
describe('parseTexLog', () => {
  it('reads file, line and message of file:line: errors', () => {
    const log = [
      '(./cv.tex',
      './cv.tex:12: Undefined control sequence.',
      'l.12 \\foo',
      '          {x}',
    ].join('\n');
    expect(parseTexLog(log).errors).toEqual([{ file: 'cv.tex', line: 12, message: 'Undefined control sequence \\foo.' }]);
  });

  it('keeps the bare message when the context line is not there', () => {
    expect(parseTexLog('./cv.tex:4: Undefined control sequence.\n').errors[0]!.message).toBe('Undefined control sequence.');
  });

  it('joins a message TeX wrapped at 79 columns', () => {
    const first = './cv.tex:3: LaTeX Error: File `a-very-long-package-name-that-wraps-the-line-';
    const line = first.padEnd(79, 'x');
    const log = `${line}\nat-seventy-nine.sty' not found.\n`;
    const [err] = parseTexLog(log).errors;
    expect(err!.message).toBe(`${line.slice('./cv.tex:3: '.length)}at-seventy-nine.sty' not found.`);
  });

  it('lists missing packages, images and fonts by exact file name', () => {
    const log = [
      "./cv.tex:2: LaTeX Error: File `moderncv.cls' not found.",
      "./cv.tex:9: Package pdftex.def Error: File `photo.jpg' not found: using draft setting.",
      './cv.tex:9: Font T1/abc/m/n/10=abcr8t at 10.0pt not loadable: Metric (TFM) file not found.',
    ].join('\n');
    expect(parseTexLog(log).missingFiles).toEqual(['moderncv.cls', 'photo.jpg', 'abcr8t.tfm']);
  });

  it("names XeTeX's bracketed font file without the features after it", () => {
    const log = './cv.tex:5: Font TU/lmr/m/sl/10=[lmromanslant10-regular]:mapping=tex-text; at 10.0pt not loadable: Metric (TFM) file or installed font not found.';
    expect(parseTexLog(log).missingFiles).toEqual(['[lmromanslant10-regular].tfm']);
  });

  it('reports a font pdfTeX has no outline file for', () => {
    const log = [
      '!pdfTeX error: /bin/pdflatex (file sfsl1200): Font sfsl1200 at 600 not found',
      ' ==> Fatal error occurred, no output PDF file produced!',
    ].join('\n');
    const parsed = parseTexLog(log);
    expect(parsed.errors).toEqual([
      { file: null, line: null, message: 'pdfTeX error (file sfsl1200): Font sfsl1200 at 600 not found' },
    ]);
    expect(parsed.missingFiles).toEqual([]);
    expect(parsed.fontsWithoutOutlines).toEqual(['sfsl1200']);
    expect(parsed.bitmapRequests).toEqual([{ font: 'sfsl1200', dpi: 600 }]);
  });

  it("takes the terminal's whole line for a pdfTeX error the unflushed log cut short", () => {
    const log = 'Overfull \\hbox\n\n!pdfTeX error: /bin/pdflatex (file ifsym10): Fo';
    const terminal = '[1{/texlive/texmf-dist/fonts/map/pdftex/updmap/pdftex.map}]\n!pdfTeX error: /bin/pdflatex (file ifsym10): Font ifsym10 at 720 not found\n ==> Fatal error occurred, no output PDF file produced!';
    const parsed = parseTexLog(log, terminal);
    expect(parsed.errors.map((e) => e.message)).toEqual(['pdfTeX error (file ifsym10): Font ifsym10 at 720 not found']);
    expect(parsed.bitmapRequests).toEqual([{ font: 'ifsym10', dpi: 720 }]);
  });

  it('reads a bitmap font request whose log was closed before "not found"', () => {
    const parsed = parseTexLog(' 80i,8n,82p,295b,477s stack positions out of 10000i,1000n\n\n!pdfTeX error: /bin/pdflatex (file cmbcsc10): Font cmbcsc10 at 720 \n');
    expect(parsed.fontsWithoutOutlines).toEqual(['cmbcsc10']);
    expect(parsed.bitmapRequests).toEqual([{ font: 'cmbcsc10', dpi: 720 }]);
    expect(parsed.missingFiles).toEqual([]);
  });

  it('reads a fatal font error that only the terminal shows, and names the font file', () => {
    const terminal = [
      'ype1/public/cm-super/sfrm1095.pfb></texlive/texmf-dist/fonts/type1/public/cm-su',
      'per/sfrm1440.pfb>',
      '!pdfTeX error: /bin/pdflatex (file sfrm3583.pfb): cannot open Type 1 font file ',
      'for reading',
      ' ==> Fatal error occurred, no output PDF file produced!',
    ].join('\n');
    const parsed = parseTexLog('', terminal);
    expect(parsed.errors[0]!.message).toBe('pdfTeX error (file sfrm3583.pfb): cannot open Type 1 font file for reading');
    expect(parsed.missingFiles).toEqual(['sfrm3583.pfb']);
  });

  it("names a missing biblatex style by its file, so its TeX Live package can be found", () => {
    const parsed = parseTexLog("! Package biblatex Error: Style 'apa' not found.\n");
    expect(parsed.missingFiles).toEqual(['apa.bbx']);
  });

  it('lists the files biblatex went on without, apart from the missing ones', () => {
    const log = [
      "Package biblatex Info: Trying to load bibliographic data model 'apa'...",
      "Package biblatex Info: ... file 'apa.dbx' not found.",
      "Package biblatex Warning: File 'english-apa.lbx' not found!",
      '(biblatex)                Ignoring mapping \'english\' -> \'english-apa\'.',
      "Package biblatex Info: ... file 'apa.dbx' not found.",
    ].join('\n');
    const parsed = parseTexLog(log);
    expect(parsed.quietlyMissing).toEqual(['apa.dbx', 'english-apa.lbx']);
    expect(parsed.missingFiles).toEqual([]);
    expect(parsed.errors).toEqual([]);
  });

  it('turns reads outside the job into refusals, not missing files', () => {
    const log = "! LaTeX Error: File `/etc/passwd.tex' not found.\n";
    const parsed = parseTexLog(log);
    expect(parsed.missingFiles).toEqual([]);
    expect(parsed.errors[0]!.message).toMatch(/^Reading \/etc\/passwd\.tex is not allowed/);
  });

  it('reports kpathsea refusals from the terminal output', () => {
    const parsed = parseTexLog('', 'pdflatex: Not writing to /tmp/x.txt (openout_any = p).');
    expect(parsed.errors[0]!.message).toMatch(/^Writing \/tmp\/x\.txt is not allowed/);
  });

  it('marks a runaway argument and drops the follow-up fatal lines', () => {
    const log = [
      'Runaway argument?',
      '{Bold text that never closes',
      '! File ended while scanning use of \\textbf .',
      '<inserted text> ',
      '! Emergency stop.',
      './cv.tex:7:  ==> Fatal error occurred, no output PDF file produced!',
    ].join('\n');
    const { errors } = parseTexLog(log);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(/^File ended while scanning use of \\textbf \. \(runaway argument/);
  });

  it('collects warnings with their continuation lines, pages and rerun requests', () => {
    const log = [
      "LaTeX Warning: Reference `sec:x' on page 1 undefined on input line 5.",
      "Package rerunfilecheck Warning: File `cv.out' has changed.",
      '(rerunfilecheck)                Rerun to get outlines right',
      'runsystem(rm -rf x)...disabled (restricted).',
      'Output written on cv.pdf (2 pages, 34567 bytes).',
    ].join('\n');
    const parsed = parseTexLog(log);
    expect(parsed.warnings).toEqual([
      "LaTeX Warning: Reference `sec:x' on page 1 undefined on input line 5.",
      "Package rerunfilecheck Warning: File `cv.out' has changed. Rerun to get outlines right",
      'Shell escape is disabled: a \\write18 command was not run.',
    ]);
    expect(parsed.pages).toBe(2);
    expect(parsed.needsRerun).toBe(true);
    expect(parseTexLog('Output written on cv.pdf (1 page, 10 bytes).').needsRerun).toBe(false);
  });
});
