/**
 * Turns a description's DOM into the clean text the rest of Bespoke reads: paragraphs separated
 * by one blank line, list items as lines starting with "• ", no markup, no scripts.
 */

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR',
  'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL',
]);
// Never part of a description's text: code, media, controls and hidden templates.
const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT',
  'IFRAME', 'OBJECT', 'CANVAS', 'VIDEO', 'AUDIO', 'IMG', 'PICTURE', 'HEAD', 'TITLE', 'META', 'LINK',
]);

/**
 * Builds text; `\n\n` marks a paragraph break, collapsed later. Inside a list item, blocks
 * (an `<li><p>…</p></li>` is common) only break lines, so a bullet stays one line.
 */
class TextBuilder {
  private out = '';
  private listDepth = 0;
  private pendingBullet = false;
  text(s: string): void {
    if (this.pendingBullet && s.trim() !== '') {
      this.ensureLine();
      this.out += '\u0001'; // bullet marker, turned into "• " once whitespace is tidied
      this.pendingBullet = false;
    }
    this.out += s;
  }
  /** A hard line break (`<br>`): two in a row make a paragraph break. */
  line(): void {
    this.out += '\n';
  }
  /** Starts a new line unless the text already ends one (trailing spaces ignored). */
  ensureLine(): void {
    let i = this.out.length - 1;
    while (i >= 0 && this.out[i] === ' ') i--;
    if (i >= 0 && this.out[i] !== '\n') this.out += '\n';
  }
  paragraph(): void {
    if (this.listDepth > 0) this.ensureLine();
    else this.out += '\n\n';
  }
  startItem(): void {
    this.ensureLine();
    this.listDepth++;
    this.pendingBullet = true;
  }
  endItem(): void {
    this.listDepth--;
    this.pendingBullet = false;
    this.ensureLine();
  }
  result(): string {
    return tidyText(this.out);
  }
}

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

function walk(node: Node, b: TextBuilder, pre = false): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      // Source newlines are plain whitespace in HTML; only <pre> keeps them.
      const value = child.nodeValue ?? '';
      b.text(pre ? value : value.replace(/[\t\n\r\f ]+/g, ' '));
      continue;
    }
    if (child.nodeType !== 1) continue;
    const el = child as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP_TAGS.has(tag) || isHidden(el)) continue;
    if (tag === 'BR') {
      b.line();
    } else if (tag === 'LI') {
      b.startItem();
      walk(el, b, pre);
      b.endItem();
    } else if (tag === 'TD' || tag === 'TH') {
      walk(el, b, pre);
      b.text(' ');
    } else if (BLOCK_TAGS.has(tag)) {
      b.paragraph();
      walk(el, b, pre || tag === 'PRE');
      b.paragraph();
    } else {
      walk(el, b, pre);
    }
  }
}

/**
 * Normalises raw text: collapses runs of spaces, trims lines, keeps at most one blank line
 * between paragraphs and renders bullet markers.
 */
export function tidyText(raw: string): string {
  const lines = raw
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/[\t \u00a0\u2002\u2003\u2009\u200b]+/g, ' ').trim());
  const out: string[] = [];
  for (const line of lines) {
    if (line === '') {
      if (out.length > 0 && out[out.length - 1] !== '') out.push('');
      continue;
    }
    // A list item whose text was itself a typed bullet ("• foo", "- foo") keeps one bullet.
    const bullet = line.startsWith('\u0001');
    const body = bullet ? line.slice(1).trim().replace(/^[•·▪◦●*-]\s*/, '') : line;
    if (bullet && body === '') continue;
    out.push(bullet ? `• ${body}` : body);
  }
  while (out.length && out[out.length - 1] === '') out.pop();
  return out.join('\n').replace(/\u0001/g, '');
}

/** Clean text of an element (see module comment); '' for an element without text. */
export function htmlToText(root: Node): string {
  const b = new TextBuilder();
  walk(root, b);
  return b.result();
}

/**
 * Text as shown, untrimmed: a line break reads as a space ("Mécatronicien(ne)<br>/ Diagnosticien(ne)")
 * and style or script text is left out.
 */
function rawText(node: Node): string {
  if (node.nodeType === 3) return node.textContent ?? '';
  if (node.nodeType !== 1) return '';
  const tag = (node as Element).tagName.toUpperCase();
  if (tag === 'BR') return ' ';
  if (/^(STYLE|SCRIPT|NOSCRIPT|TEMPLATE)$/.test(tag)) return '';
  return Array.from(node.childNodes).map(rawText).join('');
}

/** Single-line text of an element: whitespace collapsed, trimmed; null when empty. */
export function inlineText(el: Element | null | undefined): string | null {
  if (!el || /^(STYLE|SCRIPT|NOSCRIPT|TEMPLATE)$/i.test(el.tagName)) return null;
  // textContent includes <style>/<script> text: CSS-in-JS boards (Indeed) put a style tag
  // inside the company link, which would otherwise read as part of the name.
  const raw = el.querySelector('style, script, noscript, template, br') ? rawText(el) : el.textContent;
  const t = (raw ?? '').replace(/\s+/g, ' ').trim();
  return t === '' ? null : t;
}
