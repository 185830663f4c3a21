/**
 * Parses the JSON found in `<script type="application/ld+json">` blocks, which is often not
 * quite JSON: raw newlines and tabs inside strings, trailing commas, HTML comments or CDATA
 * wrappers, stray `</br>` and control characters pasted in by a CMS.
 */

/** Thrown when a block cannot be read even leniently; carries the strict parser's error. */
export class JsonLdParseError extends Error {
  override name = 'JsonLdParseError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** Escapes raw control characters that appear inside string literals (strict JSON forbids them). */
function escapeControlCharsInStrings(src: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (inString) {
      if (ch === '\\') {
        out += ch + (src[i + 1] ?? '');
        i++;
        continue;
      }
      if (ch === '"') inString = false;
      const code = ch.charCodeAt(0);
      if (code < 0x20) {
        out += ch === '\n' ? '\\n' : ch === '\r' ? '\\r' : ch === '\t' ? '\\t' : ' ';
        continue;
      }
    } else if (ch === '"') {
      inString = true;
    }
    out += ch;
  }
  return out;
}

/** Removes commas that directly precede `}` or `]`, outside string literals. */
function dropTrailingCommas(src: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (inString) {
      out += ch;
      if (ch === '\\') {
        out += src[i + 1] ?? '';
        i++;
      } else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    if (ch === ',') {
      let j = i + 1;
      while (j < src.length && /\s/.test(src[j])) j++;
      if (src[j] === '}' || src[j] === ']') continue;
    }
    out += ch;
  }
  return out;
}

function unwrap(text: string): string {
  return text
    .trim()
    .replace(/^<!--/, '')
    .replace(/-->$/, '')
    .replace(/^\/\/\s*<!\[CDATA\[/, '')
    .replace(/^<!\[CDATA\[/, '')
    .replace(/(\/\/\s*)?\]\]>$/, '')
    .replace(/^\uFEFF/, '')
    .trim()
    .replace(/;$/, '');
}

/**
 * Parses one ld+json block. Tries strict JSON first (fast, exact), then repairs the usual faults.
 * @throws JsonLdParseError when the text is not JSON even after repair.
 */
export function parseLenientJson(text: string): unknown {
  const body = unwrap(text);
  if (body === '') throw new JsonLdParseError('Empty JSON-LD block.');
  try {
    return JSON.parse(body);
  } catch (strictError) {
    const repaired = dropTrailingCommas(escapeControlCharsInStrings(body));
    try {
      return JSON.parse(repaired);
    } catch {
      // Several objects pasted one after another without an enclosing array.
      try {
        return JSON.parse(`[${repaired.replace(/}\s*{/g, '},{')}]`);
      } catch {
        throw new JsonLdParseError('A JSON-LD block on the page is not valid JSON.', { cause: strictError });
      }
    }
  }
}
