/**
 * Recognises descriptions that are only placeholders ("please refer the full details…", "see
 * the attached image"), which some boards put in structured data when the real ad is an image.
 * Length alone is no test: a real ad can be eleven words long (corpus linkedin-4).
 */
const PLACEHOLDER_PATTERNS: readonly RegExp[] = [
  /\brefer (to )?the (full |complete )?(job )?(details|advert|advertisement|image|attachment)/i,
  /\bsee the (attached|full) (image|advert|advertisement|flyer|details)/i,
  /\b(full )?details (are )?(in|on) the (attached |above )?(image|advert|advertisement|flyer|attachment)/i,
  /\bas given by the employer\b/i,
  /^\s*(n\/?a|tbd|tba|no description( available)?|description)\s*\.?\s*$/i,
];

// Long texts are real descriptions even if they happen to contain one of the phrases.
const MAX_PLACEHOLDER_CHARS = 400;

/** True when `text` is a stand-in for a description rather than a description. */
export function isPlaceholderDescription(text: string | null | undefined): boolean {
  if (!text) return false;
  const t = text.trim();
  if (t.length > MAX_PLACEHOLDER_CHARS) return false;
  return PLACEHOLDER_PATTERNS.some((re) => re.test(t));
}

/** True when an element shows images but (almost) no text: the ad is a picture. */
export function isImageOnly(el: Element | null | undefined): boolean {
  if (!el) return false;
  const words = (el.textContent ?? '').trim().split(/\s+/).filter(Boolean).length;
  return words < 5 && el.querySelector('img, picture, canvas, object[type^="image"], embed') !== null;
}
