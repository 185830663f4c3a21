/**
 * Finds the JSON value in a model's answer even when it is wrapped in a code fence or prose
 * ("Here is the JSON: {...} Hope this helps"). Returns `undefined` when there is none.
 * Only JSON.parse is used: model output is untrusted and never evaluated.
 */
export function parseJsonLenient(text: string): unknown {
  const trimmed = text.trim().replace(/^\uFEFF/, '');
  const direct = tryParse(trimmed);
  if (direct.ok) return direct.value;

  for (const fence of trimmed.matchAll(/```[a-zA-Z0-9_-]*\s*\n?([\s\S]*?)```/g)) {
    const inFence = tryParse(fence[1].trim());
    if (inFence.ok) return inFence.value;
  }
  // Scan for balanced {...} / [...] spans, first opening bracket first.
  for (let start = 0; start < trimmed.length; start++) {
    const ch = trimmed[start];
    if (ch !== '{' && ch !== '[') continue;
    const end = matchingClose(trimmed, start);
    if (end < 0) continue;
    const candidate = tryParse(trimmed.slice(start, end + 1));
    if (candidate.ok) return candidate.value;
  }
  return undefined;
}

function tryParse(text: string): { ok: true; value: unknown } | { ok: false } {
  if (!text) return { ok: false };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (parseError) {
    // Expected for prose: the caller tries the next candidate.
    void parseError;
    return { ok: false };
  }
}

/** Index of the bracket closing the one at `start`, honouring strings and escapes; -1 if none. */
function matchingClose(text: string, start: number): number {
  const stack: string[] = [];
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === '{') stack.push('}');
    else if (ch === '[') stack.push(']');
    else if (ch === '}' || ch === ']') {
      if (stack.pop() !== ch) return -1;
      if (stack.length === 0) return i;
    }
  }
  return -1;
}
