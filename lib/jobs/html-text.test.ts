import { describe, expect, it } from 'vitest';
import { htmlToText, inlineText, tidyText } from './html-text.ts';
import { htmlStringToText } from './html-fragment.ts';
import { parsePage } from './node-dom.ts';

const text = (html: string): string => htmlToText(parsePage(`<html><body>${html}</body></html>`).body);

describe('htmlToText', () => {
  it('separates paragraphs by one blank line and treats source newlines as spaces', () => {
    expect(text('<p>One\n two</p>\n\n<p>Three</p><div><div>Four</div></div>')).toBe('One two\n\nThree\n\nFour');
  });

  it('turns list items into "• " lines, also when items wrap paragraphs or typed bullets', () => {
    expect(text('<h3>Do</h3>\n<ul>\n <li><p>Build</p></li>\n <li>• Ship</li>\n <li></li>\n</ul><p>End</p>')).toBe(
      'Do\n\n• Build\n• Ship\n\nEnd',
    );
  });

  it('keeps <br> line breaks (two make a paragraph) and <pre> line breaks', () => {
    expect(text('<strong>Who We Are<br><br></strong>We build.<br>Daily.')).toBe('Who We Are\n\nWe build.\nDaily.');
    // <pre> keeps its line breaks (indentation is trimmed like every line).
    expect(text('<pre>a\n  b</pre>')).toBe('a\nb');
  });

  it('drops scripts, styles, buttons, images and hidden elements', () => {
    expect(text('<p>Keep</p><script>alert(1)</script><style>p{}</style><button>Show more</button><img alt="x"><p hidden>No</p><p style="display: none">No</p>')).toBe('Keep');
  });
});

describe('tidyText', () => {
  it('collapses spaces, trims lines and blank runs', () => {
    expect(tidyText('  a \u00a0 b  \n\n\n\n c \t\n')).toBe('a b\n\nc');
  });
});

describe('htmlStringToText', () => {
  const doc = parsePage('<html><body></body></html>');
  it('reads HTML, double-escaped HTML and plain text with entities', () => {
    const warnings: string[] = [];
    expect(htmlStringToText(doc, '<p>A &amp; B</p><ul><li>x</li></ul>', warnings)).toBe('A & B\n\n• x');
    expect(htmlStringToText(doc, '&lt;p&gt;Hi&lt;/p&gt;&lt;p&gt;There&lt;/p&gt;', warnings)).toBe('Hi\n\nThere');
    expect(htmlStringToText(doc, 'Media &amp; Entertainment (M&amp;E)', warnings)).toBe('Media & Entertainment (M&E)');
    expect(warnings).toEqual([]);
  });
});

describe('inlineText', () => {
  it('reads a line break as a space and keeps the spaces between inline elements', () => {
    const h2 = parsePage('<html><body><h2>Mécatronicien(ne) d’automobiles<br><em>/ Diagnosticien(ne)</em></h2><p><span>Senior </span>Engineer<style>.x{}</style></p></body></html>');
    expect(inlineText(h2.querySelector('h2'))).toBe('Mécatronicien(ne) d’automobiles / Diagnosticien(ne)');
    expect(inlineText(h2.querySelector('p'))).toBe('Senior Engineer');
  });
});
